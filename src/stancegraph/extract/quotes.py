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


def inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in ranges)
