"""Deterministic synthetic corpora and graphs for the benchmarks.

Two products from one generator, so that texts and graphs have the same shape:

* French Q/A questionnaires as text files (fictional candidates answering questions on the
  topics of ``ontology/topics.ttl`` with stance cue words), for timing ``build``;
* the graph stancegraph would build from them, made by ``stancegraph.rdf.extraction_triples``
  on ``Extraction`` objects whose stances, positions and proposals are known by construction
  (no spaCy, so 1M triples take seconds), for timing loads and queries.

Document ``i`` of a corpus depends only on ``(seed, i, n_candidates)``: same arguments, same
bytes, same triples. Word lists live in ``benchmarks/data/`` (see its README).
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from stancegraph import rdf
from stancegraph.models import (
    Document,
    Exchange,
    Extraction,
    Extractor,
    Position,
    Proposal,
    Span,
    Speaker,
    Stance,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
EXTRACTOR = Extractor("synthetic-benchmark", "1")
POLARITIES = ("support", "oppose", "mixed", "neutral")
# How often each kind of sentence appears; chosen so that a document looks like the seed
# questionnaire (8 or so answers of a few sentences, most of them taking a position).
P_STANCE = 0.85
P_REPORTED = 0.2
P_PROPOSAL = 0.2
POLARITY_WEIGHTS = (0.45, 0.35, 0.1, 0.1)


class VocabularyError(ValueError):
    """A word list of benchmarks/data/ is missing or malformed."""


@dataclass(frozen=True)
class Vocabulary:
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    parties: tuple[str, ...]
    questions: tuple[str, ...]
    cues: dict[str, tuple[str, ...]]  # polarity -> templates
    reported: dict[str, tuple[str, ...]]
    proposals: tuple[str, ...]
    filler: tuple[str, ...]
    topics: tuple[tuple[str, tuple[str, ...]], ...]  # (notation, French surface forms)

    def candidate(self, j: int) -> str:
        """The j-th fictional candidate: a deterministic first x last name combination."""
        first = self.first_names[j % len(self.first_names)]
        last = self.last_names[(j // len(self.first_names) + j) % len(self.last_names)]
        return f"{first} {last}"

    @property
    def max_candidates(self) -> int:
        return len(self.first_names) * len(self.last_names)


def _lines(path: Path) -> tuple[str, ...]:
    if not path.is_file():
        raise VocabularyError(f"{path}: word list not found")
    lines = tuple(
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
    if not lines:
        raise VocabularyError(f"{path}: no entries")
    return lines


def _by_polarity(path: Path) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for number, line in enumerate(_lines(path), 1):
        polarity, sep, template = line.partition("\t")
        if not sep or polarity not in POLARITIES or "{topic}" not in template:
            raise VocabularyError(f"{path}: entry {number} is not 'polarity<TAB>template with {{topic}}'")
        table.setdefault(polarity, []).append(template)
    return {k: tuple(v) for k, v in table.items()}


def load_vocabulary(data_dir: Path = DATA_DIR) -> Vocabulary:
    from stancegraph.topics import load_scheme

    topics = tuple(
        (t.notation, t.surface_forms(("fr",)) or (t.label,))
        for t in load_scheme().values()
        if t.is_position_topic
    )
    cues = _by_polarity(data_dir / "cues.tsv")
    missing = [p for p in POLARITIES if p not in cues]
    if missing:
        raise VocabularyError(f"{data_dir / 'cues.tsv'}: no template for {', '.join(missing)}")
    return Vocabulary(
        first_names=_lines(data_dir / "first_names.txt"),
        last_names=_lines(data_dir / "last_names.txt"),
        parties=_lines(data_dir / "parties.txt"),
        questions=_lines(data_dir / "questions.txt"),
        cues=cues,
        reported=_by_polarity(data_dir / "reported.tsv"),
        proposals=_lines(data_dir / "proposals.txt"),
        filler=_lines(data_dir / "filler.txt"),
        topics=tuple(sorted(topics)),
    )


@dataclass
class SyntheticDocument:
    key: str  # relative path, e.g. "lot-000/q-000042.txt"; names the document's graph
    text: str
    meta: dict  # the sidecar <file>.meta.json
    extraction: Extraction

    @property
    def words(self) -> int:
        return len(self.text.split())


class _TextBuilder:
    """Appends text while recording the character span of each piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> Span:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return Span(start, self.length, piece)

    def text(self) -> str:
        return "".join(self.parts)


