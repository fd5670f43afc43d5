"""Sentence-level stances -> one document-level position per (holder, topic)."""

from __future__ import annotations

from ..models import Position, Stance


def combine(polarities: list[str], split_side: str | None = None) -> str:
    """One polarity from a holder's sentence-level polarities on a topic, in text order.
    ``split_side``: where one backing sentence against one rejecting sentence falls on this
    topic, if anywhere ("support", "oppose", or "first": the side of the earlier one)."""
    kinds = set(polarities)
    if "mixed" in kinds:
        return "mixed"  # a sentence that concedes ("tout en", "mais il faut aussi") says so itself
    if split_side and polarities.count("support") == 1 and polarities.count("oppose") == 1:
        # on a topic nearly everyone takes one side of (fighting online crime, broadband for
        # all), one sentence against one is more often a misread sentence than a mixed view;
        # on the Hadopi and the global licence, the first of the two (the lede's "veut abroger
        # la Hadopi", before a misread nuance) is more often the view
        if split_side == "first":
            return next(p for p in polarities if p in ("support", "oppose"))
        return split_side
    if {"support", "oppose"} <= kinds:
        # one stray sentence against several does not make a position mixed: a side that
        # outweighs the other two to one wins
        sup, opp = polarities.count("support"), polarities.count("oppose")
        if sup >= 2 * opp:
            return "support"
        if opp >= 2 * sup:
            return "oppose"
        return "mixed"
    for k in ("support", "oppose", "neutral"):
        if k in kinds:
            return k
    return "neutral"


def positions(stances: list[Stance], split_sides: dict[str, str] | None = None) -> list[Position]:
    groups: dict[tuple[str, str], list[Stance]] = {}
    for s in stances:
        groups.setdefault((s.holder, s.topic), []).append(s)
    out = []
    for (holder, topic), group in groups.items():
        group.sort(key=lambda s: (s.evidence.start, s.evidence.end))
        whole = [s.polarity for s in group if not s.part]
        if any(s.part for s in group) and whole and combine(whole) == "oppose":
            # "la Haute Autorité sera supprimée, et la coupure avec elle": the repeal of the
            # whole settles it; a part rejected only makes a reform otherwise
            polarity = "oppose"
        else:
            polarity = combine([s.polarity for s in group], (split_sides or {}).get(topic))
        agreeing = [s.confidence for s in group if s.polarity == polarity] or [s.confidence for s in group]
        # more agreeing evidence raises confidence a little; mixed positions are less certain
        conf = max(agreeing) + 0.05 * (len(agreeing) - 1)
        if polarity == "mixed":
            conf = sum(s.confidence for s in group) / len(group)
        out.append(Position(holder, topic, polarity, round(min(conf, 0.95), 3), tuple(group)))
    out.sort(key=lambda p: (p.stances[0].evidence.start, p.holder, p.topic))
    return out
