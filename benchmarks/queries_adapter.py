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
        specs.append({"name": path.stem, "query": path.stem, "source": "stand-in", "text": text,
                      "params": {k: v[1] for k, v in bindings.items()}, "bindings": bindings})
    return specs


PLAN = Path(__file__).resolve().parent / "query_plan.tsv"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term_json(term) -> list:
    """A pyoxigraph term as JSON: [kind, value, datatype-or-language]."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return ["iri", term.value, None]
    if term.language:
        return ["lang", term.value, term.language]
    datatype = term.datatype.value
    return ["literal", term.value, None if datatype == XSD_STRING else datatype]


def read_plan(path: Path = PLAN) -> list[tuple[str, dict[str, str]]]:
    plan = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, params = line.partition("\t")
        values = {}
        for item in filter(None, (p.strip() for p in params.split(";"))):
            key, sep, value = item.partition("=")
            if not sep:
                raise ValueError(f"{path}: line {number}: expected key=value, got {item!r}")
            values[key.strip()] = value.strip()
        plan.append((name.strip(), values))
    return plan


def named_specs(info: dict) -> list[dict] | None:
    """stancegraph's own named queries with parameters from ``info``; None if not available."""
    try:
        from stancegraph.queries import load_query, query_names
    except ImportError:
        return None
    names = query_names()
    if not names:
        return None
    plan = [(n, p) for n, p in read_plan() if n in names]
    planned = {n for n, _ in plan}
    plan += [(n, {}) for n in names if n not in planned]  # new queries: at least their default
    specs = []
    for name, params in plan:
        query = load_query(name)
        try:
            values = {k: v.format(**info) for k, v in params.items()}
        except KeyError:
            continue
        if any(not v for v in values.values()):
            continue  # the graph has no value for this placeholder
        if any(p.required and p.name not in values for p in query.params):
            continue
        label = name + (f" ({', '.join(values)})" if values else "")
        bindings = {k: _term_json(query.param(k).term(v)) for k, v in values.items()}
        specs.append({"name": label, "query": name, "source": "named", "text": query.text,
                      "params": values, "bindings": bindings})
    return specs


def specs(info: dict) -> list[dict]:
    found = named_specs(info) or stand_in_specs(info)
    for spec in found:
        spec["values_text"] = with_values(spec["text"], spec["bindings"])
    return found


def with_values(text: str, bindings: dict) -> str:
    """The query with its parameters as a trailing VALUES clause (stancegraph's own escaping
    for remote endpoints when it has one)."""
    if not bindings:
        return text
    try:
        from stancegraph.store import values_clause
    except ImportError:
        values_clause = None
    if values_clause is not None:
        return text + values_clause(terms(bindings))
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(str(t) for t in terms(bindings).values())
    return f"{text}\nVALUES ({names}) {{ ({values}) }}\n"


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
    from stancegraph.queries import load_query, run_query

    if load_query(spec["query"]).text != spec["text"]:  # edited during the run: not comparable
        raise RuntimeError(f"{spec['query']}.rq changed while the benchmark ran")
    return len(run_query(store, spec["query"], spec["params"]).rows)
