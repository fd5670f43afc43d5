"""JSON and JSONL questionnaires -> text laid out as title, lede, then "question\\n\\nanswer".

Accepted shapes (documented for users in ``stancegraph.ingest``'s docstring):

* ``.json``: an object ``{"speaker", "role", "party", "date", "source_url", "title", "lede",
  "items": [{"question", "answer", "speaker"?}, ...]}`` (every key but ``items`` optional),
  or a bare list of items.
* ``.jsonl``: one JSON object per line; a line with ``answer`` is an item, a line without
  ``question`` nor ``answer`` is a header with the document keys above. Blank lines are skipped.

An item's ``answer`` is a string or a list of strings (paragraphs, joined by a blank line);
``question`` may be missing or null (then the answer is a prose block).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..models import Exchange, Span
from .errors import IngestError
from .metadata import Metadata, metadata_from_mapping

DOC_KEYS = frozenset({*Metadata.keys(), "lede", "items"})
ITEM_KEYS = frozenset({"question", "answer", "speaker"})


@dataclass
class Questionnaire:
    text: str
    title: Span | None
    lede: Span | None
    exchanges: list[Exchange]
    meta: Metadata
    item_speakers: list[str]  # distinct per-item speakers, in order


def _json_error(path: Path, exc: json.JSONDecodeError, line_offset: int = 0) -> IngestError:
    return IngestError(
        path, f"invalid JSON at line {exc.lineno + line_offset} column {exc.colno}: {exc.msg}"
    )


def parse_json(path: Path, text: str) -> Questionnaire:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _json_error(path, exc) from None
    except RecursionError:
        raise IngestError(path, "invalid JSON: nested too deeply") from None
    if isinstance(data, list):
        data = {"items": data}
    if not isinstance(data, dict):
        raise IngestError(path, f"expected a JSON object or a list of items, got {type(data).__name__}")
    unknown = sorted(set(data) - DOC_KEYS)
    if unknown:
        raise IngestError(path, f"unknown key {unknown[0]!r} (known: {', '.join(sorted(DOC_KEYS))})")
    if "items" not in data:
        raise IngestError(path, "no 'items' list of questions and answers")
    items = data["items"]
    if not isinstance(items, list):
        raise IngestError(path, f"'items' must be a list, got {type(items).__name__}")
    header = {k: v for k, v in data.items() if k not in ("items", "lede")}
    meta = metadata_from_mapping(header, path, "questionnaire")
    lede = _string(path, data.get("lede"), "'lede'")
    return _layout(path, meta, lede, [(f"item {i + 1}", item) for i, item in enumerate(items)])


def parse_jsonl(path: Path, text: str) -> Questionnaire:
    header: dict = {}
    items: list[tuple[str, object]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(path, f"invalid JSON at line {number} column {exc.colno}: {exc.msg}") from None
        except RecursionError:
            raise IngestError(path, f"invalid JSON at line {number}: nested too deeply") from None
        if not isinstance(data, dict):
            raise IngestError(path, f"line {number}: expected a JSON object, got {type(data).__name__}")
        if "answer" in data or "question" in data:
            items.append((f"line {number}", data))
        else:
            unknown = sorted(set(data) - DOC_KEYS)
            if unknown:
                raise IngestError(path, f"line {number}: unknown key {unknown[0]!r}")
            header.update(data)
    lede = _string(path, header.pop("lede", None), "'lede'")
    header.pop("items", None)
    meta = metadata_from_mapping(header, path, "questionnaire header")
    return _layout(path, meta, lede, items)


def _string(path: Path, value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise IngestError(path, f"{where} must be a string, got {type(value).__name__}")
    return value.strip() or None


def _answer_text(path: Path, value: object, where: str) -> str | None:
    if isinstance(value, list):
        parts = [_string(path, v, f"{where}: 'answer' paragraphs") for v in value]
        return "\n\n".join(p for p in parts if p) or None
    return _string(path, value, f"{where}: 'answer'")


def _layout(path: Path, meta: Metadata, lede: str | None, items: list[tuple[str, object]]) -> Questionnaire:
    pieces: list[str] = []
    pos = 0

    def add(piece: str) -> Span:
        nonlocal pos
        if pieces:
            pieces.append("\n\n")
            pos += 2
        start = pos
        pieces.append(piece)
        pos += len(piece)
        return Span(start, pos, piece)

    title = add(meta.title) if meta.title else None
    lede_span = add(lede) if lede else None
    exchanges: list[Exchange] = []
    speakers: list[str] = []
    for where, item in items:
        if not isinstance(item, dict):
            raise IngestError(path, f"{where}: expected an object with 'question' and 'answer', got {type(item).__name__}")
        unknown = sorted(set(item) - ITEM_KEYS)
        if unknown:
            raise IngestError(path, f"{where}: unknown key {unknown[0]!r} (known: answer, question, speaker)")
        if "answer" not in item:
            raise IngestError(path, f"{where}: missing 'answer'")
        question = _string(path, item.get("question"), f"{where}: 'question'")
        answer = _answer_text(path, item["answer"], where)
        speaker = _string(path, item.get("speaker"), f"{where}: 'speaker'")
        if answer is None:
            continue  # an unanswered question says nothing about anyone
        q_span = add(question) if question else None
        a_span = add(answer)
        if speaker and speaker not in speakers:
            speakers.append(speaker)
        # An item's own speaker; the others get the document's respondent from the reader,
        # once the sidecar and the caller's metadata are merged in.
        exchanges.append(Exchange(index=len(exchanges), answer=a_span, question=q_span, speaker=speaker))
    if not exchanges:
        raise IngestError(path, "no answered question in the questionnaire")
    return Questionnaire("".join(pieces), title, lede_span, exchanges, meta, speakers)
