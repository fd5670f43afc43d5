"""How the climb from a topic mention up its parse passes from a word to its head: the links
the parser gets wrong or that carry no cue of their own (an infinitive joined to another, a
conjunct that is an object, a relative clause that says what a text does, a preposition that
belongs to the noun before it). ``polarity.mention_polarity`` asks these at each step."""

from __future__ import annotations

from .cues import _case, lemma
from .lexicon import Lexicons
from .textnorm import fold


def _infinitive_complement(tok) -> bool:
    """'impossible, ..., de créer X' parsed as a conjunct: still the adjective's complement."""
    return tok.dep_ == "conj" and tok.morph.get("VerbForm") == ["Inf"] and tok.head.pos_ in ("ADJ", "NOUN") and \
        any(lemma(k) in ("de", "d'", "a") and k.dep_ == "mark" for k in tok.children)


def _ruled_out_infinitive(tok) -> bool:
    """'Pas question (pour autant) de renoncer au dispositif': the infinitive is what "question"
    rules out, though the parser hangs it as an adverbial clause (read "pour autant" as a "pour"
    of purpose)."""
    return tok.dep_ == "advcl" and lemma(tok.head) == "question" and tok.morph.get("VerbForm") == ["Inf"] and \
        any(lemma(k) in ("de", "d'") and k.dep_ == "mark" for k in tok.children)


def _fought_for(tok, lex: Lexicons) -> bool:
    """'se battre pour que chaque village ait accès au haut débit': the "pour que" clause is what
    the fight is for (a verb of class ``fighting``), though the parser hangs it as an adverbial
    clause."""
    # (not a negated clause, whose verb the parser reads badly: "pour que la fibre ne s'arrête
    # pas à Montpellier")
    return tok.dep_ == "advcl" and lemma(tok.head) in lex.word_classes.get("fighting", frozenset()) and \
        {fold(k.text) for k in tok.children if k.dep_ == "mark"} >= {"pour", "que"} and \
        not any(fold(k.text) in ("ne", "n'", "pas", "plus", "jamais") for k in tok.subtree)


_SUBJECT_PRONOUNS = {"je", "j'", "nous", "il", "elle", "on", "ils", "elles", "vous"}


def _juxtaposed_clause(tok) -> bool:
    """'Cette loi est injuste, nous l'abrogerons', 'Nous l'avons écartée, nous l'écartons de
    nouveau': a clause of its own after a comma, which the parser may hang on the one before
    as a complement (ccomp, dep, even obl:mod) without any "que"; the first clause's cues are
    not its own."""
    if tok.dep_ == "ROOT" or any(c.dep_ in ("mark", "case") for c in tok.children):
        return False
    if tok.pos_ == "PRON" and fold(tok.text) in ("l'", "la", "le", "les"):
        return False  # "Élue, je l'abrogerai", parsed with "je" and the comma on the clitic
    subject = any(c.dep_ in ("nsubj", "nsubj:pass") or (c.i < tok.i and fold(c.text) in _SUBJECT_PRONOUNS and c.pos_ == "PRON")
                  for c in tok.children)
    # (the comma itself may hang on the clause)
    left = min(t.i for t in tok.subtree if not t.is_punct)
    return subject and left > tok.sent.start and tok.doc[left - 1].text in (",", ";", ":")


def _clause_before_comma(tok) -> bool:
    """'Je suis contre la licence globale, on ne va pas faire payer ...': a first clause of
    its own (a subject, and a copula when a preposition heads it) that the parser hangs on the
    clause after the comma; the second clause's negation and cues are not the first one's."""
    if tok.dep_ == "ROOT" or tok.head.i < tok.i or any(c.dep_ == "mark" for c in tok.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children):
        return False
    if any(c.dep_ == "case" for c in tok.children) and not any(c.dep_ == "cop" for c in tok.children):
        return False
    if any(c.dep_ == "nsubj" and fold(c.text) in ("ce", "c'", "cela", "ca") for c in tok.head.children):
        return False  # "..., c'est ...": the second clause takes up the first
    right = max(t.i for t in tok.subtree if not t.is_punct)
    # (not a colon: what follows it often explains the first clause)
    return right + 1 < tok.head.i and tok.doc[right + 1].text in (",", ";")


def _content_of_a_text(tok, lex: Lexicons) -> bool:
    """'Je suis défavorable à cet amendement, qui reviendrait à démanteler X': the relative
    clause says what the text does, and what is said of the text is said of that (the texts
    put to a vote are the class ``voted_text`` of word_classes.tsv)."""
    qui = next((c for c in tok.children if c.dep_ == "nsubj" and fold(c.text) == "qui"), None)
    if qui is None:
        return False
    if tok.dep_ == "acl:relcl":
        return lemma(tok.head) in lex.word_classes.get("voted_text", ()) and \
            tok.head.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod")
    # (the parser may hang the relative clause after a comma on the verb: "..., qui reviendrait")
    doc = tok.doc
    return tok.dep_ == "parataxis" and qui.i >= 2 and doc[qui.i - 1].text == "," and \
        lemma(doc[qui.i - 2]) in lex.word_classes.get("voted_text", ())


