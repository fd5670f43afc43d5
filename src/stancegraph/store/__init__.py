"""Open a store from a URL-like string; one named graph per source document.

Store URL forms (``open_store(url)``, ``--store URL`` on the command line):

``None``
    ``./stancegraph.db`` (Oxigraph on disk, in the current folder).
``memory:``
    Oxigraph in memory, gone when the process ends (tests, notebooks).
``PATH`` (e.g. ``corpus.db``, ``~/graphs/primaire-2011``)
    Oxigraph on disk in that folder (RocksDB). A new or empty folder becomes a store; a
    folder holding other files is refused, never written into.
``http://HOST:PORT`` or ``http://HOST:PORT/query`` (also ``https://``)
    A SPARQL 1.1 endpoint laid out like an Oxigraph server: queries to ``/query``, updates to
    ``/update``, Graph Store Protocol to ``/store``.
``http://HOST/PATH?update=URL&gsp=URL``
    Any other SPARQL 1.1 endpoint: the URL (without our two options) receives queries;
    ``update=`` names the SPARQL Update endpoint, ``gsp=`` the Graph Store Protocol endpoint
    (``none`` disables one). Without either, the store is read-only. Example (Fuseki):
    ``http://localhost:3030/ds/sparql?update=http://localhost:3030/ds/update&gsp=http://localhost:3030/ds/data``.
``sparql+http://...`` / ``sparql+https://...``
    Same as without ``sparql+`` (for scripts that want to say "this is an endpoint").

Remote endpoints must answer queries over the union of their named graphs, as the
embedded store does: start Oxigraph with ``oxigraph serve --union-default-graph`` (what
``stancegraph serve`` does), Fuseki with ``tdb2:unionDefaultGraph true``. A store that
does not is detected on the first query and reported.

Credentials come from the environment only, never from the URL or the command line
(those end up in shell history and process lists): ``STANCEGRAPH_TOKEN`` (sent as a
Bearer token) or ``STANCEGRAPH_USER`` + ``STANCEGRAPH_PASSWORD`` (HTTP Basic).

``read_only=True`` opens an on-disk store with ``pyoxigraph.Store.read_only``: several
processes can read while one writes elsewhere (each reader sees the store as it was when
opened, which is right for one command) and it never takes the write lock.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path

from .base import DUMP_FORMATS, PREFIXES, Store
from .embedded import EmbeddedStore
from .errors import NotAStoreError, StoreError, StoreInUseError
from .remote import RemoteStore, values_clause
from .table import FORMATS, Table, term_to_python

DEFAULT_PATH = "stancegraph.db"

__all__ = [
    "DEFAULT_PATH",
    "DUMP_FORMATS",
    "FORMATS",
    "PREFIXES",
    "EmbeddedStore",
    "NotAStoreError",
    "RemoteStore",
    "Store",
    "StoreError",
    "StoreInUseError",
    "Table",
    "open_store",
    "parse_remote_url",
    "term_to_python",
    "values_clause",
]


def open_store(url: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open the store named by ``url`` (see the module docstring for the forms)."""
    if url is None:
        return EmbeddedStore(Path(DEFAULT_PATH), read_only=read_only)
    if isinstance(url, Path):
        return EmbeddedStore(url, read_only=read_only)
    text = str(url).strip()
    if text == "memory:":
        if read_only:
            raise StoreError("a new in-memory store is empty: opening it read-only makes no sense")
        return EmbeddedStore(None)
    lowered = text.lower()
    if lowered.startswith(("http://", "https://", "sparql+http://", "sparql+https://")):
        endpoints = parse_remote_url(text)
        return RemoteStore(
            endpoints["query"], update_url=endpoints["update"], gsp_url=endpoints["gsp"], read_only=read_only
        )
    scheme = urllib.parse.urlsplit(text).scheme
    if scheme and len(scheme) > 1 and "://" in text:  # "c:\..." is a Windows path, not a URL
        raise StoreError(
            f"unsupported store URL {text!r}: use a folder path, memory:, or an http(s):// SPARQL endpoint"
        )
    return EmbeddedStore(Path(text).expanduser(), read_only=read_only)


def parse_remote_url(url: str) -> dict[str, str | None]:
    """Split a remote store URL into its query, update and Graph Store Protocol endpoints."""
    if url.lower().startswith("sparql+"):
        url = url[len("sparql+"):]
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:
        raise StoreError(
            "credentials in the store URL are refused (they leak into shell history and process "
            "lists): set STANCEGRAPH_USER and STANCEGRAPH_PASSWORD, or STANCEGRAPH_TOKEN"
        )
    if not parts.hostname:
        raise StoreError(f"no host in store URL {url!r}")
    options: dict[str, str] = {}
    kept: list[tuple[str, str]] = []
    for key, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True):
        if key in ("update", "gsp"):
            options[key] = value
        else:
            kept.append((key, value))
    path = parts.path.rstrip("/")
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    update: str | None = None
    gsp: str | None = None
    if path == "":  # an Oxigraph server root
        path = "/query"
    if path.endswith("/query"):  # Oxigraph layout: siblings /update and /store
        root = base + path[: -len("/query")]
        update, gsp = root + "/update", root + "/store"
    query = urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, urllib.parse.urlencode(kept), ""))
    for key in ("update", "gsp"):
        if key in options:
            value = options[key]
            if value.lower() in ("", "none"):
                value = None
            elif not value.lower().startswith(("http://", "https://")):
                raise StoreError(f"{key}= in the store URL must be an http(s) URL or none, not {value!r}")
            if key == "update":
                update = value
            else:
                gsp = value
    return {"query": query, "update": update, "gsp": gsp}
