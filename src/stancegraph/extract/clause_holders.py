"""Who holds each clause of a sentence: the named subject of its verb (also in apposition,
inverted after a quote, or hung elsewhere by the parser), a pronoun or role referring back,
"selon X", "pour X,", "par la voix de X", "présenté par X", "au nom de X", the subject named
before the colon that opens a quote, the attribution closing a quote; or nobody named.

``ClauseHolders`` is a mixin of ``attribution.Attributor`` (see ``references``)."""

from __future__ import annotations

import re

from .cues import VERDICT_FORMS, lemma
from .discover import _entity_root
from .people import Person
from .quotes import inside
from .references import COMPARING, COUNTED, SUBJ, THIRD_PRONOUNS, ReferenceResolution, _inverted_pronoun, _personal_il
from .textnorm import fold

NOBODY = {"aucun", "aucune", "personne", "nul", "nulle"}
# the room a speaker addresses, after "personne" ("personne ici", "personne sur ces bancs")
_HERE = re.compile(r"(?:ici|sur ces bancs|dans (?:cet|cette) (?:hemicycle|salle|assemblee)|parmi nous)\b")


def _apposed(tok) -> bool:
    """A word set beside its head by a comma: an apposition, or a modifier with no preposition,
    which is how the parser often hangs a name after a comma ("A, B et C promettent")."""
    return tok.dep_ == "appos" or (tok.dep_ == "nmod" and tok.i > tok.head.i and
                                   not any(c.dep_ == "case" for c in tok.children))


