"""Nothing half-written: `stancegraph build` killed with SIGKILL at different moments leaves a
store that opens, validates, and holds only whole documents; running the build again
completes it to exactly what a clean build gives (no duplicate, no stale triple).

Real processes on a real store on disk. The build is watched by opening the store
read-only (RocksDB allows readers beside the writer; each open sees the store as it was)
and killed once enough documents are in. Each document graph found after a kill is
compared with the same graph from a clean reference build: equal quads, or the test fails.

Every build here (reference, killed ones, rerun) runs a snapshot of the package copied at
the start of the test, so that edits made to the source tree meanwhile (other people at
work in the same checkout) cannot make the builds differ.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from stancegraph.cli import main
from stancegraph.store import open_store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).parent.parent
VOCABULARY_GRAPHS = {"https://w3id.org/stancegraph/topic/", "https://w3id.org/stancegraph/ontology"}
REPORT: list[str] = []  # what happened in each trial, printed at the end (pytest -s / -rA)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """35 fictional documents (and the seed) in .txt, .md, .html and .json, with sidecars."""
    folder = tmp_path_factory.mktemp("kill") / "corpus"
    shutil.copytree(ROOT / "tests" / "gold" / "docs", folder)
    for path in (ROOT / "notebooks" / "sample-corpus").glob("*.txt*"):
        shutil.copy(path, folder / path.name)
    shutil.copy(ROOT / "data" / "aubry-strategie-numerique-2011.txt", folder)
    return folder


def documents_in(store: Path) -> int:
    return len(graph_quads(store)) - len(VOCABULARY_GRAPHS)


def graph_quads(store: Path) -> dict[str, set[str]]:
    """graph IRI -> its statements (N-Triples lines), read from a read-only open."""
    s = ox.Store.read_only(str(store))
    out: dict[str, set[str]] = {}
    for q in s.quads_for_pattern(None, None, None, None):
        out.setdefault(q.graph_name.value, set()).add(str(q.triple))
    del s
    return out


REFERENCE_VIOLATIONS: set[tuple[str, str]] = set()


def violations(report: str) -> set[tuple[str, str]]:
    """(focus node, message) of each SHACL violation in a pyshacl text report."""
    return set(re.findall(r"Focus Node: (\S+)\n(?:.*\n)*?\s*Message: ([^\n]*)", report))


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory) -> dict[str, str]:
    """Environment running a frozen copy of the package (see the module docstring)."""
    src = tmp_path_factory.mktemp("snapshot")
    shutil.copytree(ROOT / "src" / "stancegraph", src / "stancegraph", ignore=shutil.ignore_patterns("__pycache__"))
    return {**os.environ, "PYTHONPATH": str(src)}


def stancegraph(*args: str, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stancegraph.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory, snapshot) -> dict[str, set[str]]:
    """A clean build of the whole corpus (same code, same model as the killed builds)."""
    path = tmp_path_factory.mktemp("reference") / "store"
    built = stancegraph("build", str(corpus), "--store", str(path), "-q", env=snapshot)
    assert built.returncode == 0, built.stderr
    assert "built 35 document(s)" in built.stdout
    result = CliRunner().invoke(main, ["validate", "--store", str(path)])
    REFERENCE_VIOLATIONS.update(violations(result.output))
    assert (result.exit_code == 0) == (not REFERENCE_VIOLATIONS), result.output
    return graph_quads(path)


def test_a_clean_build_of_the_corpus_validates(reference):
    assert not REFERENCE_VIOLATIONS


def start_build(corpus: Path, store: Path, env: dict[str, str], *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "stancegraph.cli", "build", str(corpus), "--store", str(store), "-q", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )


def wait_for_documents(process: subprocess.Popen, store: Path, at_least: int, timeout: float = 180) -> int:
    """Poll the store read-only until it holds ``at_least`` documents; returns the count seen."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the build ended before the kill: {process.communicate()}"
        if (store / "CURRENT").exists():
            try:
                seen = documents_in(store)
            except (OSError, RuntimeError):  # opened while RocksDB was creating its files
                seen = 0
            if seen >= at_least:
                return seen
        time.sleep(0.05)
    raise AssertionError(f"no {at_least} documents in {store} after {timeout} s")


