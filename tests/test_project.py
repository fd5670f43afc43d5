"""project: position rows -> networkx graphs."""

from __future__ import annotations

import time

import pytest

from stancegraph import project
from synthetic import row, small_rows

C = project.candidate_id
T = project.topic_id


def test_positions_graph_has_one_edge_per_candidate_topic_with_all_evidence():
    g = project.positions_graph(small_rows())
    kinds = {n: d["kind"] for n, d in g.nodes(data=True)}
    assert sorted(n for n, k in kinds.items() if k == "candidate") == [C("Hugo Bernard"), C("Inès Petit"), C("Léa Martin")]
    assert sorted(n for n, k in kinds.items() if k == "topic") == [T("copyright"), T("global-license"), T("hadopi-law"), T("net-neutrality")]
    assert g.number_of_edges() == 10  # 11 rows, two of them on the same pair
    e = g.edges[C("Léa Martin"), T("hadopi-law")]
    assert (e["stance"], e["confidence"]) == ("oppose", 0.8)
    assert e["quotes"] == ["Je demanderai l'abrogation de cette loi inutile."]
    assert e["sources"] == ["https://example.org/entretien"] and e["dates"] == ["2024-05-02"]
    assert g.nodes[T("hadopi-law")]["label"] == "Loi Hadopi"
    assert g.nodes[T("net-neutrality")]["group"] == "internet-freedoms"
    assert g.nodes[T("net-neutrality")]["group_label"] == "Libertés sur Internet"


def test_conflicting_documents_make_a_mixed_edge_that_keeps_both_quotes_newest_first():
    e = project.positions_graph(small_rows()).edges[C("Inès Petit"), T("copyright")]
    assert e["stance"] == "mixed"
    assert [ev["stance"] for ev in e["evidence"]] == ["oppose", "support"]  # 2024 before 2023
    assert [ev["attribution"] for ev in e["evidence"]] == ["reported", "said"]
    assert e["files"] == ["radio.txt", "tribune.html"]
    assert e["sources"] == ["https://example.org/entretien"]  # the empty URL is not a source


@pytest.mark.parametrize(
    "stances, expected",
    [(["support", "neutral"], "support"), (["neutral", "neutral"], "neutral"), (["oppose", "mixed"], "oppose"),
     (["mixed"], "mixed"), (["support", "oppose", "neutral"], "mixed")],
)
def test_stances_combine(stances, expected):
    rows = [row("Léa Martin", "hadopi-law", s, f"citation {i}", file=f"f{i}.txt") for i, s in enumerate(stances)]
    assert project.positions_graph(rows).edges[C("Léa Martin"), T("hadopi-law")]["stance"] == expected


def test_duplicate_rows_do_not_duplicate_quotes():
    r = row("Léa Martin", "hadopi-law", "oppose", "Une seule citation.")
    e = project.positions_graph([r, dict(r), dict(r)]).edges[C("Léa Martin"), T("hadopi-law")]
    assert e["quotes"] == ["Une seule citation."]


def test_groups_argument_overrides_missing_row_groups():
    r = row("Léa Martin", "hadopi-law", "oppose", "q", group="", group_label="")
    g = project.positions_graph([r], groups={"hadopi-law": ("culture-and-creation", "Culture")})
    assert g.nodes[T("hadopi-law")]["group_label"] == "Culture"


def test_proposals_become_nodes_linked_to_candidate_and_topics():
    proposals = [
        {"candidate": "Léa Martin", "topics": "global-license copyright", "evidence": "Je propose une contribution créative.", "file": "entretien.txt"},
        {"candidate": "Léa Martin", "topics": ["digital-divide"], "evidence": "Je propose un droit à la connexion.", "file": "entretien.txt"},
    ]
    g = project.positions_graph(small_rows(), proposals=proposals)
    props = [n for n, d in g.nodes(data=True) if d["kind"] == "proposal"]
    assert len(props) == 2
    first = next(p for p in props if g.nodes[p]["quote"].startswith("Je propose une contribution"))
    assert g.edges[C("Léa Martin"), first]["kind"] == "proposes"
    assert {n for n in g[first] if n.startswith("topic:")} == {T("global-license"), T("copyright")}
    assert g.nodes[T("digital-divide")]["kind"] == "topic"  # a topic known only from a proposal


@pytest.mark.parametrize("bad, message", [({"stance": "pour"}, "stance 'pour'"), ({"candidate": ""}, "no 'candidate'")])
def test_bad_rows_fail_with_a_clear_message(bad, message):
    r = {**row("Léa Martin", "hadopi-law", "oppose", "q"), **bad}
    with pytest.raises(ValueError, match=message):
        project.positions_graph([r])


def test_agreement_graph_counts_agreements_minus_disagreements():
    g = project.agreement_graph(small_rows())
    lh = g.edges[C("Léa Martin"), C("Hugo Bernard")]
    assert sorted(lh["agree"]) == ["hadopi-law", "net-neutrality"] and lh["disagree"] == ["global-license"]
    assert lh["weight"] == 1 and lh["shared"] == 3
    li = g.edges[C("Léa Martin"), C("Inès Petit")]
    assert sorted(li["disagree"]) == ["global-license", "hadopi-law"] and li["other"] == ["net-neutrality"]
    assert li["weight"] == -2
    hi = g.edges[C("Hugo Bernard"), C("Inès Petit")]
    assert (hi["agree"], hi["disagree"], hi["weight"]) == (["global-license"], ["hadopi-law"], 0)
    assert g.graph["topic_labels"]["hadopi-law"] == "Loi Hadopi"


