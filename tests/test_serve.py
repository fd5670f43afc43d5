"""A real Oxigraph server (the binary from the `oxigraph` package) on a free loopback port:
build into it remotely, query it remotely and compare with the embedded store, curl it."""

from __future__ import annotations

import http.server
import shutil
import subprocess
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from stancegraph import rdf
from stancegraph.queries import query_names, run_query
from stancegraph.serve import ServeError, free_port, mentions_service, oxigraph_binary, start_server
from stancegraph.store import StoreError, open_store

pytestmark = pytest.mark.server

FIXTURE = Path(__file__).with_name("test_queries_fixture.trig")
PARAMS = {
    "compare": {"a": "Claire Vasseur", "b": "Hugo Marchal"},
    "evidence": {"candidate": "Nadia Benali", "topic": "hadopi-law"},
    "who-supports": {"topic": "culture-and-creation"},
    "who-opposes": {"topic": "hadopi-law"},
    "positions": {"candidate": "claire vasseur", "stance": "oppose"},
}


def fixture_graphs():
    graphs: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    for quad in ox.parse(path=str(FIXTURE)):
        graphs[quad.graph_name].append(quad.triple)
    graphs.update(dict(rdf.vocabulary_graphs()))
    return graphs


def load(store) -> None:
    for graph, triples in fixture_graphs().items():
        store.replace_graph(graph, triples)


def canonical(table_rows):
    def value(key, v):
        # GROUP_CONCAT gives no order: proposals' "topics" compare as sets.
        return " ".join(sorted(str(v).split())) if key == "topics" else str(v)

    return sorted(sorted((k, value(k, v)) for k, v in row.items()) for row in table_rows)


