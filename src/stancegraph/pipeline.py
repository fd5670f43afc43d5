"""Build a graph from files: ingest -> extract -> rdf -> store, one document at a time.

Documents are streamed (read, parsed in batches by spaCy, mapped, written) so memory stays
bounded on large corpora. Each document's named graph is replaced in one transaction, so a
build killed at any moment leaves only whole documents, and running it again completes the
rest. A bad file is reported with its path and reason and the batch goes on (unless strict).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import rdf
from .ingest import IngestError, Metadata, iter_sources, read_document
from .models import Document, Extraction


@dataclass
class FileError:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class BuildSummary:
    documents: int = 0  # built (or rebuilt) in this run
    unchanged: int = 0  # skipped: same bytes, same extractor version already stored
    not_documents: int = 0  # files in the folders walked that are not a document type (.py, .csv...)
    exchanges: int = 0
    positions: int = 0
    statements: int = 0
    proposals: int = 0
    triples: int = 0
    errors: list[FileError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class BuildError(Exception):
    """Raised in strict mode at the first file that fails."""

    def __init__(self, error: FileError):
        super().__init__(str(error))
        self.error = error


# progress(event, detail): event is "total" (detail = number of files), "done" (file key) or
# "error" (FileError); the CLI turns these into a progress bar.
Progress = Callable[[str, object], None]

_FINGERPRINTS = """
PREFIX sg: <https://w3id.org/stancegraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?g ?sha ?version WHERE {
  GRAPH ?g {
    ?doc sg:sha256 ?sha .
    ?activity prov:used ?doc ; prov:wasAssociatedWith ?agent .
    ?agent schema:name ?agent_name ; schema:softwareVersion ?version .
  }
  FILTER (?agent_name = "%s")
}
""" % rdf.BUILD_AGENT_NAME


def _stored_fingerprints(store) -> dict[str, set[tuple[str, str | None]]]:
    """graph IRI -> {(sha256, extractor version)} of what is stored now."""
    found: dict[str, set[tuple[str, str | None]]] = {}
    for row in store.select(_FINGERPRINTS).rows:
        found.setdefault(str(row["g"]), set()).add((str(row["sha"]), row.get("version")))
    return found


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def store_vocabularies(store) -> None:
    """Write the topic scheme and the ontology into their own graphs (idempotent)."""
    for graph, triples in rdf.vocabulary_graphs():
        store.replace_graph(graph, triples)


def build(
    paths: Iterable[str | Path],
    store,
    *,
    extractor=None,
    meta: Metadata | None = None,
    base: str = rdf.DEFAULT_BASE,
    strict: bool = False,
    force: bool = False,
    batch_size: int = 16,
    workers: int = 1,
    max_bytes: int | None = None,
    progress: Progress | None = None,
) -> BuildSummary:
    """Build every file under ``paths`` into ``store``; returns what was done and what failed."""
    if extractor is None:
        from .extract import Extractor

        extractor = Extractor()
    notify = progress or (lambda event, detail: None)
    summary = BuildSummary()
    store_vocabularies(store)

    def skipped(path, reason) -> None:
        summary.not_documents += 1

    sources = list(iter_sources([Path(p) for p in paths], on_skip=skipped))
    notify("total", len(sources))
    version = getattr(extractor, "version", None)
    if version is not None:
        # The graph's shape is part of what a rebuild must not skip: a store written before
        # rdf.py derived a triple (e.g. sg:bestQuote) would answer queries with blanks.
        version = f"{version}+rdf{rdf.MAPPING_VERSION}"
    stored = {} if force or version is None else _stored_fingerprints(store)

    def fail(path: str, reason: str) -> None:
        error = FileError(path, reason)
        summary.errors.append(error)
        notify("error", error)
        if strict:
            raise BuildError(error)

    def documents() -> Iterator[Document]:
        for source in sources:
            if isinstance(source, IngestError):
                fail(str(source.path), source.reason)
                continue
            graph = rdf.document_graph(source.key, base).value
            try:
                if graph in stored and (_sha256(source.path), version) in stored[graph]:
                    summary.unchanged += 1
                    notify("done", source.key)
                    continue
                kwargs = {"key": source.key, "meta": meta}
                if max_bytes is not None:
                    kwargs["max_bytes"] = max_bytes
                yield read_document(source.path, **kwargs)
            except IngestError as error:
                fail(str(error.path), error.reason)
            except OSError as error:
                fail(str(source.path), error.strerror or str(error))

    for extraction in extractor.extract_many(documents(), batch_size=batch_size, n_process=workers):
        _store_extraction(extraction, store, base, summary, version)
        notify("done", extraction.document.path)
    return summary


def _store_extraction(extraction: Extraction, store, base: str, summary: BuildSummary,
                      version: str | None) -> None:
    doc = extraction.document
    triples = rdf.extraction_triples(extraction, base, build_version=version)
    store.replace_graph(rdf.document_graph(doc.path, base), triples)
    summary.documents += 1
    summary.exchanges += len(doc.exchanges)
    summary.positions += len(extraction.positions)
    summary.statements += len(extraction.stances)
    summary.proposals += len(extraction.proposals)
    summary.triples += len(triples)
