"""Texts that name politicians and topics but state no position (tests/negatives/: press
reviews, programmes, explainers, notices, FAQs...) yield no position at all: a user must be able
to drop such pages into a corpus without the graph inventing sides."""

import json
from pathlib import Path

import pytest

from stancegraph.ingest import read_document

NEGATIVES = Path(__file__).resolve().parent / "negatives"
FILES = [entry["file"] for entry in json.loads((NEGATIVES / "files.json").read_text(encoding="utf-8"))]


def test_the_index_lists_exactly_the_documents_on_disk():
    assert sorted(FILES) == sorted(p.name for p in (NEGATIVES / "docs").iterdir())


@pytest.mark.parametrize("name", FILES)
def test_a_text_that_states_no_position_yields_none(extractor, name):
    doc = read_document(NEGATIVES / "docs" / name)
    found = extractor.extract(doc).positions
    assert [(p.holder, p.topic, p.polarity) for p in found] == []
