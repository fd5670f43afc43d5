"""Score extracted positions against a gold file.

Pure functions over plain dicts: the only I/O is :func:`load_gold`. Both sides are rows with
``file``, ``speaker`` (predicted rows may say ``candidate``), ``topic``, ``stance`` and
``evidence``. A row is identified by its key ``(file, speaker, topic)`` after normalisation:

* file: base name only (``corpus/a.txt`` == ``a.txt``), so gold files need not know where the
  corpus was stored;
* topic: lower case, ``_`` == ``-`` (the devset's ``hadopi_law`` == the scheme's ``hadopi-law``);
* speaker: case-, accent-, hyphen-, apostrophe- and space-insensitive ("Elie" == "Élie",
  "de la Raudière" == "de La Raudière", "Jean-Luc" == "Jean Luc"). Initials are *not*
  expanded: "N. Dupont-Aignan" does not match "Nicolas Dupont-Aignan", because a graph needs
  one node per person and the extractor is expected to resolve full names.

Scores, in the order a reader needs them:

* detection precision / recall / F1 on the key (did we find that this person took a position
  on this topic in this file?);
* on matched keys only: stance accuracy, macro-F1 and a confusion matrix. Macro-F1 averages
  the per-label F1 over the labels that occur among the matched rows, on the gold or on the
  predicted side. A label absent from both would score 0/0; leaving it out keeps the average
  about what the data can show (the devset has almost no ``neutral`` rows) rather than
  penalising or rewarding a label nobody used;
* end-to-end recall: gold rows found with the right stance / all gold rows (and the matching
  end-to-end precision), the single number a user cares about;
* per-topic and per-file tables, the false positives (with their evidence), the false
  negatives, the stance errors, and the "negative documents": scored files without any gold
  row that nevertheless got predictions.

Only topics present in the gold rows are scored by default, so that a scheme richer than the
gold set does not turn every extra topic into a false positive; predictions outside the
scored topics are counted, not scored.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Iterable

STANCES: tuple[str, ...] = ("support", "oppose", "mixed", "neutral")
GOLD_REQUIRED = ("file", "speaker", "topic", "stance", "evidence")
GOLD_CONFIDENCE = ("clear", "arguable")

Key = tuple[str, str, str]


# ---------------------------------------------------------------------------- normalisation


def norm_file(value: str) -> str:
    return str(value).replace("\\", "/").rsplit("/", 1)[-1].strip()


def norm_topic(value: str) -> str:
    return str(value).strip().lower().replace("_", "-")


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def norm_speaker(value: str) -> str:
    """Fold case, accents and punctuation: "Élie  Aboud" and "elie-aboud" -> "elie aboud"."""
    decomposed = unicodedata.normalize("NFKD", str(value))
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    # œ/æ have no decomposition; spell them out so "Cœur" == "Coeur".
    ascii_only = ascii_only.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    return _NOT_ALNUM.sub(" ", ascii_only.lower()).strip()


def norm_stance(value: Any) -> str:
    return str(value or "").strip().lower()


def _confidence(value: Any) -> float:
    """Numeric confidence for tie-breaking; gold-style labels map to an order, junk to 0."""
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        label = {"clear": 1.0, "arguable": 0.5}.get(value.strip().lower())
        if label is not None:
            return label
        try:
            return float(value)
        except ValueError:
            return 0.0
    return 0.0


def row_key(row: dict) -> Key:
    speaker = row.get("speaker") or row.get("candidate")
    return (norm_file(row["file"]), norm_speaker(speaker), norm_topic(row["topic"]))


# ---------------------------------------------------------------------------- loading


def load_gold(path: str | Path) -> list[dict]:
    """Read a gold JSONL file: one object per line with file, speaker, topic, stance, evidence.

    Optional keys (confidence, note, ...) are kept. Raises ``ValueError`` naming the file and
    line for invalid JSON, a missing key, an unknown stance, or two rows with the same key.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ValueError(f"{path}: gold file not found") from None
    except UnicodeDecodeError as err:
        raise ValueError(f"{path}: gold file is not UTF-8 ({err.reason} at byte {err.start})") from None
    rows: list[dict] = []
    seen: dict[Key, int] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}:{lineno}: invalid JSON: {err.msg}") from None
        if not isinstance(row, dict):
            raise ValueError(f"{path}:{lineno}: expected a JSON object, got {type(row).__name__}")
        missing = [k for k in GOLD_REQUIRED if not isinstance(row.get(k), str) or not row[k].strip()]
        if missing:
            raise ValueError(f"{path}:{lineno}: missing or empty key(s): {', '.join(missing)}")
        if norm_stance(row["stance"]) not in STANCES:
            raise ValueError(
                f"{path}:{lineno}: unknown stance {row['stance']!r} (expected one of {', '.join(STANCES)})"
            )
        key = row_key(row)
        if key in seen:
            raise ValueError(
                f"{path}:{lineno}: duplicate row for ({row['file']}, {row['speaker']}, {row['topic']}),"
                f" first at line {seen[key]}"
            )
        seen[key] = lineno
        rows.append(row)
    return rows


