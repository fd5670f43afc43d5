"""Every named query on a small hand-made graph of four fictional politicians, and on the seed
document built by the real pipeline."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from stancegraph import rdf
from stancegraph.queries import QueryError, list_queries, load_query, query_names, run_query, run_sparql
from stancegraph.store import open_store

FIXTURE = Path(__file__).with_name("test_queries_fixture.trig")
SEED = Path(__file__).resolve().parents[1] / "data" / "aubry-strategie-numerique-2011.txt"
INJECTION = '" } ; DROP ALL ; #'

POSITION_COLUMNS = ["candidate", "topic", "topic_label", "stance", "confidence", "evidence", "file",
                    "source_url", "date", "attribution", "position"]


def load_fixture(store) -> None:
    graphs: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    for quad in ox.parse(path=str(FIXTURE)):
        graphs[quad.graph_name].append(quad.triple)
    for graph, triples in graphs.items():
        store.replace_graph(graph, triples)
    for graph, triples in rdf.vocabulary_graphs():
        store.replace_graph(graph, triples)


@pytest.fixture(scope="module")
def store():
    s = open_store("memory:")
    load_fixture(s)
    yield s
    s.close()


def rows(store, name, **params):
    return run_query(store, name, params).rows


def pick(table_rows, **match):
    return [r for r in table_rows if all(r[k] == v for k, v in match.items())]


# ------------------------------------------------------------------------------ the files


def test_every_query_documents_itself_and_its_parameters():
    names = query_names()
    assert {"positions", "positions-evidence", "evidence", "who-supports", "who-opposes", "topic-summary",
            "compare", "agreement-matrix", "proposals", "silent", "changed", "candidates", "topics",
            "documents"} <= set(names)
    for info in list_queries():
        assert info.summary and info.description, info.name
        assert info.text.lstrip().startswith(f"# {info.name}:")
        select = re.search(r"SELECT(.*?)WHERE", info.text, re.S).group(1)
        for param in info.params:
            assert param.description
            # Parameters must be projected: pyoxigraph substitutions and a trailing VALUES
            # clause (remote endpoints) both bind projected variables.
            assert re.search(rf"\?{param.name}\b", select), f"{info.name}: ?{param.name} not in SELECT"


def test_unknown_query_lists_the_available_ones(store):
    with pytest.raises(QueryError, match="no named query 'nope'; available: .*positions"):
        run_query(store, "nope", {})
    with pytest.raises(QueryError, match="no named query"):
        load_query("../secrets")


def test_unknown_parameter_lists_the_expected_ones(store):
    with pytest.raises(QueryError, match=r"no parameter candidat; its parameters: candidate, topic, stance, attribution"):
        run_query(store, "positions", {"candidat": "Claire Vasseur"})


def test_missing_required_parameter(store):
    with pytest.raises(QueryError, match=r"'compare' needs b; its parameters: a \(required\), b \(required\)"):
        run_query(store, "compare", {"a": "Claire Vasseur"})


@pytest.mark.parametrize("name", [n for n in query_names()])
def test_each_optional_parameter_filters_exactly(store, name):
    """Binding a parameter to a value seen in the unfiltered rows gives exactly those rows."""
    info = load_query(name)
    if any(p.required for p in info.params):
        pytest.skip("required parameters: covered by the query's own test")
    everything = run_query(store, name, {}).rows
    assert everything, f"{name} found nothing on the test graph"
    for param in info.params:
        values = {r[param.name] for r in everything}
        value = sorted(v for v in values if v not in (None, ""))[0]
        filtered = run_query(store, name, {param.name: str(value)}).rows
        expected = [r for r in everything if r[param.name] == value]
        key = lambda r: sorted((k, str(v)) for k, v in r.items())  # noqa: E731
        assert sorted(filtered, key=key) == sorted(expected, key=key), (name, param.name, value)


# ------------------------------------------------------------------------------ injection


def _fingerprint(store) -> tuple[int, str]:
    named = sorted(line for line in store.dump("nquads").splitlines() if b"_:" not in line)
    return store.count(), hashlib.sha256(b"\n".join(named)).hexdigest()


VALID = {"a": "Claire Vasseur", "b": "Hugo Marchal", "candidate": "Claire Vasseur", "topic": "hadopi-law"}


@pytest.mark.parametrize("name", [n for n in query_names() if load_query(n).params])
@pytest.mark.parametrize("payload", [INJECTION, "Claire Vasseur\" } ; DROP ALL ; #", "x\\u0022 } ; CLEAR ALL ; #"])
def test_injection_finds_nobody_and_changes_nothing(store, name, payload):
    info = load_query(name)
    before = _fingerprint(store)
    for param in info.params:
        params = {p.name: VALID[p.name] for p in info.params if p.required and p.name != param.name}
        params[param.name] = payload
        assert run_query(store, name, params).rows == [], (name, param.name)
    assert _fingerprint(store) == before


# Values with an answer in the fixture, where VALID has none.
ANSWERED = {"changed": {"candidate": "Claire Vasseur", "topic": "global-license"},
            "silent": {"candidate": "Paul Lemaire", "topic": "net-neutrality"},
            "proposals": {"candidate": "Hugo Marchal", "topic": "free-software"}}


def test_values_markers_name_parameters_and_keep_the_rows(store):
    """``#@values NAME`` comments (see runner._with_inner_values) name parameters of their query,
    and filling them in changes no row: run_query's text (leading and inner VALUES) gives what
    the bare query text gives with the values in a trailing VALUES clause."""
    from stancegraph.store.remote import values_clause

    marked = [n for n in query_names() if "#@values" in load_query(n).text]
    assert marked  # the queries for one candidate or topic use them
    for name in marked:
        info = load_query(name)
        named = {m for line in info.text.splitlines() if "#@values" in line
                 for m in line.split("#@values", 1)[1].split()}
        assert named <= {p.name for p in info.params}, (name, named)
        values = {**VALID, **ANSWERED.get(name, {})}
        params = {p.name: values[p.name] for p in info.params if p.name in values}
        terms = {k: info.param(k).term(v) for k, v in params.items()}
        plain = store.select(info.text + values_clause(terms)).rows
        assert plain, name  # the fixture has an answer: the comparison says something
        assert sorted(map(repr, run_query(store, name, params).rows)) == sorted(map(repr, plain)), name


# ------------------------------------------------------------------------------ each query


def test_positions(store):
    table = run_query(store, "positions", {})
    assert table.columns[: len(POSITION_COLUMNS)] == POSITION_COLUMNS
    assert len(table) == 13
    vasseur = pick(table.rows, candidate="Claire Vasseur", topic="hadopi-law")
    assert [(r["file"], r["stance"], r["date"]) for r in vasseur] == [
        ("vasseur-questionnaire-2011.txt", "oppose", "2011-09-20"),
        ("vasseur-tribune-2012.txt", "oppose", "2012-02-10"),
    ]
    # The best quote: same polarity as the position, then the highest confidence.
    assert vasseur[0]["evidence"] == "Je veux abroger la loi Hadopi dès l'été."
    assert vasseur[0]["confidence"] == 0.9
    assert vasseur[0]["source_url"] == "https://exemple.fr/vasseur-2011"
    assert vasseur[0]["topic_label"] == "Loi Hadopi"
    assert vasseur[0]["topic_group"] == "culture-and-creation"
    benali = pick(table.rows, candidate="Nadia Benali", topic="hadopi-law")[0]
    assert benali["stance"] == "mixed" and benali["evidence"] == "Mais couper l'accès est une faute."
    assert benali["source_url"] is None


def test_positions_filters(store):
    reported = rows(store, "positions", attribution="reported")
    assert {(r["candidate"], r["topic"]) for r in reported} == {("Hugo Marchal", "copyright"), ("Paul Lemaire", "cybercrime")}
    opposed = rows(store, "positions", topic="hadopi-law", stance="oppose")
    assert {r["candidate"] for r in opposed} == {"Claire Vasseur"}
    assert rows(store, "positions", candidate="Personne Inconnue") == []


@pytest.mark.parametrize("typed", ["claire vasseur", "CLAIRE VASSEUR", "  Claire   Vasseur ", "Claire Vasseür"])
def test_names_match_whatever_the_case_and_accents(store, typed):
    assert rows(store, "positions", candidate=typed) == rows(store, "positions", candidate="Claire Vasseur")


def test_positions_evidence(store):
    table = run_query(store, "positions-evidence", {"candidate": "Claire Vasseur", "topic": "hadopi-law"})
    assert {"start", "end", "passage", "extractor", "version"} <= set(table.columns)
    assert [(r["file"], r["start"], r["end"]) for r in table.rows] == [
        ("vasseur-questionnaire-2011.txt", 120, 160),
        ("vasseur-questionnaire-2011.txt", 420, 454),
        ("vasseur-tribune-2012.txt", 400, 424),
    ]
    assert all(r["end"] - r["start"] == len(r["evidence"]) for r in table.rows)
    assert len(rows(store, "positions-evidence")) == 15


def test_evidence_for_one_position(store):
    found = rows(store, "evidence", candidate="Nadia Benali", topic="hadopi-law")
    assert [(r["stance"], r["confidence"], r["quote"]) for r in found] == [
        ("support", 0.6, "Protéger les artistes reste nécessaire."),
        ("oppose", 0.7, "Mais couper l'accès est une faute."),
    ]
    assert {r["position_stance"] for r in found} == {"mixed"}
    one_file = rows(store, "evidence", candidate="Claire Vasseur", topic="hadopi-law", file="vasseur-tribune-2012.txt")
    assert [r["quote"] for r in one_file] == ["Hadopi doit disparaître."]
    first = rows(store, "evidence", candidate="Claire Vasseur", topic="hadopi-law")[0]
    assert (first["prefix"], first["quote"], first["suffix"]) == ("Réponse : ", "Je veux abroger la loi Hadopi dès l'été.", " Ensuite")


def test_who_supports_and_opposes(store):
    assert [r["candidate"] for r in rows(store, "who-supports", topic="hadopi-law")] == ["Hugo Marchal"]
    opponents = rows(store, "who-opposes", topic="hadopi-law")
    assert [(r["candidate"], r["party"], r["file"]) for r in opponents] == [
        ("Claire Vasseur", "PS", "vasseur-questionnaire-2011.txt"),
        ("Claire Vasseur", "PS", "vasseur-tribune-2012.txt"),
    ]
    # Asked of a broader topic: every topic under it.
    broad = rows(store, "who-supports", topic="culture-and-creation")
    assert {(r["candidate"], r["position_topic"]) for r in broad} == {
        ("Claire Vasseur", "global-license"), ("Hugo Marchal", "copyright"), ("Hugo Marchal", "hadopi-law")}
    assert {r["topic"] for r in broad} == {"culture-and-creation"}


def test_topic_summary(store):
    table = rows(store, "topic-summary")
    hadopi = pick(table, level="topic", topic="hadopi-law")[0]
    assert (hadopi["support"], hadopi["oppose"], hadopi["mixed"], hadopi["neutral"], hadopi["candidates"]) == (1, 1, 1, 0, 3)
    culture = pick(table, level="group", topic_group="culture-and-creation")[0]
    assert (culture["support"], culture["oppose"], culture["mixed"], culture["candidates"], culture["positions"]) == (2, 1, 1, 3, 7)
    silent_topic = pick(table, level="topic", topic="open-data")[0]
    assert silent_topic["candidates"] == 0


def test_compare(store):
    found = {r["topic"]: r for r in rows(store, "compare", a="Claire Vasseur", b="Hugo Marchal")}
    assert {t: r["relation"] for t, r in found.items()} == {
        "hadopi-law": "disagree", "net-neutrality": "agree", "global-license": "only a",
        "copyright": "only b", "free-software": "only b"}
    hadopi = found["hadopi-law"]
    # Vasseur's latest position (2012 tribune) and its quote; Marchal's only one.
    assert (hadopi["a_stance"], hadopi["a_evidence"], hadopi["a_file"]) == ("oppose", "Hadopi doit disparaître.", "vasseur-tribune-2012.txt")
    assert (hadopi["b_stance"], hadopi["b_evidence"]) == ("support", "La Haute Autorité a fait ses preuves.")
    assert found["global-license"]["a_stance"] == "oppose"  # changed since 2011: the latest counts
    assert found["copyright"]["a_stance"] is None and found["copyright"]["a_evidence"] is None
    mixed = {r["topic"]: r["relation"] for r in rows(store, "compare", a="Nadia Benali", b="Hugo Marchal")}
    assert mixed["hadopi-law"] == "differ"


def test_agreement_matrix(store):
    matrix = {(r["a"], r["b"]): r for r in rows(store, "agreement-matrix")}
    pair = matrix[("Claire Vasseur", "Hugo Marchal")]
    assert (pair["shared"], pair["agreements"], pair["disagreements"], pair["score"]) == (2, 1, 1, 0.0)
    assert matrix[("Claire Vasseur", "Nadia Benali")]["score"] == 0.5
    assert all(a < b for a, b in matrix)  # each pair once


def test_proposals(store):
    everything = rows(store, "proposals")
    marchal = pick(everything, candidate="Hugo Marchal")
    assert {r["topic"] for r in marchal} == {"free-software", "net-neutrality"}
    assert set(marchal[0]["topics"].split()) == {"free-software", "net-neutrality"}
    assert pick(everything, candidate="Nadia Benali")[0]["topic"] == ""  # no known topic
    divide = rows(store, "proposals", topic="digital-divide")
    assert [(r["candidate"], r["evidence"]) for r in divide] == [
        ("Claire Vasseur", "Je propose un plan fibre pour chaque département.")]


def test_silent(store):
    found = rows(store, "silent", topic="net-neutrality")
    assert [(r["candidate"], r["speakers"]) for r in found] == [("Paul Lemaire", 3)]
    lemaire = rows(store, "silent", candidate="Paul Lemaire")
    assert "cybercrime" not in {r["topic"] for r in lemaire}
    # Most discussed topics first: hadopi-law and net-neutrality (3 speakers each).
    assert [(r["topic"], r["speakers"]) for r in lemaire[:2]] == [("hadopi-law", 3), ("net-neutrality", 3)]
    assert lemaire[-1]["speakers"] == 0


def test_changed(store):
    found = rows(store, "changed")
    assert [(r["candidate"], r["topic"], r["before"], r["after"], r["before_date"], r["after_date"]) for r in found] == [
        ("Claire Vasseur", "global-license", "support", "oppose", "2011-09-20", "2012-02-10")]
    assert found[0]["before_evidence"] == "Une contribution créative me paraît juste."
    assert found[0]["after_evidence"] == "Je ne crois plus à la licence globale."


def test_candidates_topics_documents(store):
    candidates = {r["candidate"]: r for r in rows(store, "candidates")}
    assert set(candidates) == {"Claire Vasseur", "Hugo Marchal", "Nadia Benali", "Paul Lemaire"}
    assert (candidates["Claire Vasseur"]["positions"], candidates["Claire Vasseur"]["documents"]) == (5, 2)
    assert {r["candidate"] for r in rows(store, "candidates", party="UMP")} == {"Hugo Marchal", "Paul Lemaire"}
    topics = {r["topic"]: r for r in rows(store, "topics")}
    assert len(topics) == 13
    assert (topics["hadopi-law"]["label_en"], topics["hadopi-law"]["positions"], topics["hadopi-law"]["candidates"]) == ("Hadopi law", 4, 3)
    documents = {r["file"]: r for r in rows(store, "documents")}
    assert documents["marchal-entretien-2011.txt"]["positions"] == 5
    assert documents["vasseur-tribune-2012.txt"]["date"] == "2012-02-10"


# ------------------------------------------------------------------------------ free SPARQL


def test_run_sparql_select_ask_construct(store):
    assert run_sparql(store, "# a comment\nPREFIX s: <https://schema.org/>\nSELECT ?n WHERE { ?p s:name ?n } LIMIT 1").rows
    assert run_sparql(store, "ASK { ?s ?p ?o }").rows == [{"ask": True}]
    triples = run_sparql(store, "CONSTRUCT WHERE { ?p <https://schema.org/name> ?n }")
    assert triples.columns == ["subject", "predicate", "object"] and len(triples) >= 4


def test_run_sparql_refuses_updates(store):
    before = store.count()
    with pytest.raises(QueryError, match="updates are refused"):
        run_sparql(store, "DROP ALL")
    with pytest.raises(QueryError, match="invalid SPARQL"):
        run_sparql(store, "SELECT ?x WHERE { ?x ?p ?o } ; DROP ALL")
    assert store.count() == before


# ------------------------------------------------------------------------------ the seed, built for real


@pytest.mark.slow
def test_every_query_on_the_seed_document():
    from stancegraph.pipeline import build

    text = SEED.read_text(encoding="utf-8")
    with open_store("memory:") as store:
        summary = build([SEED], store)
        assert not summary.errors
        positions = run_query(store, "positions", {}).rows
        assert positions and {r["candidate"] for r in positions} == {"Martine Aubry"}
        hadopi = pick(positions, topic="hadopi-law")
        assert [r["stance"] for r in hadopi] == ["oppose"]
        for row in run_query(store, "positions-evidence", {}).rows:
            # Offsets point at the quote in the document text.
            assert text[row["start"]: row["end"]] == row["evidence"]
        for name in query_names():
            info = load_query(name)
            params = {p.name: {"a": "Martine Aubry", "b": "Martine Aubry", "candidate": "Martine Aubry",
                               "topic": "hadopi-law"}.get(p.name, "") for p in info.params if p.required}
            run_query(store, name, params)  # every query runs on real output
        assert rows(store, "who-opposes", topic="hadopi-law")[0]["candidate"] == "Martine Aubry"
