"""The topic scheme (SKOS, ``ontology/topics.ttl``): notations, labels, definitions, surface forms.

Read with rdflib once per path and cached; nothing is read at import time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

SKOS = "http://www.w3.org/2004/02/skos/core#"


class TopicSchemeError(ValueError):
    """The topic scheme file cannot be read or is not a usable SKOS scheme."""


@dataclass(frozen=True)
class Topic:
    notation: str  # "hadopi-law"
    iri: str
    pref_labels: dict[str, str]  # language -> label
    alt_labels: tuple[tuple[str, str], ...]  # (label, language)
    hidden_labels: tuple[tuple[str, str], ...]
    definitions: dict[str, str]
    broader: tuple[str, ...]  # notations

    @property
    def label(self) -> str:
        return self.pref_labels.get("fr") or self.pref_labels.get("en") or self.notation

    @property
    def is_position_topic(self) -> bool:
        """True for topics one can take a stance on (they carry a definition of "support")."""
        return bool(self.definitions)

    def surface_forms(self, languages: tuple[str, ...] = ("fr", "")) -> tuple[str, ...]:
        """prefLabel, altLabels and hiddenLabels in the given languages ("" = no language tag)."""
        forms = [v for k, v in self.pref_labels.items() if k in languages]
        forms += [t for t, lang in self.alt_labels + self.hidden_labels if lang in languages]
        seen: dict[str, None] = {}
        for f in forms:
            seen.setdefault(f, None)
        return tuple(seen)


def default_scheme_path() -> Path:
    return Path(str(resources.files("stancegraph") / "ontology" / "topics.ttl"))


@lru_cache(maxsize=8)
def load_scheme(path: str | Path | None = None) -> dict[str, Topic]:
    """Topics of the scheme by notation (in file order of notation, sorted)."""
    import rdflib  # imported here so that importing stancegraph.topics stays cheap

    p = Path(path) if path is not None else default_scheme_path()
    if not p.is_file():
        raise TopicSchemeError(f"{p}: topic scheme not found")
    g = rdflib.Graph()
    try:
        g.parse(p, format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        raise TopicSchemeError(f"{p}: not valid Turtle: {exc}") from exc
    S = rdflib.Namespace(SKOS)
    notation_of = {s: str(o) for s, o in g.subject_objects(S.notation)}
    topics: dict[str, Topic] = {}
    for concept in g.subjects(rdflib.RDF.type, S.Concept):
        notation = notation_of.get(concept)
        if not notation:
            raise TopicSchemeError(f"{p}: concept {concept} has no skos:notation")

        def lits(prop):
            return [(str(o), o.language or "") for o in g.objects(concept, prop)]

        topics[notation] = Topic(
            notation=notation,
            iri=str(concept),
            pref_labels={lang: text for text, lang in lits(S.prefLabel)},
            alt_labels=tuple(sorted(lits(S.altLabel))),
            hidden_labels=tuple(sorted(lits(S.hiddenLabel))),
            definitions={lang: text for text, lang in lits(S.definition)},
            broader=tuple(sorted(notation_of[b] for b in g.objects(concept, S.broader) if b in notation_of)),
        )
    if not topics:
        raise TopicSchemeError(f"{p}: no skos:Concept found")
    return dict(sorted(topics.items()))


def position_topics(path: str | Path | None = None) -> dict[str, Topic]:
    """Topics that carry a definition of what supporting them means."""
    return {k: t for k, t in load_scheme(path).items() if t.is_position_topic}
