"""networkx graphs (from ``stancegraph.project``) -> one self-contained, offline HTML page.

pyvis holds the network (``to_network`` returns a ``pyvis.network.Network`` a user may
tweak) and ships vis-network; the page itself is our own template, because pyvis'
templates fetch bootstrap from a CDN even with ``cdn_resources="in_line"`` and switch to
an ``innerHTML`` popup as soon as a title contains "href" (script in a quote would run).

Safety: document text travels as JSON inside ``<script type="application/json">`` with
``<``, ``>``, ``&`` escaped as ``\\u003c``..., and the page script puts it into the DOM
with ``textContent`` only; the title goes through Jinja's autoescape; links are made
only for http(s) URLs. A Content-Security-Policy forbids any request.

Scale: above ``MAX_EDGES`` the page keeps the strongest edges and says so; layout
effort (stabilisation iterations, improvedLayout) shrinks as the graph grows.

Readability: vis' physics keeps node shapes apart, not labels. Below the "big" size, page.js
then turns the layout to fit the frame, spreads it if crowded and pushes overlapping
node-and-label boxes apart (again whenever the physics comes to rest after a drag or filter);
tests/test_viz_layout.py measures the result in Chromium.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

VIEWS: tuple[str, ...] = ("positions", "agreement", "topic", "candidate")

# Beyond this many edges the browser spends seconds per frame; keep the strongest and say so.
MAX_EDGES = 6000
# Agreement graphs grow as n^2: above this many edges keep each candidate's strongest links.
MAX_AGREEMENT_EDGES = 2500
AGREEMENT_PER_NODE = 8


class VizError(ValueError):
    """The graph cannot be drawn as asked (unknown view, broken asset)."""


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("stancegraph").joinpath("viz_assets", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _vis_asset(name: str) -> str:
    # vis-network as shipped inside pyvis' own package (no download, same version pyvis tests).
    import pyvis

    root = Path(pyvis.__file__).parent / "templates" / "lib"
    candidates = sorted(root.glob(f"vis-*/{name}"), key=lambda p: [int(x) for x in p.parent.name[4:].split(".")])
    if not candidates:
        raise VizError(f"{name} not found under {root}: is pyvis installed completely?")
    return candidates[-1].read_text(encoding="utf-8")


def style() -> dict[str, Any]:
    """Colours and line styles (viz_assets/style.json)."""
    return json.loads(_asset("style.json"))


def _safe_json(value: Any) -> str:
    """JSON that cannot end the <script> element it sits in nor open markup."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


def _inline(code: str, tag: str, name: str) -> str:
    # "</script" would end the element early; "<!--" in a script switches the HTML parser
    # into its escaped mode, where a later "<script" changes how the element ends.
    for bad in (f"</{tag}", "<!--"):
        if bad in code.lower():
            raise VizError(f"{name} contains {bad!r} and cannot be inlined")
    return code


def _options(n_nodes: int, n_edges: int) -> tuple[dict[str, Any], bool]:
    """vis-network options scaled to the graph, and whether to freeze physics when laid out."""
    big = n_nodes > 150 or n_edges > 1000
    iterations = 1000 if not big else 300 if n_edges <= 3000 else 150
    options = {
        "autoResize": True,
        # improvedLayout runs Kamada-Kawai on clusters first: seconds above a few hundred nodes.
        "layout": {"improvedLayout": not big, "randomSeed": 7},
        "physics": {
            "enabled": True,
            # forceAtlas2 spreads hub-and-spoke graphs (20 topics, 500 candidates) better.
            "solver": "forceAtlas2Based" if big else "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.25,
                "springLength": 170,
                "springConstant": 0.03,
                # page.js pushes labels apart once laid out; a stronger avoidOverlap around
                # the wide topic boxes (font 14) kept the 4-candidate sample oscillating for
                # minutes after a drag, and lower damping settled 2x slower.
                "damping": 0.4,
                "avoidOverlap": 0.3,
            },
            "forceAtlas2Based": {
                "gravitationalConstant": -120,
                "centralGravity": 0.01,
                "springLength": 120,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 0,
            },
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
            "minVelocity": 1.0,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "navigationButtons": False,
            "multiselect": False,
        },
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 1.5},
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "face": "system-ui, sans-serif"},
            "scaling": {
                "min": 8 if big else 12,
                "max": 28,
                "label": {"enabled": True, "min": 12 if big else 14, "max": 30 if big else 20, "drawThreshold": 7},
            },
        },
    }
    return options, big


