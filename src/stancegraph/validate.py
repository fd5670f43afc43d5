"""Validate a built graph against the SHACL shapes in ``ontology/shapes.ttl`` (pyshacl).

The data graph is the union of the store's graphs (documents and topic scheme), handed over as
N-Triples serialised by Oxigraph, so rdflib only parses, never queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import rdflib


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str


def load_shapes() -> rdflib.Graph:
    data = resources.files("stancegraph").joinpath("ontology", "shapes.ttl").read_bytes()
    return rdflib.Graph().parse(data=data, format="turtle")


def validate_ntriples(ntriples: bytes) -> ValidationReport:
    """Validate N-Triples data; returns the report rather than raising on violations."""
    import pyshacl  # heavy import, only when validating

    data = rdflib.Graph().parse(data=ntriples, format="nt")
    conforms, results_graph, text = pyshacl.validate(
        data, shacl_graph=load_shapes(), advanced=True, allow_warnings=True
    )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = len(set(results_graph.subjects(rdflib.RDF.type, sh.ValidationResult)))
    return ValidationReport(conforms=bool(conforms), violations=violations, text=text)
