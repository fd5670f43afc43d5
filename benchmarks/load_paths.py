"""Where bulk-load time goes: one loading path per process, on the same N-Quads file.

Run by hand (not part of the test suite)::

    python benchmarks/load_paths.py --size 1m            # about 2 minutes on 2 cores
    python benchmarks/load_paths.py --size 1m --shm      # also a store in /dev/shm

Paths: pyoxigraph ``Store.bulk_load`` from the file (strict and ``lenient``) and from bytes,
the ``oxigraph load`` command, ``bulk_extend`` of parsed quads, an in-memory store, the Python
side alone (serialising the triples to N-Quads, as ``bulk_load_graphs`` does), and
``bulk_load_graphs`` itself (several bulk loads at once). Each line also gives the CPU time of
the process: a path whose CPU time equals its wall time used one core.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PATHS = ("bulk_load", "bulk_load_lenient", "bulk_load_bytes", "oxigraph_load", "bulk_extend", "memory",
         "serialise_only", "bulk_load_graphs")


def _cpu() -> float:
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in usage)


def measure(path: str, nquads: str, store: str) -> dict:
    """One path, in this process: the clock covers the load and the flush to disk."""
    import pyoxigraph as ox

    setup = None
    if path == "bulk_load_bytes":
        setup = Path(nquads).read_bytes()
    elif path == "bulk_extend":
        setup = list(ox.parse(path=nquads, format=ox.RdfFormat.N_QUADS))
    elif path in ("serialise_only", "bulk_load_graphs"):
        import tasks

        setup = tasks.read_graphs(nquads)
    cpu0, t0 = _cpu(), time.perf_counter()
    if path == "oxigraph_load":
        exe = Path(sys.executable).with_name("oxigraph")
        subprocess.run([str(exe), "load", "--location", store, "--file", nquads], check=True,
                       capture_output=True)
    elif path == "memory":
        ox.Store().bulk_load(path=nquads, format=ox.RdfFormat.N_QUADS)
    elif path == "serialise_only":
        from stancegraph.store.embedded import _ntriples

        for graph, triples in setup:
            suffix = f" {graph} .".encode()
            b"\n".join(line[:-2] + suffix for line in _ntriples(triples).splitlines())
    elif path == "bulk_load_graphs":
        from stancegraph.store import open_store

        target = open_store(store)
        target.bulk_load_graphs(setup)
        target.close()
    else:
        target = ox.Store(store)
        if path == "bulk_extend":
            target.bulk_extend(setup)
        elif path == "bulk_load_bytes":
            target.bulk_load(setup, format=ox.RdfFormat.N_QUADS)
        else:
            target.bulk_load(path=nquads, format=ox.RdfFormat.N_QUADS, lenient=path == "bulk_load_lenient")
        target.flush()
    return {"seconds": time.perf_counter() - t0, "cpu_seconds": _cpu() - cpu0}


def main(argv: list[str] | None = None) -> int:
    import run  # the size parser and the synthetic graph writer of the main benchmark
    import synthetic

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--size", type=run.parse_size, default=run.parse_size("1m"), help="triples (default 1m)")
    p.add_argument("--shm", action="store_true", help="also bulk_load into a store in /dev/shm (memory)")
    p.add_argument("--workdir", type=Path, default=None)
    p.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(measure(*args.child)))
        return 0
    work = Path(tempfile.mkdtemp(prefix="stancegraph-load-", dir=args.workdir))
    try:
        nquads = work / "graph.nq"
        info = synthetic.write_graph(nquads, args.size)
        runs = [(name, work / f"store-{name}") for name in PATHS]
        if args.shm:
            runs.append(("bulk_load in /dev/shm", Path(tempfile.mkdtemp(prefix="stancegraph-load-", dir="/dev/shm"))))
        print(f"{info.triples:,} triples, one process per path\n")
        print("| path | s | triples/s | CPU s |\n|---|---:|---:|---:|")
        for name, store in runs:
            shutil.rmtree(store, ignore_errors=True)
            child = "bulk_load" if name.endswith("/dev/shm") else name
            out = subprocess.run([sys.executable, __file__, "--child", child, str(nquads), str(store)],
                                 check=True, capture_output=True, text=True).stdout
            result = json.loads(out.strip().splitlines()[-1])
            print(f"| {name} | {result['seconds']:.2f} | {info.triples / result['seconds']:,.0f} | "
                  f"{result['cpu_seconds']:.1f} |", flush=True)
            shutil.rmtree(store, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
