"""Cutting a Document into the paragraphs that get parsed.

Exchanges give the layout (question, answer, speaker); inside them, lines are paragraphs,
because headings ("Claire Martin" above her programme) and speaker labels ("C. Martin : ...")
live at paragraph level. Text that no exchange covers (a title, a lede) is prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest.segment import is_chrome, related_links
from ..models import Document


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    kind: str  # "answer" | "question" | "prose"
    exchange: int | None
    speaker: str | None  # Exchange.speaker (Q/A respondent) when the reader knew it
    # the title of a related article under "À lire aussi :": read for the people it names,
    # never for a position (nobody says it)
    link: bool = False


_LINE = re.compile(r"[^\n]+")


def _paragraphs(text: str, start: int, end: int):
    for m in _LINE.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e


def document_units(doc: Document) -> list[Unit]:
    text = doc.text
    units: list[Unit] = []
    covered: list[tuple[int, int]] = []
    qa = doc.format == "qa"
    for ex in doc.exchanges:
        if ex.question is not None:
            covered.append((ex.question.start, ex.question.end))
            for s, e in _paragraphs(text, ex.question.start, ex.question.end):
                units.append(Unit(s, e, "question", ex.index, ex.speaker))
        covered.append((ex.answer.start, ex.answer.end))
        kind = "answer" if (ex.question is not None or ex.speaker) and qa else "prose"
        for s, e in _paragraphs(text, ex.answer.start, ex.answer.end):
            # (a share bar the reader left at the end of a last answer is nobody's words)
            if kind != "answer" or not is_chrome(text[s:e]):
                units.append(Unit(s, e, kind, ex.index, ex.speaker))
    # text outside every exchange (title, lede, trailing lines) is prose
    covered.sort()
    pos = 0
    gaps = []
    for s, e in covered:
        if s > pos:
            gaps.append((pos, s))
        pos = max(pos, e)
    if pos < len(text):
        gaps.append((pos, len(text)))
    for gs, ge in gaps:
        paragraphs = list(_paragraphs(text, gs, ge))
        for (s, e), link in zip(paragraphs, related_links([text[s:e] for s, e in paragraphs])):
            if not is_chrome(text[s:e]):  # bylines, share buttons: nobody said them
                units.append(Unit(s, e, "prose", None, None, link))
    units.sort(key=lambda u: u.start)
    return units
