"""Length-preserving normalisation of French text for matching.

``fold(text)`` returns a string of the same length as ``text`` in which every character is
lower-cased and stripped of its accent, typographic apostrophes become ``'``, non-breaking and
thin spaces become spaces and typographic hyphens become ``-``. Because the length is kept,
a match found in the folded string has the same offsets in the original text.
"""

from __future__ import annotations

import unicodedata

_APOSTROPHES = "\u2019\u2018\u02bc\u00b4\u0060\u2032"
_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003"
_HYPHENS = "\u2010\u2011\u2012\u2013\u00ad"
_QUOTES = "«»“”„‟\"‹›"


def fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _SPACES:
        return " "
    if ch in _HYPHENS:
        return "-"
    low = ch.lower()
    if len(low) != 1:
        return ch
    base = unicodedata.normalize("NFD", low)[0]
    return base if base.isascii() or unicodedata.category(base)[0] == "L" else low


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe/space/hyphen-normalised copy of the same length."""
    out = "".join(fold_char(c) for c in text)
    assert len(out) == len(text)
    return out


def is_quote_char(ch: str) -> bool:
    return ch in _QUOTES
