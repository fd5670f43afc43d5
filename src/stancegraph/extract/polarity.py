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

Neutral is decided one level up (components.stance_rules): a sentence matching a sidestep
of lexicons/sidesteps.tsv ("avant de me prononcer", "s'est abstenue") makes its undecided
mentions neutral, or, without a mention, the topic named just before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicons
from .textnorm import fold

# relations that lead out of the mention's clause: stop climbing there
STOP_RELS = {"advcl", "acl:relcl", "parataxis", "conj", "ROOT", "discourse", "dislocated",
             "vocative", "list", "reparandum", "orphan"}
# children of the subject's predicate that hold its judgement
JUDGEMENT_RELS = {"obj", "xcomp", "amod", "obl", "obl:arg", "obl:mod", "nmod", "acl", "advmod", "conj",
                  "ccomp", "cop", "det", "flat", "fixed", "compound", "appos"}
# negation words that need a particular attachment to negate ("aucun" as determiner, "non"
# as adverb, "sans" as preposition, "plus" only with "ne")
_ATTACHED_NEGATORS = {"aucun", "non", "sans", "plus"}


@dataclass
class Polarity:
    polarity: str | None  # support | oppose | mixed | None (no position)
    cues: list[str] = field(default_factory=list)
    intensified: bool = False
    from_default: bool = False
    reason: str = ""


def lemma(tok) -> str:
    return fold(tok.lemma_ or tok.text)


def cue_kind(tok, lex: Lexicons) -> str | None:
    """Kind of the cue starting at ``tok`` (multi-word cues first)."""
    doc = tok.doc
    if lemma(tok) == "bon" and tok.i > 0 and fold(doc[tok.i - 1].text) in ("fausse", "faux"):
        return None  # "une fausse bonne idée": the cue is "fausse bonne idée", not "bonne idée"
    for n in (3, 2):
        if tok.i + n <= len(doc):
            seq = tuple(lemma(doc[j]) for j in range(tok.i, tok.i + n))
            if seq in lex.cues:
                return lex.cues[seq]
            seq = tuple(fold(doc[j].text) for j in range(tok.i, tok.i + n))
            if seq in lex.cues:
                return lex.cues[seq]
    if lemma(tok) == "croire" and (any(fold(c.text) == "y" for c in tok.children) or
                                   any(c.dep_.startswith("obl") and _case(c) & {"a", "au", "aux", "en"} for c in tok.children)):
        return "support"  # "j'y crois", "je ne crois pas à la licence globale" (not "qu'on ne le croit")
    if lemma(tok) == "fin" and fold(doc[max(0, tok.i - 3): tok.i].text).endswith(
            ("ici la", "avant la", "jusqu'a la", "vers la")):
        return None  # "d'ici la fin du mandat": a date, nothing ends
    if lemma(tok) == "vouloir" and tok.i + 1 < len(doc) and lemma(doc[tok.i + 1]) == "dire":
        return None  # "ça veut dire que ...": to mean, not to want
    if lemma(tok) == "agir" and any(fold(c.text) in ("s'", "se") for c in tok.children):
        return None  # "il s'agit de": no action
    if lemma(tok) == "inscrire" and any(fold(c.text) in ("s'", "se") for c in tok.children):
        return None  # "X s'inscrit dans la ligne de Y": a comparison, not "inscrire Y dans la loi"
    if lemma(tok) == "contraire" and tok.i > 0 and fold(doc[tok.i - 1].text) == "au":
        return None  # "au contraire": a discourse adverb, no judgement
    kind = lex.cues.get((lemma(tok),))
    if kind is None:
        kind = lex.cues.get((fold(tok.text),))
    if kind is None and len(tok.text) > 5 and _VERB_ENDING.search(fold(tok.text)) and (
            tok.pos_ == "VERB" or (tok.i > 0 and doc[tok.i - 1].pos_ == "PRON") or
            (tok.i > 1 and fold(doc[tok.i - 1].text) in ("le", "la", "l'", "les") and doc[tok.i - 2].pos_ == "PRON")):
        # short sentences get odd tags and lemmas ("Nous l'abrogerons" -> NOUN "abrogeron",
        # "je la rejette" -> NOUN "rejette"): fall back on the stem of verb cues, with the
        # consonant that some forms double ("rejette" / "rejeter") made single
        word = fold(tok.text)
        kind = _stem_kinds(lex).get(word[:6]) or _stem_kinds(lex).get(re.sub(r"(tt|ll)", lambda m: m.group(0)[0], word)[:6])
    return kind


