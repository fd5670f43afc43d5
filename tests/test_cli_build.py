"""`stancegraph build` on bad input, through the command line, into a real store on disk.

A folder mixing good documents and the bad-input corpus (tests/bad_inputs/, see its README)
plus cases made at run time (a symbolic link loop, a broken link, a FIFO, a sparse 21 MB
file): every bad file is reported on stderr with its path and reason, the good ones are
built, the exit code is 2. --strict stops at the first bad file and leaves only whole
documents. Thousands of small files, deep folders and a missing path are handled too.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import traceback
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from stancegraph.cli import main
from stancegraph.ingest import iter_sources

HERE = Path(__file__).parent
BAD = HERE / "bad_inputs"
SAMPLES = HERE.parent / "notebooks" / "sample-corpus"
SG = "https://w3id.org/stancegraph/ontology#"

# tests/bad_inputs/README.md: file -> reason printed after "<path>: ".
BAD_FILES = {
    "empty.txt": "empty file",
    "whitespace-only.txt": "empty file",
    "binary.txt": "binary file (looks like PDF)",
    "nul-bytes.txt": "binary file (contains NUL bytes)",
    "undecodable.txt": "undecodable bytes (neither UTF-8, UTF-16 nor a Western code page such as cp1252)",
    "malformed.json": "invalid JSON at line 5 column 5: Expecting ',' delimiter",
    "malformed.jsonl": "invalid JSON at line 3 column 57: Expecting ',' delimiter",
    "json-missing-answer.json": "item 2: missing 'answer'",
    "bad-sidecar.txt": "sidecar bad-sidecar.txt.meta.json: invalid JSON at line 3 column 2: Expecting ',' delimiter",
}
GOOD_BAD_INPUTS = ["cp1252.txt", "utf8-bom.txt", "utf16.txt", "hostile.html", "no-question-no-speaker.txt"]
SAMPLE_FILES = sorted(p.name for p in SAMPLES.glob("*.txt"))


def run(*args: str):
    """The CLI in this process (the spaCy model is cached per process, so this is quick)."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def stored_files(store: Path) -> dict[str, int]:
    """fileName of each stored document -> number of triples in its graph (read-only open)."""
    s = ox.Store.read_only(str(store))
    out = {}
    for row in s.query(f"SELECT ?g ?f WHERE {{ GRAPH ?g {{ ?d a <{SG}SourceDocument> ; <{SG}fileName> ?f }} }}"):
        out[row["f"].value] = len(list(s.quads_for_pattern(None, None, None, row["g"])))
    del s
    return out


def failed_lines(stderr: str) -> list[str]:
    """The lines of the final "N file(s) failed:" list."""
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if line.endswith("file(s) failed:"):
            return [entry.strip() for entry in lines[i + 1:] if entry.startswith("  ")]
    return []


@pytest.fixture(scope="module")
def mixed(tmp_path_factory, extractor):
    """A folder of good files, every bad input and run-time traps, built once with the CLI."""
    root = tmp_path_factory.mktemp("mixed")
    corpus = root / "corpus"
    shutil.copytree(BAD, corpus / "bad")
    for path in SAMPLES.glob("*.txt*"):
        shutil.copy(path, corpus / path.name)
    (corpus / "bad" / "loop").symlink_to("..", target_is_directory=True)
    (corpus / "bad" / "dangling.txt").symlink_to(root / "nowhere.txt")
    os.mkfifo(corpus / "bad" / "fifo.txt")
    with open(corpus / "bad" / "huge.txt", "wb") as handle:  # sparse: 21 MB on paper, nothing on disk
        handle.truncate(21_000_000)
    store = root / "store"
    result = run("build", str(corpus), "--store", str(store), "--quiet")
    return corpus, store, result


