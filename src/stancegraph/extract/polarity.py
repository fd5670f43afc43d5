"""Polarity of a topic mention, composed along spaCy's dependency parse.

From the mention, climb the heads up to the clause top. Every cue met on the way composes:
support cues ("défendre X") keep the sign, inverting predicates ("abroger X", "contre X",
"réduire la fracture") and negative judgements flip it, negation ("ne ... pas") flips it,
hedges ("réviser X", "tout en") make the stance mixed. When the mention is the subject, the
judgement of its predicate counts too ("X est un échec", "X met en place un dispositif
injuste"). The climb stops at clause boundaries (adverbial and relative clauses, coordinated
and juxtaposed clauses) so that cues of another clause do not leak in. A mention inside a
"si" clause or a question gives nothing: neither is a position. Conditions attached to the
predicate ("sous conditions", "avec des réserves") hedge it too; a stated condition ("à
condition que les artistes soient consultés") does not.

Neutral is decided one level up (stance_sentences.mention_stances): a sentence matching a sidestep
of lexicons/sidesteps.tsv ("avant de me prononcer", "s'est abstenue") makes its undecided
mentions neutral, or, without a mention, the topic named just before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clause_context import (_bare_refusal, _camp_charged, _denied_use_infinitive, _en_object, _feared_ban,
                             _first_person_promise, _in_a_body_name, _in_a_cited_title, _in_a_portfolio,
                             _in_conditional, _infinitive_verdict, _manner_gerund, _neither_nor, _only_a_judge,
                             _others_act, _others_claim, _purpose, _quoted_head, _serves_gatekeepers,
                             _serves_the_wrong_ones, _set_aside, _short_of_repeal, _subjected_to_a_judge,
                             _text_about, _under_pretext, _warned_consequence, _without_a_judge, _would_forbid,
                             serves_as_pretext)
# cue_kind, lemma, hedge_heads and JUDGEMENT_RELS are re-exported: stance_sentences and discover
# import them from here
from .climb_links import (_about, _after_a_noun, _clause_before_comma, _comparison_clause, _completive_after_ce,
                          _content_of_a_text, _de_complement, _denied_for, _fought_for, _how_never_told,
                          _infinitive_complement, _joined_infinitive, _juxtaposed_clause, _misparsed_object,
                          _nothing_against, _ruled_out_infinitive)
from .cues import (OPENING_MARKS, REMAINING_LEMMAS, SANS_IDIOMS, VERDICT_FORMS, _case, cue_kind, describes_oneself,
                   lemma, opens_the_sentence, stem_kind)
from .hedges import hedge_heads
from .lexicon import Lexicons
from .mention_modifiers import modifier_judgement
from .negation import negated, non_of_non_plus
from .subject_judgement import (JUDGEMENT_RELS, cleft_focus, cleft_verdict, clitic_verdict, _judgement, _object_of,
                                _verdict_on_subject, _COMPARATIVES,
                                corrected_verdict, denied_attribute, dislocated_verdict, fronted_yes_or_no)
from .uncued import _enacted_participle, _past_passive, negated_reading, uncued_verdict
from .textnorm import fold

__all__ = ["JUDGEMENT_RELS", "STOP_RELS", "Polarity", "cue_kind", "hedge_heads", "lemma", "mention_polarity",
           "negated"]

# relations that lead out of the mention's clause: stop climbing there
STOP_RELS = {"advcl", "acl:relcl", "parataxis", "conj", "ROOT", "discourse", "dislocated",
             "vocative", "list", "reparandum", "orphan"}


@dataclass
class Polarity:
    polarity: str | None  # support | oppose | mixed | None (no position)
    cues: list[str] = field(default_factory=list)
    intensified: bool = False
    from_default: bool = False
    reason: str = ""


def _refused_reform(verb, lex: Lexicons) -> bool:
    """A reforming verb under "il ne faut pas": "il ne faut pas la réformer" (what follows
    usually asks for more: "il faut la fermer"), or under a denied "pouvoir" ("on ne peut pas la
    réformer"), or an infinitive "pas" denies on its own:
    "Pas la réformer, pas la repeindre : la supprimer"."""
    if verb.pos_ == "VERB" and verb.morph.get("VerbForm") == ["Inf"] and \
            any(fold(c.text) == "pas" and c.i < verb.i for c in verb.children) and \
            not any(fold(c.text) in ("ne", "n'") for c in verb.children):
        return True
    if verb.i >= 2 and fold(verb.doc[verb.i - 2].text) == "rien" and fold(verb.doc[verb.i - 1].text) == "a" and \
            any(cue_kind(t, lex) == "invert" for t in verb.doc[verb.i + 1: verb.sent.end]):
        # "Il n'y a rien à réformer dans l'Hadopi : il faut l'abroger" (not "la loi marche, il
        # n'y a rien à réformer", which keeps it)
        return True
    if verb.pos_ == "VERB" and verb.dep_ == "xcomp" and lemma(verb.head) == "pouvoir" and (
            negated(verb.head, lex) or (verb.head.dep_ == "ccomp" and lemma(verb.head.head) in ("croire", "penser")
                                        and negated(verb.head.head, lex))):
        # "je ne crois pas qu'on puisse la « réformer » à la marge", "on ne peut pas la réformer"
        return True
    return verb.pos_ == "VERB" and verb.dep_ == "xcomp" and lemma(verb.head) == "falloir" and negated(verb.head, lex)


# texts that study a subject (not a law, a plan or a ruling, which act on it), and the words of
# having written or filed one ("l'auteur d'un rapport sur X")
_STUDIES = {"rapport", "etude", "note", "enquete", "question"}
_AUTHORING = {"auteur", "coauteur", "rapporteur", "publier", "remettre", "rediger", "signer", "cosigner", "deposer",
              "poser", "presenter"}
# verbs of taking something out of something ("supprimer X de la loi")
_REMOVING = {"supprimer", "retirer", "enlever", "exclure", "extraire", "sortir", "effacer"}
# what a thing may cease to undergo ("les échanges cesseront d'être poursuivis")
_PROSECUTING = {"poursuivre", "sanctionner", "punir", "penaliser", "reprimer", "traquer", "condamner"}


def _charge_ceased(verb, lex: Lexicons):
    """The wrong that the subject of ``verb`` ("cesser", "arrêter") would cease to be or to
    undergo: "le partage cesserait d'être un délit" -> "délit"; None for any other inversion."""
    if lemma(verb) not in ("cesser", "arreter"):
        return None
    # (or a prosecution it would cease to undergo: "les échanges cesseront d'être poursuivis")
    return next((c for c in verb.children if c.dep_ in ("obl:arg", "xcomp", "obl", "obl:mod") and (
        (any(k.dep_ == "cop" for k in c.children) and cue_kind(c, lex) == "oppose") or
        (any(k.dep_ == "aux:pass" for k in c.children) and lemma(c) in _PROSECUTING))), None)


def _kind_in_context(kind: str | None, head, cur, cases: set[str], lex: Lexicons) -> str | None:
    """The cue kind of ``head`` as it bears on the mention climbed from ``cur`` (``cases``: the
    prepositions ``cur`` came with): None where the cue word says nothing of it."""
    if lemma(head) in lex.word_classes.get("camp", ()) and (
            lemma(head.head) == "avoir" or any(lemma(c) == "avoir" for c in head.children)):
        return None  # "X a des partisans et des adversaires" (parsed with "a" as a copula)
    if kind in ("support", "oppose", "harm") and cur.dep_ == "obl:agent" and \
            lemma(head) not in lex.word_classes.get("drawn_by", ()):
        # "le blocage instauré par la Loppsi", "un texte soutenu par X": the agent does
        # what the verb says; it is not what the verb backs or judges
        return None
    if kind == "support" and lemma(head) in lex.word_classes.get("enacting", ()) and \
            (_past_passive(head) or _enacted_participle(head)):
        # "la loi Hadopi a été votée en 2009", "la Loppsi 2, adoptée en février 2011": the
        # law's passage told as a fact, nobody's vote ("j'ai voté la loi", "elle doit être
        # votée" still back it)
        return None
    if kind in ("oppose", "invert") and lemma(head) in ("opposer", "diviser", "affronter") and \
            cases & {"sur", "au sujet de", "quant"}:
        # "X et Y s'opposent sur Z": they disagree about Z, nobody rejects it
        return None
    if kind == "support" and lemma(head) in ("inscrire", "graver") and "dans" in cases:
        # "inscrire X dans la loi": what is written in is backed, not where ("les orateurs
        # inscrits dans la discussion générale du projet de loi X")
        return None
    return kind


def _wish_of_the_addressee(verb) -> bool:
    """'Vous voulez supprimer X', 'vous proposez de ...' in a statement (not a question, not "si
    vous voulez", not "vous voulez dire"): what the other side wants, told to its face."""
    if lemma(verb) not in ("vouloir", "proposer", "souhaiter", "pretendre") or verb.sent[-1].text == "?":
        return False
    if not any(c.dep_ == "nsubj" and fold(c.text) == "vous" for c in verb.children):
        return False
    return not any(fold(c.text) in ("si", "s'", "ne", "n'") for c in verb.children) and \
        not any(c.dep_ == "xcomp" and lemma(c) == "dire" for c in verb.children)


def _cried_by_a_camp(root) -> bool:
    """The mention is what "ceux qui crient à ..." cry ("Ceux qui crient à la censure ne disent
    jamais ce qu'ils proposent"): a charge the speaker puts in others' mouths."""
    verb = root.head
    return lemma(verb) in ("crier", "hurler") and root.dep_.startswith("obl") and \
        any(fold(c.text) == "a" for c in root.children if c.dep_ == "case") and verb.dep_ == "acl:relcl" and \
        fold(verb.head.text) in ("ceux", "celles")


def _deserves_better_than(root) -> str | None:
    """'mérite mieux que X', 'vaut mieux que X': X falls short; the words of the phrase, or None
    (read off the words: the parser may take "mérite" for a noun)."""
    doc = root.doc
    start = max(root.sent.start, root.i - 6)
    for k in range(start, root.i - 2):
        if fold(doc[k + 1].text) == "mieux" and fold(doc[k + 2].text) in ("que", "qu'") and \
                fold(doc[k].text).startswith(("merit", "vau")) and \
                not any(t.is_punct or fold(t.text) in ("ne", "n'", "pas") for t in doc[max(start, k - 2): root.i]):
            return doc[k: k + 3].text
    return None


def _sentence_shape_verdict(root, valence: int, lex: Lexicons, asked: bool) -> Polarity | None:
    """What the shape of the sentence around the mention settles before any climb (a denied or
    corrected attribute, a verdict on a phrase set apart, "c'est non" after it, the focus of a
    cleft, a verdict after a colon, a bare "Pas de X"), or None. ``asked``: in a yes/no question none of these holds."""
    if not asked and denied_attribute(root, lex):
        return Polarity(None, reason="what the subject is said not to be")
    if not asked and (verdict := corrected_verdict(root, lex)) is not None:
        # "Le blocage n'est pas une censure, c'est une protection": what the subject is said to
        # be instead settles it, whatever the negation and the word denied say on their own
        return Polarity("support" if valence * verdict[0] > 0 else "oppose", verdict[1])
    if not asked and (verdict := clitic_verdict(root, lex)) is not None:
        # "Quant à la licence globale, il la juge « irréaliste » : « ... »"
        return Polarity("support" if valence * verdict[0] > 0 else "oppose", verdict[1])
    if not asked and (verdict := fronted_yes_or_no(root)) is not None:
        # "Quant à la licence globale, c'est non : « Mettre la culture au forfait, ... »"
        return Polarity("support" if valence * verdict[0] > 0 else "oppose", verdict[1])
    if not asked and cleft_focus(root) and (verdict := cleft_verdict(root, lex)) is not None:
        # "Ce que je refuse, en revanche, c'est la licence globale que propose la gauche": the
        # cleft's verb judges its focus, whatever the parser makes of the clause after it
        return Polarity("support" if valence * verdict[0] > 0 else "oppose", verdict[1])
    if _cried_by_a_camp(root):
        # "Ceux qui crient à la censure oublient que ...": the speaker dismisses the charge, and
        # so backs what it is made against
        return Polarity("support" if valence > 0 else "oppose", [root.head.text])
    if not asked and (better := _deserves_better_than(root)) is not None:
        # "La politique mérite mieux que cent quarante caractères": less than what is deserved
        return Polarity("oppose" if valence > 0 else "support", [better])
    if valence > 0 and (served := _serves_gatekeepers(root, lex)) is not None:
        # "le droit d'auteur tel qu'il existe protège surtout les catalogues des majors"
        return Polarity("oppose", [t.text for t in served])
    if not asked and root.head.i < root.i and any(t.text == ":" for t in root.doc[root.head.i + 1: root.i]) and \
            (verdict := dislocated_verdict(root, lex)) is not None:
        # "pas question que les opérateurs fassent payer les sites : « La neutralité du net,
        # c'est aussi l'égalité »", parsed with the phrase under "question": the words after
        # the colon judge it themselves
        return Polarity("support" if verdict[0] * valence > 0 else "oppose", verdict[1])
    if not asked and _bare_refusal(root):
        # "Pas de licence globale.", "En revanche, pas de Twitter : « c'est l'outil du clash »":
        # the refusal decides, whatever the parser hangs the phrase on after it
        return Polarity("oppose" if valence > 0 else "support", ["pas de"])
    if not asked and (done := _passive_told_after(root, lex)) is not None:
        # "la Hadopi sera « supprimée dans les cent jours »", parsed with the participle taken
        # for a noun and the mention hung elsewhere
        return Polarity("support" if done[0] * valence > 0 else "oppose", [done[1].text])
    if not asked and (without := _nothing_without(root)) is not None:
        # "Sans neutralité, la prochaine start-up ne verra jamais le jour": what nothing
        # happens without is backed (the parser may hang the phrase across the colon before it)
        return Polarity("support" if valence > 0 else "oppose", [without.text])
    if _neither_nor(root):
        # "Ni Hadopi ni licence globale", also before a cue the climb would reach across the
        # colon ("Ni Hadopi, ni licence globale : protégeons vraiment les créateurs")
        return Polarity("oppose" if valence > 0 else "support", ["ni"])
    return None


def _passive_told_after(root, lex: Lexicons):
    """(+1 / -1, participle) when the mention is followed by "sera" / "est" and a participle of
    a verb cue (quoted or not) that the parser did not hang the mention on, or took for a noun;
    None otherwise."""
    doc = root.doc
    i = root.i + 1
    start = root.left_edge
    if i + 1 >= len(doc) or doc[i].pos_ != "AUX" or lemma(doc[i]) != "etre" or \
            not opens_the_sentence(start, OPENING_MARKS + (";", ",")):
        return None  # (the subject phrase itself, not a word inside it: "la lutte contre le piratage sera renforcée")
    j = i + 2 if doc[i + 1].text in ("«", '"', "“") else i + 1
    if j >= len(doc) or not re.search(r"(?:e|ee|es|ees)$", fold(doc[j].text)) or (
            root.head.i == doc[j].i and cue_kind(doc[j], lex) is not None):
        return None  # (hung on a participle the lexicon knows: the climb reads it)
    kind = cue_kind(doc[j], lex) or stem_kind(doc[j], lex)
    if kind in ("invert", "oppose"):
        return -1, doc[j]
    return (1, doc[j]) if kind == "support" else None


_NEGATION_ENDS = ("pas", "jamais", "plus", "rien", "guere")
_SUBORDINATE_OPENERS = {"parce", "car", "puisque", "qui", "que", "qu'", "si", "quand", "lorsque", "mais", "et", "ou"}


def _nothing_without(root):
    """The "Sans" of a phrase that opens the sentence (or the quote) and is set apart by a comma,
    when the clause after it is negated: "Sans neutralité, la start-up ne verra jamais le jour";
    None otherwise."""
    doc = root.doc
    k = root.i - 1
    while k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 0 or fold(doc[k].text) != "sans" or not opens_the_sentence(doc[k]):
        return None
    comma = next((t for t in doc[root.i + 1: root.i + 6] if t.text == "," or t.pos_ in ("VERB", "AUX")), None)
    if comma is None or comma.text != "," or comma.i + 1 >= len(doc) or \
            fold(doc[comma.i + 1].text) in _SUBORDINATE_OPENERS:
        return None  # (not "sans licence globale ni taxe, parce que la culture n'a pas à ...")
    for t in doc[comma.i + 1: comma.i + 12]:
        if t.text in (".", ";", ":", "!", "?", "»", ","):
            return None
        if fold(t.text) in ("ne", "n'") and any(fold(u.text) in _NEGATION_ENDS for u in doc[t.i + 2: t.i + 5]):
            return doc[k]
    return None


def _frees_from(root, lex: Lexicons):
    """The negated verb of dependence (word class ``dependence``) whose "avec" phrase ``root``
    is (or a conjunct of it): "Avec X, nous ne dépendons plus de ..."."""
    head = root.head if root.dep_ == "conj" else root
    if not any(c.dep_ == "case" and fold(c.text) == "avec" for c in head.children) or head.head.i == head.i:
        return None
    verb = head.head
    return verb if lemma(verb) in lex.word_classes.get("dependence", frozenset()) and negated(verb, lex) else None


def _growing(root, lex: Lexicons):
    """The verb of growing (word class ``growth``) whose subject ``root`` is, not negated; the
    parser may hang a finite one on the noun ("la cybercriminalité progresse", as a clause
    modifier)."""
    growth = lex.word_classes.get("growth", frozenset())
    verbs = [root.head] if root.dep_ == "nsubj" else []
    verbs += [c for c in root.children if c.dep_ == "acl" and c.i == root.i + 1 and c.morph.get("VerbForm") == ["Fin"]]
    return next((v for v in verbs if lemma(v) in growth and not negated(v, lex)), None)


def mention_polarity(root, valence: int, default: str | None, lex: Lexicons, hedge_heads: set[int],
                     other_mentions: set[int] = frozenset(), asked: bool = False) -> Polarity:
    """Polarity toward the topic of a mention whose syntactic root is ``root``. ``asked``: the
    sentence is a yes/no question, whose "sans juge" describes the measure put to the
    respondent rather than charging it."""
    shaped = _sentence_shape_verdict(root, valence, lex, asked)
    if shaped is not None:
        return shaped
    if valence > 0 and (freed := _frees_from(root, lex)) is not None:
        # "Avec le logiciel libre et les formats ouverts, nous ne dépendons plus du bon vouloir
        # d'un éditeur": what the speaker says the policy frees us from
        return Polarity("support", [freed.text], reason="what it frees from")
    if valence < 0 and (grows := _growing(root, lex)) is not None:
        # "la cybercriminalité progresse bien plus vite que nos moyens", "les escroqueries en ligne
        # explosent": a harm said to grow is a concern, so a call to fight it
        return Polarity("support", [grows.text], reason="a harm said to grow")
    sign = 1 if valence > 0 else -1
    cues: list[str] = []
    hedged = False
    intens = False
    negs = 0
    path = [root]
    cur = root
    if negated(cur, lex):
        sign, negs = -sign, negs + 1
    # "ne veut ni de X ni de Y": each conjunct is negated (also "ni compte Twitter", where
    # the "ni" hangs on the noun the mention qualifies)
    ni_holder = root.head if root.dep_ in ("nmod", "flat", "flat:name", "compound", "appos") and \
        root.head.i < root.i else root
    before = root.doc[root.i - 1] if root.i > 0 else root
    ni_holders = [ni_holder] + ([before] if before.pos_ == "NOUN" else [])  # "ni compte Twitter", misparsed
    if any(fold(c.text) == "ni" for h in ni_holders for c in h.children) and root.pos_ in ("NOUN", "PROPN") \
            and not _verb_negated_anyway(root, lex):
        sign, negs = -sign, negs + 1
    # "la loi injuste", "la loi Hadopi, que j'ai toujours combattue": what the mention's own
    # modifiers say decides only when nothing on the path does, unless the speaker's own words
    # say what the mention is
    modified = modifier_judgement(root, valence, lex)
    if modified is not None and modified[2]:
        return Polarity("support" if modified[1] * valence > 0 else "oppose", [modified[0]])
    adjective = modified[:2] if modified is not None else None
    blocked = False  # met a predicate that only names the topic ("étudier le droit d'auteur")
    skip_invert = False
    beneficiary = False  # climbed out of "au profit de"
    if root.i in hedge_heads and root.pos_ == "VERB":
        # the mention is itself the hedged verb: "Je tweete parce qu'il le faut, mais je ne ..."
        hedged = True
        cues.append("mais")
    shared_case = False  # climbed from a conjunct that had its own preposition ("contre X et contre Y")
    forbidding = _misplaced_prohibition(root, lex)
    if forbidding is not None:
        # "inscrire dans la loi l'interdiction pour les opérateurs de ralentir un service": the
        # parser hangs the infinitive on "opérateurs", but it is what the ban forbids
        sign = -sign
        cues.append(forbidding.text)
    opening = _infinitive_taken_for_a_modifier(root, lex)
    if opening is not None:
        # "Résorber les zones blanches, c'est la priorité": the parser made the opening
        # infinitive an adjective of its object, so the climb would miss what it does to it
        sign = -sign
        cues.append(opening.text)
    if valence > 0 and _warned_consequence(root):
        return Polarity(None, reason="the consequence a speaker warns of")
    if _in_a_cited_title(root, lex) or _in_a_body_name(root, lex) or _in_a_portfolio(root, lex):
        # "lors de la discussion de la loi du 17 décembre 2009 relative à la lutte contre la
        # fracture numérique", "elle a siégé à la commission de protection des droits de la
        # Hadopi", "adjointe déléguée à l'aménagement numérique": the words of a text's title,
        # a body's name or an office's portfolio are its name, not anyone's cue
        return Polarity(None, reason="a text's title or a body's name")
    if (completed := _en_object(root, lex)) is not None:
        # "X et Y en réclament l'abrogation": "en" completes the noun, which acts on it
        sign = -sign if cue_kind(completed, lex) == "invert" else sign
        cues.append(completed.text)
    if (quoted := _quoted_head(root, lex)) is not None:
        # "a réclamé « la suppression pure et simple » de l'institution": the parser hangs the
        # mention on the verb, but it completes the noun the quote closes on
        sign = -sign
        cues.append(quoted.text)
    if (text := _text_about(root, lex)) is not None:
        # "a voté contre ce texte sur la neutralité", "s'oppose à toute loi sur la neutralité":
        # the parser hangs the topic on the verb; it completes the text, and the climb goes on
        # from there
        path.append(text)
        cur = text
    praised = False  # the mention's own predicate backs it ("le blocage sans juge est indispensable")
    while True:
        cases = _case(cur) if not shared_case else set()
        shared_case = False
        if "face" in cases and valence == -1 and cur.pos_ not in ("VERB", "AUX"):
            # "des moyens face aux escroqueries en ligne": against them (not the "Face à cela,"
            # that opens a sentence, which the parser hangs on its verb)
            cases = cases | {"contre"}
        if "contre" in cases and lemma(cur) in lex.word_classes.get("price", ()):
            cases = cases - {"contre"}  # "télécharger librement contre une somme modeste": in exchange for
        if "contre" in cases and _nothing_against(cur):
            # "je n'ai rien contre le logiciel libre, ... (mais)": the concession that opens a
            # reservation, not a backing
            cases = cases - {"contre"}
            hedged = True
            cues.append("rien contre")
        if "contre" in cases:
            sign = -sign
            cues.append("contre")
            # "l'opposition contre X", "la lutte contre X": one inversion, not two
            skip_invert = True
        if "pour" in cases and valence != -1 and not _purpose(cur) and cue_kind(cur, lex) != "neutral" and \
                (cur.head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in cur.children)) and \
                not _after_a_noun(cur, "pour") and lemma(cur) not in lex.roles and cur.ent_type_ != "PER" and \
                lemma(cur.head) not in lex.word_classes.get("seat", ()) and \
                lemma(cur) not in lex.word_classes.get("time_span", ()):
            # "être pour X", "se battre pour X" (not "une loi pour X", nor "désignée pour
            # l'examen de X": a neutral noun after "pour" only names what the task was; nor
            # "Pour le porte-parole du NPA, la loi Hadopi est ...", a person's view, which the
            # parser may hang the mention under; nor "désignés pour la commission chargée du
            # projet de loi X", an appointment; nor "pour une heure consacrée à X", a length of time)
            cues.append("pour")
        if "sans" in cases and lemma(cur) not in SANS_IDIOMS:
            sign, negs = -sign, negs + 1
        head = cur.head
        if head.i == cur.i:
            break
        if cur.dep_ == "conj" and cur.pos_ in ("NOUN", "PROPN") and head.pos_ in ("NOUN", "PROPN"):
            # "rejeter X et Y": Y shares X's predicate; climb on from X without X's own cues
            # (nor X's preposition when Y has its own: "contre X et contre Y" is one "contre")
            shared_case = bool(cases & {"contre", "pour", "sans"})
            if cue_kind(head, lex) == "neutral" and head.pos_ == "NOUN":
                # "l'observatoire du haut et du très haut débit", parsed with the second phrase
                # joined to the noun: that noun only names the topic
                blocked = True
            cur = head
            if cur.dep_ == "nmod" and cur.head.pos_ == "NOUN" and path and path[-1].i != cur.head.i and \
                    cue_kind(path[-1], lex) in ("invert", "oppose", "support") and \
                    cue_kind(path[-1], lex) == cue_kind(cur.head, lex):
                # "la suppression de ces crédits et l'abrogation des lois Hadopi", parsed with
                # "l'abrogation" joined to "crédits": it stands beside "la suppression", which
                # is not a second cue on it
                cur = cur.head
            continue
        if _joined_infinitive(cur):
            # "empêcher les opérateurs de bloquer X ou de ralentir Y": the second infinitive shares
            # the predicate the first hangs on; climb on from the first without its own cue
            cur = head
            continue
        if cur.dep_ in STOP_RELS and not _infinitive_complement(cur) and not _misparsed_object(cur) and \
                not _ruled_out_infinitive(cur) and not _fought_for(cur, lex) and \
                not _completive_after_ce(cur) and not (_content_of_a_text(cur, lex) and default != "oppose"):
            # (a pejorative name under a text's clause keeps its bare reading: "un texte qui
            # confie la censure à la police")
            break
        if (_juxtaposed_clause(cur) or _clause_before_comma(cur)) and not _content_of_a_text(cur, lex):
            break
        if cur.dep_ == "acl" and cur.pos_ == "VERB" and not any(
                c.dep_ in ("mark", "nsubj", "nsubj:pass") or fold(c.text) in ("que", "qu'", "qui", "dont")
                for c in cur.children) and (
                cur.morph.get("VerbForm") == ["Fin"] or (cur.morph.get("Tense") == ["Pres"] and
                                                         not fold(cur.text).endswith("ant"))):
            # (the tagger may call "abroge" a present participle)
            # "L'article 1er abroge la loi Hadopi et supprime la Haute Autorité", parsed with
            # "abroge" as a modifier of "article": a finite verb is a clause of its own, and the
            # verb the parser made the sentence's is a second predicate, not a cue on this one
            break
        if head.i < root.i and any((fold(t.text) in ("pendant", "tandis", "alors") and fold(t.nbor().text) in ("que", "qu'"))
                                   or (fold(t.text) in ("quand", "lorsque", "lorsqu'") and t.i > head.i + 1)
                                   for t in root.doc[head.i + 1: root.i]):
            # "il n'est pas acceptable que X reste à l'écart pendant que le centre profite du
            # haut débit": a contrast clause is not what the verdict before it judges (read off
            # the words: the parser often hangs the clause anywhere); nor is a "quand" clause
            # ("l'argent public ne doit plus financer des licences quand des solutions libres existent")
            break
        if (lemma(head) == "lors" and head.pos_ == "ADV" and head.i < root.i and not any(
                t.is_punct or t.pos_ in ("VERB", "AUX") for t in root.doc[head.i + 1: root.i])) or (
                cases & {"apres", "après"} and cur.dep_.startswith("obl") and cur.right_edge.i < head.i and
                root.doc[cur.right_edge.i + 1].text == ","):
            # "Lors du débat sur la Loppsi, j'ai voté contre l'article 4": when it happened, not
            # what the verb acts on (the mention inside the "lors de ..." phrase, not a clause the
            # parser hung on it); "Après Loppsi 2, après l'Hadopi, nous refusons que ...": the
            # precedents, fronted
            return Polarity(None, cues, reason="a time setting")
        if "sur" in cases and head.pos_ == "NOUN" and (
                (lemma(head) in _STUDIES and any(lemma(a) in _AUTHORING for a in list(head.ancestors)[:4])) or
                (lemma(head) in lex.word_classes.get("voted_text", ()) and
                 any(lemma(a) in ("rapporteur", "rapporteure") for a in list(head.ancestors)[:4]))):
            # (and the bill someone is rapporteur of: "désigné rapporteur du projet de loi sur
            # la cybercriminalité" is a function, no side)
            # "l'auteur d'un rapport d'information sur le financement du très haut débit": what
            # a study someone wrote is about, whatever its title's words say (a study someone
            # asks for is still read: "il demande un rapport sur la licence globale")
            return Polarity(None, cues, reason="what a study is about")
        if head.i in other_mentions and cur.dep_ in ("nmod", "amod", "compound", "appos", "flat") \
                and head.pos_ in ("NOUN", "PROPN"):
            # "la censure des opinions sur les réseaux sociaux": the mention only qualifies
            # another topic, which takes the predicate
            return Polarity(None, cues, reason="under another topic")
        if cur.dep_ == "obj" and negated(head, lex) and \
                any(c.dep_ in ("nsubj", "nsubj:pass") and c.i in other_mentions for c in head.children):
            # "la licence globale ne garantit pas la rémunération des artistes": a failure
            # charged to the subject, another topic; nothing said of the object's side
            return Polarity(None, cues, reason="a failure of another topic")
        colon = next((t.i for t in cur.doc[root.i + 1: head.i] if t.text == ":"), None) if root.i < head.i else None
        if colon is not None and root.i - root.sent.start <= 4 and \
                any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > colon and c.pos_ != "PRON" and
                    fold(c.text) not in ("tout", "cela", "ca") for c in head.children):
            # "Quant à la licence globale, il la juge « irréaliste » : « Personne n'a jamais su
            # dire ... »", parsed with the fronted phrase under the verb after the colon, which has
            # a subject of its own (not "Ce principe ... : il doit être gravé dans la loi")
            break
        if cues and colon is not None and any(t.text == "«" for t in cur.doc[root.i + 1: head.i]):
            # "... demander une directive garantissant la neutralité du net : « Les opérateurs ne
            # doivent ni bloquer ... »", parsed with the quote's verb above: the quote after the
            # colon says its own thing
            break
        if cues and head.i < cur.left_edge.i and any(
                t.text == ":" for t in cur.doc[head.i + 1: cur.left_edge.i]):
            # "X dénonce : « La loi Hadopi est un échec »": the clause after the colon judged
            # the topic already; the verb before it introduces that judgement, not a second one
            break
        if cur.dep_.startswith("obl") and ("lors" in cases or (
                lemma(cur) in ("moment", "epoque") and cases & {"au", "a"}) or (
                lemma(cur) in ("jour", "lendemain", "veille") and not cases - {"au", "a", "des"} and
                any(fold(c.text) in ("le", "la", "au", "l'") for c in cur.children))):
            # "il a commencé à militer au moment des débats sur la loi X", "lors de l'examen de
            # X, elle a défendu ...", "le jour du vote de la loi X": when something was done, not
            # what (not "pendant", which the parser hangs anything on: "soumis pendant deux mois
            # à une consultation en ligne")
            return Polarity(None, cues, reason="a time setting")
        if _comparison_clause(head) and cur.dep_ in ("obj", "nsubj", "nsubj:pass"):
            # "le blocage, tel que l'autorise la Loppsi", "comme le prévoit la loi Hadopi": the
            # text is cited as where the thing comes from, not backed
            return Polarity(None, cues, reason="cited as a source")
        if cases & {"que", "qu'"} and any(c.dep_ == "advmod" and fold(c.text) in _COMPARATIVES and any(
                c.i < k.i < cur.i and fold(k.text) in ("que", "qu'") for k in cur.children) for c in head.children) and \
                not any(k.dep_.startswith("nsubj") for k in cur.children):  # (a clause of its own is no compared term)
            # "c'est plus juste que de traquer les internautes": what the judgement is compared with
            return Polarity(None, cues, reason="compared with")
        path.append(head)
        if lemma(head) in ("commenter", "repondre") and head.dep_ == "xcomp" and \
                lemma(head.head) in ("refuser", "decliner"):
            # "a refusé de commenter le débat et renvoyé aux études sur l'évolution du piratage":
            # what someone declines to speak about gets no side from the refusal ("refuse de se
            # prononcer pour X" is a refusal of X)
            return Polarity(None, cues, reason="declines to comment")
        if serves_as_pretext(head, cur, lex):
            # "je refuse que la lutte contre X serve de prétexte à la surveillance de tous": the
            # aim is kept, a use of it refused; the verb above does not turn it around ("pas
            # question que la gestion du trafic serve de prétexte au filtrage": the other side's
            # aim, refused as a pretext, tells nothing more)
            if valence < 0:
                return Polarity(None, cues + ["prétexte"], reason="pretext")
            hedged = True
            cues.append("prétexte")
            break
        if _wish_of_the_addressee(head):
            # "« Vous voulez tuer un dispositif qui marche »": the speaker throws back at the
            # other side what it wants
            sign = -sign
            cues.append(head.text)
        kind = _kind_in_context(cue_kind(head, lex), head, cur, cases, lex)
        if lemma(head) in ("porte", "voie", "ouvert", "ouvrir") and (cases & {"a", "au", "aux"}) and \
                (lemma(head) in ("porte", "voie") or lemma(head.head) in ("porte", "voie") or
                 any(lemma(c) in ("porte", "voie") and c.dep_ == "obj" for c in head.children)):  # "ouvrir la porte à X"
            # "une porte ouverte à la censure": what the door opens to is feared, whatever is
            # said of the door ("dénoncer une porte ouverte à X" rejects X once, not twice)
            return Polarity("oppose" if valence > 0 else "support", cues + ["porte ouverte"])
        if kind in ("support", "oppose", "invert") and "sur" in cases and cur.i < head.i and \
                any(c.dep_ in ("obj", "xcomp", "ccomp") and c.i != cur.i and
                    lemma(c) not in lex.word_classes.get("voted_text", ()) for c in head.children):
            # "Sur la neutralité du net, les opérateurs veulent faire payer les sites": the
            # fronted topic is what the sentence is about; the verb's cue is for its object
            # (unless that object is a law on it: "Sur X, il refuse toute loi contraignante")
            kind = None
        if kind in ("invert", "harm") and _feared_ban(head):
            kind = None  # "c'est interdire aux opérateurs toute gestion du trafic": the ban is feared
            cues.append(head.text)
        if kind == "invert" and lemma(head) in _REMOVING and cur.dep_.startswith("obl") and _de_complement(cur) and \
                (any(c.dep_ in ("obj", "nsubj:pass") and c.i != cur.i for c in head.children) or (
                    head.dep_ == "xcomp" and any(c.dep_ == "aux:pass" for c in head.children) and
                    any(c.dep_ == "nsubj" for c in head.head.children))):
            # "cette sanction doit être supprimée de la loi": what it is taken out of (not "se
            # débarrasser de la Hadopi", whose "de" complement is what goes)
            kind = None
        if kind == "invert" and lemma(head) in ("exclure", "ecarter", "rejeter", "fermer") and \
                any(fold(c.text) == "sans" and c.dep_ in ("mark", "case") for c in head.children):
            # "dit attendre l'évaluation avant de trancher, sans l'exclure": not ruled out is
            # not backed
            return Polarity(None, cues + [head.text], reason="not ruled out")
        if kind == "invert" and lemma(head) in ("oublier", "negliger") and cur.dep_ != "obj":
            kind = None  # "ceux qu'on oublie dans ce débat": only what is forgotten is inverted
        if kind == "invert" and lemma(head) == "desarmer" and cur.dep_ != "obj":
            # "désarmer la Haute Autorité" ends it; "désarmer face au piratage" gives up a fight
            kind = None
        if kind == "support" and lemma(head) == "preferer" and cases & {"a", "au", "aux"}:
            # "préférer une contribution à la Hadopi": what comes after "à" is set aside
            kind = "invert"
        if lemma(cur) in ("profit", "faveur", "benefice") and cases & {"au", "en", "a"}:
            # "X doit disparaître au profit de Y": Y is what should take X's place; the
            # rejections above are X's, a negation still turns the whole around
            cues.append(cur.text)
            beneficiary = True
        if beneficiary and kind in ("oppose", "invert"):
            kind = None
        if kind == "invert" and cur.dep_ in ("nsubj", "expl:subj") and \
                (obj := _object_of(head)) is not None and (cue_kind(obj, lex) == "oppose" or any(
                    a.dep_ == "amod" and cue_kind(a, lex) == "oppose" for a in obj.children)):
            # "X a fait reculer le piratage": X ends something bad, it is not what ends; the
            # object judges X (below). ("X interdirait aux opérateurs de ..." still judges X.)
            kind = None
        if kind in (None, "neutral") and head.pos_ == "VERB" and cur.dep_.startswith("obl") and \
                cases & {"a", "au", "aux", "sur", "envers", "vis-a-vis"}:
            # "tous trois se disent favorables à X" parsed with X under "disent": the adjective
            # beside the verb ("se dire / se montrer / se déclarer favorable à", "se montrer
            # sceptique sur") governs X (also a fronted "Sur les logiciels libres, elle se dit
            # « favorable à leur usage »"; not when the adjective's own complement turns the topic
            # around: "Sur la loi Hadopi, il se dit favorable à son abrogation")
            beside = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "ADJ" and
                           cue_kind(c, lex) in ("support", "oppose") and
                           not any(k.dep_.startswith("obl") and cue_kind(k, lex) in ("invert", "oppose", "harm")
                                   for k in c.children)), None)
            if beside is not None:
                kind = cue_kind(beside, lex)
        if kind is None and cur.dep_ == "obj" and _first_person_promise(head) and not _about(root, cur):
            # "je publierai mes votes en ligne", "nous ouvrirons une plateforme": a commitment
            kind = "support"
        if kind is not None and head.pos_ == "VERB" and _others_act(head, lex) and \
                (charge := _camp_charged(head, lex)) is not None:
            # "Ceux qui veulent supprimer la Hadopi n'ont jamais dit comment ils paieraient les
            # artistes": the aim of those charged is what the speaker rejects
            aimed = -sign if kind in ("invert", "oppose", "harm") else sign
            return Polarity("support" if aimed < 0 else "oppose", cues + [head.text, charge.text])
        if kind is not None and head.pos_ == "VERB" and _others_act(head, lex):
            # "Ceux qui ont fait voter X ...": what others did, told to blame them
            return Polarity(None, cues, reason="someone else's act")
        if kind == "invert" and lemma(head) == "remplacer" and negated(head, lex) and \
                any(_case(c) & {"par"} for c in head.children if c.dep_.startswith("obl")):
            # "nous l'abrogerons, et nous ne la remplacerons pas par une autre": nothing is kept,
            # only no substitute is promised
            return Polarity(None, cues, reason="no substitute")
        if (kind is not None or cur.dep_ == "ccomp") and _others_claim(head):
            # "on nous promettait que X allait tout sauver": a claim the speaker reports to doubt it
            return Polarity(None, cues, reason="someone else's claim")
        if kind == "support" and lemma(head) == "falloir" and cur.dep_ not in ("obj", "xcomp", "nsubj", "ccomp"):
            # "il faut X", "il faut abroger X": only what "faut" governs is wanted
            kind = None
        if kind == "support" and valence == 1 and default == "oppose":
            # a pejorative name of the policy ("la censure") is never backed in those words:
            # "c'est ouvrir la voie à la censure" is the charge against what opens the way
            kind = None
        if kind == "support" and valence == -1 and not negated(head, lex, came_from=cur) and not (
                head.dep_ == "xcomp" and lemma(head.head) in ("pouvoir", "vouloir", "aller") and negated(head.head, lex)):
            # backing "l'enquête en matière de cybercriminalité" is not backing the crime, and
            # nobody backs a fought-against thing: only inversions and negations count for it
            # ("je n'accepte pas que des communes restent en zone blanche", "on ne peut pas
            # accepter une ville à deux vitesses" reject it)
            kind = None
        if kind == "support" and cur.dep_ in ("nsubj", "nsubj:pass") and _serves_the_wrong_ones(head):
            return Polarity(None, cues, reason="serves the wrong ones")
        if kind == "support":
            cues.append(head.text)
            # (a copula's adjective right after the mention, however the parser hangs it: "Selon
            # lui, le blocage sans juge est indispensable"; not "X permettrait de filtrer sans juge")
            # ("le filtrage sans juge est donc « une nécessité »": a noun attribute too, quoted or not)
            praised = praised or (head.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "cop" for c in head.children) and
                                  0 < head.i - root.i <= 7 and
                                  not any((t.is_punct and t.text not in "«»\"") or t.pos_ == "VERB"
                                          for t in root.doc[root.i + 1: head.i]))
        elif kind == "harm":
            # "ce texte menace X": the speaker deplores a threat to X, X is valued; "il faut
            # restreindre X" (no thing as subject): X is to be cut back
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
            # (a person attacking X rejects it: "Paul X attaque la loi", "le candidat remet en cause X")
            # ("C'est une menace sur X": a demonstrative subject of a noun wants nothing)
            wanted = head.morph.get("VerbForm") == ["Inf"] or any(
                (c.pos_ == "PRON" and fold(c.text) not in ("c'", "ce", "cela", "ca")) or c.ent_type_ == "PER" or lemma(c) in lex.roles
                for c in subjects)
            # "dénoncer une atteinte à X": the verb above judges the harm, which turns X around
            # ("il est inacceptable qu'une commune soit privée de X": the same with a clause)
            judged = ((head.pos_ == "NOUN" and head.dep_ == "obj") or head.dep_ in ("ccomp", "csubj")) and \
                cue_kind(head.head, lex) in ("oppose", "invert")
            # ("X est menacé": the passive subject is what is harmed, valued like an object)
            passive = cur.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in head.children)
            if (cur.dep_ in ("nsubj", "nsubj:pass") and not passive) or wanted or judged:
                sign = -sign  # the threat itself, or a cut-back someone wants
            cues.append(head.text)
        elif kind == "invert" and ("par" in cases or (lemma(head) == "remplacer" and any(
                "par" in _case(x) and x.dep_ == "obl:agent" for x in path))):
            # "remplacer X par Y", "le remplacement de X par Y": Y is what replaces (also when
            # the parser hangs "par Y" on a participle of X: "remplacer la riposte graduée par Y")
            cues.append(head.text)
        elif kind == "invert" and cur.dep_ == "nmod" and _verdict_on_subject(head):
            # "La licence globale, c'est la fin du droit d'auteur": the subject would end X,
            # and the speaker deplores it: X is valued (the judgement of the subject is its own)
            cues.append(head.text)
        elif kind == "invert" and cur.dep_ == "nsubj" and (charge := _charge_ceased(head, lex)) is not None:
            # "le partage cesserait d'être un délit": ceasing to be a wrong clears the subject
            cues.extend([head.text, charge.text])
        elif kind in ("oppose", "invert"):
            if not (skip_invert and kind == "invert"):
                sign = -sign
            cues.append(head.text)
        elif kind == "hedge" and _refused_reform(head, lex):
            # "L'Hadopi, il ne faut pas la réformer, il faut la fermer": the reform is turned
            # down for more; the negation (below or above) then rejects the measure
            cues.append(head.text)
            if lemma(head.head) != "falloir" or head.dep_ != "xcomp":
                # "Il faut la supprimer, pas la « réformer »", "rien à réformer": the refusal
                # rejects the measure here, whatever verb the parser hangs the infinitive on
                return Polarity("oppose" if sign > 0 else "support", cues)
        elif kind == "hedge" and (any(c.dep_ in ("nsubj", "obl:agent") and lemma(c) in lex.word_classes.get("citizens", ())
                                      for c in head.children) or
                                  (cur.dep_ in ("obl", "obl:mod") and _case(cur) & {"sur", "dans", "via"})):
            # "Plus de 600 personnes ont amendé notre programme", "chaque article a été amendé
            # sur un wiki": what citizens amend, or where, is the participation backed, no
            # reservation of the speaker
            cues.append(head.text)
        elif kind == "hedge":
            hedged = True
            cues.append(head.text)
        elif kind == "intensifier":
            intens = True
        elif kind == "neutral":
            blocked = True
        elif kind == "negation" and not non_of_non_plus(head):
            # "je n'ai rien contre X"
            sign, negs = -sign, negs + 1
        if negated(head, lex, came_from=cur) and not _how_never_told(head, cur):
            if _manner_gerund(head, path):
                # "on ne combat pas X en surveillant tout le monde": the negation denies the
                # means, not the aim; no side on X can be told
                return Polarity(None, cues, reason="negation of the means")
            sign, negs = -sign, negs + 1
        if any(cue_kind(k, lex) == "intensifier" for k in head.children):
            intens = True
        if cur.dep_ == "obj" or (cur.dep_ == "det" and fold(head.text) in VERDICT_FORMS) or \
                (fold(cur.text) == "y" and (lemma(head) in REMAINING_LEMMAS or describes_oneself(head))):
            # "juger X indispensable", "trouver X injuste": the attribute of the object (also
            # "je ne la crois pas praticable", where the tagger takes "la crois" for a noun;
            # "j'y reste opposé", "il s'y dit favorable")
            attributes = list(head.children)
            if lemma(head) in ("qualifier", "traiter", "taxer"):
                # "qualifier X de « texte liberticide »", parsed as X's complement
                attributes += [c for c in cur.children if c.dep_ == "nmod" and "de" in _case(c)]
            for c in attributes:
                attribute = c.dep_ == "xcomp" or (c.dep_.startswith("obl") and lemma(head) in ("qualifier", "traiter", "taxer")) \
                    or (c.dep_ == "nmod" and c.head.i == cur.i)
                if attribute and c.pos_ in ("ADJ", "NOUN") and c.i > cur.i:
                    k = cue_kind(c, lex)
                    if k is None:
                        # "de texte liberticide": the noun's adjective carries the judgement
                        k = next((cue_kind(a, lex) for a in c.children if a.dep_ == "amod" and cue_kind(a, lex)), None)
                    if k in ("support", "oppose", "invert") and cur.dep_ == "det" and \
                            any(fold(x.text) in ("pas", "plus", "jamais") for x in c.children):
                        # ("je ne la crois pas praticable": the "pas" hangs on the attribute)
                        k = "oppose" if k == "support" else "support"
                    if k == "support" and valence != -1:
                        cues.append(c.text)
                    elif k in ("oppose", "invert"):
                        sign = -sign
                        cues.append(c.text)
                    elif k == "hedge":
                        hedged = True  # "elle juge la Hadopi « perfectible »": kept, to be mended
                        cues.append(c.text)
        if cur.dep_ in ("obl", "obl:arg", "obl:mod") and _de_complement(cur) and (noun := next(
                (c for c in head.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.right_edge.i + 1 == cur.left_edge.i
                 and cue_kind(c, lex) == "invert"), None)) is not None:
            # "réclame la suppression pure et simple de la coupure", parsed with "de la coupure"
            # on the verb: it completes the noun right before it
            sign = -sign
            cues.append(noun.text)
        if cur.dep_ in ("obl", "obl:arg", "obl:mod") and kind is None:
            # "créer une exception au droit X", "porter atteinte à X", "donner la priorité à X":
            # the verb's object carries the cue (an exception *pour* X is for X, not against it)
            for c in head.children:
                if c.dep_ == "obj" and c.pos_ == "NOUN":
                    k = cue_kind(c, lex)
                    if k in ("invert", "harm") and not (cases & {"a", "au", "aux"}):
                        break
                    if k in ("invert", "harm"):
                        # (not when a thing does the harm: "ces pratiques portent atteinte au
                        # principe de neutralité" deplores the harm, the principle is valued)
                        if not (k == "harm" and any(
                                x.dep_ == "nsubj" and x.pos_ == "NOUN" and lemma(x) not in lex.roles
                                for x in head.children)):
                            sign = -sign
                        cues.append(c.text)
                        break
                    if k == "support" and valence != -1:
                        cues.append(c.text)
                        break
                    if k == "oppose" and cases & {"a", "au", "aux", "envers"}:
                        # "redire son hostilité à X", parsed with X on the verb
                        sign = -sign
                        cues.append(c.text)
                        break
        if cur.dep_ in ("obl", "obl:arg", "obl:mod") and "sur" in cases and kind is not None:
            # "refuser tout compromis sur X" (parsed with X on the verb): the object concedes on X
            for c in head.children:
                if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < cur.i and cue_kind(c, lex) == "invert":
                    sign = -sign
                    cues.append(c.text)
                    break
        if cur.dep_ in ("nsubj", "nsubj:pass") and head.pos_ in ("VERB", "AUX", "ADJ", "NOUN") \
                and kind not in ("oppose", "invert", "harm"):
            # the predicate's judgement of its subject, unless the predicate itself judged it
            # ("X a fait reculer Y" may be parsed with "fait" as a dependent of "reculer")
            pred = head.head if lemma(head) == "faire" and head.dep_ == "dep" else head
            pos, neg, jc = _judgement(pred, cur, lex, {t.i for t in cur.subtree})
            if neg > pos:
                sign = -sign
            praised = praised or (pos > neg and cur.i == root.i and pred.pos_ in ("ADJ", "NOUN") and
                                  any(c.dep_ == "cop" for c in pred.children))
            if pos or neg:
                cues.extend(jc)
        if head.i in hedge_heads:
            hedged = True
            cues.append("tout en")
        if head.pos_ == "VERB" and _set_aside(head):
            sign = -sign
            cues.append("plutôt que")
        skip_invert = False
        cur = head
    # (before the missing judge, which may be what the verdict charges)
    verdict = _infinitive_verdict(path, lex)
    if verdict:
        # "Supprimer l'Hadopi, ce serait une erreur": the verdict judges the whole act
        sign *= verdict
        cues.append("ce serait")
    if valence > 0 and not asked and (forbidding := _would_forbid(root, lex)) is not None:
        return Polarity("oppose", [forbidding.text], intens)
    if valence > 0 and not asked and (subjected := _subjected_to_a_judge(path)) is not None:
        # "un amendement qui soumet tout blocage à l'autorisation préalable d'un juge": it
        # restrains the measure ("refuser de le soumettre à un juge" backs it)
        sign = -sign
        cues.append(subjected.text)
    if valence > 0 and not asked and _only_a_judge(path):
        sign = -1
        cues.append("seul un juge")
    elif valence > 0 and not asked and not praised and _without_a_judge(path):
        # "permettre le blocage d'un site sans l'autorisation d'un juge": naming the missing
        # judge is the charge against the measure
        sign = -1 if not cues or sign > 0 else sign
        cues.append("sans juge")
    if (condition := _in_conditional(path)) is not None:
        return Polarity(None, cues, reason=condition)
    if _under_pretext(root, lex):
        # "un accord qui, sous couvert de lutter contre X, ...": the aim is the accused
        # text's alleged one, not the speaker's
        return Polarity(None, cues, reason="pretext")
    if not cues and not hedged and (verdict := uncued_verdict(root, valence, negs, adjective, lex)) is not None:
        sign, cues = verdict
    if cues and _denied_for(path):
        # "je ne suis pas pour supprimer la Haute Autorité": the parser cut the infinitive off
        # the negated "être pour" above it
        sign = -sign
        cues.append("pas pour")
    if cues and not hedged and sign > 0 and valence > 0 and _short_of_repeal(root):
        # "je ne voterai jamais sa suppression pure et simple": refusing the outright repeal
        # only, the speaker keeps the measure but would change it
        hedged = True
        cues.append("pure et simple")
    if hedged:
        return Polarity("mixed", cues, intens)
    if cues:
        return Polarity("support" if sign > 0 else "oppose", cues, intens)
    if negs % 2 and (reading := negated_reading(root, path, valence, default, blocked, lex)) is not None:
        return Polarity(reading[0], [reading[1]], intens)
    if not negs and (verb := _mistagged_future(root, lex)) is not None:
        # "président, j'abrogerai la loi Hadopi" with "abrogerai" tagged an adjective and the
        # mention hung elsewhere: the first-person future right before the mention is its verb
        kind = lex.cues.get((verb,))
        return Polarity("support" if (kind == "support") == (valence > 0) else "oppose", [verb])
    if default and not blocked:
        if negs % 2:
            # "il ne parle pas de X", "X ne se négocie pas": a negated bare mention is no
            # position one can tell
            return Polarity(None, cues, reason="negated mention without cue")
        if _denied_use_infinitive(path, lex):
            # "il reconnaît n'avoir ni le temps ni le goût des réseaux sociaux": the "n'" hangs
            # on the verb above, so the climb saw no negation
            return Polarity("oppose" if default == "support" else "support", ["ne ... pas"], intens)
        return Polarity(default, cues, intens, from_default=True)
    return Polarity(None, cues, reason="no cue")


