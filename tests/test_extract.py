"""The Extractor's contract, on the seed document and on texts written for these tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from stancegraph.extract import Extractor, LexiconError
from stancegraph.ingest import read_document

from test_extract_rules import make_doc

SEED = Path(__file__).resolve().parent.parent / "data" / "aubry-strategie-numerique-2011.txt"

# topic -> (polarity, phrases that the evidence of the position must contain)
SEED_POSITIONS = {
    "social-media-campaigning": ("support", ["formidable opportunité"]),
    "e-democracy": ("support", ["au service du débat démocratique"]),
    "digital-divide": ("support", ["réduire la fracture numérique"]),
    "net-neutrality": ("support", ["je défends la neutralité d'internet"]),
    "internet-censorship": ("oppose", ["l'hébergement des sites censurés"]),
    "cybercrime": ("support", ["la lutte contre la cyber-criminalité une priorité"]),
    "free-software": ("support", ["la vivacité du secteur des logiciels libres"]),
    "hadopi-law": ("oppose", ["je suis favorable à son abrogation"]),
    "copyright": ("support", ["défendre les droits des auteurs", "renforcer les droits d'auteur"]),
    "global-license": ("support", ["une contribution, forfaitaire", "fournisseurs d'accès"]),
}


@pytest.fixture(scope="module")
def seed(extractor):
    doc = read_document(SEED)
    return doc, extractor.extract(doc)


def test_seed_has_exactly_the_ten_positions(seed):
    _, x = seed
    got = {(p.holder, p.topic): p.polarity for p in x.positions}
    assert got == {("Martine Aubry", t): pol for t, (pol, _) in SEED_POSITIONS.items()}


@pytest.mark.parametrize("topic", sorted(SEED_POSITIONS))
def test_seed_quotes(seed, topic):
    doc, x = seed
    (position,) = [p for p in x.positions if p.topic == topic]
    quotes = " ".join(s.evidence.text for s in position.stances)
    for phrase in SEED_POSITIONS[topic][1]:
        assert phrase in quotes
    assert position.attribution == "said"
    assert all(s.holder == "Martine Aubry" and s.topic == topic for s in position.stances)


def test_seed_proposals_and_speaker(seed):
    _, x = seed
    texts = [p.evidence.text for p in x.proposals]
    assert any("je propose de réduire la fracture numérique" in t for t in texts)
    assert any("nous lutterons avec détermination" in t for t in texts)
    assert [s.name for s in x.speakers] == ["Martine Aubry"]


def test_offsets_are_exact(seed):
    doc, x = seed
    spans = [m.span for m in x.mentions] + [s.evidence for s in x.stances] + [p.evidence for p in x.proposals]
    assert spans
    for span in spans:
        assert doc.text[span.start:span.end] == span.text
        assert span.text == span.text.strip()
    for s in x.stances + x.proposals:
        assert 0.0 <= s.confidence <= 1.0
        assert s.extractor.name and s.extractor.version


def test_positions_aggregate_their_stances(seed):
    _, x = seed
    keys = [(p.holder, p.topic) for p in x.positions]
    assert len(keys) == len(set(keys))
    for p in x.positions:
        polarities = {s.polarity for s in p.stances}
        if p.polarity == "mixed":
            assert "mixed" in polarities or {"support", "oppose"} <= polarities
        else:
            assert polarities == {p.polarity}
    assert sorted(x.stances, key=id) == sorted((s for p in x.positions for s in p.stances), key=id)


def test_nothing_where_nobody_takes_a_position(extractor):
    text = ("Sommaire\n"
            "1. La loi Hadopi et la riposte graduée\n"
            "2. La neutralité du net\n"
            "L'Assemblée nationale a adopté mardi le blocage administratif des sites. "
            "Le texte, qui modifie la loi Hadopi, sera examiné au Sénat en janvier. "
            "Les associations dénoncent une censure d'Internet.")
    x = extractor.extract(make_doc(text))
    assert x.mentions  # the topics are there...
    assert x.positions == () and x.stances == ()  # ...but nobody named holds a position


def test_extract_many_keeps_order_and_matches_extract(extractor):
    docs = [make_doc("Claire Vasseur veut abroger la loi Hadopi."),
            make_doc("Paul Dumoulin défend la neutralité du net."),
            make_doc("Rien à signaler.")]
    many = list(extractor.extract_many(docs, batch_size=2))
    assert [x.document for x in many] == docs
    assert [x.positions for x in many] == [extractor.extract(d).positions for d in docs]


def test_import_loads_nothing():
    code = "import sys, stancegraph.extract as e; e.Extractor(); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_missing_model_is_a_clear_error():
    ex = Extractor(model="fr_no_such_model")  # constructing loads nothing
    with pytest.raises(RuntimeError, match="fr_no_such_model"):
        ex.extract(make_doc("Claire Vasseur veut abroger la loi Hadopi."))


def test_version_names_rules_and_lexicons(extractor):
    assert "stance-rules=" in extractor.version and "lexicons=" in extractor.version


def test_topics_can_be_restricted():
    ex = Extractor(topics=["hadopi-law"])
    assert {p.topic for p in ex.lexicons.patterns} == {"hadopi-law"}
    with pytest.raises(ValueError, match="no-such-topic"):
        Extractor(topics=["no-such-topic"]).lexicons


def test_explain_says_why(extractor):
    (entry,) = extractor.explain(make_doc("Claire Vasseur veut abroger la loi Hadopi."))
    assert entry["topic"] == "hadopi-law" and entry["polarity"] == "oppose"
    assert entry["holder"] == ["Claire Vasseur"] and entry["how"] == "subject"
    assert "abroger" in entry["cues"]


@pytest.fixture
def lex(tmp_path):
    """A copy of the shipped lexicons to edit."""
    from stancegraph.extract.lexicon import default_dir

    copy = tmp_path / "lexicons"
    shutil.copytree(default_dir(), copy)
    return copy


def append_row(path: Path, row: str) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(row + "\n")


def test_editing_a_lexicon_changes_the_version(lex):
    before = Extractor(lexicon_dir=lex).version
    append_row(lex / "polarity.tsv", "plébisciter\tsupport")
    assert Extractor(lexicon_dir=lex).version != before


def test_broken_lexicon_names_file_and_line(lex):
    append_row(lex / "polarity.tsv", "abolir\tabolish")
    with pytest.raises(LexiconError, match=r"polarity\.tsv:\d+: unknown kind 'abolish'"):
        Extractor(lexicon_dir=lex).lexicons


def test_word_classes_are_data_and_an_unknown_class_names_file_and_line(lex):
    # the classes the rules test membership in come from the file, folded
    classes = Extractor(lexicon_dir=lex).lexicons.word_classes
    assert {"deliberation", "amendement"} <= classes["voted_text"]
    assert "ensemble" in classes["quantity_noun"]
    append_row(lex / "word_classes.tsv", "texte_vote\tmotion")
    with pytest.raises(LexiconError, match=r"word_classes\.tsv:\d+: unknown class 'texte_vote'"):
        Extractor(lexicon_dir=lex).lexicons


def test_split_sides_are_data_and_a_bad_side_names_file_and_line(lex):
    sides = Extractor(lexicon_dir=lex).lexicons.split_sides
    assert sides["cybercrime"] == "support" and sides["hadopi-law"] == "first" and "copyright" not in sides
    append_row(lex / "split_sides.tsv", "copyright\tmixed")
    with pytest.raises(LexiconError, match=r"split_sides\.tsv:\d+: side must be support, oppose or first"):
        Extractor(lexicon_dir=lex).lexicons