def n_candidates_for(n_docs: int, vocab: Vocabulary) -> int:
    """About one candidate per four documents: many candidates, each with several documents."""
    return max(8, min(vocab.max_candidates, n_docs // 4))


def generate_document(i: int, vocab: Vocabulary, n_candidates: int, seed: int = 0) -> SyntheticDocument:
    rng = random.Random(f"stancegraph-bench:{seed}:{i}")
    speaker_index = rng.randrange(n_candidates)
    name = vocab.candidate(speaker_index)
    party = vocab.parties[speaker_index % len(vocab.parties)]
    date = f"{rng.randint(2010, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    key = f"lot-{i // 1000:03d}/q-{i:06d}.txt"

    out = _TextBuilder()
    title = f"Questionnaire numérique : les réponses de {name}"
    lede = f"{name} ({party}), candidat à l'élection, répond à nos questions sur le numérique."
    out.add(title + "\n")
    out.add(lede + "\n\n")

    exchanges: list[Exchange] = []
    stances: list[Stance] = []
    proposals: list[Proposal] = []
    for index in range(rng.randint(6, 10)):
        notation, forms = vocab.topics[rng.randrange(len(vocab.topics))]
        label = rng.choice(forms)
        out.add("Q : ")
        question = out.add(rng.choice(vocab.questions).format(topic=label))
        out.add("\n\nR : ")
        answer_start = out.length
        sentences: list[tuple[str, tuple]] = []  # (sentence, what it states)
        for _ in range(rng.randint(0, 2)):
            sentences.append((rng.choice(vocab.filler), ()))
        if rng.random() < P_STANCE:
            polarity = rng.choices(POLARITIES, POLARITY_WEIGHTS)[0]
            sentence = rng.choice(vocab.cues[polarity]).format(topic=label)
            sentences.append((sentence, ("stance", name, polarity, "said")))
        sentences.append((rng.choice(vocab.filler), ()))
        if rng.random() < P_REPORTED and n_candidates > 1:
            other = vocab.candidate((speaker_index + 1 + rng.randrange(n_candidates - 1)) % n_candidates)
            polarity = rng.choice(sorted(vocab.reported))
            sentence = rng.choice(vocab.reported[polarity]).format(topic=label, other=other)
            sentences.append((sentence, ("stance", other, polarity, "reported")))
        if rng.random() < P_PROPOSAL:
            sentences.append((rng.choice(vocab.proposals).format(topic=label), ("proposal", name)))
        for _ in range(rng.randint(0, 2)):
            sentences.append((rng.choice(vocab.filler), ()))
        for n, (sentence, what) in enumerate(sentences):
            if n:
                out.add(" ")
            span = out.add(sentence)
            if what and what[0] == "stance":
                _, holder, polarity, attribution = what
                stances.append(
                    Stance(
                        holder=holder,
                        topic=notation,
                        polarity=polarity,
                        confidence=round(rng.uniform(0.5, 0.95), 2),
                        evidence=span,
                        extractor=EXTRACTOR,
                        attribution=attribution,
                        exchange=index,
                    )
                )
            elif what:
                proposals.append(Proposal(name, span, (notation,), EXTRACTOR, exchange=index))
        answer_text = out.text()[answer_start:]
        exchanges.append(
            Exchange(index, Span(answer_start, out.length, answer_text), question, speaker=name)
        )
        out.add("\n\n")

    text = out.text()
    speaker = Speaker(name, role="candidat", party=party)
    document = Document(
        path=key,
        text=text,
        exchanges=tuple(exchanges),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        format="qa",
        title=title,
        lede=lede,
        speakers=(speaker,),
        date=date,
        source_url=f"https://questionnaires.example.org/{i:06d}",
    )
    extraction = Extraction(
        document=document,
        mentions=(),
        stances=tuple(stances),
        positions=_positions(stances),
        proposals=tuple(proposals),
        speakers=(speaker,),
    )
    meta = {"speaker": name, "party": party, "role": "candidat", "date": date, "title": title,
            "source_url": document.source_url}
    return SyntheticDocument(key, text, meta, extraction)


def _positions(stances: list[Stance]) -> tuple[Position, ...]:
    """One document-level position per (holder, topic): agreeing stances keep their polarity,
    disagreeing ones make it mixed (the rule the real extractor documents)."""
    grouped: dict[tuple[str, str], list[Stance]] = {}
    for stance in stances:
        grouped.setdefault((stance.holder, stance.topic), []).append(stance)
    positions = []
    for (holder, topic), group in grouped.items():
        polarities = {s.polarity for s in group}
        polarity = polarities.pop() if len(polarities) == 1 else "mixed"
        confidence = round(sum(s.confidence for s in group) / len(group), 2)
        positions.append(Position(holder, topic, polarity, confidence, tuple(group)))
    return tuple(positions)


def iter_documents(n_docs: int, seed: int = 0, vocab: Vocabulary | None = None,
                   n_candidates: int | None = None) -> Iterator[SyntheticDocument]:
    vocab = vocab or load_vocabulary()
    n_candidates = n_candidates or n_candidates_for(n_docs, vocab)
    for i in range(n_docs):
        yield generate_document(i, vocab, n_candidates, seed)


@dataclass
class CorpusInfo:
    folder: str
    documents: int
    words: int
    bytes: int
    candidates: int


def write_corpus(folder: Path, n_docs: int, seed: int = 0) -> CorpusInfo:
    """Write ``n_docs`` questionnaires (``.txt`` + ``.meta.json`` sidecar) under ``folder``."""
    vocab = load_vocabulary()
    n_candidates = n_candidates_for(n_docs, vocab)
    words = size = 0
    for doc in iter_documents(n_docs, seed, vocab, n_candidates):
        path = Path(folder) / doc.key
        path.parent.mkdir(parents=True, exist_ok=True)
        data = doc.text.encode("utf-8")
        path.write_bytes(data)
        path.with_name(path.name + ".meta.json").write_text(
            json.dumps(doc.meta, ensure_ascii=False), encoding="utf-8"
        )
        words += doc.words
        size += len(data)
    return CorpusInfo(str(folder), n_docs, words, size, n_candidates)


# ------------------------------------------------------------------------------ graphs
# Documents per triple: measured on this generator (about 450 triples a document); only used
# to size the candidate pool before generating, the loop below stops on the real count.
TRIPLES_PER_DOC_ESTIMATE = 450


@dataclass
class GraphInfo:
    """What a synthetic graph holds, and parameters that exist in it (for the queries)."""

    target: int
    triples: int = 0
    documents: int = 0
    candidates: int = 0
    positions: int = 0
    statements: int = 0
    proposals: int = 0
    # sample values for query parameters, picked from the graph itself
    top_candidate: str = ""
    second_candidate: str = ""
    top_topic: str = ""
    candidate_topic: str = ""  # a topic the top candidate took a position on
    party: str = ""  # the top candidate's party
    sample_document: str = ""
    file: str = ""  # its file name, as the documents query shows it
    holder_positions: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        data = dict(self.__dict__)
        data.pop("holder_positions")
        return data


def iter_graphs(target_triples: int, seed: int = 0, info: GraphInfo | None = None,
                vocab: Vocabulary | None = None):
    """Yield ``(graph, triples)`` like a build would store them: the vocabularies first, then
    one graph per document until ``target_triples`` triples in all. Fills ``info`` as it goes."""
    vocab = vocab or load_vocabulary()
    info = info if info is not None else GraphInfo(target_triples)
    n_docs_estimate = max(1, target_triples // TRIPLES_PER_DOC_ESTIMATE)
    info.candidates = n_candidates_for(n_docs_estimate, vocab)
    topic_counts: dict[str, int] = {}
    pair_topics: dict[str, set[str]] = {}
    parties: dict[str, str] = {}
    for graph, triples in rdf.vocabulary_graphs():
        info.triples += len(triples)
        yield graph, triples
    i = 0
    while info.triples < target_triples:
        doc = generate_document(i, vocab, info.candidates, seed)
        triples = rdf.extraction_triples(doc.extraction)
        ex = doc.extraction
        info.triples += len(triples)
        info.documents += 1
        info.positions += len(ex.positions)
        info.statements += len(ex.stances)
        info.proposals += len(ex.proposals)
        for position in ex.positions:
            info.holder_positions[position.holder] = info.holder_positions.get(position.holder, 0) + 1
            topic_counts[position.topic] = topic_counts.get(position.topic, 0) + 1
            pair_topics.setdefault(position.holder, set()).add(position.topic)
        for speaker in ex.speakers:
            parties.setdefault(speaker.name, speaker.party or "")
        if not info.sample_document:
            info.sample_document = doc.key
            info.file = ex.document.name
        yield rdf.document_graph(doc.key), triples
        i += 1
    ranked = sorted(info.holder_positions, key=lambda h: (-info.holder_positions[h], h))
    info.top_candidate = ranked[0] if ranked else ""
    # the second candidate: the most active one sharing the most topics with the first
    if len(ranked) > 1:
        mine = pair_topics[ranked[0]]
        info.second_candidate = max(
            ranked[1:50], key=lambda h: (len(pair_topics[h] & mine), info.holder_positions[h])
        )
    info.top_topic = max(sorted(topic_counts), key=topic_counts.get) if topic_counts else ""
    if info.top_candidate:
        info.candidate_topic = sorted(pair_topics[info.top_candidate])[0]
        info.party = parties.get(info.top_candidate, "")


def write_graph(path: Path, target_triples: int, seed: int = 0) -> GraphInfo:
    """Write a synthetic graph as N-Quads at ``path`` (and its GraphInfo as ``path``.json)."""
    from pyoxigraph import Quad, RdfFormat, serialize

    info = GraphInfo(target_triples)
    with open(path, "wb") as out:
        for graph, triples in iter_graphs(target_triples, seed, info):
            serialize((Quad(t.subject, t.predicate, t.object, graph) for t in triples), out,
                      format=RdfFormat.N_QUADS)
    Path(str(path) + ".json").write_text(json.dumps(info.to_json(), ensure_ascii=False, indent=1),
                                         encoding="utf-8")
    return info


def read_graph_info(path: Path) -> dict:
    return json.loads(Path(str(path) + ".json").read_text(encoding="utf-8"))