def load_split(index_path: str | Path, split: str | None = None) -> list[str]:
    """File names listed in a gold-set index (``files.json``: a list of ``{"file", "split", ...}``).

    ``split`` ("dev", "test", ...) keeps one split; None keeps all. Pass the result as
    ``evaluate(..., files=...)`` so the split's negative documents are scored and the other
    split's files are not.
    """
    path = Path(index_path)
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: gold index not found") from None
    except json.JSONDecodeError as err:
        raise ValueError(f"{path}: invalid JSON at line {err.lineno}: {err.msg}") from None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "file" in e for e in entries):
        raise ValueError(f"{path}: expected a list of objects with a 'file' key")
    if split is None:
        return [e["file"] for e in entries]
    known = sorted({str(e.get("split")) for e in entries})
    if split not in known:
        raise ValueError(f"{path}: no file in split {split!r} (splits: {', '.join(known)})")
    return [e["file"] for e in entries if e.get("split") == split]


# ---------------------------------------------------------------------------- report


@dataclass
class TopicScore:
    topic: str
    gold: int = 0
    found: int = 0
    right_stance: int = 0
    false_positives: int = 0


@dataclass
class FileScore:
    file: str
    gold: int = 0
    predicted: int = 0
    found: int = 0
    right_stance: int = 0
    false_positives: int = 0
    false_negatives: int = 0


@dataclass
class Report:
    topics: list[str]
    gold_rows: int
    predicted_rows: int  # predicted rows scored (after de-duplication and topic/file scope)
    out_of_scope_rows: int  # predicted rows on a topic that is not scored
    duplicate_rows: int  # predicted rows dropped because another row had the same key
    true_positives: int
    false_positive_count: int
    false_negative_count: int
    precision: float | None
    recall: float | None
    f1: float | None
    recall_clear: float | None  # detection recall on gold rows marked "clear"
    stance_correct: int
    stance_accuracy: float | None
    stance_macro_f1: float | None
    stance_labels: list[str]  # labels the macro-F1 averages over
    stance_f1_by_label: dict[str, float]
    confusion: dict[str, dict[str, int]]  # confusion[gold][predicted]
    end_to_end_recall: float | None
    end_to_end_precision: float | None
    end_to_end_f1: float | None
    by_topic: list[TopicScore]
    by_file: list[FileScore]
    false_positives: list[dict]
    false_negatives: list[dict]
    stance_errors: list[dict]
    negative_documents: dict[str, int]  # file without gold rows -> predicted rows in it
    clean_negative_documents: list[str]  # scored files without gold rows nor predictions
    evidence_overlap: float | None = None  # share of matched rows whose evidence overlaps gold
    evidence_checked: int = 0
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def _dedupe(predicted: Iterable[dict]) -> tuple[dict[Key, dict], int]:
    """Keep one predicted row per key: the most confident (first one on ties)."""
    best: dict[Key, dict] = {}
    dropped = 0
    for index, row in enumerate(predicted):
        if not isinstance(row, dict):
            raise ValueError(f"predicted row {index}: expected a dict, got {type(row).__name__}")
        missing = [k for k in ("file", "topic") if row.get(k) in (None, "")]
        if row.get("speaker") in (None, "") and row.get("candidate") in (None, ""):
            missing.append("speaker/candidate")
        if missing:
            raise ValueError(f"predicted row {index}: missing key(s): {', '.join(missing)}")
        key = row_key(row)
        if key in best:
            dropped += 1
            if _confidence(row.get("confidence")) <= _confidence(best[key].get("confidence")):
                continue
        best[key] = row
    return best, dropped


