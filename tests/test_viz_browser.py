"""The page in Debian's real headless Chromium, network off: drawn, complete, and inert to hostile quotes.

Screenshots go to tests/artifacts/ (gitignored) for a human to look at.
"""

from __future__ import annotations

import html as htmllib
import time
from html.parser import HTMLParser
from urllib.parse import quote

import pytest

import browser
from stancegraph import project, viz
from synthetic import HOSTILE, hostile_rows

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not browser.available(), reason=f"{browser.CHROMIUM} not installed (apt-get install chromium)"),
]

PROPOSALS = [
    {"candidate": "Léa Martin", "topics": "global-license", "evidence": "Je propose une <i>contribution</i> créative.", "file": "entretien.txt"},
]

VIEWS = {
    "positions": lambda rows: project.positions_graph(rows, proposals=PROPOSALS),
    "agreement": lambda rows: project.agreement_graph(rows),
    "topic": lambda rows: project.topic_graph(rows, "hadopi-law"),
    "candidate": lambda rows: project.candidate_graph(rows, "Hugo Bernard"),
}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")


def links(dom):
    p = _Links()
    p.feed(dom)
    return p.hrefs


def hostile_edge(graph):
    """Id of the page edge carrying the first hostile quote (positions-like views)."""
    net = viz.to_network(graph)
    for e in net.edges:
        for ev in e.get("ev", []):
            if ev["q"] in HOSTILE:
                return e["id"], ev
    return None, None


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("pages")
    rows = hostile_rows()
    made = {}
    for view, build in VIEWS.items():
        g = build(rows)
        path = viz.write_html(g, out / f"{view}.html", title=f"<i>{view}</i> \" onload=\"document.documentElement.setAttribute('data-pwned','title')\"")
        edge, evidence = hostile_edge(g)
        fragment = f"edge={edge}" if edge else ""
        page = browser.load(path, fragment=fragment, screenshot=browser.ARTIFACTS / f"viz-{view}.png")
        made[view] = (g, page, evidence)
    return made


@pytest.mark.parametrize("view", list(VIEWS))
def test_view_is_laid_out_and_drawn(pages, view):
    g, page, _ = pages[view]
    assert page.body.get("data-state") == "ready", page.stderr[-2000:]
    assert page.body["data-view"] == view
    # Something is painted on the canvas (pixels read back in the page) and on screen.
    assert page.count("ink") > 200
    assert browser.ink(page.screenshot, box=(0, 70, 900, 790)) > 5000


@pytest.mark.parametrize("view", list(VIEWS))
def test_view_shows_every_node_and_edge_of_the_graph(pages, view):
    g, page, _ = pages[view]
    assert page.count("nodes") == page.count("drawn-nodes") == g.number_of_nodes()
    assert page.count("edges") == page.count("drawn-edges") == g.number_of_edges()


@pytest.mark.parametrize("view", list(VIEWS))
def test_hostile_text_did_not_run(pages, view):
    _, page, _ = pages[view]
    assert "data-pwned" not in page.html_attrs
    assert "data-pwned" not in page.body
    assert 'href="javascript:' not in page.dom.lower()


@pytest.mark.parametrize("view", ["positions", "candidate"])
def test_details_panel_shows_the_hostile_quote_as_text(pages, view):
    _, page, evidence = pages[view]
    assert evidence and page.body.get("data-details", "").startswith("e")
    # The dumped DOM escapes text nodes: the quote is there as text, not as elements.
    assert htmllib.escape(evidence["q"], quote=False) in page.dom
    # Only an http(s) source becomes a link; anything else stays text.
    url, hrefs = evidence["u"], links(page.dom)
    if url.startswith("https://"):
        assert url in hrefs
    else:
        assert url not in hrefs and htmllib.escape(url, quote=False) in page.dom
    assert not [h for h in hrefs if not h.startswith(("https://", "http://", "#"))]