def _verb_of_root_pronoun(tok):
    """The verb of "Elle votera pour X" when the parser made "Elle" the sentence's root and the
    verb a modifier of it; else None."""
    if tok.pos_ != "PRON" or tok.dep_ != "ROOT" or fold(tok.text) not in ("il", "elle", "ils", "elles") or \
            tok.i != tok.sent.start:
        return None
    return next((c for c in tok.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") and c.i == tok.i + 1), None)


def _right_after_quote(verb) -> bool:
    """'« ... », estime X': a verb just after the closing quote introduces its author, whatever
    its lemma (the lemmatiser reads "estime" as the noun)."""
    doc = verb.doc
    before = [fold(t.text) for t in doc[max(0, verb.i - 3): verb.i]]
    return verb.pos_ == "VERB" and any(q in before for q in ("»", '"', "”")) and \
        before[-1] in (",", "a", "avait", "ont", "»", '"', "”")


def _label_prefix(tok, person, person_at) -> bool:
    """``tok`` is in a speaker label opening its paragraph ("C.J. : ...", "Paul X : "): only the
    person's own tokens, initials and punctuation stand before a colon close after it."""
    doc = tok.doc
    if tok.idx > 40:
        return False
    colon = next((x for x in doc[tok.i + 1: tok.i + 4] if x.text == ":"), None)
    return colon is not None and all(x.is_punct or x.is_space or person_at(x) is person or "." in x.text
                                     for x in doc[0: colon.i])


# a first-person verb form the tagger may take for a noun ("abrogerons", "supprimerai")
_FIRST_PERSON_VERB = re.compile(r"\w{3,}(?:erons|irons|rons|erai|irai|rai)$")


def _comma_after_role(role) -> bool:
    """A comma closes the role's phrase within a few words ("Pour la députée écologiste, « ... »"),
    however far the parser stretched the phrase (over the quote after it)."""
    for x in role.doc[role.i + 1: min(role.i + 6, role.sent.end)]:
        if x.text == ",":
            return True
        if x.is_punct or x.pos_ in ("VERB", "AUX") or x not in role.subtree:
            return False
    return False


def _comma_after_name(tok, length: int) -> bool:
    """A comma right after the name at ``tok`` ("Pour la socialiste X, ..."), or after a
    parenthesis beside it ("Pour la socialiste X (Gironde), ...")."""
    doc = tok.doc
    i = tok.i + length
    if i < len(doc) and doc[i].text == "(":
        close = next((x.i for x in doc[i: i + 12] if x.text == ")"), None)
        i = close + 1 if close is not None else i
    return i < len(doc) and doc[i].text == ","


def _prepositions(tok) -> set[str]:
    """The prepositions introducing ``tok``, as lemmas and folded words, multi-word ones
    joined ("d'après X": "d'" + fixed "après" -> "d'apres")."""
    cases = [c for c in tok.children if c.dep_ == "case"]
    found = {lemma(c) for c in cases} | {fold(c.text) for c in cases}
    found |= {fold(c.text) + ("" if c.text.endswith(("'", "’")) else " ") + fold(f.text)
              for c in cases for f in c.children if f.dep_ == "fixed"}
    return found


def _counted_group(t) -> bool:
    """"tous trois tiennent un compte Twitter" with "tous trois" parsed as objects of a verb
    whose only subject, if any, stands before a colon ("Premier constat : tous trois ..."):
    the group is its subject."""
    doc = t.doc
    if fold(t.text) in COUNTED and t.dep_.startswith("expl") and t.head.pos_ == "VERB" and 0 < t.i < t.head.i and \
            fold(doc[t.i - 1].text) in ("tous", "toutes") and not any(c.dep_ in SUBJ for c in t.head.children):
        return True  # "tous trois s'accordent", with "trois" taken for the reflexive's expletive
    return fold(t.text) in ("tous", "toutes") and t.head.pos_ == "VERB" and t.i < t.head.i and \
        t.i + 1 < len(doc) and fold(doc[t.i + 1].text) in COUNTED and \
        all(c.i < t.i and any(x.text == ":" for x in doc[c.i: t.i]) for c in t.head.children if c.dep_ in SUBJ)


class ClauseHolders(ReferenceResolution):
    """Clause-level holders of one sentence, and of the quotes in it."""

    def _party_speaker(self, noun):
        """The speaker of the passage (a label, a Q/A respondent, a text's author) when
        ``noun`` names the members of their party ("les écologistes" for an EELV member)."""
        speaker = self.label or (self.respondent if self.unit.kind == "answer" else None) or \
            (self.author if self.author_strong else None)
        if speaker is None or not speaker.party:
            return None
        return speaker if lemma(noun) in self.lex.party_nouns.get(fold(speaker.party), ()) else None

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
            if p is not None and _label_prefix(t, p, self.person_at):
                continue  # "C.J. : ...": the turn's speaker label, which start_unit handles
            if p is not None:
                root = _entity_root(t, self.person_at)
                if root.i != t.i:
                    continue
                group = self._conjoined(t)
                self.recent = tuple(x for x in self.recent if x is not p)[-5:] + (p,)
                # ("Tout comme X, il réclame ...": the parser may make the name compared with the
                # subject, "comme" its preposition)
                compared = any(c.dep_ == "case" and (fold(c.text) in COMPARING or
                                                     any(fold(f.text) in COMPARING for f in c.children))
                               for c in t.children)
                if t.dep_ in SUBJ and not compared:
                    prev = out.get(t.head.i)
                    if prev is not None and prev[1] == "subject" and any(
                            c.dep_ == "cc" and c.i == t.i - 1 for c in t.head.children):
                        # "..., A, B et C promettent" with C made a second subject of the verb
                        # and "et" hung on the verb: the last of the list
                        group = tuple(dict.fromkeys(prev[0] + group))
                        out[t.head.i] = (group, "subject")
                    if prev is not None and prev[1] in ("first", "unnamed") and t.i > t.head.i:
                        # "« Nous l'abrogerons, a promis Roland X.": the parser makes the quote's
                        # "Nous" a second subject of the verb of saying; the name after it speaks
                        out[t.head.i] = (group, "subject")
                    out.setdefault(t.head.i, (group, "subject"))
                    if t.head.dep_.startswith("aux") and t.head.head.pos_ == "VERB" and t.head.head.i > t.head.i:
                        # "A (EELV) et B (PS) ont toutes deux signé ...": the parser hangs the
                        # subject on the auxiliary; it is the participle's
                        out.setdefault(t.head.head.i, (group, "subject"))
                    self.local = group
                    h = t.head
                    if h.i > t.i and h.dep_ in SUBJ and h.head.i != h.i and any(
                            x.text == "(" for x in t.doc[t.i + 1: h.i]) and not any(x.text == ")" for x in t.doc[t.i + 1: h.i]):
                        # "Yann X (Parti pirate, Rhône) a signé ...": the parser makes the party in
                        # brackets the subject and hangs the name on it
                        out[h.head.i] = (group, "subject")
                elif t.dep_ == "flat:name" and t.head.dep_ in SUBJ and \
                        fold(t.head.text) in ("m.", "mme", "mlle", "monsieur", "madame"):
                    # "M. X souhaite ...": the parser makes the honorific the subject
                    out.setdefault(t.head.head.i, (group, "subject"))
                    self.local = group
                elif _apposed(t):
                    # "Le ministre de l'Intérieur, X, a dit": X stands in apposition inside the
                    # subject phrase (or as a modifier with no preposition: "Tous signataires
                    # du pacte, A, B et C promettent")
                    h = t.head
                    while h.dep_ in ("nmod", "appos", "flat", "amod") and h.head.i != h.i:
                        h = h.head
                    if h.dep_ in SUBJ:
                        prev = out.get(h.head.i)
                        # "Les trois candidats, A (PS), B (UMP) et C (FN), veulent ...": the
                        # parser hangs A as an apposition and B, C as conjuncts of the noun
                        group = self._enumerated(h) or group
                        if prev is None or prev[1] in ("role", "pronoun", "unnamed") or set(prev[0]) < set(group):
                            out[h.head.i] = (group, "subject")
                            self.local = group
                    for v in h.children:
                        # "La députée Anne X votera contre ...": the parser hangs the verb on the
                        # role noun as a modifier (and may tag it a participle); X is its subject
                        # (or as an apposition: "La sénatrice Anne X juge la riposte inefficace")
                        if v.dep_ in ("acl", "appos") and v.pos_ == "VERB" and v.i > t.i and v.i not in out and \
                                v.morph.get("VerbForm") != ["Inf"] and not any(k.dep_ in SUBJ for k in v.children):
                            out[v.i] = (group, "subject")
                            self.local = group
                elif t.dep_ in ("dep", "appos", "nmod") and t.head.pos_ in ("VERB", "AUX") and any(
                        s.dep_ in SUBJ and lemma(s) in self.lex.roles and s.right_edge.i + 1 == t.i
                        for s in t.head.children):
                    # "le député UMP X voit ...": the parser hangs the name on the verb, beside
                    # the role noun it names
                    prev = out.get(t.head.i)
                    if prev is None or prev[1] in ("role", "pronoun", "unnamed"):
                        out[t.head.i] = (group, "subject")
                        self.local = group
                elif t.dep_ == "nmod" and t.head.dep_ in SUBJ and t.head.pos_ == "NOUN" and \
                        lemma(t.head) in self.lex.word_classes.get("platform", ()) and \
                        _prepositions(t) & {"de", "d'"} and t.head.head.i not in out:
                    # "Le programme de X est le seul à évoquer ...": what X's programme says, X says
                    out[t.head.head.i] = (group, "subject")
                    self.local = group
                elif t.dep_ == "conj" and self.person_at(t.head) is not None:
                    continue  # handled with the first conjunct
                elif t.dep_ == "conj" and t.head.dep_ in SUBJ and t.head.pos_ == "NOUN" and (
                        (lemma(t.head) in self.lex.roles and not any(c.dep_ == "cc" for c in t.children)) or
                        (t.head.morph.get("Number") == ["Plur"] and len(self._enumerated(t.head)) > 1)):
                    # "Le ministre de la Culture, X, a dit": an apposition parsed as a conjunct;
                    # "Tous signataires du pacte, A, B et C promettent": the people a plural
                    # subject noun lists
                    group = self._enumerated(t.head) or group
                    prev = out.get(t.head.head.i)
                    if prev is not None and set(group) <= set(prev[0]):
                        continue
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
                for x in t.conjuncts:
                    # "elle rejoint A et B, qui veulent eux aussi supprimer X": the relative clause
                    # hung on the last conjunct, with its verb in the plural, is the pair's
                    if self.person_at(x) is None:
                        continue
                    for c in x.children:
                        if c.dep_ == "acl:relcl" and c.morph.get("Number") == ["Plur"] and \
                                any(k.dep_ in SUBJ and lemma(k) == "qui" for k in c.children):
                            out.setdefault(c.i, (group, "subject"))
                if t.i == sent.root.i:
                    # "X, seul à défendre Y, propose ...": the parser made the name the root
                    out.setdefault(-1, (group, "subject"))
                elif _apposed(t) and t.head.i == sent.root.i and t.head.pos_ == "NOUN" and \
                        t.head.i - sent.start <= 3 and any(c.dep_ == "case" for c in t.head.children) and \
                        lemma(t.head) not in self.lex.roles:
                    # "À l'inverse, X, qui s'exprime pour le candidat, défend ...": the parser made
                    # the opening adverbial the root and hung the name on it
                    out.setdefault(-1, (group, "subject"))
                cases = _prepositions(t)
                role = t.head
                if t.dep_ == "appos" and role.pos_ == "PROPN" and role.dep_ == "nmod" and role.head.pos_ == "NOUN":
                    role = role.head  # "Pour le député PS du Finistère X": the name hung on the place
                if t.dep_ == "appos" and role.pos_ == "NOUN" and lemma(role) in self.lex.roles:
                    # "Pour la députée de la Gironde X, ...": the preposition is on the role noun
                    cases = cases | _prepositions(role)
                if cases & reporting["intro"] - {"pour"}:
                    out.setdefault(-1, (group, "intro"))
                    self.local = group  # "Selon X, ... : il ..." -> "il" is X
                elif "pour" in cases and (t.i - sent.start <= 2 or _comma_after_name(t, len(p.tokens))):
                    out.setdefault(-1, (group, "intro"))
                    self.local = group
                elif "de" in cases and (lemma(t.head) == "oeil" or fold(t.head.text) == "yeux"):
                    # "Aux yeux de X, ...": X's view
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
            if fold(t.text) == "yeux" and -1 not in out and (t.i - sent.start <= 2 or not out) and \
                    _prepositions(t) & {"a", "au", "aux"} and len(self.last) == 1 and \
                    any(fold(c.text) in ("ses", "leurs") for c in t.children):
                # "À ses yeux, la loi est un échec", "Supprimer X, ce serait à ses yeux ...":
                # the person in play's view (inside the sentence, only when nobody else is
                # its subject: "Son adversaire refuse ... : à ses yeux, ...")
                out[-1] = (self.last, "pronoun")
                self.local = self.last
            if t.pos_ == "PRON" and fold(t.text) in ("il", "elle") and t.dep_ not in SUBJ and -1 not in out and \
                    t.i + 2 < sent.end and fold(t.doc[t.i + 1].text) in ("la", "le", "l'") and \
                    fold(t.doc[t.i + 2].text) in VERDICT_FORMS:
                # "Quant à la licence globale, il la juge « irréaliste »", parsed with "juge" a
                # noun and "il" hung on the topic: the pronoun is the verdict's subject
                ref = self._refers_back(t)
                if ref:
                    out[-1] = (ref, "pronoun")
                    self.local = ref
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
                    ((t.i + 1 < sent.end and t.doc[t.i + 1].text == ",") or (t.right_edge.i + 1 < sent.end and
                     t.right_edge.i - t.i <= 4 and t.doc[t.right_edge.i + 1].text == ",") or
                     _comma_after_role(t)) and \
                    _prepositions(t) & (reporting["intro"] | {"pour"}):
                # "Pour le candidat, le libre est ...", "Selon la ministre, ...", "Pour la
                # sénatrice du Gers, ...": the role's holder
                ref = self._refers_back(t)
                if ref:
                    out[-1] = (ref, "role")
                    self.local = ref
            if t.pos_ == "NOUN" and lemma(t) in self.lex.roles:
                # "la ministre, qui a salué ...": the relative clause is the role holder's
                for c in t.children:
                    if c.dep_ == "acl" and c.pos_ == "VERB" and t.dep_ == "ROOT" and c.i > t.i and c.i not in out and \
                            c.morph.get("VerbForm") == ["Fin"] and not any(k.dep_ in SUBJ for k in c.children) and \
                            (ref := self._refers_back(t)):
                        # "La conseillère régionale, qui ..., voit dans ACTA ...": the parser makes
                        # the role the root and hangs the verb on it
                        out[c.i] = (ref, "role")
                    if c.dep_ == "acl:relcl" and c.i not in out and \
                            any(k.dep_ in SUBJ and lemma(k) == "qui" for k in c.children):
                        # "la socialiste Anne X, qui juge ...": the name inside the role phrase
                        named = next((q for y in t.subtree if y.i < c.i and (q := self.person_at(y)) is not None), None)
                        ref = (named,) if named is not None else self._refers_back(t)
                        if ref:
                            out[c.i] = (ref, "subject" if named is not None else "role")
            if t.dep_ == "det" and t.pos_ == "PRON" and fold(t.text) in ("il", "elle", "ils", "elles") and \
                    t.i == sent.start and t.head.pos_ == "NOUN" and t.head.i == t.i + 1 and t.head.i not in out and \
                    not inside(self.unit.start + t.idx, self.quotes) and (ref := self._refers_back(t)):
                # "Elle juge que « ... » et plaide pour X": the tagger takes the verb for a noun
                # and the pronoun for its determiner, and may make that "noun" the subject of
                # the next verb; the pronoun opening the sentence is the subject of both (not in
                # "le candidat se dit hostile à X, qu'il juge ...": the main clause's subject holds)
                out[t.head.i] = (ref, "pronoun")
                if t.head.dep_ in SUBJ and t.head.head.i not in out:
                    out[t.head.head.i] = (ref, "pronoun")
                continue
            if t.i == sent.start and fold(t.text) in ("celui", "celle") and (ref := self._refers_back(t)):
                # "Celui qui préside l'association des maires ruraux veut que ...": the person just
                # named (the parser may make "Celui" the root and lose the verb's subject)
                out.setdefault(-1, (ref, "pronoun"))
            if t.pos_ == "PRON" and t.head.pos_ == "NOUN" and t.dep_ not in SUBJ and fold(t.text) in ("nous", "je", "j'") and \
                    t.head.i > t.i and t.head.i not in out and \
                    _FIRST_PERSON_VERB.search(fold(t.head.text)) and self._is_first_person(t):
                # "et nous l'abrogerons" with "abrogerons" tagged a noun and "nous" its modifier:
                # the pronoun is the verb's subject
                out[t.head.i] = ((), "first")
            verb = _verb_of_root_pronoun(t)
            if verb is not None and verb.i not in out and not inside(self.unit.start + t.idx, self.quotes):
                # "Elle votera pour l'accord": the parser makes the pronoun the root and hangs
                # the verb on it as a clause modifier
                ref = self._refers_back(t)
                if ref:
                    out[verb.i] = (ref, "pronoun")
                continue
            # ("A et sa collègue B se sont trouvé un terrain d'entente : toutes deux ont promis
            # ...", where the parser also makes A a subject of the verb after the colon)
            counted_after_colon = t.dep_ in SUBJ and fold(t.text) in COUNTED and \
                any(x.text == ":" for x in t.doc[sent.start: t.i])
            # (of two subjects the parser gives one verb, the nearer: "Allant plus loin que son
            # parti, il s'est prononcé pour X"; a relative "qui" is none: "Le député, qui siège
            # à la commission, ... demande", with "siège" read as a noun)
            # (not across a colon or a quote mark: "Le candidat insiste sur X : « Les opérateurs
            # transportent ... »" is the candidate's)
            nearer = t.dep_ in SUBJ and any(
                c.dep_ in SUBJ and t.i < c.i < t.head.i and fold(c.text) not in NOBODY and fold(c.text) != "qui" and
                not any(x.text in (":", "«", "»", '"') for x in t.doc[t.i: c.i]) for c in t.head.children)
            if (t.dep_ in SUBJ or _inverted_pronoun(t) or _personal_il(t) or _counted_group(t)) and not nearer and \
                    (t.head.i not in out or counted_after_colon):
                if fold(t.text) == "personne" and self.label is not None and \
                        _HERE.match(fold(t.doc[t.i + 1: min(len(t.doc), t.i + 5)].text)):
                    # "personne ici n'est contre un internet ouvert", "personne sur ces bancs ne
                    # conteste ..." in a speaker's turn: the speaker counts himself among all
                    # those present (not "personne ne défend les libertés à l'Assemblée")
                    continue
                if fold(t.text) in NOBODY:
                    # "Aucun de ces candidats n'a détaillé ...": nobody holds it
                    out[t.head.i] = ((), "unnamed")
                    continue
                if fold(t.text) in ("chacun", "chacune") and (group := self._group_before(t, out)):
                    # "Tous deux revendiquent une campagne connectée : chacun anime un compte
                    # Twitter": each of the group the sentence named
                    out[t.head.i] = (group, "pronoun")
                    continue
                if self._is_first_person(t):
                    out[t.head.i] = ((), "first")
                elif t.i in self.topic_pronouns or (t.pos_ == "PRON" and fold(t.text) in THIRD_PRONOUNS and (
                        inside(self.unit.start + t.idx, self.quotes) or self._names_the_topic(t, sent))):
                    # "« Elle montre qu'elle a un effet », a dit X": inside a quote, "il" and
                    # "elle" are what the speaker talks about (often the topic), never the speaker
                    continue
                elif self._entourage(t):
                    # "Son équipe de campagne promet ...": the team speaks for the person in play
                    # (the one whose clause governs it, or the sentence named: "X dénonce ... et
                    # rappelle que son mouvement propose ...")
                    above = out.get(t.head.head.i) if t.head.dep_ in ("ccomp", "xcomp") else None
                    named = [q for x in t.doc[sent.start: t.i] if (q := self.person_at(x)) is not None]
                    holder = above[0] if above and above[0] else self.local or tuple(named[-1:]) or self.last
                    out[t.head.i] = (holder, "behalf")
                elif t.pos_ == "PRON" and self._thing_antecedent(t):
                    # "Le profil publiait des messages. Il avait été signalé ...": the thing the
                    # sentence before was about, not the last person named
                    continue
                elif t.pos_ == "PRON" and self._unnamed_antecedent(t):
                    # "Le gouvernement a fait savoir qu'il s'opposerait ...": "il" is the
                    # unnamed actor of the clause above, not the last person named
                    out[t.head.i] = ((), "unnamed")
                else:
                    ref = self._refers_back(t)
                    role_noun = t.pos_ == "NOUN" and (lemma(t) in self.lex.roles or any(
                        lemma(t) in nouns for nouns in self.lex.party_nouns.values()))
                    named = [q for y in t.subtree if y.i > t.i and y.dep_ in ("appos", "conj")
                             and (q := self.person_at(y)) is not None] if role_noun and t.i == sent.start else []
                    if not named and role_noun:
                        # "la députée écologiste Anne X a dénoncé ...", "À l'inverse, la socialiste
                        # Anne X a répété ...": the name right after the role, which the parser
                        # hangs on it as a modifier
                        # (or as a second subject: only adjectives may stand between them)
                        after = t.doc[t.i + 1: min(t.i + 4, sent.end)]
                        named = [q for y in after if (q := self.person_at(y)) is not None and
                                 (y in t.subtree or all(x.pos_ == "ADJ" for x in after if x.i < y.i))][:1]
                        edge = t.right_edge.i
                        if not named and edge + 2 < sent.end and t.doc[edge + 1].text == "," and \
                                (q := self.person_at(t.doc[edge + 2])) is not None:
                            # "« ... », a lancé le président du conseil général, Bernard X, qui
                            # ...": the name set off after the role's phrase, which the parser
                            # hangs on the verb
                            named = [q]
                    if len(set(named)) == 1:
                        # "Candidat à sa propre succession, X (UMP) a aussi un compte Twitter":
                        # the parser makes the fronted role the subject and hangs X inside it
                        # (the name wins over whoever the role noun alone would refer back to:
                        # "Son candidat parisien Paul X dénonce ...")
                        out[t.head.i] = ((named[0],), "subject")
                        self.local = (named[0],)
                    elif ref:
                        out[t.head.i] = (ref, "pronoun" if t.pos_ == "PRON" else "role")
                    elif self.section is not None and ((t.pos_ == "NOUN" and any(
                            lemma(t) in nouns for nouns in self.lex.party_nouns.values())) or (
                            t.pos_ == "PROPN" and self.section.party and fold(t.text) == fold(self.section.party))):
                        # "Les écologistes veulent ...", "le PS veut ..." under a candidate's
                        # heading in a synthesis ("PS - Anne X"): the party's line is the candidate's
                        out[t.head.i] = ((self.section,), "section")
                    elif t.pos_ == "NOUN" and (own := self._party_speaker(t)) is not None:
                        # "Les écologistes soutiennent la licence globale" in an ecologist's own
                        # answer or speech: her party's line, which she gives as hers
                        out[t.head.i] = ((own,), "label")
                    elif t.pos_ == "NOUN" and lemma(t) == "groupe" and self.label is not None and \
                            not inside(self.unit.start + t.idx, self.quotes):
                        # "le groupe UMP ne votera pas ce texte" in a member's turn of a debate:
                        # the speaker announces the group's vote, as theirs
                        out[t.head.i] = ((self.label,), "label")
                    elif self._unnamed_actor(t):
                        if any(c.dep_ == "case" and fold(c.text) == "avec" for c in t.children):
                            # "et avec la nouvelle majorité nous la remplacerons", parsed with the
                            # "avec" phrase as the subject: no subject, the clause's own one decides
                            continue
                        if fold(sent[0].text) == "avec" and len(sent) > 1 and fold(sent[1].text) in ("moi", "nous"):
                            # "Avec moi, l'administration donnera la priorité aux logiciels
                            # libres": what the speaker promises the actor will do
                            out[t.head.i] = ((), "first")
                        else:
                            # "le gouvernement", "les députés", "le PS": the clause's subject is an
                            # actor without a name; nobody named holds what it says
                            out[t.head.i] = ((), "unnamed")
        self._misparsed_subjects(sent, out)
        self._inverted_subjects(sent, out)
        for t in sent:
            verb = t.head
            if _inverted_pronoun(t) and verb.i in out and out[verb.i][0] and verb.dep_ in ("dep", "parataxis") and \
                    verb.i > sent.start and verb.doc[verb.i - 1].text == ",":
                # "La neutralité du net, estime-t-il, doit être inscrite dans la loi": the
                # incise's subject holds the sentence around it
                out.setdefault(-1, out[verb.i])
        for first, extra in self.pending_conj:
            for k, (people, how) in list(out.items()):
                if first in people and extra not in people:
                    out[k] = (people + (extra,), how)
        self._remember_groups(sent, out)
        return out

    def _misparsed_subjects(self, sent, out) -> None:
        """Holders the token rules of ``clause_holders`` miss because the parser hung the subject
        elsewhere: a named subject before a root verb without one, "Tous deux" opening the
        sentence, a first verb hung under the second, "Le député X juge que" with "juge" read
        as a noun."""
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
        opening = next((t for t in sent if not t.is_punct), None)
        if opening is not None and fold(opening.text) in ("tous", "toutes") and opening.i + 1 < sent.end and \
                fold(opening.nbor().text) in COUNTED and not any(held[0] for held in out.values()):
            # "Tous deux se sont en revanche accordés pour réclamer ...": the parser may hang "tous
            # deux" under any noun ("revanche"); the group opening the sentence is its subject
            group = self._refers_back(opening)
            verb = next((x for x in sent if x.i > opening.i and x.pos_ == "VERB"), None)
            if group and verb is not None:
                out[verb.i] = (group, "subject")
                out.setdefault(root.i, (group, "subject"))
        for t in sent:
            if t.i <= sent.start or t.i + 1 >= sent.end or fold(t.text) not in ("tous", "toutes") or \
                    fold(t.nbor().text) not in COUNTED:
                continue
            # "A, B et C se retrouvent sur un point : tous trois rejettent ACTA", "A, B et C font
            # tous trois de X une priorité": the verb right after (or before) the count, whatever
            # the parser made of it, has the people the sentence named for subject
            n = COUNTED[fold(t.nbor().text)]
            prev = t.doc[t.i - 1]
            verb = t.doc[t.i + 2] if t.i + 2 < sent.end and t.doc[t.i + 2].pos_ == "VERB" and prev.text == ":" else \
                prev if prev.pos_ == "VERB" else None
            named = list(dict.fromkeys(p for x in t.doc[sent.start: t.i] if (p := self.person_at(x)) is not None))
            before = t.doc[sent.start - 1].sent if sent.start > 0 else None
            if len(named) < n and before is not None and before[-1].text not in (".", "!", "?", "…"):
                # (the parser may end a sentence inside the list of names: "..., la députée UMP
                # sortante | Claire X et ...")
                named = list(dict.fromkeys([p for x in before if (p := self.person_at(x)) is not None] + named))
            if verb is not None and len(named) == n and not (verb.i in out and set(named) <= set(out[verb.i][0])):
                out[verb.i] = (tuple(named), "subject")
        before_root = [held for i, held in out.items() if 0 <= i < root.i and held[0]]
        if root.i not in out and len(before_root) == 1 and root.pos_ in ("VERB", "AUX", "ADJ") and \
                not any(c.dep_ in SUBJ or c.dep_.startswith("expl") for c in root.children):
            # "Point commun : tous trois tiennent un blog, sont présents sur Twitter": the parser
            # hangs the first verb under the second, left without a subject of its own
            out[root.i] = before_root[0]
        cut_off = self._name_cut_off(sent)
        if cut_off is not None:
            # "Anne X (PS) et Léa Y (EELV) veulent la supprimer": the parser ends a sentence
            # after the first name's parenthesis; the named subject is both of them
            for k, (people, how) in list(out.items()):
                if how == "subject" and people and cut_off not in people:
                    out[k] = ((cut_off,) + people, how)
        for t in sent:
            if t.pos_ == "VERB" and t.dep_ == "conj" and t.i not in out and t.head.pos_ not in ("VERB", "AUX") and \
                    t.morph.get("VerbForm") == ["Fin"] and not any(c.dep_ in SUBJ for c in t.children) and \
                    any(c.dep_ == "cc" and c.i < t.i for c in t.children):
                # "Même son de cloche chez la sénatrice X, qui juge le plan « un bon début » mais
                # estime que ...": the parser joins the second verb to the verbless sentence's
                # noun; its subject is the one of the verb before it
                before = [(k, held) for k, held in out.items() if 0 <= k < t.i and held[0] and
                          held[1] in ("subject", "role", "pronoun")]
                if before:
                    out[t.i] = max(before)[1]
            if t.pos_ == "NOUN" and fold(t.text) in ("juge", "jugent") and t.i > sent.start and t.i not in out and \
                    (named := self.person_at(t.doc[t.i - 1])) is not None and \
                    not any(c.dep_ == "det" for c in t.children) and \
                    any(c.dep_ == "ccomp" and any(fold(m.text) in ("que", "qu'") for m in c.children) for c in t.children):
                # "Le député X juge que ...": the tagger reads "juge" after a name as the noun
                out[t.i] = ((named,), "subject")

    def _group_before(self, tok, out):
        """The people of the last clause before ``tok`` held by more than one person, else the
        group the sentence named as a subject so far, else None."""
        held = [people for i, (people, _) in sorted(out.items()) if 0 <= i < tok.i and len(people) > 1]
        return held[-1] if held else (self.local if len(self.local) > 1 else None)

    def _name_cut_off(self, sent):
        """The person a clause opening on "et" was cut off from: the parser makes a name (with
        its party in brackets or a relative clause) a root of its own, in the same sentence or
        as a sentence without a full stop, and "et Léa Y (EELV) veulent ..." another root or its
        conjunct."""
        if sent.start > 0 and sent[0].text == "et":
            before = sent.doc[sent.start - 1].sent
            if before[-1].text not in (".", "!", "?", "…", ":", ";"):
                return self.person_at(before.root)
            return None
        named = self.person_at(sent.root)
        if named is not None and any(
                t.i > sent.root.i and t.pos_ in ("VERB", "AUX") and
                (t.dep_ == "ROOT" or (t.dep_ == "conj" and (t.head == sent.root or (
                    t.head.dep_ == "acl:relcl" and t.head.head == sent.root)))) and
                any(c.text == "et" and c.dep_ == "cc" and c.i < t.i for c in t.children) for t in sent):
            return named
        return None

    def _remember_groups(self, sent, out) -> None:
        """The people the sentence coordinates, for a later "ces derniers" / "ils"."""
        before = self.group
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
        # "X fait figure de dernier défenseur de Y, tandis que Z réclame sa suppression.
        # Rejetant tous deux ...": two people the sentence sets side by side, each the subject
        # of a clause of their own
        # (only when the sentence coordinates nobody: "présentée par A, B, ..., et C, ..., ont
        # consacré" lists B and C, whatever other subject the parser gives A)
        # (each the subject of a finite verb: not "présentée par A" misparsed with A its subject)
        subjects = [people[0] for k, (people, how) in sorted(out.items()) if k >= 0 and how == "subject" and len(people) == 1
                    and sent.doc[k].morph.get("VerbForm") == ["Fin"]]
        subjects = list(dict.fromkeys(subjects))
        if len(subjects) == 2 and self.group == before:
            self.group = tuple(subjects)

    def _names_the_topic(self, pron, sent) -> bool:
        """'le candidat se dit hostile à la loi Hadopi et souhaite qu'elle soit abrogée': a
        third-person pronoun of the gender of a topic named before it in the sentence, where
        nobody of that gender is named or referred to, stands for the topic."""
        gender = pron.morph.get("Gender")
        before = sent.doc[sent.start: pron.i]
        # (only in a "que" clause: after "Sur la neutralité du net, il ...", "il" is a person)
        if not any(fold(c.text) in ("que", "qu'") and c.dep_ == "mark" for c in pron.head.children):
            return False
        if not gender or not any(t.i in self.mention_tokens and t.pos_ == "NOUN" and t.morph.get("Gender") == gender
                                 for t in before):
            return False
        people = [p for t in before if (p := self.person_at(t)) is not None]
        roles = [t for t in before if t.pos_ == "NOUN" and lemma(t) in self.lex.roles and t.i not in self.mention_tokens]
        return not any(p.gender == gender[0] for p in people) and not any(t.morph.get("Gender") == gender for t in roles)

    def _conjoined(self, tok) -> tuple[Person, ...]:
        """The person at ``tok`` and those coordinated with it ("A, B et C"), however the
        parser chains the conjuncts."""
        people = [self.person_at(tok)]
        for c in tok.children:
            if c.dep_ == "conj" and self.person_at(c) is not None:
                people += self._conjoined(c)
            elif (named := self._name_on_conjunct_role(c)) is not None:
                # "A, son homologue au PS, la centriste B et C réclament ...": the conjunct is
                # the role, and the name right after it hangs on it (C on the name or the role)
                people += self._conjoined(named)
                people += [q for k in c.children if k.dep_ == "conj" and self.person_at(k) is not None
                           for q in self._conjoined(k)]
            elif _apposed(c) and tok.dep_ in SUBJ and self.person_at(c) not in (None, people[0]) and \
                    _entity_root(c, self.person_at).i == c.i:
                # "A, B et C promettent ...": the parser hangs B as an apposition of the subject
                # A (a person in apposition to another is a list, not a description; elsewhere,
                # "présentée par A, B, porte-parole, et C" may end the phrase at A)
                people += self._conjoined(c)
            elif c.dep_ == "nmod" and tok.dep_ in SUBJ and self.person_at(c) not in (None, people[0]) and \
                    _prepositions(c) & {"comme", "ainsi que"} and tok.head.morph.get("Number") == ["Plur"]:
                # "A (PS) comme B (EELV) veulent la supprimer": the plural verb makes it a list
                people += self._conjoined(c)
        return tuple(dict.fromkeys(people))

    def _name_on_conjunct_role(self, c):
        """The name right after a conjunct role noun, which the parser hangs on it ("... et le
        souverainiste B"), or None."""
        if c.dep_ != "conj" or c.pos_ != "NOUN":
            return None
        return next((k for k in c.children if _apposed(k) and k.i == c.i + 1 and self.person_at(k) is not None), None)

    def _enumerated(self, noun) -> tuple[Person, ...]:
        """People listed beside a subject noun ("les trois candidats, A, B et C"), when it
        lists more than one."""
        people: list[Person] = []
        for c in noun.children:
            if (c.dep_ == "conj" or _apposed(c)) and self.person_at(c) is not None and \
                    _entity_root(c, self.person_at).i == c.i:
                people += self._conjoined(c)
            elif (named := self._name_on_conjunct_role(c)) is not None:
                # "la socialiste A et le souverainiste B promettent ...": each name on its role
                people += self._conjoined(named)
        people = list(dict.fromkeys(people))
        return tuple(people) if len(people) > 1 else ()

    def _inverted_subjects(self, sent, out) -> None:
        """'« ... », a annoncé mercredi X', 'affirme X': after a quote the subject follows its
        reporting verb, and the parser often hangs it as an object or apposition."""
        doc = sent.doc
        for t in sent:
            pron = next((x for x in doc[t.i + 1: min(sent.end, t.i + 3)] if x.text in ("-elle", "-il")), None) \
                if t.i > sent.start and doc[t.i - 1].text == "," and -1 not in out else None
            if pron is not None and lemma(t) in self.lex.reporting["verb"] and \
                    not any(x.pos_ == "PRON" and x.dep_ in SUBJ for x in t.children):
                # "La rémunération des auteurs, insiste-t-elle, « doit rester au coeur de tout »":
                # the incise names the speaker of the whole sentence (the tagger may call
                # "-elle" an interjection)
                gender = "Fem" if pron.text == "-elle" else "Masc"
                ref = next((p for p in list(reversed(self.last)) + list(reversed(self.recent))
                            if p.gender in (None, gender)), None)
                if ref is not None:
                    out[-1] = ((ref,), "pronoun")
            # (a "nous" inside the quote that the parser made the verb's subject is no subject:
            # '« ... Nous l'abrogerons », a réagi la députée X')
            taken = t.i in out and not (out[t.i][1] == "first" and _right_after_quote(t))
            if taken or (lemma(t) not in self.lex.reporting["verb"] and not _right_after_quote(t)):
                continue
            before = [fold(x.text) for x in doc[max(sent.start, t.i - 6): t.i]]
            if not any(w in ("»", "\"", "”", ",") for w in before):
                continue
            if any(c.dep_ in SUBJ and (c.i > t.i or self.person_at(c) is not None) for c in t.children):
                continue  # (a "subject" inside the quote before the verb is a misparse)
            # (room for "à l'AFP" between the verb and its subject)
            for x in doc[t.i + 1: min(sent.end, t.i + 7)]:
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
                        # (or with no comma: "a réagi le député socialiste de la Haute-Garonne Paul X")
                        for y in doc[x.i + 1: min(sent.end, x.i + 9)]:
                            if y.is_punct and y.text not in (",", "-"):
                                break
                            if (q := self.person_at(y)) is not None:
                                named = q
                                break
                    ref = (named,) if named is not None else self._refers_back(x)
                    if ref:
                        out[t.i] = (ref, "role")
                    break

    def before_colon(self, sent, quote_start: int) -> list | None:
        """The tokens before the colon that opens the quote at ``quote_start``, if one does."""
        before = [t for t in sent if self.unit.start + t.idx < quote_start and not t.is_space]
        if not [t for t in before if t.text not in ("«", '"', "“")] and sent.start > 0:
            # the parser may end the sentence at the colon: "X est plus net :" | "« ... »"
            before = [t for t in sent.doc[sent.start - 1].sent if not t.is_space]
            while before and before[-1].text in ("«", '"', "“"):
                before.pop()
        return before if before and before[-1].text == ":" else None

    def _colon_introducer(self, sent, quote_start: int):
        """'X, député LR, juge le texte trop timide : « ... »': the person named before the
        colon that opens the quote."""
        before = self.before_colon(sent, quote_start)
        if before is None:
            return None
        named = [(t, p) for t in before[:-1] if (p := self.person_at(t)) is not None
                 and _entity_root(t, self.person_at).i == t.i]
        # the subject over an object: "X a répondu à Y : « ... »" quotes X
        for t, p in named:
            if t.dep_ in SUBJ or (t.dep_ == "appos" and t.head.dep_ in SUBJ):
                return p
        return named[-1][1] if named else None

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
