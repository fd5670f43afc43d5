"""Anaphora of the stance rules: which pronoun, possessive or bare definite noun ("nous
l'abrogerons", "son abrogation", "cette loi", "c'est un échec") stands for a topic named just
before, and which topic that is."""

from __future__ import annotations

from .clause_context import _en_object
from .cues import REMAINING_LEMMAS, VERDICT_FORMS, VERDICT_LEMMAS, clause_verb_lemmas, describes_oneself
from .lexicon import Lexicons
from .polarity import cue_kind, lemma
from .references import COUNTED, _impersonal
from .textnorm import fold

DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
DEFINITES = {"le", "la", "l'", "les"}
INDEFINITES = {"un", "une"}
# sentences back in which "un dispositif « proportionné »" finds its antecedent
INDEFINITE_WINDOW = 2
CLITICS = {"le", "la", "l'", "les", "l", "y"}
# what can stand right before an object clitic ("nous l'abrogerons", "je m'y oppose")
SUBJECT_PRONOUNS = {"je", "j'", "nous", "il", "elle", "ils", "elles", "on", "vous", "tu", "ne", "n'",
                    "m'", "me", "t'", "te", "s'", "se", "a", "de", "d'"}
DEICTIC_SUBJECTS = {"c'", "ce", "cela", "ca"}
POSSESSIVES = {"son", "sa", "ses"}  # "leur(s)" is mostly people
# sentences back in which "cette loi", "l'accord" find their antecedent: a news article names a
# text once, then quotes two or three people about "le texte"
ANAPHORA_WINDOW = 5
# characters back in which they find it however many sentences come between
SHORT_REACH = 150


