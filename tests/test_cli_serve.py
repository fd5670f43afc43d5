"""`stancegraph serve` as a user runs it: a real process (the CLI, its guard, the oxigraph
binary) on a real store. What tests/test_serve.py does not cover already: read-only by
default (UPDATE and Graph Store writes refused, nothing changes), loopback only, a
non-loopback --host refused without --allow-remote, the query timeout, the result-size
limit, and SIGTERM / SIGKILL of the command leaving no oxigraph server behind."""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from stancegraph.pipeline import build
from stancegraph.serve import free_port
from stancegraph.store import open_store

pytestmark = pytest.mark.server

SAMPLES = Path(__file__).parent.parent / "notebooks" / "sample-corpus"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def store(tmp_path_factory, extractor) -> Path:
    root = tmp_path_factory.mktemp("serve-cli")
    shutil.copytree(SAMPLES, root / "corpus")
    path = root / "store"
    with open_store(str(path)) as s:
        assert build([root / "corpus"], s, extractor=extractor).ok
    return path


def serve(store: Path, *extra: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "stancegraph.cli", "serve", "--store", str(store), "--port", str(port), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process, port
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError("stancegraph serve did not listen")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def query(port: int, sparql: str, accept: str = "text/csv", timeout: float = 60) -> tuple[int, str]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/query", data=urllib.parse.urlencode({"query": sparql}).encode(),
        headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def post(port: int, path: str, body: bytes, content_type: str) -> int:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method="POST",
                                     headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def count(port: int) -> int:
    status, body = query(port, COUNT)
    assert status == 200, body
    return int(body.splitlines()[1])


def non_loopback_address() -> str | None:
    """This machine's address on its default route, if it has one (no packet is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect(("192.0.2.1", 9))  # TEST-NET-1: routing decision only
            address = sock.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else address


@pytest.fixture(scope="module")
def served(store):
    process, port = serve(store, "--timeout", "2", "--max-result-mb", "0.05")
    yield process, port
    stop(process)


def test_read_only_by_default_updates_change_nothing(served):
    _, port = served
    before = count(port)
    assert before > 100
    assert post(port, "/update", b"DROP ALL", "application/sparql-update") >= 400
    assert post(port, "/update", urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(),
                "application/x-www-form-urlencoded") >= 400
    assert post(port, "/store?default", b"<http://x/a> <http://x/b> <http://x/c> .", "application/n-triples") >= 400
    status, _ = query(port, "DELETE WHERE { ?s ?p ?o }")  # an update sent as a query
    assert status >= 400
    assert count(port) == before


def test_listens_on_loopback_only(served):
    _, port = served
    address = non_loopback_address()
    if address is None:
        pytest.skip("this machine has no non-loopback address to try")
    with pytest.raises(OSError):
        socket.create_connection((address, port), timeout=2).close()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("sparql", [
    # oxigraph 0.5 alone: cancels this one after ~8 s but inside a 200 response whose body
    # ends with "The SPARQL operation has been cancelled" (a client would read it as a row)...
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    # ... and does not stop this one at all (measured: still running after 30 s).
    "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a LIMIT 1",
])
def test_query_timeout_answers_504(served, sparql):
    _, port = served
    started = time.monotonic()
    status, body = query(port, sparql)
    elapsed = time.monotonic() - started
    assert status == 504, body
    assert "timeout" in body
    assert elapsed < 15  # --timeout 2, plus the guard's 2 s of grace (and a restart)
    assert count(port) > 0  # the server still answers
    # ... and no query goes on burning a CPU behind the 504 (the guard restarts the backend
    # when its deadline passes: measured before that, 0.7 CPU for as long as it ran).
    process, _ = served
    (backend,) = oxigraph_children(process.pid)
    before = cpu_seconds(backend)
    time.sleep(2)
    assert cpu_seconds(backend) - before < 0.5


def test_result_size_limit(served):
    _, port = served
    status, body = query(port, "SELECT * WHERE { ?s ?p ?o }")  # well over 50 KB as CSV
    assert status == 400
    assert "over 0.05 MB" in body and "LIMIT" in body
    status, body = query(port, "SELECT * WHERE { ?s ?p ?o } LIMIT 20")
    assert status == 200 and len(list(csv.reader(io.StringIO(body)))) == 21


def test_service_refused_through_the_command(served):
    _, port = served
    status, body = query(port, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 403 and "SERVICE" in body


def test_non_loopback_host_needs_allow_remote(store):
    result = subprocess.run(
        [sys.executable, "-m", "stancegraph.cli", "serve", "--store", str(store), "--host", "0.0.0.0",
         "--port", str(free_port())],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("stancegraph: error: --host 0.0.0.0 is not a loopback address")
    assert "--allow-remote" in result.stderr and "Traceback" not in result.stderr


def oxigraph_children(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in children.read_text().split()] if children.exists() else []


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "\nState:\tZ" in status.read_text())


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_stopping_the_command_stops_the_server(store, how):
    process, port = serve(store)
    children = oxigraph_children(process.pid)
    assert len(children) == 1
    os.kill(process.pid, how)
    process.wait(timeout=15)
    deadline = time.monotonic() + 15
    while alive(children[0]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(children[0]), f"oxigraph server {children[0]} outlived `stancegraph serve` ({how.name})"
    if how == signal.SIGTERM:
        assert "Traceback" not in process.stderr.read()
