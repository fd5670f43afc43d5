"""What a predicate says of its subject ("X est un échec", "X a fait reculer le piratage",
"X doit être supprimé"): the support and oppose cues that judge it, and whose subject a
copula's verdict is about."""

from __future__ import annotations

from .cues import SANS_IDIOMS, VERDICT_FORMS, _case, cue_kind, lemma, opens_the_sentence
from .lexicon import Lexicons
from .negation import negated
from .textnorm import fold

# subject pronouns before a clitic object ("il la juge ...")
_SUBJECT_CLITICS = {"il", "elle", "ils", "elles", "on", "je", "nous"}
# adverbs of degree that may stand between a verdict verb and its adjective ("juge trop cher")
_DEGREE_WORDS = {"tres", "trop", "assez", "vraiment", "totalement"}

# children of the subject's predicate that hold its judgement
JUDGEMENT_RELS = {"obj", "xcomp", "amod", "obl", "obl:arg", "obl:mod", "nmod", "acl", "advmod", "conj",
                  "ccomp", "cop", "det", "flat", "fixed", "compound", "appos"}
# prepositions of time: "avant la fin de l'année" dates a predicate, it does not judge it
_TEMPORAL = {"avant", "apres", "depuis", "pendant", "jusque", "jusqu'"}
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


def _participle_modifier(tok) -> bool:
    """'une subvention déguisée': a past participle tagged as verb that qualifies a noun."""
    return tok.pos_ == "VERB" and tok.dep_ in ("acl", "amod") and tok.morph.get("VerbForm") == ["Part"] \
        and tok.head.pos_ == "NOUN" and not any(k.dep_ in ("obj", "nsubj", "aux", "aux:pass") for k in tok.children)


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


_COMPARATIVES = {"davantage", "plus", "mieux", "moins", "autant", "pire"}


def _compared_with(pred, tok) -> bool:
    """``tok`` follows "davantage ... que" after the predicate: the second term of a comparison
    (read off the words: the parser hangs "que toutes les sanctions" anywhere)."""
    words = [fold(t.text) for t in pred.doc[pred.i + 1: tok.i]]
    if "que" not in words and "qu'" not in words:
        return False
    q = max(i for i, w in enumerate(words) if w in ("que", "qu'"))
    return any(w in _COMPARATIVES for w in words[:q])