def _anaphoric(t, lex) -> bool:
    """A pronoun or bare definite noun that stands for a topic named just before."""
    ft = fold(t.text)
    if ft in POSSESSIVES:
        if any(x.pos_ == "NOUN" and x.dep_ == "obj" and x.i < t.i and x.head in t.ancestors for x in t.sent):
            # "X a voté le schéma tout en critiquant son financement": the noun just named in
            # the sentence is the nearer antecedent
            return False
        if lemma(t.head) in lex.word_classes.get("opponent", ()):
            return False  # "son adversaire": a person's rival, not an opponent of a topic
        kind = cue_kind(t.head, lex)
        if kind == "support":
            # "son renforcement", "son inscription dans la loi": the possessive is what the
            # action applies to; not in "son soutien à X", "son attachement à X" (the holder's)
            noun = t.head
            return t.dep_.startswith("det") and lemma(noun).endswith(("ment", "tion", "sion", "age")) and \
                not any(_case_words(c) & {"a", "au", "aux", "pour", "envers"} for c in noun.children)
        # (not when the noun names what it is done to: in "X partage son rejet d'ACTA", "son
        # opposition au blocage", "son" is the one who rejects)
        return t.dep_.startswith("det") and kind in ("invert", "hedge") and not any(
            c.dep_ == "nmod" and c.i > t.head.i and
            any(k.dep_ == "case" and k.text.lower() in ("de", "d'", "du", "des", "à", "au", "aux", "contre")
                for k in c.children)
            for c in t.head.children)
    if ft == "en" and t.pos_ == "PRON" and lemma(t.head) == "vouloir" and t.i < t.head.i:
        return True  # "Twitter, je n'en veux pas": what is (not) wanted
    if _en_object(t, lex) is not None:
        return True  # "X et Y en réclament l'abrogation": what the noun acts on
    if ft == "y" and lemma(t.head) not in lex.word_classes.get("y_head", ()) and not any(
            c.dep_ == "xcomp" and lemma(c) in lex.word_classes.get("y_head", ()) for c in t.head.children):
        # "200 habitants y ont proposé des amendements": "there", no topic (but "j'y reste
        # opposé": the attribute's complement)
        return False
    if ft in CLITICS:
        if ft == "le" and t.i + 1 < len(t.doc) and lemma(t.doc[t.i + 1]) == "permettre" and \
                any(fold(x.text) in ("si", "s'") for x in t.doc[max(t.sent.start, t.i - 6): t.i]):
            # "si son emploi du temps le permet": "le" is neuter, no topic (read off the words:
            # the parser may make "le" the verb's determiner)
            return False
        if fold(t.sent.text).startswith("la parole est a "):
            # "La parole est à M. X, pour le soutenir": the chair's formula; "le" is the
            # amendment called, whatever topic was named last
            return False
        prev = fold(t.doc[t.i - 1].text) if t.i > t.sent.start else ""
        between = t.doc[t.i + 1: t.head.i] if t.head.i > t.i else None
        # (a quote mark may stand between: "qu'elle y était « plutôt favorable »")
        close = between is not None and len(between) <= 3 and \
            all(x.pos_ in ("AUX", "ADV", "PRON") or x.text in ("«", "»", '"') for x in between)
        if prev and close and (
                (t.pos_ == "PRON" and t.dep_ in ("obj", "iobj")) or
                # (a singular clitic the tagger calls a determiner: "Bernard X la rejette sans
                # appel"; a plural "les" so tagged is mostly an article: "les plus contestées";
                # after "ni", the "ne" that negates it hangs elsewhere: "ni la promettre ni l'écarter")
                (t.pos_ == "DET" and t.dep_ == "obj" and ft in ("la", "le", "l'") and t.head.pos_ == "VERB" and
                 prev != "ni") or
                # a "determiner" of a verb is a mis-tagged clitic ("X et Y la rejettent", "X
                # souhaite l'inscrire dans la loi")
                (t.dep_ == "det" and t.head.pos_ == "VERB") or
                (t.dep_ == "obj" and t.head.pos_ == "VERB" and t.head.dep_ == "xcomp" and
                 t.doc[t.i - 1].i == t.head.head.i) or
                (prev in SUBJECT_PRONOUNS and prev not in ("a", "de", "d'")) or
                (prev in ("a", "de", "d'") and t.pos_ == "PRON" and t.head.pos_ == "VERB")):
            # object clitic ("la remplacer", "nous l'abrogerons", even when tagged as a determiner;
            # "tous deux le jugent dangereux": a verdict verb whose attribute is the cue)
            # (or "j'y reste opposé": a verb of remaining whose attribute is the cue)
            # (or "il s'y dit favorable": a verb of describing oneself whose attribute is the cue)
            return cue_kind(t.head, lex) in ("invert", "hedge", "support", "oppose") or (
                (lemma(t.head) in VERDICT_LEMMAS or fold(t.head.text) in VERDICT_FORMS or
                 lemma(t.head) in REMAINING_LEMMAS or describes_oneself(t.head)) and
                any(c.dep_ == "xcomp" and cue_kind(c, lex) in ("support", "oppose", "invert") for c in t.head.children))
        return False
    if ft in ("il", "elle") and t.dep_ == "nsubj:pass" and t.i > t.sent.start and (
            cue_kind(t.head, lex) in ("invert", "hedge") or
            (lemma(t.head) in ("inscrire", "graver") and any(fold(c.text) in ("qu'", "que") for c in t.head.children))):
        # "X a été mal conçue, je souhaite qu'elle soit revue": a text, not a person, is revised
        # or repealed; "Sur la neutralité du net, ... X demande qu'elle soit inscrite dans la loi"
        return True
    if ft in ("il", "elle") and _inscribed_in_law(t):
        # "Elle doit être inscrite dans la loi": no person is
        return True
    if ft in DEICTIC_SUBJECTS:
        # "C'est un échec", "Cela reste indispensable": judged right after the topic was named
        return (t.dep_ in ("nsubj", "nsubj:pass") or t.dep_.startswith("expl")) and t.i == t.sent.start \
            and cue_kind(t.head, lex) in ("support", "oppose", "invert")
    if t.pos_ == "NOUN" and "ce " + lemma(t) in lex.anaphora:
        # a noun listed as "ce réseau" refers back only with a demonstrative ("les réseaux"
        # alone are the operators' networks)
        return bool({fold(c.text) for c in t.children if c.dep_ == "det"} & DEMONSTRATIVES)
    if t.pos_ == "NOUN" and lemma(t) in lex.anaphora:
        dets = {fold(c.text) for c in t.children if c.dep_ == "det"}
        if t.i + 1 < len(t.doc) and fold(t.doc[t.i + 1].text) in ("sur", "relatif", "relative"):
            # "a voté contre ce même texte sur la neutralité": the text says what it is about
            # (read off the words: the parser may hang "sur X" on the verb)
            return False
        if dets & DEMONSTRATIVES:
            return True
        if dets & INDEFINITES and "un " + lemma(t) in lex.anaphora and t.dep_ in ("obj", "nsubj", "nsubj:pass") and \
                not any(c.dep_ == "appos" or (c.dep_ == "nmod" and any(k.dep_ == "case" for k in c.children))
                        for c in t.children) and \
                any(c.dep_ in ("amod", "acl:relcl", "nmod") for c in t.children) and \
                cue_kind(t.head, lex) in ("support", "oppose", "invert") and \
                not any(fold(c.text) in ("si", "s'") for c in t.head.children):
            # (not "Il refuse de dire s'il voterait un texte contraignant": no text in view)
            # "Membre du collège de la Hadopi, X a défendu un dispositif « qui a prouvé son
            # efficacité »": the measure just named, described rather than named again (the
            # parser may hang a quoted adjective as a modifier noun without a preposition)
            return True
        # "la loi", "le dispositif" as subject or object, without a complement naming another
        # one ("dans la loi" is no reference to a law)
        if any(c.dep_ in ("nmod", "amod", "acl", "appos") and not _date_like(c) and
               lemma(c) not in lex.word_classes.get("under_discussion", ())
               for c in t.children):
            return False
        if dets & DEFINITES and t.dep_ in ("nsubj", "nsubj:pass", "obj"):
            return True
        # "voter en faveur du texte", "s'opposer au projet": a definite complement of a cue
        cases = {fold(c.text) for c in t.children if c.dep_ == "case"}
        definite = bool(dets & DEFINITES) or bool(cases & {"du", "au", "aux"})
        # (not "inscrire X dans la loi": the law in general)
        return definite and t.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and \
            cases <= {"de", "d'", "du", "a", "au", "aux", "contre", "pour", "envers"} and \
            cue_kind(t.head, lex) in ("support", "oppose", "invert")
    return False


