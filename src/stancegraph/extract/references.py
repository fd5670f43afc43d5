"""Who a subject refers to: a pronoun, a role noun, "ces derniers", "le premier" back to the
people named before (gender- and role-aware), a team to the person in play; and which
subjects stand for nobody named (an impersonal "il", an unnamed actor, the first person).

``ReferenceResolution`` is a mixin of ``attribution.Attributor``: it reads the discourse state
that ``Attributor.__init__`` sets (index, token_people, lex, unit, last, local, recent, group...)."""

from __future__ import annotations

from .cues import clause_verb_lemmas, lemma, verb_lemmas
from .discover import _gender, role_places
from .people import Person, compatible
from .textnorm import fold

SUBJ = ("nsubj", "nsubj:pass")
# words that set a name beside the subject rather than naming it ("Comme X, elle ...",
# "Contrairement à X, il ...", "À l'instar de X, elle ...")
COMPARING = {"comme", "contrairement", "instar", "differemment"}
# participles that open a sentence about a thing, not a person ("Ouvert en 2003, il ...",
# "Créée en 2009, elle ...")
_THING_PARTICIPLES = {"ouvert", "ouverte", "cree", "creee", "fonde", "fondee", "construit", "construite", "installe",
                      "installee", "inaugure", "inauguree", "bati", "batie", "renove", "renovee",
                      # (a text: "Signé à Rabat en 2010, il prévoit ...")
                      "signe", "signee", "ratifie", "ratifiee", "adopte", "adoptee", "promulgue", "promulguee"}
# the numbers of a counted group subject ("tous deux", "les trois candidats")
COUNTED = {"deux": 2, "trois": 3, "quatre": 4}
THIRD_PRONOUNS = {"il", "elle", "lui", "celui-ci", "celle-ci", "lui-meme", "elle-meme"}
# pronouns for unnamed people ("ceux qui proposent ...", "certains veulent ...")
UNNAMED_PRONOUNS = {"ceux", "celles", "certains", "certaines", "plusieurs", "beaucoup", "d'autres", "autres",
                    "d'aucuns", "aucun", "personne", "chacun", "la plupart"}
FIRST_POSSESSIVES = {"notre", "nos", "mon", "ma", "mes"}
PLURAL_PRONOUNS = {"ils", "elles", "eux"}
FIRST_PRONOUNS = {"je", "j'", "nous", "moi", "me", "m'"}


def _inverted_pronoun(tok) -> bool:
    """'a-t-il estimé', 'déclare-t-elle': a subject pronoun after its verb, which the parser
    sometimes labels expletive ("-il" is never the impersonal "il" there)."""
    return tok.pos_ == "PRON" and tok.text.startswith("-") and inverted_form(tok) in ("il", "elle", "ils", "elles")


def inverted_form(tok) -> str:
    """The pronoun of an inverted subject: "-t-elle" -> "elle"; the tokenizer may also cut it
    into "-t" and "-elle", the second hung on the first."""
    word = fold(tok.text).lstrip("-").removeprefix("t-")
    if word == "t" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text.startswith("-"):
        return fold(tok.doc[tok.i + 1].text).lstrip("-")
    return word


# verbs that take the impersonal "il": "il faut", "il s'agit", "il semble", "il reste", "il y a"
_IMPERSONAL_VERBS = {"falloir", "agir", "sembler", "paraitre", "rester", "convenir", "importer", "manquer",
                     "suffire", "arriver", "valoir", "exister", "pleuvoir", "avoir", "etre", "devenir", "aller",
                     "s'agir", "apparaitre", "subsister", "advenir"}


