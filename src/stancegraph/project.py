"""Position rows -> networkx graphs: who stands where, who agrees with whom.

Pure functions over plain rows (dicts as returned by the ``positions`` named query, see
docs/architecture.md "position rows"); no store, no I/O. Every graph carries in
``g.graph`` its ``view`` name, a human ``title`` and ``notes`` (what was left out and why),
which ``stancegraph.viz`` shows on the page.

Node ids are prefixed by kind so that a candidate and a topic can never collide:
``candidate:<name>``, ``topic:<notation>``, ``proposal:<n>``.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations
from typing import Any

import networkx as nx

STANCES: tuple[str, ...] = ("support", "oppose", "mixed", "neutral")
# Only these two take a side; "mixed" and "neutral" neither agree nor disagree with anything.
DECIDED = ("support", "oppose")

Row = Mapping[str, Any]


def candidate_id(name: str) -> str:
    return f"candidate:{name}"


def topic_id(notation: str) -> str:
    return f"topic:{notation}"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _confidence(value: Any) -> float:
    try:
        c = float(value)
    except (TypeError, ValueError):
        return 0.0
    return min(1.0, max(0.0, c))


def _combine(stances: Iterable[str]) -> str:
    """One stance for a candidate-topic pair seen in several documents or quotes.

    Conflicting sides make "mixed"; a side beats neutral (saying more elsewhere is not a
    contradiction).
    """
    seen = set(stances)
    sides = seen & set(DECIDED)
    if len(sides) == 2 or (not sides and "mixed" in seen):
        return "mixed"
    if sides:
        return sides.pop()
    return "neutral"


def _check_row(row: Row, i: int) -> None:
    for key in ("candidate", "topic", "stance"):
        if not row.get(key):
            raise ValueError(f"position row {i} has no {key!r}: {dict(row)!r}")
    if row["stance"] not in STANCES:
        raise ValueError(
            f"position row {i} has stance {row['stance']!r}; expected one of {', '.join(STANCES)}"
        )


COMBINE = ("all", "latest")


def stance_table(rows: Iterable[Row], *, combine: str = "all") -> dict[tuple[str, str], dict[str, Any]]:
    """Group rows by (candidate, topic): one combined stance with all its evidence.

    Takes ``positions`` rows (one quote per position) or ``positions-evidence`` rows (one
    row per quote, with ``statement_stance``/``statement_confidence`` for the quote itself).
    Returns ``{(candidate, topic): {"stance", "confidence", "topic_label", "topic_group",
    "topic_group_label", "evidence": [ {quote, file, source_url, date, attribution, stance,
    confidence, position} ...]}}``. Duplicate (quote, file) pairs are kept once.

    A candidate-topic pair seen in several documents gets one stance from the positions' own
    stances: ``combine="all"`` (default) makes opposite sides "mixed", a side beating
    neutral; ``combine="latest"`` takes the newest document's stance (by date, then
    confidence), as the ``agreement-matrix`` query does. Evidence is kept whole either way.
    """
    if combine not in COMBINE:
        raise ValueError(f"combine must be one of {', '.join(COMBINE)}, not {combine!r}")
    table: dict[tuple[str, str], dict[str, Any]] = {}
    for i, row in enumerate(rows):
        _check_row(row, i)
        key = (str(row["candidate"]), str(row["topic"]))
        entry = table.get(key)
        if entry is None:
            entry = table[key] = {
                "topic_label": _text(row.get("topic_label")) or key[1],
                "topic_group": _text(row.get("topic_group")),
                "topic_group_label": _text(row.get("topic_group_label")),
                "evidence": [],
                "_seen": set(),
                "_positions": {},  # position stance -> best position confidence
                "_latest": ("", -1.0, "neutral"),  # (date, confidence, stance) of the newest position
            }
        if not entry["topic_group"] and row.get("topic_group"):
            entry["topic_group"] = _text(row.get("topic_group"))
            entry["topic_group_label"] = _text(row.get("topic_group_label"))
        stance, confidence = row["stance"], _confidence(row.get("confidence"))
        entry["_positions"][stance] = max(confidence, entry["_positions"].get(stance, 0.0))
        entry["_latest"] = max(entry["_latest"], (_text(row.get("date")), confidence, stance))
        quote = _text(row.get("evidence"))
        mark = (quote, _text(row.get("file")))
        if mark in entry["_seen"]:
            continue
        entry["_seen"].add(mark)
        own = row.get("statement_stance")
        entry["evidence"].append(
            {
                "quote": quote,
                "file": _text(row.get("file")),
                "source_url": _text(row.get("source_url")),
                "date": _text(row.get("date")),
                "attribution": _text(row.get("attribution")) or "said",
                "stance": own if own in STANCES else stance,
                "confidence": _confidence(row["statement_confidence"]) if row.get("statement_confidence") is not None else confidence,
                "position": _text(row.get("position")),
            }
        )
    for entry in table.values():
        del entry["_seen"]
        positions, latest = entry.pop("_positions"), entry.pop("_latest")
        entry["stance"] = latest[2] if combine == "latest" else _combine(positions)
        entry["confidence"] = positions.get(entry["stance"], max(positions.values()))
        # Newest first: the latest statement is the one a reader checks first.
        entry["evidence"].sort(key=lambda e: (e["date"], e["confidence"]), reverse=True)
    return table


def _add_candidate(g: nx.Graph, name: str) -> str:
    node = candidate_id(name)
    if node not in g:
        g.add_node(node, kind="candidate", label=name, name=name)
    return node


def _add_topic(g: nx.Graph, notation: str, label: str, group: str, group_label: str) -> str:
    node = topic_id(notation)
    if node not in g:
        g.add_node(
            node,
            kind="topic",
            label=label or notation,
            notation=notation,
            group=group,
            group_label=group_label or group,
        )
    elif group and not g.nodes[node].get("group"):
        g.nodes[node].update(group=group, group_label=group_label or group)
    return node


def _proposal_topics(value: Any) -> list[str]:
    # The proposals query may give a list or a GROUP_CONCAT string ("a b" or "a,b").
    if value is None:
        return []
    if isinstance(value, str):
        return [t for t in value.replace(",", " ").split() if t]
    return [str(t) for t in value]


def positions_graph(
    rows: Iterable[Row],
    *,
    proposals: Iterable[Row] | None = None,
    groups: Mapping[str, tuple[str, str]] | None = None,
    combine: str = "all",
) -> nx.Graph:
    """The candidate-topic graph: one edge per (candidate, topic) with all its evidence.

    * candidate nodes: ``kind="candidate"``, ``label``; topic nodes: ``kind="topic"``,
      ``label``, ``notation``, ``group``/``group_label`` (the broader topic, from the rows'
      ``topic_group`` columns or from ``groups={notation: (group, group_label)}``).
    * edges: ``kind="stance"``, ``stance``, ``confidence``, ``evidence`` (list of dicts with
      quote, file, source_url, date, attribution, stance, confidence), plus ``quotes``,
      ``sources``, ``dates`` for quick access.
    * ``proposals`` rows (candidate, topics, evidence, file[, source_url, date]) add
      ``kind="proposal"`` nodes linked to their candidate (``kind="proposes"``) and to each
      topic they are about (``kind="about"``).
    * ``combine``: how several documents' stances on one pair combine (see ``stance_table``).
    """
    g = nx.Graph(view="positions", title="Positions", notes=[])
    groups = dict(groups or {})
    for (cand, topic), entry in stance_table(rows, combine=combine).items():
        group, group_label = groups.get(topic, (entry["topic_group"], entry["topic_group_label"]))
        c = _add_candidate(g, cand)
        t = _add_topic(g, topic, entry["topic_label"], group, group_label)
        ev = entry["evidence"]
        g.add_edge(
            c,
            t,
            kind="stance",
            stance=entry["stance"],
            confidence=entry["confidence"],
            evidence=ev,
            quotes=[e["quote"] for e in ev],
            sources=sorted({e["source_url"] for e in ev if e["source_url"]}),
            dates=sorted({e["date"] for e in ev if e["date"]}),
            files=sorted({e["file"] for e in ev if e["file"]}),
        )
    if proposals is not None:
        _add_proposals(g, proposals, groups)
    return g


def _add_proposals(g: nx.Graph, proposals: Iterable[Row], groups: Mapping[str, tuple[str, str]]) -> None:
    seen: dict[tuple[str, str], str] = {}
    for i, row in enumerate(proposals):
        cand, quote = _text(row.get("candidate")), _text(row.get("evidence"))
        if not cand or not quote:
            raise ValueError(f"proposal row {i} needs 'candidate' and 'evidence': {dict(row)!r}")
        key = (cand, quote)
        node = seen.get(key)
        if node is None:
            node = seen[key] = f"proposal:{len(seen) + 1}"
            short = quote if len(quote) <= 60 else quote[:57].rstrip() + "…"
            g.add_node(
                node,
                kind="proposal",
                label=short,
                quote=quote,
                candidate=cand,
                file=_text(row.get("file")),
                source_url=_text(row.get("source_url")),
                date=_text(row.get("date")),
                confidence=_confidence(row.get("confidence")) if row.get("confidence") is not None else None,
            )
            g.add_edge(_add_candidate(g, cand), node, kind="proposes")
        for topic in _proposal_topics(row.get("topics")):
            t = topic_id(topic)
            if t not in g:
                group, group_label = groups.get(topic, ("", ""))
                _add_topic(g, topic, topic, group, group_label)
            g.add_edge(node, t, kind="about")


def _decided(table: Mapping[tuple[str, str], Mapping[str, Any]]) -> dict[str, dict[str, str]]:
    """{topic: {candidate: stance}} for every candidate-topic pair, all stances included."""
    by_topic: dict[str, dict[str, str]] = defaultdict(dict)
    for (cand, topic), entry in table.items():
        by_topic[topic][cand] = entry["stance"]
    return by_topic


def agreement_graph(rows: Iterable[Row], *, min_shared: int = 1, combine: str = "all") -> nx.Graph:
    """Candidate-candidate graph over the topics both took a position on.

    Edge attributes: ``agree`` (topics where both support or both oppose), ``disagree``
    (one supports, the other opposes), ``other`` (shared topics where either is mixed or
    neutral), ``weight = len(agree) - len(disagree)``, ``shared`` (count of all shared
    topics), ``kind="agreement"``. Pairs sharing fewer than ``min_shared`` topics get no
    edge. Every candidate is a node, even one with no shared topic. ``combine``: see
    ``stance_table`` ("latest" compares each candidate's newest stance per topic).
    """
    table = stance_table(rows, combine=combine)
    labels = {topic: e["topic_label"] for (_, topic), e in table.items()}
    g = nx.Graph(view="agreement", title="Agreement between candidates", notes=[], topic_labels=labels)
    pairs: dict[tuple[str, str], dict[str, list[str]]] = {}
    for cand, _ in table:
        _add_candidate(g, cand)
    for topic, stances in sorted(_decided(table).items()):
        for a, b in combinations(sorted(stances), 2):
            sa, sb = stances[a], stances[b]
            bucket = pairs.setdefault((a, b), {"agree": [], "disagree": [], "other": []})
            if sa in DECIDED and sb in DECIDED:
                bucket["agree" if sa == sb else "disagree"].append(topic)
            else:
                bucket["other"].append(topic)
    for (a, b), bucket in pairs.items():
        shared = len(bucket["agree"]) + len(bucket["disagree"]) + len(bucket["other"])
        if shared < min_shared:
            continue
        g.add_edge(
            candidate_id(a),
            candidate_id(b),
            kind="agreement",
            weight=len(bucket["agree"]) - len(bucket["disagree"]),
            shared=shared,
            **bucket,
        )
    if g.number_of_edges() == 0:
        why = "only one candidate has positions" if g.number_of_nodes() < 2 else "no two candidates took a position on the same topic"
        g.graph["notes"].append(f"Nothing to compare yet: {why}. Add documents where other candidates answer the same questions.")
    return g


def agreement_matrix(rows: Iterable[Row], *, combine: str = "all") -> tuple[list[str], list[list[int]]]:
    """Candidate names (sorted) and the square matrix of agreements minus disagreements.

    The diagonal holds each candidate's number of decided (support/oppose) positions: the
    agreement of a candidate with themself. ``pandas.DataFrame(m, index=names,
    columns=names)`` turns it into a table. ``combine``: see ``stance_table``.
    """
    table = stance_table(rows, combine=combine)
    names = sorted({cand for cand, _ in table})
    index = {n: i for i, n in enumerate(names)}
    m = [[0] * len(names) for _ in names]
    for topic, stances in _decided(table).items():
        sided = [(c, s) for c, s in stances.items() if s in DECIDED]
        for c, _ in sided:
            m[index[c]][index[c]] += 1
        for (a, sa), (b, sb) in combinations(sided, 2):
            d = 1 if sa == sb else -1
            m[index[a]][index[b]] += d
            m[index[b]][index[a]] += d
    return names, m


def topic_graph(rows: Iterable[Row], notation: str, **kwargs: Any) -> nx.Graph:
    """Who stands where on one topic: the topic and every candidate with a position on it."""
    rows = list(rows)
    mine = [r for r in rows if r.get("topic") == notation]
    if not mine:
        known = sorted({str(r.get("topic")) for r in rows})
        hint = ", ".join(known[:20]) + (" ..." if len(known) > 20 else "")
        raise KeyError(f"no position on topic {notation!r}; topics with positions: {hint or 'none'}")
    proposals = kwargs.pop("proposals", None)
    if proposals is not None:
        proposals = [p for p in proposals if notation in _proposal_topics(p.get("topics"))]
    g = positions_graph(mine, proposals=proposals, **kwargs)
    label = g.nodes[topic_id(notation)]["label"]
    g.graph.update(view="topic", title=f"Who stands where on: {label}", focus=topic_id(notation))
    return g


def candidate_graph(rows: Iterable[Row], name: str, *, max_others: int = 25, **kwargs: Any) -> nx.Graph:
    """One candidate's positions, with the candidates closest to them on the same topics.

    The other candidates shown are the ``max_others`` who share the most topics with
    ``name`` (ties by name); the rest are counted in ``g.graph["notes"]``.
    """
    rows = list(rows)
    own = [r for r in rows if r.get("candidate") == name]
    if not own:
        known = sorted({str(r.get("candidate")) for r in rows})
        hint = ", ".join(known[:20]) + (" ..." if len(known) > 20 else "")
        raise KeyError(f"no position for candidate {name!r}; candidates: {hint or 'none'}")
    topics = {r["topic"] for r in own}
    shared: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r.get("topic") in topics and r.get("candidate") != name:
            shared[r["candidate"]].add(r["topic"])
    ranked = sorted(shared, key=lambda c: (-len(shared[c]), c))
    keep = {name, *ranked[:max_others]}
    proposals = kwargs.pop("proposals", None)
    if proposals is not None:
        proposals = [p for p in proposals if p.get("candidate") == name]
    g = positions_graph(
        [r for r in rows if r.get("candidate") in keep and r.get("topic") in topics],
        proposals=proposals,
        **kwargs,
    )
    g.graph.update(view="candidate", title=f"Where {name} stands, and who else", focus=candidate_id(name))
    left = len(ranked) - max_others
    if left > 0:
        g.graph["notes"].append(
            f"{left} other candidates with positions on these topics are not shown "
            f"(showing the {max_others} who share the most topics with {name})."
        )
    return g


def _positive(g: nx.Graph, weight: str) -> nx.Graph:
    # Disagreement is not closeness: community detection and shortest paths only follow
    # edges with a positive weight (edges without a weight count as 1).
    h = nx.Graph()
    h.add_nodes_from(g.nodes(data=True))
    for a, b, d in g.edges(data=True):
        w = d.get(weight, 1)
        if w > 0:
            h.add_edge(a, b, weight=w, distance=1.0 / w)
    return h


def communities(g: nx.Graph, *, weight: str = "weight", seed: int = 0) -> list[set[str]]:
    """Camps: Louvain communities over positive-weight edges, largest first.

    On an agreement graph these are groups of candidates who mostly agree. Deterministic for
    a given ``seed``.
    """
    h = _positive(g, weight)
    if h.number_of_edges() == 0:
        return [{n} for n in sorted(h)]
    found = nx.community.louvain_communities(h, weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(c)[0]))


def betweenness(g: nx.Graph, *, weight: str = "weight", budget: int = 3_000_000, seed: int = 0) -> list[tuple[str, float]]:
    """Who sits between camps: betweenness centrality, highest first.

    Paths follow positive-weight edges, a strong agreement being a short step (distance =
    1 / weight). Exact while nodes x edges stays under ``budget``; above, estimated from as
    many random source nodes as the budget allows (at least 20), so that 500 candidates
    (125,000 pairs) take seconds, not minutes. Deterministic for a given ``seed``.
    """
    h = _positive(g, weight)
    n, m = h.number_of_nodes(), max(1, h.number_of_edges())
    k = None if n * m <= budget else max(20, min(n, budget // m))
    scores = nx.betweenness_centrality(h, k=k, weight="distance", seed=seed if k else None)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def synthetic_rows(n_candidates: int, n_positions: int, seed: int = 0, *, n_topics: int = 20) -> list[dict[str, Any]]:
    """Made-up position rows for tests and benchmarks (fictional names, no real text).

    Each candidate leans to a camp, so agreement graphs have structure. Caps
    ``n_positions`` at ``n_candidates * n_topics``.
    """
    rng = random.Random(seed)
    n_groups = max(1, min(6, n_topics // 3))
    topics = [(f"topic-{i:03d}", f"Sujet {i}", f"group-{i % n_groups}", f"Groupe {i % n_groups}") for i in range(n_topics)]
    camps = [{t[0]: rng.choice(DECIDED) for t in topics} for _ in range(3)]
    pairs = [(c, t) for c in range(n_candidates) for t in range(n_topics)]
    rng.shuffle(pairs)
    rows = []
    for c, t in sorted(pairs[:n_positions]):
        notation, label, group, group_label = topics[t]
        camp = camps[c % len(camps)]
        roll = rng.random()
        stance = camp[notation] if roll < 0.7 else rng.choice(STANCES)
        name = f"Candidat·e {c:03d}"
        rows.append(
            {
                "candidate": name,
                "topic": notation,
                "topic_label": label,
                "topic_group": group,
                "topic_group_label": group_label,
                "stance": stance,
                "confidence": round(0.5 + rng.random() / 2, 2),
                "evidence": f"Sur le {label.lower()}, {name} déclare une position {stance} (phrase inventée n°{len(rows)}).",
                "file": f"doc-{c:03d}.txt",
                "source_url": f"https://example.org/entretien/{c}",
                "date": f"20{10 + t % 10:02d}-0{1 + c % 9}-1{t % 10}",
                "attribution": "said" if roll < 0.9 else "reported",
                "position": f"https://w3id.org/stancegraph/position/{c}-{t}",
            }
        )
    return rows