def _overlaps(pred_evidence: str, gold_evidence: str, text: str | None) -> bool:
    """Does the predicted quote cover part of the gold quote?

    With the document text, compare character intervals (any occurrence of each). Without it,
    fall back to a shared passage of at least 20 characters (or the whole shorter quote).
    """
    pred_evidence, gold_evidence = pred_evidence.strip(), gold_evidence.strip()
    if not pred_evidence or not gold_evidence:
        return False
    if text is not None:
        gold_spans = [(m.start(), m.start() + len(gold_evidence)) for m in re.finditer(re.escape(gold_evidence), text)]
        pred_spans = [(m.start(), m.start() + len(pred_evidence)) for m in re.finditer(re.escape(pred_evidence), text)]
        if gold_spans and pred_spans:
            return any(ps < ge and gs < pe for ps, pe in pred_spans for gs, ge in gold_spans)
    a, b = pred_evidence.casefold(), gold_evidence.casefold()
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= min(20, len(a), len(b))


def evaluate(
    predicted: list[dict],
    gold: list[dict],
    *,
    topics: set[str] | None = None,
    files: Iterable[str] | None = None,
    texts: dict[str, str] | None = None,
) -> Report:
    """Compare predicted position rows with gold rows.

    ``topics``: topics to score (any notation style); default = the topics of the gold rows, or
    with no gold row at all (negative documents only) every predicted topic.
    ``files``: restrict scoring to these files (e.g. one split of the gold set, including its
    negative documents); default = every file that appears on either side, so a predicted file
    without gold rows counts as a negative document.
    ``texts``: optional ``{file name: text}`` for the evidence overlap check; without it the
    check compares the quotes themselves.
    """
    if topics is not None:
        scored_topics = {norm_topic(t) for t in topics}
    elif gold:
        scored_topics = {norm_topic(r["topic"]) for r in gold}
    else:
        # a gold file of negative documents only: every predicted row is a false one (scoping
        # to the gold's topics would leave none in scope and call the documents clean)
        scored_topics = {norm_topic(r["topic"]) for r in predicted}
    file_scope = {norm_file(f) for f in files} if files is not None else None
    text_by_file = {norm_file(k): v for k, v in (texts or {}).items()}

    def in_files(key: Key) -> bool:
        return file_scope is None or key[0] in file_scope

    gold_by_key: dict[Key, dict] = {}
    for index, row in enumerate(gold):
        key = row_key(row)
        if key in gold_by_key:
            raise ValueError(f"gold row {index}: duplicate key {key}")
        if key[2] in scored_topics and in_files(key):
            gold_by_key[key] = row

    best, duplicates = _dedupe(predicted)
    out_of_scope = sum(1 for k in best if k[2] not in scored_topics and in_files(k))
    pred_by_key = {k: r for k, r in best.items() if k[2] in scored_topics and in_files(k)}

    matched = [k for k in gold_by_key if k in pred_by_key]
    fn_keys = [k for k in gold_by_key if k not in pred_by_key]
    fp_keys = [k for k in pred_by_key if k not in gold_by_key]

    # Stance on matched rows.
    labels_seen: set[str] = set()
    confusion: dict[str, dict[str, int]] = {}
    correct = 0
    stance_errors = []
    for k in matched:
        g, p = norm_stance(gold_by_key[k]["stance"]), norm_stance(pred_by_key[k].get("stance"))
        labels_seen.update((g, p))
        confusion.setdefault(g, {})
        confusion[g][p] = confusion[g].get(p, 0) + 1
        if g == p:
            correct += 1
        else:
            stance_errors.append(_describe(k, gold_by_key[k], pred_by_key[k]))
    label_order = [s for s in STANCES if s in labels_seen] + sorted(labels_seen - set(STANCES))
    all_labels = list(STANCES) + [lbl for lbl in label_order if lbl not in STANCES]
    full_confusion = {g: {p: confusion.get(g, {}).get(p, 0) for p in all_labels} for g in all_labels}
    f1_by_label = {}
    for lbl in label_order:
        tp = full_confusion[lbl][lbl]
        fp = sum(full_confusion[g][lbl] for g in all_labels) - tp
        fn = sum(full_confusion[lbl].values()) - tp
        f1_by_label[lbl] = 2 * tp / (2 * tp + fp + fn)
    macro = sum(f1_by_label.values()) / len(f1_by_label) if f1_by_label else None

    # Evidence overlap, a side number: a right key with an unrelated quote is a weak result.
    overlap_hits = 0
    checked = 0
    for k in matched:
        pe, ge = pred_by_key[k].get("evidence"), gold_by_key[k].get("evidence")
        if isinstance(pe, str) and isinstance(ge, str):
            checked += 1
            overlap_hits += _overlaps(pe, ge, text_by_file.get(k[0]))

    # Tables.
    by_topic = {t: TopicScore(t) for t in sorted(scored_topics)}
    files_all = sorted({k[0] for k in gold_by_key} | {k[0] for k in pred_by_key} | (file_scope or set()))
    by_file = {f: FileScore(f) for f in files_all}
    for k in gold_by_key:
        by_topic[k[2]].gold += 1
        by_file[k[0]].gold += 1
    for k in pred_by_key:
        by_file[k[0]].predicted += 1
    for k in matched:
        right = norm_stance(gold_by_key[k]["stance"]) == norm_stance(pred_by_key[k].get("stance"))
        for score in (by_topic[k[2]], by_file[k[0]]):
            score.found += 1
            score.right_stance += right
    for k in fp_keys:
        by_topic[k[2]].false_positives += 1
        by_file[k[0]].false_positives += 1
    for k in fn_keys:
        by_file[k[0]].false_negatives += 1

    gold_files = {k[0] for k in gold_by_key}
    negative_docs = {f: s.predicted for f, s in by_file.items() if f not in gold_files and s.predicted}

    clear_keys = [k for k, r in gold_by_key.items() if str(r.get("confidence", "clear")).lower() == "clear"]
    precision = _ratio(len(matched), len(pred_by_key))
    recall = _ratio(len(matched), len(gold_by_key))
    e2e_recall = _ratio(correct, len(gold_by_key))
    e2e_precision = _ratio(correct, len(pred_by_key))
    # Only files named in `files` can be clean negatives: otherwise nothing says they were read.
    clean_negatives = sorted(f for f, s in by_file.items() if f not in gold_files and not s.predicted)
    notes: list[str] = []
    outside_files = sum(1 for k in best if not in_files(k))
    if outside_files:
        notes.append(f"{outside_files} predicted row(s) in files outside the scored files were ignored")
    return Report(
        topics=sorted(scored_topics),
        gold_rows=len(gold_by_key),
        predicted_rows=len(pred_by_key),
        out_of_scope_rows=out_of_scope,
        duplicate_rows=duplicates,
        true_positives=len(matched),
        false_positive_count=len(fp_keys),
        false_negative_count=len(fn_keys),
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        recall_clear=_ratio(sum(1 for k in clear_keys if k in pred_by_key), len(clear_keys)),
        stance_correct=correct,
        stance_accuracy=_ratio(correct, len(matched)),
        stance_macro_f1=macro,
        stance_labels=label_order,
        stance_f1_by_label=f1_by_label,
        confusion=full_confusion,
        end_to_end_recall=e2e_recall,
        end_to_end_precision=e2e_precision,
        end_to_end_f1=_f1(e2e_precision, e2e_recall),
        by_topic=list(by_topic.values()),
        by_file=list(by_file.values()),
        false_positives=[_describe(k, None, pred_by_key[k]) for k in sorted(fp_keys)],
        false_negatives=[_describe(k, gold_by_key[k], None) for k in sorted(fn_keys)],
        stance_errors=sorted(stance_errors, key=lambda d: (d["file"], d["speaker"], d["topic"])),
        negative_documents=negative_docs,
        clean_negative_documents=clean_negatives,
        evidence_overlap=_ratio(overlap_hits, checked),
        evidence_checked=checked,
        notes=notes,
    )