def _inscribed_in_law(subject) -> bool:
    """'Elle doit être inscrite dans la loi', 'qu'elle soit gravée dans la Constitution': the
    subject is inscribed in a law (itself, or through "doit", "peut")."""
    verb = subject.head
    if subject.dep_ == "nsubj" and lemma(verb) in ("devoir", "pouvoir"):
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and
                     any(k.dep_ == "aux:pass" for k in c.children)), verb)
    elif subject.dep_ != "nsubj:pass":
        return False
    return lemma(verb) in ("inscrire", "graver") and any(
        lemma(c) in ("loi", "constitution", "marbre", "droit") and any(fold(k.text) == "dans" for k in c.children)
        for c in verb.children)


def _anaphora_targets(sent, targets, lex, unit, exchange_bounds, recent, s0):
    """(token, topic, valence, None) for the anaphora of ``sent`` ("son abrogation", "nous
    l'abrogerons", "cette loi", "la loi", "c'est un échec"): the last compatible topic named
    before, in this sentence (real or resolved mentions) or in the ANAPHORA_WINDOW sentences
    before. ``recent`` is (topics named so far as (offset, topic, valence), their sentence
    numbers, this sentence's number, their genders, the offsets of those an act was done to,
    the topics the document's title names)."""
    recent_topics, recent_sent, sent_count, topic_gender, acted_on, title_topics = recent
    # "la", "le", "elle", "il" agree with their antecedent ("la riposte graduée a fait reculer le
    # téléchargement illégal, il serait absurde de la démanteler": "la" is the riposte)
    pronoun_gender = {"la": "Fem", "elle": "Fem", "le": "Masc", "il": "Masc"}
    current = list(targets)
    found = []
    covered = {i for r, *_ in targets for i in _phrase(r)}
    mention_roots = {r.i for r, *_ in targets}
    said_of_ce = None  # (topic, valence) of a deictic "ce" resolved earlier in the sentence
    for t in sent:
        if t.i in covered or not _anaphoric(t, lex):
            continue
        if said_of_ce is not None and fold(t.text) in ("l'", "le"):
            # "Ce serait la fin du droit d'auteur, et je ne l'accepterai pas": "l'" takes up
            # what "ce" stood for, not the noun named in between
            current.append((t, *said_of_ce, None))
            found.append((t, *said_of_ce, None))
            continue
        indefinite = t.pos_ == "NOUN" and any(fold(c.text) in INDEFINITES for c in t.children if c.dep_ == "det")
        if indefinite and (any(x.i in mention_roots for x in t.subtree) or any(
                c.dep_ in ("nsubj", "nsubj:pass") and c.i in mention_roots for c in t.head.children)):
            # "une loi garantissant la neutralité du net": a text its content names; "La loi
            # Hadopi met en place un dispositif injuste": what the topic itself sets up
            continue
        allowed = lex.anaphora.get(("un " if indefinite else "") + lemma(t), lex.anaphora.get("ce " + lemma(t))) \
            if t.pos_ == "NOUN" else None
        pos = unit.start + t.idx
        before = [(unit.start + r.idx, tp, val) for r, tp, val, _ in current if unit.start + r.idx < pos]
        genders = {unit.start + r.idx: topic_gender_of(r) for r, *_ in current}
        # "c'est inacceptable" judges what the sentence just before said, not a topic named
        # further back; in an answer, the question counts as just before ("Oui, sans hésiter.
        # C'est la seule solution.")
        deictic = fold(t.text) in DEICTIC_SUBJECTS
        window = 1 if deictic else INDEFINITE_WINDOW if indefinite else ANAPHORA_WINDOW
        exchange_start = exchange_bounds[0] if deictic and exchange_bounds else s0
        # (or a few short sentences back: "Qui a voté l'Hadopi ? Ceux qui nous gouvernent.
        # Qu'a-t-elle rapporté ? Rien. Qu'a-t-elle coûté ? Des millions. Cette loi, ...")
        before += [(ts, tp, val) for ts, tp, val in recent_topics
                   if ts < s0 and (sent_count - recent_sent[ts] <= window or ts >= exchange_start or
                                   (not deictic and not indefinite and s0 - ts <= SHORT_REACH))]
        before = [b for b in sorted(before) if allowed is None or b[1] in allowed]
        if not before and allowed is not None and not deictic:
            # "Tous deux promettent d'abroger la loi" far below the last mention, in a text
            # whose title names the one law it is about: that law
            in_title = {tp for _, tp, _ in title_topics if tp in allowed}
            if len(in_title) == 1:
                before = [b for b in title_topics if b[1] in in_title][:1]
        wanted = pronoun_gender.get(fold(t.text)) if t.pos_ in ("PRON", "DET") else None
        mismatched = False  # the nearest antecedent left does not show the clitic's gender
        if wanted:
            gender_of = [(b, genders.get(b[0], topic_gender.get(b[0], ()))) for b in before]
            # a clitic stands for a noun of its gender, or one whose gender the parser left
            # unknown ("la Hadopi"), not for a verb phrase ("défendre une contribution ...
            # pour rémunérer les créateurs. X la rejette": the contribution)
            before = [b for b, g in gender_of if g in ((), (wanted,))] or before
            mismatched = dict(gender_of).get(before[-1], ()) != (wanted,) if before else False
        if not before or (indefinite and len({b[1] for b in before}) > 1):
            continue  # (a measure described, not named, after two topics: no telling which)
        # (a noun that names the antecedent again is no other antecedent: "l'Hadopi « marche »,
        # chiffres de l'institution à l'appui, et il serait irresponsable de la supprimer")
        if mismatched and t.pos_ == "PRON" and _closer_noun(t, wanted, covered, unit.start, before[-1][0],
                                                            _names_for(before[-1][1], lex)):
            # "les réseaux sociaux ne font pas gagner une élection, mais ils peuvent la faire
            # perdre": the topic does not show the clitic's gender, the election named in between does
            continue
        # the last topic named; when only the question named any, the question's first topic
        # (what it asks about, before its details)
        answer_start = exchange_bounds[1] if exchange_bounds and exchange_bounds[1] is not None else s0
        asked = [b for b in before if exchange_start <= b[0] < answer_start]
        # ("On a critiqué l'Hadopi. Les socialistes veulent la supprimer. — Ce serait une erreur":
        # a "ce" judges the act the question reports done to the topic)
        acted_asked = [b for b in asked if b[0] in acted_on] if deictic else []
        antecedent = (acted_asked[-1] if acted_asked else asked[0]) if asked and before[-1][0] < answer_start <= s0 \
            else before[-1]
        # "cette loi", "le texte" name the policy itself (+1); a pronoun takes the antecedent's
        # valence ("le piratage ... le combattre")
        valence = 1 if t.pos_ == "NOUN" else antecedent[2]
        if deictic and antecedent[0] in acted_on:
            # "Ils proposent de supprimer X. Ce serait une faute.": "ce" is the act done to X
            valence = -valence
        current.append((t, antecedent[1], valence, None))
        found.append((t, antecedent[1], valence, None))
        counted = next((COUNTED[fold(c.text)] for c in t.children if fold(c.text) in COUNTED), 0) \
            if t.pos_ == "NOUN" else 0
        if counted:
            # "Ces deux lois devront être abrogées" after the Loppsi and the Hadopi: both of them
            others = [tp for _, tp, _ in reversed(before) if tp != antecedent[1]]
            for tp in list(dict.fromkeys(others))[: counted - 1]:
                found.append((t, tp, valence, None))
        if deictic:
            said_of_ce = (antecedent[1], valence)
    return found


