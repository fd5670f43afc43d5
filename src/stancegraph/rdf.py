"""Map an Extraction to RDF triples. Pure: no I/O except reading the packaged ontology files.

Every IRI is minted here, deterministically, from the document key (its path relative to the
folder it was built from), names, topic notations and character offsets, so that building the
same file twice yields the same triples and rebuilding a changed file replaces its graph.
Triples are pyoxigraph terms: the store loads them without a detour through rdflib.
"""

from __future__ import annotations

import re
import unicodedata
import urllib.parse
from decimal import Decimal
from importlib import resources
from typing import Iterable

from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, parse

from .models import Document, Extraction, Position, Proposal, Speaker, Stance

DEFAULT_BASE = "https://w3id.org/stancegraph/data/"
TOPIC_BASE = "https://w3id.org/stancegraph/topic/"
TOPICS_GRAPH = NamedNode(TOPIC_BASE)
ONTOLOGY_GRAPH = NamedNode("https://w3id.org/stancegraph/ontology")
QUOTE_CONTEXT = 32
# Bumped when the triples made of the same extraction change (2: sg:bestQuote on stances), so
# that a rebuild does not skip files whose stored graph has the old shape (see pipeline.py).
MAPPING_VERSION = 2
BUILD_AGENT_NAME = "stancegraph-extractor"  # characters of prefix/suffix kept in each TextQuoteSelector


class _Namespace:
    """A closed vocabulary: a typo in a term name fails at once instead of minting a bad IRI."""

    def __init__(self, base: str, terms: str):
        self._base = base
        self._terms = frozenset(terms.split())

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_") or name not in self._terms:
            raise AttributeError(f"{name!r} is not a term of <{self._base}>")
        return NamedNode(self._base + name)

    def __getitem__(self, name: str) -> NamedNode:
        return self.__getattr__(name)


SG = _Namespace(
    "https://w3id.org/stancegraph/ontology#",
    """SourceDocument Passage Stance StanceStatement Proposal Support Oppose Mixed Neutral
    SaidByHolder ReportedByText holder topic polarity confidence attribution evidence
    hasStatement inPassage extractor supports opposes isMixedOn isNeutralOn fileName sha256
    format start end index bestQuote""",
)
SCHEMA = _Namespace(
    "https://schema.org/",
    "Person Organization Question Answer name jobTitle memberOf text isPartOf parentItem url softwareVersion",
)
DCT = _Namespace("http://purl.org/dc/terms/", "title source date abstract")
PROV = _Namespace(
    "http://www.w3.org/ns/prov#", "Activity SoftwareAgent used wasAssociatedWith wasGeneratedBy"
)
OA = _Namespace(
    "http://www.w3.org/ns/oa#",
    "SpecificResource TextQuoteSelector TextPositionSelector hasSource hasSelector exact prefix suffix start end",
)
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = "http://www.w3.org/2001/XMLSchema#"

POLARITY_TERMS = {"support": SG.Support, "oppose": SG.Oppose, "mixed": SG.Mixed, "neutral": SG.Neutral}
DIRECT_PREDICATES = {
    "support": SG.supports,
    "oppose": SG.opposes,
    "mixed": SG.isMixedOn,
    "neutral": SG.isNeutralOn,
}
ATTRIBUTION_TERMS = {"said": SG.SaidByHolder, "reported": SG.ReportedByText}


