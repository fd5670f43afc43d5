"""Loading the lexicons (tab-separated data files under ``lexicons/``).

Every file has ``#`` comment lines, then a header line, then one entry per line. Errors name
the file, the line and the reason.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .textnorm import fold


class LexiconError(ValueError):
    def __init__(self, path: Path, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {reason}")
        self.path, self.line, self.reason = path, line, reason


def default_dir() -> Path:
    return Path(str(resources.files("stancegraph.extract") / "lexicons"))


def read_tsv(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a lexicon file as (line number, {column: value})."""
    if not path.is_file():
        raise LexiconError(path, None, "lexicon file not found")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise LexiconError(path, None, f"not UTF-8 ({exc.reason})") from exc
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in columns if c not in header]
            if missing:
                raise LexiconError(path, n, f"header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) != len(header):
            raise LexiconError(path, n, f"expected {len(header)} tab-separated cells, got {len(cells)}")
        rows.append((n, {h: c.strip() for h, c in zip(header, cells)}))
    if header is None:
        raise LexiconError(path, None, "empty lexicon (no header line)")
    return rows


@dataclass(frozen=True)
class TopicPattern:
    topic: str
    regex: re.Pattern
    valence: int
    default: str | None  # "support" | "oppose" | None
    source: str  # "scheme" or "file:line"


def phrase_regex(phrase: str) -> str:
    """A folded regex for a surface form: plural-tolerant, spacing/hyphen/apostrophe-tolerant."""
    folded = fold(phrase).strip()
    parts = []
    for word in folded.split():
        w = re.escape(word).replace("'", r"'\s*").replace(r"\-", r"[-\s]?")
        # plural-insensitive: "droit d'auteur" also matches "droits d'auteurs"
        if word[-1:].isalpha() and word[-1] not in "sx":
            w += "[sx]?"
        parts.append(w)
    return r"(?<![\w])" + r"\s+".join(parts) + r"(?![\w])"


POLARITY_KINDS = {"support", "oppose", "invert", "harm", "hedge", "negation", "intensifier", "neutral", "pretext",
                  "attribute", "denied", "firm"}
REPORTING_KINDS = {"verb", "intro", "agent", "behalf", "entourage"}


@dataclass(frozen=True)
class Lexicons:
    patterns: tuple[TopicPattern, ...]
    cues: dict[tuple[str, ...], str]  # folded lemma sequence -> kind
    reporting: dict[str, set[str]]  # kind -> folded cues
    roles: frozenset[str]
    generic_roles: frozenset[str]
    actors: frozenset[str]
    known_people: tuple[str, ...]
    anaphora: dict[str, frozenset[str] | None]  # folded noun -> topics it can stand for (None = any)
    proposals: tuple[re.Pattern, ...]
    answers: tuple[tuple[re.Pattern, str], ...]
    version: str
    sidesteps: tuple[re.Pattern, ...] = ()  # a speaker declining to take a side (neutral)
    first_names: dict[str, str] = field(default_factory=dict)  # folded first name -> Fem | Masc
    party_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # folded party -> member nouns
    reservations: tuple[re.Pattern, ...] = ()  # "mais je reste sceptique": a backing taken back in part
    biography: tuple[re.Pattern, ...] = ()  # a biography or portrait: bare mentions are no positions
    split_views: tuple[re.Pattern, ...] = ()  # "plus nuancé", "à contrecœur": the whole sentence is mixed
    word_classes: dict[str, frozenset[str]] = field(default_factory=dict)  # class -> folded lemmas (word_classes.tsv)
    split_sides: dict[str, str] = field(default_factory=dict)  # topic -> side a one-to-one split falls to
    agenda: tuple[re.Pattern, ...] = ()  # a week's meetings announced: no position is read

    @property
    def member_nouns(self) -> frozenset[str]:
        """Every noun that names a party's member ("socialiste", "écologiste", "gaulliste")."""
        return frozenset().union(*self.party_nouns.values())


def _pattern_file(path: Path) -> tuple[re.Pattern, ...]:
    """The regular expressions of a one-column lexicon (column ``pattern``); none if absent."""
    if not path.is_file():
        return ()
    return tuple(_compile(path, n, row["pattern"]) for n, row in read_tsv(path, ("pattern",)))


def oe_tolerant(pattern: str) -> str:
    """``pattern`` with every "oe" outside a character class also matching "œ": folding keeps
    lengths, so it cannot spell "œuvre" as "oeuvre", and lexicons write "oe"."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        if not in_class and pattern.startswith("oe", i):
            out.append("(?:oe|œ)")
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _compile(path: Path, line: int, pattern: str) -> re.Pattern:
    try:
        return re.compile(oe_tolerant(pattern))
    except re.error as exc:
        raise LexiconError(path, line, f"invalid regex: {exc}") from exc


def load_lexicons(directory: Path | None, topics: dict, scheme_defaults: dict[str, str] | None = None) -> Lexicons:
    """Load all lexicon files from ``directory`` and the surface forms of ``topics`` (SKOS)."""
    d = Path(directory) if directory is not None else default_dir()
    patterns: list[TopicPattern] = []
    defaults = dict(scheme_defaults or {})
    # SKOS labels first: they are the scheme's own surface forms
    for topic in topics.values():
        for form in topic.surface_forms():
            if len(form) < 3:
                continue
            patterns.append(TopicPattern(topic.notation, re.compile(oe_tolerant(phrase_regex(form))), +1,
                                         defaults.get(topic.notation), "scheme"))
    path = d / "topic_patterns.tsv"
    for n, row in read_tsv(path, ("topic", "pattern", "valence", "default")):
        if row["topic"] not in topics:
            continue  # a pattern for a topic outside the chosen scheme/topic set
        try:
            valence = int(row["valence"])
        except ValueError:
            raise LexiconError(path, n, f"valence must be +1, +2, -1 or -2, got {row['valence']!r}") from None
        if valence not in (1, 2, -1, -2):
            raise LexiconError(path, n, f"valence must be +1, +2, -1 or -2, got {row['valence']!r}")
        default = None if row["default"] in ("", "-") else row["default"]
        if default not in (None, "support", "oppose"):
            raise LexiconError(path, n, f"default must be support, oppose or -, got {default!r}")
        pat = row["pattern"]
        rx = _compile(path, n, pat[3:] if pat.startswith("re:") else phrase_regex(pat))
        patterns.append(TopicPattern(row["topic"], rx, valence, default, f"{path.name}:{n}"))

    path = d / "polarity.tsv"
    cues: dict[tuple[str, ...], str] = {}
    for n, row in read_tsv(path, ("cue", "kind")):
        if row["kind"] not in POLARITY_KINDS:
            raise LexiconError(path, n, f"unknown kind {row['kind']!r} (expected one of {sorted(POLARITY_KINDS)})")
        cues[tuple(fold(row["cue"]).split())] = row["kind"]

    path = d / "reporting.tsv"
    reporting: dict[str, set[str]] = {k: set() for k in REPORTING_KINDS}
    for n, row in read_tsv(path, ("cue", "kind")):
        if row["kind"] not in REPORTING_KINDS:
            raise LexiconError(path, n, f"unknown kind {row['kind']!r}")
        reporting[row["kind"]].add(fold(row["cue"]))

    path = d / "roles.tsv"
    role_rows = read_tsv(path, ("role", "generic"))
    roles = frozenset(fold(row["role"]) for _, row in role_rows)
    generic_roles = frozenset(fold(row["role"]) for _, row in role_rows if row["generic"] == "yes")

    path = d / "actors.tsv"
    actors = frozenset(fold(row["actor"]) for _, row in read_tsv(path, ("actor",)))

    path = d / "people.tsv"
    known_people = tuple(row["name"] for _, row in read_tsv(path, ("name",)))

    path = d / "anaphora.tsv"
    anaphora: dict[str, frozenset[str] | None] = {}
    for n, row in read_tsv(path, ("noun", "topics")):
        t = row["topics"].strip()
        anaphora[fold(row["noun"])] = None if t == "*" else frozenset(x.strip() for x in t.split(",") if x.strip())

    path = d / "proposals.tsv"
    proposals = []
    for n, row in read_tsv(path, ("pattern",)):
        proposals.append(_compile(path, n, row["pattern"]))

    path = d / "answers.tsv"
    answers = []
    for n, row in read_tsv(path, ("pattern", "polarity")):
        if row["polarity"] not in ("support", "oppose", "mixed", "neutral"):
            raise LexiconError(path, n, f"polarity must be support, oppose, mixed or neutral, got {row['polarity']!r}")
        answers.append((_compile(path, n, row["pattern"]), row["polarity"]))

    sidesteps = _pattern_file(d / "sidesteps.tsv")
    reservations = _pattern_file(d / "reservations.tsv")
    biography = _pattern_file(d / "biography.tsv")
    agenda = _pattern_file(d / "agenda.tsv")
    split_views = _pattern_file(d / "split_views.tsv")

    path = d / "first_names.tsv"
    first_names: dict[str, str] = {}
    if path.is_file():
        for n, row in read_tsv(path, ("name", "gender")):
            if row["gender"] not in ("Fem", "Masc"):
                raise LexiconError(path, n, f"gender must be Fem or Masc, got {row['gender']!r}")
            first_names[fold(row["name"])] = row["gender"]

    path = d / "parties.tsv"
    party_nouns: dict[str, frozenset[str]] = {}
    if path.is_file():
        for n, row in read_tsv(path, ("party", "nouns")):
            party_nouns[fold(row["party"])] = frozenset(fold(x.strip()) for x in row["nouns"].split(",") if x.strip())

    # the declared version plus a hash of the files: an edited lexicon is a new version even
    # when nobody bumped VERSION, so stored extractions are recomputed
    version_path = d / "VERSION"
    version = version_path.read_text(encoding="utf-8").strip() if version_path.is_file() else "0"
    digest = hashlib.sha256()
    for f in sorted(d.glob("*.tsv")):
        digest.update(f.name.encode() + b"\0" + f.read_bytes())
    version = f"{version}+{digest.hexdigest()[:8]}"
    return Lexicons(tuple(patterns), cues, reporting, roles, generic_roles, actors, known_people, anaphora, tuple(proposals), tuple(answers), version,
                    sidesteps, first_names, party_nouns, reservations, biography, split_views, _word_classes(d),
                    _split_sides(d), agenda)


WORD_CLASSES = {"voted_text", "counted_people", "party_office", "document", "feminine_text", "quantity_noun", "under_discussion", "y_head", "ruling_side", "enacting", "doubt",
                "drawn_by", "camp", "price", "observer", "opponent", "announcing", "levy", "stand_in", "any_office",
                "worth", "account", "elected", "site_word", "person_act", "body", "seat", "gatekeeper", "parliament", "platform",
                "attitude", "office_verb", "public_body", "control_measure", "association", "side", "fighting", "citizens", "growth", "dependence", "function",
                "staff", "institution", "content_provider", "time_span",
                "body_noun", "lateness"}


def _word_classes(d: Path) -> dict[str, frozenset[str]]:
    """The small word classes of ``word_classes.tsv`` (class -> folded lemmas); empty if absent."""
    path = d / "word_classes.tsv"
    if not path.is_file():
        return {}
    out: dict[str, set[str]] = {}
    for n, row in read_tsv(path, ("class", "word")):
        if row["class"] not in WORD_CLASSES:
            raise LexiconError(path, n, f"unknown class {row['class']!r} (expected one of {sorted(WORD_CLASSES)})")
        out.setdefault(row["class"], set()).add(fold(row["word"]))
    return {k: frozenset(v) for k, v in out.items()}


def _split_sides(d: Path) -> dict[str, str]:
    """Topic -> the side one backing sentence against one rejecting sentence falls to
    (``split_sides.tsv``); empty if absent."""
    path = d / "split_sides.tsv"
    if not path.is_file():
        return {}
    out = {}
    for n, row in read_tsv(path, ("topic", "side")):
        if row["side"] not in ("support", "oppose", "first"):
            raise LexiconError(path, n, f"side must be support, oppose or first, got {row['side']!r}")
        out[row["topic"]] = row["side"]
    return out


def load_topic_defaults(directory: Path | None) -> dict[str, str]:
    """Per-topic default polarity for the scheme's own labels (topic_defaults.tsv)."""
    d = Path(directory) if directory is not None else default_dir()
    path = d / "topic_defaults.tsv"
    out = {}
    for n, row in read_tsv(path, ("topic", "default")):
        if row["default"] not in ("support", "oppose", "-"):
            raise LexiconError(path, n, f"default must be support, oppose or -, got {row['default']!r}")
        if row["default"] != "-":
            out[row["topic"]] = row["default"]
    return out