def _names_for(topic: str, lex) -> set[str]:
    """The one-word nouns of ``anaphora.tsv`` that can stand for ``topic`` ("l'institution" for
    the Hadopi)."""
    return {w for w, tps in lex.anaphora.items() if " " not in w and (tps is None or topic in tps)}


def _closer_noun(clitic, gender: str, covered: set[int], unit_start: int, antecedent_at: int,
                 same_thing: set[str]) -> bool:
    """A singular noun of the clitic's gender, no topic, between the antecedent and the clitic
    in the clitic's sentence, outside a relative clause the clitic is not in ("X, qui a quitté
    la circonscription voisine, et Y veulent la supprimer": the law named before)."""
    sent = clitic.sent
    clause = set()  # the clitic's own clause: up to the first verb with a subject of its own
    for a in clitic.ancestors:
        clause.add(a.i)
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in a.children):
            break
    return any(x.pos_ == "NOUN" and x.i not in covered and x.morph.get("Gender") == [gender] and
               lemma(x) not in same_thing and
               x.morph.get("Number") == ["Sing"] and unit_start + x.idx > antecedent_at and
               not any(a.dep_ == "acl:relcl" and a.i not in clause for a in x.ancestors) and
               # (not a noun of a set phrase without an article: "En face, X et Y veulent la supprimer")
               any(c.dep_ in ("det", "nmod:poss") for c in x.children)
               for x in clitic.doc[sent.start: clitic.i])