def test_agreement_graph_keeps_candidates_without_shared_topics():
    rows = small_rows() + [row("Noé Garnier", "cybercrime", "support", "q")]
    g = project.agreement_graph(rows)
    assert C("Noé Garnier") in g and g.degree(C("Noé Garnier")) == 0
    assert project.agreement_graph(small_rows(), min_shared=4).number_of_edges() == 0


def test_agreement_matrix_matches_the_graph():
    names, m = project.agreement_matrix(small_rows())
    assert names == ["Hugo Bernard", "Inès Petit", "Léa Martin"]
    g = project.agreement_graph(small_rows())
    for i, a in enumerate(names):
        for j, b in enumerate(names):
            if i != j:
                assert m[i][j] == m[j][i] == g.edges[C(a), C(b)]["weight"]
    assert [m[i][i] for i in range(3)] == [3, 2, 3]  # decided positions: Inès is neutral on one, mixed on one


def test_topic_graph_is_the_topic_and_its_candidates():
    g = project.topic_graph(small_rows(), "hadopi-law")
    assert g.graph["view"] == "topic" and g.graph["focus"] == T("hadopi-law")
    assert set(g) == {T("hadopi-law"), C("Léa Martin"), C("Hugo Bernard"), C("Inès Petit")}
    assert "Loi Hadopi" in g.graph["title"]
    with pytest.raises(KeyError, match="no position on topic 'nope'.*hadopi-law"):
        project.topic_graph(small_rows(), "nope")


def test_candidate_graph_shows_the_closest_others_and_says_who_is_left_out():
    g = project.candidate_graph(small_rows(), "Léa Martin", max_others=1)
    cands = {n for n, d in g.nodes(data=True) if d["kind"] == "candidate"}
    assert cands == {C("Léa Martin"), C("Hugo Bernard")}  # Hugo shares 3 topics, Inès 3: tie -> by name
    assert T("copyright") not in g  # not one of Léa's topics
    assert g.graph["notes"] and "1 other candidates" in g.graph["notes"][0]
    with pytest.raises(KeyError, match="Léa Martin"):
        project.candidate_graph(small_rows(), "Personne")


def test_communities_and_betweenness_find_camps_and_the_bridge():
    # Two camps of three that agree inside and disagree across (t3..t6); "Pont" agrees with
    # each camp more than it disagrees, so every path between the camps goes through Pont.
    rows = []
    for topic in ["t1", "t2", "t3", "t4", "t5", "t6"]:
        for name in ["A1", "A2", "A3"]:
            rows.append(row(name, topic, "support", "q"))
        for name in ["B1", "B2", "B3"]:
            rows.append(row(name, topic, "support" if topic in ("t1", "t2") else "oppose", "q"))
    rows += [row("Pont", "t1", "support", "q"), row("Pont", "t2", "support", "q"),
             row("Pont", "t3", "support", "q"), row("Pont", "t4", "oppose", "q")]
    g = project.agreement_graph(rows)
    camps = project.communities(g)
    a_side = next(c for c in camps if C("A1") in c)
    b_side = next(c for c in camps if C("B1") in c)
    assert {C("A1"), C("A2"), C("A3")} <= a_side and {C("B1"), C("B2"), C("B3")} <= b_side and a_side != b_side
    ranking = project.betweenness(g)
    assert ranking[0][0] == C("Pont") and ranking[0][1] > 0
    assert all(score == 0 for name, score in ranking if name != C("Pont"))


def test_synthetic_rows_are_deterministic_and_capped():
    a = project.synthetic_rows(5, 30, seed=3)
    assert a == project.synthetic_rows(5, 30, seed=3) and len(a) == 30
    assert len({(r["candidate"], r["topic"]) for r in a}) == 30
    assert len(project.synthetic_rows(2, 100, n_topics=5)) == 10


def test_500_candidates_5000_positions_project_in_seconds():
    rows = project.synthetic_rows(500, 5000, seed=1)
    start = time.perf_counter()
    g = project.positions_graph(rows)
    a = project.agreement_graph(rows)
    project.betweenness(a)
    elapsed = time.perf_counter() - start
    assert g.number_of_edges() == 5000 and a.number_of_nodes() == 500
    assert elapsed < 60, f"projection took {elapsed:.1f}s"  # ~5 s on 2 cores; generous for loaded CI


def test_latest_takes_the_newest_documents_stance():
    rows = small_rows()
    assert project.positions_graph(rows, combine="latest").edges[C("Inès Petit"), T("copyright")]["stance"] == "oppose"
    changed = [row("Léa Martin", "hadopi-law", "support", "q1", date="2020-01-01", file="a.txt"),
               row("Léa Martin", "hadopi-law", "oppose", "q2", date="2023-01-01", file="b.txt"),
               row("Hugo Bernard", "hadopi-law", "support", "q3")]
    assert project.agreement_graph(changed).edges[C("Léa Martin"), C("Hugo Bernard")]["weight"] == 0  # mixed
    assert project.agreement_graph(changed, combine="latest").edges[C("Léa Martin"), C("Hugo Bernard")]["weight"] == -1
    names, m = project.agreement_matrix(changed, combine="latest")
    assert m[names.index("Léa Martin")][names.index("Hugo Bernard")] == -1
    with pytest.raises(ValueError, match="combine must be one of all, latest"):
        project.stance_table(changed, combine="first")


def test_agreement_graph_says_when_there_is_nothing_to_compare():
    one = project.agreement_graph([row("Léa Martin", "hadopi-law", "oppose", "q")])
    assert one.number_of_nodes() == 1 and "only one candidate" in one.graph["notes"][0]
    apart = project.agreement_graph([row("Léa Martin", "hadopi-law", "oppose", "q"), row("Hugo Bernard", "copyright", "support", "q")])
    assert "no two candidates took a position on the same topic" in apart.graph["notes"][0]
    assert project.agreement_graph(small_rows()).graph["notes"] == []
