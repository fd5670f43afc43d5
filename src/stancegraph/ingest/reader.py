"""``read_document``: one file -> one ``Document``."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from pathlib import Path

from ..models import Document, Exchange, Speaker
from .dates import normalise_date
from .decode import DEFAULT_MAX_BYTES, decode, read_bytes
from .errors import IngestError
from .html import extract_html
from .jsonq import parse_json, parse_jsonl
from .layout import text_blocks
from .metadata import Metadata, load_sidecar, sidecar_for
from .segment import segment
from .resources import authored_genre
from .speakers import detect_speakers, name_key, party_in, resolve_label

MAX_HEADER_BLOCKS = 5  # short lines under a speech's title that may hold its byline
MAX_HEADER_CHARS = 200
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text"}
_HTML_SNIFF = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def read_document(
    path: Path | str,
    *,
    key: str | None = None,
    meta: Metadata | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one file into a Document (see the package docstring). Raises IngestError only."""
    path = Path(path)
    data = read_bytes(path, max_bytes)
    sidecar = sidecar_for(path)
    given = load_sidecar(path, sidecar) if sidecar else Metadata()
    given = given.merged(meta)
    text = decode(path, data)
    kind = _kind(path, text)
    sha = hashlib.sha256(data).hexdigest()
    name = key if key is not None else path.name

    if kind in ("json", "jsonl"):
        q = (parse_json if kind == "json" else parse_jsonl)(path, text)
        merged = q.meta.merged(given)
        detected = detect_speakers(merged.title, q.lede.text if q.lede else None)
        speakers = _speakers(merged, detected, q.item_speakers)
        respondent = merged.speaker or (detected[0].name if detected else None)
        exchanges = tuple(
            e if e.speaker or respondent is None else _with_speaker(e, respondent) for e in q.exchanges
        )
        return Document(
            path=name,
            text=q.text,
            exchanges=exchanges,
            sha256=sha,
            format="qa" if any(e.question for e in exchanges) else "prose",
            title=merged.title,
            lede=q.lede.text if q.lede else None,
            speakers=tuple(speakers),
            source_url=merged.source_url,
            date=normalise_date(merged.date) if merged.date else None,
        )

    title_is_first = None
    html_title = None
    if kind == "html":
        extracted = extract_html(text)
        text, blocks, html_title = extracted.text, extracted.blocks, extracted.title
        title_is_first = True if extracted.title_in_text else None
        if not text.strip():
            raise IngestError(path, "no text in the HTML page (only markup, scripts or navigation)")
    else:
        blocks = text_blocks(text, markdown=kind == "md")

    # Speakers come from the title and lede, which segmentation finds; the respondent's name
    # is only needed to label Q/A exchanges, so segment first and label afterwards.
    layout = segment(text, blocks, title_is_first_block=title_is_first)
    title = layout.title.text if layout.title else html_title
    lede = layout.lede.text if layout.lede else None
    # Where the speaker is introduced: title, lede, and in Q/A the rest of the introduction
    # (prose exchanges before the first question); in prose without lede, the first paragraph.
    # A parliamentary record (exchanges carry their member) has no author to look for; a
    # speech or op-ed may give its author on a short header line ("par X,").
    intro = [title, lede]
    if layout.format == "qa":
        intro += [e.answer.text for e in layout.exchanges if e.question is None][:3]
    elif any(e.speaker for e in layout.exchanges):
        pass
    else:
        if not lede and layout.exchanges:
            intro.append(layout.exchanges[0].answer.text[:400])
        if title and authored_genre(title):
            for e in layout.exchanges[:MAX_HEADER_BLOCKS]:
                if len(e.answer.text) > MAX_HEADER_CHARS:
                    break  # the text itself has started
                intro.append(e.answer.text)
    detected = detect_speakers(*intro)
    if layout.signature is not None:  # a press release's signatory, after its title's author
        detected = _merge_signature(detected, layout.signature)
    speakers = _speakers(given, detected, [])
    respondent = speakers[0].name if speakers else None
    exchanges = []
    for e in layout.exchanges:
        if layout.format == "qa" and e.question is not None:
            if e.speaker is not None:  # a label such as "NKM" or "Claire Dumontel"
                who = resolve_label(e.speaker, speakers)
                if who not in speakers:
                    speakers.append(who)
                e = _with_speaker(e, who.name)
            elif respondent:
                e = _with_speaker(e, respondent)
        exchanges.append(e)
    date = given.date or layout.date
    return Document(
        path=name,
        text=text,
        exchanges=tuple(exchanges),
        sha256=sha,
        format=layout.format,
        title=given.title or title,
        lede=lede,
        speakers=tuple(speakers),
        source_url=given.source_url,
        date=normalise_date(date) if date else None,
    )


def _kind(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "md"
    if _HTML_SNIFF.match(text[:4096]):
        return "html"  # a saved web page named .txt or without extension
    if suffix not in TEXT_SUFFIXES and text.lstrip()[:1] in ("{", "["):
        # a file named on the command line with another extension ("export.data"): JSON if
        # it parses as such; a .txt that opens with "[" stays text
        return _sniff_json(text)
    return "txt"


def _sniff_json(text: str) -> str:
    try:
        json.loads(text)
        return "json"
    except ValueError:
        pass
    try:
        lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    except ValueError:
        return "txt"
    return "jsonl" if lines and all(isinstance(line, dict) for line in lines) else "txt"


def _with_speaker(exchange: Exchange, name: str) -> Exchange:
    return replace(exchange, speaker=name)


def _merge_signature(detected: list[Speaker], signature: Speaker) -> list[Speaker]:
    """``detected`` with the signatory added, or completing the same person found earlier."""
    for i, s in enumerate(detected):
        if name_key(s.name) == name_key(signature.name):
            detected[i] = Speaker(s.name, s.role or signature.role, s.party or signature.party)
            return detected
    return [*detected, signature]


def _speakers(given: Metadata, detected: list[Speaker], extra_names: list[str]) -> list[Speaker]:
    """The user's speaker first (completed by a detection of the same name), then the rest."""
    out: list[Speaker] = []
    if given.speaker:
        same = next((s for s in detected if name_key(s.name) == name_key(given.speaker)), None)
        role = given.role or (same.role if same else None)
        party = given.party or (same.party if same else None) or party_in(given.role)
        out.append(Speaker(given.speaker, role, party))
    elif detected and (given.role or given.party):
        first = detected[0]
        detected = [Speaker(first.name, given.role or first.role, given.party or first.party), *detected[1:]]
    for s in detected:
        if all(name_key(s.name) != name_key(o.name) for o in out):
            out.append(s)
    for name in extra_names:
        if all(name_key(name) != name_key(o.name) for o in out):
            out.append(Speaker(name))
    return out
