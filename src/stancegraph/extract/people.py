"""Named people in a document: cleaning names, resolving short forms to full names, roles.

A holder must be a named person. Full names ("Claire Martin") come from spaCy's PER entities
and from the reader (Document.speakers, Exchange.speaker). Short forms are resolved back to
a full name of the same document: surname ("Martin"), initials ("C. Martin"), acronym
("CM"), capitals ("Claire MARTIN"), titles ("Mme Martin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .textnorm import fold

_TITLES = {"m", "m.", "mme", "mme.", "mlle", "mlle.", "monsieur", "madame", "mademoiselle", "me", "dr", "dr.",
           "pr", "pr.", "mrs", "mrs.", "mr", "mr.", "ms", "ms."}
_INITIAL = re.compile(r"^(?:[A-ZÉÈ]\.)(?:-?[A-ZÉÈ]\.)*$")
_ACRONYM = re.compile(r"^(?:[lLdD]')?[A-ZÉÈ]{2,5}$")
_PARTICLES = {"de", "du", "des", "la", "le", "d'", "von", "van", "da", "di", "del", "della"}


def _fix_case(token: str) -> str:
    """'DUPONT-AIGNAN' -> 'Dupont-Aignan'; leaves mixed-case tokens alone."""
    if len(token) > 1 and token.isupper() and any(c.isalpha() for c in token):
        return "-".join(part.capitalize() for part in token.split("-"))
    return token


def clean_name(text: str) -> list[str]:
    """Tokens of a person name without titles, trailing punctuation or possessive clutter."""
    text = text.replace("\u00a0", " ").replace("’", "'")
    text = text.split("(")[0]  # "Sylvie Martin (PS)": the party is not part of the name
    text = text.strip(" \t\n,;:.()«»\"“”")
    tokens = [t for t in re.split(r"\s+", text) if t]
    while tokens and fold(tokens[0]) in _TITLES:
        tokens.pop(0)
    if len(tokens) >= 3 and _ACRONYM.match(tokens[0]) and not tokens[1].isupper():
        tokens.pop(0)  # "l'UMP Agnès X", tagged as one name: the party is not part of it
    tokens = [_fix_case(t) for t in tokens]
    # drop trailing lower-case words the NER sometimes swallows ("Hollande a")
    while tokens and not tokens[-1][:1].isupper() and fold(tokens[-1]) not in _PARTICLES:
        tokens.pop()
    return tokens


def is_full_name(tokens: list[str]) -> bool:
    """A first name (not an initial) followed by a surname, every word capitalised or a particle."""
    if len(tokens) < 2 or len(tokens) > 5:
        return False
    if _INITIAL.match(tokens[0]) or not tokens[0][:1].isupper() or len(tokens[0]) < 2:
        return False
    if fold(tokens[0]) in ("le", "la", "les", "l'", "un", "une", "des", "du", "de", "au", "aux",
                           "aucun", "aucune", "chaque", "nul", "nulle"):
        return False  # "Le PRG", "La France", "Aucun Cantalien": an article starts no person's name
    if fold(tokens[0]) in ("pourquoi", "comment", "quand", "combien", "qui", "quoi", "quel", "quelle"):
        return False  # "Pourquoi ACTA inquiète ...", a related article's title: no name
    if not all(t[:1].isupper() or fold(t) in _PARTICLES for t in tokens):
        return False
    if len(tokens[-1].rstrip(".")) < 2:
        return False  # "Erwan B.": an anonymised reader or internaut, not a public figure
    return tokens[-1][:1].isupper() and all(any(c.isalpha() for c in t) for t in tokens)


def _key(tokens: list[str]) -> str:
    return " ".join(fold(t).replace("-", " ") for t in tokens)


@dataclass(eq=False)  # identity: one object per person of the document
class Person:
    name: str
    tokens: list[str]
    first_offset: int
    roles: set[str] = field(default_factory=set)  # folded role nouns the text gives them
    role: str | None = None  # the role as written, for Speaker.role
    party: str | None = None
    gender: str | None = None  # "Masc" | "Fem" when the text shows it (Mme, "la députée", "elle")
    # proper nouns of their role phrases ("député des Yvelines" -> {"yvelines"}), to tell two
    # people of the same role apart ("a estimé le député des Yvelines")
    role_places: set[str] = field(default_factory=set)

    def only_observes(self, observers: frozenset[str]) -> bool:
        """Every role the text gives them is an observer's ("le politologue X", the host of a
        debate): quoted for an analysis or a question, not a stand."""
        return bool(self.roles) and self.roles <= observers

    @property
    def key(self) -> str:
        k = self.__dict__.get("_key")
        if k is None:
            k = self.__dict__["_key"] = _key(self.tokens)
        return k

    @property
    def surname_keys(self) -> list[str]:
        """Every proper suffix of the name: 'Marion Maréchal-Le Pen' -> 'marechal le pen', 'le pen', 'pen'."""
        cached = self.__dict__.get("_surnames")
        if cached is not None:
            return cached
        keys = self.__dict__["_surnames"] = []
        for i in range(1, len(self.tokens)):
            if fold(self.tokens[i]) in _PARTICLES and i == len(self.tokens) - 1:
                continue
            keys.append(_key(self.tokens[i:]))
        return keys

    @property
    def acronym(self) -> str:
        parts = [p for t in self.tokens for p in t.split("-") if p and fold(p) not in _PARTICLES]
        return "".join(p[0] for p in parts).upper()


class PersonIndex:
    """The people of one document, with resolution of short forms to full names."""

    def __init__(self, not_names: frozenset[str] = frozenset(), known: tuple[str, ...] = (),
                 title_words: frozenset[str] = frozenset()) -> None:
        self.people: dict[str, Person] = {}  # folded key -> Person
        self.not_names = not_names  # folded words that end a name ("Député", "Président")
        # capitalised words that open a title before a name ("RÉPONSES DE BENOÎT X"), as written
        self.title_words = title_words
        # well-known full names, to expand "N. Sarkozy" when the text never spells it out
        self.known = [Person(n, n.split(), 10**9) for n in known]

    def _clean(self, text: str) -> list[str]:
        tokens = clean_name(text)
        while tokens and fold(tokens[0]) in self.not_names:
            tokens.pop(0)  # "Député UMP ..." is a role, not a first name
        while len(tokens) > 2 and tokens[0] in self.title_words:
            tokens.pop(0)  # "Réponses de Benoît X", a title in capitals: the name after it
            while tokens and fold(tokens[0]) in _PARTICLES:
                tokens.pop(0)
        for i, t in enumerate(tokens):
            if i > 0 and fold(t) in self.not_names:
                tokens = tokens[:i]
                break
        return tokens

    def add_full(self, text: str, offset: int, role: str | None = None, party: str | None = None) -> Person | None:
        tokens = self._clean(text)
        if not is_full_name(tokens):
            return None
        key = _key(tokens)
        person = self.people.get(key)
        if person is None:
            # "Laure Dufresnoy" cut from "Anne-Laure Dufresnoy" (an elision split the first name)
            person = next((p for k, p in self.people.items() if k.endswith(" " + key)), None)
        if person is None and (shorter := next((p for k, p in self.people.items() if key.endswith(" " + k)), None)):
            # "Anne-Sophie X" after "Sophie X", which a sentence cut inside the first name left:
            # one person, under the full name
            person = shorter
            person.name, person.tokens = " ".join(tokens), tokens
            self.people[key] = person
        if person is None:
            # "Élie Aboud" and "Elie Aboud" are one person: the key is accent-free
            person = Person(" ".join(tokens), tokens, offset)
            self.people[key] = person
        elif offset < person.first_offset:
            person.first_offset = offset
        if role and not person.role:
            person.role = role
        if party and not person.party:
            person.party = party
        return person

    def resolve(self, text: str, offset: int | None = None, use_known: bool = False) -> Person | None:
        """The full-name person a mention refers to, or None if it cannot be told.

        ``use_known``: when nobody in the document matches, expand initials (always) or a
        surname (only with ``use_known``, i.e. a span the NER tagged as a person) with the
        list of well-known names.
        """
        found = self._resolve_in(self.people.values(), text, offset)
        if found is not None or not self.known:
            return found
        tokens = self._clean(text)
        if not tokens or (len(tokens) == 1 and not use_known) or _key(tokens) in self.people:
            return None
        known = self._resolve_in(self.known, text, None)
        if known is None:
            return None
        return self.add_full(known.name, offset if offset is not None else 0)

    def _resolve_in(self, people, text: str, offset: int | None) -> Person | None:
        people = list(people)
        tokens = self._clean(text)
        if not tokens:
            return None
        key = _key(tokens)
        for p in people:
            if p.key == key:
                return p
        candidates: list[Person] = []
        compact = re.sub(r"[.\s-]", "", text.strip())
        if compact.isalpha() and compact.isupper() and 2 <= len(compact) <= 4 and "." in text:
            # a transcript's speaker initials: "L.K. :", "J.-P. M. :"
            candidates = [p for p in people if p.acronym == compact]
        elif _INITIAL.match(tokens[0]) and len(tokens) >= 2:
            initials = [p[0] for p in tokens[0].replace(".", " ").replace("-", " ").split()]
            rest = _key(tokens[1:])
            for p in people:
                firsts = [x[0] for x in p.tokens[0].split("-")]
                if rest in p.surname_keys and [fold(c) for c in firsts] == [fold(c) for c in initials]:
                    candidates.append(p)
        elif len(tokens) == 1 and text.strip().isupper() and 2 <= len(text.strip()) <= 4:
            candidates = [p for p in people if p.acronym == text.strip()]
        if not candidates:
            candidates = [p for p in people if key in p.surname_keys]
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        # several people share the surname: the most recently introduced before the mention
        if offset is not None:
            before = [p for p in candidates if p.first_offset <= offset]
            if before:
                return max(before, key=lambda p: p.first_offset)
        return None

    def with_role(self, role: str, before: int, gender: str | None = None) -> list[Person]:
        return sorted((p for p in self.people.values() if role in p.roles and p.first_offset <= before
                       and compatible(p, gender)), key=lambda p: p.first_offset)


def compatible(person: Person, gender: str | None) -> bool:
    return gender is None or person.gender is None or person.gender == gender
