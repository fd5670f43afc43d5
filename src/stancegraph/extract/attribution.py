"""Who holds a statement: the respondent, the quoted or reported person, or nobody.

For each topic mention, in order:
1. inside a quote: the subject of the quote's reporting verb ("« ... », a déclaré X", also
   inverted after the quote: "», a annoncé mercredi X", "», a plaidé l'élu"), the subject
   named before the colon that opens it ("X juge le texte timide : « ... »"), the person
   introducing it, the named subject of a clause above it, else the person in play;
2. the nearest clause above the mention whose subject is a named person ("X estime que ...",
   "X, qui ...", "le ministre, X, a dit"), or a pronoun / role noun / "ces derniers" / "tous
   deux" that refers back to people named before (gender- and role-aware);
3. a noun whose act it is ("les déclarations de X");
4. a person introducing the sentence ("selon X", "pour X,", "présenté par X", "au nom de X");
5. the paragraph's speaker label ("X : ...", "Mme X, rapporteure."), the Q/A respondent, the
   section heading of a synthesis, the author of a speech or press release.
Nobody else: an unnamed actor (le gouvernement, les députés, a party, "ceux qui", "vous")
holds nothing, unless a named person states it as their demand ("je ne crois pas que l'État
doive ...", "l'État doit ..." in their own words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicons
from .discover import _entity_root, _gender
from .people import Person, PersonIndex, compatible
from .polarity import lemma
from .quotes import inside
from .textnorm import fold

SUBJ = ("nsubj", "nsubj:pass")
THIRD_PRONOUNS = {"il", "elle", "lui", "celui-ci", "celle-ci", "lui-meme", "elle-meme"}
# pronouns for unnamed people ("ceux qui proposent ...", "certains veulent ...")
UNNAMED_PRONOUNS = {"ceux", "celles", "certains", "certaines", "plusieurs", "beaucoup", "d'autres", "autres",
                    "d'aucuns", "aucun", "personne", "chacun", "la plupart"}
FIRST_POSSESSIVES = {"notre", "nos", "mon", "ma", "mes"}
PLURAL_PRONOUNS = {"ils", "elles", "eux"}
FIRST_PRONOUNS = {"je", "j'", "nous", "moi", "me", "m'"}


@dataclass(frozen=True)
class Holder:
    people: tuple[Person, ...]
    how: str  # subject | pronoun | role | intro | agent | behalf | label | respondent | section | quote | author
    direct: bool  # the holder's own words (Q/A answer, label, first person, quote)


NOBODY = {"aucun", "aucune", "personne", "nul", "nulle"}
_NOBODY_OPENING = re.compile(r"(?:aucune?\s+(?:de|des|d')\s|(?:personne|nul|nulle)\s+n)")


def _prescriptive(verb) -> bool:
    """'doit', 'devra', 'devrait' + infinitive: a demand made of the subject."""
    if lemma(verb) == "devoir":
        return True
    return any(lemma(c) == "devoir" and c.dep_ in ("aux", "aux:tense", "xcomp") for c in verb.children) or \
        (verb.dep_ == "xcomp" and lemma(verb.head) == "devoir")


def _speaker_like(whole: str, label: str) -> bool:
    """'Mme la présidente.', 'Bakchich :', 'Question :' look like a speaker label; 'Rejet de la
    loi : ...' (a title) does not."""
    if re.match(r"(?:M\.|Mme|Mlle|Monsieur|Madame)\s", whole):
        return True
    words = label.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


def _inverted_pronoun(tok) -> bool:
    """'a-t-il estimé', 'déclare-t-elle': a subject pronoun after its verb, which the parser
    sometimes labels expletive ("-il" is never the impersonal "il" there)."""
    return tok.pos_ == "PRON" and tok.text.startswith("-") and fold(tok.text).lstrip("-").removeprefix("t-") in (
        "il", "elle", "ils", "elles")


# verbs that take the impersonal "il": "il faut", "il s'agit", "il semble", "il reste", "il y a"
_IMPERSONAL_VERBS = {"falloir", "agir", "sembler", "paraitre", "rester", "convenir", "importer", "manquer",
                     "suffire", "arriver", "valoir", "exister", "pleuvoir", "avoir", "etre", "devenir", "aller",
                     "s'agir", "apparaitre", "subsister", "advenir"}


def _impersonal(tok) -> bool:
    """'Il faut', 'il est important de ...', 'il y a': an impersonal "il", standing for nobody.
    The parser labels many personal ones expletive too ("Il est favorable à X", "il n'a pas
    souhaité répondre"), so the construction decides, not the label."""
    if not tok.dep_.startswith("expl") or _inverted_pronoun(tok):
        return False
    head = tok.head
    if lemma(head) in _IMPERSONAL_VERBS and head.pos_ in ("VERB", "AUX"):
        return True
    if any(fold(c.text) == "y" for c in head.children):
        return True  # "il y a"
    # "il est important de / que ...": a clause complement of the adjective is the real subject
    return any(c.dep_ in ("csubj", "ccomp", "xcomp", "dep", "advcl") and
               any(fold(k.text) in ("de", "d'", "que", "qu'") and k.dep_ == "mark" for k in c.children)
               for c in head.children)


