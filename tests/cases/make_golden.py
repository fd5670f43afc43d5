"""Regenerate the seed's golden graph after an intended change to extraction or mapping.

    python tests/cases/make_golden.py

Review the diff (`git diff tests/cases/seed.golden.ttl`) before committing it: it is the
reviewed statement of what the seed document becomes.
"""

from __future__ import annotations

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


if __name__ == "__main__":
    GOLDEN.write_bytes(build_seed_graph())
    print(f"wrote {GOLDEN}", file=sys.stderr)
