"""The store layer on real Oxigraph stores (in memory and on disk)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import textwrap
import threading
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from stancegraph import rdf
from stancegraph.store import (
    NotAStoreError,
    StoreError,
    StoreInUseError,
    Table,
    open_store,
    parse_remote_url,
    values_clause,
)
from stancegraph.store.embedded import EmbeddedStore

FIXTURE = Path(__file__).with_name("test_queries_fixture.trig")
EX = "https://example.org/t/"


def fixture_graphs() -> dict[ox.NamedNode, list[ox.Triple]]:
    graphs: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    for quad in ox.parse(path=str(FIXTURE)):
        graphs[quad.graph_name].append(quad.triple)
    return dict(graphs)


def load_fixture(store) -> None:
    for graph, triples in fixture_graphs().items():
        store.replace_graph(graph, triples)
    for graph, triples in rdf.vocabulary_graphs():
        store.replace_graph(graph, triples)


def triples(n: int, tag: str) -> list[ox.Triple]:
    return [
        ox.Triple(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(f"{tag} {i}"))
        for i in range(n)
    ]


def graph_size(store, graph: ox.NamedNode) -> int:
    table = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
    return table.rows[0]["n"]


# ------------------------------------------------------------------------------ opening


def test_memory_store_is_empty_and_queries_the_union_of_graphs():
    with open_store("memory:") as store:
        assert store.count() == 0
        store.replace_graph(ox.NamedNode(EX + "g1"), triples(2, "a"))
        store.replace_graph(ox.NamedNode(EX + "g2"), triples(3, "b"))
        # No GRAPH clause: the default graph is the union of the named graphs.
        table = store.select("SELECT ?o WHERE { ?s ?p ?o }")
        assert sorted(table.column("o")) == ["a 0", "a 1", "b 0", "b 1", "b 2"]
        assert store.graphs() == [EX + "g1", EX + "g2"]
        assert store.count() == 5


def test_default_store_is_stancegraph_db_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store() as store:
        store.replace_graph(ox.NamedNode(EX + "g"), triples(1, "x"))
    assert (tmp_path / "stancegraph.db" / "CURRENT").is_file()
    with open_store(read_only=True) as store:
        assert store.count() == 1


def test_store_on_disk_keeps_its_graphs_after_closing(tmp_path):
    path = tmp_path / "corpus.db"
    with open_store(str(path)) as store:
        load_fixture(store)
        count = store.count()
    with open_store(str(path), read_only=True) as store:
        assert store.count() == count
        assert EX.replace("/t/", "/sg/") + "graph/A" in store.graphs()


def test_a_file_is_not_a_store(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("bonjour")
    with pytest.raises(NotAStoreError, match="is a file, not a store folder"):
        open_store(str(path))


def test_a_folder_of_other_files_is_never_written_into(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "entretien.txt").write_text("texte")
    with pytest.raises(NotAStoreError, match="not an Oxigraph store"):
        open_store(str(folder))
    assert sorted(p.name for p in folder.iterdir()) == ["entretien.txt"]


def test_read_only_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="no store at .*build one first"):
        open_store(str(tmp_path / "missing.db"), read_only=True)
    assert not (tmp_path / "missing.db").exists()


def test_read_only_store_refuses_writes(tmp_path):
    path = tmp_path / "s.db"
    open_store(str(path)).close()
    with open_store(str(path), read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.replace_graph(ox.NamedNode(EX + "g"), triples(1, "x"))


def test_unsupported_url_scheme_is_refused():
    with pytest.raises(StoreError, match="unsupported store URL"):
        open_store("ftp://example.org/store")


_HOLDER = textwrap.dedent(
    """
    import sys, time
    from stancegraph.store import open_store
    store = open_store(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()  # hold the store until the test closes our stdin
    store.close()
    """
)


def test_store_in_use_by_another_process(tmp_path):
    path = tmp_path / "shared.db"
    with open_store(str(path)) as store:
        store.replace_graph(ox.NamedNode(EX + "g"), triples(3, "x"))
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreInUseError, match=rf"store {path} is in use by another process"):
            open_store(str(path))
        # Readers are not blocked by the writer's lock.
        with open_store(str(path), read_only=True) as reader:
            assert reader.count() == 3
    finally:
        holder.stdin.close()
        holder.wait(timeout=20)
    with open_store(str(path)) as store:  # released once the other process is done
        assert store.count() == 3


# ------------------------------------------------------------------------------ writing


def test_replace_graph_twice_gives_the_same_store():
    with open_store("memory:") as store:
        load_fixture(store)
        first = store.count()
        dump = store.dump("nquads")
        load_fixture(store)
        assert store.count() == first
        # Same quads (blank nodes of the ontology's OWL lists get new labels: compare the rest).
        def named(data: bytes) -> list[bytes]:
            return sorted(line for line in data.splitlines() if b"_:" not in line)

        assert named(store.dump("nquads")) == named(dump)


def test_replace_graph_replaces_and_leaves_other_graphs_alone():
    g1, g2 = ox.NamedNode(EX + "g1"), ox.NamedNode(EX + "g2")
    with open_store("memory:") as store:
        store.replace_graph(g1, triples(5, "old"))
        store.replace_graph(g2, triples(2, "other"))
        store.replace_graph(g1, triples(3, "new"))
        values = store.select(f"SELECT ?o WHERE {{ GRAPH {g1} {{ ?s ?p ?o }} }}").column("o")
        assert sorted(values) == ["new 0", "new 1", "new 2"]
        assert graph_size(store, g2) == 2
        store.remove_graph(g1)
        store.remove_graph(g1)  # removing twice is fine
        assert store.graphs() == [g2.value]


def test_replace_graph_with_a_failing_source_keeps_the_old_graph():
    g = ox.NamedNode(EX + "g")

    def broken():
        yield from triples(10, "half")
        raise ValueError("mapping failed half-way")

    with open_store("memory:") as store:
        store.replace_graph(g, triples(4, "old"))
        with pytest.raises(ValueError, match="half-way"):
            store.replace_graph(g, broken())
        assert sorted(store.select("SELECT ?o WHERE { ?s ?p ?o }").column("o")) == [f"old {i}" for i in range(4)]


@pytest.mark.parametrize("url", ["memory:", "disk"])
def test_replace_is_atomic_for_concurrent_readers(tmp_path, url):
    """A reader never sees a replaced graph half-written or missing (remove + insert in
    two transactions fails this test: readers see 0 triples between them)."""
    g = ox.NamedNode(EX + "g")
    size = 3000
    store = open_store(str(tmp_path / "a.db") if url == "disk" else url)
    store.replace_graph(g, triples(size, "v0"))
    seen: list[int] = []
    done = threading.Event()

    def reader():
        while not done.is_set():
            seen.append(graph_size(store, g))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for version in range(1, 15):
            store.replace_graph(g, triples(size, f"v{version}"))
    finally:
        done.set()
        thread.join()
    store.close()
    assert len(seen) > 5
    assert set(seen) == {size}


def test_replace_graph_rejects_things_that_are_not_triples():
    with open_store("memory:") as store:
        with pytest.raises(StoreError, match="expects pyoxigraph Triples"):
            store.replace_graph(ox.NamedNode(EX + "g"), [("s", "p", "o")])


def test_bulk_add_then_replace(tmp_path):
    with open_store(str(tmp_path / "bulk.db")) as store:
        assert isinstance(store, EmbeddedStore)
        store.bulk_load_graphs(fixture_graphs().items())
        count = store.count()
        store.bulk_load_graphs(fixture_graphs().items())  # existing graphs are replaced, not doubled
        assert store.count() == count
        assert count == sum(len(set(t)) for t in fixture_graphs().values())


def test_bulk_load_in_parallel_chunks_stores_every_graph_once(tmp_path):
    # Small chunks and two threads: several bulk loads run at once on one store.
    graphs = {ox.NamedNode(f"{EX}g{i}"): triples(7, f"g{i}") for i in range(40)}
    with open_store(str(tmp_path / "parallel.db")) as store:
        store.bulk_load_graphs(graphs.items(), chunk_triples=20, threads=2)
        loaded = {(q.subject, q.predicate, q.object, q.graph_name) for q in store.quads()}
    assert loaded == {(t.subject, t.predicate, t.object, g) for g, ts in graphs.items() for t in ts}
    assert len(loaded) == 280


# ------------------------------------------------------------------------------ reading


@pytest.fixture(scope="module")
def store():
    s = open_store("memory:")
    load_fixture(s)
    yield s
    s.close()


def test_select_gives_python_values_and_keeps_terms(store):
    table = store.select(
        """PREFIX sg: <https://w3id.org/stancegraph/ontology#>
        SELECT ?stance ?c ?start WHERE {
          ?stance a sg:Stance ; sg:confidence ?c ; sg:evidence ?ev .
          ?ev <http://www.w3.org/ns/oa#hasSelector> ?sel . ?sel <http://www.w3.org/ns/oa#start> ?start
        } ORDER BY DESC(?c) LIMIT 1"""
    )
    row, terms = table.rows[0], table.terms[0]
    assert isinstance(row["c"], float) and row["c"] == 0.9
    assert isinstance(row["start"], int)
    assert isinstance(terms["stance"], ox.NamedNode) and terms["stance"].value == row["stance"]


def test_select_bindings_filter_rows(store):
    query = "SELECT ?name WHERE { ?p <https://schema.org/name> ?name }"
    table = store.select(query, {"name": ox.Literal("Nadia Benali")})
    assert table.column("name") == ["Nadia Benali"] * len(table)
    assert len(table) >= 1
    assert store.select(query, {"name": ox.Literal("Personne")}).rows == []


def test_bad_queries_raise_store_errors(store):
    with pytest.raises(StoreError, match="invalid SPARQL"):
        store.select("SELECT WHERE {")
    with pytest.raises(StoreError, match="needs a SELECT"):
        store.select("ASK { ?s ?p ?o }")
    with pytest.raises(StoreError, match="invalid variable name"):
        store.select("SELECT ?x WHERE { ?x ?p ?o }", {"x y": ox.Literal("a")})
    with pytest.raises(StoreError, match="must be a pyoxigraph"):
        store.select("SELECT ?x WHERE { ?x ?p ?o }", {"x": "plain string"})


def test_ask_and_construct(store):
    assert store.ask("ASK { ?p <https://schema.org/name> \"Hugo Marchal\" }")
    assert not store.ask("ASK { ?p <https://schema.org/name> \"Personne\" }")
    names = store.construct(
        "CONSTRUCT { ?p <https://schema.org/name> ?n } WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n }"
    )
    assert {t.object.value for t in names} == {"Claire Vasseur", "Hugo Marchal", "Nadia Benali", "Paul Lemaire"}


def test_graph_meta_reads_the_source_document(store):
    meta = store.graph_meta("https://example.org/sg/graph/B")
    assert meta["fileName"] == "marchal-entretien-2011.txt"
    assert meta["sha256"] == "B" * 64
    assert store.graph_meta("https://example.org/sg/graph/nope") == {}
    assert len(store.graphs_meta()) == 4


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml"])
def test_dump_round_trips(store, fmt):
    data = store.dump(fmt)
    parse_format = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
                    "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                    "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
    parsed = list(ox.parse(data, format=parse_format))
    if parse_format.supports_datasets:
        assert len(parsed) == store.count()  # every quad, graphs kept
        assert {q.graph_name.value for q in parsed} == set(store.graphs())
    else:
        # Triple formats merge the graphs: as many triples as distinct (s, p, o).
        distinct = store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
        assert len({q.triple for q in parsed}) == distinct.rows[0]["n"]


def test_dump_one_graph(store):
    data = store.dump("turtle", graph="https://example.org/sg/graph/C")
    parsed = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert len(parsed) == graph_size(store, ox.NamedNode("https://example.org/sg/graph/C"))
    assert b"@prefix sg:" in data  # readable Turtle, with the project's prefixes


def test_dump_unknown_format(store):
    with pytest.raises(StoreError, match="unknown RDF format 'xlsx'"):
        store.dump("xlsx")


# ------------------------------------------------------------------------------ tables


def test_table_formats(store):
    table = store.select(
        "SELECT ?name ?c WHERE { ?s <https://w3id.org/stancegraph/ontology#holder> ?p ; "
        "<https://w3id.org/stancegraph/ontology#confidence> ?c . ?p <https://schema.org/name> ?name } "
        "ORDER BY ?name ?c LIMIT 3"
    )
    csv_lines = table.render("csv").splitlines()
    assert csv_lines[0] == "name,c" and len(csv_lines) == 4
    assert json.loads(table.render("json")) == table.rows
    assert [json.loads(line) for line in table.render("jsonl").splitlines()] == table.rows
    parsed = ox.parse_query_results(table.render("sparql-json").encode(), format=ox.QueryResultsFormat.JSON)
    assert [[s["name"], s["c"]] for s in parsed] == [[t["name"], t["c"]] for t in table.terms]
    assert "Claire Vasseur" in table.render("table")
    frame = table.to_pandas()
    assert list(frame.columns) == ["name", "c"] and len(frame) == 3
    with pytest.raises(ValueError, match="unknown output format"):
        table.render("xml")


def test_csv_defuses_cells_a_spreadsheet_would_run_as_formulas():
    # a quote from a hostile page can start like a formula; json keeps it exactly
    evil = '=HYPERLINK("http://evil.example","lien")'
    table = Table(["evidence", "n"], [{"evidence": evil, "n": -3}, {"evidence": "- Nous voterons contre.", "n": 2},
                                      {"evidence": "Une phrase = une idée", "n": 1}])
    rows = list(csv.DictReader(io.StringIO(table.render("csv"))))
    assert [r["evidence"] for r in rows] == ["'" + evil, "'- Nous voterons contre.", "Une phrase = une idée"]
    assert [r["n"] for r in rows] == ["-3", "2", "1"]  # numbers stay numbers
    assert json.loads(table.render("json"))[0]["evidence"] == evil


def test_table_from_plain_rows_still_writes_sparql_json():
    table = Table(["a", "n"], [{"a": "x", "n": 2}, {"a": None, "n": 1.5}])
    doc = json.loads(table.to_sparql_json())
    assert doc["results"]["bindings"][0]["n"]["datatype"].endswith("#integer")
    assert "a" not in doc["results"]["bindings"][1]


# ------------------------------------------------------------------------------ remote URLs and escaping


def test_remote_url_forms():
    assert parse_remote_url("http://127.0.0.1:7878") == {
        "query": "http://127.0.0.1:7878/query",
        "update": "http://127.0.0.1:7878/update",
        "gsp": "http://127.0.0.1:7878/store",
    }
    assert parse_remote_url("sparql+https://h/ds/query")["update"] == "https://h/ds/update"
    fuseki = parse_remote_url("http://h:3030/ds/sparql?update=http://h:3030/ds/update&gsp=none&x=1")
    assert fuseki == {"query": "http://h:3030/ds/sparql?x=1", "update": "http://h:3030/ds/update", "gsp": None}
    assert parse_remote_url("http://h/sparql") == {"query": "http://h/sparql", "update": None, "gsp": None}


def test_credentials_in_the_url_are_refused():
    with pytest.raises(StoreError, match="credentials in the store URL are refused"):
        open_store("http://alice:secret@127.0.0.1:7878/query")


def test_remote_store_without_update_endpoint_is_read_only():
    store = open_store("http://127.0.0.1:9/sparql")
    with pytest.raises(StoreError, match="no update endpoint"):
        store.replace_graph(ox.NamedNode(EX + "g"), triples(1, "x"))


NASTY = [
    '" } ; DROP ALL ; #',
    "' } ; DROP ALL ; #",
    '\\" } DROP ALL',
    "\\u0022 } ; DROP ALL ; #",
    "\\\\u0022 ) } ; CLEAR ALL",
    'a"""b\'\'\'c',
    "ligne 1\nligne 2\r\n} ; DROP ALL",
    "tab\tnul\x00fin",
    "# commentaire\n} INSERT DATA { <a> <b> <c> }",
    "Élodie « L'Hôte » ?x $y <iri> {}",
]


@pytest.mark.parametrize("value", NASTY)
def test_values_clause_binds_exactly_the_value(value):
    """The escaped VALUES text, parsed by a SPARQL engine, gives back the value, whole."""
    query = "SELECT ?x ?y WHERE { }" + values_clause({"x": ox.Literal(value), "y": ox.NamedNode(EX + "y")})
    rows = list(ox.Store().query(query))
    assert len(rows) == 1
    assert rows[0]["x"].value == value
    assert rows[0]["y"] == ox.NamedNode(EX + "y")


def test_values_clause_refuses_bad_variable_names():
    with pytest.raises(StoreError, match="invalid variable name"):
        values_clause({"x) } DROP ALL #": ox.Literal("a")})