def slug(text: str) -> str:
    """ASCII, lower-case, hyphen-separated: 'Élie Aboud' -> 'elie-aboud'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def document_key_path(key: str) -> str:
    """A document key ('sub/dir/Entretien 1.txt') as an IRI path, percent-encoded.

    Not slugged: the mapping must be one-to-one, or 'Entretien.txt' and 'entretien.txt' would
    share a graph and one file would silently replace the other.
    """
    parts = [part for part in key.replace("\\", "/").split("/") if part not in ("", ".")]
    return "/".join(urllib.parse.quote(part, safe="-._~") for part in parts) or "_"


def _check_base(base: str) -> str:
    if not re.match(r"^[a-z][a-z0-9+.-]*:", base) or any(c in base for c in ' <>"{}|\\^`'):
        raise ValueError(f"base IRI {base!r} is not an absolute IRI")
    return base if base.endswith(("/", "#")) else base + "/"


def document_node(doc_key: str, base: str = DEFAULT_BASE) -> NamedNode:
    return NamedNode(f"{_check_base(base)}doc/{document_key_path(doc_key)}")


def document_graph(doc_key: str, base: str = DEFAULT_BASE) -> NamedNode:
    """The named graph holding everything built from one source document."""
    return NamedNode(f"{_check_base(base)}graph/{document_key_path(doc_key)}")


def person_node(name: str, base: str = DEFAULT_BASE) -> NamedNode:
    return NamedNode(f"{_check_base(base)}person/{slug(name)}")


def topic_node(notation: str) -> NamedNode:
    return NamedNode(TOPIC_BASE + notation)


def _date_literal(value: str) -> Literal:
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=NamedNode(XSD + "gYear"))
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=NamedNode(XSD + "gYearMonth"))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=NamedNode(XSD + "date"))
    return Literal(value)


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + "nonNegativeInteger"))


def _decimal(value: float) -> Literal:
    return Literal(f"{value:.2f}", datatype=NamedNode(XSD + "decimal"))


def _url_node(url: str) -> NamedNode | Literal:
    try:
        return NamedNode(url)
    except ValueError:  # not a valid IRI: keep what the user gave, as text
        return Literal(url)


class _DocumentMapper:
    """Mints the IRIs of one document and accumulates its triples."""

    def __init__(self, extraction: Extraction, base: str, build_version: str | None = None):
        self.build_version = build_version
        self.extraction = extraction
        self.doc: Document = extraction.document
        self.base = _check_base(base)
        self.root = f"{self.base}doc/{document_key_path(self.doc.path)}"
        self.doc_node = NamedNode(self.root)
        self.activity = NamedNode(self.root + "/extraction")
        self.triples: list[Triple] = []

    def add(self, s, p, o) -> None:
        self.triples.append(Triple(s, p, o))

    # -- documents and passages -------------------------------------------------------
    def document(self) -> None:
        doc, node = self.doc, self.doc_node
        self.add(node, RDF_TYPE, SG.SourceDocument)
        self.add(node, SG.fileName, Literal(doc.name))
        self.add(node, SG.sha256, Literal(doc.sha256))
        self.add(node, SG.format, Literal(doc.format))
        if doc.title:
            self.add(node, DCT.title, Literal(doc.title))
        if doc.lede:
            self.add(node, DCT.abstract, Literal(doc.lede))
        if doc.source_url:
            self.add(node, SCHEMA.url, _url_node(doc.source_url))
        if doc.date:
            self.add(node, DCT.date, _date_literal(doc.date))
        for exchange in doc.exchanges:
            passage = self.passage_node(exchange.index)
            self.add(passage, RDF_TYPE, SG.Passage)
            self.add(passage, SCHEMA.isPartOf, node)
            self.add(passage, SG.index, _int(exchange.index))
            self.add(passage, SG.start, _int(exchange.answer.start))
            self.add(passage, SG.end, _int(exchange.answer.end))
            self.add(passage, SCHEMA.text, Literal(exchange.answer.text))
            if exchange.question is not None:
                question = NamedNode(f"{self.root}/question/{exchange.index}")
                self.add(passage, RDF_TYPE, SCHEMA.Answer)
                self.add(passage, SCHEMA.parentItem, question)
                self.add(question, RDF_TYPE, SCHEMA.Question)
                self.add(question, SCHEMA.text, Literal(exchange.question.text))
                self.add(question, SG.start, _int(exchange.question.start))
                self.add(question, SG.end, _int(exchange.question.end))

    def passage_node(self, index: int) -> NamedNode:
        return NamedNode(f"{self.root}/passage/{index}")

    # -- people ------------------------------------------------------------------------
    def people(self) -> None:
        known: dict[str, Speaker] = {}
        for speaker in (*self.doc.speakers, *self.extraction.speakers):
            previous = known.get(speaker.name)
            known[speaker.name] = Speaker(
                speaker.name,
                role=(previous.role if previous and previous.role else speaker.role),
                party=(previous.party if previous and previous.party else speaker.party),
            )
        holders = {s.holder for s in self.extraction.stances} | {p.holder for p in self.extraction.proposals}
        holders |= {p.holder for p in self.extraction.positions}
        for name in sorted(holders | set(known)):
            person = person_node(name, self.base)
            self.add(person, RDF_TYPE, SCHEMA.Person)
            self.add(person, SCHEMA.name, Literal(name))
            speaker = known.get(name)
            if speaker and speaker.role:
                self.add(person, SCHEMA.jobTitle, Literal(speaker.role))
            if speaker and speaker.party:
                org = NamedNode(f"{self.base}org/{slug(speaker.party)}")
                self.add(person, SCHEMA.memberOf, org)
                self.add(org, RDF_TYPE, SCHEMA.Organization)
                self.add(org, SCHEMA.name, Literal(speaker.party))

    # -- provenance --------------------------------------------------------------------
    def agent(self, name: str, version: str) -> NamedNode:
        agent = NamedNode(f"{self.base}extractor/{slug(name)}/{urllib.parse.quote(version, safe='-._~')}")
        self.add(agent, RDF_TYPE, PROV.SoftwareAgent)
        self.add(agent, SCHEMA.name, Literal(name))
        self.add(agent, SCHEMA.softwareVersion, Literal(version))
        self.add(self.activity, PROV.wasAssociatedWith, agent)
        return agent

    def provenance(self, node: NamedNode, extractor_name: str, extractor_version: str) -> None:
        self.add(node, PROV.wasGeneratedBy, self.activity)
        self.add(node, SG.extractor, self.agent(extractor_name, extractor_version))
        self.add(node, DCT.source, self.doc_node)
        if self.doc.date:
            self.add(node, DCT.date, _date_literal(self.doc.date))

    # -- evidence ----------------------------------------------------------------------
    def evidence(self, start: int, end: int, exchange: int | None) -> NamedNode:
        node = NamedNode(f"{self.root}/evidence/{start}-{end}")
        quote = NamedNode(f"{node.value}#quote")
        position = NamedNode(f"{node.value}#position")
        text = self.doc.text
        self.add(node, RDF_TYPE, OA.SpecificResource)
        self.add(node, OA.hasSource, self.doc_node)
        self.add(node, OA.hasSelector, quote)
        self.add(node, OA.hasSelector, position)
        self.add(quote, RDF_TYPE, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(text[start:end]))
        self.add(quote, OA.prefix, Literal(text[max(0, start - QUOTE_CONTEXT) : start]))
        self.add(quote, OA.suffix, Literal(text[end : end + QUOTE_CONTEXT]))
        self.add(position, RDF_TYPE, OA.TextPositionSelector)
        self.add(position, OA.start, _int(start))
        self.add(position, OA.end, _int(end))
        if exchange is not None:
            self.add(node, SG.inPassage, self.passage_node(exchange))
        return node

    # -- stances, positions, proposals -------------------------------------------------
    def statement(self, stance: Stance) -> NamedNode:
        ev = stance.evidence
        # The polarity is part of the name: one quote may both back and reject a topic
        # ("réviser la loi sans l'abroger"), and each reading is its own statement.
        node = NamedNode(
            f"{self.root}/statement/{ev.start}-{ev.end}/{slug(stance.holder)}/{stance.topic}/{stance.polarity}"
        )
        self.add(node, RDF_TYPE, SG.StanceStatement)
        self.add(node, SG.holder, person_node(stance.holder, self.base))
        self.add(node, SG.topic, topic_node(stance.topic))
        self.add(node, SG.polarity, POLARITY_TERMS[stance.polarity])
        self.add(node, SG.confidence, _decimal(stance.confidence))
        self.add(node, SG.attribution, ATTRIBUTION_TERMS[stance.attribution])
        self.add(node, SG.evidence, self.evidence(ev.start, ev.end, stance.exchange))
        if stance.exchange is not None:
            self.add(node, SG.inPassage, self.passage_node(stance.exchange))
        self.provenance(node, stance.extractor.name, stance.extractor.version)
        return node

    def position(self, position: Position) -> None:
        person = person_node(position.holder, self.base)
        topic = topic_node(position.topic)
        node = NamedNode(f"{self.root}/stance/{slug(position.holder)}/{position.topic}")
        self.add(node, RDF_TYPE, SG.Stance)
        self.add(node, SG.holder, person)
        self.add(node, SG.topic, topic)
        self.add(node, SG.polarity, POLARITY_TERMS[position.polarity])
        self.add(node, SG.confidence, _decimal(position.confidence))
        self.add(node, SG.attribution, ATTRIBUTION_TERMS[position.attribution])
        for stance in position.stances:
            statement = self.statement(stance)
            self.add(node, SG.hasStatement, statement)
            ev = stance.evidence
            self.add(node, SG.evidence, NamedNode(f"{self.root}/evidence/{ev.start}-{ev.end}"))
        best = self.best_quote(position)
        if best is not None:
            self.add(node, SG.bestQuote, Literal(best))
        extractor = position.stances[0].extractor if position.stances else None
        if extractor is not None:
            self.provenance(node, extractor.name, extractor.version)
        self.add(person, DIRECT_PREDICATES[position.polarity], topic)

    def best_quote(self, position: Position) -> str | None:
        """The quote shown for a position (derived, written as sg:bestQuote): a statement with
        the position's own polarity first, then the highest confidence (as stored: two
        decimals), then the earliest in the text, then the greatest text.

        Why here: computed per position in SPARQL (a GROUP BY over every position's evidence)
        it cost a second per query at 1M triples, since Oxigraph does not push a bound
        candidate into that subquery; one document holds all of a position's evidence, so it
        can be computed once, when the document's graph is written."""
        text = self.doc.text
        keys = [
            (
                stance.polarity == position.polarity,
                int(Decimal(f"{stance.confidence:.2f}") * 1000),
                -stance.evidence.start,
                text[stance.evidence.start : stance.evidence.end],
            )
            for stance in position.stances
        ]
        return max(keys)[3] if keys else None

    def proposal(self, proposal: Proposal) -> None:
        ev = proposal.evidence
        node = NamedNode(f"{self.root}/proposal/{ev.start}-{ev.end}/{slug(proposal.holder)}")
        self.add(node, RDF_TYPE, SG.Proposal)
        self.add(node, SG.holder, person_node(proposal.holder, self.base))
        for topic in proposal.topics:
            self.add(node, SG.topic, topic_node(topic))
        self.add(node, SG.confidence, _decimal(proposal.confidence))
        self.add(node, SG.evidence, self.evidence(ev.start, ev.end, proposal.exchange))
        self.provenance(node, proposal.extractor.name, proposal.extractor.version)

    def build(self) -> list[Triple]:
        self.document()
        self.add(self.activity, RDF_TYPE, PROV.Activity)
        self.add(self.activity, PROV.used, self.doc_node)
        if self.build_version is not None:
            # The whole extractor's version (rules, lexicons, model): a rebuild skips a file
            # only when both its bytes and this version are unchanged.
            self.agent(BUILD_AGENT_NAME, self.build_version)
        self.people()
        for position in self.extraction.positions:
            self.position(position)
        for proposal in self.extraction.proposals:
            self.proposal(proposal)
        # Statements and evidence shared by several stances are emitted more than once;
        # a set keeps the output canonical (dict keeps first-seen order, for readable dumps).
        return list(dict.fromkeys(self.triples))


def extraction_triples(
    extraction: Extraction, base: str = DEFAULT_BASE, build_version: str | None = None
) -> list[Triple]:
    """All triples for one document's graph (see ``document_graph`` for its name).

    ``build_version``: the version of the extractor as a whole, recorded on the extraction
    activity (agent named ``BUILD_AGENT_NAME``) so that a rebuild can skip unchanged files.
    """
    return _DocumentMapper(extraction, base, build_version).build()


def _packaged_ttl(name: str) -> list[Triple]:
    data = resources.files("stancegraph").joinpath("ontology", name).read_bytes()
    return [quad.triple for quad in parse(data, format=RdfFormat.TURTLE, base_iri=TOPIC_BASE)]


def topic_scheme_triples() -> list[Triple]:
    """The SKOS topic scheme; stored in its own graph, ``TOPICS_GRAPH``."""
    return _packaged_ttl("topics.ttl")


def ontology_triples() -> list[Triple]:
    """The OWL ontology (labels of classes and polarities); stored in ``ONTOLOGY_GRAPH``."""
    return _packaged_ttl("stancegraph.ttl")


def vocabulary_graphs() -> Iterable[tuple[NamedNode, list[Triple]]]:
    yield TOPICS_GRAPH, topic_scheme_triples()
    yield ONTOLOGY_GRAPH, ontology_triples()
