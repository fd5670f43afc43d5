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

from .clause_context import _camp_charged
from .clause_holders import ClauseHolders, _right_after_quote
from .cues import cue_kind, in_relative_clause, lemma
from .lexicon import Lexicons
from .people import Person, PersonIndex
from .quotes import inside, quoted_term
from .references import SUBJ
from .speaker_labels import SpeakerLabels
from .textnorm import fold


@dataclass(frozen=True)
class Holder:
    people: tuple[Person, ...]
    how: str  # subject | pronoun | role | intro | agent | behalf | label | respondent | section | quote | author
    direct: bool  # the holder's own words (Q/A answer, label, first person, quote)


_NOBODY_OPENING = re.compile(r"(?:aucune?\s+(?:de|des|d')\s|(?:personne|nul|nulle)\s+n)")


def _prescriptive(verb) -> bool:
    """'doit', 'devra', 'devrait' + infinitive: a demand made of the subject."""
    if lemma(verb) == "devoir":
        return True
    return any(lemma(c) == "devoir" and c.dep_ in ("aux", "aux:tense", "xcomp") for c in verb.children) or \
        (verb.dep_ == "xcomp" and lemma(verb.head) == "devoir")


def _purpose_clause(tok) -> bool:
    """A "pour que" clause: what the verb above it asks for (also when the parser makes a noun
    the clause's head: "tous deux ont plaidé pour que l'État accélère le déploiement", with
    "pour" its case and "l'État" its subject)."""
    if tok.dep_ == "advcl":
        return {fold(c.text) for c in tok.children if c.dep_ == "mark"} >= {"pour", "que"}
    return tok.dep_ in ("obl", "obl:mod") and tok.pos_ == "NOUN" and \
        any(c.dep_ == "case" and fold(c.text) == "pour" for c in tok.children) and \
        any(c.dep_ == "mark" and fold(c.text) in ("que", "qu'") for c in tok.children)