def test_each_bad_file_is_reported_with_path_and_reason(mixed):
    corpus, _, result = mixed
    failed = failed_lines(result.stderr)
    expected = {f"{corpus / 'bad' / name}: {reason}" for name, reason in BAD_FILES.items()}
    expected |= {
        f"{corpus / 'bad' / 'dangling.txt'}: broken symbolic link",
        f"{corpus / 'bad' / 'fifo.txt'}: not a regular file",
        f"{corpus / 'bad' / 'huge.txt'}: file is 21 MB, over the 20 MB limit",
    }
    assert expected <= set(failed), result.stderr
    loops = [line for line in failed if line.startswith(f"{corpus / 'bad' / 'loop'}: symbolic link loop")]
    assert len(loops) == 1, result.stderr
    assert len(failed) == len(expected) + 1, result.stderr  # nothing else failed
    assert f"{len(failed)} file(s) failed:" in result.stderr
    assert "Traceback" not in result.stderr
    # Reported as they happen too, one line each (not wrapped in the middle of a path).
    live = {line[len("error "):] for line in result.stderr.splitlines() if line.startswith("error ")}
    assert live == set(failed)


def test_good_files_are_built_and_the_exit_code_says_something_failed(mixed):
    corpus, store, result = mixed
    assert result.exit_code == 2
    built = stored_files(store)
    assert set(built) == set(GOOD_BAD_INPUTS) | set(SAMPLE_FILES)  # fileName is the base name
    assert all(count > 10 for count in built.values()), built
    assert f"built {len(built)} document(s)" in result.stdout


def test_the_store_left_by_a_build_with_errors_validates(mixed):
    _, store, _ = mixed
    result = run("validate", "--store", str(store))
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout


def test_rebuild_reports_the_same_errors_and_changes_nothing(mixed):
    corpus, store, first = mixed
    before = stored_files(store)
    again = run("build", str(corpus), "--store", str(store), "--quiet")
    assert again.exit_code == 2
    assert sorted(failed_lines(again.stderr)) == sorted(failed_lines(first.stderr))
    assert stored_files(store) == before  # each graph replaced by the same, nothing duplicated


def test_rebuild_skips_unchanged_files(tmp_path, extractor):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in SAMPLES.glob("*.txt*"):
        shutil.copy(path, corpus / path.name)
    store = str(tmp_path / "store")
    assert run("build", str(corpus), "--store", store, "-q").exit_code == 0
    again = run("build", str(corpus), "--store", store, "-q")
    assert f"built 0 document(s) ({len(SAMPLE_FILES)} unchanged)" in again.stdout


def test_all_good_files_exit_zero(tmp_path, extractor):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in SAMPLES.glob("*.txt*"):
        shutil.copy(path, corpus / path.name)
    result = run("build", str(corpus), "--store", str(tmp_path / "store"), "--quiet")
    assert result.exit_code == 0, result.output
    assert "failed" not in result.stderr
    assert f"built {len(SAMPLE_FILES)} document(s)" in result.stdout


