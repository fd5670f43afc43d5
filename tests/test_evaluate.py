"""Scores of stancegraph.evaluate on small hand-made rows; every expected number is worked out
by hand in the test so a reader can check it."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancegraph.evaluate import evaluate, format_report, load_gold, load_split, norm_speaker


def g(file, speaker, topic, stance, evidence="x", confidence="clear"):
    return {"file": file, "speaker": speaker, "topic": topic, "stance": stance,
            "evidence": evidence, "confidence": confidence}


def p(file, candidate, topic, stance, evidence="x", confidence=0.8):
    return {"file": file, "candidate": candidate, "topic": topic, "stance": stance,
            "evidence": evidence, "confidence": confidence}


GOLD = [
    g("a.txt", "Claire Dumontel", "hadopi-law", "oppose"),
    g("a.txt", "Claire Dumontel", "net-neutrality", "support"),
    g("b.txt", "Bertrand Lagache", "hadopi-law", "support", confidence="arguable"),
]


def test_two_of_three_found_one_false_positive():
    pred = [
        p("corpus/a.txt", "Claire Dumontel", "hadopi_law", "oppose"),
        p("a.txt", "Claire Dumontel", "net-neutrality", "mixed"),
        p("b.txt", "Jeanne Morel", "hadopi-law", "oppose"),
    ]
    r = evaluate(pred, GOLD)
    # detection: TP 2, FP 1, FN 1 -> P 2/3, R 2/3, F1 2/3
    assert (r.true_positives, r.false_positive_count, r.false_negative_count) == (2, 1, 1)
    assert r.precision == pytest.approx(2 / 3)
    assert r.recall == pytest.approx(0.667, abs=1e-3)
    assert r.f1 == pytest.approx(2 / 3)
    # only the 'clear' gold rows: both of a.txt found -> 1.0
    assert r.recall_clear == 1.0
    # stance: 1 right of 2 matched
    assert r.stance_accuracy == 0.5
    assert r.end_to_end_recall == pytest.approx(1 / 3)
    assert r.end_to_end_precision == pytest.approx(1 / 3)
    # labels among matched rows: gold {oppose, support}, predicted {oppose, mixed}
    # F1(oppose)=2*1/(2+0+0)=1, F1(support)=0 (fn 1), F1(mixed)=0 (fp 1) -> macro 1/3
    assert r.stance_labels == ["support", "oppose", "mixed"]
    assert r.stance_macro_f1 == pytest.approx(1 / 3)
    assert r.confusion["support"]["mixed"] == 1
    assert r.confusion["oppose"]["oppose"] == 1
    assert sum(sum(row.values()) for row in r.confusion.values()) == 2
    assert [d["speaker"] for d in r.false_positives] == ["Jeanne Morel"]
    assert [d["speaker"] for d in r.false_negatives] == ["Bertrand Lagache"]
    assert r.stance_errors[0]["predicted_stance"] == "mixed"


def test_per_topic_and_per_file_tables():
    pred = [
        p("a.txt", "Claire Dumontel", "hadopi-law", "oppose"),
        p("b.txt", "Jeanne Morel", "hadopi-law", "oppose"),
        p("b.txt", "Bertrand Lagache", "hadopi-law", "oppose"),
    ]
    r = evaluate(pred, GOLD)
    topics = {t.topic: t for t in r.by_topic}
    # hadopi: gold 2 (a Dumontel, b Lagache), both found, 1 right stance, 1 FP (Morel)
    assert (topics["hadopi-law"].gold, topics["hadopi-law"].found,
            topics["hadopi-law"].right_stance, topics["hadopi-law"].false_positives) == (2, 2, 1, 1)
    assert (topics["net-neutrality"].gold, topics["net-neutrality"].found) == (1, 0)
    files = {f.file: f for f in r.by_file}
    assert (files["a.txt"].gold, files["a.txt"].predicted, files["a.txt"].false_negatives) == (2, 1, 1)
    assert (files["b.txt"].gold, files["b.txt"].predicted, files["b.txt"].false_positives) == (1, 2, 1)


def test_speaker_names_fold_accents_case_and_hyphens_but_not_initials():
    gold = [g("c.txt", "Élie Dumas-Ferrand", "copyright", "support"),
            g("c.txt", "Laure de La Vergne", "copyright", "support"),
            g("c.txt", "Nicolas Dupont-Aignan", "copyright", "support")]
    pred = [p("c.txt", "Elie dumas ferrand", "copyright", "support"),
            p("c.txt", "Laure de la Vergne", "copyright", "support"),
            p("c.txt", "N. Dupont-Aignan", "copyright", "support")]
    r = evaluate(pred, gold)
    assert r.true_positives == 2
    assert [d["speaker"] for d in r.false_positives] == ["N. Dupont-Aignan"]
    assert norm_speaker("Cœur  d’Alène") == norm_speaker("coeur d'alene")


def test_duplicate_keys_keep_most_confident_row():
    pred = [
        p("a.txt", "Claire Dumontel", "hadopi-law", "support", confidence=0.4),
        p("a.txt", "claire dumontel", "hadopi_law", "oppose", confidence=0.9),
        p("a.txt", "Claire Dumontel", "hadopi-law", "mixed", confidence=0.5),
    ]
    r = evaluate(pred, GOLD)
    assert r.duplicate_rows == 2
    assert r.predicted_rows == 1
    assert r.stance_accuracy == 1.0


def test_topics_outside_gold_are_counted_not_scored():
    pred = [p("a.txt", "Claire Dumontel", "hadopi-law", "oppose"),
            p("a.txt", "Claire Dumontel", "open-data", "support"),
            p("a.txt", "Claire Dumontel", "personal_data", "support")]
    r = evaluate(pred, GOLD)
    assert r.out_of_scope_rows == 2
    assert r.false_positive_count == 0
    assert r.precision == 1.0
    # an explicit topic set overrides: score only hadopi (gold: 2 rows) -> recall 1/2
    r2 = evaluate(pred, GOLD, topics={"hadopi_law"})
    assert r2.gold_rows == 2 and r2.recall == 0.5 and r2.out_of_scope_rows == 2


def test_a_gold_of_negative_documents_only_counts_every_predicted_row():
    # texts that state no position, scored with an empty gold file: any row found is false
    pred = [p("agenda.txt", "Jeanne Morel", "copyright", "support")]
    r = evaluate(pred, [], files=["agenda.txt", "bio.txt"])
    assert r.negative_documents == {"agenda.txt": 1}
    assert r.clean_negative_documents == ["bio.txt"]
    assert r.false_positive_count == 1


def test_negative_documents_and_file_scope():
    pred = [p("a.txt", "Claire Dumontel", "hadopi-law", "oppose"),
            p("bio.txt", "Jeanne Morel", "copyright", "support"),
            p("bio.txt", "Jeanne Morel", "hadopi-law", "support"),
            p("other.txt", "Paul Verdier", "hadopi-law", "support")]
    r = evaluate(pred, GOLD)
    assert r.negative_documents == {"bio.txt": 1, "other.txt": 1}  # copyright is not a gold topic
    assert r.false_positive_count == 2
    # restricting to a split: other.txt is not part of it, so its row does not count
    assert r.clean_negative_documents == []
    r2 = evaluate(pred, GOLD, files=["a.txt", "bio.txt", "agenda.txt"])
    assert r2.negative_documents == {"bio.txt": 1}
    assert r2.clean_negative_documents == ["agenda.txt"]
    assert "1 predicted row(s) in files outside the scored files were ignored" in format_report(r2)
    assert "Negative documents (no gold row): 2, 1 without predictions, 1 with" in format_report(r2)
    assert r2.gold_rows == 2  # b.txt's gold row is outside the split
    assert r2.recall == 0.5 and r2.precision == 0.5


def test_no_predictions_gives_zero_recall_and_undefined_precision():
    r = evaluate([], GOLD)
    assert r.recall == 0.0 and r.precision is None and r.f1 is None
    assert r.stance_accuracy is None and r.stance_macro_f1 is None
    assert len(r.false_negatives) == 3
    text = format_report(r)
    assert "n/a" in text and "Missed gold rows (3)" in text


def test_evidence_overlap_with_and_without_text():
    text = "Intro. Je suis favorable à son abrogation pure et simple. Fin."
    gold = [g("d.txt", "Claire Dumontel", "hadopi-law", "oppose", evidence="favorable à son abrogation"),
            g("d.txt", "Claire Dumontel", "copyright", "support", evidence="Intro.")]
    pred = [p("d.txt", "Claire Dumontel", "hadopi-law", "oppose",
              evidence="Je suis favorable à son abrogation pure et simple."),
            p("d.txt", "Claire Dumontel", "copyright", "support", evidence="Fin.")]
    r = evaluate(pred, gold, texts={"d.txt": text})
    assert r.evidence_checked == 2 and r.evidence_overlap == 0.5
    r2 = evaluate(pred, gold)  # without the text: shared passage of >= 20 chars
    assert r2.evidence_overlap == 0.5


def test_format_report_text_and_json():
    pred = [p("a.txt", "Claire Dumontel", "hadopi-law", "oppose", evidence="abroger l'Hadopi"),
            p("z.txt", "Jeanne Morel", "hadopi-law", "support", evidence="garder la riposte graduée")]
    r = evaluate(pred, GOLD)
    text = format_report(r, "text")
    assert "\x1b[" not in text
    assert "precision 0.500" in text and "recall 0.333" in text
    assert "garder la riposte graduée" in text  # false positives show their evidence
    assert "z.txt: 1 row(s)" in text
    data = json.loads(format_report(r, "json"))
    assert data["true_positives"] == 1 and data["negative_documents"] == {"z.txt": 1}
    with pytest.raises(ValueError, match="unknown report format"):
        format_report(r, "html")


def test_load_gold_reads_rows_and_names_bad_lines(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD[0], ensure_ascii=False) + "\n\n" + json.dumps(GOLD[2]) + "\n", encoding="utf-8")
    rows = load_gold(path)
    assert [r["speaker"] for r in rows] == ["Claire Dumontel", "Bertrand Lagache"]

    path.write_text(json.dumps(GOLD[0]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl:2: invalid JSON"):
        load_gold(path)
    path.write_text(json.dumps({**GOLD[0], "stance": "pour"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r":1: unknown stance 'pour'"):
        load_gold(path)
    path.write_text(json.dumps({**GOLD[0], "evidence": ""}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing or empty key.*evidence"):
        load_gold(path)
    dup = {**GOLD[0], "speaker": "claire  DUMONTEL", "topic": "hadopi_law"}
    path.write_text(json.dumps(GOLD[0]) + "\n" + json.dumps(dup) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r":2: duplicate row.*first at line 1"):
        load_gold(path)
    with pytest.raises(ValueError, match="gold file not found"):
        load_gold(tmp_path / "missing.jsonl")


def test_predicted_row_without_speaker_is_an_error():
    with pytest.raises(ValueError, match="predicted row 0: missing key.*speaker"):
        evaluate([{"file": "a.txt", "topic": "hadopi-law", "stance": "oppose"}], GOLD)


def test_load_split_selects_files_of_one_split(tmp_path):
    path = tmp_path / "files.json"
    path.write_text(json.dumps([{"file": "a.txt", "split": "dev"}, {"file": "bio.txt", "split": "dev"},
                                {"file": "b.txt", "split": "test"}]), encoding="utf-8")
    assert load_split(path, "dev") == ["a.txt", "bio.txt"]
    assert load_split(path) == ["a.txt", "bio.txt", "b.txt"]
    with pytest.raises(ValueError, match="no file in split 'train'.*dev, test"):
        load_split(path, "train")
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="files.json: invalid JSON"):
        load_split(path)


_rows = st.lists(
    st.tuples(st.sampled_from(["a.txt", "b.txt"]), st.sampled_from(["Claire Dumontel", "Jeanne Morel", "Paul Verdier"]),
              st.sampled_from(["hadopi-law", "copyright", "open-data"]),
              st.sampled_from(["support", "oppose", "mixed", "neutral"])),
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(gold_rows=_rows, pred_rows=_rows)
def test_counts_always_add_up(gold_rows, pred_rows):
    gold = list({(f, s, t): g(f, s, t, st_) for f, s, t, st_ in gold_rows}.values())
    pred = [p(f, s, t, st_) for f, s, t, st_ in pred_rows]
    r = evaluate(pred, gold)
    assert r.true_positives + r.false_negative_count == r.gold_rows == len(gold)
    assert r.true_positives + r.false_positive_count == r.predicted_rows
    assert r.predicted_rows + r.out_of_scope_rows + r.duplicate_rows == len(pred)
    assert sum(sum(row.values()) for row in r.confusion.values()) == r.true_positives
    assert sum(t.false_positives for t in r.by_topic) == r.false_positive_count
    assert sum(f.found for f in r.by_file) == r.true_positives
    for value in (r.precision, r.recall, r.f1, r.stance_accuracy, r.stance_macro_f1, r.end_to_end_recall):
        assert value is None or 0.0 <= value <= 1.0
    if r.recall is not None and r.end_to_end_recall is not None:
        assert r.end_to_end_recall <= r.recall
    # scoring the gold against itself is always perfect
    if gold:
        assert evaluate(gold, gold).end_to_end_recall == 1.0
