"""Questions and answers of the stance rules: whether a sentence is a question, the side a
yes/no question asks about ("Faut-il abroger X ?"), and whether an answer opens with yes or no."""

from __future__ import annotations

import re

from .polarity import cue_kind, lemma, mention_polarity
from .textnorm import fold

# how a Q/A answer can start when it answers a yes/no question
YES = {"oui", "absolument", "evidemment", "certainement", "exactement", "bien sur", "tout a fait", "naturellement",
       "sans hesitation", "sans aucune hesitation", "sans aucun doute", "bien entendu"}
NO = {"non", "pas du tout", "jamais", "aucunement", "nullement", "certainement pas", "absolument pas", "surtout pas",
      "en aucun cas"}


# "Faut-il ...", "L'État doit-il ...", "Les administrations doivent-elles ...": what should be
# done, on which the respondent takes a side
_PRESCRIPTIVE_QUESTION = re.compile(
    r"\b(?:faut|faudrait|doit|doivent|devrait|devraient|peut|peuvent|pourrait|pourraient|convient)"
    r"-(?:t-)?(?:il|elle|ils|elles|on)\b")


def _polar_question(sent, targets, lex):
    """(exchange, topic, polarity) for 'Faut-il abroger X ?', 'Êtes-vous favorable à X ?'."""
    text = fold(sent.text)
    words = re.findall(r"[\w']+", text)
    # (several mentions of one topic are one topic: "les logiciels libres et les formats ouverts")
    if len({tp for _, tp, _, _ in targets}) != 1 or ("pour" in words and "contre" in words) or \
            not sent.text.rstrip().endswith("?"):
        return None  # several topics, or "pour ou contre": the reply alone tells no side
    if "vous" not in words and "tu" not in words and not _PRESCRIPTIVE_QUESTION.search(text):
        return None  # a question of fact ("la France est-elle armée ?"), not the respondent's side
    root, topic, valence, _ = targets[0]
    pol = mention_polarity(root, valence, None, lex, set(), asked=True)
    if pol.polarity in ("support", "oppose"):
        return topic, pol.polarity
    # the parser lost the question's predicate ("X vous paraît-il acceptable ?" parsed with
    # "acceptable" under the mention's complement): one judgement word in it still tells
    inside = {root.i} | {c.i for c in root.children if c.dep_ in ("det", "amod")}
    # (an inverted verb opening the question may be tagged a proper noun: "Privilégierez-vous X ?")
    kinds = {cue_kind(t, lex) for t in sent if t.i not in inside and (
        t.pos_ in ("ADJ", "VERB", "NOUN") or (t.i == sent.start and t.pos_ == "PROPN"))} & {"support", "oppose"}
    if len(kinds) == 1:
        return topic, "support" if (kinds.pop() == "support") == (valence > 0) else "oppose"
    return None


# a question's sentence putting a measure forward for the respondent to take a side on
_PUT_FORWARD = re.compile(r"\b(?:propos\w*|defend\w*|plaide\w*|reclame\w*|prone\w*)\b")


def _follow_up_question(sent, earlier: list[tuple], lex):
    """(topic, polarity) for a yes/no question that names no topic but follows a sentence of the
    same question that put one topic forward ("La gauche propose une licence globale. Êtes-vous
    tenté ?"): it asks whether the respondent backs what was put forward. (Not "Sur la neutralité,
    les opérateurs veulent faire payer les sites. Vous êtes d'accord ?": no side of the topic
    was put forward.)"""
    words = re.findall(r"[\w']+", fold(sent.text))
    if len({tp for tp, _ in earlier}) != 1 or not sent.text.rstrip().endswith("?") or \
            ("pour" in words and "contre" in words):
        return None
    sides = {side for _, side in earlier}
    if "vous" not in words:
        # "NEUTRALITÉ DU NET. LA LOI DOIT-ELLE L'IMPOSER AUX OPÉRATEURS ?": a prescriptive
        # question whose object pronoun stands for the topic set out before it
        if sides != {None} or not _PRESCRIPTIVE_QUESTION.search(fold(sent.text)):
            return None
        pronoun = next((t for t in sent if t.dep_ == "obj" and t.pos_ == "PRON" and
                        fold(t.text) in ("l'", "la", "le", "les")), None)
        side = mention_polarity(pronoun, 1, None, lex, set(), asked=True).polarity if pronoun is not None else None
        return (earlier[0][0], side) if side in ("support", "oppose") else None
    if sides == {None} and _PUT_FORWARD.search(fold(sent.doc.text[:sent.start_char])):
        # "LA GAUCHE PROPOSE UNE LICENCE GLOBALE." (capitals defeat the parser's cues)
        sides = {"support"}
    if sides not in ({"support"}, {"oppose"}):
        return None
    kinds = {cue_kind(t, lex) for t in sent} & {"support", "oppose", "invert"}
    against = bool(kinds) and "support" not in kinds  # "Êtes-vous hostile ?"
    side = sides.pop()
    return earlier[0][0], side if not against else ("oppose" if side == "support" else "support")