def test_strict_stops_at_the_first_bad_file_and_leaves_only_whole_documents(tmp_path, extractor):
    # Sorted order: a-*.txt (good), b-malformed.json (bad), c-*.txt (good, never reached).
    samples = sorted(SAMPLES.glob("*.txt"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(samples[0], corpus / "a-first.txt")
    shutil.copy(BAD / "malformed.json", corpus / "b-malformed.json")
    shutil.copy(samples[1], corpus / "c-after.txt")
    reference = tmp_path / "reference"
    reference.mkdir()
    shutil.copy(samples[0], reference / "a-first.txt")
    shutil.copy(samples[1], reference / "c-after.txt")
    ref_store = tmp_path / "ref.db"
    assert run("build", str(reference), "--store", str(ref_store), "-q").exit_code == 0
    whole = stored_files(ref_store)

    store = tmp_path / "strict.db"
    result = run("build", str(corpus), "--store", str(store), "--strict", "-q")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        f"stancegraph: error: {corpus / 'b-malformed.json'}: invalid JSON at line 5 column 5: "
        "Expecting ',' delimiter (stopped: --strict)"
    )
    assert "Traceback" not in result.stderr
    stored = stored_files(store)
    # Nothing at or after the bad file; whatever came before is whole (same triples as alone).
    assert set(stored) <= {"a-first.txt"}
    for name, count in stored.items():
        assert count == whole[name]
    assert run("validate", "--store", str(store)).exit_code == 0
    # Without the bad file, the same store completes to the reference build.
    (corpus / "b-malformed.json").unlink()
    assert run("build", str(corpus), "--store", str(store), "-q").exit_code == 0
    assert stored_files(store) == whole


def test_a_missing_path_is_one_clear_line(tmp_path):
    store = tmp_path / "store"
    result = run("build", str(tmp_path / "nope"), "--store", str(store))
    assert result.exit_code == 1
    assert result.stderr == f"stancegraph: error: {tmp_path / 'nope'}: no such file or folder\n"
    assert not store.exists()  # nothing started, no empty store left behind


def test_symlink_loops_end_and_each_file_is_built_once(tmp_path, extractor):
    corpus = tmp_path / "corpus"
    (corpus / "a" / "b").mkdir(parents=True)
    shutil.copy(sorted(SAMPLES.glob("*.txt"))[0], corpus / "a" / "b" / "doc.txt")
    (corpus / "a" / "b" / "up").symlink_to("../..", target_is_directory=True)  # -> corpus
    (corpus / "a" / "self").symlink_to(".", target_is_directory=True)
    result = run("build", str(corpus), "--store", str(tmp_path / "store"), "-q")
    assert result.exit_code == 2
    failed = failed_lines(result.stderr)
    assert sorted(failed) == sorted([
        f"{corpus / 'a' / 'b' / 'up'}: symbolic link loop to a folder already read ({corpus}), skipped",
        f"{corpus / 'a' / 'self'}: symbolic link loop to a folder already read ({corpus / 'a'}), skipped",
    ])
    assert list(stored_files(tmp_path / "store")) == ["doc.txt"]


def test_hostile_file_names_are_printed_as_text(tmp_path, extractor):
    # "[/]" would be an unmatched rich closing tag (a MarkupError traceback when printed with
    # markup); ESC [2J would clear the user's screen.
    corpus = tmp_path / "corpus"
    (corpus / "x[").mkdir(parents=True)
    (corpus / "x[" / "]empty.txt").write_bytes(b"")
    (corpus / "e\x1b[2Jvil.txt").write_bytes(b"")
    (corpus / "[bold red]b.txt").write_bytes(b"")
    (corpus / "x.txt\nerror nothing.txt").write_bytes(b"")  # a line break to forge a report line
    result = run("build", str(corpus), "--store", str(tmp_path / "store"))
    assert result.exit_code == 2
    assert f"{corpus}/x.txt\\nerror nothing.txt: empty file" in result.stderr
    assert not any(line.startswith("error nothing") for line in result.stderr.splitlines())
    assert "\x1b" not in result.stderr and "\x1b" not in result.stdout
    assert f"{corpus}/e\\x1b[2Jvil.txt: empty file" in result.stderr
    assert f"{corpus}/x[/]empty.txt: empty file" in result.stderr
    assert f"{corpus}/[bold red]b.txt: empty file" in result.stderr


def test_two_thousand_small_files(tmp_path, extractor):
    """2,000 small files in 20 folders: the walk lists each once, in order, fast; a build of
    the folder goes through them all. Extraction costs ~10 ms per file here, so 1 file in 10
    is a document and the others are data files of other types, which the walk counts and
    skips (plus a few empty documents, reported)."""
    corpus = tmp_path / "many"
    documents, bad = [], []
    for i in range(2000):
        folder = corpus / f"g{i // 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        if i % 10:
            (folder / f"table-{i:04d}.csv").write_text(f"id,value\n{i},{i * i}\n", encoding="utf-8")
            continue
        path = folder / f"note-{i:04d}.txt"
        if i % 500 == 0:
            path.write_bytes(b"")
            bad.append(path)
        else:
            path.write_text(f"Note {i}\n\nLe maire Paul Girard{i} défend la neutralité du net.\n", encoding="utf-8")
            documents.append(path)
    keys = [source.key for source in iter_sources([corpus])]
    assert keys == sorted(path.relative_to(corpus).as_posix() for path in documents + bad)

    all_text = tmp_path / "all-text"
    for i in range(2000):
        folder = all_text / f"g{i // 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"n{i:04d}.txt").write_text("x", encoding="utf-8")
    assert len(list(iter_sources([all_text]))) == 2000

    store = tmp_path / "store"
    result = run("build", str(corpus), "--store", str(store), "-q", "--batch-size", "64")
    assert result.exit_code == 2
    assert sorted(failed_lines(result.stderr)) == sorted(f"{path}: empty file" for path in bad)
    assert "1800 file(s) skipped" in result.stderr
    assert f"built {len(documents)} document(s)" in result.stdout
    assert len(stored_files(store)) == len(documents)


def test_a_deep_folder_is_walked(tmp_path):
    # A real tree 1,100 folders deep ("d/" x 1100, a 2,200-character path, under PATH_MAX)
    # crashes `stancegraph build` the same way; but such a tree also defeats pytest's own
    # clean-up of tmp folders (shutil.rmtree recurses per level), for every user of the
    # machine. So the tree here is 400 deep and the recursion limit is lowered to leave the
    # walk 300 frames: a walk that does not recurse per level passes whatever the limit.
    corpus = tmp_path / "deep"
    leaf = corpus.joinpath(*["d"] * 400)
    leaf.mkdir(parents=True)
    (leaf / "doc.txt").write_text("Note\n\nLe maire Paul Girard défend la neutralité du net.\n", encoding="utf-8")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(traceback.extract_stack()) + 300)
    try:
        sources = list(iter_sources([corpus]))
    finally:
        sys.setrecursionlimit(limit)
    assert [source.key for source in sources] == ["/".join(["d"] * 400) + "/doc.txt"]