def kill(process: subprocess.Popen) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def check_whole(store: Path, reference: dict[str, set[str]], trial: str, seen: int) -> int:
    """The store after a kill: opens read-write, validates, and every document graph in it is
    exactly the reference graph. Returns the number of documents found."""
    with open_store(str(store)):  # read-write: what the next build does (RocksDB recovers its log)
        pass
    result = CliRunner().invoke(main, ["validate", "--store", str(store)])
    validation = "validates"
    if result.exit_code != 0:
        # Only violations the clean build has too (extraction bugs, not the kill's doing).
        assert violations(result.output) <= REFERENCE_VIOLATIONS, result.output
        validation = f"{len(violations(result.output))} SHACL violation(s), all in the clean build too"
    found = graph_quads(store)
    documents = [g for g in found if g not in VOCABULARY_GRAPHS]
    for graph in documents:
        assert graph in reference, f"{trial}: unknown graph {graph}"
        missing, extra = reference[graph] - found[graph], found[graph] - reference[graph]
        assert not missing and not extra, f"{trial}: partial graph {graph}: {len(missing)} missing, {len(extra)} extra"
    REPORT.append(f"{trial}: killed after {seen} document(s) seen stored; after the kill {len(documents)} "
                  f"whole document graph(s) of 35, {sum(len(found[g]) for g in documents)} triples, {validation}")
    return len(documents)


def test_killed_builds_leave_whole_documents_and_a_rerun_completes(corpus, reference, snapshot, tmp_path):
    store = tmp_path / "store"

    # Trial 1: one document per batch, killed right after the first documents are in. While
    # it runs, a second writer is refused with a clear message, and a reader works.
    first = start_build(corpus, store, snapshot, "--batch-size", "1")
    try:
        deadline = time.monotonic() + 60
        while not (store / "CURRENT").exists():  # the store is opened before spaCy loads
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)
        time.sleep(0.5)
        second = stancegraph("build", str(corpus), "--store", str(store), "-q", env=snapshot, timeout=120)
        assert first.poll() is None, "the first build must still hold the store"
        assert second.returncode == 1
        assert second.stderr.startswith(f"stancegraph: error: store {store} is in use by another process")
        assert "Traceback" not in second.stderr
        seen = wait_for_documents(first, store, 2)
        reader = CliRunner().invoke(main, ["query", "documents", "--store", str(store), "--format", "csv"])
        assert reader.exit_code == 0, reader.output
        kill(first)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    check_whole(store, reference, "trial 1 (--batch-size 1, early)", seen)

    # Trial 2: default batches of 16, killed as soon as the count passes trial 1's: in the
    # middle of writing a batch, one transaction per document.
    before = documents_in(store)
    second_build = start_build(corpus, store, snapshot)
    try:
        seen = wait_for_documents(second_build, store, before + 1)
        kill(second_build)
    finally:
        if second_build.poll() is None:
            second_build.kill()
            second_build.wait()
    check_whole(store, reference, "trial 2 (batches of 16, mid-batch)", seen)

    # Trial 3: one document per batch, killed past the middle of the corpus.
    third = start_build(corpus, store, snapshot, "--batch-size", "1")
    try:
        seen = wait_for_documents(third, store, max(documents_in(store) + 1, 20))
        kill(third)
    finally:
        if third.poll() is None:
            third.kill()
            third.wait()
    check_whole(store, reference, "trial 3 (--batch-size 1, past the middle)", seen)

    # The rerun completes the rest: exactly the clean build, graph by graph.
    rerun = stancegraph("build", str(corpus), "--store", str(store), "-q", env=snapshot)
    assert rerun.returncode == 0, rerun.stderr
    final = graph_quads(store)
    assert set(final) == set(reference)
    for graph in reference:
        if graph in VOCABULARY_GRAPHS:  # the ontology's blank nodes are new at each write
            assert len(final[graph]) == len(reference[graph]), graph
        else:
            assert final[graph] == reference[graph], graph
    total = sum(len(quads) for quads in final.values())
    assert total == sum(len(quads) for quads in reference.values())
    with open_store(str(store), read_only=True) as s:
        assert s.count() == total  # no duplicate anywhere
    REPORT.append(f"rerun: 35 documents, {total} quads, equal to the clean build")
    print("\n".join(REPORT))
