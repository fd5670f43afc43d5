"""Which lexicon cue a token starts: multi-word cues first, then the lemma, then the stem of a
verb cue for the forms a short sentence gets wrong; with the idioms that look like a cue but
are none ("au contraire", "il s'agit de", "ça veut dire")."""

from __future__ import annotations

import re

from .lexicon import Lexicons
from .textnorm import fold


def lemma(tok) -> str:
    return fold(tok.lemma_ or tok.text)


def verb_lemmas(tok) -> set[str]:
    """The lemmas ``tok`` may have as a verb: the tagger may leave a verb in -e a noun ("Elle
    réclame" with the lemma "réclame"), whose infinitive is then the form plus "r"."""
    return {lemma(tok), fold(tok.text) + "r"}


def clause_verb_lemmas(verb) -> set[str]:
    """The verb lemmas of ``verb`` and of the verbs joined to it ("Elle fait de X une priorité et
    veut que ...": faire, vouloir)."""
    return verb_lemmas(verb).union(*(verb_lemmas(c) for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"))


def in_relative_clause(tok) -> bool:
    """``tok`` stands inside a relative clause ("où X a dépassé ...", "qui n'y voit que ...")."""
    return any(a.dep_ == "acl:relcl" for a in (tok, *tok.ancestors))


# "sans" + these nouns is a manner ("sans délai", "sans but lucratif", "sans réserve"), no negation
SANS_IDIOMS = {"but", "delai", "hesitation", "reserve", "ambiguite", "detour", "relache", "cesse", "doute",
               "exception", "faille", "concession", "complexe", "retard", "tarder", "attendre", "compter",
               "condition", "plus", "equivoque", "trembler", "hesiter", "etat d'ame", "faiblir", "flancher",
               "succes"}


def _case(tok) -> set[str]:
    # ("par contre" is "on the other hand", no preposition against what follows, nor is "ni pour
    # ni contre", which takes no side (sidesteps.tsv), nor "pour qui" opening a relative clause
    # about a person, whatever the parser hangs it on ("l'eurodéputé, pour qui ACTA « faisait
    # ... »"); nor is "sans"
    # when the parser made a manner of it and hung it on the next noun: "défend sans ambiguïté
    # le bilan", with "sans ambiguïté" a fixed phrase)
    return {lemma(k) for k in tok.children if k.dep_ in ("case", "mark")
            and not (k.i > 0 and fold(k.text) == "contre" and fold(k.nbor(-1).text) == "par")
            and not (k.i > 0 and fold(k.text) in ("pour", "contre") and fold(k.nbor(-1).text) == "ni")
            and not (fold(k.text) in ("pour", "contre") and k.i + 1 < len(k.doc) and
                     fold(k.nbor().text) in ("qui", "lequel", "laquelle", "lesquels", "lesquelles"))
            and not (fold(k.text) == "sans" and any(f.dep_ == "fixed" and fold(f.text) in SANS_IDIOMS
                                                    for f in k.children))}


# verdict verbs whose attribute judges their object ("je la juge injuste", "qu'il trouve
# « irréaliste »", "je ne la crois pas praticable"): their lemmas, and the folded forms the
# tagger may leave unlemmatised (or take for nouns: "la juge", "la crois")
VERDICT_LEMMAS = {"juger", "trouver", "estimer", "considerer", "qualifier"}
VERDICT_FORMS = {"juge", "jugent", "jugeait", "jugeaient", "trouve", "trouvent", "trouvait", "estime", "estiment",
                 "qualifie", "qualifient", "crois", "croit", "croient", "croyons"}

# verbs of remaining, whose attribute judges their "y" ("j'y reste opposé"); "reste" is how
# the tagger lemmatises "j'y reste"
REMAINING_LEMMAS = {"rester", "reste", "demeurer"}

# verbs a holder describes their own stance with, reflexive, whose attribute judges their "y"
# ("il s'y dit favorable", "elle s'y montre hostile")
SELF_DESCRIBING = {"dire", "montrer", "declarer", "affirmer"}


def describes_oneself(verb) -> bool:
    """'se dire', 'se montrer', 'se déclarer' (+ attribute)."""
    return lemma(verb) in SELF_DESCRIBING and any(
        fold(c.text) in ("s'", "se", "m'", "me", "nous") and c.i < verb.i for c in verb.children)

# (and a closing quote mark: "il n'est « pas question de revenir » sur la loi")
_INSERTED = {"pas", "plus", "jamais", "guere", "point", "vraiment", "totalement", "completement", "aucunement", "»", "”"}


_COPULA_LIKE = {"paraitre", "sembler", "devenir", "redevenir"}


def cue_kind(tok, lex: Lexicons) -> str | None:
    """Kind of the cue starting at ``tok`` (multi-word cues first)."""
    doc = tok.doc
    if lemma(tok) == "bon" and tok.i > 0 and fold(doc[tok.i - 1].text) in ("fausse", "faux"):
        return None  # "une fausse bonne idée": the cue is "fausse bonne idée", not "bonne idée"
    if (lemma(tok) == "hostilite" and tok.dep_ == "obj" and lemma(tok.head) == "ouvrir") or \
            (lemma(tok) == "ouvrir" and any(c.dep_ == "obj" and lemma(c) == "hostilite" for c in tok.children)):
        return None  # "X a ouvert les hostilités en qualifiant ...": opening the debate, no judgement
    # a negation or an adverb may sit inside a multi-word cue ("ne remet pas en cause X"); looked
    # at only when one follows (cue_kind runs for every token on every climb)
    inserted = tok.i + 1 < len(doc) and fold(doc[tok.i + 1].text) in _INSERTED and lemma(tok) != "faire"
    inner = [doc[j] for j in range(tok.i + 1, min(len(doc), tok.i + 6))
             if fold(doc[j].text) not in _INSERTED] if inserted else []
    for n in (3, 2):
        if tok.i + n <= len(doc):
            seq = tuple(lemma(doc[j]) for j in range(tok.i, tok.i + n))
            if seq in lex.cues:
                return lex.cues[seq]
            seq = tuple(fold(doc[j].text) for j in range(tok.i, tok.i + n))
            if seq in lex.cues:
                return lex.cues[seq]
        if len(inner) >= n - 1:
            # (not the causative "ne fait pas reculer X": its negation is counted on its own)
            seq = (lemma(tok), *(lemma(t) for t in inner[: n - 1]))
            if seq in lex.cues:
                return lex.cues[seq]
    # (the parser may hang the complement on an adverb: "je ne crois pas non plus à X",
    # "il ne croit pas davantage à X")
    if lemma(tok) == "croire" and (any(fold(c.text) == "y" for c in tok.children) or
                                   any(c.dep_.startswith("obl") and _case(c) & {"a", "au", "aux", "en"}
                                       for a in (tok, *(a for a in tok.children if a.pos_ == "ADV"))
                                       for c in a.children)):
        return "support"  # "j'y crois", "je ne crois pas à la licence globale" (not "qu'on ne le croit")
    if lemma(tok) == "prendre" and any(fold(c.text) == "en" for c in tok.children) and \
            any(fold(c.text) in ("s'", "se") for c in tok.children):
        return "oppose"  # "X s'en prend à la riposte graduée": attacks it
    if lemma(tok) in ("fermer", "supprimer", "quitter") and any(
            c.dep_ == "obj" and lemma(c) in lex.word_classes.get("account", ()) for c in tok.children):
        return "invert"  # "elle a fermé son compte Facebook": gives it up
    if lemma(tok) == "voir":
        # "voir d'un bon / mauvais œil X"
        eye = next((c for c in tok.children if fold(c.text) in ("oeil", "œil")), None)
        looks = {fold(a.text) for a in eye.children} if eye is not None else set()
        if "bon" in looks:
            return "support"
        if "mauvais" in looks:
            return "oppose"
    if lemma(tok) in ("interroger", "questionner") and any(
            lemma(c) in lex.word_classes.get("worth", ()) for c in tok.children if c.dep_.startswith("obl")):
        return "oppose"  # "s'interroger sur l'utilité de X": doubts it is worth anything
    if lemma(tok) == "fin" and fold(doc[max(0, tok.i - 3): tok.i].text).endswith(
            ("ici la", "avant la", "jusqu'a la", "vers la")):
        return None  # "d'ici la fin du mandat": a date, nothing ends
    if lemma(tok) == "service" and tok.morph.get("Number") == ["Plur"]:
        return None  # "à la tête des services de la Haute Autorité": its departments, no backing
    if lemma(tok) == "vouloir" and tok.i + 1 < len(doc) and lemma(doc[tok.i + 1]) == "dire":
        return None  # "ça veut dire que ...": to mean, not to want
    if lemma(tok) in ("regretter", "deplorer") and any(
            lemma(d) in lex.word_classes.get("lateness", ()) for c in tok.children if c.dep_ in ("ccomp", "obj")
            for d in c.subtree):
        return "support"  # "il regrette que le texte arrive « avec cinq ans de retard »": wanted sooner
    if lemma(tok) == "agir" and any(fold(c.text) in ("s'", "se") for c in tok.children):
        return None  # "il s'agit de": no action
    if lemma(tok) == "battre" and any(fold(c.text) in ("s'", "se", "me", "nous", "m'") for c in tok.children):
        return "support"  # "se battre pour que chaque village ait accès au haut débit" (not "battre un record")
    if lemma(tok) == "inscrire" and any(fold(c.text) in ("s'", "se") for c in tok.children):
        return None  # "X s'inscrit dans la ligne de Y": a comparison, not "inscrire Y dans la loi"
    if lemma(tok) == "question" and not any(c.dep_ == "det" for c in tok.children):
        # "(il n'est) pas question de X": X is ruled out (the "pas" negates "question", which
        # then stands for "on the table"); "hors de question": ruled out. ("la question de X"
        # only names X.)
        before = fold(doc[max(0, tok.i - 2): tok.i].text)
        if before.endswith("pas"):
            return "support"
        if before.endswith("hors de"):
            return "oppose"
    if lemma(tok) == "finir" and tok.i + 1 < len(doc) and fold(doc[tok.i + 1].text) == "par":
        return None  # "on finit par nous ressortir X": what ends up happening, nothing ends
    if lemma(tok) == "preuve" and any(c.dep_ == "nmod" and lex.cues.get((lemma(c),)) in ("support", "oppose")
                                      for c in tok.children):
        return None  # "faire la preuve de son inefficacité": what is proven judges, not the proof
    if fold(tok.text) == "faute" and not any(c.dep_ == "det" for c in tok.children) and tok.i + 1 < len(doc) and \
            fold(doc[tok.i + 1].text) in ("de", "d'"):
        return None  # "faute de moyens": for lack of, no mistake
    if lemma(tok) == "contraire" and tok.i > 0 and fold(doc[tok.i - 1].text) == "au":
        return None  # "au contraire": a discourse adverb, no judgement
    kind = None
    if any(fold(c.text) in ("s'", "se") and c.i < tok.i for c in tok.children):
        kind = lex.cues.get(("se", lemma(tok)))  # a reflexive verb entered as "se négocier"
    if any(fold(c.text) == "y" and c.i < tok.i for c in tok.children):
        kind = kind or lex.cues.get(("y", lemma(tok)))  # "Twitter, je n'y vais pas" ("y aller")
    kind = kind or lex.cues.get((lemma(tok),))
    if kind is None:
        kind = lex.cues.get((fold(tok.text),))
    if kind is None and len(tok.text) > 5 and _VERB_ENDING.search(fold(tok.text)) and (
            tok.pos_ == "VERB" or (tok.i > 0 and doc[tok.i - 1].pos_ == "PRON") or
            (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1] in "-‑") or  # "Privilégierez-vous"
            (tok.i > 1 and fold(doc[tok.i - 1].text) in ("le", "la", "l'", "les") and doc[tok.i - 2].pos_ == "PRON")):
        # short sentences get odd tags and lemmas ("Nous l'abrogerons" -> NOUN "abrogeron",
        # "je la rejette" -> NOUN "rejette"): fall back on the stem of verb cues
        kind = stem_kind(tok, lex)
    if kind == "attribute":
        # (or the attribute of a verb like a copula: "l'idée me paraît juste", "les échanges
        # deviennent licites")
        return "support" if any(c.dep_ == "cop" for c in tok.children) or (
            tok.dep_ == "xcomp" and lemma(tok.head) in _COPULA_LIKE) or (
            tok.dep_ == "obj" and lemma(tok.head) == "etre") else None  # "X n'est pas notre projet", misparsed
    if kind in ("denied", "firm"):
        negated = any(fold(c.text) in ("pas", "jamais", "plus", "guere") or nowhere(c) for c in tok.children)
        # the negation then turns it: "X n'existe pas" rejects X, "X ne se négocie pas" backs it
        return ("support" if kind == "denied" else "oppose") if negated else None
    return kind


def nowhere(tok) -> bool:
    """'nulle part', the negation word of "ça n'existe nulle part"."""
    return fold(tok.text) == "part" and any(fold(d.text) == "nulle" for d in tok.children)


_STEMS: dict[int, dict[str, str]] = {}
# inflections of a verb, so that a noun sharing the stem ("privilège" / "privilégier") is no match
_VERB_ENDING = re.compile(r"(?:ons|ez|ent|ai|ais|ait|aient|ra|ras|rez|ront|rai|rait|e|es|ee|ees|er|ir|re|it|is|ant|ds|d)$")


def stem_kind(tok, lex: Lexicons) -> str | None:
    """The kind of the verb cue whose stem a verb form the tagger took for a noun carries
    ("supprimée" -> supprimer: invert), with the consonant that some forms double ("rejette" /
    "rejeter") made single."""
    word = fold(tok.text)
    return _stem_kinds(lex).get(word[:6]) or _stem_kinds(lex).get(re.sub(r"(tt|ll)", lambda m: m.group(0)[0], word)[:6])


# what may stand right before the first word of a clause set at the head of a sentence
OPENING_MARKS = ("«", '"', "“", ":")


def opens_the_sentence(tok, marks: tuple[str, ...] = OPENING_MARKS) -> bool:
    """``tok`` is the sentence's first word, or comes right after an opening quote or a colon
    (or another of ``marks``)."""
    return tok.is_sent_start or (tok.i > 0 and tok.doc[tok.i - 1].text in marks)


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
