"""French dates in bylines ("Publié le 12 mars 2011 à 10h30", "Le 17 décembre 2010",
"19 avr. 2012") -> ISO 8601 strings. Month names live in ``data/dates.tsv``."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .resources import months


@cache
def _date_pattern() -> re.Pattern[str]:
    names = sorted((n for n, v in months().items() if v), key=len, reverse=True)
    weekdays = sorted((n for n, v in months().items() if not v), key=len, reverse=True)
    month = "|".join(re.escape(n) for n in names)
    weekday = "|".join(re.escape(n) for n in weekdays)
    return re.compile(
        rf"(?:(?:{weekday})\.?,?\s+)?(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{month})\.?,?\s+(?P<year>\d{{4}})"
        rf"|(?P<d>\d{{1,2}})[/.](?P<m>\d{{1,2}})[/.](?P<y>\d{{4}})"
        rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})",
        re.IGNORECASE,
    )


@cache
def _byline_pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?:par\s[^|·•]{1,60}?\s*[|·•,–-]\s*)?"  # a journalist's name first: "Par X | Publié le ..."
        r"(?:publié|posté|mis en ligne|paru)(?:\s+par\s.{1,60}?)?(?:\s+le)?(?:\s*:)?\s+(?P<rest>(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche).{0,80})",
        re.IGNORECASE,
    )


def parse_french_date(text: str) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD``, or None."""
    match = _date_pattern().search(text)
    if not match:
        return None
    try:
        if match.group("iso"):
            return dt.date.fromisoformat(match.group("iso")).isoformat()
        if match.group("day"):
            month = months()[match.group("month").lower().rstrip(".")]
            return dt.date(int(match.group("year")), month, int(match.group("day"))).isoformat()
        return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d"))).isoformat()
    except (ValueError, KeyError):
        return None  # "31 février": not a date


def is_date_line(text: str) -> bool:
    """A paragraph that is only a date (with an optional "Le", weekday and time)."""
    if len(text) > 60:
        return False
    match = _date_pattern().search(text)
    if not match:
        return False
    rest = (text[: match.start()] + " " + text[match.end():]).strip(" ,.-—|/").lower()
    rest = re.sub(r"^(?:le|du)\b", "", rest).strip(" ,")
    rest = re.sub(r"(?:à\s*)?\d{1,2}\s*[h:]\s*\d{0,2}", "", rest).strip(" ,")
    return rest == ""


def byline_date(text: str) -> str | None:
    """The publication date of a byline paragraph ("Publié le ..."), or None."""
    match = _byline_pattern().match(text.strip())
    return parse_french_date(match.group("rest")) if match else None


def normalise_date(value: str) -> str:
    """A user-given date: ISO dates and years stay as they are; French dates become ISO."""
    value = value.strip()
    if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        return value
    return parse_french_date(value) or value
