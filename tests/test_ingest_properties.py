"""Property: whatever the bytes or text, read_document returns a Document whose spans all
satisfy doc.text[start:end] == text, or raises IngestError, and nothing else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stancegraph.ingest import IngestError, read_document

SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl", ""]

# Text that looks like what the readers parse, so that the layout rules actually run:
# French words, question marks, markers, markdown and HTML bits, boilerplate lines.
PIECES = [
    "Faut-il abroger Hadopi ?", "Oui.", "Q :", "R :", "**Q:**", "# ", "> ", "- ", "**",
    "Entretien avec Claire Dumontel", ", députée (PS) de la Sarthe", "Commentaires",
    "Connectez-vous à votre compte pour participer à la conversation.", "Publié le 12 mars 2011",
    "© AFP", "Partager", "<p>", "</p>", "<script>alert(1)</script>", "<h2>", "</h2>", "<!--",
    '{"items": [{"question": "Q ?", "answer": "R."}]}', '{"answer": 1}', "\n", "\n\n", "\r\n",
    " ", "\u00a0", "«", "»", "’", "\ufeff", "\u2028", "é",
    # parliamentary records, press-release signatures, markdown emphasis at paragraph edges
    "M. le président. – ", "Mme Claire Dumontel, rapporteure. ", "M. Jean Dupont (LR). – ", "(Applaudissements.)",
    "COMMUNIQUÉ DE PRESSE", "Lucien MAIRET", "Député de la Creuse", "Contact presse : 01 23 45 67 89",
    "*", "_", "__", "Vous", "je ", "Qui paie ?",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join),
)


def check(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        try:
            doc = read_document(path)
        except IngestError as error:
            assert str(error) == f"{path}: {error.reason}" and error.reason
            return
        assert doc.format in ("qa", "prose")
        for e in doc.exchanges:
            for span in (e.answer, e.question):
                if span is not None:
                    assert doc.text[span.start:span.end] == span.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, suffix=st.sampled_from(SUFFIXES), encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_any_text_reads_or_fails_cleanly(text, suffix, encoding):
    check(text.encode(encoding, errors="surrogatepass"), suffix)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_read_or_fail_cleanly(data, suffix):
    check(data, suffix)