def test_filters_from_the_url_hide_what_they_should(tmp_path):
    g = VIEWS["positions"](hostile_rows())
    path = viz.write_html(g, tmp_path / "p.html")
    cand = quote(project.candidate_id("Inès Petit"))
    page = browser.load(path, fragment=f"candidate={cand}&hide=oppose")
    edges = [(a, b, d) for a, b, d in g.edges(data=True) if project.candidate_id("Inès Petit") in (a, b)]
    shown = [e for e in edges if e[2]["stance"] != "oppose"]
    assert 0 < len(shown) < len(edges)
    assert page.count("visible-edges") == len(shown)
    assert page.count("visible-nodes") == len(shown) + 1  # her topics and herself
    assert page.count("edges") == g.number_of_edges()  # the data is all still there


@pytest.mark.slow
def test_500_candidates_and_5000_positions_settle_in_the_browser(tmp_path):
    g = project.positions_graph(project.synthetic_rows(500, 5000, seed=1))
    path = viz.write_html(g, tmp_path / "big.html")
    page = browser.load(path, screenshot=browser.ARTIFACTS / "viz-positions-5000.png", timeout=240)
    assert page.body.get("data-state") == "ready"
    assert page.count("drawn-edges") == 5000 and page.count("drawn-nodes") == g.number_of_nodes()
    assert page.body["data-physics"] == "off"  # frozen once laid out, so the page stays responsive
    assert page.seconds < 120, f"took {page.seconds:.0f}s"


def test_hovering_an_edge_shows_the_hostile_quote_as_text(tmp_path):
    # pyvis' own page runs script from a quote when its tooltip pops up: hover for real.
    pytest.importorskip("tornado")
    g = VIEWS["positions"](hostile_rows())
    path = viz.write_html(g, tmp_path / "p.html")
    with browser.DevTools(path) as page:
        page.wait_for("!!document.body && document.body.dataset.state === 'ready'")
        page.evaluate("document.getElementById('sg-physics').click()")  # freeze, as a user would
        # A point on the edge that no node and no other edge covers, in page coordinates.
        x, y = page.evaluate("""(function () {
            var sg = window.stancegraph, net = sg.network;
            var e = sg.data.edges.filter(function (e) { return (e.ev || []).some(function (v) { return v.q.indexOf('<img') >= 0; }); })[0];
            var p = net.getPositions([e.from, e.to]);
            var r = document.getElementById('sg-network').getBoundingClientRect();
            for (var t = 0.5; t > 0.05; t -= 0.05) {
              for (var s = -1; s <= 1; s += 2) {
                var f = 0.5 + s * (0.5 - t);
                var d = net.canvasToDOM({x: p[e.from].x + f * (p[e.to].x - p[e.from].x), y: p[e.from].y + f * (p[e.to].y - p[e.from].y)});
                if (net.getEdgeAt(d) === e.id && net.getNodeAt(d) === undefined) return [d.x + r.left, d.y + r.top];
              }
            }
            throw new Error("edge " + e.id + " has no free point to hover");
        })()""")
        visible = "(function () { var t = document.querySelector('div.vis-tooltip'); return !!t && t.style.visibility === 'visible'; })()"
        for attempt in range(10):  # vis shows the tooltip once the pointer rests a little
            page.mouse_move(x + attempt % 2, y)
            time.sleep(0.3)
            if page.evaluate(visible):
                break
        page.wait_for(visible)
        text = page.evaluate("document.querySelector('div.vis-tooltip').textContent")
        elements = page.evaluate("document.querySelector('div.vis-tooltip').querySelectorAll('img, script, a, svg').length")
        pwned = page.evaluate("[document.documentElement.getAttribute('data-pwned'), typeof window.__xss]")
    assert HOSTILE[0] in text and elements == 0
    assert pwned == [None, "undefined"]


def test_list_shows_the_filtered_links_as_text(tmp_path):
    g = VIEWS["positions"](hostile_rows())
    path = viz.write_html(g, tmp_path / "p.html")
    page = browser.load(path, fragment=f"topic={quote(project.topic_id('hadopi-law'))}&list=1")
    expected = [d for a, b, d in g.edges(data=True) if project.topic_id("hadopi-law") in (a, b)]
    assert page.body["data-details"] == "list"
    assert page.dom.count("<tr data-edge=") == len(expected) == page.count("visible-edges")
    assert f"{len(expected)} links shown" in page.dom
    assert "data-pwned" not in page.html_attrs