def test_two_files_whose_names_differ_only_in_case_are_both_kept(tmp_path, extractor):
    samples = sorted(SAMPLES.glob("*.txt"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(samples[0], corpus / "Entretien.txt")
    shutil.copy(samples[1], corpus / "entretien.txt")
    result = run("build", str(corpus), "--store", str(tmp_path / "store"), "-q")
    assert result.exit_code == 0
    assert "built 2 document(s)" in result.stdout
    assert sorted(stored_files(tmp_path / "store")) == ["Entretien.txt", "entretien.txt"]


def _gold_set(folder: Path, text: str, row: dict) -> Path:
    """A one-document gold set laid out like tests/gold-holdout*: docs/ beside gold.jsonl."""
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "a.txt").write_text(text, encoding="utf-8")
    (folder / "gold.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder / "gold.jsonl"


def test_eval_pools_several_gold_sets_whose_file_names_clash(tmp_path):
    # two sets each with an "a.txt": pooled, the files are told apart by their set's folder
    first = _gold_set(tmp_path / "set-a", "Claire Vastelle a déclaré qu'elle défendrait la neutralité du net.\n",
                      {"file": "a.txt", "speaker": "Claire Vastelle", "topic": "net-neutrality", "stance": "support",
                       "evidence": "défendrait la neutralité du net"})
    second = _gold_set(tmp_path / "set-b", "Paul Brunevaux a promis qu'il abrogerait la loi Hadopi.\n",
                       {"file": "a.txt", "speaker": "Paul Brunevaux", "topic": "hadopi-law", "stance": "oppose",
                        "evidence": "abrogerait la loi Hadopi"})
    result = run("eval", "--gold", str(first), "--gold", str(second), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["gold_rows"] == 2
    assert report["end_to_end_recall"] == 1.0
    assert sorted(f["file"] for f in report["by_file"]) == ["set-a:a.txt", "set-b:a.txt"]
    assert "scored " in result.stderr


def test_eval_of_several_gold_sets_takes_no_paths(tmp_path):
    first = _gold_set(tmp_path / "set-a", "Rien.\n", {"file": "a.txt", "speaker": "Claire Vastelle",
                                                      "topic": "net-neutrality", "stance": "support", "evidence": "Rien"})
    result = CliRunner().invoke(main, ["eval", "--gold", str(first), "--gold", str(first), str(tmp_path)])
    assert result.exit_code != 0
    assert "give no PATHS and no --store" in result.stderr