def under_act(root, lex) -> bool:
    """Whether a mention is what an inverting act proposed by someone else applies to
    ("l'amendement propose de supprimer les crédits de la Haute Autorité"): its head, or its
    head's head, is the act, and no first person proposes it ("Nous proposons de raccourcir
    les droits ... C'est absurde": the speaker judges the rights, not their own act)."""
    head = root
    for _ in range(2):
        if head.head.i == head.i or head.dep_ not in ("obj", "nmod", "obl:arg", "nsubj:pass"):
            return False
        head = head.head
        if cue_kind(head, lex) == "invert":
            return not any(fold(c.text) in ("je", "j'", "nous", "on") for a in (head, *head.ancestors)
                           for c in a.children if c.dep_.startswith("nsubj"))
    return False


def topic_gender_of(root) -> tuple[str, ...]:
    """The grammatical gender of a topic mention's root; ("Verb",) for a verb phrase, which no
    "la" / "le" stands for."""
    if root.pos_ == "VERB" and root.morph.get("VerbForm") in (["Inf"], ["Part"], ["Fin"]) and not root.morph.get("Gender"):
        return ("Verb",)
    return tuple(root.morph.get("Gender"))


def _topic_pronoun(sent, subject_topic, speaking: frozenset[str] = frozenset(), attitudes: frozenset[str] = frozenset()):
    """The subject 'il' / 'elle' opening a sentence right after one whose subject was a topic of
    that gender, when no person is named before it, and its verb is none of ``speaking`` (the
    verbs of saying and wanting: "Elle souhaite légaliser les échanges" is a person) nor an
    adjective of ``attitudes`` ("Elle reste favorable à ...")."""
    if subject_topic is None or not subject_topic[2]:
        return None
    for t in sent[:4]:
        if t.pos_ == "PRON" and fold(t.text) in ("il", "elle", "celui-ci", "celle-ci") and \
                t.dep_ in ("nsubj", "nsubj:pass", "expl:subj"):
            if _impersonal(t) or clause_verb_lemmas(t.head) & speaking:
                # "Il serait irresponsable de ...": nobody, and no topic; "Elle fait de X une
                # priorité et veut que ...": a person
                return None
            if lemma(t.head) in attitudes or any(c.dep_ == "xcomp" and lemma(c) in attitudes for c in t.head.children):
                return None  # "Elle reste favorable à une contribution ...": a person's stance
            gender = "Fem" if fold(t.text) in ("elle", "celle-ci") else "Masc"
            if [gender] == subject_topic[2] and not any(x.ent_type_ == "PER" for x in sent[:t.i - sent.start]):
                return t
            return None
    return None


