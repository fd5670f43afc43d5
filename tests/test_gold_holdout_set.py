"""The hold-out gold sets (tests/gold-holdout/, gold-holdout2/ … gold-holdout7/) are
consistent: their scores mean something only if every row points at a real file, a scheme
topic and a quote that ingest really produces. Every test runs once per set."""

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from stancegraph.evaluate import STANCES, load_gold, norm_speaker
from stancegraph.ingest import read_document
from stancegraph.topics import position_topics

ROOT = Path(__file__).resolve().parents[1]
# The first sets were tuned on after they were written; the last is the fresh one. All must stay
# consistent, since any may be used to report a number.
SETS = ("gold-holdout", "gold-holdout2", "gold-holdout3", "gold-holdout4", "gold-holdout5",
        "gold-holdout6", "gold-holdout7", "gold-holdout8", "gold-holdout9", "gold-holdout10", "gold-holdout11", "gold-holdout12",
        "gold-holdout13", "gold-holdout14", "gold-holdout15", "gold-holdout16",
        "gold-holdout17", "gold-holdout18", "gold-holdout19", "gold-holdout20", "gold-holdout21",
        "gold-holdout22", "gold-holdout23", "gold-holdout24", "gold-holdout25", "gold-holdout26", "gold-holdout27",
        "gold-holdout28", "gold-holdout29", "gold-holdout30", "gold-holdout31", "gold-holdout32", "gold-holdout33",
        "gold-holdout34", "gold-holdout35", "gold-holdout36", "gold-holdout37", "gold-holdout38",
        "gold-holdout39", "gold-holdout40", "gold-holdout41", "gold-holdout42", "gold-holdout43",
        "gold-holdout44", "gold-holdout45", "gold-holdout46", "gold-holdout47", "gold-holdout48",
        "gold-holdout49", "gold-holdout50", "gold-holdout51", "gold-holdout52", "gold-holdout53",
        "gold-holdout54", "gold-holdout55", "gold-holdout56", "gold-holdout57", "gold-holdout58",
        "gold-holdout59", "gold-holdout60", "gold-holdout61", "gold-holdout62", "gold-holdout63",
        "gold-holdout64", "gold-holdout65", "gold-holdout66", "gold-holdout67", "gold-holdout68", "gold-holdout69",
        "gold-holdout70", "gold-holdout71", "gold-holdout72", "gold-holdout73", "gold-holdout74", "gold-holdout75",
        "gold-holdout76", "gold-holdout77", "gold-holdout78", "gold-holdout79", "gold-holdout80", "gold-holdout81",
        "gold-holdout82", "gold-holdout83", "gold-holdout84", "gold-holdout85", "gold-holdout86", "gold-holdout87",
        "gold-holdout88", "gold-holdout89", "gold-holdout90", "gold-holdout91", "gold-holdout92", "gold-holdout93",
        "gold-holdout94", "gold-holdout95", "gold-holdout96", "gold-holdout97", "gold-holdout98", "gold-holdout99",
        "gold-holdout100", "gold-holdout101", "gold-holdout102", "gold-holdout103", "gold-holdout104", "gold-holdout105",
        "gold-holdout106", "gold-holdout107", "gold-holdout108", "gold-holdout109", "gold-holdout110", "gold-holdout111",
        "gold-holdout112", "gold-holdout113", "gold-holdout114", "gold-holdout115", "gold-holdout116", "gold-holdout117",
        "gold-holdout118", "gold-holdout119", "gold-holdout120", "gold-holdout121", "gold-holdout122", "gold-holdout123",
        "gold-holdout124", "gold-holdout125", "gold-holdout126", "gold-holdout127", "gold-holdout128", "gold-holdout129",
        "gold-holdout130", "gold-holdout131", "gold-holdout132", "gold-holdout133", "gold-holdout134", "gold-holdout135",
        "gold-holdout136", "gold-holdout137", "gold-holdout138", "gold-holdout139", "gold-holdout140", "gold-holdout141",
        "gold-holdout142", "gold-holdout143", "gold-holdout144", "gold-holdout145", "gold-holdout146", "gold-holdout147",
        "gold-holdout148", "gold-holdout149", "gold-holdout150", "gold-holdout151", "gold-holdout152", "gold-holdout153",
        "gold-holdout154", "gold-holdout155", "gold-holdout156", "gold-holdout157", "gold-holdout158", "gold-holdout159",
        "gold-holdout160", "gold-holdout161", "gold-holdout162", "gold-holdout163", "gold-holdout164", "gold-holdout165",
        "gold-holdout166", "gold-holdout167", "gold-holdout168", "gold-holdout169", "gold-holdout170", "gold-holdout171",
        "gold-holdout172", "gold-holdout173", "gold-holdout174", "gold-holdout175", "gold-holdout176", "gold-holdout177",
        "gold-holdout178", "gold-holdout179", "gold-holdout180", "gold-holdout181", "gold-holdout182", "gold-holdout183",
        "gold-holdout184", "gold-holdout185", "gold-holdout186", "gold-holdout187", "gold-holdout188", "gold-holdout189",
        "gold-holdout190", "gold-holdout191", "gold-holdout192", "gold-holdout193", "gold-holdout194", "gold-holdout195",
        "gold-holdout196", "gold-holdout197", "gold-holdout198", "gold-holdout199", "gold-holdout200", "gold-holdout201",
        "gold-holdout202", "gold-holdout203", "gold-holdout204", "gold-holdout205", "gold-holdout206", "gold-holdout207",
        "gold-holdout208", "gold-holdout209", "gold-holdout210", "gold-holdout211", "gold-holdout212", "gold-holdout213",
        "gold-holdout214", "gold-holdout215", "gold-holdout216", "gold-holdout217", "gold-holdout218", "gold-holdout219",
        "gold-holdout220", "gold-holdout221", "gold-holdout222", "gold-holdout223", "gold-holdout224", "gold-holdout225",
        "gold-holdout226", "gold-holdout227", "gold-holdout228", "gold-holdout229", "gold-holdout230", "gold-holdout231",
        "gold-holdout232", "gold-holdout233", "gold-holdout234", "gold-holdout235", "gold-holdout236", "gold-holdout237",
        "gold-holdout238", "gold-holdout239", "gold-holdout240", "gold-holdout241", "gold-holdout242", "gold-holdout243",
        "gold-holdout244", "gold-holdout245", "gold-holdout246", "gold-holdout247", "gold-holdout248", "gold-holdout249",
        "gold-holdout250", "gold-holdout251", "gold-holdout252", "gold-holdout253", "gold-holdout254", "gold-holdout255",
        "gold-holdout256", "gold-holdout257", "gold-holdout258", "gold-holdout259", "gold-holdout260", "gold-holdout261",
        "gold-holdout262", "gold-holdout263", "gold-holdout264", "gold-holdout265", "gold-holdout266", "gold-holdout267",
        "gold-holdout268", "gold-holdout269", "gold-holdout270", "gold-holdout271", "gold-holdout272", "gold-holdout273",
        "gold-holdout274", "gold-holdout275", "gold-holdout276", "gold-holdout277", "gold-holdout278", "gold-holdout279",
        "gold-holdout280", "gold-holdout281", "gold-holdout282", "gold-holdout283", "gold-holdout284", "gold-holdout285",
        "gold-holdout286", "gold-holdout287", "gold-holdout288", "gold-holdout289", "gold-holdout290", "gold-holdout291")