def _judgement(pred, subject, lex: Lexicons, seen: set[int], turned: bool = False) -> tuple[int, int, list[str]]:
    """Count support and oppose cues that judge ``pred``'s subject (outside the subject).
    ``turned``: ``pred`` is an inverting verb whose count the caller turns around."""
    pos = neg = 0
    cues: list[str] = []
    stack = [c for c in pred.children if c.i != subject.i and c.dep_ in JUDGEMENT_RELS]
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        if t.dep_ == "conj" and t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Part"] and \
                any(k.dep_ == "aux:pass" for k in pred.children) and \
                not any(k.dep_ in ("nsubj", "nsubj:pass", "aux:pass", "aux:tense") for k in t.children):
            # "que ce texte soit soumis à l'Assemblée et rejeté": the second participle shares
            # the passive subject (the parser may hang it on the first one's complement)
            k = cue_kind(t, lex)
            if k in ("support", "invert", "harm", "oppose"):
                pos, neg = (pos + 1, neg) if (k == "support") != negated(t, lex) else (pos, neg + 1)
                cues.append(t.text)
            continue
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "xcomp" and \
                any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > pred.i for c in t.children):
            continue  # "les escroqueries explosent, je demande que ...": a clause of its own, misparsed
        if t.dep_ in ("advcl", "acl:relcl", "parataxis", "ccomp") or (t.dep_ == "conj" and (
                t.pos_ in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "expl:subj", "cop") for c in t.children))):
            continue  # another clause ("X est une réussite et il serait irresponsable de ...")
        if t.dep_.startswith("obl") and _case(t) & _TEMPORAL:
            continue  # "avant la fin de la législature": a date, not a judgement
        if ("avec" in _case(t) or lemma(t) == "assortir") and \
                any(cue_kind(x, lex) in ("invert", "harm") for x in t.subtree):
            # "un principe légal, avec des sanctions", "inscrit dans la loi, avec un régulateur
            # doté de vrais pouvoirs de sanction", "un principe de loi, assorti de sanctions":
            # the means to enforce it
            continue
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
        if "sans" in _case(t) and lemma(t) in SANS_IDIOMS:
            continue  # "garantie par la loi, sans exception": a manner, no judgement
        if (cue_kind(t, lex) == "pretext" and any(fold(k.text) == "sous" for k in t.children)) or \
                (lemma(t) == "nom" and any(fold(k.text) == "au" for k in t.children)):
            # "Sous couvert de lutte contre la contrefaçon, ACTA organise ...", "au nom de la lutte
            # contre la contrefaçon": an alleged aim
            continue
        if t.pos_ == "NOUN" and lemma(t) in lex.word_classes.get("camp", ()) and (
                lemma(t.head) == "avoir" or lemma(t.head) in lex.word_classes.get("camp", ())):
            continue  # "X a ses partisans et ses détracteurs": others' sides, none of the speaker's
        if _compared_with(pred, t):
            continue  # "rapporterait davantage aux auteurs que toutes les sanctions": what X is compared with
        kind = cue_kind(t, lex)
        sign = -1 if negated(t, lex) or "sans" in _case(t) else 1
        if kind == "support":
            pos += sign > 0
            neg += sign < 0
            cues.append(t.text)
        elif kind == "oppose" and ((t.pos_ == "NOUN" and t.dep_ == "obj" and _inverting(t.head, lex)) or (
                t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i != pred.i and t.head.dep_ == "obj"
                and _inverting(t.head.head, lex) and not (turned and t.head.head.i == pred.i))):
            # "X a fait reculer le piratage / le téléchargement illégal": X ends something bad,
            # which backs X
            pos += sign > 0
            neg += sign < 0
            cues.append(t.text)
        elif kind in ("oppose", "invert", "harm") and (t.pos_ in ("ADJ", "NOUN") or _participle_modifier(t)) and \
                not (t.pos_ == "NOUN" and _case(t) & {"dans", "contre", "face"}):
            # (not what a complement is about: "que l'on double le nombre d'enquêteurs
            # spécialisés dans les escroqueries", misparsed with "double" an adjective)
            neg += sign > 0
            pos += sign < 0
            cues.append(t.text)
        elif kind == "invert" and t.pos_ == "VERB" and t.dep_ == "xcomp":
            # "X doit cesser d'être un délit": what the verb ends, it turns around
            below = _judgement(t, subject, lex, seen, turned=True)
            pos, neg = pos + below[1], neg + below[0]
            cues += [t.text] + below[2]
            continue
        stack.extend(t.children)
    return pos, neg, cues


