"""rdf.py: deterministic IRIs, the n-ary stance shape, evidence selectors, SHACL conformance."""

from __future__ import annotations

import hashlib

import pytest
from pyoxigraph import NamedNode, RdfFormat, Store, Quad, serialize

from stancegraph import rdf
from stancegraph.models import (
    Document, Exchange, Extraction, Extractor, Position, Proposal, Span, Speaker, Stance,
)
from stancegraph.validate import validate_ntriples

TEXT = (
    "Que pensez-vous de la loi Hadopi ?\n"
    "Je suis favorable à son abrogation. Il faudra défendre les droits d'auteur.\n"
)
RULES = Extractor("test-rules", "1.0")


def _span(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span(start, start + len(quote), quote)


def make_extraction(path: str = "corpus/dumontel.txt", date: str | None = "2011-09-20") -> Extraction:
    question = _span(TEXT, "Que pensez-vous de la loi Hadopi ?")
    answer = _span(TEXT, TEXT.split("\n")[1])
    doc = Document(
        path=path, text=TEXT, exchanges=(Exchange(0, answer, question, "Claire Dumontel"),),
        sha256=hashlib.sha256(TEXT.encode()).hexdigest(), format="qa", title="Entretien",
        speakers=(Speaker("Claire Dumontel", role="députée", party="PS"),), date=date,
        source_url="https://example.org/entretien",
    )
    oppose = Stance("Claire Dumontel", "hadopi-law", "oppose", 0.9,
                    _span(TEXT, "Je suis favorable à son abrogation."), RULES, exchange=0)
    support = Stance("Claire Dumontel", "copyright", "support", 0.8,
                     _span(TEXT, "Il faudra défendre les droits d'auteur."), RULES, exchange=0)
    proposal = Proposal("Claire Dumontel", support.evidence, ("copyright",), RULES, exchange=0)
    return Extraction(
        doc, stances=(oppose, support),
        positions=(Position("Claire Dumontel", "hadopi-law", "oppose", 0.9, (oppose,)),
                   Position("Claire Dumontel", "copyright", "support", 0.8, (support,))),
        proposals=(proposal,),
    )


def _store_with(triples, graph: NamedNode) -> Store:
    store = Store()
    store.extend(Quad(t.subject, t.predicate, t.object, graph) for t in triples)
    for g, vocab in rdf.vocabulary_graphs():
        store.extend(Quad(t.subject, t.predicate, t.object, g) for t in vocab)
    return store


def test_same_extraction_gives_the_same_triples():
    assert rdf.extraction_triples(make_extraction()) == rdf.extraction_triples(make_extraction())


def test_graph_name_follows_the_document_key_not_its_content():
    assert rdf.document_graph("corpus/dumontel.txt") == rdf.document_graph("corpus/dumontel.txt")
    assert rdf.document_graph("a/x.txt") != rdf.document_graph("b/x.txt")
    assert rdf.document_graph("x.txt", base="https://example.org/kg/").value == "https://example.org/kg/graph/x.txt"
    # one graph per file: names that differ only in case or punctuation never share a graph
    keys = ["Entretien.txt", "entretien.txt", "a b.txt", "a-b.txt", "Débat.txt", "debat.txt"]
    assert len({rdf.document_graph(k) for k in keys}) == len(keys)


@pytest.mark.parametrize("name, expected", [
    ("Élie Aboud", "elie-aboud"), ("Laure de La Raudière", "laure-de-la-raudiere"),
    ("Jean-Luc Mélenchon", "jean-luc-melenchon"), ("  ", "x"),
])
def test_slug(name, expected):
    assert rdf.slug(name) == expected


def test_bad_base_iri_is_refused():
    with pytest.raises(ValueError, match="base IRI"):
        rdf.extraction_triples(make_extraction(), base="not an iri")


def test_vocabulary_is_closed():
    with pytest.raises(AttributeError, match="not a term"):
        rdf.SG.suports  # noqa: B018 - the typo must fail loudly


def test_stance_node_carries_holder_topic_polarity_evidence_and_provenance():
    store = _store_with(rdf.extraction_triples(make_extraction()), rdf.document_graph("corpus/dumontel.txt"))
    rows = list(store.query(
        """PREFIX sg: <https://w3id.org/stancegraph/ontology#> PREFIX schema: <https://schema.org/>
        PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dct: <http://purl.org/dc/terms/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?name ?notation ?pol ?exact ?start ?end ?file ?version ?date WHERE {
          ?s a sg:Stance ; sg:holder/schema:name ?name ; sg:topic/skos:notation ?notation ;
             sg:polarity ?pol ; sg:evidence ?ev ; dct:source/sg:fileName ?file ; dct:date ?date ;
             prov:wasGeneratedBy/prov:wasAssociatedWith/schema:softwareVersion ?version .
          ?ev oa:hasSelector [ oa:exact ?exact ] , [ oa:start ?start ; oa:end ?end ] .
        } ORDER BY ?notation""",
        use_default_graph_as_union=True,
    ))
    assert [(r["name"].value, r["notation"].value, r["pol"].value.rsplit("#")[1]) for r in rows] == [
        ("Claire Dumontel", "copyright", "Support"), ("Claire Dumontel", "hadopi-law", "Oppose")]
    for row in rows:
        start, end = int(row["start"].value), int(row["end"].value)
        assert TEXT[start:end] == row["exact"].value
        assert row["file"].value == "dumontel.txt" and row["version"].value == "1.0"
        assert row["date"].value == "2011-09-20"
    direct = store.query(
        "ASK { ?p <https://w3id.org/stancegraph/ontology#opposes> <https://w3id.org/stancegraph/topic/hadopi-law> }",
        use_default_graph_as_union=True)
    assert bool(direct)


def test_built_graph_conforms_to_shapes():
    triples = rdf.extraction_triples(make_extraction())
    triples += rdf.topic_scheme_triples()
    report = validate_ntriples(serialize(triples, format=RdfFormat.N_TRIPLES))
    assert report.conforms, report.text


def test_shapes_catch_a_stance_without_evidence():
    triples = [t for t in rdf.extraction_triples(make_extraction()) if t.predicate != rdf.SG.evidence]
    triples += rdf.topic_scheme_triples()
    report = validate_ntriples(serialize(triples, format=RdfFormat.N_TRIPLES))
    assert not report.conforms and report.violations >= 1


def test_topic_scheme_has_the_ten_topics_with_both_labels():
    store = Store()
    store.extend(Quad(t.subject, t.predicate, t.object, rdf.TOPICS_GRAPH) for t in rdf.topic_scheme_triples())
    rows = store.query(
        """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?n WHERE { GRAPH ?g { ?c skos:notation ?n ; skos:prefLabel ?fr , ?en .
          FILTER(lang(?fr) = "fr" && lang(?en) = "en") } }""")
    notations = {r["n"].value for r in rows}
    assert {"hadopi-law", "global-license", "copyright", "net-neutrality", "internet-censorship",
            "digital-divide", "cybercrime", "free-software", "social-media-campaigning",
            "e-democracy"} <= notations


def _best_quote(position: Position, text: str = TEXT) -> str:
    doc = Document(path="corpus/x.txt", text=text, exchanges=(), sha256="0" * 64, format="prose")
    triples = rdf.extraction_triples(Extraction(doc, stances=position.stances, positions=(position,)))
    (quote,) = [t.object.value for t in triples if t.predicate == rdf.SG.bestQuote]
    return quote


def test_best_quote_prefers_own_polarity_then_confidence_then_earliest():
    # A mixed position on the Hadopi law from three quotes: which one does `positions` show?
    text = "Abrogeons Hadopi. Gardons la riposte. Supprimons Hadopi. Hadopi est mal faite."
    first, second, third, fourth = (_span(text, q) for q in (
        "Abrogeons Hadopi.", "Gardons la riposte.", "Supprimons Hadopi.", "Hadopi est mal faite."))

    def stance(polarity, confidence, span):
        return Stance("Claire Dumontel", "hadopi-law", polarity, confidence, span, RULES)

    # the position's own polarity wins over a higher confidence
    oppose = Position("Claire Dumontel", "hadopi-law", "oppose", 0.7,
                      (stance("support", 0.95, second), stance("oppose", 0.6, third)))
    assert _best_quote(oppose, text) == "Supprimons Hadopi."
    # among its own polarity, the highest confidence (as stored, two decimals: 0.801 = 0.80)
    assert _best_quote(Position("Claire Dumontel", "hadopi-law", "oppose", 0.9, (
        stance("oppose", 0.7, first), stance("oppose", 0.9, third))), text) == "Supprimons Hadopi."
    # same confidence: the earliest in the text
    assert _best_quote(Position("Claire Dumontel", "hadopi-law", "oppose", 0.8, (
        stance("oppose", 0.801, fourth), stance("oppose", 0.8, first))), text) == "Abrogeons Hadopi."
    # a mixed position has no statement of its own polarity: confidence decides
    assert _best_quote(Position("Claire Dumontel", "hadopi-law", "mixed", 0.6, (
        stance("support", 0.6, second), stance("oppose", 0.75, fourth))), text) == "Hadopi est mal faite."
