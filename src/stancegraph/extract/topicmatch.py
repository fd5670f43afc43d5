"""Finding topic mentions: surface forms of the SKOS scheme plus paraphrase patterns.

Matching runs over the folded text (see textnorm), so case, accents, typographic apostrophes,
non-breaking spaces and plurals do not matter, and offsets are those of the original text.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import TopicPattern


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    topic: str
    valence: int
    default: str | None
    source: str


def find_mentions(folded: str, patterns: tuple[TopicPattern, ...], start: int = 0, end: int | None = None) -> list[Match]:
    """Non-overlapping topic matches in ``folded[start:end]``, longest first, in text order."""
    end = len(folded) if end is None else end
    found: list[Match] = []
    for p in patterns:
        for m in p.regex.finditer(folded, start, end):
            if m.end() > m.start():
                found.append(Match(m.start(), m.end(), p.topic, p.valence, p.default, p.source))
    # longest match wins; among equal spans, patterns from files (with valence/default) win
    # over bare scheme labels because they carry more information
    found.sort(key=lambda m: (-(m.end - m.start), m.source == "scheme", m.start))
    kept: list[Match] = []
    for m in found:
        if any(m.start < k.end and k.start < m.end for k in kept):
            continue
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)
