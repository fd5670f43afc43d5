"""Hostile content stays inert: a document whose quotes hold HTML/JS, SPARQL, Turtle syntax,
terminal escape sequences and rich markup (tests/hostile/, see its README) is built into a
store on disk, then every way of reading it back shows the payloads as text.

* ``positions`` as a terminal table: no control character reaches the terminal (ESC, BEL,
  bidi overrides are written as visible escapes), rich markup is printed, not applied;
* csv / json / jsonl give back exactly the strings the store holds (data formats are exact);
* named query parameters carrying SPARQL find nobody and change nothing.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rich.console import Console

from stancegraph.cli import main
from stancegraph.store import open_store

HOSTILE = Path(__file__).parent / "hostile"
SPARQL_PAYLOAD = '" } ; DROP ALL ; #'
OA_EXACT = "http://www.w3.org/ns/oa#exact"
# What a terminal obeys rather than shows (see store/table.py printable()).
TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory, extractor):
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(HOSTILE, root / "corpus", ignore=shutil.ignore_patterns("README*"))
    path = root / "store"
    result = run("build", str(root / "corpus"), "--store", str(path), "-q")
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def quotes(store) -> set[str]:
    """Every quote (oa:exact) in the store, read straight from Oxigraph."""
    s = ox.Store.read_only(str(store))
    found = {q.object.value for q in s.quads_for_pattern(None, ox.NamedNode(OA_EXACT), None, None)}
    del s
    return found


def test_the_payloads_reach_the_store_as_quotes(quotes):
    # Guards the other tests: the extractor must keep the payloads inside the quotes it
    # stores, or there would be nothing hostile left to check.
    text = "\n".join(quotes)
    for payload in ["<script>alert(1)</script>", "<img src=x onerror=alert(document.cookie)>",
                    '"""@prefix ex: <http://evil.example/> .', "\x1b[2J\x1b]8;;http://evil.example/\x07",
                    "[bold red]x[/] et [/]", "[link=http://evil.example]", "\u202e", '" } ;']:
        assert payload in text, payload


def test_the_hostile_store_validates(store):
    result = run("validate", "--store", str(store))
    assert result.exit_code == 0, result.output


def test_positions_table_shows_payloads_as_text(store):
    result = run("positions", "--store", str(store))
    assert result.exit_code == 0
    out = result.stdout
    assert not TERMINAL_CONTROLS.search(out.replace("\n", "")), [c for c in out if TERMINAL_CONTROLS.match(c)]
    # The escapes are shown, visibly; markup and HTML are printed as written (rich folds long
    # cells at spaces, so only space-free pieces are looked for).
    for shown in ["\\x1b[2J\\x1b]8;;http://evil.example/\\x07lien\\x1b]8;;\\x07", "<script>alert(1)</script>",
                  "onerror=alert(document.cookie)>", "red]x[/]", "[link=http://evil.example]ici[/link].",
                  "\\u202etout", '"""@prefix']:
        assert shown in out, shown


def test_table_on_a_real_terminal_sends_no_payload_sequence(store):
    # On a terminal rich styles the header itself (its own escape sequences); none of the
    # document's must get through, and its markup must not be applied.
    from stancegraph.queries import run_query

    with open_store(str(store), read_only=True) as s:
        table = run_query(s, "positions", {})
    buffer = io.StringIO()
    Console(file=buffer, force_terminal=True, color_system="truecolor", width=300).print(table.to_rich())
    out = buffer.getvalue()
    for sequence in ["\x1b[2J", "\x1b]8;;http://evil", "\x07", "\u202e"]:
        assert sequence not in out
    assert "red]x[/]" in out and "\x1b[1;31mx" not in out  # printed, not turned bold red


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_data_formats_give_back_the_stored_quotes_exactly(store, quotes, fmt):
    result = run("positions", "--store", str(store), "--evidence", "all", "--format", fmt)
    assert result.exit_code == 0
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
    elif fmt == "json":
        rows = json.loads(result.stdout)
    else:
        rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {row["evidence"] for row in rows} <= quotes
    assert any("\x1b[2J" in row["evidence"] for row in rows)
    assert any("<script>" in row["evidence"] for row in rows)
    if fmt != "csv":  # JSON writes control characters as \u escapes: no raw ESC byte
        assert "\x1b" not in result.stdout and "\\u001b[2J" in result.stdout


def test_hostile_metadata_is_text_too(store):
    result = run("query", "documents", "--store", str(store), "--format", "json")
    row = json.loads(result.stdout)[0]
    assert row["title"] == "Entretien </title><script>alert(2)</script> [bold]x[/]"
    assert row["source_url"] == 'http://evil.example/a"><script>alert(3)</script>'  # a literal, not an IRI
    table = run("query", "documents", "--store", str(store)).stdout
    assert "[bold]x[/]" in table and "</script>" in table and not TERMINAL_CONTROLS.search(table.replace("\n", ""))


def test_sparql_in_query_parameters_finds_nobody_and_changes_nothing(store):
    def count() -> int:
        with open_store(str(store), read_only=True) as s:
            return s.count()

    before = count()
    assert before > 0
    for args in (["positions", "--candidate", SPARQL_PAYLOAD],
                 ["query", "who-supports", "-p", f"topic={SPARQL_PAYLOAD}"],
                 ["query", "compare", "-p", f"a={SPARQL_PAYLOAD}", "-p", "b=Odile Sarrazin"],
                 ["query", "candidates", "-p", f"party={SPARQL_PAYLOAD}", "--format", "json"],
                 ["query", "documents", "-p", "file=x' } ; DROP ALL ; #", "--format", "json"]):
        result = run(*args, "--store", str(store))
        assert result.exit_code == 0, result.output  # a value like any other: no error, no match
        if "--format" in args:
            assert json.loads(result.stdout) == []
        else:
            assert "Odile Sarrazin" not in result.stdout and "Sarrazin" not in result.stdout
    # The party really is named '" } ; DROP ALL ; #' in the hostile sidecar: bound as a
    # value, it matches that party exactly, and nothing else.
    rows = json.loads(run("query", "candidates", "-p", 'party=Parti " } ; DROP ALL ; #', "--store", str(store),
                          "--format", "json").stdout)
    assert [row["candidate"] for row in rows] == ["Odile Sarrazin"]
    assert count() == before
    # The parameter does work: the real name finds her.
    assert "Odile Sarrazin" in run("positions", "--candidate", "Odile Sarrazin", "--store", str(store),
                                   "--format", "csv").stdout


def test_sparql_command_cannot_update(store):
    before = open_store(str(store), read_only=True).count()
    result = run("sparql", "DROP ALL", "--store", str(store))
    assert result.exit_code == 1
    assert result.stderr.startswith("stancegraph: error:") and "Traceback" not in result.stderr
    result = run("sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1 ; DROP ALL", "--store", str(store))
    assert result.exit_code == 1
    assert open_store(str(store), read_only=True).count() == before


def test_csv_to_a_file_through_a_pipe_keeps_escape_sequences(store, tmp_path):
    """A real process with stdout redirected: the quote is written byte for byte (click.echo
    used to strip what looked like ANSI codes, silently changing the quote)."""
    import subprocess
    import sys

    target = tmp_path / "positions.csv"
    with open(target, "wb") as handle:
        subprocess.run([sys.executable, "-m", "stancegraph.cli", "positions", "--store", str(store),
                        "--format", "csv"], stdout=handle, check=True, timeout=120)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert any("\x1b[2J\x1b]8;;http://evil.example/\x07lien" in row["evidence"] for row in rows)