_STEMS: dict[int, dict[str, str]] = {}
# inflections of a verb, so that a noun sharing the stem ("privilège" / "privilégier") is no match
_VERB_ENDING = re.compile(r"(?:ons|ez|ent|ai|ais|ait|aient|ra|ras|rez|ront|rai|rait|e|es|ee|ees|er|ir|re|it|is|ant)$")


def _stem_kinds(lex: Lexicons) -> dict[str, str]:
    table = _STEMS.get(id(lex))
    if table is None:
        table = {}
        for words, kind in lex.cues.items():
            w = words[0]
            if len(words) == 1 and len(w) >= 7 and w[-2:] in ("er", "ir", "re") and kind in ("support", "invert", "hedge", "oppose", "harm"):
                table.setdefault(w[:6], kind)
        _STEMS[id(lex)] = table
    return table


def negated(tok, lex: Lexicons, came_from=None) -> bool:
    """``tok`` carries a negation: 'ne ... pas/jamais/plus', 'aucun X', 'non X'."""
    if tok.dep_ == "acl:relcl" and fold(tok.head.text) in ("personne", "aucun", "aucune") and \
            any(fold(c.text) in ("ne", "n'") for c in tok.head.head.children):
        return True  # "je ne connais personne qui la défende"
    if any(c.dep_ == "nsubj" and fold(c.text) == "qui" for c in tok.children) and tok.head.i != tok.i and \
            any(fold(c.text) in ("personne", "aucun", "aucune") for c in tok.head.children) and \
            any(fold(c.text) in ("ne", "n'") for c in tok.head.children):
        return True  # the same, with the relative clause hung on the main verb
    kids = list(tok.children)
    # "n'a pas fait reculer": the parser may hang "pas" on the auxiliary or causative "faire"
    # (not the one a climb came from: its negation was counted there)
    kids += [g for c in kids if c.pos_ == "AUX" and c.dep_ in ("dep", "aux", "aux:tense", "aux:caus", "cop")
             and (came_from is None or c.i != came_from.i) for g in c.children if g.dep_ == "advmod"]
    lemmas = {lemma(k) for k in kids}
    negators = {w[0] for w, kind in lex.cues.items() if kind == "negation" and len(w) == 1}
    found = lemmas & (negators - _ATTACHED_NEGATORS)
    if found == {"rien"} and not any(fold(k.text) in ("ne", "n'", "n’") or lemma(k) == "ne" for k in kids):
        # "inscrite dans la Constitution, rien de moins": without "ne", "rien" intensifies
        found = set()
    if found:
        return True
    if "plus" in lemmas and "ne" in lemmas:
        return True
    if "ni" in lemmas and ("ne" in lemmas or any(fold(k.text) in ("n'", "ne") for k in kids)):
        return True  # "n'a ni rémunéré X ni ..."
    if any(lemma(k) == "aucun" and k.dep_ == "det" for k in kids):
        return True
    if "ne" in lemmas and any(k.dep_ in ("nsubj", "nsubj:pass") and (
            lemma(k) in ("personne", "rien", "aucun", "nul") or
            any(lemma(d) in ("aucun", "nul") and d.dep_ == "det" for d in k.children)) for k in kids):
        return True  # "aucun opérateur ne devra ralentir ...", "personne ne veut ..."
    if any(lemma(k) == "non" and k.dep_ == "advmod" for k in kids):
        return True
    return False


def _infinitive_complement(tok) -> bool:
    """'impossible, ..., de créer X' parsed as a conjunct: still the adjective's complement."""
    return tok.dep_ == "conj" and tok.morph.get("VerbForm") == ["Inf"] and tok.head.pos_ in ("ADJ", "NOUN") and \
        any(lemma(k) in ("de", "d'", "a") and k.dep_ == "mark" for k in tok.children)


def _misparsed_object(tok) -> bool:
    """'abroger purement et simplement les lois X': the 'et' of the adverbs makes the parser
    hang the object on the verb as a conjunct; a noun conjunct of a verb without an object is
    that verb's object."""
    head = tok.head
    return tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and head.pos_ == "VERB" and \
        not any(c.dep_ == "obj" for c in head.children)


