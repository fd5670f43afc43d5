"""Query results as a small table: columns, rows of Python values, and the raw RDF terms.

``rows`` is what most callers want (str / int / float / bool / None: ready for CSV, JSON,
pandas, networkx); ``terms`` keeps the pyoxigraph terms behind each cell, so that nothing is
lost when a row must go back into SPARQL (an IRI stays an IRI) or out as SPARQL JSON results.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import IO, Any, Iterator

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    XSD + name
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "nonPositiveInteger",
        "positiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
        "unsignedByte",
    )
}
_FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}
_STRING_TYPES = {XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}

Value = str | int | float | bool | None
FORMATS = ("table", "csv", "json", "jsonl", "sparql-json")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def term_to_python(term: Any) -> Value:
    """An RDF term as a plain Python value: IRIs and strings as str, numbers as int/float.

    Dates stay ISO strings (a year alone, "2011", is common in our sources and is no date).
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGER_TYPES:
                return int(term.value)
            if datatype in _FLOAT_TYPES:
                return float(term.value)
        except ValueError:  # an ill-typed literal: show it as written rather than fail
            return term.value
        if datatype == XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)  # RDF-star quoted triple


def _term_to_sparql_json(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in _STRING_TYPES:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


@dataclass
class Table:
    """Rows of a SELECT query. ``rows[i][column]`` is a Python value, ``terms[i][column]``
    the RDF term it came from (None where the variable is unbound)."""

    columns: list[str]
    rows: list[dict[str, Value]] = field(default_factory=list)
    terms: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_terms(cls, columns: list[str], term_rows: list[dict[str, Any]]) -> "Table":
        rows = [{c: term_to_python(r.get(c)) for c in columns} for r in term_rows]
        return cls(list(columns), rows, term_rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, Value]]:
        return iter(self.rows)

    def column(self, name: str) -> list[Value]:
        if name not in self.columns:
            raise KeyError(f"no column {name!r}; columns are: {', '.join(self.columns)}")
        return [row[name] for row in self.rows]

    # ---------------------------------------------------------------- output formats

    def to_csv(self) -> str:
        """CSV for spreadsheets. A text cell that a spreadsheet would run as a formula (it starts
        with =, +, -, @, a tab or a carriage return: a quote can) gets a leading ' (OWASP's
        advice against formula injection); json and jsonl keep every text exactly."""
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=self.columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: _spreadsheet_safe(row.get(c)) for c in self.columns} for row in self.rows)
        return buffer.getvalue()

    def to_json(self) -> str:
        return json.dumps(self.rows, ensure_ascii=False, indent=2) + "\n"

    def to_jsonl(self) -> str:
        """One JSON object per line (streams well into jq, pandas.read_json(lines=True))."""
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in self.rows)

    def to_sparql_json(self) -> str:
        """W3C SPARQL 1.1 Query Results JSON, from the raw terms (IRIs stay IRIs)."""
        term_rows = self.terms if len(self.terms) == len(self.rows) else [
            {c: _python_to_term(row.get(c)) for c in self.columns} for row in self.rows
        ]
        bindings = [
            {c: _term_to_sparql_json(t) for c, t in row.items() if t is not None and c in self.columns}
            for row in term_rows
        ]
        doc = {"head": {"vars": self.columns}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False) + "\n"

    def to_rich(self, title: str | None = None):
        """A rich.table.Table for the terminal; long quotes wrap instead of being cut."""
        from rich.table import Table as RichTable
        from rich.text import Text

        table = RichTable(title=title, show_lines=False)
        for column in self.columns:
            table.add_column(column, overflow="fold")
        for row in self.rows:
            # Text cells, not str: rich would read "[bold]" or "[/]" in a quote as markup (and
            # raise on an unmatched closing tag); what the store holds is shown as it is.
            table.add_row(*(Text("" if row.get(c) is None else _cell(row[c])) for c in self.columns))
        return table

    def to_pandas(self):
        """A pandas DataFrame with the same columns (pandas is an optional dependency)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("Table.to_pandas() needs pandas: pip install 'stancegraph[notebooks]'") from exc
        return pd.DataFrame(self.rows, columns=self.columns)

    def render(self, fmt: str = "table") -> str:
        """The table as text in one of FORMATS ("table" renders like the terminal would)."""
        if fmt == "csv":
            return self.to_csv()
        if fmt == "json":
            return self.to_json()
        if fmt == "jsonl":
            return self.to_jsonl()
        if fmt == "sparql-json":
            return self.to_sparql_json()
        if fmt == "table":
            from rich.console import Console

            console = Console(file=io.StringIO(), width=160, force_terminal=False, color_system=None)
            console.print(self.to_rich())
            return console.file.getvalue()
        raise ValueError(f"unknown output format {fmt!r}; expected one of: {', '.join(FORMATS)}")

    def write(self, fmt: str = "table", out: IO[str] | None = None) -> None:
        """Print the table: rich output on a terminal for "table", plain text otherwise."""
        import sys

        out = out or sys.stdout
        if fmt == "table" and out.isatty():
            from rich.console import Console

            Console(file=out).print(self.to_rich())
            return
        out.write(self.render(fmt))


def _python_to_term(value: Value) -> Any:
    """For tables built from plain rows (no terms kept): the natural literal for a value."""
    if value is None:
        return None
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    return ox.Literal(str(value))


def _cell(value: Value) -> str:
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.1f}"
    return printable(str(value))


# Characters a terminal acts on instead of showing: C0 controls but tab and newline (ESC starts
# the sequences that clear the screen, retitle the window or draw hidden hyperlinks; CR rewrites
# the line), DEL, C1 controls (0x9b is a one-byte CSI) and the bidirectional overrides and
# isolates that reorder what is shown ("Trojan Source").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: each control character written as its escape
    (ESC -> ``\\x1b``, U+202E -> ``\\u202e``), so it is seen, not obeyed."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", text)
