"""Ingest on bad inputs: every file of tests/bad_inputs/ (see its README.md) and the cases
made at run time (symbolic link loop, unreadable file, huge sparse file), plus the folder
walk of iter_sources."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from stancegraph.ingest import IngestError, Source, iter_sources, read_document

HERE = Path(__file__).parent
BAD = HERE / "bad_inputs"
FRENCH_ANSWER = "Oui, c’était une erreur : « la riposte graduée » n’a rien rapporté aux œuvres."


def load_make():
    spec = importlib.util.spec_from_file_location("bad_inputs_make", BAD / "make.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_files_match_the_generator(tmp_path):
    for path in load_make().make(tmp_path):
        assert (BAD / path.name).read_bytes() == path.read_bytes(), f"rerun tests/bad_inputs/make.py for {path.name}"


@pytest.mark.parametrize(
    "name,reason",
    [
        ("empty.txt", "empty file"),
        ("whitespace-only.txt", "empty file"),
        ("binary.txt", "binary file (looks like PDF)"),
        ("nul-bytes.txt", "binary file (contains NUL bytes)"),
        ("undecodable.txt", "undecodable bytes (neither UTF-8, UTF-16 nor a Western code page such as cp1252)"),
        ("malformed.json", "invalid JSON at line 5 column 5: Expecting ',' delimiter"),
        ("malformed.jsonl", "invalid JSON at line 3 column 57: Expecting ',' delimiter"),
        ("json-missing-answer.json", "item 2: missing 'answer'"),
        ("bad-sidecar.txt", "sidecar bad-sidecar.txt.meta.json: invalid JSON at line 3 column 2: Expecting ',' delimiter"),
    ],
)
def test_bad_input_is_refused_with_reason(name, reason):
    path = BAD / name
    with pytest.raises(IngestError) as info:
        read_document(path)
    assert info.value.reason == reason
    assert str(info.value) == f"{path}: {reason}"
    assert info.value.path == path


@pytest.mark.parametrize("name", ["cp1252.txt", "utf8-bom.txt", "utf16.txt"])
def test_encodings_decode_to_the_same_text(name):
    doc = read_document(BAD / name)
    assert not doc.text.startswith("\ufeff")
    assert doc.text == load_make().FRENCH
    assert doc.exchanges[0].answer.text == FRENCH_ANSWER
    assert doc.speakers[0].name == "Claire Dumontel" and doc.speakers[0].party == "PS"


def test_hostile_html_keeps_text_drops_scripts():
    doc = read_document(BAD / "hostile.html")
    for bad in ("alert", "document.cookie", "onerror", "onclick", "javascript:", "cadre", "champ", "Envoyer", "display"):
        assert bad not in doc.text
    # markup written as text in the page stays text
    assert "Écrire <script> dans un texte reste du texte." in doc.text
    assert doc.format == "qa"
    assert [e.question.text for e in doc.exchanges] == ["Faut-il filtrer Internet ?", "Et la fracture numérique ?"]
    assert doc.exchanges[1].answer.text == "C'est la priorité."


def test_size_limit_checked_before_reading(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:  # sparse: takes no disk space, 21 MB long
        fh.truncate(21_000_000)
    with pytest.raises(IngestError) as info:
        read_document(huge)
    assert info.value.reason == "file is 21 MB, over the 20 MB limit"
    small = tmp_path / "small.txt"
    small.write_text("Une phrase assez longue pour dépasser la limite.\n", encoding="utf-8")
    with pytest.raises(IngestError, match="over the 10 bytes limit"):
        read_document(small, max_bytes=10)
    assert read_document(small, max_bytes=1000).exchanges


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Texte.\n", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(IngestError, match="cannot read"):
        read_document(path)
    [error] = list(iter_sources([tmp_path]))
    assert isinstance(error, IngestError) and "cannot read" in error.reason


def test_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would block forever
    with pytest.raises(IngestError, match="not a regular file"):
        read_document(fifo)
    with pytest.raises(IngestError, match="no such file"):
        read_document(tmp_path / "absent.txt")
    with pytest.raises(IngestError, match="is a folder"):
        read_document(tmp_path)


# --- iter_sources ----------------------------------------------------------------------


def make_corpus(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text("A.\n", encoding="utf-8")
    (root / "a.txt.meta.json").write_text("{}", encoding="utf-8")
    (root / "b" / "c.md").write_text("C.\n", encoding="utf-8")
    (root / "b" / "z.json").write_text("[]", encoding="utf-8")
    (root / ".hidden.txt").write_text("H.\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("X.\n", encoding="utf-8")
    (root / "d.html").write_text("<p>D</p>", encoding="utf-8")


def test_iter_sources_sorted_keys_skips_hidden_and_sidecars(tmp_path):
    make_corpus(tmp_path / "corpus")
    got = list(iter_sources([tmp_path / "corpus"]))
    assert all(isinstance(s, Source) for s in got)
    assert [s.key for s in got] == ["a.txt", "b/c.md", "b/z.json", "d.html"]
    assert got[1].path == tmp_path / "corpus" / "b" / "c.md"
    direct = list(iter_sources([tmp_path / "corpus" / "b" / "c.md"]))
    assert direct == [Source(tmp_path / "corpus" / "b" / "c.md", "c.md")]


def test_iter_sources_walks_lazily(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_bytes(b"x")
    it = iter_sources([tmp_path])
    assert next(it).key == "a/x.txt"
    (tmp_path / "b" / "y.txt").write_bytes(b"y")  # made after the walk started: still found
    assert [s.key for s in it] == ["b/y.txt"]


def test_iter_sources_thousands_of_files(tmp_path):
    for d in range(20):
        (tmp_path / f"d{d:02d}").mkdir()
        for i in range(100):
            (tmp_path / f"d{d:02d}" / f"f{i:03d}.txt").write_bytes(b"x")
    keys = [s.key for s in iter_sources([tmp_path])]
    assert len(keys) == 2000 and keys == sorted(keys) and keys[0] == "d00/f000.txt"


def test_iter_sources_symlink_loop_ends(tmp_path):
    root = tmp_path / "corpus"
    make_corpus(root)
    (root / "b" / "loop").symlink_to(root, target_is_directory=True)
    (root / "b" / "self").symlink_to(root / "b", target_is_directory=True)
    got = list(iter_sources([root]))
    sources = [s for s in got if isinstance(s, Source)]
    errors = [s for s in got if isinstance(s, IngestError)]
    assert [s.key for s in sources] == ["a.txt", "b/c.md", "b/z.json", "d.html"]
    assert len(errors) == 2 and all("symbolic link loop" in e.reason for e in errors)


def test_iter_sources_reports_and_goes_on(tmp_path):
    root = tmp_path / "corpus"
    make_corpus(root)
    (root / "broken.txt").symlink_to(root / "nowhere.txt")
    got = list(iter_sources([tmp_path / "missing", root]))
    assert isinstance(got[0], IngestError) and got[0].reason == "no such file or folder"
    assert str(got[0]) == f"{tmp_path / 'missing'}: no such file or folder"
    broken = [g for g in got if isinstance(g, IngestError) and g.path.name == "broken.txt"]
    assert broken and broken[0].reason == "broken symbolic link"
    assert [s.key for s in got if isinstance(s, Source)] == ["a.txt", "b/c.md", "b/z.json", "d.html"]


def test_batch_over_bad_inputs_goes_on():
    """What a user running a build over tests/bad_inputs/ sees: each file read or refused."""
    outcome = {}
    for source in iter_sources([BAD]):
        assert isinstance(source, Source)
        try:
            outcome[source.key] = read_document(source.path, key=source.key).format
        except IngestError as error:
            outcome[source.key] = "error"
            assert str(error).startswith(str(source.path) + ": ")
    assert outcome["no-question-no-speaker.txt"] == "prose"
    assert outcome["cp1252.txt"] == "qa" and outcome["binary.txt"] == "error"
    assert "bad-sidecar.txt.meta.json" not in outcome


def test_readme_lists_every_bad_input():
    readme = (BAD / "README.md").read_text(encoding="utf-8")
    for path in BAD.iterdir():
        if path.name not in ("README.md", "make.py", "__pycache__"):
            assert f"`{path.name}`" in readme, f"{path.name} is not described in tests/bad_inputs/README.md"


def test_folder_walk_reads_only_document_files_and_reports_the_rest(tmp_path):
    root = tmp_path / "corpus"
    (root / "docs").mkdir(parents=True)
    for name in ("entretien.TXT", "tribune.Markdown", "page.XHTML", "q.jsonl", "notes.md", "page.htm"):
        (root / "docs" / name).write_text("Entretien avec Claire Dumontel\nOui.\n", encoding="utf-8")
    others = ["counts.py", "scores.csv", "README.md", "readme.txt", "LICENSE", "LICENCE.txt", "Makefile",
              "photo.jpg", "rapport.pdf"]
    for name in others:
        (root / name).write_text("print('pas un document')\n", encoding="utf-8")
    (root / "docs" / "notes.md.meta.json").write_text("{}", encoding="utf-8")  # a sidecar: silent
    skipped: list[tuple[Path, str]] = []
    got = list(iter_sources([root], on_skip=lambda path, reason: skipped.append((path, reason))))
    assert [s.key for s in got] == ["docs/entretien.TXT", "docs/notes.md", "docs/page.XHTML", "docs/page.htm",
                                    "docs/q.jsonl", "docs/tribune.Markdown"]
    assert sorted(p.name for p, _ in skipped) == sorted(others)
    assert {reason for _, reason in skipped} == {"not a document type"}
    assert list(iter_sources([root])) == got  # without a callback: skipped all the same


def test_file_named_directly_is_read_whatever_its_extension(tmp_path):
    path = tmp_path / "entretien.csv"
    path.write_text("Entretien avec Claire Dumontel\nFaut-il ?\nOui, je le crois.\nEt ensuite ?\nNon.\n",
                    encoding="utf-8")
    skipped = []
    [source] = iter_sources([path], on_skip=lambda p, r: skipped.append(p))
    assert source == Source(path, "entretien.csv") and skipped == []
    assert read_document(source.path).speakers[0].name == "Claire Dumontel"


def test_walk_over_the_gold_folder_never_reads_its_script():
    gold = HERE / "gold"
    skipped = []
    keys = [s.key for s in iter_sources([gold], on_skip=lambda p, r: skipped.append(p.name))]
    assert "counts.py" in skipped and "README.md" in skipped
    assert not any(k.endswith((".py", ".md")) and "/" not in k for k in keys)
    assert "docs/qa-roussel-vidal-questionnaire.md" in keys


def test_json_named_directly_with_another_extension_is_sniffed(tmp_path):
    item = '{"question": "Faut-il la fibre partout ?", "answer": "Oui, je le crois.", "speaker": "Odile Brun"}'
    (tmp_path / "export.data").write_text('{"items": [' + item + "]}", encoding="utf-8")
    (tmp_path / "export.lines").write_text(item + "\n" + item + "\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("[Brouillon] Faut-il la fibre ?\n", encoding="utf-8")
    for name, n in (("export.data", 1), ("export.lines", 2)):
        doc = read_document(tmp_path / name)
        assert doc.format == "qa" and len(doc.exchanges) == n and doc.exchanges[0].speaker == "Odile Brun"
    assert read_document(tmp_path / "notes.txt").text.startswith("[Brouillon]")  # text stays text
