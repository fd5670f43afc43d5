"""Property-based: arbitrary French-ish text through ingest and the real spaCy extractor.

Texts mix French words, the topic scheme's own labels (so that topics are found and the
stance rules run), speaker-like names and labels ("Claire Dumontel : ..."), questions,
« » ’ ? ! and newlines, with some raw Unicode. Properties:

* ingest either reads the file or refuses it with an IngestError; extraction never raises;
* every evidence span (statements and proposals) satisfies doc.text[start:end] == quote;
* every position's holder is a non-empty name (no blank, no bare punctuation);
* the extraction maps to triples that a store accepts (one graph, replaced whole).

Settings: 60 examples for the extraction property (spaCy parses each text), deadline off.
"""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from stancegraph import rdf
from stancegraph.ingest import IngestError, read_document
from stancegraph.store import open_store

WORDS = (
    "je nous vous il elle ils le la les un une des du de à au en et mais ou donc car ne pas plus jamais "
    "soutiens défends propose refuse rejette combattrai abrogerons faut veux suis contre pour favorable "
    "opposé opposée hostile loi projet réforme gouvernement ministre député sénatrice maire candidat "
    "Internet réseau culture artistes créateurs jeunes Français liberté droit public numérique "
    "il faudra nous créerons c'est une erreur je crois que bien sûr évidemment non oui"
).split()
PUNCTUATION = [".", ",", " ?", " !", " :", " ;", " « ", " » ", "’", "'", " – ", "…", "\n", "\n\n"]
FIRST = ["Claire", "Paul", "Éloïse", "Jean-Marc", "Nadia", "Hervé", "Odile", "Lucien"]
LAST = ["Dumontel", "Girard", "Ravanel", "Koulibaly", "Lefèvre", "Sarrazin", "Mairet", "d'Estienne"]


@lru_cache(maxsize=1)
def topic_words() -> tuple[str, ...]:
    """The scheme's French labels (read on first use, not at import)."""
    from stancegraph.topics import load_scheme

    forms = set()
    for topic in load_scheme().values():
        forms.update(topic.surface_forms())
    return tuple(sorted(forms))


VERBS = ["je soutiens", "je défends", "je refuse", "je rejette", "nous abrogerons", "je suis favorable à",
         "je suis opposée à", "il faut renforcer", "je combattrai", "nous sommes contre"]
names = st.builds(lambda f, l: f"{f} {l}", st.sampled_from(FIRST), st.sampled_from(LAST))
topics = st.deferred(lambda: st.sampled_from(topic_words()))
# A claim the stance rules can read: "je défends la neutralité du net".
claims = st.builds(lambda verb, det, topic: f"{verb} {det}{topic}", st.sampled_from(VERBS),
                   st.sampled_from(["la ", "le ", "les ", "l’", ""]), topics)
pieces = st.one_of(
    claims,
    claims,
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    topics,
    st.sampled_from(PUNCTUATION),
    names,
    names.map(lambda n: f"\n{n} : "),
    names.map(lambda n: f"{n}, ministre, "),
    st.sampled_from(["Q : ", "R : ", "Faut-il abroger la loi Hadopi ?", "\nEntretien avec "]),
    st.text(max_size=6),
)
sentences = st.lists(pieces, min_size=1, max_size=30).map(lambda parts: " ".join(parts))
texts = st.lists(sentences, min_size=1, max_size=6).map("\n\n".join)


def read(text: str, suffix: str = ".txt"):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"texte{suffix}"
        path.write_text(text, encoding="utf-8")
        try:
            return read_document(path, key=path.name)
        except IngestError:
            return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(text=texts, suffix=st.sampled_from([".txt", ".md"]))
def test_extraction_on_french_like_text(extractor, text, suffix):
    doc = read(text, suffix)
    if doc is None:
        event("refused by ingest")
        return
    extraction = extractor.extract(doc)
    event(f"positions: {min(len(extraction.positions), 3)}{'+' if len(extraction.positions) >= 3 else ''}")
    for item in (*extraction.stances, *extraction.proposals):
        span = item.evidence
        assert 0 <= span.start <= span.end <= len(doc.text)
        assert doc.text[span.start:span.end] == span.text
        assert 0.0 <= item.confidence <= 1.0
    for position in extraction.positions:
        assert position.holder.strip() and any(c.isalpha() for c in position.holder), position.holder
        assert position.holder == position.holder.strip()
        assert position.stances and all(s.holder == position.holder for s in position.stances)
    # The triples go into a store as one graph (no term pyoxigraph refuses).
    store = open_store("memory:")
    store.replace_graph(rdf.document_graph(doc.path), rdf.extraction_triples(extraction))
    assert store.count() > 0


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(texts, st.text(max_size=300)))
def test_ingest_reads_or_refuses(text):
    doc = read(text)
    if doc is None:
        return
    for exchange in doc.exchanges:
        for span in (exchange.answer, exchange.question):
            if span is not None:
                assert doc.text[span.start:span.end] == span.text


def test_generated_texts_reach_the_stance_rules(extractor):
    """Guard: the strategy must produce texts in which the extractor finds positions, or the
    property above would only ever check empty extractions."""
    found = 0
    for text in [
        "Hervé Lefèvre : je soutiens la loi Hadopi.",
        "Claire Dumontel : je défends la neutralité du net !",
        "Entretien avec Paul Girard\n\nFaut-il abroger la loi Hadopi ?\n\nJe suis contre la licence globale.",
    ]:
        doc = read(text)
        found += len(extractor.extract(doc).positions)
    assert found >= 2
