"""Plain text or markdown -> paragraphs (``Block``s) with character offsets.

The text is never changed: a block is a (start, end) range of the original string, trimmed
of surrounding whitespace and, for markdown, of its markup (``#``, ``>``, list bullets,
``**...**`` or ``*...*`` around a whole paragraph, and an emphasis marker that opens or closes
the paragraph: ``**Non.** Je le crois.`` gives ``Non.** Je le crois.``), so that quoting a block
quotes the source exactly and no span starts or ends with markup. Markup inside a paragraph
stays (offsets must point into the file), and so does the markup of the inner paragraphs of a
span that covers several (``> `` of a quoted paragraph in the middle of an answer).

A paragraph is a non-blank line; a line that starts in lower case right after a line that
does not end a sentence continues it (hard-wrapped text). Blank lines always end a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Block kinds: "text", "heading" (markdown #, HTML h1-h6), "bold" (a paragraph that is all
# bold), "quote" (> or <blockquote>), "item" (list item), "question"/"answer" (set by the
# reader of JSON questionnaires, or by Q:/R: markers in segment.py).


@dataclass
class Block:
    start: int
    end: int
    kind: str = "text"
    level: int = 0  # heading level (1 = title), 0 otherwise
    order: int = 0  # position among all blocks before boilerplate removal (adjacency test)
    label: str | None = None  # "NKM" in "NKM : ...": who speaks, in labelled interviews


_SENTENCE_END = re.compile(r"[.!?…:;»\"”)\]*_]\s*$")
_LOWER_START = re.compile(r"[a-zà-öø-ÿœæ]")
_MD_HEADING = re.compile(r"(#{1,6})[ \t]+")
_MD_QUOTE = re.compile(r">[ \t]?")
_MD_ITEM = re.compile(r"(?:[-*+•]|\d{1,3}[.)])[ \t]+")
_MD_RULE = re.compile(r"(?:[-*_][ \t]*){3,}")
_MD_BOLD_PARAGRAPH = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1", re.DOTALL)
_MD_ITALIC_PARAGRAPH = re.compile(r"([*_])(?=[^\s*_])((?:(?!\1).)+?)(?<=[^\s*_])\1", re.DOTALL)
_MD_OPENING = re.compile(r"(?:\*\*|__|\*|_)(?=[^\s*_])")
_MD_CLOSING = re.compile(r"(?<=[^\s*_])(?:\*\*|__|\*|_)$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _trim_emphasis_edges(text: str, block: Block) -> None:
    """Leave out an emphasis marker opening or closing a paragraph ("**Non.** Je ...")."""
    opening = _MD_OPENING.match(text, block.start, block.end)
    if opening:
        block.start = opening.end()
    closing = _MD_CLOSING.search(text, block.start, block.end)
    if closing:
        block.end = closing.start()
    block.start, block.end = _trim(text, block.start, block.end)


def is_bold_paragraph(text: str, block: Block) -> bool:
    """The paragraph is all in markdown bold ("**...**"), even in a file not read as markdown."""
    return _MD_BOLD_PARAGRAPH.fullmatch(text, block.start, block.end) is not None


def text_blocks(text: str, *, markdown: bool = False) -> list[Block]:
    """Paragraph blocks of ``text`` in order."""
    blocks: list[Block] = []
    current: Block | None = None  # the paragraph being extended by continuation lines
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        start, end = _trim(text, line_start, pos)
        if start == end:  # blank line
            current = None
            continue
        kind, level = "text", 0
        if markdown:
            body = text[start:end]
            heading = _MD_HEADING.match(body)
            quote = _MD_QUOTE.match(body)
            item = _MD_ITEM.match(body)
            if _MD_RULE.fullmatch(body):
                current = None
                continue
            if heading:
                kind, level = "heading", len(heading.group(1))
                start += heading.end()
                end = start + len(body[heading.end():].rstrip("# \t"))
                start, end = _trim(text, start, end)
            elif quote:
                kind = "quote"
                start, end = _trim(text, start + quote.end(), end)
            elif item:
                kind = "item"
                start, end = _trim(text, start + item.end(), end)
            if start == end:
                current = None
                continue
        continues = (
            current is not None
            and (kind == "text" or kind == current.kind == "quote")
            and current.kind != "heading"
            and not _SENTENCE_END.search(text, current.start, current.end)
            and _LOWER_START.match(text, start) is not None
        )
        if continues:
            current.end = end
            continue
        current = Block(start, end, kind, level)
        blocks.append(current)
        if kind == "heading":
            current = None
    if markdown:
        for block in blocks:
            bold = _MD_BOLD_PARAGRAPH.fullmatch(text, block.start, block.end)
            if bold and block.kind in ("text", "item"):
                block.start, block.end = _trim(text, bold.start(2), bold.end(2))
                block.kind = "bold"
                continue
            # An italic paragraph (a lede, a signature) is text: only its markers go.
            italic = _MD_ITALIC_PARAGRAPH.fullmatch(text, block.start, block.end)
            if italic:
                block.start, block.end = _trim(text, italic.start(2), italic.end(2))
                continue
            _trim_emphasis_edges(text, block)
    for i, block in enumerate(blocks):
        block.order = i
    return blocks