def _under_pretext(root, lex: Lexicons, depth: int = 6) -> bool:
    """The mention sits under 'sous couvert de' / 'sous prétexte de' (a few heads up)."""
    tok = root
    for _ in range(depth):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if cue_kind(tok, lex) == "pretext" and any(fold(k.text) == "sous" for k in tok.children):
            return True
    return False


def _case(tok) -> set[str]:
    return {lemma(k) for k in tok.children if k.dep_ in ("case", "mark")}


# subjects that name the speaker's own aim: "notre projet, c'est la fin de X" is a demand
_AIMS = {"projet", "objectif", "priorite", "proposition", "programme", "but", "combat", "ambition", "volonte",
         "souhait", "engagement", "promesse"}
_FIRST = {"je", "j'", "nous", "mon", "ma", "mes", "notre", "nos", "moi"}


def _verdict_on_subject(noun) -> bool:
    """``noun`` is the predicate of a copula ("X est / c'est la fin de ...") whose subject is
    not the speaker nor the speaker's aim."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "cop" for c in noun.children):
        return False
    subjects = [c for c in noun.children if c.dep_ in ("nsubj", "expl:subj")]
    if not subjects:
        return False
    for subj in subjects:
        words = {fold(t.text) for t in subj.subtree}
        if words & _FIRST or lemma(subj) in _AIMS:
            return False
    if any(fold(c.text) in ("c'", "ce", "cela", "ca") for c in noun.children):
        # "X, c'est la fin de Y": the dislocated X is the real subject
        dislocated = [c for c in noun.children if c.i < noun.i and c.dep_ in ("dislocated", "nsubj", "nmod")
                      and c.pos_ in ("NOUN", "PROPN")]
        if any({fold(t.text) for t in d.subtree} & _FIRST or lemma(d) in _AIMS for d in dislocated):
            return False
    return True


# "si je suis élu(e)", "si nous gagnons": a campaign promise, not a hypothesis
_ELECTION_CONDITIONS = {"elire", "elu", "elue", "gagner", "remporter"}


def _in_conditional(path: list) -> bool:
    for t in path:
        if any(lemma(k) == "si" and k.dep_ == "mark" for k in t.children) and \
                fold(t.lemma_) not in _ELECTION_CONDITIONS and fold(t.text) not in _ELECTION_CONDITIONS:
            return True
    return False


# prepositions of time: "avant la fin de l'année" dates a predicate, it does not judge it
_TEMPORAL = {"avant", "apres", "depuis", "pendant", "jusque", "jusqu'"}


def _verdict_tail(root) -> str | None:
    """'oui' / 'non' closing a verbless sentence that names the topic: 'X, non.'"""
    sent = root.sent
    doc = sent.doc
    # the verbless segment: from the last ':' or '«' before the mention ("X a été clair : « Y, non. »")
    start = max([t.i + 1 for t in sent if t.i < root.i and t.text in (":", "«", "—")] or [sent.start])
    if start <= root.head.i < root.i and root.head.pos_ in ("VERB", "AUX") and root.dep_ not in ("nsubj", "dislocated"):
        return None  # "Des policiers formés pour poursuivre X, oui": the yes is for the phrase, not X
    after = root.right_edge.i + 1
    if after + 1 < sent.end and doc[after].text == "," and fold(doc[after + 1].text) in ("oui", "non") and \
            (after + 2 >= sent.end or doc[after + 2].is_punct):
        return fold(doc[after + 1].text)  # "Facebook, oui, pour ... Twitter, non."
    stop = next((t.i for t in sent if t.i > root.i and t.text in (":", ";")), sent.end)
    segment = sent.doc[start: stop]  # "Mais Twitter, non : en 140 signes ..."
    words = [t for t in segment if not t.is_punct]
    if not words or fold(words[-1].text) not in ("oui", "non") or len(words) > 14:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] for t in segment):
        return None
    last = words[-1]
    return fold(last.text) if last.i > 0 and sent.doc[last.i - 1].text == "," else None


# verbs of using or needing something: "je n'ai pas de compte Twitter", "je n'utilise pas X"
_USE_VERBS = {"avoir", "utiliser", "servir", "croire", "aimer", "besoin", "etre", "aller", "ouvrir", "publier"}


def _own_use_denied(path, lex: Lexicons) -> bool:
    for t in path:
        if lemma(t) in _USE_VERBS and (negated(t, lex) or any(lemma(k) == "ne" or fold(k.text) in ("n'", "ne")
                                                               for k in t.children)) and \
                any(fold(c.text) in ("je", "j'", "nous") for c in t.children if c.dep_ in ("nsubj", "expl:subj")):
            return True
    return False


_JUDGES = {"juge", "magistrat", "justice", "judiciaire", "tribunal"}
# "sans" + these nouns is a manner ("sans délai", "sans but lucratif", "sans réserve"), no negation
_SANS_IDIOMS = {"but", "delai", "hesitation", "reserve", "ambiguite", "detour", "relache", "cesse", "doute",
                "exception", "faille", "concession", "complexe", "retard", "tarder", "attendre", "compter",
                "condition", "plus", "equivoque"}


def _without_a_judge(path) -> bool:
    """A complement 'sans (l'autorisation d'un) juge' hangs on the mention's path."""
    for t in path:
        for c in t.children:
            markers = [k for k in c.children if k.dep_ in ("case", "mark") and lemma(k) == "sans"]
            if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod", "advcl") and markers:
                before = fold(c.doc[max(0, markers[0].i - 2): markers[0].i].text)
                if before.endswith("y compris") or before.endswith("meme"):
                    continue  # "y compris sans attendre un juge": the speaker accepts it
                if any(lemma(x) in _JUDGES for x in c.subtree):
                    return True
    return False


