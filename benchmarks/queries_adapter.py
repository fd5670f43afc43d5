"""Which queries to time, with parameters that exist in the synthetic graph.

stancegraph's named queries (``src/stancegraph/queries/*.rq`` run by
``stancegraph.queries.run_query``) are used when the package has them; otherwise the stand-ins
of ``benchmarks/queries/`` run through the store's own ``select`` (the same layer minus the
named-query lookup), and the report says so.

A query spec is a plain dict (it crosses process boundaries as JSON):
``{"name", "source", "text", "params", "bindings"}`` where ``params`` is what ``run_query``
takes and ``bindings`` the same values as terms ``{"var": [kind, value, extra]}`` for raw
pyoxigraph substitutions and rdflib initBindings.
"""

from __future__ import annotations

import re
from pathlib import Path

from stancegraph import rdf

STAND_INS = Path(__file__).resolve().parent / "queries"
_PARAMS = re.compile(r"^#\s*params:(.*)$", re.MULTILINE)


def _person(name: str) -> list:
    return ["iri", rdf.person_node(name).value, None]


def _topic(notation: str) -> list:
    return ["iri", rdf.topic_node(notation).value, None]


def stand_in_specs(info: dict) -> list[dict]:
    specs = []
    for path in sorted(STAND_INS.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        found = _PARAMS.search(text)
        if not found:
            raise ValueError(f"{path}: no '# params:' line")
        people = [info["top_candidate"], info["second_candidate"]]
        bindings = {}
        for item in found.group(1).split():
            var, _, kind = item.partition("=")
            if kind == "candidate":
                bindings[var] = _person(people.pop(0))
            elif kind == "topic":
                bindings[var] = _topic(info["top_topic"])
            else:
                raise ValueError(f"{path}: unknown parameter kind {kind!r}")
        specs.append({"name": path.stem, "source": "stand-in", "text": text,
                      "params": bindings, "bindings": bindings})
    return specs


def named_specs(info: dict) -> list[dict] | None:
    """stancegraph's own named queries with parameters from ``info``; None if not available."""
    try:
        from stancegraph import queries
    except ImportError:
        return None
    if not hasattr(queries, "run_query"):
        return None
    return None  # filled in once the named queries' parameter API is known


def specs(info: dict) -> list[dict]:
    return named_specs(info) or stand_in_specs(info)


def terms(bindings: dict) -> dict:
    import pyoxigraph as ox

    out = {}
    for name, (kind, value, extra) in bindings.items():
        out[name] = ox.NamedNode(value) if kind == "iri" else (
            ox.Literal(value, language=extra) if kind == "lang" else
            ox.Literal(value, datatype=ox.NamedNode(extra)) if extra else ox.Literal(value))
    return out


def run(store, spec: dict) -> int:
    """Run one spec through stancegraph's layer; returns the number of rows."""
    if spec["source"] == "stand-in":
        return len(store.select(spec["text"], terms(spec["bindings"])).rows)
    from stancegraph.queries import run_query

    result = run_query(store, spec["name"], spec["params"])
    rows = getattr(result, "rows", result)
    return len(rows)
