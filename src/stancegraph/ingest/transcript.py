"""Parliamentary records: paragraphs opened by a speaker tag ("M. Arnaud Vigneron. ...",
"Mme Claire Roche, rapporteure. – ...", "M. le président. ...") -> who speaks in each
paragraph.

A record is prose, not a questionnaire, even when a member asks a question and another
answers: each paragraph is one exchange whose speaker is the member named by the last tag
(full name as given, without "M."/"Mme"), or None after a role without a name ("M. le
président", "Mme la ministre"), which a reader cannot attribute. The exchange covers the
whole paragraph, tag included (``Tag.end`` says where the spoken words start). Tags are
regexes in ``data/transcript_tags.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .layout import Block
from .resources import data_lines
from .speakers import NAME_WORD, PARTICLE

MIN_TAGS = 2  # tagged paragraphs needed to read a document as a record

# One to four capitalised words (a surname alone is allowed: "M. Castel." in some records).
_TAG_NAME = rf"(?P<name>{NAME_WORD}(?:\s+{PARTICLE}?{NAME_WORD}|\s*{PARTICLE}{NAME_WORD}){{0,3}})"
# The tag ends with a period (and the end of its bold in markdown: "**M. Jean Dupont.** –"),
# then an optional dash, then the speech.
_TAG_END = r"\s*\.(?:\*\*|__)?(?:[ \t\u00a0]*[–—-])?[ \t\u00a0]+(?=\S)"
# A stage direction such as "(Applaudissements sur les bancs du groupe SRC.)" is said by nobody.
_STAGE_DIRECTION = re.compile(r"\([^()]*\)\.?")


@dataclass(frozen=True)
class Tag:
    end: int  # where the spoken words start
    name: str | None  # None for a role without a name
    role: str | None
    party: str | None
    strong: bool  # cannot be an ordinary sentence (no role, a dash, or a role-only tag)


@cache
def _tag_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(line.replace("{NAME}", _TAG_NAME).replace("{END}", _TAG_END))
        for line in data_lines("transcript_tags.txt")
    )


def find_tag(text: str, block: Block) -> Tag | None:
    for pattern in _tag_patterns():
        match = pattern.match(text, block.start, block.end)
        if match is None:
            continue
        groups = match.groupdict()
        name, role = groups.get("name"), groups.get("role")
        dash = bool(re.search(r"[–—-]\s*$", text[match.start():match.end()]))
        # "M. Dupont, qui préside la commission, a dit ..." in a news paragraph looks like a
        # named tag with a role; a bare name, a dash or a role-only tag does not occur there.
        strong = name is None or role is None or dash
        return Tag(match.end(), name, role.strip() if role else None, groups.get("party"), strong)
    return None


def transcript_turns(text: str, blocks: list[Block]) -> list[tuple[Block, str | None, Tag | None]] | None:
    """(block, speaker, tag) for each block if ``blocks`` read as a parliamentary record,
    else None. A block without a tag continues the turn of the last tag before it."""
    tags = [find_tag(text, b) if b.kind in ("text", "item") else None for b in blocks]
    found = [t for t in tags if t is not None]
    if len(found) < MIN_TAGS or not any(t.strong for t in found):
        return None
    turns = []
    speaker = None
    for block, tag in zip(blocks, tags):
        if tag is not None:
            speaker = tag.name
            turns.append((block, speaker, tag))
        elif _STAGE_DIRECTION.fullmatch(text, block.start, block.end):
            turns.append((block, None, None))
        else:
            turns.append((block, speaker, None))
    return turns
