"""Quoted passages (« », “ ”, and straight double quotes) of a paragraph, as character ranges."""

from __future__ import annotations

_PAIRS = {"«": "»", "“": "”", "„": "“"}


def quote_ranges(text: str, offset: int = 0) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight_open: int | None = None
    for i, ch in enumerate(text):
        if stack and ch == _PAIRS[stack[-1][0]]:
            _, s = stack.pop()
            if not stack:
                ranges.append((offset + s, offset + i + 1))
        elif ch in _PAIRS:
            stack.append((ch, i))
        elif ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                ranges.append((offset + straight_open, offset + i + 1))
                straight_open = None
    # an unclosed quote (excerpt cut mid-quote, or a closing mark of another type) runs to the end
    if stack:
        ranges.append((offset + stack[0][1], offset + len(text)))
    return ranges


def left_open(text: str) -> bool:
    """Whether a « opened in ``text`` is still open at its end (a quote running on into the next
    paragraph: "X déclare : « ... [paragraph] ... »")."""
    return text.count("«") > text.count("»")


def continued_quote(text: str, offset: int = 0) -> tuple[int, int] | None:
    """The range of a paragraph that a quote opened in an earlier paragraph still covers: up to
    its closing », or the whole paragraph; None when the paragraph opens its own quote."""
    if text.lstrip()[:1] in _PAIRS:
        return None  # (French usage reopens « at each paragraph of a long quote)
    depth = 1
    for i, ch in enumerate(text):
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth -= 1
            if depth == 0:
                return offset, offset + i + 1
    return offset, offset + len(text)


def inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in ranges)