# what a body does with a text or a case, as a person would ("Le Conseil ... Il estime que ...")
_RULING_VERBS = {"estimer", "juger", "considerer", "relever", "rappeler", "souligner", "preciser", "indiquer",
                 "declarer", "constater", "noter", "observer"}


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
    if lemma(head) == "revenir" and any(c.pos_ == "VERB" and any(fold(m.text) in ("de", "d'") and m.dep_ == "mark"
                                                               for m in c.children) for c in head.children):
        return True  # "il lui reviendra de se prononcer sur ...": the task is the subject
    # "il est important de / que ...": a clause complement of the adjective is the real subject
    # (the tagger may make the adjective a noun, its clause then an "acl": "il serait irresponsable de");
    # not the object clause of a verb of saying or wanting ("Il souhaite que l'État ...")
    if head.pos_ == "VERB" and not any(c.dep_ == "cop" for c in head.children):
        return False
    return any(c.dep_ in ("csubj", "ccomp", "xcomp", "dep", "advcl", "acl") and
               any(fold(k.text) in ("de", "d'", "que", "qu'") and k.dep_ == "mark" for k in c.children)
               for c in head.children)


def _personal_il(tok) -> bool:
    """A subject "il" / "elle" the parser labels otherwise: expletive but not impersonal, or a
    determiner of the verb after it ("Elle juge les réseaux sociaux « indispensables »")."""
    if tok.pos_ == "PRON" and fold(tok.text) in ("il", "elle") and tok.dep_ == "det" and \
            tok.head.pos_ == "VERB" and tok.i < tok.head.i:
        return True
    return tok.pos_ == "PRON" and fold(tok.text) in ("il", "elle") and tok.dep_.startswith("expl") and \
        not _impersonal(tok)


def _party_in(party: str, places: set[str], role_tok) -> bool:
    """Whether a role's phrase names the party: "le responsable du MJS" (a proper noun), "le
    porte-parole du Front de gauche" (word by word, the tagger calling "Front" a noun)."""
    words = [w for w in fold(party).split() if len(w) > 2]
    phrase = {fold(x.text) for x in role_tok.subtree if x.i != role_tok.i}
    return fold(party) in places or (len(words) > 1 and all(w in phrase for w in words))


