"""Store -> page: run the named queries a view needs, project the rows, write the HTML.

The glue between ``queries`` (rows out of a store) and ``project``/``viz`` (which take plain
rows and know nothing of stores); ``stancegraph viz`` is a thin layer over ``write_view``.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import networkx as nx

from . import project, viz

VIEWS = viz.VIEWS


class ViewError(ValueError):
    """The view cannot be made: empty store, unknown topic or candidate, unwritable file."""


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.casefold().split())


def _resolve(value: str, known: list[str], what: str, hint: str) -> str:
    """The stored spelling of what the user typed (case- and accent-insensitive)."""
    if value in known:
        return value
    matches = sorted({k for k in known if _fold(k) == _fold(value)})
    if len(matches) == 1:
        return matches[0]
    shown = ", ".join(sorted(known)[:15]) + (" ..." if len(known) > 15 else "")
    raise ViewError(f"no {what} {value!r} in the store ({hint}); known: {shown or 'none'}")


def view_graph(store, view: str = "positions", *, topic: str | None = None, candidate: str | None = None) -> nx.Graph:
    """The networkx graph of a view, from the store's ``positions-evidence`` (every quote of
    every position) and ``proposals`` rows."""
    from .queries import run_query

    if view not in VIEWS:
        raise ViewError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    rows = run_query(store, "positions-evidence", {}).rows
    if not rows:
        raise ViewError("the store holds no positions yet: run `stancegraph build FILES...` first")
    proposals = run_query(store, "proposals", {}).rows
    if view == "positions":
        return project.positions_graph(rows, proposals=proposals)
    if view == "agreement":
        return project.agreement_graph(rows)
    if view == "topic":
        if not topic:
            raise ViewError("the topic view needs a topic notation, e.g. hadopi-law")
        notations = sorted({str(r["topic"]) for r in rows})
        labels = {str(r.get("topic_label") or ""): str(r["topic"]) for r in rows}
        if topic not in notations and _fold(topic) in {_fold(k) for k in labels}:
            topic = next(v for k, v in labels.items() if _fold(k) == _fold(topic))
        topic = _resolve(topic, notations, "position on topic", "see `stancegraph topics`")
        return project.topic_graph(rows, topic, proposals=proposals)
    if not candidate:
        raise ViewError("the candidate view needs a candidate's full name")
    name = _resolve(candidate, sorted({str(r["candidate"]) for r in rows}), "candidate", "see `stancegraph query candidates`")
    return project.candidate_graph(rows, name, proposals=proposals)


def write_view(store, path: Path, *, view: str = "positions", topic: str | None = None,
               candidate: str | None = None, title: str | None = None) -> str:
    """Write the view's page to ``path``; returns a one-line summary for the user."""
    g = view_graph(store, view, topic=topic, candidate=candidate)
    try:
        out = viz.write_html(g, path, title=title, view=view)
    except viz.VizError as exc:
        raise ViewError(str(exc)) from None
    kinds: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        kinds[d.get("kind", "node")] = kinds.get(d.get("kind", "node"), 0) + 1
    parts = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in sorted(kinds.items()))
    return f"wrote {out} ({view} view: {parts}, {g.number_of_edges()} links); open it in a browser, it works offline"