def _others_claim(verb) -> bool:
    """'on nous promettait', 'ceux qui nous disaient': others' words, reported with distance."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl:subj")]
    if not any(fold(c.text) in ("nous", "me", "m'") for c in verb.children):
        return False
    if subjects and all(fold(c.text) == "on" for c in subjects):
        return True
    # "les mêmes qui nous promettaient que X ...": a third party's promise to us
    return lemma(verb) in _CLAIMS and bool(subjects) and all(fold(c.text) in ("qui", "ils", "elles") for c in subjects)


_CLAIMS = {"promettre", "assurer", "jurer", "expliquer", "affirmer", "garantir", "annoncer"}


def _purpose(tok) -> bool:
    """'pour démontrer que ...': 'pour' opens a clause of purpose, it takes no side."""
    return any(lemma(k) == "pour" and k.dep_ == "mark" for k in tok.children) and \
        not any(lemma(k) == "pour" and k.dep_ == "case" for k in tok.children)


def _manner_gerund(verb, path) -> bool:
    """``verb`` has a gerund of manner ('en surveillant') off the mention's path (the parser
    hangs it on the verb or on its object)."""
    on_path = {t.i for t in path}
    return any(c.dep_ in ("advcl", "acl") and c.i not in on_path and c.morph.get("VerbForm") == ["Part"]
               and any(fold(k.text) == "en" and k.dep_ == "mark" for k in c.children)
               for t in [verb, *path] for c in t.children)


def _participle_modifier(tok) -> bool:
    """'une subvention déguisée': a past participle tagged as verb that qualifies a noun."""
    return tok.pos_ == "VERB" and tok.dep_ in ("acl", "amod") and tok.morph.get("VerbForm") == ["Part"] \
        and tok.head.pos_ == "NOUN" and not any(k.dep_ in ("obj", "nsubj", "aux", "aux:pass") for k in tok.children)


def _first_person_promise(verb) -> bool:
    """``verb`` is a first-person future: "je publierai", "nous créerons"."""
    # (the tagger often calls "publierai" a present: the ending decides)
    return verb.pos_ == "VERB" and (verb.morph.get("Tense") == ["Fut"] or fold(verb.text).endswith(("rai", "rons"))) and \
        any(c.dep_ == "nsubj" and fold(c.text) in ("je", "j'", "nous") for c in verb.children) and \
        not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)  # "je ne laisserai pas X être ..."


def _object_of(verb):
    """The direct object of ``verb``, or of the verb its causative "faire" goes with."""
    verbs = [verb] + ([verb.head] if lemma(verb) == "faire" and verb.dep_ == "dep" else []) + \
        [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return next((c for v in verbs for c in v.children if c.dep_ == "obj"), None)


def _inverting(verb, lex: Lexicons) -> bool:
    """``verb`` ends or cuts back its object: "réduire", "faire reculer" (the causative "faire"
    may be the verb's head or, in a mis-parse, its dependent)."""
    causative = [verb.head] if verb.dep_ == "xcomp" else []
    causative += [c for c in verb.children if lemma(c) == "faire" and c.i < verb.i]
    return cue_kind(verb, lex) in ("invert", "harm") or \
        any(lemma(f) == "faire" and lex.cues.get(("faire", lemma(verb))) in ("invert", "harm") for f in causative)


def _judgement(pred, subject, lex: Lexicons, seen: set[int]) -> tuple[int, int, list[str]]:
    """Count support and oppose cues that judge ``pred``'s subject (outside the subject)."""
    pos = neg = 0
    cues: list[str] = []
    stack = [c for c in pred.children if c.i != subject.i and c.dep_ in JUDGEMENT_RELS]
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        if t.dep_ in ("advcl", "acl:relcl", "parataxis", "ccomp") or (t.dep_ == "conj" and (
                t.pos_ in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "expl:subj", "cop") for c in t.children))):
            continue  # another clause ("X est une réussite et il serait irresponsable de ...")
        if t.dep_.startswith("obl") and _case(t) & _TEMPORAL:
            continue  # "avant la fin de la législature": a date, not a judgement
        if t.dep_ == "xcomp" and t.pos_ == "VERB" and any(k.dep_ == "aux:pass" for k in t.children):
            # "X doit être sanctionné / supprimé / renforcé": X undergoes the verb
            k = cue_kind(t, lex)
            sign = -1 if negated(t, lex) else 1
            if k == "support":
                pos += sign > 0
                neg += sign < 0
                cues.append(t.text)
            elif k in ("invert", "harm"):
                neg += sign > 0
                pos += sign < 0
                cues.append(t.text)
            continue
        if "sans" in _case(t) and lemma(t) in _SANS_IDIOMS:
            continue  # "garantie par la loi, sans exception": a manner, no judgement
        kind = cue_kind(t, lex)
        sign = -1 if negated(t, lex) or "sans" in _case(t) else 1
        if kind == "support":
            pos += sign > 0
            neg += sign < 0
            cues.append(t.text)
        elif kind == "oppose" and t.pos_ == "NOUN" and t.dep_ == "obj" and _inverting(t.head, lex):
            # "X a fait reculer le piratage": X ends something bad, which backs X
            pos += sign > 0
            neg += sign < 0
            cues.append(t.text)
        elif kind in ("oppose", "invert", "harm") and (t.pos_ in ("ADJ", "NOUN") or _participle_modifier(t)):
            neg += sign > 0
            pos += sign < 0
            cues.append(t.text)
        elif kind == "invert" and t.pos_ == "VERB" and t.dep_ == "xcomp":
            # "X doit cesser d'être un délit": what the verb ends, it turns around
            below = _judgement(t, subject, lex, seen)
            pos, neg = pos + below[1], neg + below[0]
            cues += [t.text] + below[2]
            continue
        stack.extend(t.children)
    return pos, neg, cues


