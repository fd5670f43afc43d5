"""Paragraph blocks -> title, lede and exchanges (question/answer pairs, or prose paragraphs).

Rules, in order:

1. ``Q :`` / ``R :`` markers (``data/qa_markers.txt``) make a block a question or an answer;
   the marker is left out of the span.
2. Boilerplate (``data/boilerplate.txt``) is removed: ``[drop]`` paragraphs (bylines, reading
   time, photo credits, share buttons) disappear, a ``[cut]`` paragraph (comment prompts,
   "Commentaires") ends the document. Date-only lines are dropped too; the first byline or
   date line gives the publication date.
3. The title is the first block when it is a heading, or a short line that does not end like
   a sentence.
4. A parliamentary record (paragraphs opened by "M. Arnaud Vigneron." / "Mme la présidente."
   speaker tags, see ``transcript.py``) is prose whatever its questions: one exchange per
   paragraph, whose speaker is the member who holds the floor (None for an unnamed role).
5. A question is a short block (at most ``MAX_QUESTION_CHARS``) ending with "?" (or a marked
   one); consecutive questions form one question ("Êtes-vous pour ... ? Êtes-vous pour ... ?"
   on one line or two; in a Q/A document a longer one addressed to the respondent counts
   too). The document is Q/A when at least two questions are each followed
   by an answer, and either the title or lede announces an interview ("Entretien avec",
   "répond à nos questions") or at least half of these pairs read like one: the question
   addresses someone ("vous", "tu") or the answer speaks in the first person ("je",
   "nous"); the words are listed in ``data/qa_markers.txt``. So an explainer with
   "Qui contrôle ?" section headings, or an article with a rhetorical question or two,
   stays prose. With explicit markers or labels one answered question is enough. In Q/A, headings,
   all-bold paragraphs and themes in capitals ("3. ACCÈS AU TRÈS HAUT DÉBIT") also open questions.
6. Q/A: the block before the first question is the lede; each question's answer runs over
   the following paragraphs up to the next question. Prose: one exchange per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Exchange, Span, Speaker
from .dates import byline_date, is_date_line, parse_french_date
from .layout import Block, is_bold_paragraph
from .resources import boilerplate, interview_announce, interview_words, not_labels, qa_markers
from .signature import find_signature
from .transcript import find_tag, transcript_turns

MAX_QUESTION_CHARS = 300  # longer paragraphs ending in "?" are rhetorical prose, not questions
# ... except, once a document is Q/A, a longer one addressed to the respondent ("Vous avez
# déclaré en 2009 que ... Que répondez-vous ?"): reading it as an answer would put the
# journalist's words in the respondent's mouth.
MAX_ADDRESSED_QUESTION_CHARS = 800
MAX_BOILERPLATE_CHARS = 300  # [drop] patterns never remove a paragraph longer than this
MAX_TITLE_CHARS = 200
MAX_DATELINE_CHARS = 40
CUT_MIN_INDEX = 2  # a [cut] paragraph among the first blocks is a heading, not a footer

# "NKM : ...", "Le Journal : ...", "**Claire Dumontel :** ...": one to four capitalised words
# (particles allowed), an optional "(PS)", a colon.
_LABEL = re.compile(
    r"(?:\*\*|__)?(?P<label>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:(?:de|du|des|de la|le|la)\s+|d['’])?"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3})(?:\s*\([^()\n]{1,40}\))?\s?(?:\*\*|__)?\s?:(?:\*\*|__)?[ \t\u00a0]+(?=\S)"
)
# "3. ACCÈS AU TRÈS HAUT DÉBIT DANS LES ZONES RURALES": a questionnaire's theme set out in
# capitals, with no question mark, opens the answer below it like a question
# (not a name heading, "JEANNE MARTIN (PS)", nor a title, "X : « LE PARTAGE N'EST PAS UN CRIME »")
_CAPS_THEME = re.compile(r"(?:\d{1,2}[.)]\s*)?[A-ZÀ-ÖØ-Þ][^a-zß-ÿ\n?:«»\"()]{10,150}")
MIN_LABELLED = 2  # labelled paragraphs needed (one asking, one answering) to read labels

_QUESTION_END = re.compile(r"\?[\s»\"”’)\]*_]*$")
_SENTENCE_END = re.compile(r"[.:;,]$")


@dataclass
class Layout:
    format: str  # "qa" | "prose"
    title: Span | None
    lede: Span | None
    exchanges: list[Exchange]
    date: str | None
    signature: Speaker | None = None  # who signs a press release at its end


def _span(text: str, block: Block) -> Span:
    return Span(block.start, block.end, text[block.start:block.end])


def _apply_markers(text: str, block: Block) -> None:
    if block.kind not in ("text", "bold", "item"):
        return
    question, answer = qa_markers()
    for pattern, kind in ((question, "question"), (answer, "answer")):
        match = pattern.match(text, block.start, block.end)
        if match and match.end() < block.end:
            emphasised = text.startswith(("**", "__"), block.start)
            block.start = match.end()
            if emphasised and text.endswith(("**", "__"), block.start, block.end):
                block.end -= 2
            while block.end > block.start and text[block.end - 1].isspace():
                block.end -= 1
            if block.end > block.start:
                block.kind = kind
            return


def _apply_labels(text: str, blocks: list[Block]) -> None:
    """Read "Label : ..." paragraphs as questions (the label whose paragraphs mostly end with
    "?") and answers (the others), when at least two labels take turns."""
    found: list[tuple[Block, str, int]] = []
    for block in blocks[1:]:  # the first block is a title: "X : « ... »" quotes, it does not label
        if block.kind not in ("text", "bold", "item"):
            continue
        match = _LABEL.match(text, block.start, block.end)
        if match and match.group("label").rstrip(".").casefold() not in not_labels():
            found.append((block, match.group("label").rstrip("."), match.end()))
    labels: dict[str, list[Block]] = {}
    for block, label, _ in found:
        labels.setdefault(label, []).append(block)
    if len(found) < MIN_LABELLED or len(labels) < 2:
        return
    asking = {
        label
        for label, bs in labels.items()
        if sum(_ends_with_question(text, b) for b in bs) * 2 >= len(bs)
    }
    if not asking and len(labels) == 2:
        # a radio interview whose host often speaks without a question mark ("A.K. : La gauche
        # parle d'une contribution créative…"): the one of two speakers who asks at least twice,
        # whose turns are shorter, while the other never asks
        a, b = labels
        asks = {label: sum(_ends_with_question(text, x) for x in bs) for label, bs in labels.items()}
        length = {label: sum(x.end - x.start for x in bs) / len(bs) for label, bs in labels.items()}
        for host, guest in ((a, b), (b, a)):
            if asks[host] >= 2 and asks[guest] == 0 and length[host] < length[guest]:
                asking = {host}
    if not asking or asking == set(labels):
        return  # nobody asks, or everybody does: a transcript, not an interview
    for block, label, end in found:
        block.start = end
        block.kind = "question" if label in asking else "answer"
        block.label = None if label in asking else label


def is_chrome(paragraph: str) -> bool:
    """Whether a paragraph is site chrome that ``segment`` leaves out of every exchange
    (a byline, a date line, share buttons, a breadcrumb): text outside the exchanges is read
    as prose by the extractor, which must skip these too."""
    body = paragraph.strip()
    if not body or len(body) > MAX_BOILERPLATE_CHARS:
        return False
    _, drop = boilerplate()
    return is_date_line(body) or _is_dateline(body) or any(p.fullmatch(body) for p in drop)


# "À lire aussi :" over "> Angers : la fibre arrive ..." lines: related articles' titles
_RELATED_HEADING = re.compile(r"(?:[àa] lire (?:aussi|également)|lire aussi|sur le même sujet|voir aussi|"
                              r"dans la même rubrique|articles? liés?)\s*:?", re.IGNORECASE)
_LINK_ITEM = re.compile(r"\s*(?:>|→|»|•|-|–|—|\*)\s*\S")


def related_links(paragraphs: list[str]) -> list[bool]:
    """For each paragraph, whether it is an item ("> Angers : la fibre arrive ...") of the list
    of related articles under "À lire aussi :" / "Sur le même sujet :"."""
    flags, under = [], False
    for paragraph in paragraphs:
        link = under and len(paragraph) <= MAX_BOILERPLATE_CHARS and _LINK_ITEM.match(paragraph) is not None
        under = link or _RELATED_HEADING.fullmatch(paragraph.strip()) is not None
        flags.append(link)
    return flags


def _clean(text: str, blocks: list[Block]) -> tuple[list[Block], str | None]:
    """Blocks without boilerplate (``is_chrome``), and the publication date found in bylines."""
    cut, _ = boilerplate()
    kept: list[Block] = []
    date = None
    links = related_links([text[b.start:b.end] for b in blocks])
    for index, block in enumerate(blocks):
        body = text[block.start:block.end]
        if links[index]:
            continue  # another article's title: nobody's words
        if len(body) <= MAX_BOILERPLATE_CHARS:
            if index >= CUT_MIN_INDEX and any(p.fullmatch(body) for p in cut):
                break
            found = byline_date(body)
            if date is None and found:
                date = found
            if is_date_line(body) or _is_dateline(body):
                date = date or parse_french_date(body)
            if is_chrome(body):
                continue
        kept.append(block)
    return kept, date


def _is_dateline(body: str) -> bool:
    # "Chat du 14 octobre 2010", "RUBRIQUE / mardi 19 mai 2009": a short line around a date
    return len(body) <= MAX_DATELINE_CHARS and not body.endswith((".", "?", "!", "»")) and (
        parse_french_date(body) is not None
    )


def _ends_with_question(text: str, block: Block) -> bool:
    return (
        block.end - block.start <= MAX_QUESTION_CHARS
        and _QUESTION_END.search(text, block.start, block.end) is not None
    )


def segment(
    text: str,
    blocks: list[Block],
    *,
    title_is_first_block: bool | None = None,
) -> Layout:
    """Lay out ``blocks`` of ``text``. Q/A exchanges carry the answer's label as speaker
    (labelled interviews) or None; the reader puts in the respondent's name.

    ``title_is_first_block`` forces (True) or forbids (False) reading the first block as the
    title; None lets the rules decide.
    """
    for block in blocks:
        _apply_markers(text, block)
    _apply_labels(text, blocks)
    kept, date = _clean(text, blocks)
    has_markers = any(b.kind in ("question", "answer") for b in kept)
    # the first two blocks hold the title and lede, whichever they turn out to be
    announced = any(interview_announce().search(text, b.start, b.end) for b in kept[:2])

    def is_question(block: Block, qa: bool) -> bool:
        if block.kind == "question":
            return True
        if block.kind in ("answer", "quote"):
            return False
        if qa and block.kind in ("heading", "bold"):
            return True
        if qa and is_bold_paragraph(text, block):
            return True  # "**Votre programme fait peur aux artistes…**" in a plain-text file
        if qa and _CAPS_THEME.fullmatch(text, block.start, block.end) and \
                len(re.findall(r"[A-ZÀ-ÖØ-Þ]{2,}", text[block.start:block.end])) >= 4:
            return True
        if qa and block.end - block.start > MAX_QUESTION_CHARS:
            return (
                block.end - block.start <= MAX_ADDRESSED_QUESTION_CHARS
                and _QUESTION_END.search(text, block.start, block.end) is not None
                and interview_words()[0].search(text, block.start, block.end) is not None
            )
        return _ends_with_question(text, block)

    def answered_questions(body: list[Block]) -> list[tuple[Block, Block]]:
        """(question, first answer paragraph) pairs, before knowing whether it is Q/A."""
        return [
            (block, body[i + 1])
            for i, block in enumerate(body[:-1])
            if is_question(block, False) and not is_question(body[i + 1], False)
        ]

    def decide_qa(body: list[Block]) -> bool:
        pairs = answered_questions(body)
        if has_markers:
            return len(pairs) >= 1
        if len(pairs) < 2:
            return False
        if announced:
            return True
        addressed, first_person = interview_words()
        interview_like = sum(
            addressed.search(text, q.start, q.end) is not None
            or first_person.search(text, a.start, a.end) is not None
            for q, a in pairs
        )
        return interview_like * 2 >= len(pairs)

    # Title
    title_block = None
    if kept:
        first = kept[0]
        body_text = text[first.start:first.end]
        if title_is_first_block is not None:
            is_title = title_is_first_block
        elif first.kind == "heading":
            is_title = True
        elif first.kind in ("question", "answer") or len(kept) < 2 or find_tag(text, first):
            is_title = False
        else:
            is_title = len(body_text) <= MAX_TITLE_CHARS and not _SENTENCE_END.search(body_text)
            # A first line ending in "?" that is followed by an answer in a Q/A document is
            # the first question, not a title.
            if is_title and _ends_with_question(text, first) and decide_qa(kept):
                is_title = False
        if is_title:
            title_block = first
    body = kept[1:] if title_block is not None else kept

    exchanges: list[Exchange] = []
    lede_block = None

    turns = None if has_markers else transcript_turns(text, body)
    if turns is not None:
        if body and title_block is not None and body[0].kind in ("text", "bold") and turns[0][2] is None:
            lede_block = body[0]
        for block, speaker, _ in turns:
            # the tag stays in the span: the extractor reads "Mme X, rapporteure." as a label,
            # and the paragraph is quoted as the record prints it
            exchanges.append(Exchange(index=len(exchanges), answer=_span(text, block), speaker=speaker))
        return Layout("prose", _maybe_span(text, title_block), _maybe_span(text, lede_block), exchanges, date)

    qa = decide_qa(body)

    if not qa:
        if body and title_block is not None and body[0].kind in ("text", "bold"):
            lede_block = body[0]
        for block in body:
            exchanges.append(Exchange(index=len(exchanges), answer=_span(text, block)))
        return Layout(
            "prose", _maybe_span(text, title_block), _maybe_span(text, lede_block), exchanges, date,
            signature=find_signature(text, kept),
        )

    first_q = next(i for i, b in enumerate(body) if is_question(b, True))
    intro, rest = body[:first_q], body[first_q:]
    if intro and intro[0].kind in ("text", "bold", "quote", "item"):
        lede_block, intro = intro[0], intro[1:]
    for block in intro:  # more introduction: prose, attributed by the extractors
        exchanges.append(Exchange(index=len(exchanges), answer=_span(text, block)))

    i = 0
    while i < len(rest):
        q_start = q_end = rest[i]  # rest[i] is a question here: rest starts with one, and
        i += 1  # each pass below stops at the next one
        # consecutive question paragraphs are one question, unless boilerplate sat between
        while i < len(rest) and is_question(rest[i], True) and rest[i].order == q_end.order + 1:
            q_end = rest[i]
            i += 1
        question = Span(q_start.start, q_end.end, text[q_start.start:q_end.end])
        answer: list[Block] = []
        while i < len(rest) and not is_question(rest[i], True):
            if answer and rest[i].order != answer[-1].order + 1:
                # boilerplate sat between two answer paragraphs: it stays out of every span,
                # so the answer continues in a second exchange for the same question
                exchanges.append(_qa(text, len(exchanges), question, answer))
                answer = []
            answer.append(rest[i])
            i += 1
        if answer:
            exchanges.append(_qa(text, len(exchanges), question, answer))
    return Layout("qa", _maybe_span(text, title_block), _maybe_span(text, lede_block), exchanges, date)


def _qa(text: str, index: int, question: Span, answer: list[Block]) -> Exchange:
    start, end = answer[0].start, answer[-1].end
    return Exchange(index=index, question=question, answer=Span(start, end, text[start:end]), speaker=answer[0].label)


def _maybe_span(text: str, block: Block | None) -> Span | None:
    return None if block is None else _span(text, block)