def _yes_no(sent) -> int:
    words = fold(sent.text).replace(",", " ").replace(".", " ").replace("!", " ").split()
    head2 = " ".join(words[:2])
    if head2 == "non seulement":
        return 0
    heads = {" ".join(words[:n]) for n in (1, 2, 3)}
    if heads & NO:
        return -1
    if heads & YES:
        return 1
    return 0


# "Nous leur avons demandé ce qu'ils feraient de X", "on se demande comment financer X": the
# asking verb, and the interrogative word that opens the question it reports
_ASKING = {"demander", "interroger", "questionner"}
_INDIRECT_OPENING = re.compile(
    r"^(?:(?:leur|lui|aux? [\w-]+|a [\w-]+|s'|se|nous|vous|me|m')\s+)*"
    r"(?:ce qu|comment\b|si\b|s'ils?\b|pourquoi\b|quel|lequel|laquelle|combien\b|ou\b)")


def in_indirect_question(root) -> bool:
    """Whether a mention lies in a question someone reports asking ("Nous leur avons demandé ce
    qu'ils feraient de la loi Hadopi"): it asks, and takes no side."""
    doc = root.doc
    tok = root
    while tok.head.i != tok.i:
        came_from, tok = tok, tok.head
        # (the tagger may take a capitalised "Interrogés" opening the sentence for a name)
        if (lemma(tok) in ("interroger", "questionner") or fold(tok.text).startswith(("interroge", "questionne"))) and \
                tok.i < root.i and not any(fold(c.text) in ("s'", "se") for c in tok.children) and \
                any(c.dep_ == "case" and fold(c.text) == "sur" for c in came_from.children):
            # "Interrogés sur l'usage qu'ils font des réseaux sociaux, ...": asked about it (not
            # "s'interroger sur l'utilité de X", a doubt)
            return True
        if lemma(tok) in _ASKING and tok.i < root.i:
            after = fold(doc[tok.i + 1: root.i].text)
            return bool(_INDIRECT_OPENING.match(after))
    return False


def _is_question(sent) -> bool:
    text = sent.text.rstrip()
    if text.endswith(".") and text[:-1].rstrip().endswith(("»", '"', "”")):
        text = text[:-1]  # "... ou encore « Comment lutter contre X ? ».": the question ends the quote
    if sent.end < len(sent.doc) and sent.doc[sent.end].text == "?":
        return True  # "5. « Pour ou contre X ? »", with the "?" made a sentence of its own
    # (a semicolon between quoted questions: "« Seriez-vous favorable à X ? » ; « ... »"; not a
    # stage direction after a speech's question, "qui nous dit qu'on ne l'étendra pas ... ?
    # (Applaudissements)", which states more than it asks)
    return text.rstrip(" »\"”)’';").endswith("?")


_ASKING_OPENING = re.compile(r"^(?:pourquoi|comment|quels?|quelles?|que|qu'|qui|est-ce|ou|combien|lequel|laquelle)\b")
_INCISE = re.compile(r"[»,]\s*\w+-(?:t-)?(?:il|elle|ils|elles)\b")
_INVERTED = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on|vous|je|nous|tu)\b")


def said_before_quoted_question(sent):
    """The token opening the quoted question that ends a sentence whose words before it state
    rather than ask ("L'élu a défendu la loi Hadopi : « ... et vous voulez la jeter ? »"),
    else None: what the sentence says before the quote is a statement like any other."""
    marks = [t for t in sent if t.text in ("«", "“") or t.text == '"']
    opening = None
    for t in marks:
        if t.text == '"':
            # straight quotes: an opening one has an even number of them before it
            if sum(m.text == '"' for m in marks if m.i < t.i) % 2 == 0:
                opening = t
        else:
            opening = t
    if opening is None or opening.i == sent.start or "?" not in sent.doc[opening.i: sent.end].text:
        return None
    before = fold(sent.doc[sent.start: opening.i].text)
    # (an incise after a quote is no question: "« ... », a-t-il lancé, avant de ...")
    if "?" in before or _ASKING_OPENING.match(before) or _INVERTED.search(_INCISE.sub("", before)) or \
            not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start: opening.i]):
        return None
    return opening
