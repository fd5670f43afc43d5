"""Load the named ``.rq`` files, check parameters, bind them, run them on any store."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

import pyoxigraph as ox

from ..store import Store, StoreError, Table
from ..store.remote import values_clause

XSD = "http://www.w3.org/2001/XMLSchema#"
TYPES = ("string", "name", "iri", "integer", "decimal")

_NAME = re.compile(r"[a-z][a-z0-9-]*\Z")
_HEADER = re.compile(r"#\s*([a-z][a-z0-9-]*)\s*:\s*(.*)")
_PARAM = re.compile(r"#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^)]*)\))?\s*:\s*(.*)")
_FORM = re.compile(
    r"\A(?:\s+|#[^\n]*\n?|PREFIX\s+[^\s:]*:\s*<[^>\s]*>|BASE\s*<[^>\s]*>)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b",
    re.IGNORECASE,
)
# Inside GRAPH: a person's triples are repeated in every document graph (see positions.rq).
_NAMES_QUERY = """SELECT DISTINCT ?name WHERE {
  GRAPH ?g { ?person a <https://schema.org/Person> ; <https://schema.org/name> ?full . }
  BIND(STR(?full) AS ?name)
}"""
# A comment ``#@values NAME ...`` in a query marks where the runner writes the bound values of
# these parameters too (see _with_inner_values); unbound ones leave the comment as it is.
_VALUES_HERE = re.compile(r"#@values((?:[ \t]+[A-Za-z_][A-Za-z0-9_]*)+)[ \t]*$", re.MULTILINE)
# Is this name stored as written? The name leads (a VALUES clause at the start), so the store
# looks it up instead of listing every person (which cost 50 ms a query at 1M triples).
_NAME_STORED = """ASK {%s
  GRAPH ?g { ?person <https://schema.org/name> ?name ; a <https://schema.org/Person> . }
}"""


class QueryError(StoreError):
    """A named query is unknown, or its parameters are wrong, or it failed on the store."""


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    required: bool = False
    type: str = "string"

    def __str__(self) -> str:
        flag = "required" if self.required else "optional"
        return f"{self.name}=...  {self.description} ({flag})"

    def term(self, value: str) -> Any:
        """The RDF term to bind for a value given on the command line."""
        try:
            if self.type == "iri":
                return ox.NamedNode(value)
            if self.type == "integer":
                return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
            if self.type == "decimal":
                return ox.Literal(str(float(value)), datatype=ox.NamedNode(XSD + "decimal"))
        except ValueError:
            raise QueryError(f"parameter {self.name}: {value!r} is not a valid {self.type}") from None
        return ox.Literal(value)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str  # the first comment line: what the query returns
    description: str  # all the header comments, without the param lines
    params: tuple[Param, ...]
    text: str

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def _files():
    return resources.files(__package__)


def query_names() -> list[str]:
    return sorted(f.name[:-3] for f in _files().iterdir() if f.name.endswith(".rq"))


def list_queries() -> list[NamedQuery]:
    """Every named query, sorted by name (summary and parameters for `query --list`)."""
    return [load_query(name) for name in query_names()]


@lru_cache(maxsize=None)
def load_query(name: str) -> NamedQuery:
    if not _NAME.match(name) or name not in query_names():
        raise QueryError(f"no named query {name!r}; available: {', '.join(query_names())}")
    filename = f"{name}.rq"
    text = _files().joinpath(filename).read_text(encoding="utf-8")
    params: list[Param] = []
    description: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _PARAM.match(line)
        if match:
            pname, flags, desc = match.groups()
            flag_set = {f.strip() for f in (flags or "").split(",") if f.strip()}
            types = flag_set & set(TYPES)
            unknown = flag_set - set(TYPES) - {"required"}
            if unknown or len(types) > 1:
                raise QueryError(f"{filename}: bad flags ({flags}) for parameter {pname}")
            params.append(Param(pname, desc.strip(), "required" in flag_set, types.pop() if types else "string"))
        else:
            description.append(line.lstrip("#").strip())
    header = _HEADER.match(text.splitlines()[0]) if text else None
    if not header or header.group(1) != name:
        raise QueryError(f"{filename}: the first line must be '# {name}: what the query returns'")
    return NamedQuery(name, header.group(2).strip(), "\n".join(description).strip(), tuple(params), text)


def _fold(text: str) -> str:
    """Case- and accent-insensitive form of a name: 'élise  DURAND' -> 'elise durand'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.casefold().split())


def _resolve_names(store: Store, query: NamedQuery, values: dict[str, str]) -> dict[str, str]:
    """Names are matched exactly by the query; map what the user typed ("martine aubry") to
    the name as stored ("Martine Aubry") when exactly one stored name folds the same."""
    name_params = [
        p.name for p in query.params
        if p.type == "name" and p.name in values
        and not store.ask(_NAME_STORED % values_clause({"name": ox.Literal(values[p.name])}))
    ]
    if not name_params:
        return values
    stored = [str(r["name"]) for r in store.select(_NAMES_QUERY).rows]
    exact = set(stored)
    by_fold: dict[str, set[str]] = {}
    for full in stored:
        by_fold.setdefault(_fold(full), set()).add(full)
    out = dict(values)
    for pname in name_params:
        value = values[pname]
        if value in exact:
            continue
        matches = by_fold.get(_fold(value), set())
        if len(matches) == 1:
            out[pname] = matches.pop()
    return out


def _open_brace(text: str) -> int | None:
    """Index just after the ``{`` that opens the query's WHERE group (strings and comments
    skipped), or None if the text does not start like a SELECT query."""
    match = _FORM.match(text)
    if not match or match.group(1).upper() != "SELECT":
        return None
    i, quote = match.end(1), None
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        elif c == "#":
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
        elif c == "{":
            return i + 1
        i += 1
    return None


@lru_cache(maxsize=None)
def _leading_names(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """Which of ``names`` can lead the WHERE group: not one that a BIND of that group assigns
    (that is not valid SPARQL). Depends on the query and the names only, not on the values."""
    at = _open_brace(text)
    if at is None:
        return ()

    def parses(subset: list[str]) -> bool:
        clause = values_clause({n: ox.Literal("x") for n in subset})
        try:
            ox.Store().query(text[:at] + clause + text[at:])
        except SyntaxError:
            return False
        return True

    leading = [n for n in names if parses([n])]
    return tuple(leading) if leading and parses(leading) else ()


def _with_leading(text: str, bindings: Mapping[str, Any]) -> str:
    """The query with as many parameters as possible also in a VALUES clause at the start of
    its WHERE group (see ``_leading_names``).

    Why: Oxigraph's planner does not see ``substitutions`` (nor a trailing VALUES) when it
    plans OPTIONALs, and evaluated them over the whole store; with a leading VALUES it starts
    from the bound rows (evidence at 1M triples: 7.5 s -> about 1.2 s). But a leading VALUES
    does not reach into subqueries, where ``substitutions`` do, so the runner passes both:
    each is the same join on the same value, so the rows are the same. Terms are written by
    pyoxigraph's serialiser, escaped as for remote endpoints (see ``stancegraph.store.remote``)."""
    leading = _leading_names(text, tuple(sorted(bindings)))
    if not leading:
        return text
    at = _open_brace(text)
    return text[:at] + values_clause({n: bindings[n] for n in leading}) + text[at:]


def _with_inner_values(text: str, bindings: Mapping[str, Any]) -> str:
    """The query with each ``#@values NAME ...`` comment replaced by a VALUES clause of those
    parameters that are bound (terms written by pyoxigraph's serialiser, as for the leading one).

    Why: Oxigraph evaluates some groups on their own and then joins them (an OPTIONAL or a
    MINUS joined by hash, see __init__.py); a VALUES at the start of such a group makes it
    start from the value, on any store (remote endpoints get no ``substitutions``). The
    queries put the marker only in a group whose result is joined with rows that already
    have that value (an OPTIONAL after the patterns that bind the parameter, a MINUS, a
    subquery that projects it): the same join as the leading VALUES, so the same rows."""

    def replace(match: re.Match) -> str:
        names = [n for n in match.group(1).split() if n in bindings]
        return values_clause({n: bindings[n] for n in names}).strip() if names else match.group(0)

    return _VALUES_HERE.sub(replace, text)


def run_query(store: Store, name: str, params: Mapping[str, str] | None = None) -> Table:
    """Run the named query on ``store`` with ``params`` (values as strings) bound."""
    query = load_query(name)
    values = {k: v for k, v in (params or {}).items() if v is not None}
    expected = ", ".join(f"{p.name}{'' if not p.required else ' (required)'}" for p in query.params) or "none"
    unknown = sorted(set(values) - {p.name for p in query.params})
    if unknown:
        raise QueryError(f"query {name!r} has no parameter {', '.join(unknown)}; its parameters: {expected}")
    missing = [p.name for p in query.params if p.required and p.name not in values]
    if missing:
        raise QueryError(f"query {name!r} needs {', '.join(missing)}; its parameters: {expected}")
    try:
        values = _resolve_names(store, query, values)
        bindings = {k: query.param(k).term(v) for k, v in values.items()}  # type: ignore[union-attr]
        # Bound twice, the same join: leading VALUES for the planner, and the store's own
        # binding, which reaches parameters projected by subqueries (see _with_leading).
        text = _with_inner_values(_with_leading(query.text, bindings), bindings) if bindings else query.text
        return store.select(text, bindings)
    except QueryError:
        raise
    except StoreError as exc:
        raise QueryError(f"query {name!r} failed: {exc}") from None


def run_sparql(store: Store, text: str) -> Table:
    """Run a user's own read-only query: SELECT gives its rows, ASK one row ``ask``,
    CONSTRUCT/DESCRIBE one row per triple (subject, predicate, object)."""
    match = _FORM.match(text)
    if not match:
        raise QueryError("expected a SELECT, ASK, CONSTRUCT or DESCRIBE query (updates are refused here)")
    form = match.group(1).upper()
    try:
        if form == "SELECT":
            return store.select(text)
        if form == "ASK":
            answer = store.ask(text)
            return Table(["ask"], [{"ask": answer}], [{"ask": ox.Literal(answer)}])
        triples = store.construct(text)
    except StoreError as exc:
        raise QueryError(str(exc)) from None
    terms = [{"subject": t.subject, "predicate": t.predicate, "object": t.object} for t in triples]
    return Table.from_terms(["subject", "predicate", "object"], terms)