def _date_like(tok) -> bool:
    """'la loi de 2009', 'le texte du 12 juin': a date names no other law."""
    return tok.like_num or any(c.like_num for c in tok.children) or fold(tok.text) in _MONTHS


_MONTHS = {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
           "novembre", "decembre"}


def _case_words(tok) -> set[str]:
    return {fold(c.text) for c in tok.children if c.dep_ == "case"}


def _phrase(root) -> range:
    """The token indices of the phrase a mention heads: its subtree as far as it runs unbroken
    by punctuation on either side (the parser may hang the rest of the sentence on it: "Cette
    loi, c'est la Hadopi, et je vous le dis : élue, je l'abrogerai")."""
    doc, sub = root.doc, {t.i for t in root.subtree}
    lo = hi = root.i
    while lo - 1 in sub and not doc[lo - 1].is_punct:
        lo -= 1
    while hi + 1 in sub and not doc[hi + 1].is_punct:
        hi += 1
    return range(lo, hi + 1)


def _text_pronoun(sent, subject_text, speaking: frozenset[str]):
    """"La proposition de loi comporte quinze articles. Elle porte sur ...": the opening "il" /
    "elle" after a sentence whose subject was a text of its gender is the text, unless a verb of
    saying makes it a person ("Elle souhaite légaliser ...", "Elle estime que ..."; but "Elle
    confie à l'Arcep le pouvoir de ...", with a noun for object, is a text giving something)."""
    pron = _topic_pronoun(sent, subject_text)
    # (an object with a preposition is the parser's misreading of a complement: "Il plaide pour
    # la suppression de la loi")
    if pron is not None and lemma(pron.head) in speaking and not any(
            c.dep_ in ("obj", "xcomp") and c.pos_ == "NOUN" and not any(k.dep_ == "case" for k in c.children)
            for c in pron.head.children):
        return None
    return pron

