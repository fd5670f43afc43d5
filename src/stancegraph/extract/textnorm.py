"""Length-preserving normalisation of French text for matching.

``fold(text)`` returns a string of the same length as ``text`` in which every character is
lower-cased and stripped of its accent, typographic apostrophes become ``'``, non-breaking and
thin spaces become spaces and typographic hyphens become ``-``. Because the length is kept,
a match found in the folded string has the same offsets in the original text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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


_TABLE: dict[int, str] = {}  # code point -> folded character, filled as characters are met


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe/space/hyphen-normalised copy of the same length."""
    if len(text) < 48:
        return _fold_short(text)
    return _fold(text)


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:  # words and lemmas: folded again and again
    return _fold(text)


def _fold(text: str) -> str:
    for ch in set(text).difference(map(chr, _TABLE)) if len(_TABLE) < 100000 else ():
        _TABLE[ord(ch)] = fold_char(ch)
    out = text.translate(_TABLE)
    if len(out) != len(text):  # cannot happen: every entry maps one character to one
        raise AssertionError("fold changed the length of the text")
    return out


def is_quote_char(ch: str) -> bool:
    return ch in _QUOTES
