"""The seed's graph, compared by isomorphism with its reviewed golden file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

CASES = Path(__file__).resolve().parent / "cases"
_spec = importlib.util.spec_from_file_location("make_golden", CASES / "make_golden.py")
make_golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_golden)


def _readable(graph: rdflib.Graph, limit: int = 15) -> str:
    lines = sorted(f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph)
    more = f"\n  ... and {len(lines) - limit} more" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


def test_seed_graph_is_isomorphic_to_the_golden_file(extractor):
    built = rdflib.Graph().parse(data=make_golden.without_versions(make_golden.build_seed_graph()), format="turtle")
    golden = rdflib.Graph().parse(make_golden.GOLDEN, format="turtle")
    if not isomorphic(built, golden):
        _, only_built, only_golden = graph_diff(to_isomorphic(built), to_isomorphic(golden))
        raise AssertionError(
            "the seed's graph differs from tests/cases/seed.golden.ttl; if the change is intended, "
            "run `python tests/cases/make_golden.py` and review the diff.\n"
            f"only in the build ({len(only_built)}):\n{_readable(only_built)}\n"
            f"only in the golden file ({len(only_golden)}):\n{_readable(only_golden)}"
        )