def _personal_il(tok) -> bool:
    return tok.pos_ == "PRON" and fold(tok.text) in ("il", "elle") and tok.dep_.startswith("expl") and \
        not _impersonal(tok)


def _right_after_quote(verb) -> bool:
    """'« ... », estime X': a verb just after the closing quote introduces its author, whatever
    its lemma (the lemmatiser reads "estime" as the noun)."""
    doc = verb.doc
    before = [fold(t.text) for t in doc[max(0, verb.i - 3): verb.i]]
    return verb.pos_ == "VERB" and "»" in before and before[-1] in (",", "a", "avait", "ont", "»")


def _byline(sent) -> bool:
    """'Publié le 21 novembre 2011 - Par Julie X', 'Par Julie X, à Lyon': the journalist who
    signs an article, who is nobody's antecedent."""
    text = fold(sent.text)
    return len(sent) <= 25 and bool(re.search(r"(?:^|[\s|,–—-])(?:par|by)\s+\w", text)) and \
        bool(re.match(r"^\W*(?:publie|mis a jour|mise a jour|par\s|by\s|le \d|\d)", text))


def _has_verb(sdoc, end_char: int) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in sdoc if t.idx < end_char)


def _prepositions(tok) -> set[str]:
    """The prepositions introducing ``tok``, as lemmas and folded words, multi-word ones
    joined ("d'après X": "d'" + fixed "après" -> "d'apres")."""
    cases = [c for c in tok.children if c.dep_ == "case"]
    found = {lemma(c) for c in cases} | {fold(c.text) for c in cases}
    found |= {fold(c.text) + ("" if c.text.endswith(("'", "’")) else " ") + fold(f.text)
              for c in cases for f in c.children if f.dep_ == "fixed"}
    return found


def _fronted_participle(tok, sent) -> bool:
    """A participle or adjective opening the sentence, with no subject of its own and a comma
    after its phrase ("Rejetant ..., X propose", "Hostile à ..., Y défend")."""
    if tok.i - sent.start > 1 or any(c.dep_ in SUBJ for c in tok.children):
        return False
    if not (tok.morph.get("VerbForm") == ["Part"] or tok.pos_ == "ADJ"):
        return False
    return any(t.text == "," for t in sent if t.i > tok.i)


