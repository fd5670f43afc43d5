"""Named SPARQL queries (the ``*.rq`` files beside this module) and a runner that binds
their parameters safely.

Each ``.rq`` file starts with comments: ``# NAME: what it returns``, what it answers, and one
``# param: NAME (flags): description`` line per parameter. Flags: ``required``, and a type:
``iri`` for an IRI, ``integer``, ``decimal``; the default is a plain string. Parameters are
always optional filters unless required; each is a variable of the query's SELECT list that
is bound in every row, so that binding it keeps exactly the rows with that value.

Values are bound, never spliced into the query text as strings: the store binds them
(pyoxigraph's ``substitutions`` in this process, an escaped trailing VALUES clause for SPARQL
endpoints, see ``stancegraph.store.remote``), and the runner also puts them in a VALUES
clause at the start of the query's WHERE group (terms written by pyoxigraph's serialiser),
where Oxigraph's planner starts from them; a parameter that a BIND of that group assigns
cannot go there. All are the same join: rows keep the projected variable's value. So a
parameter must be a SELECT variable bound in every row (never only in an OPTIONAL, never an
aggregate's alias); tests/test_queries.py checks each one filters exactly. For speed, match
a parameter as stored (``?person schema:name ?candidate``) rather than assign it with
``BIND(STR(...))``: only then can it lead. Substitutions (not the leading VALUES) also reach
a parameter projected by a subquery.

Writing a query that stays fast at a million triples (each rule cost seconds to minutes):

* People, parties and extractors have their triples in every document graph, and the union
  default graph repeats a triple once per graph: read them inside ``GRAPH ?g { ... }`` with
  the position they belong to, or through a ``SELECT DISTINCT`` subquery.
* Mandatory triple patterns first, BINDs last: Oxigraph joins a pattern that follows a BIND
  late, and a pattern on an IRI rebuilt with ``IRI()`` very late.
* ``MINUS`` rather than ``FILTER NOT EXISTS``; "latest"/"best" as ``MAX`` over a fixed-width
  key (see positions.rq) rather than "no better one exists".
* Small per-person tables (``GROUP BY ?person`` subqueries) joined together rather than one
  big UNION joined with people.

    from stancegraph.queries import list_queries, run_query
    table = run_query(store, "who-opposes", {"topic": "hadopi-law"})
    table.rows  # [{"candidate": "...", "evidence": "...", ...}, ...]
"""

from .runner import (
    NamedQuery,
    Param,
    QueryError,
    list_queries,
    load_query,
    query_names,
    run_query,
    run_sparql,
)

__all__ = [
    "NamedQuery",
    "Param",
    "QueryError",
    "list_queries",
    "load_query",
    "query_names",
    "run_query",
    "run_sparql",
]
