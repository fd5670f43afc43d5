"""Whether a token carries a negation ("ne ... pas", "aucun X", "non X", "personne ne ..."),
and which "sans" phrases are a manner rather than a negation."""

from __future__ import annotations

from .cues import lemma, nowhere
from .lexicon import Lexicons
from .textnorm import fold

# negation words that need a particular attachment to negate ("aucun" as determiner, "non"
# as adverb, "sans" as preposition, "plus" only with "ne")
_ATTACHED_NEGATORS = {"aucun", "non", "sans", "plus"}


# adverbs of degree a negation may hang on instead of the word it negates
_DEGREE_ADVERBS = {"davantage", "vraiment", "tellement", "tres", "trop", "si", "aussi", "toujours", "forcement",
                   "necessairement", "totalement", "completement", "assez", "franchement", "encore"}


def negated(tok, lex: Lexicons, came_from=None) -> bool:
    """``tok`` carries a negation: 'ne ... pas/jamais/plus', 'aucun X', 'non X'."""
    if tok.dep_ == "acl:relcl" and fold(tok.head.text) in ("personne", "aucun", "aucune") and \
            any(fold(c.text) in ("ne", "n'") for c in tok.head.head.children):
        return True  # "je ne connais personne qui la défende"
    if any(c.dep_ == "nsubj" and fold(c.text) == "qui" for c in tok.children) and tok.head.i != tok.i and \
            any(fold(c.text) in ("personne", "aucun", "aucune") for c in tok.head.children) and \
            any(fold(c.text) in ("ne", "n'") for c in tok.head.children):
        return True  # the same, with the relative clause hung on the main verb
    if lemma(tok) in ("empecher", "interdire") and any(c.dep_ == "nsubj" and fold(c.text) == "rien" for c in tok.children):
        # "Aujourd'hui, rien n'empêche un fournisseur d'accès de ralentir un service": what no rule
        # prevents, told to deplore it, as if "il faut empêcher"
        return False
    # ("n'importe quel citoyen peut ...": "any", no negation; nor is a "pas" that is a step, "un
    # premier pas vers le filtrage")
    kids = [k for k in tok.children if not (fold(k.text) in ("n'", "ne", "n’") and k.i + 1 < len(k.doc) and
                                            fold(k.doc[k.i + 1].text) == "importe") and
            not (fold(k.text) == "pas" and any(c.dep_ == "det" for c in k.children))]
    # ("des citoyens qui écrivent la loi, pas qui la subissent": a "pas" after a comma, without
    # "ne", before a clause, denies that clause, not the word it hangs on, when the climb comes
    # from before it; "veulent qu'on vienne les voir, pas qu'on leur envoie des tweets" still
    # denies the tweets)
    if not any(fold(k.text) in ("ne", "n'", "n’") for k in kids):
        anchor = came_from if came_from is not None else tok
        kids = [k for k in kids if not (fold(k.text) == "pas" and anchor.i < k.i and k.doc[k.i - 1].text == "," and
                                        k.i + 1 < len(k.doc) and fold(k.doc[k.i + 1].text) in ("qui", "que", "qu'"))]
    # "non plus" is "either", no negation; the parser may hang the "pas" of "ne ... pas non
    # plus" under it
    either = [k for k in kids if _non_plus(k)]
    kids = [k for k in kids if k not in either] + \
        [d for k in either for d in k.subtree if fold(d.text) in ("pas", "jamais")]
    if any(k.dep_ == "obj" and lemma(k) in lex.word_classes.get("doubt", ()) and (came_from is None or k.i != came_from.i)
           for k in kids):
        return False  # "je n'ai aucune hésitation sur X": the doubt is denied, not the verb
    if any(k.dep_.startswith("obl") and (came_from is None or k.i != came_from.i) and
           any(lemma(a) == "seul" and a.dep_ in ("amod", "det") and a.i < k.i for a in k.children) for k in kids):
        # "la fracture ne se résorbera pas avec les seuls opérateurs privés": what is denied is
        # that those alone will do it, not the aim
        return False
    # "n'a pas fait reculer": the parser may hang "pas" on the auxiliary or causative "faire"
    # (not the one a climb came from: its negation was counted there)
    # (not an auxiliary with a subject of its own, a clause the parser hung there: "X est aussi vital
    # que l'eau, et ce n'est pas aux Creusois de payer ...")
    kids += [g for c in kids if c.pos_ == "AUX" and c.dep_ in ("dep", "aux", "aux:tense", "aux:caus", "cop")
             and (came_from is None or c.i != came_from.i)
             and not any(x.dep_ in ("nsubj", "nsubj:pass") for x in c.children)
             for g in c.children if g.dep_ == "advmod"]
    # "n'est pas davantage favorable", "ne l'est pas vraiment": the parser may hang "pas" on
    # an adverb of the word it negates
    kids += [g for c in list(kids) if c.dep_ == "advmod" and fold(c.text) in _DEGREE_ADVERBS
             for g in c.children if fold(g.text) in ("pas", "jamais", "point")]
    # ("sans jamais renoncer": the "jamais" belongs to "sans", which the climb counts on its own)
    kids = [k for k in kids if not (fold(k.text) in ("jamais", "plus", "aucunement") and k.i > 0
                                    and fold(k.doc[k.i - 1].text) == "sans")]
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
    if any(fold(k.text) in ("ne", "n'", "n’") for k in kids) and \
            any(fold(x.text) == "ni" and x.dep_ == "cc" for c in tok.children
                if c.dep_ == "xcomp" and c.pos_ == "VERB" for x in c.children):
        # "les opérateurs ne doivent ni bloquer, ni ralentir ...": the infinitives denied by
        # "ni" (the nouns of "je n'ai ni X ni Y" are counted where they stand)
        return True
    if lemma(tok) in ("pouvoir", "oser", "cesser") and any(fold(k.text) in ("ne", "n'") for k in kids) and \
            any(k.dep_ == "xcomp" for k in kids) and not any(fold(k.text) in ("ni", "que", "qu'") for k in kids):
        return True  # "nous ne pouvons accepter": these verbs negate with "ne" alone
    if "ni" in lemmas and ("ne" in lemmas or any(fold(k.text) in ("n'", "ne") for k in kids)):
        return True  # "n'a ni rémunéré X ni ..."
    if any(fold(k.text) in ("n'", "ne") for k in kids) and any(
            k.dep_ in ("nsubj", "nsubj:pass") and any(fold(x.text) == "ni" for x in k.subtree) for k in kids):
        return True  # "Ni X ni Y ne veulent de la licence globale"
    if any(lemma(k) == "aucun" and k.dep_ == "det" for k in kids):
        return True
    if "ne" in lemmas and any(nowhere(k) for k in kids):
        return True  # "ça n'existe nulle part"
    if "ne" in lemmas and any(k.dep_ in ("nsubj", "nsubj:pass") and (
            lemma(k) in ("personne", "rien", "aucun", "nul") or
            any(lemma(d) in ("aucun", "nul") and d.dep_ == "det" for d in k.children) or
            # "pas une commune ne doit rester sans X"
            any(lemma(d) == "pas" and d.i < k.i for d in k.children)) for k in kids):
        return True  # "aucun opérateur ne devra ralentir ...", "personne ne veut ..."
    if "ne" in lemmas and not any(fold(k.text) in ("pas", "plus", "jamais", "guere", "que", "qu'", "point") for k in kids) \
            and any(fold(x.text) in ("personne", "rien") for x in tok.doc[tok.sent.start: tok.i]):
        return True  # "personne sur ces bancs ne conteste que ...", the subject lost to a misparse
    if "ne" in lemmas and any(k.dep_ == "obj" and (came_from is None or k.i != came_from.i) and
                              any(lemma(d) in ("aucun", "nul") and d.dep_ == "det" for d in k.children) for k in kids):
        return True  # "je ne vois aucune raison de la supprimer" (the infinitive hung on the verb)
    if any(lemma(k) == "non" and k.dep_ == "advmod" and not _prefix_non(k) and not _non_plus(k.head) and
           not _non_seulement(k) for k in kids):
        return True
    if any(fold(k.text) in ("que", "qu'") and k.dep_ == "mark" and k.i == tok.sent.start + 1 and
           fold(tok.doc[k.i - 1].text) == "non" for k in kids):
        return True  # "Non qu'elle conteste l'objectif : ...": not that she contests it
    if tok.pos_ == "VERB" and tok.i >= 2 and tok.doc[tok.i - 1].text in ("«", '"', "“") and \
            fold(tok.doc[tok.i - 2].text) in ("ne", "n'") and any(
                lemma(k) in ("personne", "rien") or fold(k.text) in ("pas", "plus", "jamais")
                for k in tok.doc[tok.i + 1: min(len(tok.doc), tok.i + 4)]):
        return True  # 'qui dit ne « contester à personne la nécessité de ... »': the "ne" outside the quote
    return False


def non_of_non_plus(tok) -> bool:
    """The "non" of "non plus" ("il ne veut pas non plus d'une licence globale", where the
    parser may hang the mention on "non"): "either", no negation."""
    return fold(tok.text) == "non" and tok.i + 1 < len(tok.doc) and _non_plus(tok.doc[tok.i + 1])


def _non_plus(tok) -> bool:
    """The "plus" of "non plus" ("je n'y crois pas non plus")."""
    return fold(tok.text) == "plus" and tok.i > 0 and fold(tok.doc[tok.i - 1].text) == "non"


def _non_seulement(tok) -> bool:
    """'il veut non seulement supprimer X mais aussi ...': "not only", no negation."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and fold(doc[tok.i + 1].text) in ("seulement", "content", "contente")


def _prefix_non(tok) -> bool:
    """'le partage non marchand', 'non lucratif': "non" makes an adjective, it negates nothing."""
    doc = tok.doc
    # ("non négociable" still negates "négociable")
    return tok.i + 1 < len(doc) and fold(doc[tok.i + 1].text).startswith(("marchand", "commercia", "lucratif"))