FORMATS = {"qa", "news", "speech", "press_release", "synthesis", "negative"}


@pytest.fixture(scope="module", params=SETS)
def holdout(request):
    return ROOT / "tests" / request.param


@pytest.fixture(scope="module")
def index(holdout):
    return json.loads((holdout / "files.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rows(holdout):
    return load_gold(holdout / "gold.jsonl")


@pytest.fixture(scope="module")
def texts(holdout, index):
    # The extractor sees the text as ingest decodes it (HTML chrome removed, etc.), so the
    # evidence must be found there, not merely in the raw bytes.
    return {e["file"]: read_document(holdout / "docs" / e["file"]).text for e in index}


def test_index_lists_exactly_the_documents_on_disk(holdout, index):
    docs = holdout / "docs"
    names = [e["file"] for e in index]
    assert len(names) == len(set(names))
    assert set(names) == {p.name for p in docs.iterdir()}
    for e in index:
        assert (docs / e["file"]).is_file(), e["file"]
        assert e["format"] in FORMATS, e
        assert e["split"] == "holdout", e
        assert e["container"] == e["file"].rsplit(".", 1)[1], e


def test_every_row_points_at_an_indexed_file_and_a_scheme_topic(index, rows):
    files = {e["file"] for e in index}
    notations = set(position_topics(ROOT / "ontology" / "topics.ttl"))
    for r in rows:
        assert r["file"] in files, r
        assert r["topic"] in notations, r
        assert r["stance"] in STANCES, r
        assert r.get("confidence") in {"clear", "arguable"}, r


def test_one_row_per_file_speaker_topic(rows):
    keys = Counter((r["file"], norm_speaker(r["speaker"]), r["topic"]) for r in rows)
    assert [k for k, n in keys.items() if n > 1] == []


def test_every_evidence_string_occurs_verbatim_in_the_ingested_text(rows, texts):
    missing = [(r["file"], r["evidence"]) for r in rows if r["evidence"] not in texts[r["file"]]]
    assert missing == []


def test_speakers_and_distractors_match_the_rows(index, rows, texts):
    for e in index:
        in_order = list(dict.fromkeys(r["speaker"] for r in rows if r["file"] == e["file"]))
        assert e["speakers"] == in_order, e["file"]
        assert e["rows"] == sum(r["file"] == e["file"] for r in rows), e["file"]
        in_gold = {norm_speaker(s) for s in e["speakers"]}
        for name in e["distractors"]:
            assert norm_speaker(name) not in in_gold, (e["file"], name)
            assert name in texts[e["file"]], (e["file"], name)


def test_negative_documents_have_no_rows(index, rows):
    negatives = {e["file"] for e in index if e["format"] == "negative"}
    assert negatives
    assert not negatives & {r["file"] for r in rows}


def test_covers_every_topic_stance_and_format(index, rows):
    assert len({r["topic"] for r in rows}) == 10
    stances = Counter(r["stance"] for r in rows)
    assert all(stances[s] > 0 for s in STANCES)
    assert {e["format"] for e in index} == FORMATS


def test_readme_tables_are_up_to_date(holdout):
    spec = importlib.util.spec_from_file_location("gold_holdout_counts", ROOT / "tests" / "gold_holdout_counts.py")
    counts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(counts)
    assert counts.tables(*counts.load(holdout)) in (holdout / "README.md").read_text(encoding="utf-8")


# Each fresh set against everything written before it (and possibly tuned on since).
# Each set was written after the ones before it in SETS (8 and 9 together, with surnames from
# disjoint halves of the alphabet; 13 to 16 together, each with its own quarter;
# 17 and 18 together, each with its own half), so it must share no person with any of them.
FRESH = [(name, ["gold", *SETS[:i]]) for i, name in enumerate(SETS) if i > 0]


@pytest.mark.parametrize("fresh_name,earlier", FRESH, ids=[f for f, _ in FRESH])
def test_fresh_set_shares_no_person_with_earlier_sets(fresh_name, earlier):
    # A name the extractor has met while being tuned (as speaker or distractor) would make the
    # fresh set easier than the hidden one; surnames are enough to catch a reused person.
    fresh = json.loads((ROOT / "tests" / fresh_name / "files.json").read_text(encoding="utf-8"))
    surnames = {n.split()[-1] for e in fresh for n in e["speakers"] + e["distractors"]}
    tuned = [ROOT / "tests" / d for d in earlier] + [ROOT / "notebooks" / "sample-corpus"]
    seen = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for d in tuned for p in sorted(d.rglob("*")) if p.is_file())
    assert sorted(s for s in surnames if s in seen) == []
