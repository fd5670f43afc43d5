"""The signature at the end of a press release -> its author (a ``Speaker``).

::

    ...
    Nous demandons l'abrogation de la loi.
    Lucien MAIRET                               <- the name, alone on its line
    Responsable national au numérique           <- its role (optional)
    Contact presse : Léa Fournier, 01 23 45 67 89   <- skipped, never the signature

or the name and role on one line ("Nicolas EXEMPLE Député de la Creuse"). Only documents
that call themselves a press release in their first lines are read this way, so that a
journalist's byline under an article is never taken for the author of what it reports.
Names written in capitals, as signatures often are, are given in the usual case
("Lucien Mairet"), which is how the rest of the text names the person.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Speaker
from .layout import Block
from .resources import not_names, sections
from .speakers import party_in

MAX_SIGNATURE_CHARS = 200  # a longer last paragraph is text, not a signature
MAX_ROLE_CHARS = 150
RELEASE_HEAD_BLOCKS = 3  # where a document says it is a press release
SIGNATURE_TAIL_BLOCKS = 4  # where the signature may be: name, role lines, contact lines

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_NAME_WORD = re.compile(rf"[{_UP}][\w’'-]*$")
_PARTICLE = re.compile(r"(?:de|du|des|d['’]|la|le)$", re.IGNORECASE)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], ...]]:
    groups = sections("signature.txt")
    release = re.compile("|".join(f"(?:{p})" for p in groups["release"]), re.IGNORECASE)
    role_word = re.compile("(?:" + "|".join(f"(?:{p})" for p in groups["role_word"]) + r")\W*$", re.IGNORECASE)
    contact = tuple(re.compile(p, re.IGNORECASE) for p in groups["contact"])
    return release, role_word, contact


def _name_case(word: str) -> str:
    # "MAIRET" -> "Mairet", "DUPONT-AIGNAN" -> "Dupont-Aignan"; "Le", "Jean" unchanged
    return word.title() if len(word) > 1 and word.isupper() else word


def _name_and_rest(line: str) -> tuple[str, str] | None:
    """("Prénom Nom", rest of the line) when ``line`` opens with a person's name."""
    _, role_word, _ = _patterns()
    words = line.split()
    name: list[str] = []
    used = 0  # words of the line taken by the name
    for word in words:
        bare = word.rstrip(",;")
        if role_word.match(bare) or not (_NAME_WORD.match(bare) or (name and _PARTICLE.match(bare))):
            break
        name.append(bare)
        used += 1
        if bare != word:  # "Corentin Lebreton, Délégué ...": the comma ends the name
            break
    while name and _PARTICLE.match(name[-1]):
        name.pop()
    if not 2 <= len(name) <= 4 or any(w.strip("'’.") in not_names() for w in name):
        return None
    if party_in(" ".join(name)):
        return None  # "Europe Écologie Les Verts": the party signs, not a person
    rest = " ".join(words[used:]).strip(" ,;–—-")
    if rest and not role_word.match(rest.split()[0]):
        return None  # "Jean Dupont a déclaré ..." is a sentence, not a signature
    return " ".join(_name_case(w) for w in name), rest


def find_signature(text: str, blocks: list[Block]) -> Speaker | None:
    """The author signing a press release in its last blocks, if any."""
    release, _, contact = _patterns()
    if not any(release.search(text, b.start, b.end) for b in blocks[:RELEASE_HEAD_BLOCKS]):
        return None
    tail = [
        text[b.start:b.end]
        for b in blocks[-SIGNATURE_TAIL_BLOCKS:]
        if not any(p.fullmatch(text, b.start, b.end) for p in contact)
    ]
    # the signature is the last line that opens with a name; role lines may follow it
    for i in range(len(tail) - 1, -1, -1):
        line = tail[i]
        if len(line) > MAX_SIGNATURE_CHARS or line.rstrip().endswith((".", "!", "?", "»", ":")):
            return None
        found = _name_and_rest(line)
        if found is None:
            continue
        name, rest = found
        roles = [rest] if rest else []
        roles += [r for r in tail[i + 1:] if len(r) <= MAX_ROLE_CHARS]
        role = ", ".join(roles) or None
        return Speaker(name, role, party_in(role))
    return None
