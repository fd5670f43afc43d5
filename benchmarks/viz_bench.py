"""How long the interactive graph takes to build and to settle in Chromium, by size.

    python benchmarks/viz_bench.py            # 50, 500 and 5,000 positions
    python benchmarks/viz_bench.py --sizes 50 500 --views positions

Not a timed test: a script that prints a table. Rows are made up
(``stancegraph.project.synthetic_rows``: 10 positions per candidate over 20 topics).
Columns:
  project   rows -> networkx (positions_graph or agreement_graph)
  render    networkx -> HTML string (viz.render_html), and the page's size
  settle    measured inside the page: script start -> laid out and first drawn
            (performance.now(), written to <body data-settle-ms>). Chromium runs with a
            virtual-time budget, which fast-forwards idle timer waits: this counts the
            computation (parse, layout, drawing), i.e. what a user waits for.
  chromium  wall time of a whole headless Chromium run (start, load, settle, dump), minus
            the same run on an empty page (Chromium's own start-up, shown in the header)
"""

from __future__ import annotations

import argparse
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
        empty = out / "empty.html"
        empty.write_text("<!DOCTYPE html><html><body data-state=ready></body></html>", encoding="utf-8")
        baseline = min(browser.load(empty).seconds for _ in range(args.repeat))
        print(f"Chromium start-up and dump of an empty page: {baseline:.2f} s (subtracted below)\n")
        header = f"{'view':<10} {'positions':>9} {'cands':>5} {'nodes':>6} {'edges':>6} {'project s':>9} {'render s':>8} {'page MB':>7} {'settle s':>8} {'chromium s':>10}  notes"
        print(header)
        print("-" * len(header))
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
                pages = [browser.load(path, timeout=600) for _ in range(args.repeat)]
                best = min(pages, key=lambda p: p.seconds)
                if best.body.get("data-state") != "ready":
                    print(f"{view:<10} {n:>9}: page did not settle", file=sys.stderr)
                    continue
                notes = "physics frozen after layout" if best.body.get("data-physics") == "off" else ""
                if best.count("drawn-edges") < g.number_of_edges():
                    notes += f"{'; ' if notes else ''}{g.number_of_edges():,} pairs -> strongest shown"
                print(
                    f"{view:<10} {n:>9,} {len({r['candidate'] for r in rows}):>5} {best.count('drawn-nodes'):>6,} "
                    f"{best.count('drawn-edges'):>6,} {t_project:>9.2f} {t_render:>8.2f} {len(html) / 1e6:>7.2f} "
                    f"{int(best.body['data-settle-ms']) / 1000:>8.2f} {best.seconds - baseline:>10.2f}  {notes}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
