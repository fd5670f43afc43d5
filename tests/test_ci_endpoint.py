"""The remote path against the SPARQL server that `.ci/run` starts (STANCEGRAPH_TEST_ENDPOINT).

tests/test_serve.py starts its own servers; this test uses the one CI installs and starts on
loopback, through the command line as a user would: build the seed into it twice, then
`positions` from it gives the same rows as from an embedded store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from stancegraph.cli import main

ENDPOINT = os.environ.get("STANCEGRAPH_TEST_ENDPOINT")
DATA = Path(__file__).resolve().parents[1] / "data"

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(not ENDPOINT, reason="STANCEGRAPH_TEST_ENDPOINT not set (.ci/run sets it)"),
]


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_remote_build_twice_then_positions_match_the_embedded_store(tmp_path):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    _run("build", str(DATA), "--store", ENDPOINT, "-q")
    first = json.loads(_run("sparql", count, "--store", ENDPOINT, "--format", "json"))
    _run("build", str(DATA), "--store", ENDPOINT, "-q", "--force")
    second = json.loads(_run("sparql", count, "--store", ENDPOINT, "--format", "json"))
    assert first == second

    local = str(tmp_path / "local.db")
    _run("build", str(DATA), "--store", local, "-q")
    remote_rows = json.loads(_run("positions", "--store", ENDPOINT, "--evidence", "all", "--format", "json"))
    local_rows = json.loads(_run("positions", "--store", local, "--evidence", "all", "--format", "json"))
    assert remote_rows and remote_rows == local_rows
