"""The development gold set (tests/gold/) is consistent: the evaluation numbers mean something
only if every row points at a real file, a real topic and a quote that is really there."""

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from stancegraph.evaluate import STANCES, evaluate, load_gold, norm_speaker
from stancegraph.topics import position_topics

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
DOCS = GOLD / "docs"
FORMATS = {"qa", "news", "speech", "press_release", "synthesis", "negative"}


@pytest.fixture(scope="module")
def index():
    return json.loads((GOLD / "files.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rows():
    return load_gold(GOLD / "gold.jsonl")


def read_doc(entry):
    return (DOCS / entry["file"]).read_bytes().decode(entry["encoding"])


def test_index_lists_exactly_the_documents(index):
    names = [e["file"] for e in index]
    assert len(names) == len(set(names))
    on_disk = {p.name for p in DOCS.iterdir() if not p.name.endswith(".meta.json")}
    assert set(names) == on_disk
    for e in index:
        assert e["format"] in FORMATS, e
        assert e["split"] in {"dev", "test"}, e
        assert e["container"] == e["file"].rsplit(".", 1)[1]


def test_every_row_points_at_an_indexed_file_and_a_scheme_topic(index, rows):
    files = {e["file"] for e in index}
    notations = set(position_topics(ROOT / "ontology" / "topics.ttl"))
    for r in rows:
        assert r["file"] in files, r
        assert r["topic"] in notations, r
        assert r["stance"] in STANCES, r
        assert r.get("confidence") in {"clear", "arguable"}, r


def test_every_evidence_string_occurs_verbatim(index, rows):
    by_name = {e["file"]: e for e in index}
    texts = {name: read_doc(e) for name, e in by_name.items()}
    missing = [(r["file"], r["evidence"]) for r in rows if r["evidence"] not in texts[r["file"]]]
    assert missing == []


def test_encodings_are_what_the_index_says(index):
    for e in index:
        raw = (DOCS / e["file"]).read_bytes()
        if e["encoding"] == "utf-8":
            raw.decode("utf-8")
        else:  # the cp1252 document must really not be UTF-8, or it tests nothing
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
    assert any(e["encoding"] == "cp1252" for e in index)


def test_speakers_and_distractors_match_the_rows(index, rows):
    speakers = {}
    for r in rows:
        speakers.setdefault(r["file"], [])
        if r["speaker"] not in speakers[r["file"]]:
            speakers[r["file"]].append(r["speaker"])
    for e in index:
        assert e["speakers"] == speakers.get(e["file"], []), e["file"]
        assert e["rows"] == sum(r["file"] == e["file"] for r in rows)
        in_gold = {norm_speaker(s) for s in e["speakers"]}
        text = read_doc(e)
        for name in e["distractors"]:
            assert norm_speaker(name) not in in_gold, (e["file"], name)
            assert name in text, (e["file"], name)


def test_negative_documents_have_no_rows(index, rows):
    negatives = {e["file"] for e in index if e["format"] == "negative"}
    assert len(negatives) >= 2
    assert not negatives & {r["file"] for r in rows}


def test_sidecars_are_valid_metadata(index):
    for e in index:
        if "meta" in e:
            meta = json.loads((DOCS / e["meta"]).read_text(encoding="utf-8"))
            assert set(meta) <= {"speaker", "role", "party", "date", "source_url", "title"}
            assert meta["speaker"] in e["speakers"]


def test_held_out_split_is_about_a_third_and_covers_every_format(index):
    test_files = [e for e in index if e["split"] == "test"]
    assert 0.25 <= len(test_files) / len(index) <= 0.45
    assert {e["format"] for e in test_files} == FORMATS


def test_coverage_of_topics_and_stances(rows):
    assert len({r["topic"] for r in rows}) == 10
    stances = Counter(r["stance"] for r in rows)
    assert all(stances[s] > 0 for s in STANCES)


def test_seed_gold_quotes_the_seed():
    seed_rows = load_gold(GOLD / "seed.gold.jsonl")
    text = (ROOT / "data" / "aubry-strategie-numerique-2011.txt").read_text(encoding="utf-8")
    assert len(seed_rows) == 10
    assert {r["speaker"] for r in seed_rows} == {"Martine Aubry"}
    assert all(r["evidence"] in text for r in seed_rows)


def test_gold_scored_against_itself_is_perfect(rows):
    # Name normalisation must not merge two different gold speakers (that would lose rows).
    report = evaluate(rows, rows)
    assert report.true_positives == len(rows)
    assert report.f1 == 1.0 and report.stance_accuracy == 1.0 and report.evidence_overlap == 1.0


def test_readme_tables_are_up_to_date(index, rows):
    spec = importlib.util.spec_from_file_location("gold_counts", GOLD / "counts.py")
    counts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(counts)
    assert counts.tables(*counts.load(GOLD)) in (GOLD / "README.md").read_text(encoding="utf-8")
