"""Tables for the terminal and for files: the CLI's one way to print rows.

``Table`` lives with the store (queries return it); this module is the CLI-facing name.
"""

from __future__ import annotations

from .store.table import FORMATS, Table, term_to_python

__all__ = ["FORMATS", "Table", "render", "term_to_python"]


def render(table: Table, fmt: str = "table") -> str:
    """``table`` as text: table (aligned, wraps long quotes), csv, json, jsonl, sparql-json."""
    return table.render(fmt)
