"""Which verbs of a sentence a concession hedges: "tout en + gerund", "sous conditions",
"avec des réserves", ", mais il faut ...", a view the journalist calls split."""

from __future__ import annotations

import re

from .cues import lemma
from .lexicon import Lexicons
from .textnorm import fold


def hedge_heads(sent, lex: Lexicons, topic_at: dict[int, str] | None = None) -> set[int]:
    """Verbs hedged by a concession in ``sent``: the verb just before 'tout en + gerund'
    (parsers attach the gerund unreliably). ``topic_at`` maps the tokens that name a topic to it."""
    heads: set[int] = set()
    topic_at = topic_at or {}
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
                (_CONCESSION_AFTER_MAIS.match(after) or any(rx.search(after) for rx in lex.reservations)) and \
                not _about_another_topic(t, sent, topic_at):
            heads.update(x.i for x in doc[sent.start: t.i] if x.pos_ in ("VERB", "ADJ", "AUX"))
        # "Je ne suis pas hostile au logiciel libre, ..., mais je juge la migration précipitée":
        # a backing by litotes that a "mais" takes back in part
        if t.pos_ == "ADJ" and lemma(t) in _LITOTES and any(fold(c.text) in ("pas", "nullement", "aucunement")
                                                           for c in t.children if c.dep_ == "advmod"):
            mais = next((x for x in doc[t.i + 1: sent.end] if fold(x.text) == "mais"), None)
            if mais is not None and not _about_another_topic(mais, sent, topic_at):
                heads.update((t.i, t.head.i))
    if any(rx.search(fold(sent.text)) for rx in lex.split_views):
        # "Plus nuancé, le sénateur X se dit favorable à Y", "elle se montre plus partagée :
        # ...": the journalist says the view is split, so whatever it backs or rejects is mixed
        heads.update(t.i for t in sent if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN"))
    # "à la fois X et Y" means "both X and Y": no concession
    return heads


def _about_another_topic(mais, sent, topic_at: dict[int, str]) -> bool:
    """'X a voté la fibre, mais il s'est montré sceptique sur la consultation': the reservation
    names a topic the clause before did not, so it takes nothing back from that clause."""
    before = {tp for i, tp in topic_at.items() if sent.start <= i < mais.i}
    after = {tp for i, tp in topic_at.items() if mais.i < i < sent.end}
    return bool(after - before)


# adjectives of rejection whose negation is a guarded backing ("pas hostile à")
_LITOTES = {"hostile", "oppose", "defavorable"}

# what follows ", mais" when it takes back part of what came before (not "mais pas Y": a contrast)
_CONCESSION_AFTER_MAIS = re.compile(
    r"(?:il faut|il faudra|il faudrait|on doit|nous devons|je refuse|je ne|pas a (?:n'importe quel|tout) prix|"
    r"sans (?:naivete|angelisme)|a condition|sous (?:reserve|conditions)|attention|avec (?:des|quelques) (?:limites|garde-fous|reserves))"
    r"(?: aussi| egalement)?")
