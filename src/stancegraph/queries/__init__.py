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

And so that a query for one candidate or one topic costs what its answer costs, not what the
store holds (measured at 10M triples: evidence 37 s -> 0.14 s, positions-evidence 30 s ->
0.17 s, proposals 5.4 s -> 0.05 s, compare 5.8 s -> 0.09 s, changed 2.3 s -> 0.07 s):

* No triple pattern with a fixed object (``?person a schema:Person``, ``?position a
  sg:Stance``) beside a bound parameter: Oxigraph's planner starts from the pattern with the
  most constants and does not count a bound variable (leading VALUES or substitution) as
  one, so it read every person or position first. Check a class through a variable
  (``?position a ?class`` ... ``FILTER(?class = sg:Stance)``), or not at all where another
  pattern implies it (a holder is a person; only a stance has ``sg:hasStatement``).
* Oxigraph evaluates an OPTIONAL either row by row (cheap) or on its own over the whole
  store, then joins (a hash join). It picks the first only for an OPTIONAL of one or two
  patterns in a GRAPH block of its own, after a short mandatory part; an OPTIONAL inside
  the GRAPH block of the mandatory patterns, a longer one, or any after a dozen patterns or
  several OPTIONALs, is joined by hash. Where it would be, the OPTIONAL starts again from
  the parameter (an anchor: ``GRAPH ?g { ?person schema:name ?candidate . ?position
  sg:holder ?person ; ... }``, true of every row already, so the rows are the same): the
  store binds the parameter there too: through ``substitutions``, and through a VALUES
  clause that the runner writes in place of a ``#@values NAME ...`` comment at the start of
  the group (remote endpoints get no substitutions; evidence at 1M triples without either:
  1.6 s before, 35 s anchored, 0.05 s with the VALUES).
* The same for MINUS and for a subquery (a ``GROUP BY`` count, a ``GROUP_CONCAT``, a
  "latest" per topic): start it from the parameter, project the parameter, and mark it with
  ``#@values``. Only where every row the group is joined with has the value already (see
  ``runner._with_inner_values``).

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