def _completive_after_ce(tok) -> bool:
    """'favorable à ce qu'on étende X', 'je tiens à ce que X soit ...': a "que" clause after
    "à ce" / "de ce" completes the word before it (the parser takes it for a relative clause)."""
    head = tok.head
    return tok.dep_ == "acl:relcl" and lemma(head) == "ce" and \
        any(fold(k.text) in ("que", "qu'") for k in tok.children) and bool(_case(head) & {"a", "de"})


def _misparsed_object(tok) -> bool:
    """'abroger purement et simplement les lois X': the 'et' of the adverbs makes the parser
    hang the object on the verb as a conjunct; a noun conjunct of a verb without an object is
    that verb's object."""
    head = tok.head
    if not (tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and head.pos_ == "VERB"):
        return False
    # ("je n'ai ni blog ni page Facebook": the second object hung on the verb beside the first)
    return not any(c.dep_ == "obj" for c in head.children) or any(
        c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < tok.i for c in head.children) and \
        any(c.dep_ == "cc" and fold(c.text) in ("ni", "et", "ou") for c in tok.children)




def _denied_for(path) -> bool:
    """An infinitive on the path opened by "pour" right after "ne suis / n'est ... pas", that
    negated "être" itself left off the path."""
    on_path = {t.i for t in path}
    for v in path:
        if v.pos_ != "VERB" or v.morph.get("VerbForm") != ["Inf"]:
            continue
        mark = next((c for c in v.children if c.dep_ == "mark" and fold(c.text) == "pour" and c.i > 0), None)
        if mark is None:
            continue
        if any(fold(c.text) in ("ne", "n'", "pas") for c in v.children):
            return False  # the parser hung the negation on the infinitive: counted already
        doc = v.doc
        before = doc[max(0, mark.i - 4): mark.i]
        return fold(doc[mark.i - 1].text) == "pas" and any(fold(t.text) in ("ne", "n'") for t in before) and \
            any(lemma(t) == "etre" and t.i not in on_path for t in before)
    return False


def _after_a_noun(tok, preposition: str) -> bool:
    """'qui institue la Haute Autorité pour la diffusion des œuvres': the preposition of ``tok``
    follows a noun, whose complement it is, though the parser hung it on the verb."""
    case = next((c for c in tok.children if c.dep_ == "case" and fold(c.text) == preposition), None)
    if case is None or case.i == 0:
        return False
    noun = tok.doc[case.i - 1]
    # (a noun with its article: "prendre position pour X", "faire campagne pour X" are verbs)
    return noun.pos_ in ("NOUN", "PROPN") and noun.i != tok.head.i and \
        any(c.dep_ == "det" for c in noun.children)


def _how_never_told(verb, clause) -> bool:
    """'ils n'ont jamais expliqué comment ils protégeraient le droit d'auteur': the negation
    denies the telling; what the clause under "comment" / "pourquoi" says is what the speaker
    holds them to, not denied."""
    return lemma(verb) in ("dire", "expliquer", "preciser", "montrer", "chiffrer", "repondre") and \
        clause.dep_ in ("ccomp", "xcomp", "advcl", "obj") and \
        any(fold(c.text) in ("comment", "pourquoi") for c in clause.children)


def _joined_infinitive(tok) -> bool:
    """'de bloquer X ou de ralentir Y': an infinitive with its own "de" / "à", joined by "ou",
    "et" or "ni" to an infinitive that has one too."""
    head = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or head.pos_ != "VERB" or \
            tok.morph.get("VerbForm") != ["Inf"] or head.morph.get("VerbForm") != ["Inf"]:
        return False
    def marked(v):
        return any(c.dep_ == "mark" and fold(c.text) in ("de", "d'", "a") for c in v.children)
    return marked(tok) and marked(head) and any(c.dep_ == "cc" and fold(c.text) in ("ou", "et", "ni") for c in tok.children) \
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children)


def _nothing_against(tok) -> bool:
    """``tok`` follows "rien contre" ("je n'ai rien contre X")."""
    return any(fold(c.text) == "contre" and c.i > 0 and fold(c.doc[c.i - 1].text) == "rien"
               for c in tok.children if c.dep_ == "case")


def _comparison_clause(verb) -> bool:
    """'tel que l'autorise X', 'comme le prévoit X': a clause of comparison."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for c in verb.children:
        if c.dep_ == "mark" and c.i < verb.i:
            if fold(c.text) == "comme":
                return True
            if fold(c.text) in ("que", "qu'") and c.i > 0 and fold(verb.doc[c.i - 1].text) in ("tel", "telle", "tels", "telles"):
                return True
    return False


def _about(root, above) -> bool:
    """Between the mention and ``above``, a "sur" complement: "je publierai un billet sur le
    bilan de X" promises a text about X, not X."""
    tok = root
    while tok.i != above.i and tok.head.i != tok.i:
        if "sur" in _case(tok):
            return True
        tok = tok.head
    return False


def _de_complement(tok) -> bool:
    """``tok`` is introduced by "de" ("de la loi", "du texte"; not "dès")."""
    return any(c.dep_ == "case" and c.text.lower() in ("de", "d'", "du", "des") for c in tok.children)
