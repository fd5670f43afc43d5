"""Loading the ingest data files (patterns, parties, dates) once, on first use.

Nothing is read at import time: each loader is cached and runs when a reader first needs it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_PACKAGE = "stancegraph.ingest"


def data_lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of ``data/<name>``, right-stripped."""
    text = resources.files(_PACKAGE).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        line = line.rstrip()
        if line.strip() and not line.lstrip().startswith("#"):
            lines.append(line)
    return lines


def sections(name: str) -> dict[str, list[str]]:
    """Lines of a data file grouped under ``[section]`` headers."""
    out: dict[str, list[str]] = {}
    current = ""
    for line in data_lines(name):
        header = re.fullmatch(r"\[(\w+)\]", line.strip())
        if header:
            current = header.group(1)
            out.setdefault(current, [])
        else:
            out.setdefault(current, []).append(line.strip())
    return out


@cache
def boilerplate() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """(cut patterns, drop patterns) from ``boilerplate.txt``."""
    groups = sections("boilerplate.txt")
    compile_ = lambda pats: tuple(re.compile(p, re.IGNORECASE) for p in pats)  # noqa: E731
    return compile_(groups.get("cut", [])), compile_(groups.get("drop", []))


@cache
def qa_markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(question marker, answer marker), each matching at a paragraph's start, with the
    optional markdown emphasis around the marker and the spaces after it."""
    groups = sections("qa_markers.txt")

    def build(pats: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(f"(?:{p})" for p in pats)
        return re.compile(
            rf"(?:\*\*|__|\*|_)?\s*(?:{alternatives})\s*(?:\*\*|__|\*|_)?\s*", re.IGNORECASE
        )

    return build(groups["question"]), build(groups["answer"])


@cache
def interview_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words of a question addressed to someone, first-person words of an answer), each a
    pattern finding one of the words of ``qa_markers.txt`` [addressed] / [first_person]."""
    groups = sections("qa_markers.txt")

    def build(words: list[str]) -> re.Pattern[str]:
        # a word ending with an apostrophe ("j'") is followed by anything; the others are whole words
        alternatives = "|".join(
            re.escape(w) if w.endswith(("'", "’")) else rf"{re.escape(w)}\b" for w in words
        )
        return re.compile(rf"(?<![\w])(?:{alternatives})", re.IGNORECASE)

    return build(groups["addressed"]), build(groups["first_person"])


@cache
def interview_announce() -> re.Pattern[str]:
    """Words of a title or lede announcing an interview (``qa_markers.txt`` [announce])."""
    words = sections("qa_markers.txt")["announce"]
    return re.compile(rf"(?<![\w])(?:{'|'.join(words)})\b", re.IGNORECASE)


@cache
def not_labels() -> frozenset[str]:
    """Words that open a paragraph with a colon without naming a speaker (lower case)."""
    return frozenset(w.casefold() for w in sections("qa_markers.txt").get("not_label", []))


@cache
def _authored_genres() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data_lines("authored_genres.txt")), re.IGNORECASE)


def authored_genre(title: str) -> bool:
    """Whether ``title`` says the text is its author's own words (``authored_genres.txt``)."""
    return _authored_genres().search(title) is not None


@cache
def not_names() -> frozenset[str]:
    """Capitalised words never part of a person's name (``not_names.txt``)."""
    return frozenset(line.strip() for line in data_lines("not_names.txt"))


@cache
def parties() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(acronym, pattern) pairs; the pattern finds the acronym or one of its names."""
    out = []
    for line in data_lines("parties.tsv"):
        acronym, _, aliases = line.partition("\t")
        names = [a.strip() for a in aliases.split("|") if a.strip()]
        parts = [rf"(?-i:\b{re.escape(acronym)}\b)"]
        for alias in names:
            if alias.isupper() or (len(alias) <= 5 and not alias.islower()):
                parts.append(rf"(?-i:\b{re.escape(alias)}\b)")
            else:
                parts.append(rf"\b{re.escape(alias)}\b")
        out.append((acronym, re.compile("|".join(parts), re.IGNORECASE)))
    return tuple(out)


@cache
def months() -> dict[str, int]:
    """French month (and weekday, value 0) names in lower case -> month number."""
    out = {}
    for line in data_lines("dates.tsv"):
        name, _, number = line.partition("\t")
        out[name.strip().lower()] = int(number)
    return out


@cache
def html_drop() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """(tags to drop, class/id token patterns to drop) from ``html_drop.txt``."""
    tags, tokens = set(), []
    for line in data_lines("html_drop.txt"):
        kind, _, value = line.partition(":")
        if kind.strip() == "tag":
            tags.add(value.strip().lower())
        elif kind.strip() == "token":
            tokens.append(re.compile(value.strip(), re.IGNORECASE))
    return frozenset(tags), tuple(tokens)


@cache
def speaker_patterns() -> tuple[re.Pattern[str], ...]:
    from .speakers import expand_placeholders  # the name/role grammar lives with its user

    return tuple(re.compile(expand_placeholders(p)) for p in data_lines("speakers.txt"))
