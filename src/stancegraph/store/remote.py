"""A SPARQL 1.1 endpoint over HTTP (Oxigraph server, Fuseki, GraphDB...), spoken with urllib.

See ``stancegraph.store`` for the URL forms. Requests: queries are POSTed form-encoded
(SPARQL 1.1 Protocol), results come back as SPARQL JSON / N-Triples and are parsed by
pyoxigraph, so rows hold the same terms as with an embedded store.

Bound parameters: the endpoint cannot take pre-bound variables, so ``bindings`` become a
trailing ``VALUES (?a ?b) { (term term) }`` clause. That is safe because every term is
written by pyoxigraph's N-Triples serialiser: a Literal's lexical form has ``"`` and ``\\``
escaped and line breaks written as ``\\n``/``\\r``, so no value can close the string and add
SPARQL of its own (and since backslashes are always doubled, even a server that decodes
``\\u0022`` before parsing, as SPARQL 1.1 section 19.2 allows, gets an escaped quote); a
NamedNode rejects ``>``, spaces, quotes and braces when it is built; variable names are
checked against ``[A-Za-z_][A-Za-z0-9_]*``. A trailing VALUES clause joins the query's
results (before ORDER BY/LIMIT), which is what pyoxigraph's ``substitutions`` do too: the
bound variables must be in the SELECT list.
"""

from __future__ import annotations

import base64
import os
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Iterable, Mapping

import pyoxigraph as ox

from .base import Store, check_bindings, graph_node
from .errors import StoreError
from .table import Table

USER_AGENT = "stancegraph (SPARQL client)"


def values_clause(bindings: Mapping[str, Any]) -> str:
    """``VALUES (?a ?b) { (term term) }`` from checked bindings (see the module docstring)."""
    checked = check_bindings(bindings)
    if not checked:
        return ""
    names = " ".join(f"?{name}" for name in checked)
    terms = " ".join(str(term) for term in checked.values())
    return f"\nVALUES ({names}) {{ ({terms}) }}\n"


def _auth_header() -> str | None:
    """Credentials come from the environment only: a token or a user/password pair."""
    token = os.environ.get("STANCEGRAPH_TOKEN")
    if token:
        return f"Bearer {token}"
    user = os.environ.get("STANCEGRAPH_USER")
    if user:
        password = os.environ.get("STANCEGRAPH_PASSWORD", "")
        return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return None


