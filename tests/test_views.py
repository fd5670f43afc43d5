"""views: a real in-memory store (the queries' hand-made fixture graph) -> the page of each view."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from stancegraph import rdf
from stancegraph.store import open_store
from stancegraph.views import ViewError, view_graph, write_view

FIXTURE = Path(__file__).with_name("test_queries_fixture.trig")


@pytest.fixture(scope="module")
def store():
    s = open_store("memory:")
    graphs = defaultdict(list)
    for quad in ox.parse(path=str(FIXTURE)):
        graphs[quad.graph_name].append(quad.triple)
    for graph, triples in graphs.items():
        s.replace_graph(graph, triples)
    for graph, triples in rdf.vocabulary_graphs():
        s.replace_graph(graph, triples)
    yield s
    s.close()


def page_data(path):
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="sg-data">(.*?)</script>', text, re.S).group(1))


@pytest.mark.parametrize(
    "view, kwargs",
    [("positions", {}), ("agreement", {}), ("topic", {"topic": "hadopi-law"}), ("candidate", {"candidate": "Claire Vasseur"})],
)
def test_each_view_writes_a_page_with_the_graph(store, tmp_path, view, kwargs):
    g = view_graph(store, view, **kwargs)
    summary = write_view(store, tmp_path / "g.html", view=view, **kwargs)
    data = page_data(tmp_path / "g.html")
    assert data["view"] == view and len(data["nodes"]) == g.number_of_nodes() > 1
    assert len(data["edges"]) == g.number_of_edges()
    assert f"{view} view" in summary and str(tmp_path / "g.html") in summary


def test_positions_view_carries_the_stored_quotes_and_stances(store):
    g = view_graph(store, "positions")
    hadopi = {g.nodes[b]["label"]: d for _, b, d in g.edges("topic:hadopi-law", data=True)}
    assert hadopi["Claire Vasseur"]["stance"] == "oppose"
    assert next(d for name, d in hadopi.items() if "Benali" in name)["stance"] == "mixed"
    # Every quote of both documents, not only the best one per position, newest first.
    quotes = hadopi["Claire Vasseur"]["quotes"]
    assert quotes[0] == "Hadopi doit disparaître."
    assert {"La riposte graduée n'a rien réglé.", "Je veux abroger la loi Hadopi dès l'été."} <= set(quotes)
    assert hadopi["Claire Vasseur"]["files"] == ["vasseur-questionnaire-2011.txt", "vasseur-tribune-2012.txt"]


def test_names_and_topics_are_matched_loosely_and_errors_say_what_exists(store):
    g = view_graph(store, "candidate", candidate="claire VASSEUR")
    assert g.graph["focus"] == "candidate:Claire Vasseur"
    assert view_graph(store, "topic", topic="loi hadopi").graph["focus"] == "topic:hadopi-law"
    with pytest.raises(ViewError, match="no candidate 'Personne'.*Claire Vasseur"):
        view_graph(store, "candidate", candidate="Personne")
    with pytest.raises(ViewError, match="no position on topic 'nope'.*hadopi-law"):
        view_graph(store, "topic", topic="nope")
    with pytest.raises(ViewError, match="unknown view"):
        view_graph(store, "map")


def test_an_empty_store_says_to_build_first(tmp_path):
    with open_store("memory:") as empty, pytest.raises(ViewError, match="stancegraph build"):
        write_view(empty, tmp_path / "g.html")