def _describe(key: Key, gold_row: dict | None, pred_row: dict | None) -> dict:
    """A row for the error lists, with the names as written (not normalised)."""
    source = gold_row if gold_row is not None else pred_row
    speaker = source.get("speaker") or source.get("candidate")
    out = {"file": key[0], "speaker": speaker, "topic": key[2]}
    if gold_row is not None:
        out["gold_stance"] = norm_stance(gold_row["stance"])
        out["gold_evidence"] = gold_row.get("evidence")
    if pred_row is not None:
        out["predicted_stance"] = norm_stance(pred_row.get("stance"))
        out["predicted_evidence"] = pred_row.get("evidence")
        out["confidence"] = pred_row.get("confidence")
    return out


# ---------------------------------------------------------------------------- formatting


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _table(headers: list[str], rows: list[list[Any]]) -> list[str]:
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def line(r: list[str]) -> str:
        # First column left-aligned (names), numbers right-aligned.
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip()

    return [line(cells[0]), "  ".join("-" * w for w in widths)] + [line(r) for r in cells[1:]]


def _clip(text: Any, width: int = 110) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_report(report: Report, fmt: str = "text") -> str:
    """Render a report as a plain-text terminal report or as JSON."""
    if fmt == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    if fmt != "text":
        raise ValueError(f"unknown report format {fmt!r} (expected 'text' or 'json')")
    r = report
    out = [
        "Extraction quality",
        "==================",
        f"scored topics: {len(r.topics)} ({', '.join(r.topics)})",
        f"gold rows: {r.gold_rows}   predicted rows scored: {r.predicted_rows}"
        f"   outside scored topics: {r.out_of_scope_rows}   duplicates dropped: {r.duplicate_rows}",
        "",
        "Detection of (file, speaker, topic)",
        f"  found {r.true_positives} of {r.gold_rows} gold rows; {r.false_positive_count} false positives,"
        f" {r.false_negative_count} missed",
        f"  precision {_pct(r.precision)}   recall {_pct(r.recall)}   F1 {_pct(r.f1)}"
        f"   (recall on 'clear' rows {_pct(r.recall_clear)})",
        "",
        "Stance on matched rows",
        f"  accuracy {_pct(r.stance_accuracy)} ({r.stance_correct}/{r.true_positives})"
        f"   macro-F1 {_pct(r.stance_macro_f1)} over {', '.join(r.stance_labels) or 'no labels'}",
        "",
        "End to end (right key and right stance)",
        f"  recall {_pct(r.end_to_end_recall)} ({r.stance_correct}/{r.gold_rows})"
        f"   precision {_pct(r.end_to_end_precision)}   F1 {_pct(r.end_to_end_f1)}",
    ]
    if r.evidence_checked:
        out.append(
            f"  evidence overlapping the gold quote: {_pct(r.evidence_overlap)} of {r.evidence_checked} matched rows"
        )
    out += ["", "Confusion (rows: gold, columns: predicted)"]
    labels = [lbl for lbl in r.confusion]
    out += ["  " + s for s in _table(["gold \\ pred"] + labels, [[g] + [r.confusion[g][p] for p in labels] for g in labels])]
    out += ["", "By topic"]
    out += [
        "  " + s
        for s in _table(
            ["topic", "gold", "found", "right stance", "FP"],
            [[t.topic, t.gold, t.found, t.right_stance, t.false_positives] for t in r.by_topic],
        )
    ]
    out += ["", "By file"]
    out += [
        "  " + s
        for s in _table(
            ["file", "gold", "pred", "found", "right", "FP", "FN"],
            [[f.file, f.gold, f.predicted, f.found, f.right_stance, f.false_positives, f.false_negatives] for f in r.by_file],
        )
    ]
    n_negative = len(r.negative_documents) + len(r.clean_negative_documents)
    if n_negative:
        out += ["", f"Negative documents (no gold row): {n_negative}, {len(r.clean_negative_documents)} without"
                f" predictions, {len(r.negative_documents)} with"]
        out += [f"  {f}: {n} row(s)" for f, n in sorted(r.negative_documents.items())]
    if r.false_positives:
        out += ["", f"False positives ({len(r.false_positives)})"]
        for d in r.false_positives:
            out.append(f"  {d['file']} | {d['speaker']} | {d['topic']} | {d['predicted_stance']}")
            out.append(f"      « {_clip(d.get('predicted_evidence'))} »")
    if r.false_negatives:
        out += ["", f"Missed gold rows ({len(r.false_negatives)})"]
        for d in r.false_negatives:
            out.append(f"  {d['file']} | {d['speaker']} | {d['topic']} | {d['gold_stance']}")
            out.append(f"      « {_clip(d.get('gold_evidence'))} »")
    if r.stance_errors:
        out += ["", f"Wrong stance ({len(r.stance_errors)})"]
        for d in r.stance_errors:
            out.append(
                f"  {d['file']} | {d['speaker']} | {d['topic']} | gold {d['gold_stance']}, predicted {d['predicted_stance']}"
            )
            out.append(f"      predicted « {_clip(d.get('predicted_evidence'))} »")
    for note in r.notes:
        out += ["", f"note: {note}"]
    return "\n".join(out) + "\n"