class RemoteStore(Store):
    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        read_only: bool = False,
        timeout: float = 120.0,
    ) -> None:
        self.url = query_url
        self.query_url = query_url
        self.update_url = update_url
        self.gsp_url = gsp_url
        self.read_only = read_only
        self.timeout = timeout
        self._union_checked = False

    # ---------------------------------------------------------------- HTTP

    def _request(
        self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> bytes:
        all_headers = {"User-Agent": USER_AGENT, **(headers or {})}
        auth = _auth_header()
        if auth:
            all_headers["Authorization"] = auth
        request = urllib.request.Request(url, data=body, method=method, headers=all_headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:500].decode("utf-8", "replace").strip()
            hint = ""
            if exc.code == 401:
                hint = " (set STANCEGRAPH_TOKEN, or STANCEGRAPH_USER and STANCEGRAPH_PASSWORD)"
            raise StoreError(f"{method} {url} failed: HTTP {exc.code} {exc.reason}{hint}: {detail}") from None
        except urllib.error.URLError as exc:
            raise StoreError(f"cannot reach SPARQL endpoint {url}: {exc.reason}") from None
        except TimeoutError:
            raise StoreError(f"SPARQL endpoint {url} did not answer within {self.timeout:g} s") from None

    def _post_query(self, query: str, accept: str) -> bytes:
        body = urllib.parse.urlencode({"query": query}).encode("utf-8")
        return self._request(
            "POST",
            self.query_url,
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )

    def _results(self, query: str, bindings: Mapping[str, Any] | None) -> Any:
        self._check_union()
        data = self._post_query(query + values_clause(bindings or {}), "application/sparql-results+json")
        try:
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"unreadable SPARQL results from {self.query_url}: {exc}") from None

    def _check_union(self) -> None:
        """Our queries expect the union of the named graphs as default graph; a server that
        does not do that answers every query with nothing. Say so instead, once."""
        if self._union_checked:
            return
        self._union_checked = True
        named = self._ask_raw("ASK { GRAPH ?g { ?s ?p ?o } }")
        if named and not self._ask_raw("ASK { ?s ?p ?o }"):
            raise StoreError(
                f"{self.query_url} does not query the union of its named graphs by default: start "
                "Oxigraph with `oxigraph serve --union-default-graph` (Fuseki: tdb2:unionDefaultGraph true)"
            )

    def _ask_raw(self, query: str) -> bool:
        data = self._post_query(query, "application/sparql-results+json")
        return bool(ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON))

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.url} is open read-only")
        if not (self.update_url or self.gsp_url):
            raise StoreError(
                f"{self.url} has no update endpoint: add ?update=<url> (or ?gsp=<url>) to the store URL"
            )

    # ---------------------------------------------------------------- writing

    def update(self, sparql: str) -> None:
        self._writable()
        if not self.update_url:
            raise StoreError(f"{self.url} has no SPARQL update endpoint: add ?update=<url> to the store URL")
        self._request(
            "POST",
            self.update_url,
            urllib.parse.urlencode({"update": sparql}).encode("utf-8"),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )

    def replace_graph(self, graph: ox.NamedNode | str, triples: Iterable[ox.Triple]) -> None:
        self._writable()
        g = graph_node(graph)
        data = ox.serialize(
            (ox.Triple(t.subject, t.predicate, t.object) for t in triples), format=ox.RdfFormat.N_TRIPLES
        )
        if self.gsp_url:
            # Graph Store Protocol PUT replaces the graph's content in one request.
            self._request(
                "PUT", self._gsp_graph_url(g), data, {"Content-Type": "application/n-triples"}
            )
        else:
            # One update request = one transaction on the server.
            self.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{data.decode('utf-8')}}} }}")

    def remove_graph(self, graph: ox.NamedNode | str) -> None:
        self._writable()
        g = graph_node(graph)
        if self.update_url:
            self.update(f"DROP SILENT GRAPH {g}")
            return
        try:
            self._request("DELETE", self._gsp_graph_url(g))
        except StoreError as exc:
            if "HTTP 404" not in str(exc):  # a graph that is not there is already removed
                raise

    def _gsp_graph_url(self, graph: ox.NamedNode) -> str:
        sep = "&" if "?" in (self.gsp_url or "") else "?"
        return f"{self.gsp_url}{sep}{urllib.parse.urlencode({'graph': graph.value})}"

    # ---------------------------------------------------------------- reading

    def select(self, query: str, bindings: Mapping[str, Any] | None = None) -> Table:
        result = self._results(query, bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("select() needs a SELECT query (use ask() or construct() for the others)")
        columns = [v.value for v in result.variables]
        return Table.from_terms(columns, [{c: s[c] for c in columns} for s in result])

    def ask(self, query: str, bindings: Mapping[str, Any] | None = None) -> bool:
        result = self._results(query, bindings)
        if not isinstance(result, ox.QueryBoolean):
            raise StoreError("ask() needs an ASK query")
        return bool(result)

    def construct(self, query: str) -> list[ox.Triple]:
        self._check_union()
        data = self._post_query(query, "application/n-triples")
        try:
            return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
        except SyntaxError as exc:
            raise StoreError(f"unreadable N-Triples from {self.query_url}: {exc}") from None

    def quads(self, graph: ox.NamedNode | None = None) -> Iterable[ox.Quad]:
        if graph is not None:
            table = self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
            return [ox.Quad(r["s"], r["p"], r["o"], graph) for r in table.terms]
        table = self.select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in table.terms]

    def graphs(self) -> list[str]:
        table = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(str(g) for g in table.column("g") if g is not None)

    def count(self) -> int:
        table = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(table.rows[0]["n"] or 0)
