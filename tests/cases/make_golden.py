"""Regenerate the seed's golden graph after an intended change to extraction or mapping.

    python tests/cases/make_golden.py

Review the diff (`git diff tests/cases/seed.golden.ttl`) before committing it: it is the
reviewed statement of what the seed document becomes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "data"
GOLDEN = HERE / "seed.golden.ttl"


def build_seed_graph() -> bytes:
    """The seed's document graph as Turtle, built in memory exactly as `stancegraph build data/`."""
    from stancegraph import rdf
    from stancegraph.pipeline import build
    from stancegraph.store import open_store

    store = open_store("memory:")
    summary = build([DATA], store)
    if summary.errors:
        raise RuntimeError(f"the seed did not build: {summary.errors}")
    (seed,) = [p for p in DATA.iterdir() if p.suffix == ".txt"]
    return store.dump("turtle", graph=rdf.document_graph(seed.name))


def without_versions(turtle: bytes) -> bytes:
    """The graph with extractor versions blanked out.

    Versions embed a hash of the lexicons, so every new lexicon entry would change the golden
    file even when the seed's positions do not move; the positions, quotes and offsets are what
    this file pins down.
    """
    turtle = re.sub(rb"(/extractor/[^/>]+/)[^>]+>", rb"\1VERSION>", turtle)
    return re.sub(rb'((?:<https://schema\.org/softwareVersion>|schema:softwareVersion)\s+)"[^"]*"', rb'\1"VERSION"', turtle)


if __name__ == "__main__":
    GOLDEN.write_bytes(without_versions(build_seed_graph()))
    print(f"wrote {GOLDEN}", file=sys.stderr)
