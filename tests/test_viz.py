"""viz: the page is one offline file, carries the whole graph, and never lets document text become markup."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from stancegraph import project, viz
from synthetic import HOSTILE, hostile_rows, small_rows


class Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []  # (tag, attrs)
        self.data = {}  # id of <script type=application/json> -> text
        self._json_id = None
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script" and attrs.get("type") == "application/json":
            self._json_id = attrs.get("id")
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._json_id = None
        self._in_title = False

    def handle_data(self, data):
        if self._json_id:
            self.data[self._json_id] = self.data.get(self._json_id, "") + data
        if self._in_title:
            self.title += data


def parse(html):
    p = Tags()
    p.feed(html)
    return p


def own_part(html):
    """The page without the vendored vis-network code (which has its own SVG/markup strings)."""
    for name in ("vis-network.min.js", "vis-network.css"):
        asset = viz._vis_asset(name)
        assert asset in html
        html = html.replace(asset, "")
    return html


def page_data(html):
    return json.loads(parse(html).data["sg-data"])


@pytest.fixture(scope="module")
def hostile_page():
    g = project.positions_graph(hostile_rows())
    return g, viz.render_html(g, title="<script>window.__xss=1</script> Qui pense quoi ?")


def test_page_loads_nothing_from_outside(hostile_page):
    _, html = hostile_page
    tags = parse(html).tags
    fetching = [(t, a) for t, a in tags if a.get("src") or a.get("href") or t in ("link", "iframe", "img", "object", "embed")]
    assert fetching == []
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "bootstrap" not in own_part(html).lower() and "cdn" not in own_part(html).lower()
    csp = [a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]
    # vis-network is really inline (its global is defined in the page).
    assert "vis-network" in html and len(html) > 400_000


def test_hostile_text_never_appears_as_markup(hostile_page):
    g, html = hostile_page
    for quote in HOSTILE:
        assert quote not in html
    # Only our own three scripts close: the data, vis-network and the page script.
    assert html.count("</script>") == 3
    own = own_part(html)
    assert "<svg" not in own and "<img" not in own and "<b>" not in own
    p = parse(html)
    assert p.title == "<script>window.__xss=1</script> Qui pense quoi ?"  # shown as text
    assert "<h1>&lt;script&gt;window.__xss=1&lt;/script&gt; Qui pense quoi ?</h1>" in html


def test_quotes_survive_the_round_trip_exactly(hostile_page):
    g, html = hostile_page
    data = page_data(html)
    quotes = {ev["q"] for e in data["edges"] for ev in e.get("ev", [])}
    for quote in HOSTILE:
        assert quote in quotes
    labels = {n["label"] for n in data["nodes"]}
    assert "Sujet <b>1</b>" in labels
    assert any(n["label"].startswith("<svg onload=") for n in data["nodes"])


@pytest.mark.parametrize("view", ["positions", "agreement", "topic", "candidate"])
def test_every_view_carries_the_whole_graph(view):
    rows = small_rows()
    g = {
        "positions": lambda: project.positions_graph(rows),
        "agreement": lambda: project.agreement_graph(rows),
        "topic": lambda: project.topic_graph(rows, "hadopi-law"),
        "candidate": lambda: project.candidate_graph(rows, "Inès Petit"),
    }[view]()
    data = page_data(viz.render_html(g))
    assert data["view"] == view
    assert len(data["nodes"]) == g.number_of_nodes() and len(data["edges"]) == g.number_of_edges()
    assert {n["id"] for n in data["nodes"]} == set(g.nodes)
    assert {frozenset((e["from"], e["to"])) for e in data["edges"]} == {frozenset(e) for e in g.edges}


def test_edges_are_styled_by_stance_and_sized_by_confidence():
    data = page_data(viz.render_html(project.positions_graph(small_rows())))
    style = viz.style()["stances"]
    by_stance = {}
    for e in data["edges"]:
        assert e["from"].startswith("candidate:") and e["to"].startswith("topic:")
        by_stance.setdefault(e["stance"], e)
        assert e["color"]["color"] == style[e["stance"]]["color"]
    assert set(by_stance) == {"support", "oppose", "mixed", "neutral"}
    assert by_stance["support"]["dashes"] is False and by_stance["mixed"]["dashes"] and by_stance["neutral"]["dashes"]
    assert len({s["color"] for s in style.values()}) == 4
    rows = [dict(r, confidence=c) for r, c in zip(small_rows(), [0.3, 0.9])]
    e1, e2 = page_data(viz.render_html(project.positions_graph(rows[:2])))["edges"]
    assert (e1["confidence"], e2["confidence"]) == (0.3, 0.9) and e1["width"] < e2["width"]


def test_topics_are_coloured_by_broader_group_and_listed_in_the_legend_data():
    data = page_data(viz.render_html(project.positions_graph(small_rows())))
    colours = {n["group_label"]: n["color"]["background"] for n in data["nodes"] if n["kind"] == "topic"}
    assert set(colours) == {"Culture et création en ligne", "Libertés sur Internet"}
    assert len(set(colours.values())) == 2
    assert {g["label"] for g in data["groups"]} == set(colours)


def test_write_html_writes_one_file_and_nothing_else(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = viz.write_html(project.positions_graph(small_rows()), tmp_path / "graph.html", title="t")
    assert out.is_file() and sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_write_html_reports_an_unwritable_path(tmp_path):
    with pytest.raises(viz.VizError, match="cannot write .*missing"):
        viz.write_html(project.positions_graph(small_rows()), tmp_path / "missing" / "graph.html")


def test_unknown_view_is_refused():
    with pytest.raises(viz.VizError, match="unknown view 'map'.*positions"):
        viz.render_html(project.positions_graph(small_rows()), view="map")


def test_large_graphs_keep_the_strongest_edges_and_say_so(monkeypatch):
    monkeypatch.setattr(viz, "MAX_EDGES", 100)
    rows = project.synthetic_rows(50, 400, seed=2)
    html = viz.render_html(project.positions_graph(rows))
    data = page_data(html)
    assert len(data["edges"]) == 100
    kept = min(e["confidence"] for e in data["edges"])
    assert kept >= sorted((r["confidence"] for r in rows), reverse=True)[99]
    assert "Showing the 100 strongest of 400 links" in html


def test_dense_agreement_graphs_keep_each_candidates_strongest_pairs(monkeypatch):
    monkeypatch.setattr(viz, "MAX_AGREEMENT_EDGES", 50)
    g = project.agreement_graph(project.synthetic_rows(40, 400, seed=2))
    html = viz.render_html(g)
    data = page_data(html)
    assert g.number_of_edges() > 50 and len(data["edges"]) < g.number_of_edges()
    assert "strongest agreements or disagreements" in html
    assert len(data["nodes"]) == 40  # every candidate still shown


def test_layout_effort_shrinks_for_big_graphs():
    small = page_data(viz.render_html(project.positions_graph(small_rows())))
    big = page_data(viz.render_html(project.positions_graph(project.synthetic_rows(500, 5000, seed=1))))
    assert small["options"]["layout"]["improvedLayout"] is True and small["freeze"] is False
    assert big["options"]["layout"]["improvedLayout"] is False and big["freeze"] is True
    assert big["options"]["physics"]["stabilization"]["iterations"] <= 300


def test_to_network_returns_a_pyvis_network():
    from pyvis.network import Network

    net = viz.to_network(project.positions_graph(small_rows()))
    assert isinstance(net, Network) and len(net.nodes) == 7 and len(net.edges) == 10


def test_inline_page_is_a_sandboxed_srcdoc_iframe_with_the_escaped_page(hostile_page):
    g, _ = hostile_page
    shown = viz.inline(g, title="Qui <b>pense</b> quoi ?", height=500)._repr_html_()
    p = parse(shown)
    (tag, attrs), = p.tags
    assert tag == "iframe" and attrs["sandbox"] == "allow-scripts allow-popups allow-popups-to-escape-sandbox"
    assert "height:500px" in attrs["style"]
    assert attrs["srcdoc"] == viz.render_html(g, title="Qui <b>pense</b> quoi ?")