def dislocated_verdict(root, lex: Lexicons) -> tuple[int, list[str]] | None:
    """'Facebook, c'est du vent', 'ACTA, c'est la porte ouverte à ...': the mention's phrase,
    set apart by a comma before "c'est", is what the copula's predicate judges. The parser often
    hangs such a phrase anywhere (even as the root), so the shape is read off the tokens.
    Returns +1 / -1 (the predicate backs / condemns its subject) and the cues."""
    doc, sent = root.doc, root.sent
    # (the parser may end the sentence at the comma: "ACTA ," then "c'est ...")
    end = min(len(doc), sent.end + 12)
    i = root.i + 1
    while i < end and doc[i].text != ",":
        if i - root.i > 6 or doc[i].pos_ in ("VERB", "AUX") or doc[i].text in (":", ";", "«", "»", ".", "!", "?"):
            return None
        i += 1
    if i + 1 < end and doc[i + 1].pos_ == "VERB" and doc[i + 1].morph.get("VerbForm") == ["Part"]:
        # "une neutralité absolue, gravée dans la loi, ce serait une erreur": a participle set
        # off by commas describes the mention; the verdict follows it
        j = next((k for k in range(i + 2, min(end, i + 9)) if doc[k].text == ","), None)
        if j is not None and not any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] or
                                     t.text in (":", ";", "«", "»", ".") for t in doc[i + 2: j]):
            i = j
    verdict = _pronoun_verdict(doc, i + 1, end, lex)
    if verdict is not None:
        return verdict
    cop = _cest(doc, i + 1, end)
    if cop is None:
        return None
    ce = doc[i + 1]
    pred = ce.head
    if pred.i <= cop:
        # (the "c'" hung on the mention itself: the first noun or adjective after the copula)
        pred = next((t for t in doc[cop + 1: min(end, cop + 5)] if t.pos_ in ("NOUN", "ADJ", "PROPN")), pred)
    if pred.i <= cop or pred.pos_ not in ("NOUN", "ADJ", "PROPN"):  # ("un gadget" may be tagged PROPN)
        return None
    kind = cue_kind(pred, lex)
    served = [k for c in pred.children if c.dep_ == "nmod" for k in (c, *(x for x in c.children if x.dep_ == "conj"))]
    if kind == "support" and (bad := next((c for c in served if cue_kind(c, lex) == "oppose"), None)) is not None:
        # "Twitter, c'est l'outil du clash": what the tool serves judges it
        kind, pred = "oppose", bad
    pos, neg, cues = (1, 0, [pred.text]) if kind == "support" else (0, 1, [pred.text]) if kind in ("oppose", "invert", "harm") \
        else _judgement(pred, ce, lex, set(range(sent.start, i + 1)))
    if pos == neg == 0 and kind is None and any(
            c.dep_ == "det" and fold(c.text) in ("mon", "ma", "notre")
            for n in (pred, *(k for k in pred.children if k.dep_ == "nmod")) for c in n.children):
        # "Twitter, c'est mon préau d'école", "les réseaux sociaux, c'est le marché du dimanche
        # de ma génération": the speaker owns it as their own place or tool
        pos, cues = 1, [pred.text]
    if pos == neg and fold(doc[cop - 1].text) in ("n'", "ne"):
        # "Twitter, ce n'est pas de la politique, c'est du bavardage": what it is said to be
        # instead judges it
        comma = next((t.i for t in doc[pred.i + 1: min(end, pred.i + 8)] if t.text == ","), None)
        again = _cest(doc, comma + 1, end) if comma is not None else None
        given = next((t for t in doc[again + 1: min(end, again + 5)] if t.pos_ in ("NOUN", "ADJ", "PROPN")), None) \
            if again is not None else None
        if given is not None and (kind := cue_kind(given, lex)) in ("support", "oppose", "harm"):
            return (1 if kind == "support" else -1), [given.text]
    if pos == neg:
        return None
    sign = 1 if pos > neg else -1
    # ("c'est l'invective permanente, pas le débat": the "pas" after the comma sets aside
    # another word, it does not negate the verdict)
    contrast = any(fold(c.text) == "pas" and c.i > pred.i and doc[c.i - 1].text == "," for c in pred.children)
    return (-sign if negated(pred, lex) and not contrast else sign), cues


def _cest(doc, i: int, end: int) -> int | None:
    """The copula's index when ``doc[i:end]`` opens with "c'est" / "ce sera" / "ce n'est"
    (what follows judges the phrase before the comma), else None."""
    if i + 1 >= end or fold(doc[i].text) not in ("c'", "ce"):
        return None
    cop = i + 1 + (fold(doc[i + 1].text) in ("n'", "ne"))  # "ce n'est pas"
    return cop if cop < end and lemma(doc[cop]) == "etre" else None


def fronted_yes_or_no(root) -> tuple[int, list[str]] | None:
    """'Quant à la licence globale, c'est non : « ... »': a bare "oui" / "non" after the ", c'est"
    that follows the mention's phrase settles it, whatever the quote after it says. Returns +1 / -1
    and the cue."""
    doc, end = root.doc, root.sent.end
    comma = root.right_edge.i + 1
    cop = _cest(doc, comma + 1, end) if comma < end and doc[comma].text == "," else None
    if cop is None or cop + 1 >= end or fold(doc[cop + 1].text) not in ("oui", "non") or \
            (cop + 2 < end and doc[cop + 2].is_alpha):
        return None
    said = fold(doc[cop + 1].text)
    return (1 if said == "oui" else -1), ["c'est " + said]