class ReferenceResolution:
    """Resolving subjects to people against the discourse state (see the module docstring)."""

    def _counts_people(self, tok) -> bool:
        """A counted group's head is a pronoun, a number or an adjective ("tous deux", "les deux
        derniers"), or a noun of people: a role or a word of ``counted_people`` ("les deux
        favoris"); not "les deux derniers blocs" of a questionnaire nor "ces deux journées"."""
        if tok.pos_ != "NOUN":
            return True
        words = [fold(x.text) for x in tok.subtree]
        if any(w in ("tous", "toutes") and n in COUNTED for w, n in zip(words, words[1:])):
            return True  # "Tous deux se sont en revanche accordés", parsed under "revanche"
        return lemma(tok) in self.lex.roles or lemma(tok) in self.lex.word_classes.get("counted_people", ()) or \
            fold(tok.text).rstrip("s") in self.lex.roles

    def person_at(self, tok) -> Person | None:
        return self.token_people.get((self.unit.start, tok.i))

    def _group_before_colon(self, tok) -> tuple[Person, ...]:
        """The people a plural subject stands for in the clause before the colon that ``tok``'s
        clause follows, if any."""
        colons = [x.i for x in tok.doc[tok.sent.start: tok.i] if x.text == ":"]
        if not colons:
            return ()
        for x in tok.doc[tok.sent.start: colons[-1]]:
            if x.dep_ in SUBJ and x.morph.get("Number") == ["Plur"] and len(ref := self._refers_back(x)) > 1:
                return ref
        return ()

    def _refers_back(self, tok) -> tuple[Person, ...]:
        """People a pronoun, role noun or 'ces derniers' subject stands for."""
        lw, tw = lemma(tok), inverted_form(tok) if tok.text.startswith("-") else fold(tok.text)  # "a-t-elle" -> "elle"
        if tok.pos_ == "PRON" and tw in PLURAL_PRONOUNS:
            return self.last if len(self.last) > 1 else self.group
        if tok.pos_ == "PRON" and tw in ("celui", "celle") and tok.i == tok.sent.start and len(self.last) == 1 and \
                compatible(self.last[0], "Fem" if tw == "celle" else "Masc") and \
                any(c.dep_ == "acl:relcl" and (verb_lemmas(c) & self.lex.word_classes.get("office_verb", frozenset())
                                                or _past_act(c))
                    for c in tok.children):
            # "X a reconnu que ... . Celui qui préside l'association des maires ruraux veut ...": the
            # person just named, described by an office or by something they once did ("Celui qui
            # s'était fait remarquer lors des débats de 2009 plaide ..."; a present act is a
            # generic reading: "Celui qui télécharge doit payer")
            return self.last
        # (the stressed "Lui" opening a sentence, which the tagger may call a noun: "Lui non plus
        # ne veut pas d'une licence globale")
        stressed = tw == "lui" and tok.pos_ == "NOUN" and tok.i == tok.sent.start and tok.dep_ == "nsubj"
        if (tok.pos_ == "PRON" or stressed) and (lw in THIRD_PRONOUNS or tw in THIRD_PRONOUNS):
            if tw == "il" and _impersonal(tok):
                return ()
            gender = "Fem" if tw.startswith("elle") or tw == "celle-ci" else "Masc"
            doc = tok.doc
            # (not a name the sentence compares with: "Comme Sylvie X, elle s'oppose à ACTA")
            if tok.i >= 2 and doc[tok.i - 1].text == "," and \
                    (named := self.person_at(doc[tok.i - 2])) is not None and compatible(named, gender) and \
                    not any(fold(x.text) in COMPARING for x in doc[tok.sent.start: tok.i - 2]):
                # "Quant au candidat du MoDem, Julien X, il anime un blog": the name set out
                # just before the pronoun
                return (named,)
            stand_ins = self.lex.word_classes.get("stand_in", frozenset())
            for cand in list(reversed(self.local)) + list(reversed(self.last)) + list(reversed(self.recent)):
                if not compatible(cand, gender):
                    continue
                if cand.roles & stand_ins and cand not in self.local:
                    # "Sa suppléante, Sophie X, s'occupe de la santé. Son dada, c'est Internet.
                    # Elle défend ...": the candidate, not the one standing in
                    others = [p for p in self.recent if compatible(p, gender) and not p.roles & stand_ins]
                    if others:
                        return (others[-1],)
                return (cand,)
            return ()
        # (not a count inside a relative clause: "Le député, qui a voté contre les deux lois")
        in_relative = {x.i for c in tok.children if c.dep_ == "acl:relcl" for x in c.subtree}
        sub = {fold(x.text) for x in tok.subtree if x.i not in in_relative}
        if fold(tok.text) in ("tous", "toutes") and tok.i + 1 < len(tok.doc):
            sub.add(fold(tok.nbor().text))  # "tous trois" with "trois" hung on the verb
        if tw in ("un", "une") and fold(tok.doc[tok.i + 1: tok.i + 4].text).replace(" ", "") == "commel'autre":
            # "A et B se retrouvent sur une même ligne : l'une comme l'autre réclament ...": the pair
            colon = next((x.i for x in reversed(tok.doc[tok.sent.start: tok.i]) if x.text == ":"), None)
            # (the two people named before the colon, however the parser hangs them)
            named = [] if colon is None else [p for x in tok.doc[tok.sent.start: colon] if (p := self.person_at(x)) is not None]
            pair = tuple(dict.fromkeys(named))
            return pair if len(pair) == 2 else (self.last if len(self.last) == 2 else ())
        if tw in ("tous", "toutes") and not COUNTED.keys() & sub and (group := self._group_before_colon(tok)):
            # "les trois candidats se rejoignent : tous souhaitent que ...": the group the clause
            # before the colon named
            return group
        if tok.pos_ == "PRON" and (lw in PLURAL_PRONOUNS or tw in PLURAL_PRONOUNS) and not COUNTED.keys() & sub:
            return self.last if len(self.last) > 1 else self.group
        if len(self.group) == 2 and lemma(tok) in ("premier", "second", "deuxieme", "dernier") and \
                tok.morph.get("Number") != ["Plur"] and set(self.last) == set(self.group):
            # (only while the pair is in play: "Le document est organisé en quatre thèmes. Le
            # premier porte sur ..." counts themes, whoever the text named as a pair before)
            # "X et Y divergent. Le premier ..., la seconde ...": one of the pair, by order
            return (self.group[0],) if lemma(tok) == "premier" else (self.group[1],)
        if tok.pos_ in ("NOUN", "ADJ", "PRON", "NUM", "DET") and ({"derniers", "dernieres"} & sub or
                                                               COUNTED.keys() & sub) and self._counts_people(tok):
            n = max(COUNTED.get(w, 0) for w in sub)
            # ("Les deux candidates", "Toutes deux": only the women of the text)
            # (the tagger calls "candidates" masculine: the ending tells, "candidat" + "es")
            # ("les deux hommes": only the men; "les deux femmes": only the women)
            only = "Fem" if fold(tok.text) in ("toutes", lemma(tok) + "es") or lemma(tok) == "femme" else \
                "Masc" if lemma(tok) == "homme" else None
            one_gender = only is not None
            named_here = list(dict.fromkeys(p for x in tok.doc[tok.sent.start: tok.i] if (p := self.person_at(x)) is not None))
            if n and len(named_here) == n and not one_gender:
                # "M. A et M. B se rejoignent : tous deux veulent ...": the people the sentence
                # has just named, as many as counted
                return tuple(named_here)
            pair = self.last if len(self.last) > 1 else self.group
            # (not the host named with them: "Invités à débattre, A et B ... au grand dam de
            # l'animatrice C": "Tous deux" are the guests, nor an expert quoted)
            observers = self.lex.word_classes.get("observer", frozenset())
            pair = tuple(p for p in pair if not p.only_observes(observers))
            # (not fewer than counted: "X, Y et Z ... Tous trois" where the parser lost X)
            if len(pair) > 1 and not (n and len(pair) < n):
                of_gender = tuple(p for p in pair if p.gender == only)
                if not one_gender or len(of_gender) == len(pair) or (n and len(of_gender) == n):
                    return of_gender if one_gender and n and len(of_gender) == n else pair
            # "L'écologiste rejoint la socialiste : tous deux ...": the people the sentence
            # named before, by role
            named = []
            for x in tok.doc[tok.sent.start: tok.i]:
                if x.pos_ == "NOUN" and lemma(x) in self.lex.roles and x.morph.get("Number") != ["Plur"]:
                    named += [p for p in self._refers_back(x) if p not in named]
            if n and len(named) == n:
                return tuple(named)
            heads = [p for p in self.section_heads if p.gender == only] if one_gender else list(self.section_heads)
            if n and len(heads) == n and self.section is None:
                # "Les trois candidats veulent ..." in the lede of a synthesis whose sections are
                # headed by three people: the people the sections present
                return tuple(heads)
            if n and one_gender and len(heads) >= n and len(self.section_heads) > n:
                # "Les deux candidates ..." after the sections of two women and a man
                return tuple(heads[-n:])
            # "Tous deux réclament ..." after each was named in a sentence or a section of their
            # own: the last people named, as many as the text counts
            # (not the host or an expert quoted: "les deux favoris" after "le plateau animé par X")
            recent = [p for p in self.recent if (p.gender == only or not one_gender) and not p.only_observes(observers)]
            if n and not recent:
                # "Tous trois promettent X. La socialiste A veut ..., B mise sur ..., et C sur
                # ...": nobody named yet, the next sentence names them, as many as counted
                after = [] if tok.sent.end >= len(tok.doc) else \
                    [p for x in tok.doc[tok.sent.end].sent if (p := self.person_at(x)) is not None]
                after = list(dict.fromkeys(after))
                return tuple(after) if len(after) == n else ()
            return tuple(recent[-n:]) if n and len(recent) >= n else ()
        if tok.pos_ == "NOUN" and any(self.person_at(c) for c in tok.subtree):
            return ()  # "la ministre, Claire X, ...": the named person takes the clause
        if tok.pos_ == "NOUN" and lw in self.lex.word_classes.get("opponent", ()) and len(self.last) == 1 and \
                any(fold(c.text) in ("son", "sa") for c in tok.children if c.dep_ in ("det", "nmod:poss")):
            # "X assume son vote. Son adversaire veut au contraire abroger la loi": the other
            # person of the duel, the last one named besides X
            # ("son adversaire" is said of a woman too: "son" before a vowel shows no gender)
            gender = None if lw[:1] in "aeiouy" else _gender(tok)
            others = [p for p in reversed(self.recent) if p is not self.last[0] and compatible(p, gender)]
            return (others[0],) if others else ()
        if tok.pos_ == "NOUN" and lw in self.lex.roles and any(
                c.dep_ == "det" and fold(c.text) in ("un", "une") for c in tok.children):
            return ()  # "Une étudiante a demandé aux candidats ...": someone new, unnamed
        if tok.pos_ == "NOUN" and lw in self.lex.roles and tok.morph.get("Number") != ["Plur"]:
            # "la ministre", "le candidat de l'UMP": someone the text gave this role, else the
            # person in play, if any
            offset = self.unit.start + tok.idx
            gender = _gender(tok)
            cands = self.index.with_role(lw, offset, gender) or self._party_members(lw, offset, gender)
            # "la députée communiste" when the text called one person "la communiste" (or
            # placed one in that party) and nobody "la députée"
            qualifiers = {lemma(c) for c in tok.children if c.dep_ == "amod" and lemma(c) in self.lex.roles}
            qualified = [p for p in self.index.people.values() if p.first_offset <= offset and compatible(p, gender)
                         and any(q in p.roles or self._in_party(p, q) for q in qualifiers)]
            if len(qualified) == 1 and (not cands or qualified[0] in cands):
                return (qualified[0],)
            places = role_places(tok)
            placed = [p for p in cands if places & p.role_places]
            if len(placed) == 1:
                # "a estimé le député des Yvelines": the one the text gave that place
                return (placed[0],)
            in_party = [p for p in self.index.people.values() if p.party and
                        _party_in(p.party, places, tok) and p.first_offset <= offset and compatible(p, gender)]
            if not placed and len(in_party) == 1:
                # "le responsable du MJS" after "X, animateur fédéral du Mouvement des jeunes
                # socialistes (MJS)": the one the text placed in that party
                return (in_party[0],)
            # (or the role after a quote: "« ... », assure la députée" right after X was named)
            after_quote = tok.head.i < tok.i and any(
                x.text in ("»", '"', "”") for x in tok.doc[max(0, tok.head.i - 3): tok.head.i])
            # (a quote of a few sentences may come between: "X lui a répondu. « ... . ... »,
            # a estimé l'eurodéputée")
            # (a generic role anywhere in the sentence right after, the person in play with only a
            # party: "Chez les socialistes, X promet ... . Sur la licence globale, en revanche, le
            # candidat reste prudent")
            generic_next = self.sentences_since_named == 0 and lw in self.lex.generic_roles and \
                len(self.last) == 1 and self.last[0].roles <= self.lex.member_nouns and \
                self.title_person in (None, self.last[0]) and \
                not any(self.person_at(x) is not None for x in tok.doc[tok.sent.start: tok.i])
            if cands and len(self.last) == 1 and self.last[0] not in cands and (not self.last[0].roles or generic_next) \
                    and compatible(self.last[0], gender) and (
                        (self.sentences_since_named == 0 and tok.i - tok.sent.start <= 1) or generic_next or
                        (after_quote and self.sentences_since_named <= 2)):
                # "X ne voit pas les choses ainsi. L'eurodéputée centriste, ...": a role opening
                # the sentence after X was named, X with no role yet, introduces X
                return self.last
            of_gender = [p for p in self.index.people.values() if p.first_offset <= offset and p.gender == gender]
            if not cands and gender is not None and len(of_gender) == 1 and not of_gender[0].roles and \
                    self.recent and self.recent[-1] is of_gender[0] and tok.i - tok.sent.start <= 3:
                # "... est venue notamment de Corinne X. Pour la députée écologiste, « ... »": a
                # role nobody holds yet, opening a sentence after the one person of its gender,
                # named last and without a role
                return (of_gender[0],)
            if not cands and len(self.last) == 1 and compatible(self.last[0], gender) and \
                    self.last[0].roles <= self.lex.member_nouns and \
                    self.sentences_since_named == 0 and tok.i - tok.sent.start <= 1 and lw not in self.lex.generic_roles:
                # "Chez les écologistes, Thierry X ne s'embarrasse pas de nuances. L'eurodéputé
                # veut ...": an office nobody holds yet, opening the sentence right after X was
                # named without one (a party is none), introduces X
                return self.last
            if places and cands and not placed and len(self.last) == 1 and compatible(self.last[0], gender) and \
                    self.last[0] not in cands and not self.last[0].role_places:
                # a place none of the role's holders has: the person in play, whom the text
                # had not placed yet ("X salue la signature. « ... », estime le député du Loiret")
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
            # (not a stand-in for "le candidat": "Son suppléant, X, tient la permanence")
            stand_ins = self.lex.word_classes.get("stand_in", frozenset())
            stand_in = bool(self.last) and bool(self.last[0].roles & stand_ins) and lw not in self.last[0].roles
            if len(self.last) == 1 and compatible(self.last[0], gender) and not stand_in and \
                    (not self.last[0].roles or lw in self.last[0].roles or lw in self.lex.generic_roles or former):
                return self.last
            party_offices = self.lex.word_classes.get("party_office", frozenset())
            offices = self.lex.word_classes.get("elected", frozenset()) | party_offices | self.lex.member_nouns
            parliament = self.lex.word_classes.get("parliament", frozenset())
            if not cands and lw in parliament and len(self.last) == 1 and self.sentences_since_named <= 1 and \
                    compatible(self.last[0], gender) and self.last[0].roles and self.last[0].roles <= parliament:
                # "Le rapporteur UMP X a balayé les critiques. [...] Le député de la Marne s'est
                # aussi félicité ...": a seat of the one whose parliamentary function was given
                return self.last
            if not cands and lw in party_offices and len(self.last) == 1 and self.sentences_since_named <= 1 and \
                    compatible(self.last[0], gender) and self.last[0].roles <= offices:
                # "le député X assume le bilan. « ... », explique le secrétaire national chargé du
                # numérique": a party's office, which an elected person holds besides their seat
                return self.last
            if lw in self.lex.generic_roles and gender is not None:
                # "Présentée par Paul X, secrétaire de section, Anne Y a déroulé son programme.
                # [...] la candidate se dit hostile à ...": the one person of that gender named
                # lately who holds no other role
                subject = self.title_person
                members = self.lex.member_nouns
                # (or an office besides, when nobody else named lately fits: "Martine X, conseillère
                # municipale, est la candidate d'EELV ... Son suppléant, Pierre Y, ... la candidate")
                others = [p for p in self.recent[-3:] if p is not subject and compatible(p, gender)]
                if subject is not None and subject in self.recent[-3:] and compatible(subject, gender) and \
                        (subject.roles <= self.lex.generic_roles | members | {lw} or not others):
                    # a portrait's subject, named in its title: "le candidat" when others were
                    # named since ("Son suppléant, X, ..., a rejoint Y"), whatever profession the
                    # text gave the subject ("ingénieure informaticienne")
                    return (subject,)
                # ("l'élue" is any elected person: "l'adjointe chargée du numérique, X" too)
                any_office = lw in self.lex.word_classes.get("any_office", ())
                observers = self.lex.word_classes.get("observer", frozenset())
                # (a profession or a party is no other office: "X, ingénieur réseau, ...")
                fits = [p for p in self.recent[-3:] if compatible(p, gender) and (
                    p.roles <= self.lex.generic_roles | members or lw in p.roles or
                    (any_office and not p.roles <= observers))]
                if len(fits) == 1:
                    return (fits[0],)
            if not cands and gender is not None and lw in self.lex.word_classes.get("elected", ()):
                # "... a fait bondir le radical Dominique X. « ... », a répliqué le sénateur":
                # the one person of that gender named lately whom the text gave no other office
                # than a party (an elected office only: "le président de l'Arcep" is someone else)
                members = self.lex.member_nouns
                fits = [p for p in self.recent[-2:] if p.gender == gender and p.roles and p.roles <= members]
                if len(fits) == 1 and not any(p.gender == gender and p not in fits for p in self.last):
                    return (fits[0],)
        return ()

    def _entourage(self, tok) -> bool:
        """A subject 'son équipe (de campagne)', 'ses proches', 'son porte-parole' while one
        person is in play."""
        if tok.pos_ != "NOUN" or len(self.local or self.last) != 1:
            return False
        if any(self.person_at(c) for c in tok.subtree):
            return False  # "Son porte-parole Loïc X veut ...": the one named speaks
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

    def _thing_antecedent(self, pron) -> bool:
        """A 3rd-person singular pronoun opening a sentence whose sentence before has a thing or
        an unnamed body of its gender for subject ("Le profil publiait des messages. Il avait
        été signalé ...": the profile, not the mayor named before; "Le Conseil constitutionnel
        avait rendu sa décision. Il a déclaré ...": the Council)."""
        ft = fold(pron.text)
        doc = pron.doc
        if ft in ("il", "elle") and pron.i >= 2 and doc[pron.i - 1].text == "," and any(
                fold(doc[k].text).rstrip("s") in _THING_PARTICIPLES and (k == 0 or doc[k - 1].text in (".", "!", "?"))
                for k in range(max(0, pron.i - 6), pron.i - 1)):
            # "Ouvert en 2003, il proposait des initiations ...": what was opened (read off the
            # words: the parser may cut the sentence before the comma and tag the participle an
            # adjective)
            return True
        if ft not in ("il", "elle") or pron.i == 0 or pron.i != pron.sent.start:
            return False
        if _impersonal(pron):
            return False  # "Il est trop tôt pour dire ...": nobody (the label alone does not tell:
            # "Le Conseil relève que ... Il estime que ...", parsed with an expletive "Il")
        before = pron.doc[pron.i - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is not None and subj.morph.get("Number") == ["Plur"] and not any(
                self.person_at(x) for x in doc[0: pron.i]):
            # "Le questionnaire comporte dix questions. Les candidats y seront interrogés sur
            # ... Il est accompagné du Pacte ...": a paragraph that names nobody, about the thing
            # its first sentence has for subject
            before = doc[0].sent
            subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if before.start == pron.sent.start:
                return False
        if subj is None or subj.i in self.mention_tokens or subj.morph.get("Number") == ["Plur"] or \
                any(self.person_at(c) for c in subj.subtree):
            return False
        body = self._unnamed_actor(subj) and subj.pos_ in ("NOUN", "PROPN") and \
            subj.morph.get("Gender") in ([], pron.morph.get("Gender"))
        # (with the verbs joined to it: "Elle fait de X une priorité et veut que ...")
        verbs = clause_verb_lemmas(pron.head)
        acts = self.lex.reporting["verb"] | self.lex.word_classes.get("person_act", frozenset()) | {"vouloir"}
        # (a body "estime", "relève", "juge" when nobody is in play in the sentence before)
        # (and an association proposes and denounces: "Le collectif ... avait mené la même démarche.
        # Il propose également aux candidats de signer le Pacte")
        body_speaks = body and (bool(verbs & _RULING_VERBS) or
                                lemma(subj) in self.lex.word_classes.get("association", frozenset())) and not any(
            self.person_at(x) or (x.pos_ == "PRON" and fold(x.text) in ("il", "elle", "lui") and not x.dep_.startswith("expl"))
            for x in before)
        if pron.dep_ != "nsubj:pass" and verbs & acts and not body_speaks:
            # "Le débat a été vif. Il a dénoncé ...": only a person denounces (not a cue word in
            # general: "Le décret ... Il s'inscrit dans le cadre du programme ..."); but a body
            # rules too ("Le Conseil relève que ... Il estime que ...")
            return False
        if body:
            return True
        # (not a role: "la candidate connaît le revers de la médaille. Elle ..." is the candidate)
        return subj.pos_ == "NOUN" and subj.morph.get("Gender") == pron.morph.get("Gender") and \
            lemma(subj) not in self.lex.roles and \
            not self._counts_people(subj) and lemma(subj) not in self.lex.word_classes.get("camp", ()) and \
            not any(lemma(subj) in nouns for nouns in self.lex.party_nouns.values())

    def _party_members(self, noun: str, before: int, gender) -> list[Person]:
        """People the text placed in a party whose members ``noun`` names ("la socialiste")."""
        return sorted((p for p in self.index.people.values() if p.first_offset <= before
                       and self._in_party(p, noun) and compatible(p, gender)),
                      key=lambda p: p.first_offset)

    def _in_party(self, person: Person, noun: str) -> bool:
        """The text placed ``person`` in a party whose members ``noun`` names: "(EELV)" after
        the name, or the party in their role phrase ("secrétaire nationale d'Europe
        Écologie-Les Verts", "maire PS de ...")."""
        if person.party:
            return noun in self.lex.party_nouns.get(fold(person.party), ())
        words = {w for place in person.role_places for w in place.split("-")}
        return bool(words) and any(noun in nouns and set(party.replace("-", " ").split()) <= words
                                   for party, nouns in self.lex.party_nouns.items())

    def _unnamed_actor(self, tok) -> bool:
        if any(self.person_at(c) for c in tok.subtree) or tok.i in self.mention_tokens:
            return False  # a named person, or the topic itself ("la Haute Autorité a fait ...")
        lw = lemma(tok)
        if tok.pos_ == "PRON" and (fold(tok.text) in UNNAMED_PRONOUNS or lw in UNNAMED_PRONOUNS):
            return True
        if tok.pos_ == "PRON" and fold(tok.text) in ("vous", "tu") and self.unit.kind != "question":
            # "Vous supprimez la riposte graduée": what the speaker says the other side does
            return True
        if tok.pos_ == "PRON" and fold(tok.text) in ("ils", "elles") and self.author is not None and \
                self.label is None and self.unit.kind != "answer" and \
                len(self.last) < 2 and not self.group and tok.i == tok.sent.start:
            # "Ils ont voté la loi Hadopi, ils ont voté la Loppsi" opening a sentence of a speech
            # when no two people are in play: the other side, not the speaker
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


def _past_act(verb) -> bool:
    """A verb in a past tense: a compound one ("a voté", "s'était fait") or a simple one."""
    return any(c.dep_ in ("aux", "aux:tense") for c in verb.children) or \
        any(t in ("Past", "Imp") for t in verb.morph.get("Tense"))
