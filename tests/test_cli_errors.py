"""Every command, used wrongly or on a store that is not there, answers with one clear line
on stderr and exit code 1 (or click's usage error, 2) — never a Python traceback."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from stancegraph.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [
    ["positions"], ["query", "positions"], ["sparql", "SELECT * WHERE { ?s ?p ?o }"], ["export"],
    ["validate"], ["viz", "--out", "{tmp}/g.html"],
])
def test_read_commands_on_a_missing_store(command, tmp_path):
    store = tmp_path / "nothing-here"
    result = run(*[part.replace("{tmp}", str(tmp_path)) for part in command], "--store", str(store))
    no_traceback(result)
    assert result.exit_code == 1
    assert result.stderr.startswith("stancegraph: error: no store at")
    assert str(store) in result.stderr
    assert not store.exists()  # a read command never creates a store


def test_a_file_given_as_store_is_refused(tmp_path):
    not_a_store = tmp_path / "notes.txt"
    not_a_store.write_text("mes notes", encoding="utf-8")
    for command in (["positions"], ["build", str(not_a_store)]):
        result = run(*command, "--store", str(not_a_store))
        no_traceback(result)
        assert result.exit_code == 1
        assert f"{not_a_store} is a file, not a store folder" in result.stderr
    assert not_a_store.read_text(encoding="utf-8") == "mes notes"


def test_a_folder_of_other_files_is_never_written_into(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "rapport.txt").write_text("Rapport\n\nTexte.\n", encoding="utf-8")
    result = run("build", str(folder), "--store", str(folder))
    no_traceback(result)
    assert result.exit_code == 1
    assert "is not an Oxigraph store" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["rapport.txt"]


@pytest.mark.parametrize("args,message", [
    (["query", "no-such-query"], "no-such-query"),
    (["query", "positions", "-p", "nokey"], "expected KEY=VALUE"),
    (["query", "positions", "-p", "colour=blue"], "colour"),
    (["query", "compare", "-p", "a=X"], "b"),
    (["sparql", "SELECT WHERE {"], "error"),
    (["sparql", "@/no/such/file.rq"], "/no/such/file.rq"),
])
def test_query_mistakes_are_one_line(args, message, tmp_path, extractor):
    store = tmp_path / "store"
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "a.txt").write_text("Note\n\nLe maire Paul Girard défend la neutralité du net.\n",
                                              encoding="utf-8")
    assert run("build", str(tmp_path / "empty"), "--store", str(store), "-q").exit_code == 0
    result = run(*args, "--store", str(store))
    no_traceback(result)
    assert result.exit_code == 1
    assert result.stderr.startswith("stancegraph: error:")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_topics_lists_the_scheme():
    result = run("topics", "--format", "csv")
    no_traceback(result)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    by_notation = {row["notation"]: row for row in rows}
    assert by_notation["hadopi-law"]["label_fr"] == "Loi Hadopi"
    assert by_notation["hadopi-law"]["broader"] == "culture-and-creation"
    assert all(row["label_fr"] and row["label_en"] for row in rows)


def test_memory_store_for_read_commands_is_explained():
    result = run("positions", "--store", "memory:")
    no_traceback(result)
    assert result.exit_code == 1
    assert "in-memory store is empty" in result.stderr


def test_unsupported_store_url_is_explained():
    result = run("positions", "--store", "ftp://example.org/store")
    no_traceback(result)
    assert result.exit_code == 1
    assert "unsupported store URL" in result.stderr


def test_a_store_held_by_another_process_is_in_use(tmp_path, extractor):
    """A second writer gets one clear line and exit 1; a reader still works beside it."""
    import subprocess
    import sys

    from stancegraph.store import open_store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Note\n\nLe maire Paul Girard défend la neutralité du net.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert run("build", str(corpus), "--store", str(store), "-q").exit_code == 0
    with open_store(str(store)):  # this process holds the write lock, as a running build does
        writer = subprocess.run([sys.executable, "-m", "stancegraph.cli", "build", str(corpus), "--store", str(store)],
                                capture_output=True, text=True, timeout=120)
        reader = subprocess.run([sys.executable, "-m", "stancegraph.cli", "positions", "--store", str(store),
                                 "--format", "csv"], capture_output=True, text=True, timeout=120)
    assert writer.returncode == 1
    assert writer.stderr == (f"stancegraph: error: store {store} is in use by another process (a build, or "
                             "`stancegraph serve`?): wait for it to finish or stop it; read-only commands can "
                             "still open the store\n")
    assert reader.returncode == 0, reader.stderr
    assert "Paul Girard" in reader.stdout