def _pronoun_verdict(doc, j: int, end: int, lex: Lexicons) -> tuple[int, list[str]] | None:
    """'Quant à la licence globale, il la juge « irréaliste »': after the comma, a pronoun
    subject, the clitic standing for the phrase and a verdict verb; the first adjective judges
    the phrase. Read off the tokens: the parser often takes "la juge" for "the judge"."""
    words = [t for t in doc[j: min(end, j + 9)] if t.text not in ("«", "»", '"', "“", "”")]
    if len(words) < 4 or fold(words[0].text) not in ("il", "elle", "ils", "elles", "je", "nous", "on"):
        return None
    k = 1
    negative = fold(words[k].text) in ("ne", "n'")
    k += negative
    if fold(words[k].text) not in ("la", "le", "l'", "les"):
        return None
    if fold(words[k + 1].text) not in VERDICT_FORMS:
        # "La Hadopi, nous l'abrogerons", "La licence globale, je la défends": the verb itself
        kind = cue_kind(words[k + 1], lex)
        if kind not in ("support", "oppose", "invert", "harm"):
            return None
        sign = 1 if kind == "support" else -1
        negated_verb = negative and k + 2 < len(words) and fold(words[k + 2].text) in ("pas", "plus", "jamais")
        return (-sign if negated_verb else sign), [words[k + 1].text]
    k += 2
    if negative and k < len(words) and fold(words[k].text) in ("pas", "plus", "guere"):
        k += 1
    if k < len(words) and fold(words[k].text) in _DEGREE_WORDS | {"de", "d'"}:
        k += 1
    if k >= len(words):
        return None
    kind = cue_kind(words[k], lex)
    if kind not in ("support", "oppose"):
        return None
    sign = 1 if kind == "support" else -1
    return (-sign if negative else sign), [words[k].text]


def fronted_verdict(root, lex: Lexicons) -> tuple[int, list[str]] | None:
    """'X juge « dangereux » le blocage des sites', 'X juge le dispositif « irréaliste »': a
    verdict verb, the phrase it judges and the adjective before or after it. Read off the tokens:
    the parser often takes "X juge" for a name."""
    doc = root.doc
    quotes = ("«", "»", '"', "“", "”")
    words = [t for t in doc[max(0, root.left_edge.i - 8): root.left_edge.i] if t.text not in quotes]
    if words and words[-1].pos_ == "DET":
        words.pop()  # the parser left the determiner out of the phrase
    # (a quoted attribute the parser hung inside the phrase: "la licence globale « une fausse
    # bonne idée »" with "idée" as a modifier of "licence")
    opening = next((t.i for t in doc[root.i + 1: root.right_edge.i + 1] if t.text in ("«", "“")), None)
    start = opening + 1 if opening is not None else root.right_edge.i + 1
    after = [t for t in doc[start: start + 3] if t.text not in quotes]
    if after and after[0].pos_ == "DET":
        after = after[1:]  # "X juge la licence globale « une fausse bonne idée »"
    attribute_after = bool(words) and fold(words[-1].text) in VERDICT_FORMS and bool(after) and \
        after[0].pos_ in ("ADJ", "NOUN") and cue_kind(after[0], lex) in ("support", "oppose")
    if attribute_after:
        # "X juge le dispositif « irréaliste »": the adjective (or noun) after the phrase
        words = words + [after[0]]
    if len(words) < 2 or (words[-1].pos_ != "ADJ" and not attribute_after):
        return None
    kind = cue_kind(words[-1], lex)
    if kind not in ("support", "oppose"):
        return None
    k = len(words) - 2
    while k >= 0 and fold(words[k].text) in _DEGREE_WORDS | {"particulierement", "ailleurs", "par", "aussi", "egalement",
                                                              "pas", "plus"}:
        k -= 1
    if k < 0 or fold(words[k].text) not in VERDICT_FORMS:
        return None
    negative = any(fold(w.text) in ("pas", "plus") for w in words[k + 1:])
    sign = 1 if kind == "support" else -1
    return (-sign if negative else sign), [words[k].text, words[-1].text]


