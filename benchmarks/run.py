"""stancegraph benchmark: build throughput, bulk load, named-query latency, side by side.

Run by hand (not part of the test suite)::

    python benchmarks/run.py --sizes 100k,1m            # about 15 minutes on 2 cores
    python benchmarks/run.py --sizes 100k --quick       # a couple of minutes
    python benchmarks/run.py --sizes 1m --docs 10k --skip build

Writes a Markdown report to stdout and to ``benchmarks/out/report.md`` (raw numbers in
``benchmarks/out/results.json``). The machine may be shared and noisy: every comparison is
made within one run, each measurement is the median of several repetitions, and each runs in
its own process (``benchmarks/tasks.py``) so that peak memory belongs to it alone.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure  # noqa: E402
import queries_adapter  # noqa: E402
import synthetic  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
LOAD_TARGET = 300_000  # triples/s, from the issue
RDFLIB_FACTOR_TARGET = 20  # stancegraph at least 20x faster than rdflib at 1M triples
RAW_FACTOR_TARGET = 1.5  # and within 1.5x of raw pyoxigraph


def parse_size(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    number = text[:-1] if scale > 1 else text
    try:
        value = int(float(number) * scale)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (examples: 1000, 100k, 1m)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"size must be positive: {text!r}")
    return value


def size_list(text: str) -> list[int]:
    return [parse_size(part) for part in text.split(",") if part.strip()]


def human(n: float) -> str:
    for unit, scale in (("M", 1e6), ("k", 1e3)):
        if n >= scale:
            return f"{n / scale:g}{unit}" if (n / scale) == int(n / scale) else f"{n / scale:.1f}{unit}"
    return f"{n:g}"


def rate(n: float) -> str:
    return f"{n:,.0f}"


def ms(seconds: float | None) -> str:
    if seconds is None:
        return "n/a"
    return f"{seconds * 1000:.1f}" if seconds < 10 else f"{seconds * 1000:,.0f}"


# ------------------------------------------------------------------------------ build

def build_available() -> str | None:
    """None if pipeline.build can run with the real Extractor, else what is missing."""
    try:
        from stancegraph.extract import Extractor  # noqa: F401
    except ImportError as exc:
        return f"stancegraph.extract.Extractor cannot be imported ({exc})"
    try:
        from stancegraph.pipeline import build  # noqa: F401
    except ImportError as exc:
        return f"stancegraph.pipeline.build cannot be imported ({exc})"
    return None


def bench_build(n_docs: int, work: Path, args, log) -> dict:
    corpus = work / f"corpus-{n_docs}"
    t0 = time.perf_counter()
    info = synthetic.write_corpus(corpus, n_docs, seed=args.seed)
    log(f"corpus of {n_docs} documents ({info.words:,} words) written in {time.perf_counter() - t0:.1f} s")
    section = {"documents": n_docs, "words": info.words, "bytes": info.bytes, "runs": [], "missing": None}
    missing = build_available()
    section["missing"] = missing
    runs = []
    if missing is None and not args.no_spacy:
        for workers in (1, 2):
            runs.append(("build", f"`pipeline.build(workers={workers})`", workers,
                         {"corpus": str(corpus), "store": str(work / f"build-{n_docs}-{workers}"),
                          "workers": workers}))
    if (missing is not None or args.spacy) and not args.no_spacy:
        for light in (False, True):
            for n_process in (1, 2):
                what = "tagger+lemmatizer only" if light else "full pipeline"
                runs.append(("spacy", f"spaCy `nlp.pipe` fr_core_news_md, {what}, n_process={n_process}",
                             n_process, {"corpus": str(corpus), "n_process": n_process, "light": light}))
    for task, label, cores, task_args in runs:
        log(f"build: {label}")
        try:
            result = measure.run_task(task, task_args, timeout=args.build_timeout)
        except measure.TaskFailed as exc:
            section["runs"].append({"label": label, "cores": cores, "error": exc.reason})
            continue
        section["runs"].append({"label": label, "cores": cores, **result})
    shutil.rmtree(corpus, ignore_errors=True)
    for _, _, workers, task_args in runs:
        if "store" in task_args:
            shutil.rmtree(task_args["store"], ignore_errors=True)
    return section


# ------------------------------------------------------------------------------ load

def load_methods(size: int, args) -> list[tuple[str, str, dict]]:
    from stancegraph.store import EmbeddedStore

    bulk = next((m for m in ("bulk_load_graphs", "load_graphs", "bulk_replace_graphs", "replace_graphs")
                 if hasattr(EmbeddedStore, m)), None)
    methods = [("stancegraph `replace_graph` per document", "load_stancegraph", {"method": "replace_graph"})]
    if bulk:
        methods.append((f"stancegraph `{bulk}`", "load_stancegraph", {"method": bulk}))
    methods += [
        ("pyoxigraph `Store.extend` per document", "load_oxigraph", {"method": "extend"}),
        ("pyoxigraph `Store.bulk_extend`", "load_oxigraph", {"method": "bulk_extend"}),
        ("pyoxigraph `Store.bulk_load` (N-Quads file)", "load_oxigraph", {"method": "bulk_load"}),
    ]
    if size <= args.rdflib_max:
        methods.append(("rdflib `Dataset` in memory, `Graph.add`", "load_rdflib", {"method": "rdflib"}))
    if args.load_methods:
        methods = [m for m in methods if m[2]["method"] in args.load_methods]
    return methods


def bench_load(size: int, nquads: Path, triples: int, work: Path, args, log) -> tuple[list, Path, Path]:
    """Times every loading method; keeps the stancegraph and bulk-loaded stores for queries."""
    rows = []
    sg_store = work / f"sg-{size}"
    raw_store = work / f"raw-{size}"
    for label, task, extra in load_methods(size, args):
        reps = 1 if task == "load_rdflib" else args.load_reps
        times, result, error = [], {}, None
        for rep in range(reps):
            target = work / f"load-{size}-{rep}"
            shutil.rmtree(target, ignore_errors=True)
            log(f"load {human(size)}: {label} ({rep + 1}/{reps})")
            try:
                result = measure.run_task(task, {"nquads": str(nquads), "store": str(target),
                                                 "triples": triples, **extra}, timeout=args.load_timeout)
            except measure.TaskFailed as exc:
                error = exc.reason
                break
            times.append(result["seconds"])
            keep = None
            if task == "load_stancegraph" and not sg_store.exists():
                keep = sg_store  # the first stancegraph store loaded serves the queries
            elif extra.get("method") == "bulk_load" and not raw_store.exists():
                keep = raw_store
            if keep is not None:
                target.rename(keep)
            else:
                shutil.rmtree(target, ignore_errors=True)
        seconds = measure.median(times)
        rows.append({"label": label, "task": task, "reps": len(times), "seconds": seconds if times else None,
                     "all_seconds": times, "triples": triples, "stored": result.get("stored"),
                     "per_second": triples / seconds if times else None,
                     "maxrss_mib": result.get("maxrss_mib"), "error": error})
    return rows, sg_store, raw_store


# ------------------------------------------------------------------------------ queries

ENGINES = ("stancegraph", "oxigraph", "rdflib")
BEFORE = "before"  # stancegraph's runner with the named queries of an earlier revision (--before)


def export_before_queries(rev: str, folder: Path) -> Path:
    """The named queries as they were at git revision ``rev``, written to ``folder`` (for the
    "before" column: old and new texts timed in one run, on the same data)."""
    import subprocess

    from stancegraph.queries import query_names

    repo = Path(__file__).resolve().parent.parent
    folder.mkdir(parents=True, exist_ok=True)
    for name in query_names():
        path = f"src/stancegraph/queries/{name}.rq"
        done = subprocess.run(["git", "-C", str(repo), "show", f"{rev}:{path}"], capture_output=True)
        if done.returncode == 0:  # a query new since rev has no "before"
            (folder / f"{name}.rq").write_bytes(done.stdout)
    return folder


def bench_queries(size: int, nquads: Path, info: dict, sg_store: Path, raw_store: Path, args, log,
                  progress=None) -> dict:
    """Each query on each engine, each engine in its own long-lived child: killed and restarted
    when a query goes over its time limit (reported as "> N s")."""
    specs = [s for s in queries_adapter.specs(info) if not args.queries or s["query"] in args.queries]
    engines = [e for e in ENGINES if e != "rdflib" or size <= args.rdflib_max]
    engine_args = {"stancegraph": {"store": str(sg_store)}, "oxigraph": {"store": str(raw_store)},
                   "rdflib": {"nquads": str(nquads)}}
    limits = {"stancegraph": args.query_timeout, "oxigraph": args.query_timeout, "rdflib": args.rdflib_timeout}
    if args.before_queries:
        engines.insert(0, BEFORE)
        engine_args[BEFORE] = {"store": str(sg_store), "queries": str(args.before_queries)}
        limits[BEFORE] = args.query_timeout
    section = {"source": specs[0]["source"] if specs else "none", "queries": {}, "engines": {},
               "limits": limits}
    servers: dict[str, measure.Server | None] = {e: None for e in engines}
    try:
        for spec in specs:
            entry = {"params": spec["params"], "query": spec["query"]}
            for engine in engines:
                if engine == BEFORE:
                    old = Path(args.before_queries) / f"{spec['query']}.rq"
                    if not old.exists() or old.read_text(encoding="utf-8") == spec["text"]:
                        # new, or the same text as now: nothing to compare, save the minutes
                        entry[engine] = {"seconds": None, "rows": None, "over": None,
                                         "note": "same text" if old.exists() else "new"}
                        continue
                if engine == "oxigraph" and (entry.get("stancegraph") or {}).get("over"):
                    # same engine under stancegraph's layer: it would time out too; save the minutes
                    entry[engine] = {"seconds": None, "rows": None, "note": "not run (stancegraph over limit)",
                                     "over": None}
                    continue
                log(f"queries {human(size)}: {spec['name']} on {engine}")
                forked = engine == "rdflib"  # slow to load: each query runs in a fork of the loaded process
                if servers[engine] is None:
                    servers[engine] = measure.Server("query_server", {"engine": engine, "fork": forked,
                                                                      **engine_args[engine]},
                                                     start_timeout=args.load_timeout)
                    section["engines"].setdefault(engine, servers[engine].ready)
                limit = limits[engine]
                sg_seconds = (entry.get("stancegraph") or {}).get("seconds")
                if engine == "rdflib" and sg_seconds:
                    # Long enough to tell whether rdflib is 20x slower than stancegraph
                    # (a bound below the target says nothing), up to --rdflib-timeout-max.
                    limit = min(max(limit, 1.5 * RDFLIB_FACTOR_TARGET * sg_seconds), args.rdflib_timeout_max)
                try:
                    answer = servers[engine].ask({"spec": spec, "reps": args.reps, "timeout": limit},
                                                 timeout=limit + (60 if forked else 0))
                except measure.TaskFailed as exc:  # the server itself died or hung: start a new one
                    servers[engine].close()
                    servers[engine] = None
                    answer = {"timeout": True} if isinstance(exc, measure.TaskTimeout) else {"error": exc.reason}
                if answer.get("timeout") or answer.get("error"):
                    timed_out = bool(answer.get("timeout"))
                    entry[engine] = {"seconds": None, "rows": None,
                                     "note": f"> {limit:.0f} s" if timed_out else f"failed: {answer['error']}",
                                     "over": limit if timed_out else None}
                    continue
                entry[engine] = {"seconds": measure.median(answer["times"]), "rows": answer["rows"],
                                 "reps": len(answer["times"]), "note": "", "over": None}
            section["queries"][spec["name"]] = entry
            if progress is not None:  # write the report so far: a long run stopped midway keeps it
                progress(section)
    finally:
        for server in servers.values():
            if server is not None:
                server.close()
    return section


# ------------------------------------------------------------------------------ report

def bound(a: dict, b: dict) -> tuple[float | None, str]:
    """a / b as (value, qualifier): '>' when a timed out (a is at least its limit), None when
    the ratio is unknown (b timed out or failed, or a failed)."""
    if not a or not b or b.get("seconds") is None:
        return None, ""
    if a.get("seconds") is not None:
        return a["seconds"] / b["seconds"], ""
    if a.get("over"):
        return a["over"] / b["seconds"], "> "
    return None, ""


def ratio(a: dict, b: dict, suffix: str = "") -> str:
    value, qualifier = bound(a, b)
    if value is None:
        return "n/a"
    return f"{qualifier}{value:,.0f}{suffix}" if suffix and value >= 10 else f"{qualifier}{value:.2f}{suffix}"


def report(results: dict) -> str:
    m = results["machine"]
    out = ["# stancegraph benchmark", ""]
    out.append(f"Run {results['started']} UTC, {results['elapsed_s'] / 60:.1f} min, "
               f"`python benchmarks/run.py {results['argv']}`. Medians of repetitions, each "
               "measurement in its own process; ratios compare runs made side by side in this run.")
    out += ["", "## Machine", ""] + measure.Machine(**m).lines()
    out.append(f"- load average at end: {' / '.join(f'{x:.2f}' for x in results['load_after'])} "
               "(the machine is shared: absolute numbers are noisy, ratios less so)")

    for b in results["build"]:
        out += ["", f"## Build throughput: {b['documents']:,} synthetic documents, {b['words']:,} words", ""]
        if b["missing"]:
            out.append(f"`stancegraph build` not measured: {b['missing']}. spaCy alone is measured "
                       "instead, as the dominant cost of a build.")
            out.append("")
        if not b["runs"]:
            out.append("(no run)")
            continue
        out.append("| what | processes | documents/s | words/s | words/s per process | CPU s | "
                   "words per CPU s | peak RSS main / worker (MiB) |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
        for r in b["runs"]:
            if r.get("error"):
                out.append(f"| {r['label']} | {r['cores']} | failed: {r['error']} | | | | | |")
                continue
            s = r["seconds"]
            worker = f"{r['children_maxrss_mib']:.0f}" if r["children_maxrss_mib"] > 1 else "-"
            extra = ""
            if r.get("errors"):
                extra = f" ({r['errors']} file errors, first: {r['first_error']})"
            out.append(f"| {r['label']}{extra} | {r['cores']} | {r['documents'] / s:.1f} | {rate(r['words'] / s)} | "
                       f"{rate(r['words'] / s / r['cores'])} | {r['cpu_seconds']:.0f} | "
                       f"{rate(r['words'] / r['cpu_seconds'])} | "
                       f"{r['maxrss_mib']:.0f} / {worker} |")
        loads = [r["load_seconds"] for r in b["runs"] if not r.get("error")]
        if loads:
            out.append("")
            out.append(f"Model load time (not in the rates): {min(loads):.1f}-{max(loads):.1f} s. One run each. "
                       "Words per CPU second counts the CPU time of the build and its workers: on a "
                       "shared machine it is steadier than wall-clock rates.")

    for g in results["graphs"]:
        i = g["info"]
        out += ["", f"## Graph of {human(g['size'])} triples", ""]
        out.append(f"{i['triples']:,} triples: {i['documents']:,} documents, {i['candidates']:,} candidates, "
                   f"{i['positions']:,} positions, {i['statements']:,} stance statements, "
                   f"{i['proposals']:,} proposals (generated in {g['generate_s']:.1f} s).")
        out += ["", "### Bulk load (on disk unless noted)", "",
                f"| method | reps | median s | triples/s | >= {rate(LOAD_TARGET)}/s | peak RSS MiB |",
                "|---|---:|---:|---:|:-:|---:|"]
        for r in g["load"]:
            if r["error"]:
                out.append(f"| {r['label']} | {r['reps']} | failed: {r['error']} | | | |")
                continue
            ok = "yes" if r["per_second"] >= LOAD_TARGET else "no"
            out.append(f"| {r['label']} | {r['reps']} | {r['seconds']:.2f} | {rate(r['per_second'])} | {ok} | "
                       f"{r['maxrss_mib']:.0f} |")
        q = g["queries"]
        if not q:
            continue
        source = ("stancegraph's named queries through `run_query`" if q["source"] != "stand-in" else
                  "stand-in queries from `benchmarks/queries/` through the store's `select` (stancegraph's "
                  "named queries were not available)")
        out += ["", "### Query latency (ms, median)", "", f"Queries: {source}. Same text and parameters on each "
                "engine (raw pyoxigraph: `Store.query` with `substitutions` on a store filled by `bulk_load`, "
                "reading every value; rdflib: in-memory `Dataset(default_union=True)`, parameters as a "
                "trailing `VALUES` clause, because `initBindings` does not filter on variables the "
                "named queries assign with `BIND` and returned every row). Each engine runs in its own "
                "process, one query after the other: stancegraph, then raw pyoxigraph, then rdflib.", ""]
        rl = q["engines"].get("rdflib")
        if rl:
            out.append(f"rdflib load into memory for the queries: {rl['load_seconds']:.0f} s, "
                       f"peak RSS {rl['maxrss_mib']:.0f} MiB.")
            out.append("")
        with_before = BEFORE in q["engines"]
        if with_before:
            out.append(f"before: the named queries of revision `{results.get('before_rev')}` through the "
                       "same runner on the same store, in this run (so \"before\" and \"stancegraph\" "
                       "compare two versions of the query texts).")
            out.append("")
        first = "| query | rows | before | stancegraph | before / now |" if with_before else "| query | rows | stancegraph |"
        out.append(first + " raw pyoxigraph | rdflib | stancegraph / raw | rdflib / stancegraph |")
        out.append("|---|---:|" + ("---:|---:|---:|" if with_before else "---:|") + "---:|---:|---:|---:|")
        for name, e in q["queries"].items():
            sg, raw, rdf_ = (e.get(k) or {} for k in ENGINES)
            before = e.get(BEFORE) or {}
            cells = [ms(x["seconds"]) if x.get("seconds") is not None else x.get("note", "not run")
                     for x in (sg, raw, rdf_, before)]
            counts = {k: e[k]["rows"] for k in (*ENGINES, BEFORE) if e.get(k) and e[k].get("rows") is not None}
            rows = counts.get("stancegraph", counts.get("oxigraph"))
            mismatch = ""
            if len(set(counts.values())) > 1:
                mismatch = " (rows differ: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + ")"
            rows_cell = f"{rows:,}" if rows is not None else "?"
            lead = f"| {name}{mismatch} | {rows_cell} | "
            if with_before:
                lead += f"{cells[3]} | {cells[0]} | {ratio(before, sg, 'x')} | "
            else:
                lead += f"{cells[0]} | "
            out.append(lead + f"{cells[1]} | {cells[2]} | {ratio(sg, raw)} | {ratio(rdf_, sg, 'x')} |")
        values = {}
        for e in q["queries"].values():
            for k, v in e["params"].items():
                values.setdefault(f"{k}={v}", None)
        if values:
            out.append("")
            out.append("Parameter values: " + "; ".join(f"`{v}`" for v in values) + ".")
    out += ["", "## Targets", ""] + results["verdicts"]
    out += ["", "## Notes", ""] + [f"- {n}" for n in results["notes"]]
    return "\n".join(out) + "\n"


def verdicts(results: dict) -> list[str]:
    lines = []
    for g in results["graphs"]:
        size = human(g["size"])
        for r in g["load"]:
            if r["label"].startswith("stancegraph") and r["per_second"]:
                ok = "met" if r["per_second"] >= LOAD_TARGET else "NOT met"
                lines.append(f"- load {size}, {r['label']}: {rate(r['per_second'])} triples/s, "
                             f"target >= {rate(LOAD_TARGET)}/s {ok}")
        q = g["queries"]
        if not q:
            continue
        entries = list(q["queries"].values())
        raw = [bound(e["stancegraph"], e["oxigraph"]) for e in entries]
        raw = [r for r in raw if r[0] is not None]
        slow = [name for name, e in q["queries"].items() if e["stancegraph"].get("over")]
        if raw:
            worst = max(r[0] for r in raw)
            lines.append(f"- queries {size}: stancegraph / raw pyoxigraph worst {worst:.2f}, median "
                         f"{measure.median([r[0] for r in raw]):.2f} (over {len(raw)} queries); target <= "
                         f"{RAW_FACTOR_TARGET} {'met' if worst <= RAW_FACTOR_TARGET else 'NOT met'}")
        if slow:
            lines.append(f"- queries {size}: over the {q['limits']['stancegraph']:.0f} s limit on stancegraph: "
                         + ", ".join(slow))
        finished = [(name, e["rdflib"]["seconds"] / e["stancegraph"]["seconds"]) for name, e in q["queries"].items()
                    if (e.get("rdflib") or {}).get("seconds") and e["stancegraph"].get("seconds")]
        at_least = [name for name, e in q["queries"].items()
                    if (e.get("rdflib") or {}).get("over") and e["stancegraph"].get("seconds")]
        if finished or at_least:
            line = f"- queries {size}: rdflib / stancegraph"
            if finished:
                low = min(finished, key=lambda f: f[1])
                below = [n for n, f in finished if f < RDFLIB_FACTOR_TARGET]
                line += (f" where rdflib finished ({len(finished)} queries): lowest {low[1]:,.1f}x ({low[0]}), "
                         f"median {measure.median([f for _, f in finished]):,.0f}x; target >= "
                         f"{RDFLIB_FACTOR_TARGET}x " + ("met" if not below else "NOT met for " + ", ".join(below)))
            if at_least:
                line += (f"; rdflib over its {q['limits']['rdflib']:.0f} s limit on {len(at_least)} more "
                         "(ratio only known as a lower bound, see the table)")
            lines.append(line)
    return lines or ["- nothing measured"]


# ------------------------------------------------------------------------------ main

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=size_list, default=size_list("100k,1m"),
                   help="graph sizes in triples, e.g. 100k,1m,10m (default 100k,1m)")
    p.add_argument("--docs", type=size_list, default=None,
                   help="corpus sizes in documents for the build benchmark (default 1k; 200 with --quick)")
    p.add_argument("--quick", action="store_true", help="fewer repetitions and a smaller corpus")
    p.add_argument("--reps", type=int, default=None, help="query repetitions (default 7; 3 with --quick)")
    p.add_argument("--load-reps", type=int, default=None, help="load repetitions (default 3; 1 with --quick)")
    p.add_argument("--skip", default="", help="comma list of sections to skip: build,load,queries")
    p.add_argument("--spacy", action="store_true", help="also time spaCy alone when build is available")
    p.add_argument("--no-spacy", action="store_true", help="do not time anything that loads spaCy")
    p.add_argument("--rdflib-max", type=parse_size, default=parse_size("1m"),
                   help="largest size compared with rdflib (default 1m)")
    p.add_argument("--rdflib-timeout", type=float, default=120.0, help="per rdflib query, seconds")
    p.add_argument("--rdflib-timeout-max", type=float, default=300.0,
                   help="per rdflib query when stancegraph took long: up to 30x its time, at most this (s)")
    p.add_argument("--query-timeout", type=float, default=60.0,
                   help="per query on stancegraph and on raw pyoxigraph, seconds (default 60)")
    p.add_argument("--build-timeout", type=float, default=3600.0)
    p.add_argument("--load-timeout", type=float, default=3600.0)
    p.add_argument("--queries", default="", help="comma list of query names to run (default: all)")
    p.add_argument("--load-methods", default="",
                   help="comma list of load methods to time (default: all): replace_graph, bulk_load_graphs, "
                        "extend, bulk_extend, bulk_load, rdflib; the queries need a stancegraph one and bulk_load")
    p.add_argument("--before", default="",
                   help="git revision whose named queries are also timed (a 'before' column), e.g. HEAD~3")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--workdir", type=Path, default=None, help="scratch folder (default: a temp folder)")
    p.add_argument("--out", type=Path, default=OUT, help=f"report folder (default {OUT})")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = p.parse_args(argv)
    args.docs = args.docs or [200 if args.quick else 1000]
    args.reps = args.reps or (3 if args.quick else 7)
    args.load_reps = args.load_reps or (1 if args.quick else 3)
    args.skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    args.queries = {q.strip() for q in args.queries.split(",") if q.strip()}
    args.load_methods = {m.strip() for m in args.load_methods.split(",") if m.strip()}
    unknown = args.skip - {"build", "load", "queries"}
    if unknown:
        p.error(f"--skip: unknown section(s) {', '.join(sorted(unknown))}")
    args.argv = " ".join(argv if argv is not None else sys.argv[1:])
    return args


def render(paths: list[Path]) -> str:
    """One report from several results.json files (runs made separately, e.g. build and graphs)."""
    merged: dict = {}
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not data["graphs"]:  # a build-only run: its query settings were not used
            data["notes"] = [n for n in data["notes"] if not n.startswith("Time limits")]
        if not merged:
            merged = data
            merged["argv"] = [data["argv"]]
            continue
        merged["build"] += data["build"]
        merged["graphs"] += data["graphs"]
        merged["argv"].append(data["argv"])
        merged["elapsed_s"] += data["elapsed_s"]
        merged["load_after"] = data["load_after"]
        merged["notes"] += [n for n in data["notes"] if n not in merged["notes"]]
    merged["graphs"].sort(key=lambda g: g["size"])
    merged["argv"] = "` + `python benchmarks/run.py ".join(merged["argv"])
    merged["verdicts"] = verdicts(merged)
    return report(merged)


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["--render"]:  # python benchmarks/run.py --render out1/results.json out2/results.json
        sys.stdout.write(render([Path(p) for p in argv[1:]]))
        return 0
    args = parse_args(argv)
    started = time.time()
    log = (lambda msg: None) if args.quiet else (
        lambda msg: print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True))
    work = Path(tempfile.mkdtemp(prefix="stancegraph-bench-", dir=args.workdir))
    args.before_queries = export_before_queries(args.before, work / "before-queries") if args.before else None
    results = {"started": time.strftime("%Y-%m-%d %H:%M", time.gmtime(started)), "argv": args.argv,
               "before_rev": args.before or None,
               "machine": measure.describe_machine().__dict__, "build": [], "graphs": [], "notes": []}
    def save() -> str:
        """Write the report of what is measured so far (a long run killed midway keeps it)."""
        results["load_after"] = os.getloadavg()
        results["elapsed_s"] = time.time() - started
        results["verdicts"] = verdicts(results)
        text = report(results)
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "report.md").write_text(text, encoding="utf-8")
        (args.out / "results.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
        return text

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the cleanup below on kill
    try:
        if "build" not in args.skip:
            for n_docs in args.docs:
                results["build"].append(bench_build(n_docs, work, args, log))
                save()
        for size in args.sizes if "load" not in args.skip else []:
            nquads = work / f"graph-{size}.nq"
            t0 = time.perf_counter()
            log(f"generating a graph of {human(size)} triples")
            info = synthetic.write_graph(nquads, size, seed=args.seed).to_json()
            entry = {"size": size, "info": info, "generate_s": time.perf_counter() - t0, "queries": None}
            entry["load"], sg_store, raw_store = bench_load(size, nquads, info["triples"], work, args, log)
            results["graphs"].append(entry)
            save()
            if "queries" not in args.skip and sg_store.exists() and raw_store.exists():

                def progress(section, entry=entry):
                    entry["queries"] = section
                    save()

                entry["queries"] = bench_queries(size, nquads, info, sg_store, raw_store, args, log, progress)
            save()
            for path in (nquads, sg_store, raw_store):
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
        if args.rdflib_max < max(args.sizes, default=0):
            results["notes"].append(f"rdflib compared up to {human(args.rdflib_max)} triples only (slow).")
        if "queries" not in args.skip and "load" not in args.skip:
            results["notes"].append(f"Time limits per query: {args.query_timeout:.0f} s on stancegraph and raw "
                                    f"pyoxigraph, {args.rdflib_timeout:.0f} s on rdflib (or 30x stancegraph's time, up to "
                                    f"{args.rdflib_timeout_max:.0f} s); a query slower than 5 s "
                                    f"is run once, others once to warm up then {args.reps} times (median).")
        results["notes"].append("Synthetic data: `benchmarks/synthetic.py` (seed "
                                f"{args.seed}); graphs are what `rdf.extraction_triples` makes of "
                                "generated extractions, plus the topic scheme and ontology graphs.")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.stdout.write(save())
    return 0


if __name__ == "__main__":
    sys.exit(main())