_FUTURE = re.compile(r"^(\w{3,}?)(?:erai|erons|erais|erions|eriez)$")


def _mistagged_future(root, lex: Lexicons) -> str | None:
    """The infinitive of a first-person future or conditional the tagger missed ("j'abrogerai",
    tagged an adjective), right before the mention's article, when it is a cue that acts on
    its object (support or invert); else None."""
    j = root.left_edge.i - 1
    if j < 1 or root.left_edge.i > root.i:
        return None
    tok = root.doc[j]
    m = _FUTURE.match(fold(tok.text))
    if m is None or tok.pos_ in ("VERB", "AUX") or fold(root.doc[j - 1].text) not in ("j'", "je", "nous", "l'", "la", "le"):
        return None
    verb = m.group(1) + "er"
    return verb if lex.cues.get((verb,)) in ("support", "invert") else None


def _verb_negated_anyway(tok, lex: Lexicons) -> bool:
    """The verb governing a "ni" conjunct is negated on its own ("je n'accepterai jamais X, ni
    Y"): the climb counts that negation, and the "ni" adds none."""
    cur = tok
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    return cur.i != tok.i and cur.pos_ in ("VERB", "AUX") and negated(cur, lex)


def _infinitive_taken_for_a_modifier(root, lex: Lexicons):
    """The inverting infinitive that opens the sentence or the quote, tagged by the parser as a
    modifier of the mention it governs ("Résorber les zones blanches, c'est ..."); None if none."""
    doc = root.doc
    for c in root.children:
        if c.i < root.i and c.dep_ in ("amod", "nmod") and c.pos_ in ("NOUN", "ADJ") and \
                fold(c.text).endswith(("er", "ir", "re")) and \
                opens_the_sentence(c) and \
                all(doc[j].pos_ == "DET" for j in range(c.i + 1, root.i)) and cue_kind(c, lex) in ("invert", "harm"):
            return c
    return None


def _misplaced_prohibition(root, lex: Lexicons):
    """The inverting noun ("l'interdiction") that an infinitive, hung by the parser on the
    oblique between them ("pour les opérateurs de ralentir"), really completes; None if none."""
    # (the tagger may take the infinitive for a noun: "pour un opérateur de discriminer un contenu")
    infinitive = (root.dep_ == "acl" and root.pos_ == "VERB" and
                  any(fold(c.text) in ("de", "d'") and c.dep_ == "mark" for c in root.children)) or \
        (root.dep_ == "nmod" and fold(root.text).endswith(("er", "ir")) and
         any(fold(c.text) in ("de", "d'") and c.dep_ == "case" for c in root.children))
    if not infinitive or not root.head.dep_.startswith("obl"):
        return None
    return next((k for k in root.head.head.children
                 if k.dep_ == "obj" and k.pos_ == "NOUN" and k.i < root.head.i and cue_kind(k, lex) == "invert"), None)