def clitic_verdict(root, lex: Lexicons) -> tuple[int, list[str]] | None:
    """'Quant à la licence globale, il la juge « irréaliste »': the phrase set apart, then a
    verdict verb whose clitic object takes it up and the adjective after it, or a verb that acts
    on it ("La loi Hadopi, nous l'abrogerons", "Twitter, je n'y vais pas"). Read off the tokens:
    the parser often takes "la juge" for a noun and hangs the phrase on the next clause."""
    doc = root.doc
    # (the comma closing the phrase: the parser may hang the clause after it on the mention)
    # (or the last one before the subject: "Twitter, en revanche, je n'y vais pas")
    j = next((x.i for x in doc[root.i + 1: min(len(doc), root.i + 6)] if x.text == ","), None)
    if j is not None and j + 1 < len(doc) and fold(doc[j + 1].text) not in _SUBJECT_CLITICS:
        j = next((x.i for x in doc[j + 1: min(len(doc), j + 5)] if x.text == "," and x.i + 1 < len(doc) and
                  fold(doc[x.i + 1].text) in _SUBJECT_CLITICS), j)
    if j is None or j + 3 >= len(doc) or fold(doc[j + 1].text) not in _SUBJECT_CLITICS or \
            any(x.pos_ in ("VERB", "AUX") for x in doc[root.i + 1: j]):
        return None
    k = j + 2
    negative = False
    if fold(doc[k].text) in ("ne", "n'"):
        negative, k = True, k + 1
    if k + 1 >= len(doc) or fold(doc[k].text) not in ("la", "le", "l'", "les", "y"):
        return None
    if fold(doc[k + 1].text) not in VERDICT_FORMS or fold(doc[k].text) == "y":
        # "La loi Hadopi, nous l'abrogerons": the verb itself does something to the phrase,
        # when that phrase opens the sentence (not "Je n'ai rien contre le logiciel libre, je
        # l'utilise", nor "Une loi qui traque les jeunes au lieu de payer les artistes, on l'abroge")
        if not opens_the_sentence(root.left_edge):
            return None
        kind = cue_kind(doc[k + 1], lex)
        if kind not in ("support", "oppose", "invert"):
            return None
        negative = negative and any(fold(t.text) in ("pas", "plus", "jamais") for t in doc[k + 2: k + 4])
        sign = 1 if kind == "support" else -1
        return (-sign if negative else sign), [doc[k + 1].text]
    for t in doc[k + 2: min(len(doc), k + 6)]:
        if fold(t.text) in ("pas", "plus", "jamais"):
            negative = True
            continue
        if t.text in ("«", '"', "“") or fold(t.text) in _DEGREE_WORDS:
            continue
        kind = cue_kind(t, lex) if t.pos_ in ("ADJ", "NOUN") else None
        if kind not in ("support", "oppose"):
            return None
        sign = 1 if kind == "support" else -1
        return (-sign if negative else sign), [doc[k + 1].text, t.text]
    return None


def renaming_apposition(root, lex: Lexicons) -> tuple[int, list[str]] | None:
    """'la loi Hadopi, « une loi répressive que nous avons combattue »': a noun phrase right
    after the mention that names it again (the same noun, or one that refers back to a topic:
    loi, texte, dispositif ...) and judges it by its adjectives or by the speaker's own relative
    clause. The parser often takes such a phrase for an object of the verb before."""
    doc = root.doc
    j = root.right_edge.i + 1
    if j >= len(doc) or doc[j].text != ",":
        return None
    j += 1
    while j < len(doc) and doc[j].text in ("«", '"', "“"):
        j += 1
    if j + 1 >= len(doc) or doc[j].pos_ != "DET":
        return None
    noun = doc[j + 1]
    if noun.pos_ != "NOUN" or not (lemma(noun) == lemma(root) or lemma(noun) in lex.anaphora):
        return None
    pos = neg = 0
    cues: list[str] = []
    for c in noun.subtree:
        if c.i <= noun.i:
            continue
        if c.pos_ == "ADJ" and (c.head.i == noun.i or c.dep_ == "conj"):
            kind = cue_kind(c, lex)
        elif c.dep_ == "acl:relcl" and c.head.i == noun.i and \
                any(fold(k.text) in ("je", "j'", "nous") and k.dep_.startswith("nsubj") for k in c.children):
            kind = cue_kind(c, lex)
            kind = "oppose" if kind in ("invert", "harm") else kind
        else:
            continue
        if kind == "support":
            pos += 1
            cues.append(c.text)
        elif kind == "oppose":
            neg += 1
            cues.append(c.text)
    if pos == neg:
        return None
    return (1 if pos > neg else -1), cues


_CLEFT_SUBJECTS = {"je", "j'", "nous", "il", "elle", "ils", "elles", "on"}