def _group_colors(g: nx.Graph, st: dict[str, Any]) -> dict[str, tuple[str, str]]:
    groups = sorted({(d.get("group") or "", d.get("group_label") or "") for _, d in g.nodes(data=True) if d.get("kind") == "topic" and d.get("group")})
    palette = st["groups"]
    return {grp: (palette[i % len(palette)], label or grp) for i, (grp, label) in enumerate(groups)}


def _short(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, with an ellipsis (the full
    quote is in the tooltip and the details panel)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:  # a half-word reads worse than a shorter label
        cut = cut[:space]
    return cut.rstrip(" ,;:'’-") + "…"


def _node(nid: str, d: dict[str, Any], st: dict[str, Any], groups: dict[str, tuple[str, str]], degree: int, focus: str | None) -> dict[str, Any]:
    kind = d.get("kind", "candidate")
    spec = st["nodes"].get(kind, st["nodes"]["candidate"])
    fill = spec["color"]
    if kind == "topic":
        fill = groups.get(d.get("group") or "", (st["no_group"], ""))[0]
    node = {
        "id": nid,
        "label": str(d.get("label") or nid),
        "kind": kind,
        "shape": spec["shape"],
        "size": spec["size"],
        # vis scales dots and labels by value (see _options): hubs stand out, and small
        # labels vanish when zoomed out instead of piling up.
        "value": max(1, degree),
        "degree": degree,
        "color": {"background": fill, "border": spec["border"], "highlight": {"background": fill, "border": "#000000"}},
        "font": {"color": spec["font"]},
    }
    if spec["shape"] not in ("box", "text"):
        # A label under a dot or a diamond sits on the edges around it: a pale backing keeps
        # it legible where lines cross it (a box already draws its own).
        node["font"]["background"] = st["label_background"]
    if kind == "topic":
        node["group_label"] = str(d.get("group_label") or "")
        node["notation"] = str(d.get("notation") or "")
    if kind == "proposal":
        node["label"] = _short(node["label"], 32)
        node["font"]["size"] = 10
        node.update(
            quote=str(d.get("quote") or ""),
            candidate_id=f"candidate:{d.get('candidate', '')}",
            file=str(d.get("file") or ""),
            source_url=str(d.get("source_url") or ""),
            date=str(d.get("date") or ""),
            confidence=d.get("confidence"),
        )
    if kind == "candidate" and d.get("_uniform"):
        del node["value"]  # agreement view: every candidate links to nearly all others
    if nid == focus:
        node["borderWidth"] = 4
        node["font"]["size"] = 18
    return node


def _stance_edge(a: str, b: str, d: dict[str, Any], st: dict[str, Any]) -> dict[str, Any]:
    if str(a).startswith("topic:") and not str(b).startswith("topic:"):
        a, b = b, a  # always candidate -> topic, whatever order networkx stored
    spec = st["stances"].get(d.get("stance"), st["stances"]["neutral"])
    conf = float(d.get("confidence") or 0.0)
    ev = [
        {
            "q": str(e.get("quote") or ""),
            "f": str(e.get("file") or ""),
            "u": str(e.get("source_url") or ""),
            "d": str(e.get("date") or ""),
            "a": str(e.get("attribution") or "said"),
            "s": str(e.get("stance") or d.get("stance") or ""),
            "c": float(e.get("confidence") or 0.0),
        }
        for e in d.get("evidence") or [{"quote": q} for q in d.get("quotes", [])]
    ]
    return {
        "from": a,
        "to": b,
        "kind": "stance",
        "stance": d.get("stance", "neutral"),
        "confidence": conf,
        "width": 1 + 5 * conf,
        "color": {"color": spec["color"], "highlight": spec["color"], "hover": spec["color"]},
        "dashes": spec["dashes"],
        "ev": ev,
    }


def _agreement_edge(a: str, b: str, d: dict[str, Any], st: dict[str, Any], labels: dict[str, str]) -> dict[str, Any]:
    w = int(d.get("weight", 0))
    spec = st["agreement"]["agree" if w > 0 else "disagree" if w < 0 else "even"]
    name = lambda ts: [labels.get(t, t) for t in ts]  # noqa: E731
    return {
        "from": a,
        "to": b,
        "kind": "agreement",
        "weight": w,
        "width": 1 + min(8, abs(w)),
        # Agreement pulls candidates together, disagreement pushes them apart: camps show.
        "length": max(60, min(400, 200 - 40 * w)),
        "color": {"color": spec["color"], "highlight": spec["color"], "hover": spec["color"], "opacity": 0.7},
        "dashes": spec["dashes"],
        "agree": name(d.get("agree", [])),
        "disagree": name(d.get("disagree", [])),
        "other": name(d.get("other", [])),
    }


def _link_edge(a: str, b: str, d: dict[str, Any], st: dict[str, Any]) -> dict[str, Any]:
    kind = d.get("kind", "about")
    if kind == "proposes" and str(a).startswith("proposal:"):
        a, b = b, a
    if kind == "about" and str(b).startswith("proposal:"):
        a, b = b, a
    spec = st["links"].get(kind, st["links"]["about"])
    # A proposal sits close to its candidate; its topic links stay loose.
    length = 70 if kind == "proposes" else 250
    return {"from": a, "to": b, "kind": kind, "width": 1, "length": length,
            "color": {"color": spec["color"], "opacity": 0.8}, "dashes": spec["dashes"]}


def _select_edges(g: nx.Graph, view: str, notes: list[str]) -> list[tuple[str, str, dict[str, Any]]]:
    """The edges the page draws: all of them up to a size, then the strongest, with a note."""
    edges = list(g.edges(data=True))
    if view == "agreement" and len(edges) > MAX_AGREEMENT_EDGES:
        keep: set[tuple[str, str]] = set()
        by_node: dict[str, list[tuple[int, str, str]]] = {}
        for a, b, d in edges:
            s = abs(int(d.get("weight", 0)))
            by_node.setdefault(a, []).append((s, a, b))
            by_node.setdefault(b, []).append((s, a, b))
        for items in by_node.values():
            items.sort(key=lambda t: (-t[0], t[1], t[2]))
            keep.update((a, b) for _, a, b in items[:AGREEMENT_PER_NODE])
        kept = [e for e in edges if (e[0], e[1]) in keep]
        notes.append(
            f"Showing {len(kept):,} of {len(edges):,} candidate pairs: each candidate's "
            f"{AGREEMENT_PER_NODE} strongest agreements or disagreements. Use the candidate "
            "view or the agreement table for the rest."
        )
        edges = kept
    if len(edges) > MAX_EDGES:
        def strength(e: tuple[str, str, dict[str, Any]]) -> float:
            d = e[2]
            return abs(float(d.get("weight", 0))) if d.get("kind") == "agreement" else float(d.get("confidence") or 0)

        total = len(edges)
        edges = sorted(edges, key=strength, reverse=True)[:MAX_EDGES]
        notes.append(
            f"Showing the {MAX_EDGES:,} strongest of {total:,} links (highest confidence first); "
            "use the topic or candidate view to see a part of the graph in full."
        )
    return edges


def to_network(graph: nx.Graph, *, view: str | None = None, height: str = "100%") -> Any:
    """A ``pyvis.network.Network`` holding the page's nodes, edges and vis options.

    Nodes and edges are appended to ``net.nodes``/``net.edges`` directly (pyvis'
    ``add_edge`` compares each new edge with all others: minutes for large graphs).
    Document text is kept raw here; the page escapes it.
    """
    return _build(graph, view, height)[0]


def _build(graph: nx.Graph, view: str | None, height: str = "100%") -> tuple[Any, dict[str, Any]]:
    """The pyvis network and what the page needs beyond vis' own data."""
    from pyvis.network import Network

    view = view or graph.graph.get("view") or "positions"
    if view not in VIEWS:
        raise VizError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    st = style()
    notes = list(graph.graph.get("notes") or [])
    groups = _group_colors(graph, st)
    labels = dict(graph.graph.get("topic_labels") or {})
    edges = _select_edges(graph, view, notes)
    kept_nodes = set(graph.nodes) if len(edges) == graph.number_of_edges() else {n for e in edges for n in e[:2]}
    degree: dict[str, int] = {}
    for a, b, _ in edges:
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1

    net = Network(height=height, width="100%", cdn_resources="in_line")
    focus = graph.graph.get("focus")
    for nid, d in graph.nodes(data=True):
        if nid in kept_nodes:
            d = {**d, "_uniform": view == "agreement"}
            net.nodes.append(_node(str(nid), d, st, groups, degree.get(nid, 0), focus))
    for i, (a, b, d) in enumerate(edges):
        kind = d.get("kind")
        if kind == "agreement":
            e = _agreement_edge(str(a), str(b), d, st, labels)
        elif kind in ("proposes", "about"):
            e = _link_edge(str(a), str(b), d, st)
        else:
            e = _stance_edge(str(a), str(b), d, st)
        e["id"] = f"e{i}"
        net.edges.append(e)
    options, big = _options(len(net.nodes), len(net.edges))
    if big:
        # Thousands of opaque lines hide the nodes: thin, translucent edges let hubs show.
        for e in net.edges:
            e["width"] = round(0.5 + e["width"] * 0.3, 2)
            e["color"]["opacity"] = 0.35
    net.options = options  # a plain dict: pyvis' get_network_data() accepts it as is
    extra = {
        "view": view,
        "notes": notes,
        "freeze": big,
        # Push overlapping labels apart once laid out (page.js untangle): quadratic in the
        # nodes, and pointless on big graphs whose small labels are hidden until zoomed in.
        "untangle": not big,
        "groups": [{"id": k, "label": v[1], "color": v[0]} for k, v in sorted(groups.items(), key=lambda kv: kv[1][1])],
        "omitted_nodes": graph.number_of_nodes() - len(net.nodes),
        "omitted_edges": graph.number_of_edges() - len(net.edges),
    }
    return net, extra


def _summary(net: Any, view: str) -> str:
    kinds: dict[str, int] = {}
    for n in net.nodes:
        kinds[n["kind"]] = kinds.get(n["kind"], 0) + 1
    parts = [f"{kinds[k]:,} {k}{'s' if kinds[k] != 1 else ''}" for k in ("candidate", "topic", "proposal") if k in kinds]
    n_links = len(net.edges)
    parts.append(f"{n_links:,} link{'s' if n_links != 1 else ''}")
    if view == "agreement":
        how = "Hover a link for the topics two candidates agree and disagree on; click for the full lists."
    else:
        how = "Hover a link for its quote; click it for every quote and its source."
    return ", ".join(parts) + ". " + how


def render_html(graph: nx.Graph, *, title: str | None = None, view: str | None = None, lang: str = "en") -> str:
    """The whole page as a string: inline vis-network, data, script and style; no request."""
    from jinja2 import Environment
    from markupsafe import Markup  # installed with jinja2 (a pyvis dependency)

    from stancegraph import __version__ as version

    net, extra = _build(graph, view)
    title = title or graph.graph.get("title") or "stancegraph"
    page = {
        "view": extra["view"],
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        "style": style(),
        "groups": extra["groups"],
        "freeze": extra["freeze"],
        "untangle": extra["untangle"],
    }
    env = Environment(autoescape=True)
    template = env.from_string(_asset("page.html"))
    return template.render(
        lang=lang,
        version=version,
        title=title,
        view=extra["view"],
        summary=_summary(net, extra["view"]),
        notes=extra["notes"],
        data_json=Markup(_safe_json(page)),
        vis_css=Markup(_inline(_vis_asset("vis-network.css"), "style", "vis-network.css")),
        page_css=Markup(_inline(_asset("page.css"), "style", "page.css")),
        vis_js=Markup(_inline(_vis_asset("vis-network.min.js"), "script", "vis-network.min.js")),
        page_js=Markup(_inline(_asset("page.js"), "script", "page.js")),
    )


def write_html(graph: nx.Graph, path: str | Path, *, title: str | None = None, view: str | None = None, lang: str = "en") -> Path:
    """Write the page to ``path`` (one file, nothing else) and return the path."""
    path = Path(path)
    html = render_html(graph, title=title, view=view, lang=lang)
    try:
        path.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise VizError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


class InlinePage:
    """The page for a Jupyter cell: an ``<iframe srcdoc>`` that needs no file and no server.

    The iframe is sandboxed (scripts run, but in an opaque origin that cannot reach the
    notebook); source links open in a new tab.
    """

    def __init__(self, html: str, height: int = 650):
        self.html = html
        self.height = height

    def _repr_html_(self) -> str:
        from html import escape

        return (
            f'<iframe srcdoc="{escape(self.html, quote=True)}" style="width:100%;height:{int(self.height)}px;'
            'border:1px solid #ddd" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            'title="stancegraph"></iframe>'
        )


def inline(graph: nx.Graph, *, title: str | None = None, view: str | None = None, height: int = 650, lang: str = "en") -> InlinePage:
    """Show the page inside a notebook: ``viz.inline(graph)`` as the last line of a cell."""
    return InlinePage(render_html(graph, title=title, view=view, lang=lang), height=height)
