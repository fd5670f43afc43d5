"""Smoke test of benchmarks/ (not a timed test): the generator and the report still run.

The benchmark is run by hand (``python benchmarks/run.py``); this keeps it from rotting as the
store, the queries and the models change. Smallest size, no spaCy: a few seconds.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


BENCH_MODULES = ("synthetic", "run", "queries_adapter", "measure", "tasks")


@pytest.fixture(scope="module")
def bench():
    # benchmarks/ imports its modules by plain names ("synthetic", "run"...), which other test
    # helpers may already own in sys.modules (tests/synthetic.py): set those aside meanwhile.
    saved = {name: sys.modules.pop(name) for name in BENCH_MODULES if name in sys.modules}
    sys.path.insert(0, str(BENCH))
    try:
        import queries_adapter
        import run
        import synthetic

        yield type("Bench", (), {"run": run, "synthetic": synthetic, "queries": queries_adapter})
    finally:
        sys.path.remove(str(BENCH))
        for name in BENCH_MODULES:
            sys.modules.pop(name, None)
        sys.modules.update(saved)


def test_generator_is_deterministic_and_consistent(bench):
    from stancegraph import rdf

    syn = bench.synthetic
    vocab = syn.load_vocabulary()
    a = syn.generate_document(7, vocab, 20, seed=3)
    b = syn.generate_document(7, vocab, 20, seed=3)
    assert a.text == b.text
    assert rdf.extraction_triples(a.extraction) == rdf.extraction_triples(b.extraction)
    assert syn.generate_document(7, vocab, 20, seed=4).text != a.text
    ex = a.extraction
    assert ex.positions and ex.document.exchanges
    for stance in ex.stances:  # evidence is where the text says it is
        assert ex.document.text[stance.evidence.start:stance.evidence.end] == stance.evidence.text


def test_corpus_reads_back_as_the_generated_questionnaires(bench, tmp_path):
    from stancegraph.ingest import iter_sources, read_document

    syn = bench.synthetic
    info = syn.write_corpus(tmp_path, 3, seed=1)
    assert info.documents == 3 and info.words > 300
    vocab = syn.load_vocabulary()
    for i, source in enumerate(sorted(iter_sources([tmp_path]), key=lambda s: s.key)):
        doc = read_document(source.path, key=source.key)
        expected = syn.generate_document(i, vocab, info.candidates, seed=1).extraction.document
        assert doc.format == "qa"
        assert [(e.answer.start, e.answer.end) for e in doc.exchanges] == [
            (e.answer.start, e.answer.end) for e in expected.exchanges
        ]
        assert doc.speakers[0].name == expected.speakers[0].name


def test_graph_reaches_its_size(bench, tmp_path):
    info = bench.synthetic.write_graph(tmp_path / "g.nq", 4000)
    lines = (tmp_path / "g.nq").read_bytes().count(b"\n")
    assert lines == info.triples >= 4000
    assert info.triples < 4000 + 1500  # stops after the document that crosses the target
    assert info.top_candidate and info.second_candidate and info.top_topic


def test_report_at_smallest_size(bench, tmp_path, capsys):
    out = tmp_path / "out"
    # a few queries, among them one rdflib cannot finish in 3 s (agreement-matrix): the time
    # limit path runs too
    queries = "agreement-matrix,positions,who-opposes,topics,positions-evidence"
    code = bench.run.main(["--sizes", "3k", "--docs", "3", "--quick", "--reps", "1", "--no-spacy",
                           "--queries", queries, "--rdflib-timeout", "3", "--query-timeout", "30",
                           "--quiet", "--out", str(out), "--workdir", str(tmp_path)])
    assert code == 0
    text = (out / "report.md").read_text(encoding="utf-8")
    assert capsys.readouterr().out == text
    assert "## Machine" in text and "## Graph of 3k triples" in text
    # every loader produced a rate, none failed
    load_rows = re.findall(r"^\| (.+?) \| 1 \| ([\d.]+) \| ([\d,]+) \|", text, re.MULTILINE)
    labels = [label for label, _, _ in load_rows]
    assert any(label.startswith("stancegraph") for label in labels)
    assert any("bulk_load" in label for label in labels) and any("rdflib" in label for label in labels)
    assert "failed" not in text
    # one latency row per query run, each cell a time or a time limit, the same row count on
    # every engine that finished
    info = {"top_candidate": "x", "second_candidate": "y", "top_topic": "hadopi-law",
            "candidate_topic": "copyright", "party": "p", "file": "f"}
    names = [spec["name"] for spec in bench.queries.specs(info) if spec["query"] in queries.split(",")]
    assert names
    cell = r"(?:[\d.,]+|> \d+ s)"
    for name in names:
        assert re.search(rf"^\| {re.escape(name)} \| [\d,]+ \| {cell} \| {cell} \| {cell} \|", text, re.MULTILINE), name
    assert "rows differ" not in text