@pytest.fixture(scope="module")
def embedded():
    store = open_store("memory:")
    load(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("served") / "store.db"
    srv = start_server(path, port=free_port(), allow_update=True)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def remote(server):
    store = open_store(server.url)
    load(store)
    return store


def test_server_listens_on_loopback_by_default(server):
    assert server.host == "127.0.0.1" and server.running()


def test_build_into_the_server_twice_gives_the_same_store(remote, embedded):
    first = remote.count()
    load(remote)  # Graph Store Protocol PUT replaces each graph
    assert remote.count() == first == embedded.count()
    assert remote.graphs() == embedded.graphs()


def test_replace_through_sparql_update_when_there_is_no_graph_store(server, remote):
    store = open_store(server.query_url + "?gsp=none")
    assert store.gsp_url is None and store.update_url == server.update_url
    before = remote.count()
    load(store)  # DROP SILENT GRAPH + INSERT DATA in one request
    assert store.count() == before


@pytest.mark.parametrize("name", query_names())
def test_every_query_gives_the_same_rows_remotely_and_embedded(remote, embedded, name):
    params = PARAMS.get(name, {})
    here = run_query(embedded, name, params).rows
    there = run_query(remote, name, params).rows
    assert here, f"{name} found nothing"
    assert canonical(there) == canonical(here)


def test_positions_same_rows_in_the_same_order(remote, embedded):
    assert run_query(remote, "positions", {}).rows == run_query(embedded, "positions", {}).rows


def test_injection_through_the_endpoint_finds_nobody_and_changes_nothing(remote):
    before = remote.count()
    for payload in ['" } ; DROP ALL ; #', "x\\u0022 } ; DROP ALL ; #", "' } DROP ALL #"]:
        assert run_query(remote, "positions", {"candidate": payload}).rows == []
        assert run_query(remote, "who-opposes", {"topic": payload}).rows == []
    assert remote.count() == before


def test_remote_graph_meta_and_dump(remote, embedded):
    assert remote.graph_meta("https://example.org/sg/graph/A")["fileName"] == "vasseur-questionnaire-2011.txt"
    quads = list(ox.parse(remote.dump("trig"), format=ox.RdfFormat.TRIG))
    assert len(quads) == embedded.count()


def test_curl_the_query_endpoint(server, remote):
    query = ("PREFIX sg: <https://w3id.org/stancegraph/ontology#> PREFIX schema: <https://schema.org/> "
             "SELECT ?name WHERE { ?p sg:opposes <https://w3id.org/stancegraph/topic/hadopi-law> ; schema:name ?name }")
    curl = shutil.which("curl")
    if curl:
        out = subprocess.run(
            [curl, "-sS", "--fail", "-H", "Accept: text/csv", "--data-urlencode", f"query={query}", server.query_url],
            capture_output=True, text=True, timeout=30, check=True,
        ).stdout
    else:  # the same request without curl
        data = urllib.parse.urlencode({"query": query}).encode()
        request = urllib.request.Request(server.query_url, data=data, headers={"Accept": "text/csv"})
        out = urllib.request.urlopen(request, timeout=30).read().decode()
    lines = [line.strip() for line in out.strip().splitlines()]
    assert lines[0] == "name"
    assert set(lines[1:]) == {"Claire Vasseur"}  # union default graph: no GRAPH clause needed


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        self.hits.append(self.path)
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture()
def recorder():
    _Recorder.hits = []
    srv = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def test_service_queries_are_refused_and_fetch_nothing(server, recorder):
    target = f"http://127.0.0.1:{recorder.server_address[1]}/sparql"
    for query in (f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                  f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}"):
        for request in (
            urllib.request.Request(server.query_url + "?" + urllib.parse.urlencode({"query": query})),
            urllib.request.Request(server.query_url, data=query.encode(), headers={"Content-Type": "application/sparql-query"}),
            urllib.request.Request(server.update_url, data=urllib.parse.urlencode({"update": f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"}).encode()),
        ):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=30)
            assert refused.value.code == 403
    assert _Recorder.hits == []


def test_oxigraph_alone_would_federate(tmp_path, recorder):
    """Why the guard exists: the bare binary does run SERVICE (if a future oxigraph stops
    doing so, this test says the guard can go)."""
    target = f"http://127.0.0.1:{recorder.server_address[1]}/sparql"
    with start_server(None, port=free_port(), allow_update=True, guard=False) as bare:
        query = urllib.parse.urlencode({"query": f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"})
        try:
            urllib.request.urlopen(bare.query_url + "?" + query, timeout=30).read()
        except (urllib.error.HTTPError, OSError):
            pass
    assert _Recorder.hits == ["/sparql"]


def test_mentions_service_is_a_plain_word_check():
    assert mentions_service("SELECT * { SeRvIcE <x> {} }")
    assert mentions_service('SELECT * { ?s ?p "service public" }')  # refused too: simple on purpose
    assert not mentions_service("SELECT * { ?s <https://example.org/services> ?o }")


def test_read_only_server_refuses_writes(tmp_path):
    path = tmp_path / "built.db"
    with open_store(str(path)) as store:
        load(store)
        count = store.count()
    with start_server(path, port=free_port()) as srv:  # serve-read-only
        client = open_store(srv.url)
        assert client.count() == count
        assert [r["candidate"] for r in run_query(client, "who-supports", {"topic": "hadopi-law"}).rows] == ["Hugo Marchal"]
        with pytest.raises(StoreError, match="HTTP"):
            client.replace_graph(ox.NamedNode("https://example.org/g"), [])
        with pytest.raises(StoreError, match="HTTP"):
            client.update("DROP ALL")
        assert client.count() == count


def test_endpoint_without_union_default_graph_is_reported(tmp_path):
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        store = open_store(f"http://127.0.0.1:{port}")
        for _ in range(100):
            try:
                store.replace_graph(ox.NamedNode("https://example.org/g"),
                                    [ox.Triple(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"), ox.Literal("o"))])
                break
            except StoreError:
                import time

                time.sleep(0.1)
        with pytest.raises(StoreError, match="does not query the union of its named graphs"):
            store.select("SELECT * WHERE { ?s ?p ?o }")
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_server_will_not_start_on_a_store_in_use(tmp_path):
    path = tmp_path / "busy.db"
    with open_store(str(path)):
        with pytest.raises(ServeError, match="in use by another process"):
            start_server(path, port=free_port(), allow_update=True)


def test_server_needs_a_store(tmp_path):
    with pytest.raises(ServeError, match="no store at"):
        start_server(tmp_path / "nothing.db", port=free_port())


def test_port_in_use_is_reported(server, tmp_path):
    path = tmp_path / "other.db"
    open_store(str(path)).close()
    with pytest.raises(ServeError, match="cannot listen"):
        start_server(path, port=server.port)