def mention_polarity(root, valence: int, default: str | None, lex: Lexicons, hedge_heads: set[int],
                     other_mentions: set[int] = frozenset()) -> Polarity:
    """Polarity toward the topic of a mention whose syntactic root is ``root``."""
    sign = 1 if valence > 0 else -1
    cues: list[str] = []
    hedged = False
    intens = False
    negs = 0
    path = [root]
    cur = root
    if negated(cur, lex):
        sign, negs = -sign, negs + 1
    if any(fold(c.text) == "ni" for c in root.children) and root.pos_ in ("NOUN", "PROPN"):
        # "ne veut ni de X ni de Y": each conjunct is negated
        sign, negs = -sign, negs + 1
    # "la loi injuste", "juger la loi injuste": an adjective judging the mention itself; it
    # decides only when nothing on the path does ("enterrer ce projet liberticide" is one
    # rejection, not two)
    adjective = None
    for c in root.children:
        # (a verb tagged as modifier is usually a mis-parsed predicate: "doive privilégier le X")
        if c.dep_ in ("amod", "acl") and c.i != root.i and (c.pos_ == "ADJ" or (
                c.pos_ == "VERB" and not any(k.dep_ == "mark" for k in c.children))):
            k = cue_kind(c, lex)
            if k in ("oppose", "support"):
                adjective = (c.text, -1 if k == "oppose" else 1)
    # "la loi Hadopi, que j'ai toujours combattue": the speaker's own relative clause judges it
    for c in root.children:
        if c.dep_ == "acl:relcl" and any(fold(k.text) in ("que", "qu'") for k in c.children) and \
                any(fold(k.text) in ("je", "j'", "nous") and k.dep_.startswith("nsubj") for k in c.children):
            k = cue_kind(c, lex)
            if k in ("support", "oppose", "invert"):
                polar = 1 if k == "support" else -1
                adjective = (c.text, -polar if negated(c, lex) else polar)
        # "la loi Hadopi, qu'elle juge « inefficace »": the holder's verdict in a relative clause
        # (the parser may tag "juge" as a noun, the adjective hangs on it)
        if c.dep_ == "acl:relcl" and fold(c.text) in _VERDICT_VERBS and \
                any(fold(k.text) in ("que", "qu'") for k in c.children):
            k = next((cue_kind(a, lex) for a in c.subtree if a.pos_ == "ADJ" and cue_kind(a, lex) in ("support", "oppose")), None)
            if k is not None:
                adjective = (c.text, 1 if k == "support" else -1)
    blocked = False  # met a predicate that only names the topic ("étudier le droit d'auteur")
    skip_invert = False
    passed_neutral = False  # climbed through a content word that is no cue
    beneficiary = False  # climbed out of "au profit de"
    while True:
        cases = _case(cur)
        if "contre" in cases:
            sign = -sign
            cues.append("contre")
            # "l'opposition contre X", "la lutte contre X": one inversion, not two
            skip_invert = True
        if "pour" in cases and valence != -1 and not _purpose(cur) and \
                (cur.head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in cur.children)):
            cues.append("pour")  # "être pour X", "se battre pour X" (not "une loi pour X")
        if "sans" in cases and lemma(cur) not in _SANS_IDIOMS:
            sign, negs = -sign, negs + 1
        head = cur.head
        if head.i == cur.i:
            break
        if cur.dep_ == "conj" and cur.pos_ in ("NOUN", "PROPN") and head.pos_ in ("NOUN", "PROPN"):
            # "rejeter X et Y": Y shares X's predicate; climb on from X without X's own cues
            cur = head
            continue
        if cur.dep_ in STOP_RELS and not _infinitive_complement(cur) and not _misparsed_object(cur):
            break
        if head.i in other_mentions and cur.dep_ in ("nmod", "amod", "compound", "appos", "flat") \
                and head.pos_ in ("NOUN", "PROPN"):
            # "la censure des opinions sur les réseaux sociaux": the mention only qualifies
            # another topic, which takes the predicate
            return Polarity(None, cues, reason="under another topic")
        path.append(head)
        kind = cue_kind(head, lex)
        if kind in ("oppose", "invert") and lemma(head) in ("opposer", "diviser", "affronter") and \
                cases & {"sur", "au sujet de", "quant"}:
            # "X et Y s'opposent sur Z": they disagree about Z, nobody rejects it
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
                (obj := _object_of(head)) is not None and cue_kind(obj, lex) == "oppose":
            # "X a fait reculer le piratage": X ends something bad, it is not what ends; the
            # object judges X (below). ("X interdirait aux opérateurs de ..." still judges X.)
            kind = None
        if kind is None and cur.dep_ == "obj" and _first_person_promise(head):
            # "je publierai mes votes en ligne", "nous ouvrirons une plateforme": a commitment
            kind = "support"
        if kind is not None and _others_claim(head):
            # "on nous promettait que X allait tout sauver": a claim the speaker reports to doubt it
            return Polarity(None, cues, reason="someone else's claim")
        if kind == "support" and lemma(head) == "falloir" and cur.dep_ not in ("obj", "xcomp", "nsubj", "ccomp"):
            # "il faut X", "il faut abroger X": only what "faut" governs is wanted
            kind = None
        if kind == "support" and valence == 1 and default == "oppose":
            # a pejorative name of the policy ("la censure") is never backed in those words:
            # "c'est ouvrir la voie à la censure" is the charge against what opens the way
            kind = None
        if kind == "support" and valence == -1:
            # backing "l'enquête en matière de cybercriminalité" is not backing the crime, and
            # nobody backs a fought-against thing: only inversions and negations count for it
            kind = None
        if kind is None and head.pos_ in ("NOUN", "PROPN"):
            passed_neutral = True
        if kind == "support":
            cues.append(head.text)
        elif kind == "harm":
            # "ce texte menace X": the speaker deplores a threat to X, X is valued; "il faut
            # restreindre X" (no thing as subject): X is to be cut back
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
            # (a person attacking X rejects it: "Paul X attaque la loi")
            wanted = head.morph.get("VerbForm") == ["Inf"] or any(c.pos_ == "PRON" or c.ent_type_ == "PER" for c in subjects)
            # "dénoncer une atteinte à X": the verb above judges the harm, which turns X around
            judged = head.pos_ == "NOUN" and head.dep_ == "obj" and cue_kind(head.head, lex) in ("oppose", "invert")
            if cur.dep_ in ("nsubj", "nsubj:pass") or wanted or judged:
                sign = -sign  # the threat itself, or a cut-back someone wants
            cues.append(head.text)
        elif kind == "invert" and "par" in cases:
            # "remplacer X par Y", "le remplacement de X par Y": Y is what replaces
            cues.append(head.text)
        elif kind == "invert" and cur.dep_ == "nmod" and _verdict_on_subject(head):
            # "La licence globale, c'est la fin du droit d'auteur": the subject would end X,
            # and the speaker deplores it: X is valued (the judgement of the subject is its own)
            cues.append(head.text)
        elif kind in ("oppose", "invert"):
            if not (skip_invert and kind == "invert"):
                sign = -sign
            cues.append(head.text)
        elif kind == "hedge":
            hedged = True
            cues.append(head.text)
        elif kind == "intensifier":
            intens = True
        elif kind == "neutral":
            blocked = True
        elif kind == "negation":
            # "je n'ai rien contre X"
            sign, negs = -sign, negs + 1
        if negated(head, lex, came_from=cur):
            if _manner_gerund(head, path):
                # "on ne combat pas X en surveillant tout le monde": the negation denies the
                # means, not the aim; no side on X can be told
                return Polarity(None, cues, reason="negation of the means")
            sign, negs = -sign, negs + 1
        if any(cue_kind(k, lex) == "intensifier" for k in head.children):
            intens = True
        if cur.dep_ == "obj":
            # "juger X indispensable", "trouver X injuste": the attribute of the object
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
                    if k == "support" and valence != -1:
                        cues.append(c.text)
                    elif k in ("oppose", "invert"):
                        sign = -sign
                        cues.append(c.text)
        if cur.dep_ in ("obl", "obl:arg", "obl:mod") and kind is None:
            # "créer une exception au droit X", "porter atteinte à X", "donner la priorité à X":
            # the verb's object carries the cue (an exception *pour* X is for X, not against it)
            for c in head.children:
                if c.dep_ == "obj" and c.pos_ == "NOUN":
                    k = cue_kind(c, lex)
                    if k in ("invert", "harm") and not (cases & {"a", "au", "aux"}):
                        break
                    if k in ("invert", "harm"):
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
            if pos or neg:
                cues.extend(jc)
        if head.i in hedge_heads:
            hedged = True
            cues.append("tout en")
        skip_invert = False
        cur = head
    if valence > 0 and _without_a_judge(path):
        # "permettre le blocage d'un site sans l'autorisation d'un juge": naming the missing
        # judge is the charge against the measure
        sign = -1 if not cues or sign > 0 else sign
        cues.append("sans juge")
    if _in_conditional(path):
        return Polarity(None, cues, reason="conditional")
    if _under_pretext(root, lex):
        # "un accord qui, sous couvert de lutter contre X, ...": the aim is the accused
        # text's alleged one, not the speaker's
        return Polarity(None, cues, reason="pretext")
    if not cues and not hedged:
        verdict = _verdict_tail(root)
        if verdict is not None:
            # "Une licence globale, non.", "Renforcer la police sur internet, oui."
            cues.append(verdict)
            sign = valence * (1 if verdict == "oui" else -1)
    if not cues and not hedged and adjective is not None:
        cues.append(adjective[0])
        sign = valence * adjective[1] * (-1 if negs % 2 else 1)
    if hedged:
        return Polarity("mixed", cues, intens)
    if cues:
        return Polarity("support" if sign > 0 else "oppose", cues, intens)
    if default and not blocked:
        if negs % 2:
            if valence == -1 and root.pos_ == "VERB" and default == "oppose":
                # "un opérateur ne doit pas pouvoir ralentir un service": the denied action is
                # what the policy forbids
                return Polarity("support", ["ne ... pas"], intens)
            if _own_use_denied(path, lex):
                # "Je n'ai pas besoin de Twitter", "je n'utilise pas X": the speaker does
                # without what the topic's default backs
                return Polarity("oppose" if default == "support" else "support", ["ne ... pas"], intens)
            # "il ne parle pas de X", "X ne se négocie pas": a negated bare mention is no
            # position one can tell
            return Polarity(None, cues, reason="negated mention without cue")
        return Polarity(default, cues, intens, from_default=True)
    return Polarity(None, cues, reason="no cue")


