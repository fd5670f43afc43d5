"""What every store offers, whatever holds the data (Oxigraph in this process, or a SPARQL
endpoint). Backends implement the primitives; the shared helpers live here once."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import Any, Iterable, Mapping

import pyoxigraph as ox

from .errors import StoreError
from .table import Table

SG = "https://w3id.org/stancegraph/ontology#"

# Format names accepted by dump(): the user-facing name -> pyoxigraph format.
DUMP_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "nq": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json-ld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "xml": ox.RdfFormat.RDF_XML,
}

# Prefixes written by dump() in the formats that use them (Turtle, TriG).
PREFIXES = {
    "sg": SG,
    "schema": "https://schema.org/",
    "dct": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}

_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")

_GRAPH_META = f"""
SELECT ?g ?p ?o WHERE {{
  GRAPH ?g {{ ?doc a <{SG}SourceDocument> ; ?p ?o . }}
}}"""


def rdf_format(name: str) -> ox.RdfFormat:
    try:
        return DUMP_FORMATS[name.lower()]
    except KeyError:
        raise StoreError(
            f"unknown RDF format {name!r}; expected one of: {', '.join(sorted(set(DUMP_FORMATS)))}"
        ) from None


def check_bindings(bindings: Mapping[str, Any] | None) -> dict[str, Any]:
    """Validate variable names and terms of query bindings (names go into query text on
    remote endpoints, so only plain SPARQL variable names are accepted)."""
    out: dict[str, Any] = {}
    for name, term in (bindings or {}).items():
        name = name.lstrip("?$")
        if not _VARIABLE.match(name):
            raise StoreError(f"invalid variable name in bindings: {name!r}")
        if not isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
            raise StoreError(
                f"binding for ?{name} must be a pyoxigraph NamedNode or Literal, not {type(term).__name__}"
            )
        out[name] = term
    return out


def graph_node(graph: ox.NamedNode | str) -> ox.NamedNode:
    if isinstance(graph, ox.NamedNode):
        return graph
    try:
        return ox.NamedNode(str(graph))
    except ValueError as exc:
        raise StoreError(f"invalid graph IRI {graph!r}: {exc}") from None


def _local_name(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


class Store(ABC):
    """A quad store holding one named graph per source document.

    Queries see the union of all named graphs as their default graph. Use as a context
    manager, or call close().
    """

    url: str
    read_only: bool = False

    # ---------------------------------------------------------------- primitives

    @abstractmethod
    def replace_graph(self, graph: ox.NamedNode, triples: Iterable[ox.Triple]) -> None:
        """Replace the content of ``graph`` by ``triples`` in one transaction: readers see
        the old graph or the new one, never a mix or nothing."""

    @abstractmethod
    def remove_graph(self, graph: ox.NamedNode) -> None:
        """Remove a named graph and its triples (no error if it does not exist)."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL UPDATE (one transaction on Oxigraph)."""

    @abstractmethod
    def select(self, query: str, bindings: Mapping[str, Any] | None = None) -> Table:
        """Run a SELECT query. ``bindings`` maps variable names (without ?) to pyoxigraph
        terms; the variables must be in the query's SELECT list. Values are bound by the
        engine (embedded) or by an escaped VALUES clause (remote), never spliced by hand."""

    @abstractmethod
    def ask(self, query: str, bindings: Mapping[str, Any] | None = None) -> bool: ...

    @abstractmethod
    def construct(self, query: str) -> list[ox.Triple]: ...

    @abstractmethod
    def quads(self, graph: ox.NamedNode | None = None) -> Iterable[ox.Quad]:
        """All quads of one named graph, or of every named graph."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""

    @abstractmethod
    def count(self) -> int:
        """Number of quads in the store."""

    def close(self) -> None:
        """Release the store (the RocksDB lock for a store on disk)."""

    # ---------------------------------------------------------------- shared helpers

    def dump(self, format: str = "trig", graph: ox.NamedNode | str | None = None) -> bytes:
        """The store (or one graph) serialised by Oxigraph: turtle, trig, nquads, ntriples,
        jsonld, rdfxml. Triple-only formats without a graph write every named graph merged."""
        fmt = rdf_format(format)
        g = graph_node(graph) if graph is not None else None
        quads = self.quads(g)
        if fmt.supports_datasets and g is None:
            data: Iterable[Any] = quads
        else:
            data = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        return ox.serialize(data, format=fmt, prefixes=prefixes)

    def graph_meta(self, graph: ox.NamedNode | str) -> dict[str, str]:
        """What the graph says about its source document: fileName, sha256, title, date,
        url, format... (local property names). Empty if the graph does not exist."""
        return self.graphs_meta().get(graph_node(graph).value, {})

    def graphs_meta(self) -> dict[str, dict[str, str]]:
        """graph IRI -> metadata of the source document it holds, in one query (so that a
        rebuild of 10,000 files can skip unchanged ones without 10,000 round trips)."""
        out: dict[str, dict[str, str]] = {}
        for row in self.select(_GRAPH_META).rows:
            name = _local_name(str(row["p"]))
            if name == "type":
                continue
            out.setdefault(str(row["g"]), {})[name] = str(row["o"])
        return out

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url}{' (read-only)' if self.read_only else ''}>"

