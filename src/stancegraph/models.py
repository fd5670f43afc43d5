"""Plain, frozen data passed from one step of the pipeline to the next.

Offsets are always character offsets into ``Document.text`` (the decoded text that the
reader produced: for .txt/.md the file itself, for HTML the extracted main text, for JSON
the answers joined as laid out by the reader), so ``document.text[span.start:span.end]
== span.text`` holds for every span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Polarity = Literal["support", "oppose", "mixed", "neutral"]
POLARITIES: tuple[str, ...] = ("support", "oppose", "mixed", "neutral")

# How a position reached the text: the holder said it themself (quote, Q/A answer, speech,
# their own press release), or the text reports it (journalist's summary, "selon X", an
# opponent's claim).
Attribution = Literal["said", "reported"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end) or len(self.text) != self.end - self.start:
            raise ValueError(f"inconsistent span {self.start}:{self.end} for {self.text!r}")


@dataclass(frozen=True)
class Speaker:
    """A person named in a document. ``name`` is the full name as the text gives it."""

    name: str
    role: str | None = None  # "Première secrétaire du PS", "ministre de la Culture", ...
    party: str | None = None  # "PS", "UMP", ...


@dataclass(frozen=True)
class Exchange:
    """One unit of the document: a question and its answer (Q/A), or one block of prose.

    ``speaker`` is the respondent's name for Q/A; None for prose, where the extractor
    attributes each statement itself.
    """

    index: int
    answer: Span
    question: Span | None = None
    speaker: str | None = None


@dataclass(frozen=True)
class Document:
    path: str  # file name as given by the user (shown as the source file)
    text: str
    exchanges: tuple[Exchange, ...]
    sha256: str  # of the raw bytes: names the document's graph deterministically
    format: str = "prose"  # "qa" | "prose"; the reader's view of the layout
    title: str | None = None
    lede: str | None = None
    speakers: tuple[Speaker, ...] = ()  # people the reader found in title/lede/sidecar
    source_url: str | None = None
    date: str | None = None  # ISO 8601 date or year ("2011", "2011-09-20")
    language: str = "fr"

    @property
    def name(self) -> str:
        """Base file name, e.g. ``aubry-strategie-numerique-2011.txt``."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class TopicMention:
    topic: str  # skos:notation, e.g. "hadopi-law"
    span: Span


@dataclass(frozen=True)
class Extractor:
    name: str
    version: str


@dataclass(frozen=True)
class Stance:
    """A sentence-level position: holder, topic, polarity, and the quote that shows it."""

    holder: str
    topic: str
    polarity: Polarity
    confidence: float
    evidence: Span
    extractor: Extractor
    attribution: Attribution = "said"
    exchange: int | None = None  # Exchange.index the evidence lies in
    # the evidence is about a part of the policy (Hadopi's cut-off of access), not the whole:
    # rejecting that part is a reform (mixed) unless the whole is rejected too
    part: bool = False


@dataclass(frozen=True)
class Proposal:
    holder: str
    evidence: Span
    topics: tuple[str, ...]
    extractor: Extractor
    confidence: float = 0.7
    exchange: int | None = None


@dataclass(frozen=True)
class Position:
    """The document-level position of one holder on one topic, with all its evidence."""

    holder: str
    topic: str
    polarity: Polarity
    confidence: float
    stances: tuple[Stance, ...]

    @property
    def attribution(self) -> Attribution:
        return "said" if any(s.attribution == "said" for s in self.stances) else "reported"


@dataclass(frozen=True)
class Extraction:
    """Everything the extractors found in one document."""

    document: Document
    mentions: tuple[TopicMention, ...] = ()
    stances: tuple[Stance, ...] = ()
    positions: tuple[Position, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    speakers: tuple[Speaker, ...] = field(default=())  # holders, with role/party when known