def _gerund(tok) -> bool:
    """'en généralisant ...': a gerund clause hung on the verb whose subject it shares."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and fold(c.text) == "en" for c in tok.children)


_NO_QUESTION_OF = re.compile(r"^\W*(?:pas|hors de) question\b")


def _byline(sent) -> bool:
    """'Publié le 21 novembre 2011 - Par Julie X', 'Par Julie X, à Lyon', 'De notre correspondant,
    Pierre X': the journalist who signs an article, who is nobody's antecedent."""
    text = fold(sent.text)
    if len(sent) <= 25 and re.search(r"(?:^|\W)de (?:notre|nos) (?:correspondante?s?|envoyee?s? speciale?s?|envoyee?s?)\b", text):
        return True  # "De notre correspondant, Pierre X"
    return len(sent) <= 25 and bool(re.search(r"(?:^|[\s|,–—-])(?:par|by)\s+\w", text)) and \
        bool(re.match(r"^\W*(?:publie|mis a jour|mise a jour|par\s|by\s|le \d|\d)", text))


def _fronted_participle(tok, sent) -> bool:
    """A participle or adjective opening the sentence, with no subject of its own and a comma
    after its phrase ("Rejetant ..., X propose", "Hostile à ..., Y défend")."""
    if tok.i - sent.start > 1 or any(c.dep_ in SUBJ for c in tok.children):
        return False
    if not (tok.morph.get("VerbForm") == ["Part"] or tok.pos_ == "ADJ"):
        return False
    return any(t.text == "," for t in sent if t.i > tok.i) or _comma_after(sent)


def _comma_after(sent) -> bool:
    """The sentence the parser cut right before a comma ("Rejetant tous deux X | , A et B ...")."""
    return sent.end < len(sent.doc) and sent.doc[sent.end].text == ","


class Attributor(SpeakerLabels, ClauseHolders):
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
        self.in_comments = False  # past a "7 commentaires" heading: readers speak, nobody we know
        self.label: Person | None = None
        self.label_other = False  # the paragraph is labelled with someone who is not a person we know
        self.label_other_unit = -1
        self.mention_tokens: set[int] = set()  # tokens of topic mentions in the current sentence
        self.unit = None
        self.sections_enabled = True
        self.section_heads: tuple[Person, ...] = ()  # the people heading a synthesis's sections, in order
        self.carried_intro = None  # "Pour X," split off by the parser as a sentence of its own
        self.sentences_since_named = 99  # sentences ended since someone was named as a subject
        self.quotes: list[tuple[int, int]] = []  # quoted ranges of the current paragraph
        self.topic_pronouns: set[int] = set()  # "elle" standing for a topic, not a person
        self.topic_starts: set[int] = set()  # where the document's topic mentions start
        self.doc_text = ""  # the whole text: the comment header over a paragraph is no unit of its own
        self.cited_titles: set[int] = set()  # where the quotes of a list of cited titles open
        self.title_person: Person | None = None  # the one person the title names, if any

    # ------------------------------------------------------------------ sentence level
    def _governing_holder(self, tok, clauses):
        """The holder of the clause that takes ``tok``'s clause as its complement."""
        # (also "X plaide pour que les écoles passent au libre": what X's verb asks for)
        # (and a gerund, which shares its clause's subject: "X plaide pour que l'État montre
        # l'exemple en généralisant les logiciels libres")
        mark = next((c for c in tok.children if c.dep_ == "mark" and fold(c.text) in ("que", "qu'")), None)
        if mark is not None and mark.i > 0 and tok.doc[mark.i - 1].pos_ == "VERB" and mark.i - 1 in clauses and \
                tok.dep_ not in ("ccomp", "xcomp", "csubj"):
            # "Je souhaite que les administrations donnent ...", parsed with the "que" clause
            # hung elsewhere: the verb right before "que" governs it
            return self._held_by(clauses[mark.i - 1])
        while (tok.dep_ in ("ccomp", "xcomp", "csubj") or _purpose_clause(tok) or _gerund(tok)) and \
                tok.head.i != tok.i:
            gerund = _gerund(tok)
            tok = tok.head
            if tok.i not in clauses and tok.dep_ == "conj" and tok.head.i in clauses and \
                    not any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children):
                tok = tok.head  # "X voit ... et promet que ses élus voteront contre": X's promise
            if tok.i in clauses:
                if clauses[tok.i][1] == "unnamed" and gerund:
                    continue
                return self._held_by(clauses[tok.i])
        return None

    def _held_by(self, found):
        """A governing clause's holder as the governed clause's: the first person stands for the
        speaker; an unnamed actor holds nothing."""
        if found[1] == "first":
            speaker = self._first_person_holder()
            return ((speaker,), "first") if speaker else None
        return found if found[1] != "unnamed" else None

    def _first_person_holder(self):
        if self.label is not None:
            return self.label
        if self.unit.kind == "answer" and self.respondent is not None:
            return self.respondent
        return self.author

    def _noun_agent(self, noun, came_from=None):
        """'les déclarations de X', 'les attaques du parti': who the noun's act belongs to
        (not the complement we came from: in 'le rejet de l'ACTA' the ACTA is rejected; nor a
        quantity: 'couvrir l'ensemble du département' is no act of the département)."""
        if lemma(noun) in self.lex.word_classes.get("quantity_noun", ()):
            return None
        for c in noun.children:
            if came_from is not None and c.i == came_from.i:
                continue
            if c.dep_ not in ("nmod", "nmod:poss") or not any(lemma(k) in ("de", "du") for k in c.children):
                continue
            p = self.person_at(c)
            if p is not None and c.i < noun.i + 4:
                return ((p,), "subject")
            if (c.ent_type_ == "ORG" or (c.pos_ == "NOUN" and lemma(c) in self.lex.actors)) and \
                    cue_kind(noun, self.lex) not in ("invert", "harm"):
                # (not what an act is done to: in "la suppression de l'Hadopi et une licence
                # globale", the Hadopi is what is removed, nobody who acts)
                return ((), "unnamed")
        return None

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
            before = self.before_colon(sent, quote_start)
            for i, (people, how) in sorted(clauses.items()):
                if before and i >= 0 and people and how in ("role", "pronoun") and sent.doc[i] in before:
                    # "le sénateur est resté prudent : « ... »": the subject before the colon,
                    # named by role or pronoun
                    return Holder(people, how, True)
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
        if quote_start is not None and not any(people for people, _ in clauses.values()) and \
                self.unit.start + sent.start_char < quote_start and (opener := self._opener(sent)) is not None and \
                any(lemma(t) in self.lex.reporting["verb"] for t in sent if self.unit.start + t.idx < quote_start):
            # "A l'UMP, Gilles X, rapporteur du budget, a jugé que « ... »" with the parse lost:
            # the person the sentence opens on, before the quote and its reporting verb, speaks
            return Holder((opener,), "subject", True)
        if self.label is not None:
            return Holder((self.label,), "label", True)
        if self.unit.kind == "answer" and self.respondent is not None:
            return Holder((self.respondent,), "respondent", True)
        if self.last:
            return Holder(self.last, "quote", True)
        if self.author is not None and self.author_strong and not self.in_comments:
            # a published speech or a press release quoting no one else: its author's words
            return Holder((self.author,), "author", True)
        return None

    def _opener(self, sent) -> Person | None:
        """"L'UMP Anne X regrette ..." parsed without a verb: the person a sentence opens on
        (maybe after a fronted "À l'opposé," or "Côté PS,")."""
        fronted = any(t.text == "," for t in sent[:4])
        first = next((p for t in sent[:10 if fronted else 6] if (p := self.person_at(t)) is not None), None)
        if first is not None:
            return first
        named = {p.key: p for t in sent if (p := self.person_at(t)) is not None}
        if len(named) != 1:
            return None
        if not any(t.pos_ in ("VERB", "AUX") for t in sent):
            # "Une position loin de celle de X, conseillère régionale." then X's quote: a
            # sentence without a verb naming one person puts them in play
            return next(iter(named.values()))
        # "Ces chiffres n'ont pas convaincu Olivier X. Le député socialiste ...": the one person
        # a sentence names, as the object of its main verb (or beside the object's role noun: "n'a
        # pas convaincu le député socialiste X"), comes into play
        return next((p for t in sent if (p := self.person_at(t)) is not None and (
            (t.dep_ == "obj" and t.head.dep_ == "ROOT") or
            (t.dep_ in ("appos", "flat:name", "nmod") and t.head.dep_ == "obj" and t.head.head.dep_ == "ROOT"))), None)

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
        opener = None  # a person named at the opening of a sentence without any clause of theirs
        if named and sent is not None:
            # (a subject inside a relative clause is no one in play when the main clause names
            # someone: "X porte les couleurs du MoDem dans une circonscription où François
            # Bayrou a dépassé les 12 %. [...] Il tient un blog" is X)
            main = [(i, people) for i, people in named if i < 0 or not in_relative_clause(sent.doc[i])]
            named = main or named
        if named and not (sent is not None and _byline(sent)):
            self.last = max(named, key=lambda x: x[0])[1]
        elif sent is not None and not _byline(sent) and not any(people for people, _ in clauses.values()):
            opener = self._opener(sent)
            if opener is not None:
                self.last = (opener,)
        just_named = any(people and how in ("subject", "intro") for people, how in clauses.values()) or opener is not None
        # (a lone "«" the parser made a sentence of is no sentence)
        if just_named:
            self.sentences_since_named = 0
        elif sent is None or any(t.is_alpha for t in sent):
            self.sentences_since_named += 1

    def holder_for(self, mention_root, sent, clauses, quotes, first_in_sentence: bool) -> Holder | None:
        """The holder of a mention, or None."""
        at = self.unit.start + mention_root.idx
        in_quote = inside(at, quotes)
        start, end = max(((q0, q1) for q0, q1 in quotes if q0 <= at < q1), default=(None, None))
        if in_quote and self._ruling_side_act(mention_root, clauses):
            return None
        if in_quote:
            holder = self.quote_holder(sent, clauses, mention_root, start, end)
            if start in self.cited_titles:
                # a headline in a press review, a session title in a programme: only a person
                # its own clause names holds it ("Le Figaro : « X veut abroger la Hadopi »")
                named = holder is not None and holder.how in ("subject", "intro", "pronoun", "role", "label")
                return holder if named else None
            # "la commune reste en « zone blanche »": a term the writer sets apart in a sentence
            # about no one, not the last speaker's quote going on ("qu'il qualifie de « censure
            # sans juge »" is still his)
            term = quoted_term(self.doc_text, start, end) and (
                not self._someone_in(sent, clauses) or self._name_of_the_noun_before(sent, start))
            if holder is not None and not (term and holder.how == "quote"):
                return holder
            if term:
                in_quote = False
        if not in_quote and _NOBODY_OPENING.match(fold(sent.text)):
            # "Aucun de ces candidats n'a détaillé de mesures contre X" (the parser may make
            # "Aucun" the root, so the words decide)
            return None
        tok = mention_root
        found = None
        prev = None
        own_clause = False  # climbed out of a conjunct clause with a subject of its own
        while True:
            # (an unnamed subject inside a quote is not the subject of a mention outside it,
            # however the parser hangs one on the other)
            # (nor the unnamed subject of a clause after a colon the mention stands before: "Pas
            # de taxe sur l'abonnement : les artistes vivent des concerts", "X plaide pour une
            # licence globale « sans ambiguïté » : chaque internaute paierait ...", with the
            # mention made part of the clause after the colon)
            across_colon = clauses.get(tok.i, (None, None))[1] == "unnamed" and tok.i > mention_root.i and \
                any(x.text == ":" for x in sent.doc[mention_root.i: tok.i])
            # (nor the unnamed subject of what someone wants done: "Elle souhaite que l'État
            # donne la priorité aux logiciels libres" is her wish)
            wished = clauses.get(tok.i, (None, None))[1] == "unnamed" and tok.dep_ == "ccomp" and \
                tok.head.pos_ == "VERB" and cue_kind(tok.head, self.lex) == "support" and \
                any(c.dep_ == "mark" and fold(c.text) in ("que", "qu'") for c in tok.children)
            if tok.i in clauses and not across_colon and not wished and (
                    in_quote or clauses[tok.i][1] != "unnamed" or not inside(self.unit.start + tok.idx, quotes)):
                found = clauses[tok.i]
                if found[1] == "unnamed" and own_clause:
                    # "Personne ne souhaite X, et la neutralité est un principe auquel je suis
                    # attaché": the second clause is not what nobody wants
                    found = None
                break
            if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children):
                own_clause = True
            # (not the noun a joined clause hangs on: "Le droit d'auteur, c'est le salaire des
            # créateurs, et il faut le faire respecter": the creators do not speak the second)
            if tok.pos_ == "NOUN" and tok.i != mention_root.i and not (
                    prev is not None and prev.dep_ == "conj" and prev.pos_ in ("VERB", "AUX")):
                agent = self._noun_agent(tok, prev)
                if agent is not None:
                    found = agent
                    break
            if tok.head.i == tok.i:
                break
            prev, tok = tok, tok.head
        if found is None and tok.head.i == tok.i:
            # "Le député X, lui, n'en démord pas : la Haute Autorité « a fait ses preuves »": the
            # parser hangs the clause before the colon on the one after it; what the colon
            # announces is said by that clause's subject
            announcer = next((c for c in tok.children if c.dep_ in ("advcl", "parataxis") and c.i < tok.i and
                              c.i in clauses and clauses[c.i][1] in ("subject", "pronoun", "role") and
                              any(x.text == ":" for x in sent.doc[c.i: tok.i])), None)
            if announcer is not None:
                found = clauses[announcer.i]
        if found is None and tok.head.i == tok.i and _fronted_participle(tok, sent):
            # "Rejetant à la fois X et Y, A et B défendent ...": the parser makes the fronted
            # participle a root of its own; its holder is the subject of the clause it leads into
            later = sorted(k for k in clauses if k > tok.i)
            if later:
                found = clauses[later[0]]
            elif (sent[-1].text == "," and sent.end < len(sent.doc)) or _comma_after(sent):
                found = self._next_sentence_subject(sent)
        if found is not None and found[1] == "first":
            found = None
            first_in_sentence = True
        if found is not None and found[1] == "unnamed" and (minister := self._minister_for_government(tok)):
            # "Mme X, secrétaire d'État. – Le Gouvernement est défavorable à cet amendement":
            # a minister speaks for the government
            return Holder((minister,), "label" if minister is self.label else "author", True)
        if found is not None and found[1] == "unnamed":
            # the clause's subject is an unnamed actor: nobody named holds it, unless the clause
            # is what a named person wants or believes ("je ne crois pas que l'État doive ...")
            higher = self._governing_holder(tok, clauses)
            if higher is not None:
                found = higher
            else:
                found = clauses.get(-1) or clauses.get(-2)
                if found is None:
                    if self._charges_a_camp(tok):
                        # "ceux qui promettent de l'abroger n'ont jamais expliqué ...": the
                        # speaker's charge against a camp, in the speaker's turn
                        return self._fallback(in_quote, True, allow_section=False)
                    if _prescriptive(tok) or self._programme(tok):
                        # "l'État doit montrer l'exemple": the speaker's own demand; in an
                        # answer, "l'État basculera vers ...": the respondent's programme;
                        # in a speech, the author's demand as if said in the first person
                        return self._fallback(in_quote, _prescriptive(tok) or self._programme(tok), allow_section=False)
                    return None  # "le gouvernement veut ...", "vous supprimez ...": not theirs
        if found is None:
            found = clauses.get(-1) or clauses.get(-2)
        if found is not None and found[0]:
            people, how = found
            if self.unit.kind == "answer" and self.respondent is not None and how in ("pronoun", "role"):
                return Holder((self.respondent,), "respondent", True)
            direct = in_quote or how in ("label", "first")
            return Holder(people, how, direct)
        if not in_quote and len(self.last) == 1 and \
                _NO_QUESTION_OF.match(fold(sent.text)):
            # "La candidate veut légaliser le partage. Pas question pour autant d'une licence
            # globale, qu'elle juge ...": the journalist voices the person in play
            return Holder(self.last, "pronoun", False)
        return self._fallback(in_quote, first_in_sentence, allow_section=True)

    def _name_of_the_noun_before(self, sent, quote_start: int) -> bool:
        """The quote opens right after a noun or its adjective, as the name the writer gives it
        ("le programme national « très haut débit »"), not after a verb or a preposition
        ("qu'il qualifie de « censure sans juge »", "il dénonce « un texte liberticide »")."""
        before = next((t for t in reversed(sent) if self.unit.start + t.idx < quote_start and not t.is_punct), None)
        return before is not None and before.pos_ in ("NOUN", "ADJ") and before.text.islower() and \
            not any(t.is_punct and t.text not in ("«", '"', "“") for t in sent.doc[before.i + 1: before.i + 2])

    def _someone_in(self, sent, clauses) -> bool:
        """Whether the sentence is about a person: one named, or a clause's person subject."""
        return any(people for people, _ in clauses.values()) or any(
            self.person_at(t) is not None or (t.dep_.startswith("nsubj") and (
                fold(t.text) in ("il", "elle", "ils", "elles") or lemma(t) in self.lex.roles))
            for t in sent)

    def _ruling_side_act(self, mention_root, clauses) -> bool:
        """In a quote, "le gouvernement veut imposer le filtrage": the clause above the mention
        is what the government does, which the speaker reports, not a wish of their own (unless
        they demand it, "le gouvernement doit ...", speak for it as its minister, judge the harm it
        does, "le gouvernement menace nos libertés", or the clause is what they want or regret,
        "je ne veux pas que le gouvernement impose ...")."""
        tok = mention_root
        while tok.i not in clauses:
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        if clauses[tok.i][1] != "unnamed" or cue_kind(tok, self.lex) == "harm":
            return False
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        return subject is not None and lemma(subject) in self.lex.word_classes.get("ruling_side", ()) and \
            tok.dep_ not in ("ccomp", "xcomp", "csubj") and not (_prescriptive(tok) or self._minister_for_government(tok) is not None)

    def _minister_for_government(self, verb) -> Person | None:
        """The turn's speaker, or the author of a minister's speech, when the clause's subject is
        "le Gouvernement" (or the act is the Government's: "une priorité du Gouvernement") and
        that speaker is a minister."""
        speaker = self.label if self.label is not None else (
            self.author if self.author_strong and not self.in_comments else None)
        if speaker is not None and speaker.roles & {"ministre", "secretaire"} and any(
                c.dep_ in ("nsubj", "nsubj:pass", "nmod") and lemma(c) == "gouvernement" for c in verb.children):
            return speaker
        return None

    def _next_sentence_subject(self, sent):
        """(people, "subject") of the sentence the parser cut off after a fronted phrase."""
        following = next(iter(sent.doc[sent.end:].sents), None)
        for t in following or ():
            p = self.person_at(t)
            if p is not None and t.dep_ in SUBJ:
                group = [p] + [self.person_at(c) for c in t.children if c.dep_ == "conj" and self.person_at(c)]
                return tuple(dict.fromkeys(group)), "subject"
            if p is not None and t.dep_ == "appos" and t.head.dep_ in SUBJ and t.head.pos_ == "NOUN":
                # ", la socialiste A et le souverainiste B promettent ...": names on role nouns
                return (self._enumerated(t.head) or (p,)), "subject"
        return None

    def _charges_a_camp(self, verb) -> bool:
        """'Ceux qui promettent de l'abroger n'ont jamais dit ...': a negated verb of saying whose
        subject is the people of a relative clause (see polarity's reading of it)."""
        return any(c.dep_ == "nsubj" and lemma(c) in ("celui", "ceux", "celle", "celles") and
                   any(r.dep_ == "acl:relcl" and _camp_charged(r, self.lex) is not None for r in c.children)
                   for c in verb.children)

    def _programme(self, verb) -> bool:
        """A future-tense clause in the respondent's answer, or with a public body for subject in
        the author's own speech ("l'État donnera la priorité aux logiciels libres", "la Région
        consacrera cent millions ..."): what they will do in office."""
        future = "Fut" in verb.morph.get("Tense") or any(
            "Fut" in c.morph.get("Tense") for c in verb.children if c.dep_.startswith("aux"))
        if self.unit.kind == "answer" and self.respondent is not None:
            return future
        return future and self.author is not None and self.author_strong and \
            any(c.dep_ == "nsubj" and lemma(c) in self.lex.word_classes.get("public_body", ()) for c in verb.children)

    def _fallback(self, in_quote: bool, first_person: bool, allow_section: bool) -> Holder | None:
        if self.in_comments:
            # a reader's comment is nobody we know; the author's reply in the thread is theirs
            return Holder((self.label,), "label", True) if self.label is not None else None
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
