/* stancegraph page: builds the vis-network graph, tooltips, filters, details panel.
 *
 * Every piece of document text (names, labels, quotes, URLs) reaches the page as JSON data
 * and is put into the DOM with textContent only, never innerHTML: a quote containing markup
 * stays text. Links are made only for http(s) URLs.
 *
 * When the layout is done, <body> gets data-state="ready" and counts (data-nodes,
 * data-edges, data-drawn-nodes, data-drawn-edges, data-ink, data-settle-ms), which tests
 * and benchmarks read; on graphs whose labels are untangled (see "labels apart") also
 * data-turned (degrees the layout was turned), data-spread (how much it was spread out)
 * and data-overlaps-left (0 unless it gave up).
 */
(function () {
  "use strict";
  var t0 = performance.now();
  var body = document.body;
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  var style = data.style;
  var isAgreement = data.view === "agreement";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function safeUrl(u) {
    return typeof u === "string" && /^https?:\/\/[^\s]+$/i.test(u) ? u : null;
  }
  function shorten(s, n) {
    s = String(s || "");
    return s.length > n ? s.slice(0, n - 1) + "…" : s;
  }
  function host(u) {
    var m = /^https?:\/\/([^\/?#]+)/i.exec(u || "");
    return m ? m[1] : "";
  }
  function link(u, text) {
    var ok = safeUrl(u);
    if (!ok) return el("span", "sg-meta", u || "");
    var a = el("a", null, text || ok);
    a.href = ok;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  var nodeById = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });
  function labelOf(id) { return nodeById[id] ? nodeById[id].label : id; }
  function stanceLabel(s) { return (style.stances[s] || {label: s}).label; }
  function edgeClass(e) {
    if (e.kind === "stance") return e.stance;
    if (e.kind === "agreement") return e.weight > 0 ? "agree" : e.weight < 0 ? "disagree" : "even";
    return e.kind;
  }

  /* ---------------------------------------------------------------- tooltips (DOM, text only) */
  function meta(ev) {
    var parts = [];
    if (ev.d) parts.push(ev.d);
    if (ev.u) parts.push(host(ev.u) || ev.u);
    else if (ev.f) parts.push(ev.f);
    parts.push(ev.a === "reported" ? "reported" : "said");
    return parts.join(" · ");
  }
  function edgeTip(e) {
    var box = el("div", "sg-tip");
    if (e.kind === "stance") {
      box.appendChild(el("div", "sg-stance", labelOf(e.from) + " " + stanceLabel(e.stance) + " " + labelOf(e.to)));
      box.appendChild(el("div", "sg-meta", "confidence " + e.confidence.toFixed(2) + " · " + e.ev.length + (e.ev.length > 1 ? " quotes" : " quote")));
      if (e.ev.length) {
        box.appendChild(el("div", "sg-tip-quote", "« " + shorten(e.ev[0].q, 280) + " »"));
        box.appendChild(el("div", "sg-meta", meta(e.ev[0])));
      }
      box.appendChild(el("div", "sg-meta", "Click the edge for all quotes and source links."));
    } else if (e.kind === "agreement") {
      box.appendChild(el("div", "sg-stance", labelOf(e.from) + " — " + labelOf(e.to) + ": " + (e.weight > 0 ? "+" : "") + e.weight));
      box.appendChild(el("div", "sg-meta", e.agree.length + " agree, " + e.disagree.length + " disagree, " + e.other.length + " mixed or neutral"));
      if (e.agree.length) box.appendChild(el("div", null, "Agree on: " + shorten(e.agree.join(", "), 300)));
      if (e.disagree.length) box.appendChild(el("div", null, "Disagree on: " + shorten(e.disagree.join(", "), 300)));
    } else {
      box.appendChild(el("div", null, labelOf(e.from) + " — " + (style.links[e.kind] || {label: e.kind}).label + " — " + labelOf(e.to)));
    }
    return box;
  }
  function nodeTip(n) {
    var box = el("div", "sg-tip");
    box.appendChild(el("div", "sg-stance", n.kind === "proposal" ? shorten(n.quote, 300) : n.label));
    var kind = (style.nodes[n.kind] || {label: n.kind}).label;
    box.appendChild(el("div", "sg-meta", kind + (n.group_label ? " · " + n.group_label : "") + " · " + n.degree + " link" + (n.degree === 1 ? "" : "s")));
    return box;
  }
  data.nodes.forEach(function (n) { n.title = nodeTip(n); });
  data.edges.forEach(function (e) { e.title = edgeTip(e); e.cls = edgeClass(e); });

  /* ---------------------------------------------------------------- filters */
  var filter = {candidate: "", topic: "", hidden: {}};
  var visibleNodes = null; // null: all
  function edgeVisible(e) {
    if (filter.hidden[e.cls]) return false;
    if (filter.candidate && e.from !== filter.candidate && e.to !== filter.candidate) {
      // A proposal hangs off its candidate: keep its "about" edges with it.
      if (!(e.kind === "about" && nodeById[e.from] && nodeById[e.from].candidate_id === filter.candidate)) return false;
    }
    if (filter.topic && e.from !== filter.topic && e.to !== filter.topic) return false;
    return true;
  }
  function recompute() {
    var active = filter.candidate || filter.topic || Object.keys(filter.hidden).some(function (k) { return filter.hidden[k]; });
    if (!active) { visibleNodes = null; return; }
    visibleNodes = {};
    if (filter.candidate) visibleNodes[filter.candidate] = true;
    if (filter.topic) visibleNodes[filter.topic] = true;
    data.edges.forEach(function (e) {
      if (edgeVisible(e)) { visibleNodes[e.from] = true; visibleNodes[e.to] = true; }
    });
  }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, {filter: function (n) { return visibleNodes === null || !!visibleNodes[n.id]; }});
  var edgeView = new vis.DataView(edges, {filter: edgeVisible});

  var container = document.getElementById("sg-network");
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, data.options);
  window.stancegraph = {network: network, nodes: nodes, edges: edges, data: data};

  function refresh() {
    recompute();
    nodeView.refresh();
    edgeView.refresh();
    body.setAttribute("data-visible-nodes", nodeView.length);
    body.setAttribute("data-visible-edges", edgeView.length);
  }

  function option(select, value, text) {
    var o = el("option", null, text);
    o.value = value;
    select.appendChild(o);
    return o;
  }
  var candSelect = document.getElementById("sg-candidate");
  var topicSelect = document.getElementById("sg-topic");
  var names = document.getElementById("sg-names");
  var byLabel = function (a, b) { return a.label.localeCompare(b.label); };
  data.nodes.filter(function (n) { return n.kind === "candidate"; }).sort(byLabel).forEach(function (n) {
    option(candSelect, n.id, n.label);
  });
  var topics = data.nodes.filter(function (n) { return n.kind === "topic"; });
  if (!topics.length) {
    // The agreement view has no topic nodes: the topics are listed on each edge instead.
    topicSelect.hidden = true;
    document.querySelector('label[for="sg-topic"]').hidden = true;
  }
  var groups = {};
  topics.sort(byLabel).forEach(function (n) {
    var g = n.group_label || "other topics";
    if (!groups[g]) { groups[g] = el("optgroup"); groups[g].label = g; }
    option(groups[g], n.id, n.label);
  });
  Object.keys(groups).sort().forEach(function (g) { topicSelect.appendChild(groups[g]); });
  data.nodes.forEach(function (n) { if (n.kind !== "proposal") { var o = el("option"); o.value = n.label; names.appendChild(o); } });

  var stanceBox = document.getElementById("sg-stances");
  var classes = isAgreement ? style.agreement : style.stances;
  var present = {};
  data.edges.forEach(function (e) { present[e.cls] = true; });
  var keys = Object.keys(classes).concat(Object.keys(style.links));
  keys.forEach(function (k) {
    if (!present[k]) return;
    var spec = classes[k] || style.links[k];
    var lab = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-class", k);
    box.addEventListener("change", function () { filter.hidden[k] = !box.checked; refresh(); });
    lab.appendChild(box);
    lab.appendChild(document.createTextNode(" " + spec.label));
    stanceBox.appendChild(lab);
  });
  candSelect.addEventListener("change", function () { filter.candidate = candSelect.value; refresh(); fit(); });
  topicSelect.addEventListener("change", function () { filter.topic = topicSelect.value; refresh(); fit(); });
  document.getElementById("sg-reset").addEventListener("click", function () {
    filter = {candidate: "", topic: "", hidden: {}};
    candSelect.value = ""; topicSelect.value = "";
    stanceBox.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    refresh();
    fit();
  });
  var search = document.getElementById("sg-search");
  function find() {
    var q = search.value.trim().toLowerCase();
    if (!q) return;
    var hit = data.nodes.filter(function (n) { return n.label.toLowerCase() === q; })[0] ||
      data.nodes.filter(function (n) { return n.label.toLowerCase().indexOf(q) >= 0; })[0];
    if (!hit) { search.setCustomValidity("not found"); search.reportValidity(); return; }
    search.setCustomValidity("");
    if (visibleNodes !== null && !visibleNodes[hit.id]) document.getElementById("sg-reset").click();
    network.selectNodes([hit.id]);
    network.focus(hit.id, {scale: 1.2, animation: false});
    showNode(hit.id);
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") find(); });

  /* ---------------------------------------------------------------- physics */
  var physicsOn = true;
  var physicsButton = document.getElementById("sg-physics");
  function setPhysics(on) {
    physicsOn = on;
    network.setOptions({physics: {enabled: on}});
    physicsButton.textContent = on ? "Freeze layout" : "Resume physics";
    body.setAttribute("data-physics", on ? "on" : "off");
  }
  physicsButton.addEventListener("click", function () { setPhysics(!physicsOn); });

  /* ---------------------------------------------------------------- details panel */
  var details = document.getElementById("sg-details");
  function clear() { while (details.firstChild) details.removeChild(details.firstChild); }
  function evidenceBlock(ev) {
    var box = el("div", "sg-evidence");
    box.appendChild(el("div", "sg-quote", "« " + ev.q + " »"));
    var m = el("div", "sg-meta");
    var parts = [];
    if (ev.s) parts.push(stanceLabel(ev.s));
    parts.push(ev.a === "reported" ? "reported" : "said");
    if (ev.d) parts.push(ev.d);
    if (ev.c) parts.push("confidence " + Number(ev.c).toFixed(2));
    if (ev.f) parts.push(ev.f);
    m.appendChild(document.createTextNode(parts.join(" · ") + " "));
    if (ev.u) m.appendChild(link(ev.u, host(ev.u) || ev.u));
    box.appendChild(m);
    return box;
  }
  function showEdge(id) {
    var e = edges.get(id);
    if (!e) return;
    clear();
    if (e.kind === "stance") {
      details.appendChild(el("h2", null, labelOf(e.from) + " " + stanceLabel(e.stance) + " " + labelOf(e.to)));
      details.appendChild(el("div", "sg-meta", "confidence " + e.confidence.toFixed(2) + " · " + e.ev.length + (e.ev.length > 1 ? " quotes" : " quote")));
      e.ev.forEach(function (ev) { details.appendChild(evidenceBlock(ev)); });
    } else if (e.kind === "agreement") {
      details.appendChild(el("h2", null, labelOf(e.from) + " — " + labelOf(e.to) + ": " + (e.weight > 0 ? "+" : "") + e.weight));
      [["Agree on", e.agree], ["Disagree on", e.disagree], ["Mixed or neutral on", e.other]].forEach(function (p) {
        if (!p[1].length) return;
        details.appendChild(el("h2", null, p[0]));
        var ul = el("ul");
        p[1].forEach(function (t) { ul.appendChild(el("li", null, t)); });
        details.appendChild(ul);
      });
    } else {
      showNode(nodeById[e.from].kind === "proposal" ? e.from : e.to);
    }
    body.setAttribute("data-details", id);
  }
  function showNode(id) {
    var n = nodeById[id];
    if (!n) return;
    clear();
    details.appendChild(el("h2", null, n.label));
    if (n.kind === "proposal") {
      details.appendChild(el("div", "sg-meta", "proposal by " + labelOf(n.candidate_id)));
      details.appendChild(evidenceBlock({q: n.quote, s: "", a: "said", d: n.date, c: n.confidence || 0, f: n.file, u: n.source_url}));
    } else {
      details.appendChild(el("div", "sg-meta", (style.nodes[n.kind] || {label: n.kind}).label + (n.group_label ? " · " + n.group_label : "")));
      var ul = el("ul");
      var mine = edges.get({filter: function (e) { return e.from === id || e.to === id; }});
      mine.sort(function (a, b) { return String(a.cls).localeCompare(String(b.cls)) || labelOf(a.from === id ? a.to : a.from).localeCompare(labelOf(b.from === id ? b.to : b.from)); });
      mine.slice(0, 200).forEach(function (e) {
        var other = labelOf(e.from === id ? e.to : e.from);
        var what = e.kind === "stance" ? stanceLabel(e.stance) : e.kind === "agreement" ? (e.weight > 0 ? "+" : "") + e.weight : (style.links[e.kind] || {label: e.kind}).label;
        var li = el("li", null, what + " — " + other + " ");
        var a = el("a", null, "quotes");
        a.href = "#edge=" + encodeURIComponent(e.id);
        a.addEventListener("click", function (ev) { ev.preventDefault(); network.selectEdges([e.id]); showEdge(e.id); });
        li.appendChild(a);
        ul.appendChild(li);
      });
      if (mine.length > 200) ul.appendChild(el("li", "sg-meta", (mine.length - 200) + " more not listed"));
      details.appendChild(ul);
    }
    body.setAttribute("data-details", id);
  }
  // The canvas says nothing to a screen reader or a copy-paste: the same links as text.
  var LIST_MAX = 500;
  function showList() {
    clear();
    var shown = edgeView.get();
    details.appendChild(el("h2", null, shown.length + " link" + (shown.length === 1 ? "" : "s") + " shown"));
    var table = el("table", "sg-list");
    var head = el("tr");
    (isAgreement ? ["candidates", "score", "agree on", "disagree on"] : ["from", "link", "to", "quote"]).forEach(function (h) { head.appendChild(el("th", null, h)); });
    table.appendChild(head);
    shown.sort(function (a, b) { return labelOf(a.from).localeCompare(labelOf(b.from)) || labelOf(a.to).localeCompare(labelOf(b.to)); });
    shown.slice(0, LIST_MAX).forEach(function (e) {
      var tr = el("tr");
      tr.setAttribute("data-edge", e.id);
      if (e.kind === "agreement") {
        [labelOf(e.from) + " — " + labelOf(e.to), (e.weight > 0 ? "+" : "") + e.weight, e.agree.join(", "), e.disagree.join(", ")].forEach(function (c) { tr.appendChild(el("td", null, c)); });
      } else {
        var what = e.kind === "stance" ? stanceLabel(e.stance) : (style.links[e.kind] || {label: e.kind}).label;
        var quote = e.ev && e.ev.length ? shorten(e.ev[0].q, 200) : "";
        [labelOf(e.from), what, labelOf(e.to), quote].forEach(function (c) { tr.appendChild(el("td", null, c)); });
      }
      tr.addEventListener("click", function () { network.selectEdges([e.id]); showEdge(e.id); });
      table.appendChild(tr);
    });
    details.appendChild(table);
    if (shown.length > LIST_MAX) details.appendChild(el("p", "sg-meta", (shown.length - LIST_MAX) + " more not listed: filter by candidate or topic."));
    body.setAttribute("data-details", "list");
  }
  document.getElementById("sg-list").addEventListener("click", showList);

  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  /* ---------------------------------------------------------------- legend */
  var legend = document.getElementById("sg-legend");
  function swatch(spec) {
    var s = el("span", "sg-swatch");
    s.style.borderTopColor = spec.color;
    s.style.borderTopStyle = !spec.dashes ? "solid" : spec.dashes[0] > 4 ? "dashed" : "dotted";
    return s;
  }
  function row(marker, text) {
    var r = el("div", "sg-legend-row");
    r.appendChild(marker);
    r.appendChild(document.createTextNode(text));
    legend.appendChild(r);
  }
  keys.forEach(function (k) { if (present[k]) { var spec = classes[k] || style.links[k]; row(swatch(spec), spec.label); } });
  if (!isAgreement) legend.appendChild(el("div", "sg-meta", "Line width: confidence."));
  else legend.appendChild(el("div", "sg-meta", "Line width: |agreements − disagreements|."));
  var kinds = {};
  data.nodes.forEach(function (n) { kinds[n.kind] = true; });
  ["candidate", "proposal"].forEach(function (k) {
    if (!kinds[k]) return;
    var d = el("span", style.nodes[k].shape === "dot" ? "sg-dot" : "sg-box");
    d.style.background = style.nodes[k].color;
    row(d, style.nodes[k].label);
  });
  (data.groups || []).forEach(function (g) {
    var d = el("span", "sg-box");
    d.style.background = g.color;
    row(d, "topic: " + g.label);
  });

  /* ---------------------------------------------------------------- shareable state in the URL */
  // #candidate=<node id>&topic=<node id>&hide=oppose,neutral&edge=<edge id>&node=<node id>&list=1
  function applyHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ""));
    if (!Array.from(p.keys()).length) return;
    if (p.get("candidate") && nodeById[p.get("candidate")]) { filter.candidate = candSelect.value = p.get("candidate"); }
    if (p.get("topic") && nodeById[p.get("topic")]) { filter.topic = topicSelect.value = p.get("topic"); }
    (p.get("hide") || "").split(",").forEach(function (k) {
      if (!k) return;
      filter.hidden[k] = true;
      var box = stanceBox.querySelector('input[data-class="' + (window.CSS && CSS.escape ? CSS.escape(k) : k) + '"]');
      if (box) box.checked = false;
    });
    refresh();
    if (p.get("list")) showList();
    else if (p.get("edge")) { network.selectEdges([p.get("edge")]); showEdge(p.get("edge")); }
    else if (p.get("node")) { network.selectNodes([p.get("node")]); showNode(p.get("node")); }
  }
  window.addEventListener("hashchange", function () {
    filter = {candidate: "", topic: "", hidden: {}};
    candSelect.value = ""; topicSelect.value = "";
    stanceBox.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    applyHash();
    refresh();
  });

  /* ---------------------------------------------------------------- labels apart */
  // vis' physics keeps node shapes apart, not their labels: a proposal's small diamond
  // carries a label ten times its width, so labels of neighbours pile up. Once laid out,
  // each node's box (shape and label, in canvas units, so the zoom does not matter) is
  // pushed out of any box it overlaps, along the axis where they overlap least, until none
  // do. Positions are written straight into vis' node bodies: moveNode() would restart the
  // physics, which pulls the nodes back onto each other.
  var GAP_X = 18, GAP_Y = 4; // canvas px between boxes: more side by side, where two labels would read as one line
  var EPS = 0.5;             // what a pair just pushed apart may still overlap by in rounding: no overlap
  var UNTANGLE_ROUNDS = 300;
  var PAD = 16;              // page px between the outermost box and the frame's edge
  function boxes() {
    // Each visible node's box relative to its centre. vis updates label sizes and bounding
    // boxes when it draws: call right after a redraw, before moving anything.
    var all = network.body.nodes;
    return network.body.nodeIndices.map(function (id) {
      // vis' boundingBox of a dot or diamond stops short of the label drawn under it: add the label's own box.
      var n = all[id], bb = n.shape.boundingBox, s = n.labelModule.size;
      var l = bb.left, r = bb.right, t = bb.top, b = bb.bottom;
      if (s.width) {
        l = Math.min(l, s.left); r = Math.max(r, s.left + s.width);
        t = Math.min(t, s.top); b = Math.max(b, s.top + s.height);
      }
      return {n: n, x: n.x, y: n.y, l: l - n.x, r: r - n.x, t: t - n.y, b: b - n.y};
    });
  }
  function extent(items) {
    var e = {l: Infinity, r: -Infinity, t: Infinity, b: -Infinity};
    items.forEach(function (it) {
      e.l = Math.min(e.l, it.x + it.l); e.r = Math.max(e.r, it.x + it.r);
      e.t = Math.min(e.t, it.y + it.t); e.b = Math.max(e.b, it.y + it.b);
    });
    return e;
  }
  function zoomFor(e) {
    var W = container.clientWidth - 2 * PAD, H = container.clientHeight - 2 * PAD;
    return Math.min(1, W / Math.max(1, e.r - e.l), H / Math.max(1, e.b - e.t));
  }
  // The physics cares for distances only, so any rotation of its layout is as good a layout;
  // labels stay horizontal though, and a tall layout in a wide frame gets zoomed out. Turn
  // the layout to the angle at which it fits the frame largest (before untangling, which
  // works on axis-aligned boxes). Returns the angle in degrees.
  function orient(items) {
    var k = items.length;
    if (k < 3) return 0;
    var cx = 0, cy = 0;
    items.forEach(function (it) { cx += it.x / k; cy += it.y / k; });
    function turned(deg) {
      var a = deg * Math.PI / 180, cos = Math.cos(a), sin = Math.sin(a);
      return items.map(function (it) {
        var dx = it.x - cx, dy = it.y - cy;
        return {x: cx + dx * cos - dy * sin, y: cy + dx * sin + dy * cos, l: it.l, r: it.r, t: it.t, b: it.b};
      });
    }
    var best = 0, bestZoom = zoomFor(extent(items));
    for (var deg = 15; deg < 180; deg += 15) {
      var z = zoomFor(extent(turned(deg)));
      if (z > bestZoom * 1.02) { best = deg; bestZoom = z; } // near-ties keep the physics' own angle
    }
    if (best) turned(best).forEach(function (p, i) { items[i].x = p.x; items[i].y = p.y; });
    return best;
  }
  // Pushing boxes apart one pair at a time stretches a crowded layout into a column (wide
  // labels part vertically): first spread a crowded layout evenly, keeping its shape, until
  // its boxes could cover at most CROWD of the area it spans. Returns the factor.
  var CROWD = 0.35;
  function spread(items, f) {
    var k = items.length;
    if (k < 3) return 1;
    var cx = 0, cy = 0, area = 0;
    items.forEach(function (it) {
      cx += it.x / k; cy += it.y / k;
      area += (it.r - it.l + GAP_X) * (it.b - it.t + GAP_Y);
    });
    if (!f) {
      var e = extent(items), span = Math.max(1, (e.r - e.l) * (e.b - e.t));
      f = Math.sqrt(area / (CROWD * span));
    }
    if (f <= 1) return 1;
    items.forEach(function (it) { it.x = cx + (it.x - cx) * f; it.y = cy + (it.y - cy) * f; });
    return f;
  }
  // Spread, untangle, and if a dense graph still has overlaps, spread a little more (which
  // keeps apart what is apart) and try again. Returns the overlaps left.
  function layOut(items) {
    var f = spread(items), left = untangle(items);
    for (var attempt = 0; left && attempt < 3; attempt++) {
      f *= spread(items, 1.25);
      left = untangle(items);
    }
    body.setAttribute("data-spread", f.toFixed(2));
    return left;
  }
  // Returns how many overlapping pairs are left (0 unless UNTANGLE_ROUNDS ran out).
  function untangle(items) {
    items.sort(function (a, b) { return a.n.id < b.n.id ? -1 : a.n.id > b.n.id ? 1 : 0; }); // same result every load
    var k = items.length, overlaps = 0;
    for (var round = 0; round < UNTANGLE_ROUNDS; round++) {
      overlaps = 0;
      for (var i = 0; i < k; i++) {
        var p = items[i];
        for (var j = i + 1; j < k; j++) {
          var q = items[j];
          var ox = Math.min(p.x + p.r, q.x + q.r) - Math.max(p.x + p.l, q.x + q.l) + GAP_X;
          if (ox <= EPS) continue;
          var oy = Math.min(p.y + p.b, q.y + q.b) - Math.max(p.y + p.t, q.y + q.t) + GAP_Y;
          if (oy <= EPS) continue;
          overlaps++;
          // Centre to centre, so boxes (not anchors) decide which way each one goes.
          var dx = (q.x + (q.l + q.r) / 2) - (p.x + (p.l + p.r) / 2);
          var dy = (q.y + (q.t + q.b) / 2) - (p.y + (p.t + p.b) / 2);
          if (oy <= ox) {
            var sy = dy > 0 || (dy === 0 && (i + j) % 2) ? 1 : -1;
            p.y -= sy * oy / 2; q.y += sy * oy / 2;
          } else {
            var sx = dx > 0 || (dx === 0 && (i + j) % 2) ? 1 : -1;
            p.x -= sx * ox / 2; q.x += sx * ox / 2;
          }
        }
      }
      if (!overlaps) break;
    }
    return overlaps;
  }
  // Writes the boxes' positions into vis' nodes; returns how many moved.
  function place(items) {
    var moved = 0;
    items.forEach(function (it) {
      if (it.x !== it.n.x || it.y !== it.n.y) {
        it.n.x = it.x; it.n.y = it.y;
        it.n.vx = 0; it.n.vy = 0;
        moved++;
      }
    });
    return moved;
  }
  // vis' own fit() leaves out the part of a label under a dot or a diamond: frame the
  // whole boxes instead, where labels were untangled.
  function fit() {
    if (!data.untangle) { network.fit(); return; }
    network.redraw(); // boxes at the current positions
    var items = boxes();
    if (!items.length) { network.fit(); return; }
    var e = extent(items);
    network.moveTo({position: {x: (e.l + e.r) / 2, y: (e.t + e.b) / 2}, scale: zoomFor(e), animation: false});
  }
  document.getElementById("sg-fit").addEventListener("click", fit);

  /* ---------------------------------------------------------------- ready */
  function ink() {
    // Pixels actually painted on the canvas (sampled): proves vis drew something.
    var canvas = container.querySelector("canvas");
    if (!canvas || !canvas.width) return 0;
    var px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    var count = 0;
    for (var i = 3; i < px.length; i += 64) if (px[i] > 0) count++;
    return count;
  }
  var loading = document.getElementById("sg-loading");
  network.on("stabilizationProgress", function (p) {
    loading.textContent = "Laying out the graph… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  var done = false;
  function ready() {
    if (done) return;
    done = true;
    if (data.freeze) setPhysics(false);
    else body.setAttribute("data-physics", "on");
    if (data.untangle) {
      network.stopSimulation();
      network.redraw(); // vis measures labels when it draws
      var items = boxes();
      body.setAttribute("data-turned", orient(items));
      body.setAttribute("data-overlaps-left", layOut(items));
      place(items);
      // Dragging a node or filtering restarts the physics, which pulls labels back
      // together: untangle again each time it comes to rest.
      network.on("stabilized", function () {
        network.redraw();
        var now = boxes();
        untangle(now);
        if (place(now)) network.redraw();
      });
    }
    fit();
    network.once("afterDrawing", function () {
      body.setAttribute("data-nodes", nodes.length);
      body.setAttribute("data-edges", edges.length);
      body.setAttribute("data-drawn-nodes", network.body.nodeIndices.length);
      body.setAttribute("data-drawn-edges", network.body.edgeIndices.length);
      body.setAttribute("data-visible-nodes", nodeView.length);
      body.setAttribute("data-visible-edges", edgeView.length);
      body.setAttribute("data-ink", ink());
      body.setAttribute("data-settle-ms", Math.round(performance.now() - t0));
      applyHash();
      body.setAttribute("data-state", "ready");
    });
    network.redraw();
  }
  network.once("stabilizationIterationsDone", ready);
  // An empty graph or one that needs no iterations never fires the event above.
  if (!data.nodes.length) ready();
})();
