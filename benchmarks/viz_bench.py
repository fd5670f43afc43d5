"""How long the interactive graph takes to build and to settle in Chromium, by size.

    python benchmarks/viz_bench.py            # 50, 500 and 5,000 positions
    python benchmarks/viz_bench.py --sizes 50 500 --views positions

Not a timed test: a script that prints a table. Rows are made up
(``stancegraph.project.synthetic_rows``: 10 positions per candidate over 20 topics).
Columns:
  project   rows -> networkx (positions_graph or agreement_graph)
  render    networkx -> HTML string (viz.render_html), and the page's size
  open      wall time from "open this file" to the graph laid out and drawn, in a live
            headless Chromium driven over the DevTools protocol (best of --repeat)
  settle    the part of it measured inside the page: script start -> laid out and drawn
            (performance.now(), written to <body data-settle-ms>)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import browser  # noqa: E402  (tests/browser.py: drives /usr/bin/chromium)

from stancegraph import project, viz  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000], help="numbers of positions")
    parser.add_argument("--views", nargs="+", default=["positions", "agreement"], choices=["positions", "agreement"])
    parser.add_argument("--repeat", type=int, default=2, help="browser runs per page (best kept)")
    args = parser.parse_args(argv)
    if not browser.available():
        print(f"{browser.CHROMIUM} not found: install Debian's chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="sg-viz-bench-") as tmp:
        out = Path(tmp)
        blank = out / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
        header = (f"{'view':<10} {'positions':>9} {'cands':>5} {'nodes':>6} {'edges':>6} {'project s':>9} "
                  f"{'render s':>8} {'page MB':>7} {'open s':>6} {'settle s':>8}  notes")
        print(header)
        print("-" * len(header))
        with browser.DevTools(blank) as tab:
            for n in args.sizes:
                rows = project.synthetic_rows(max(1, n // 10), n, seed=1)
                for view in args.views:
                    t = time.perf_counter()
                    g = project.positions_graph(rows) if view == "positions" else project.agreement_graph(rows)
                    t_project = time.perf_counter() - t
                    t = time.perf_counter()
                    html = viz.render_html(g)
                    t_render = time.perf_counter() - t
                    path = out / f"{view}-{n}.html"
                    path.write_text(html, encoding="utf-8")
                    runs = []
                    for _ in range(args.repeat):
                        tab.navigate(blank)
                        tab.wait_for("document.title === 'blank'")
                        t = time.perf_counter()
                        tab.navigate(path)
                        tab.wait_for(f"location.href === {json.dumps(path.as_uri())} && document.body && document.body.dataset.state === 'ready'")
                        runs.append((time.perf_counter() - t, tab.evaluate("Object.assign({}, document.body.dataset)")))
                    seconds, body = min(runs, key=lambda r: r[0])
                    notes = "physics frozen after layout" if body.get("physics") == "off" else ""
                    if int(body["drawnEdges"]) < g.number_of_edges():
                        notes += f"{'; ' if notes else ''}{g.number_of_edges():,} pairs -> strongest shown"
                    print(
                        f"{view:<10} {n:>9,} {len({r['candidate'] for r in rows}):>5} {int(body['drawnNodes']):>6,} "
                        f"{int(body['drawnEdges']):>6,} {t_project:>9.2f} {t_render:>8.2f} {len(html) / 1e6:>7.2f} "
                        f"{seconds:>6.2f} {int(body['settleMs']) / 1000:>8.2f}  {notes}",
                        flush=True,
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