def _noun_gender(noun, lex: Lexicons) -> list[str]:
    """A text's gender (the tagger leaves some without one): the feminine ones are listed."""
    if noun.morph.get("Gender"):
        return noun.morph.get("Gender")
    return ["Fem"] if lemma(noun) in lex.word_classes.get("feminine_text", ()) else ["Masc"]


def _a_text(noun, lex: Lexicons) -> bool:
    """A bill, a report, a ruling: a text, which an "il" / "elle" after it may stand for."""
    # (one text: "Les sondages ne lui accordent que 2 %. Il l'assume" is the candidate)
    return noun.pos_ == "NOUN" and noun.morph.get("Number") != ["Plur"] and (
        lemma(noun) in lex.word_classes.get("voted_text", ()) or lemma(noun) in lex.word_classes.get("document", ()))


def _text_after_semicolon_or_colon(sent, lex: Lexicons):
    """"Le document avait été élaboré par les services ; il recense 38 communes ...": the
    "il" / "elle" opening the clause after a semicolon, when the clause before it has a text of
    that gender as its subject, is that text (after a colon, a law the passive tells the fate of:
    "C'est là qu'arrive la loi Création et Internet : elle sera adoptée le 12 mai")."""
    for stop in (t for t in sent if t.text in (";", ":")):
        subject = next((t for t in sent.doc[sent.start: stop.i] if t.dep_ in ("nsubj", "nsubj:pass")
                        and _a_text(t, lex)), None)
        pron = next((t for t in sent.doc[stop.i + 1: min(stop.i + 3, sent.end)] if t.pos_ == "PRON" and
                     fold(t.text) in ("il", "elle") and t.dep_.startswith("nsubj")), None)
        if stop.text == ":" and (pron is None or subject is None or pron.dep_ != "nsubj:pass" or
                                 lemma(subject) not in lex.word_classes.get("voted_text", ())):
            # (after a colon, only a text that undergoes something: "Son bilan est plus lisible :
            # il a porté le plan ..." is the deputy)
            continue
        if subject is not None and pron is not None and \
                _noun_gender(subject, lex) == ["Fem" if fold(pron.text) == "elle" else "Masc"]:
            return pron
    return None


def _unnamed_group(noun, lex: Lexicons) -> bool:
    """A plural subject naming no politicians: things or unnamed people ("les ayants droit",
    "les opérateurs"), not "les députés", "les socialistes", "les deux candidats"."""
    if noun.pos_ != "NOUN" or noun.morph.get("Number") != ["Plur"] or noun.ent_type_ == "PER":
        return False
    word = lemma(noun)
    return word not in lex.roles and not any(word in nouns for nouns in lex.party_nouns.values()) and \
        not any(c.dep_ in ("appos", "conj", "nmod") and c.ent_type_ == "PER" for c in noun.children)


def _plural_pronoun(sent):
    """The subject "ils" / "elles" opening a sentence (no person named before it)."""
    for t in sent[:4]:
        if t.pos_ == "PRON" and fold(t.text) in ("ils", "elles") and t.dep_.startswith("nsubj"):
            return t if not any(x.ent_type_ == "PER" for x in sent[:t.i - sent.start]) else None
    return None
