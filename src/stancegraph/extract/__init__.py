"""Extraction: Document -> Extraction (topic mentions, stances, positions, proposals).

Rules over spaCy's French parse, with lexicons as data files under ``lexicons/``.
Nothing is loaded at import time: spaCy and the lexicons load on first use.
"""

from .extractor import DEFAULT_MODEL, Extractor, load_pipeline
from .lexicon import LexiconError
from .registry import REGISTRY, component, get_component

__all__ = ["DEFAULT_MODEL", "Extractor", "LexiconError", "REGISTRY", "component", "get_component", "load_pipeline"]