def cleft_verdict(root, lex: Lexicons) -> tuple[int, list[str]] | None:
    """'Ce que nous proposons, c'est une contribution créative', 'Ce que je refuse, c'est X': the
    verb of the relative clause before ", c'est" judges what it presents. Read off the tokens
    (the parser hangs the fronted clause anywhere, or makes a sentence of it)."""
    doc = root.doc
    words = [t for t in doc[max(0, root.i - 20): root.i] if t.text not in ("«", "»", '"', "“", "”")]
    # ", c'est" / ", ce sera" just before the phrase the mention heads
    cop = next((j for j in range(len(words) - 1, 0, -1) if fold(words[j].text) in ("c'", "ce") and
                words[j - 1].text == "," and j + 1 < len(words) and
                fold(words[j + 1].text) in ("est", "sera", "serait", "etait")), None)
    if cop is None or any(t.text in (".", "!", "?", ";", ":") for t in words[cop:]):
        return None
    start = next((j for j in range(cop - 2, -1, -1) if fold(words[j].text) == "ce" and j + 2 < cop and
                  fold(words[j + 1].text) in ("que", "qu'") and fold(words[j + 2].text) in _CLEFT_SUBJECTS), None)
    if start is None or any(t.text in (".", "!", "?", ";", ":") for t in words[start: cop - 1]):
        return None
    # (up to a comma: "Ce que je refuse, en revanche, c'est X")
    clause = next((words[start + 3: j] for j in range(start + 3, cop - 1) if words[j].text == ","),
                  words[start + 3: cop - 1])
    negative = any(fold(t.text) in ("ne", "n'") for t in clause) and \
        any(fold(t.text) in ("pas", "plus", "jamais") for t in clause)
    verb = next((t for t in clause if cue_kind(t, lex) in ("support", "oppose", "invert")), None)
    if verb is None:
        return None
    sign = 1 if cue_kind(verb, lex) == "support" else -1
    return (-sign if negative else sign), [verb.text]


def cleft_focus(root) -> bool:
    """The mention's phrase comes right after the ", c'est" of a cleft ("Ce que je refuse, c'est
    la licence globale que propose la gauche"), whatever the parser hangs it on."""
    doc = root.doc
    j = root.i - 1
    while j > 0 and doc[j].pos_ in ("DET", "ADJ") and j > root.i - 4:
        j -= 1
    return j > 1 and fold(doc[j].text) in ("est", "sera", "serait", "etait") and \
        fold(doc[j - 1].text) in ("c'", "ce") and doc[j - 2].text == ","


def _correction(denied, lex: Lexicons):
    """The attribute given instead after ", c'est" when ``denied`` is the negated attribute of
    a copula with a subject ("X n'est pas une censure, c'est une protection"), else None."""
    if denied.pos_ not in ("NOUN", "ADJ", "PROPN") or not any(c.dep_ == "cop" for c in denied.children) or \
            not any(c.dep_ == "nsubj" for c in denied.children) or not negated(denied, lex):
        return None
    doc, sent = denied.doc, denied.sent
    for i in range(denied.i + 1, sent.end - 2):
        if doc[i].text == "," and (cop := _cest(doc, i + 1, sent.end)) is not None:
            return next((t for t in doc[cop + 1: min(sent.end, cop + 5)] if t.pos_ in ("NOUN", "ADJ")), None)
    return None


def denied_attribute(root, lex: Lexicons) -> bool:
    """The mention is what a corrected subject is said not to be ("Le blocage n'est pas une
    censure, c'est une protection"): it names no position of its own."""
    return _correction(root, lex) is not None


def corrected_verdict(root, lex: Lexicons) -> tuple[int, list[str]] | None:
    """'Le blocage n'est pas une censure, c'est une protection', 'La neutralité du net n'est pas
    un slogan, c'est la condition de l'innovation': the sentence corrects what its subject is.
    The attribute given after ", c'est" judges it; failing a judgement there, the attribute
    denied does, turned around. Returns +1 / -1 and the cues."""
    if root.dep_ != "nsubj" or (given := _correction(root.head, lex)) is None:
        return None
    kind = cue_kind(given, lex)
    if kind == "support":
        return 1, [given.text]
    if kind in ("oppose", "harm"):
        return -1, [given.text]
    if cue_kind(root.head, lex) in ("oppose", "harm"):
        return 1, ["ne ... pas " + root.head.text]
    return None
