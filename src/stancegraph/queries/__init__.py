"""Named SPARQL queries (the ``*.rq`` files beside this module) and a runner that binds
their parameters safely.

Each ``.rq`` file starts with comments: ``# NAME: what it returns``, what it answers, and one
``# param: NAME (flags): description`` line per parameter. Flags: ``required``, and a type:
``iri`` for an IRI, ``integer``, ``decimal``; the default is a plain string. Parameters are
always optional filters unless required; each is a variable of the query's SELECT list that
is bound in every row, so that binding it keeps exactly the rows with that value.

Values are bound, never spliced into the query text: pyoxigraph's ``substitutions`` for
stores in this process, an escaped VALUES clause for SPARQL endpoints (see
``stancegraph.store.remote``).

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
