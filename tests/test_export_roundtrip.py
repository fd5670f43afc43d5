"""`stancegraph export` round-trips: each format, parsed back, holds exactly what the store
holds, hostile literals included (quotes with ", \", \"\"\", > ., @prefix, ESC, BEL, U+202E,
HTML and markup; see tests/hostile/README.md).

turtle, trig, nquads and ntriples are parsed back with pyoxigraph, jsonld with rdflib.
Dataset formats (trig, nquads, jsonld) must give the same quads, graph by graph; triple
formats (turtle, ntriples) the same triples, all graphs merged. Blank nodes (the ontology's
OWL lists) are compared up to renaming (rdflib isomorphism), everything else exactly.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from stancegraph.cli import main

HERE = Path(__file__).parent
SAMPLE = HERE.parent / "notebooks" / "sample-corpus" / "lefort-questionnaire-numerique.txt"
PYOXIGRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
                      "nquads": ox.RdfFormat.N_QUADS, "ntriples": ox.RdfFormat.N_TRIPLES}
DATASET_FORMATS = {"trig", "nquads", "jsonld"}


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory, extractor):
    root = tmp_path_factory.mktemp("export")
    corpus = root / "corpus"
    shutil.copytree(HERE / "hostile", corpus, ignore=shutil.ignore_patterns("README*"))
    shutil.copy(SAMPLE, corpus / SAMPLE.name)
    shutil.copy(SAMPLE.with_name(SAMPLE.name + ".meta.json"), corpus / (SAMPLE.name + ".meta.json"))
    path = root / "store"
    assert run("build", str(corpus), "--store", str(path), "-q").exit_code == 0
    return path


@pytest.fixture(scope="module")
def stored(store) -> list[ox.Quad]:
    s = ox.Store.read_only(str(store))
    quads = list(s.quads_for_pattern(None, None, None, None))
    del s
    return quads


def to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def from_rdflib(term):
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    datatype = term.datatype or rdflib.XSD.string
    return ox.Literal(str(term), datatype=ox.NamedNode(str(datatype)))


def canonical(quads, *, with_graphs: bool):
    """(ground statements as N-Quads lines, {graph: rdflib.Graph of the statements with blank
    nodes}); without graphs, everything goes to one merged graph."""
    ground, blank = set(), defaultdict(rdflib.Graph)
    for q in quads:
        graph = str(q.graph_name) if with_graphs else ""
        terms = (q.subject, q.predicate, q.object)
        if any(isinstance(t, ox.BlankNode) for t in terms):
            blank[graph].add(tuple(to_rdflib(t) for t in terms))
        else:
            ground.add(f"{q.subject} {q.predicate} {q.object} {graph}")
    return ground, blank


def assert_same(parsed, stored, *, with_graphs: bool) -> None:
    ground, blank = canonical(parsed, with_graphs=with_graphs)
    want_ground, want_blank = canonical(stored, with_graphs=with_graphs)
    assert len(ground) == len(want_ground)
    assert ground == want_ground
    assert set(blank) == set(want_blank)
    for graph in blank:
        assert isomorphic(blank[graph], want_blank[graph]), graph


def export(store: Path, fmt: str, tmp_path: Path) -> Path:
    out = tmp_path / f"graph.{fmt}"
    result = run("export", "--store", str(store), "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("fmt", sorted(PYOXIGRAPH_FORMATS))
def test_export_parses_back_to_the_store_content(store, stored, fmt, tmp_path):
    path = export(store, fmt, tmp_path)
    parsed = list(ox.parse(path=str(path), format=PYOXIGRAPH_FORMATS[fmt]))
    if fmt not in DATASET_FORMATS:  # triples: one merged default graph
        parsed = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in parsed]
    assert_same(parsed, stored, with_graphs=fmt in DATASET_FORMATS)


def test_jsonld_export_parses_back_with_rdflib(store, stored, tmp_path):
    path = export(store, "jsonld", tmp_path)
    dataset = rdflib.Dataset()
    dataset.parse(path, format="json-ld")
    parsed = [ox.Quad(*(from_rdflib(t) for t in (s, p, o)), ox.NamedNode(str(g)))
              for s, p, o, g in dataset.quads((None, None, None, None)) if g is not None]
    assert len(parsed) == len(stored)
    assert_same(parsed, stored, with_graphs=True)


def test_hostile_literals_are_escaped_in_every_text_format(store, stored, tmp_path):
    """No raw control character in the files (each format escapes them), and the quote
    with a Turtle payload is one literal, not the start of a prefix declaration."""
    assert any('"""@prefix ex: <http://evil.example/>' in q.object.value for q in stored
               if isinstance(q.object, ox.Literal))
    for fmt in ["turtle", "trig", "nquads", "ntriples", "jsonld"]:
        data = export(store, fmt, tmp_path).read_bytes()
        assert b"\x1b" not in data and b"\x07" not in data, fmt
        assert b"evil.example/> ." in data  # inside a literal...
        text = data.decode("utf-8")
        assert "@prefix ex:" not in text.replace('"""@prefix ex:', "").replace('\\"\\"\\"@prefix ex:', ""), fmt


def test_export_to_stdout_is_the_same_bytes_as_to_a_file(store, tmp_path):
    result = CliRunner().invoke(main, ["export", "--store", str(store), "--format", "nquads"])
    assert result.exit_code == 0
    assert result.stdout_bytes == export(store, "nquads", tmp_path).read_bytes()
