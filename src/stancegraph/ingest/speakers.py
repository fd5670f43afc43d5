"""Who speaks, from a document's title and lede ("Entretien avec X", "La stratégie numérique
de X", "Les réponses de la Première secrétaire du PS ...", "X, député (UMP) de ...").

The phrasings are regexes in ``data/speakers.txt`` and the party names in
``data/parties.tsv``; this module only expands the name/role grammar and merges matches.
"""

from __future__ import annotations

import re
import unicodedata

from ..models import Speaker
from .resources import not_names, parties, speaker_patterns

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_LOW = "a-zàâäçéèêëîïôöùûüÿæœ"
# A capitalised word, possibly hyphenated or all capitals ("Kosciusko-Morizet", "DUPONT-AIGNAN").
_WORD = rf"[{_UP}][{_LOW}{_UP}]*(?:[-'’][{_UP}][{_LOW}{_UP}]*)*"
_PARTICLE = r"(?:(?:de la|de|du|des|van|von|le|la)\s+|d['’])"
NAME_WORD, PARTICLE = _WORD, _PARTICLE  # for other name grammars (transcript tags)
# An honorific before a name is not part of it ("Intervention de M. Henri Exemple").
_HONORIFIC = r"(?:(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame)\s+)?"
NAME = rf"{_HONORIFIC}(?P<name>{_WORD}(?:\s+{_PARTICLE}?{_WORD}|\s*{_PARTICLE}{_WORD}){{1,3}})"
ROLE = r"(?P<role>[^.,;:!?«»\"“”()\n]{2,120}(?:\([^()\n]{1,40}\)[^.,;:!?«»\"“”()\n]{0,80})?)"

_PARTICLE_WORD = re.compile(r"^(?:de|du|des|la|le|d['’]|van|von)$", re.IGNORECASE)
_ELIDED_PREFIX = re.compile(r"^[dlDL]['’](?=[A-ZÀ-ÖØ-Þ])")


def expand_placeholders(pattern: str) -> str:
    return pattern.replace("{NAME}", NAME).replace("{ROLE}", ROLE)


def name_key(name: str) -> str:
    """What two spellings of one person's name share: "Éloïse Ravanel" and "Eloïse RAVANEL"
    (case and accents are often lost in capitals and in hurried texts)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def party_in(text: str | None) -> str | None:
    """The acronym of the first party named in ``text``."""
    if not text:
        return None
    found = [(m.start(), acronym) for acronym, pat in parties() if (m := pat.search(text))]
    return min(found)[1] if found else None


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    # "députée (PS) de la Sarthe" -> "députée de la Sarthe": the party is stored apart.
    role = re.sub(r"\s*\(([^()]*)\)", lambda m: "" if party_in(m.group(1)) else m.group(0), role)
    # "sénateur de la Marne – 9 février 2012": a dash ends the role (a date or a place follows).
    role = re.split(r"\s[–—-]\s", role)[0]
    role = re.sub(r"\s+", " ", role).strip(" ,;:-–—")
    return role or None


def _not_name(word: str) -> bool:
    """A word of not_names.txt, also in capitals ("QUESTIONS")."""
    word = word.strip("'’.")
    return word in not_names() or (word.isupper() and word.capitalize() in not_names())


def _clean_name(name: str) -> str | None:
    words = name.split()
    # Capitalised words that start a sentence or a title but are not first names
    # ("Communiqué de", "Discours de", "Mme"), and the particles left after them.
    while words and (_not_name(words[0]) or _PARTICLE_WORD.match(words[0])):
        words = words[1:]
    # "NOS QUESTIONS AUX CANDIDATS (3/8)": a title in capitals, no name
    if any(_not_name(w) and not _PARTICLE_WORD.match(w) for w in words):
        return None
    # "Discours d'Élise Exemple": the elided preposition is glued to the first name.
    if words and (m := _ELIDED_PREFIX.match(words[0])):
        words[0] = words[0][m.end():]
    if _leading_party(words):
        words = words[1:]  # "l'UMP Agnès Exemple": the party before the name
    # "Florence EXEMPLE" -> "Florence Exemple": capitals are typography, and the rest of the
    # text writes the name in the usual case
    words = [w.title() if len(w) > 1 and w.isupper() else w for w in words]
    return " ".join(words) if len(words) >= 2 else None


def _leading_party(words: list[str]) -> str | None:
    """The party acronym a name is written after ("l'UMP Agnès Exemple"), if any."""
    first = _ELIDED_PREFIX.sub("", words[0]) if words else ""
    if len(words) < 3 or len(first) < 2 or not first.isupper():
        return None
    return party_in(first)


def detect_speakers(*texts: str | None) -> list[Speaker]:
    """Speakers named in ``texts`` (title first, then lede), in order of appearance.

    A role found without a name (``Les réponses de la Première secrétaire du PS``) is given to
    the first speaker found with a name, which is how titles and ledes share the work.
    """
    named: dict[str, dict[str, str | None]] = {}
    loose_roles: list[tuple[str | None, str | None]] = []
    for text in texts:
        if not text:
            continue
        text = text.strip()
        for pattern in speaker_patterns():
            for match in pattern.finditer(text):
                groups = match.groupdict()
                raw_role = groups.get("role")
                party = party_in(groups.get("party")) or party_in(raw_role) or \
                    _leading_party((groups.get("name") or "").split())
                role = _clean_role(raw_role)
                name = _clean_name(groups["name"]) if groups.get("name") else None
                if name is None:
                    if role or party:
                        loose_roles.append((role, party))
                    continue
                entry = named.setdefault(name, {"role": None, "party": None})
                entry["role"] = entry["role"] or role
                entry["party"] = entry["party"] or party
    if named and loose_roles:
        first = next(iter(named.values()))
        for role, party in loose_roles:
            first["role"] = first["role"] or role
            first["party"] = first["party"] or party
    return [Speaker(name, v["role"], v["party"]) for name, v in named.items()]


def _initials(name: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s-]+", name) if part and part[0].isupper())


def resolve_label(label: str, speakers: list[Speaker]) -> Speaker:
    """The speaker an interview label stands for: a full name, a surname ("Aubry"), or
    initials ("NKM"); a label that matches nobody is a speaker of its own."""
    folded = label.casefold()
    for s in speakers:
        name = s.name.casefold()
        # (initials with dots: "R.W." is RW)
        if folded == name or name.endswith(" " + folded) or re.sub(r"[.\s]", "", label) == _initials(s.name):
            return s
    # initials with more letters, to tell a guest from the host: "S.Ro" (Sophie Rostagni)
    # beside "S.R" (the host, Sandrine R.)
    parts = re.split(r"\.\s*-?\s*", label.strip(" .").casefold())
    if 2 <= len(parts) <= 4 and all(p.isalpha() and len(p) <= 3 for p in parts) and any(len(p) > 1 for p in parts):
        fits = [s for s in speakers if len(words := re.split(r"[\s-]+", s.name.casefold())) == len(parts)
                and all(w.startswith(p) for w, p in zip(words, parts))]
        if len(fits) == 1:
            return fits[0]
    return Speaker(label)
