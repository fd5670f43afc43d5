"""Quoted passages (« », “ ”, and straight double quotes) of a paragraph, as character ranges;
and the quotes that are nobody's words: cited titles, and terms set apart in a few words."""

from __future__ import annotations

import re

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


# A line that is only a quoted title with where it comes from: a press review's "Le Monde :
# « ... »", "ZDNET — « ... »" or "- « ... » (Libération)", a programme's "14 h — Table ronde 3 :
# « ... »", a footnote's "3. « ... », Midi libre, 18 mars 2011." (A person's name before the
# colon is a speaker's label: the attribution, not this, decides whose words those are.)
_TITLE_LINE = re.compile(r"^[ \t]*(?P<marker>(?:[-–—•*]|\d{1,3}[.)])[ \t]*)?(?:(?P<label>[^«»:\n]{1,60}?)[ \t]*(?::|[—–]|-(?=[ \t]))[ \t]*)?«[^«»\n]+»"
                         r"[ \t]*(?:(?P<source>\([^()\n]{1,60}\))|(?P<reference>,[^«»\n]{1,60}))?[ \t]*\.?[ \t]*$", re.M)


# The label of a programme's session: its time, or the kind of session
_SESSION_LABEL = re.compile(r"^\s*\d{1,2} ?h\b|\b(?:[Tt]able ronde|[Aa]telier|[Cc]onférence|[Ss]ession|[Pp]lénière)\b")


# A press review's outlet on a line of its own, in capitals ("LE MONDE", "PC INPACT", "20 MINUTES")
_OUTLET_HEADER = re.compile(r"^[ \t]*(?=[^«»\n]*[A-ZÀ-Ý])[^a-zà-ÿ«»:\n]{2,40}[ \t]*$")


def cited_titles(text: str) -> set[int]:
    """Where the quotes of cited titles open: lines that are only a quoted title with its outlet
    or label, two or more in a row (or one numbered or bulleted with its source, a footnote, or a
    programme's timed or named session, "15 h 45  Atelier : « ... »"), and
    headlines under outlets in capitals (two outlets or more, each heading bare quoted lines that
    end without a full stop: a person's quote ends with one). Those quotes are headlines and
    session titles, not anyone's words (a person they name is not speaking in the next one)."""
    lines = []  # (start of the quote, a title line, a title on its own) for each non-blank line
    headed = []  # (index in lines, start of the quote) of bare headlines under an outlet
    outlet = None  # the outlet header above the current run of bare headlines
    outlets = set()
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            m = _TITLE_LINE.match(line)
            # (a quote then ", a-t-il ajouté" is no title; after a footnote's number it is a reference)
            footnote = bool(m and m.group("marker") and (m.group("source") or m.group("reference")))
            title = footnote or bool(m and not m.group("reference") and (m.group("label") or m.group("source")))
            bare = bool(m and not title and not m.group("marker") and not m.group("label") and not m.group("reference")
                        and not line.rstrip().rstrip("»").rstrip().endswith((".", "!", "…")))
            if _OUTLET_HEADER.match(line):
                outlet = len(lines)
            elif bare and outlet is not None:
                headed.append((len(lines), pos + line.index("«")))
                outlets.add(outlet)
            else:
                outlet = None
            # (a programme's session, "15 h 45  Atelier : « ... »", is a title on its own too)
            session = title and bool(_SESSION_LABEL.search(m.group("label") or ""))
            lines.append((pos + line.index("«") if title else pos, title, footnote or session))
        pos += len(line) + 1
    found = {start for k, (start, title, alone) in enumerate(lines) if title and (
        alone or (k > 0 and lines[k - 1][1]) or (k + 1 < len(lines) and lines[k + 1][1]))}
    return found | {start for _, start in headed} if len(outlets) >= 2 else found


def quoted_term(text: str, start: int, end: int) -> bool:
    """A quote of a few words that says nothing of its own ("en « zone blanche »", "une « loi
    liberticide »"): a term the writer sets apart, not a passage someone said."""
    inner = text[start:end].strip(" «»“”„\"\u00a0")
    return len(inner.split()) <= 3 and not inner.endswith(("!", "?", ".", "…"))