class Attributor:
    """Holder assignment for one document, sentence after sentence (keeps discourse state)."""

    def __init__(self, index: PersonIndex, token_people: dict, lex: Lexicons, respondent: Person | None,
                 author: Person | None, author_strong: bool = True) -> None:
        self.author_strong = author_strong
        self.index = index
        self.token_people = token_people
        self.lex = lex
        self.respondent = respondent
        self.author = author
        self.last: tuple[Person, ...] = ()
        self.group: tuple[Person, ...] = ()  # the last coordination of named people
        self.local: tuple[Person, ...] = ()
        self.recent: tuple[Person, ...] = ()  # named people in order of last mention
        self.pending_conj: list = []
        self.section: Person | None = None
        self.label: Person | None = None
        self.label_other = False  # the paragraph is labelled with someone who is not a person we know
        self.label_other_unit = -1
        self.mention_tokens: set[int] = set()  # tokens of topic mentions in the current sentence
        self.unit = None
        self.sections_enabled = True
        self.carried_intro = None  # "Pour X," split off by the parser as a sentence of its own
        self.sentences_since_named = 99  # sentences ended since someone was named as a subject
        self.quotes: list[tuple[int, int]] = []  # quoted ranges of the current paragraph
        self.topic_pronouns: set[int] = set()  # "elle" standing for a topic, not a person

    def enable_sections(self, units_docs) -> None:
        """Name headings make sections only in a text built of them (a synthesis comparing
        candidates): one name alone on a line (a photo caption) does not."""
        heads = {id(p) for u, d in units_docs if (p := self._heading(u, d)) is not None}
        self.sections_enabled = len(heads) >= 2

    # ------------------------------------------------------------------ paragraph level
    def start_unit(self, unit, sdoc) -> None:
        """Paragraph-level speakers: a heading names whose programme follows; a label ("X :",
        "Mme X, rapporteure. ...") names who speaks until the next label."""
        self.carried_intro = None
        if unit.kind in ("answer", "question") and unit.exchange != getattr(self.unit, "exchange", None):
            self.label, self.label_other = None, False  # a new Q/A exchange: labels start over
        new_exchange = unit.exchange != getattr(self.unit, "exchange", None)
        self.unit = unit
        if unit.kind == "prose" and unit.speaker and new_exchange:
            # the reader split a transcript by speaker: the exchange is theirs
            p = self.index.resolve(unit.speaker, unit.start) or self.index.add_full(unit.speaker, unit.start)
            if p is not None:
                self.label, self.label_other = p, False
                self.last = (p,)
        text = sdoc.text.lstrip(" \t•*·-–—>")
        heading = self._heading(unit, sdoc) if self.sections_enabled else None
        if heading is not None:
            self.section = heading
            self.last = (heading,)
            self.label, self.label_other = None, False
            return
        m = re.match(r"^(?:M\.|Mme|Mlle|Monsieur|Madame)\s+([^,.:;!?«»]{2,60})[,.:]", text) or \
            re.match(r"^([^\n:,;!?«»]{1,45}?)\s*:\s", text)
        if m:
            p = self.index.resolve(m.group(1), unit.start)
            if p is not None:
                self.label, self.label_other = p, False
                self.last = (p,)
            elif _speaker_like(m.group(0), m.group(1)) and not _has_verb(sdoc, m.end(1)) \
                    and len(text) - m.end() > 10 and unit.start > 0 \
                    and re.search(r"[.!?…»\"]\s*$", text):
                # (a title line, "Culture : pour une licence globale", ends with no punctuation:
                # it is no speaker's turn)
                # (a salutation alone on its line, "Monsieur le préfet,", is no speaker turn)
                # another speaker (the chair, the interviewer): not the last person's words
                self.label, self.label_other = None, True
                self.label_other_unit = unit.start

    def _heading(self, unit, sdoc) -> Person | None:
        text = sdoc.text.strip(" \t:.-–—•*#")
        if not text or len(text.split()) > 5 or not text[:1].isupper():
            return None
        p = self.index.resolve(text, unit.start)
        return p

    # ------------------------------------------------------------------ sentence level
    def person_at(self, tok) -> Person | None:
        return self.token_people.get((self.unit.start, tok.i))

    def _refers_back(self, tok) -> tuple[Person, ...]:
        """People a pronoun, role noun or 'ces derniers' subject stands for."""
        lw, tw = lemma(tok), re.sub(r"^-?(?:t-)?", "", fold(tok.text))  # "a-t-elle" -> "elle"
        if tok.pos_ == "PRON" and tw in PLURAL_PRONOUNS:
            return self.last if len(self.last) > 1 else self.group
        if tok.pos_ == "PRON" and (lw in THIRD_PRONOUNS or tw in THIRD_PRONOUNS):
            if tw == "il" and _impersonal(tok):
                return ()
            gender = "Fem" if tw.startswith("elle") or tw == "celle-ci" else "Masc"
            for cand in list(reversed(self.local)) + list(reversed(self.last)) + list(reversed(self.recent)):
                if compatible(cand, gender):
                    return (cand,)
            return ()
        if tok.pos_ == "PRON" and (lw in PLURAL_PRONOUNS or tw in PLURAL_PRONOUNS):
            return self.last if len(self.last) > 1 else self.group
        sub = {fold(x.text) for x in tok.subtree}
        if len(self.group) == 2 and lemma(tok) in ("premier", "second", "deuxieme", "dernier") and \
                tok.morph.get("Number") != ["Plur"]:
            # "X et Y divergent. Le premier ..., la seconde ...": one of the pair, by order
            return (self.group[0],) if lemma(tok) == "premier" else (self.group[1],)
        if tok.pos_ in ("NOUN", "ADJ", "PRON", "NUM", "DET") and ({"derniers", "dernieres"} & sub or
                                                               {"deux", "trois", "quatre"} & sub):
            return self.last if len(self.last) > 1 else self.group
        if tok.pos_ == "NOUN" and any(self.person_at(c) for c in tok.subtree):
            return ()  # "la ministre, Claire X, ...": the named person takes the clause
        if tok.pos_ == "NOUN" and lw in self.lex.roles and tok.morph.get("Number") != ["Plur"]:
            # "la ministre", "le candidat de l'UMP": someone the text gave this role, else the
            # person in play, if any
            offset = self.unit.start + tok.idx
            gender = _gender(tok)
            cands = self.index.with_role(lw, offset, gender) or self._party_members(lw, offset, gender)
            if cands and len(self.last) == 1 and self.last[0] not in cands and not self.last[0].roles \
                    and compatible(self.last[0], gender) and self.sentences_since_named == 0 \
                    and tok.i - tok.sent.start <= 1:
                # "X ne voit pas les choses ainsi. L'eurodéputée centriste, ...": a role opening
                # the sentence after X was named, X with no role yet, introduces X
                return self.last
            if cands:
                # prefer the person in play if they hold the role
                for p in reversed(self.local + self.last):
                    if p in cands:
                        return (p,)
                return (cands[-1],)
            if len(self.last) > 1 and gender is not None:
                # "X et Y divergent. La sénatrice refuse ...": the one of the pair of that gender
                fits = [p for p in self.last if p.gender == gender and (not p.roles or lw in p.roles)]
                if len(fits) == 1:
                    return (fits[0],)
            # the person in play, unless the text gave them other roles ("le ministre" after
            # a quoted députée is someone else); a former role ("l'ancien rapporteur du texte")
            # is what a journalist recalls about the person just quoted, whatever their role now
            former = any(fold(c.text) in ("ancien", "ancienne", "ex") for c in tok.children)
            if len(self.last) == 1 and compatible(self.last[0], gender) and \
                    (not self.last[0].roles or lw in self.last[0].roles or lw in self.lex.generic_roles or former):
                return self.last
        return ()

    def _entourage(self, tok) -> bool:
        """A subject 'son équipe (de campagne)', 'ses proches', 'son porte-parole' while one
        person is in play."""
        if tok.pos_ != "NOUN" or len(self.last) != 1:
            return False
        if not any(fold(c.text) in ("son", "sa", "ses") for c in tok.children if c.dep_ in ("det", "nmod:poss")):
            return False
        return lemma(tok) in self.lex.reporting["entourage"] or fold(tok.text) in self.lex.reporting["entourage"]

    def _unnamed_antecedent(self, pron) -> bool:
        """A 3rd-person subject pronoun in a complement clause whose governing subject is an
        unnamed actor ("le gouvernement", "la commission") of the same gender."""
        if fold(pron.text).lstrip("-") not in ("il", "elle", "ils", "elles"):
            return False
        tok = pron.head
        while tok.dep_ in ("ccomp", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
            subj = next((c for c in tok.children if c.dep_ in SUBJ), None)
            if subj is not None:
                return subj.pos_ == "NOUN" and self._unnamed_actor(subj) and \
                    subj.morph.get("Gender") == pron.morph.get("Gender")
        return False

    def _party_members(self, noun: str, before: int, gender) -> list[Person]:
        """People the text placed in a party whose members ``noun`` names ("la socialiste")."""
        return sorted((p for p in self.index.people.values() if p.party and p.first_offset <= before
                       and noun in self.lex.party_nouns.get(fold(p.party), ()) and compatible(p, gender)),
                      key=lambda p: p.first_offset)

    def _governing_holder(self, tok, clauses):
        """The holder of the clause that takes ``tok``'s clause as its complement."""
        while tok.dep_ in ("ccomp", "xcomp", "csubj") and tok.head.i != tok.i:
            tok = tok.head
            if tok.i in clauses:
                found = clauses[tok.i]
                if found[1] == "first":
                    return None if not self._first_person_holder() else ((self._first_person_holder(),), "first")
                return found if found[1] != "unnamed" else None
        return None

    def _first_person_holder(self):
        if self.label is not None:
            return self.label
        if self.unit.kind == "answer" and self.respondent is not None:
            return self.respondent
        return self.author

    def _noun_agent(self, noun, came_from=None):
        """'les déclarations de X', 'les attaques du parti': who the noun's act belongs to
        (not the complement we came from: in 'le rejet de l'ACTA' the ACTA is rejected)."""
        for c in noun.children:
            if came_from is not None and c.i == came_from.i:
                continue
            if c.dep_ not in ("nmod", "nmod:poss") or not any(lemma(k) in ("de", "du") for k in c.children):
                continue
            p = self.person_at(c)
            if p is not None and c.i < noun.i + 4:
                return ((p,), "subject")
            if c.ent_type_ == "ORG" or (c.pos_ == "NOUN" and lemma(c) in self.lex.actors):
                return ((), "unnamed")
        return None

    def _unnamed_actor(self, tok) -> bool:
        if any(self.person_at(c) for c in tok.subtree) or tok.i in self.mention_tokens:
            return False  # a named person, or the topic itself ("la Haute Autorité a fait ...")
        lw = lemma(tok)
        if tok.pos_ == "PRON" and (fold(tok.text) in UNNAMED_PRONOUNS or lw in UNNAMED_PRONOUNS):
            return True
        if tok.pos_ == "PRON" and fold(tok.text) in ("vous", "tu") and self.unit.kind != "question":
            # "Vous supprimez la riposte graduée": what the speaker says the other side does
            return True
        if tok.pos_ == "NOUN" and (lw in self.lex.actors or
                                   (lw in self.lex.roles and tok.morph.get("Number") == ["Plur"])):
            return True
        return tok.pos_ == "PROPN" and tok.ent_type_ == "ORG"

    def _is_first_person(self, tok) -> bool:
        if tok.pos_ == "PRON" and (fold(tok.text) in FIRST_PRONOUNS or lemma(tok) in FIRST_PRONOUNS) \
                and tok.morph.get("Person") == ["1"]:
            return True
        # "nos administrations utiliseront ...": the speaker's side speaks
        return tok.dep_ in SUBJ and tok.pos_ == "NOUN" and \
            any(c.dep_ == "det" and fold(c.text) in FIRST_POSSESSIVES for c in tok.children)

    def clause_holders(self, sent) -> dict[int, tuple[tuple[Person, ...], str]]:
        """Head token index -> (people, how) for clauses whose subject names a holder."""
        out: dict[int, tuple[tuple[Person, ...], str]] = {}
        reporting = self.lex.reporting
        self.pending_conj = []
        self.local = ()  # named subjects met so far in this sentence, for "il" later in it
        if self.carried_intro is not None:
            out[-1] = self.carried_intro
            self.local = self.carried_intro[0]
            self.carried_intro = None
        for t in sent:
            p = self.person_at(t)
            if p is not None:
                root = _entity_root(t, self.person_at)
                if root.i != t.i:
                    continue
                group = [p] + [self.person_at(c) for c in t.children if c.dep_ == "conj" and self.person_at(c)]
                group = tuple(dict.fromkeys(group))
                self.recent = tuple(x for x in self.recent if x is not p)[-5:] + (p,)
                if t.dep_ in SUBJ:
                    out.setdefault(t.head.i, (group, "subject"))
                    self.local = group
                elif t.dep_ == "appos":
                    # "Le ministre de l'Intérieur, X, a dit": X stands in apposition inside the
                    # subject phrase
                    h = t.head
                    while h.dep_ in ("nmod", "appos", "flat", "amod") and h.head.i != h.i:
                        h = h.head
                    if h.dep_ in SUBJ:
                        prev = out.get(h.head.i)
                        if prev is None or prev[1] in ("role", "pronoun", "unnamed"):
                            out[h.head.i] = (group, "subject")
                            self.local = group
                    for v in h.children:
                        # "La députée Anne X votera contre ...": the parser hangs the verb on the
                        # role noun as a modifier (and may tag it a participle); X is its subject
                        if v.dep_ == "acl" and v.pos_ == "VERB" and v.i > t.i and v.i not in out and \
                                v.morph.get("VerbForm") != ["Inf"] and not any(k.dep_ in SUBJ for k in v.children):
                            out[v.i] = (group, "subject")
                            self.local = group
                elif t.dep_ == "conj" and self.person_at(t.head) is not None:
                    continue  # handled with the first conjunct
                elif t.dep_ == "conj" and t.head.dep_ in SUBJ and t.head.pos_ == "NOUN" and \
                        lemma(t.head) in self.lex.roles and not any(c.dep_ == "cc" for c in t.children):
                    # "Le ministre de la Culture, X, a dit": an apposition parsed as a conjunct
                    out[t.head.head.i] = (group, "subject")
                    self.local = group
                elif t.dep_ == "conj":
                    # "signé par X (...) et Y": the parser hangs Y on the verb, not on X
                    for c in t.head.children:
                        q = self.person_at(c)
                        if q is not None and c.dep_ in ("obl:agent", "nsubj", "nsubj:pass") and c.i != t.i:
                            self.pending_conj.append((q, p))
                for c in t.children:
                    if c.dep_ == "acl:relcl" and any(k.dep_ in SUBJ and lemma(k) == "qui" for k in c.children):
                        out.setdefault(c.i, (group, "subject"))
                if t.i == sent.root.i:
                    # "X, seul à défendre Y, propose ...": the parser made the name the root
                    out.setdefault(-1, (group, "subject"))
                cases = _prepositions(t)
                if t.dep_ == "appos" and t.head.pos_ == "NOUN" and lemma(t.head) in self.lex.roles:
                    # "Pour la députée de la Gironde X, ...": the preposition is on the role noun
                    cases = cases | _prepositions(t.head)
                if cases & reporting["intro"] - {"pour"}:
                    out.setdefault(-1, (group, "intro"))
                    self.local = group  # "Selon X, ... : il ..." -> "il" is X
                elif "pour" in cases and (t.i - sent.start <= 2 or (t.i + len(p.tokens) < len(t.doc)
                                                                   and t.doc[min(t.i + len(p.tokens), len(t.doc) - 1)].text == ",")):
                    out.setdefault(-1, (group, "intro"))
                    self.local = group
                elif "par" in _prepositions(t.head) and lemma(t.head) == "voix":
                    # "Le PS, par la voix de X, demande ...": X speaks
                    out.setdefault(-1, (group, "intro"))
                    self.local = group
                elif "par" in cases and lemma(t.head) in reporting["agent"]:
                    out.setdefault(-2, (group, "agent"))
                elif "de" in cases and lemma(t.head) == "nom" and any(lemma(c) == "au" or fold(c.text) == "au"
                                                                     for c in t.head.children):
                    prev = out.get(-2)
                    out[-2] = ((prev[0] if prev else ()) + group, "agent")
                continue
            if t.pos_ == "PRON" and fold(t.text) in ("lui", "elle", "eux", "elles") and -1 not in out:
                # "Selon lui, ...", "Pour elle, ...": the intro names someone met before
                cases = _prepositions(t)
                opening = t.i - sent.start <= 2 and t.i + 1 < sent.end and t.doc[t.i + 1].text == ","
                if (cases & (reporting["intro"] - {"pour"})) or ("pour" in cases and opening):
                    ref = self._refers_back(t)
                    if ref:
                        out[-1] = (ref, "pronoun")
                        self.local = ref
            if t.pos_ == "NOUN" and lemma(t) in self.lex.roles and -1 not in out and t.i - sent.start <= 3 and \
                    t.i + 1 < sent.end and t.doc[t.i + 1].text == "," and \
                    _prepositions(t) & (reporting["intro"] | {"pour"}):
                # "Pour le candidat, le libre est ...", "Selon la ministre, ...": the role's holder
                ref = self._refers_back(t)
                if ref:
                    out[-1] = (ref, "role")
                    self.local = ref
            if t.pos_ == "NOUN" and lemma(t) in self.lex.roles:
                # "la ministre, qui a salué ...": the relative clause is the role holder's
                for c in t.children:
                    if c.dep_ == "acl:relcl" and c.i not in out and \
                            any(k.dep_ in SUBJ and lemma(k) == "qui" for k in c.children):
                        # "la socialiste Anne X, qui juge ...": the name inside the role phrase
                        named = next((q for y in t.subtree if y.i < c.i and (q := self.person_at(y)) is not None), None)
                        ref = (named,) if named is not None else self._refers_back(t)
                        if ref:
                            out[c.i] = (ref, "subject" if named is not None else "role")
            if (t.dep_ in SUBJ or _inverted_pronoun(t) or _personal_il(t)) and t.head.i not in out:
                if fold(t.text) in NOBODY:
                    # "Aucun de ces candidats n'a détaillé ...": nobody holds it
                    out[t.head.i] = ((), "unnamed")
                    continue
                if self._is_first_person(t):
                    out[t.head.i] = ((), "first")
                elif t.i in self.topic_pronouns or (t.pos_ == "PRON" and fold(t.text) in THIRD_PRONOUNS and
                                                   inside(self.unit.start + t.idx, self.quotes)):
                    # "« Elle montre qu'elle a un effet », a dit X": inside a quote, "il" and
                    # "elle" are what the speaker talks about (often the topic), never the speaker
                    continue
                elif self._entourage(t):
                    # "Son équipe de campagne promet ...": the team speaks for the person in play
                    out[t.head.i] = (self.last, "behalf")
                elif t.pos_ == "PRON" and self._unnamed_antecedent(t):
                    # "Le gouvernement a fait savoir qu'il s'opposerait ...": "il" is the
                    # unnamed actor of the clause above, not the last person named
                    out[t.head.i] = ((), "unnamed")
                else:
                    ref = self._refers_back(t)
                    named = [q for y in t.subtree if y.i > t.i and y.dep_ in ("appos", "conj")
                             and (q := self.person_at(y)) is not None] if t.pos_ == "NOUN" and \
                        lemma(t) in self.lex.roles and t.i == sent.start else []
                    if ref:
                        out[t.head.i] = (ref, "pronoun" if t.pos_ == "PRON" else "role")
                    elif len(set(named)) == 1:
                        # "Candidat à sa propre succession, X (UMP) a aussi un compte Twitter":
                        # the parser makes the fronted role the subject and hangs X inside it
                        out[t.head.i] = ((named[0],), "subject")
                        self.local = (named[0],)
                    elif self._unnamed_actor(t):
                        # "le gouvernement", "les députés", "le PS": the clause's subject is an
                        # actor without a name; nobody named holds what it says
                        out[t.head.i] = ((), "unnamed")
        root = sent.root
        if root.pos_ in ("VERB", "AUX") and root.i not in out and \
                not any(c.dep_ in SUBJ or c.dep_.startswith("expl") for c in root.children):
            # the parser sometimes hangs the named subject elsewhere ("Devant X, Y vient de ...")
            for t in reversed(sent[: root.i - sent.start]):
                p = self.person_at(t)
                if p is not None and _entity_root(t, self.person_at).i == t.i and \
                        not any(c.dep_ == "case" for c in t.children) and root not in t.subtree:
                    out[root.i] = ((p,), "subject")
                    break
        self._inverted_subjects(sent, out)
        for first, extra in self.pending_conj:
            for k, (people, how) in list(out.items()):
                if first in people and extra not in people:
                    out[k] = (people + (extra,), how)
        # coordinated people anywhere in the sentence, for a later "ces derniers" / "ils"
        for t in sent:
            p = self.person_at(t)
            if p is not None and t.dep_ == "conj":
                h = self.person_at(t.head)
                if h is None:
                    # "les voix de X et Y": Y hangs on the noun that X modifies
                    h = next((self.person_at(c) for c in t.head.children
                              if c.i != t.i and self.person_at(c) is not None), None)
                if h is not None and h is not p:
                    self.group = tuple(dict.fromkeys((h, p)))
        for k, (people, how) in out.items():
            if len(people) > 1:
                self.group = people
        return out

    def _inverted_subjects(self, sent, out) -> None:
        """'« ... », a annoncé mercredi X', 'affirme X': after a quote the subject follows its
        reporting verb, and the parser often hangs it as an object or apposition."""
        doc = sent.doc
        for t in sent:
            if t.i in out or (lemma(t) not in self.lex.reporting["verb"] and not _right_after_quote(t)):
                continue
            before = [fold(x.text) for x in doc[max(sent.start, t.i - 6): t.i]]
            if not any(w in ("»", "\"", "”", ",") for w in before):
                continue
            if any(c.dep_ in SUBJ and (c.i > t.i or self.person_at(c) is not None) for c in t.children):
                continue  # (a "subject" inside the quote before the verb is a misparse)
            for x in doc[t.i + 1: min(sent.end, t.i + 5)]:
                if x.pos_ == "PUNCT" and x.text != "-":
                    break
                if any(c.dep_ == "case" for c in x.children):
                    continue
                p = self.person_at(x)
                if p is not None:
                    out[t.i] = ((p,), "subject")
                    break
                if x.pos_ == "NOUN" and lemma(x) in self.lex.roles:
                    # "« ... », a plaidé l'élu breton"; "a déclaré l'eurodéputée Anne X"
                    named = next((q for y in x.subtree if (q := self.person_at(y)) is not None), None)
                    if named is None:
                        # "a plaidé le président du conseil général, Anne X": the name in apposition
                        named = next((q for y in doc[x.i + 1: min(sent.end, x.i + 9)]
                                      if (q := self.person_at(y)) is not None and doc[y.i - 1].text == ","), None)
                    ref = (named,) if named is not None else self._refers_back(x)
                    if ref:
                        out[t.i] = (ref, "role")
                    break

    def _colon_introducer(self, sent, quote_start: int):
        """'X, député LR, juge le texte trop timide : « ... »': the person named before the
        colon that opens the quote."""
        before = [t for t in sent if self.unit.start + t.idx < quote_start and not t.is_space]
        if not before or before[-1].text != ":":
            return None
        named = [(t, p) for t in before[:-1] if (p := self.person_at(t)) is not None
                 and _entity_root(t, self.person_at).i == t.i]
        # the subject over an object: "X a répondu à Y : « ... »" quotes X
        for t, p in named:
            if t.dep_ in SUBJ or (t.dep_ == "appos" and t.head.dep_ in SUBJ):
                return p
        return named[-1][1] if named else None

    def quote_holder(self, sent, clauses, mention_root=None, quote_start=None, quote_end=None) -> Holder | None:
        """Whose words a quote in this sentence are: the subject of its reporting verb, else the
        person introducing it, else the named subject of a clause above the quote ("X s'engage
        à « ... »"), else (a quote that goes on) the person in play."""
        verbs = self.lex.reporting["verb"]
        for i, (people, how) in sorted(clauses.items()):
            if i >= 0 and people and how in ("subject", "pronoun", "role") and \
                    (lemma(sent.doc[i]) in verbs or _right_after_quote(sent.doc[i])):
                return Holder(people, how, True)
        if quote_start is not None:
            p = self._colon_introducer(sent, quote_start)
            if p is not None:
                self.last = (p,)  # the quote may go on in the next sentences
                return Holder((p,), "intro", True)
        for i in (-1, -2):
            if i in clauses and clauses[i][0]:
                return Holder(clauses[i][0], clauses[i][1], True)
        tok = mention_root
        while tok is not None:
            if tok.i in clauses and clauses[tok.i][0] and clauses[tok.i][1] in ("subject", "pronoun", "role"):
                return Holder(clauses[tok.i][0], clauses[tok.i][1], True)
            tok = tok.head if tok.head.i != tok.i else None
        if quote_end is not None and quote_end >= self.unit.start + sent.end_char:
            later = self._closing_attribution(sent, quote_end)
            if later:
                return Holder(later, "quote", True)
        if self.label is not None:
            return Holder((self.label,), "label", True)
        if self.unit.kind == "answer" and self.respondent is not None:
            return Holder((self.respondent,), "respondent", True)
        if self.last:
            return Holder(self.last, "quote", True)
        return None

    def _closing_attribution(self, sent, quote_end: int) -> tuple[Person, ...]:
        """'« Sentence one. Sentence two », a déclaré X': a quote running over several sentences
        belongs to the person its closing attribution names."""
        doc = sent.doc
        end_char = quote_end - self.unit.start
        closing = next((t for t in doc if t.idx >= end_char - 1), None)
        if closing is None:
            return ()
        later = closing.sent
        out: dict = {}
        self._inverted_subjects(later, out)
        verbs = self.lex.reporting["verb"]
        for i, (people, how) in sorted(out.items()):
            if i > closing.i and people:
                return people
        # "», a-t-elle ajouté": the pronoun subject of the reporting verb right after the quote
        # (the parser may have cut the sentence at the closing mark)
        for t in doc[closing.i + 1: min(len(doc), closing.i + 6)]:
            if t.is_sent_start and t.i > closing.i + 1:
                break
            if lemma(t) in verbs or _right_after_quote(t):
                for c in t.children:
                    if c.dep_ in SUBJ or _inverted_pronoun(c):
                        # "a déclaré l'eurodéputée Anne X": the name inside the subject phrase
                        p = next((q for x in c.subtree if (q := self.person_at(x)) is not None), None)
                        return (p,) if p is not None else self._refers_back(c)
                # "a plaidé le président du conseil général, Anne X": the first name after the verb
                for x in doc[t.i + 1: min(t.sent.end, t.i + 14)]:
                    p = self.person_at(x)
                    if p is not None:
                        return (p,)
                break
        return ()

    def end_sentence(self, clauses, sent=None) -> None:
        """After a sentence: the last named subject becomes the person in play."""
        comma = sent is not None and (sent.text.rstrip().endswith(",") or
                                      (sent.end < len(sent.doc) and sent.doc[sent.end].text == ","))
        if comma and -1 in clauses and len(sent) <= 8:
            self.carried_intro = (clauses[-1][0], "intro")  # "Pour X," + the rest parsed as another sentence
        # a named subject over a pronoun: "elles doivent ..." inside a quote re-resolves people
        # already in play and must not push out the one just named
        named = [(i, people) for i, (people, how) in clauses.items()
                 if people and how in ("subject", "intro", "agent", "label", "role")] or \
            [(i, people) for i, (people, how) in clauses.items() if people and how == "pronoun"]
        if named and not (sent is not None and _byline(sent)):
            self.last = max(named, key=lambda x: x[0])[1]
        elif sent is not None and not _byline(sent) and not any(people for people, _ in clauses.values()):
            # "L'UMP Anne X regrette ..." parsed without a verb: a sentence opening on a name
            # (maybe after a fronted "À l'opposé," or "Côté PS,") still puts that person in play
            fronted = any(t.text == "," for t in sent[:4])
            opener = next((p for t in sent[:10 if fronted else 6] if (p := self.person_at(t)) is not None), None)
            if opener is not None:
                self.last = (opener,)
        just_named = any(people and how in ("subject", "intro") for people, how in clauses.values())
        self.sentences_since_named = 0 if just_named else self.sentences_since_named + 1

    def holder_for(self, mention_root, sent, clauses, quotes, first_in_sentence: bool) -> Holder | None:
        """The holder of a mention, or None."""
        at = self.unit.start + mention_root.idx
        in_quote = inside(at, quotes)
        if in_quote:
            start, end = max(((q0, q1) for q0, q1 in quotes if q0 <= at < q1), default=(None, None))
            holder = self.quote_holder(sent, clauses, mention_root, start, end)
            if holder is not None:
                return holder
        if not in_quote and _NOBODY_OPENING.match(fold(sent.text)):
            # "Aucun de ces candidats n'a détaillé de mesures contre X" (the parser may make
            # "Aucun" the root, so the words decide)
            return None
        tok = mention_root
        found = None
        prev = None
        while True:
            if tok.i in clauses:
                found = clauses[tok.i]
                break
            if tok.pos_ == "NOUN" and tok.i != mention_root.i:
                agent = self._noun_agent(tok, prev)
                if agent is not None:
                    found = agent
                    break
            if tok.head.i == tok.i:
                break
            prev, tok = tok, tok.head
        if found is None and tok.head.i == tok.i and _fronted_participle(tok, sent):
            # "Rejetant à la fois X et Y, A et B défendent ...": the parser makes the fronted
            # participle a root of its own; its holder is the subject of the clause it leads into
            later = sorted(k for k in clauses if k > tok.i)
            if later:
                found = clauses[later[0]]
            elif sent[-1].text == "," and sent.end < len(sent.doc):
                found = self._next_sentence_subject(sent)
        if found is not None and found[1] == "first":
            found = None
            first_in_sentence = True
        if found is not None and found[1] == "unnamed":
            # the clause's subject is an unnamed actor: nobody named holds it, unless the clause
            # is what a named person wants or believes ("je ne crois pas que l'État doive ...")
            higher = self._governing_holder(tok, clauses)
            if higher is not None:
                found = higher
            else:
                found = clauses.get(-1) or clauses.get(-2)
                if found is None:
                    if _prescriptive(tok) or self._programme(tok):
                        # "l'État doit montrer l'exemple": the speaker's own demand; in an
                        # answer, "l'État basculera vers ...": the respondent's programme;
                        # in a speech, the author's demand as if said in the first person
                        return self._fallback(in_quote, _prescriptive(tok), allow_section=False)
                    return None  # "le gouvernement veut ...", "vous supprimez ...": not theirs
        if found is None:
            found = clauses.get(-1) or clauses.get(-2)
        if found is not None and found[0]:
            people, how = found
            if self.unit.kind == "answer" and self.respondent is not None and how in ("pronoun", "role"):
                return Holder((self.respondent,), "respondent", True)
            direct = in_quote or how in ("label", "first")
            return Holder(people, how, direct)
        return self._fallback(in_quote, first_in_sentence, allow_section=True)

    def _next_sentence_subject(self, sent):
        """(people, "subject") of the sentence the parser cut off after a fronted phrase."""
        following = next(iter(sent.doc[sent.end:].sents), None)
        for t in following or ():
            p = self.person_at(t)
            if p is not None and t.dep_ in SUBJ:
                group = [p] + [self.person_at(c) for c in t.children if c.dep_ == "conj" and self.person_at(c)]
                return tuple(dict.fromkeys(group)), "subject"
        return None

    def _programme(self, verb) -> bool:
        """A future-tense clause in the respondent's answer: what they will do in office."""
        if self.unit.kind != "answer" or self.respondent is None:
            return False
        return "Fut" in verb.morph.get("Tense") or any(
            "Fut" in c.morph.get("Tense") for c in verb.children if c.dep_.startswith("aux"))

    def _fallback(self, in_quote: bool, first_person: bool, allow_section: bool) -> Holder | None:
        if self.label is not None:
            return Holder((self.label,), "label", True)
        if self.label_other and not (self.unit.kind == "answer" and self.label_other_unit != self.unit.start):
            return None  # another speaker's turn (in an answer: only the labelled paragraph)
        if self.unit.kind == "answer" and self.respondent is not None:
            return Holder((self.respondent,), "respondent", True)
        if in_quote and self.last and allow_section:
            return Holder(self.last, "quote", True)
        if allow_section and self.section is not None:
            return Holder((self.section,), "section", False)
        if self.author is not None and not in_quote and (first_person or (allow_section and self.author_strong)):
            # a speech, a press release: the text is the author's own words
            return Holder((self.author,), "author", True)
        return None