def hedge_heads(sent, lex: Lexicons) -> set[int]:
    """Verbs hedged by a concession in ``sent``: the verb just before 'tout en + gerund'
    (parsers attach the gerund unreliably)."""
    heads: set[int] = set()
    doc = sent.doc
    for t in sent:
        if lemma(t) == "tout" and t.i + 2 < sent.end and fold(doc[t.i + 1].text) == "en":
            verbs = [x for x in doc[sent.start: t.i] if x.pos_ == "VERB"]
            if verbs:
                heads.add(verbs[-1].i)
        # "favorable sous conditions à X", "soutenir X sous réserve que ...", "avec des
        # réserves": a conditional backing is a mixed one
        if fold(t.text) in ("sous", "avec") and t.dep_ == "case" and \
                lemma(t.head) in ("condition", "reserve", "conditions", "reserves") and \
                (fold(t.text) == "sous" or any(fold(c.text) in ("des", "quelques", "certaines", "de") for c in t.head.children)):
            heads.add(t.head.head.i)
        # "Je suis attaché à X, mais il faut aussi ...", "J'ai ouvert une page Facebook, mais je
        # n'y crois qu'à moitié": a backing conceded away after "mais"
        after = fold(doc[t.i + 1: sent.end].text) if fold(t.text) == "mais" else ""
        if fold(t.text) == "mais" and t.i > sent.start and doc[t.i - 1].text == "," and \
                (_CONCESSION_AFTER_MAIS.match(after) or any(rx.search(after) for rx in lex.reservations)):
            heads.update(x.i for x in doc[sent.start: t.i] if x.pos_ in ("VERB", "ADJ", "AUX"))
    if _SPLIT_VIEW.search(fold(sent.text)):
        # "Plus nuancé, le sénateur X se dit favorable à Y", "elle se montre plus partagée :
        # ...": the journalist says the view is split, so whatever it backs or rejects is mixed
        heads.update(t.i for t in sent if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN"))
    # "à la fois X et Y" means "both X and Y": no concession
    return heads


_VERDICT_VERBS = {"juge", "jugent", "jugeait", "trouve", "trouvent", "estime", "estiment"}
_SPLIT_VIEW = re.compile(r"\b(?:plus|tres|assez|se (?:montre|dit)|position) (?:plus )?(?:nuancee?s?|partagee?s?)\b"
                         # "je ne suis pas opposé par principe à X": a concession before a but
                         r"|\bpas (?:opposee?s?|hostiles?|contre) (?:par principe|a priori|sur le principe)\b")


# what follows ", mais" when it takes back part of what came before (not "mais pas Y": a contrast)
_CONCESSION_AFTER_MAIS = re.compile(
    r"(?:il faut|il faudra|il faudrait|on doit|nous devons|je refuse|je ne|pas a (?:n'importe quel|tout) prix|"
    r"sans (?:naivete|angelisme)|a condition|sous (?:reserve|conditions)|attention|avec (?:des|quelques) (?:limites|garde-fous|reserves))"
    r"(?: aussi| egalement)?")
