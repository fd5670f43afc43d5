"""Paragraph-level speakers: a speaker label ("X :", "Mme X, rapporteure. ..."), a name
heading of a synthesis, a transcript split by speaker; and labels of someone we do not know.

``SpeakerLabels`` is a mixin of ``attribution.Attributor``: it sets ``label``, ``label_other``,
``section`` and ``last`` on the state that ``Attributor.__init__`` creates."""

from __future__ import annotations

import re

from .people import Person
from .textnorm import fold


# the heading of a comment thread ("7 commentaires", "Vos réactions (4)", "Commentaires :")
# (not a bare "Réactions", which in a news article heads the politicians' reactions)
_COMMENTS_HEADING = re.compile(r"\s*(?:\d+\s+(?:commentaires?|reactions?)|commentaires?|vos (?:reactions|commentaires)|"
                               r"laisser un commentaire)\s*(?:\(\d+\))?\s*:?\s*$")
# the line heading one comment (dropped from the units as a byline): "Marc X, le 3 octobre 2011
# à 21:14", "Fred31 — 16 mai 2012 à 22h17"
_COMMENT_HEADER = re.compile(r"^([^\n,:;!?«»]{2,45}?)\s*(?:,\s*le|[-–—])\s*\d{1,2}(?:er)?\s+\w+\s+\d{4}"
                             r"(?:\s*(?:à|a)\s*\d{1,2}\s*[h:]\s*\d{0,2})?\s*:?\s*$")
# or on two lines: "Marc X a dit :" then "18 octobre 2011 à 21:40"
_COMMENT_SAYS = re.compile(r"^([^\n,:;!?«»]{2,45}?)\s+(?:a\s+)?(?:dit|écrit|répondu)\s*:?\s*\n"
                           r"\s*(?:le\s+)?\d{1,2}(?:er)?\s+\w+\s+\d{4}"
                           r"(?:\s*(?:à|a)\s*\d{1,2}\s*[h:]\s*\d{0,2})?\s*:?\s*$")
# the newsroom's own paragraph after the candidates' sections of a synthesis (folded text)
_EDITORIAL_OPENING = re.compile(r"notre (?:avis|analyse|decryptage|commentaire|point de vue)\b|"
                                r"(?:en resume|en bref|analyse|decryptage|conclusion)\s*:")


# a line in capitals, a heading ("À L'ORDRE DU JOUR DU SÉNAT", "CARNET")
_CAPITAL_HEADING = re.compile(r"^[^a-zà-ÿ\n]{4,80}$")


def _speaker_like(whole: str, label: str) -> bool:
    """'Mme la présidente.', 'Bakchich :', 'Question :' look like a speaker label; 'Rejet de la
    loi : ...' (a title) does not."""
    if re.match(r"(?:M\.|Mme|Mlle|Monsieur|Madame)\s", whole):
        return True
    words = label.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


def _role_then_stop(sdoc, start_char: int) -> bool:
    """After 'Mme X,': a short role and a stop ("rapporteure. ...", "ministre :"), not a clause."""
    rest = sdoc.text[start_char:]
    m = re.match(r"[^,.:;!?«»]{1,60}?[.:–—]", rest)
    if m is None or len(m.group(0).split()) > 6:
        return False
    return not any(t.pos_ in ("VERB", "AUX") or fold(t.text) in ("qui", "que", "dont")
                   for t in sdoc if start_char <= t.idx < start_char + m.end())


def _has_verb(sdoc, end_char: int) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in sdoc if t.idx < end_char)


class SpeakerLabels:
    """Paragraph-level speaker state (see the module docstring)."""

    def enable_sections(self, units_docs) -> None:
        """Name headings make sections only in a text built of them (a synthesis comparing
        candidates): one name alone on a line (a photo caption) does not."""
        heads = []
        for u, d in units_docs:
            if (p := self._heading(u, d)) is not None and p not in heads:
                heads.append(p)
        self.sections_enabled = len(heads) >= 2
        self.section_heads = tuple(heads) if self.sections_enabled else ()

    # ------------------------------------------------------------------ paragraph level
    def start_unit(self, unit, sdoc) -> None:
        """Paragraph-level speakers: a heading names whose programme follows; a label ("X :",
        "Mme X, rapporteure. ...") names who speaks until the next label."""
        self.carried_intro = None
        if unit.kind in ("answer", "question") and unit.exchange != getattr(self.unit, "exchange", None):
            self.label, self.label_other = None, False  # a new Q/A exchange: labels start over
        new_exchange = unit.exchange != getattr(self.unit, "exchange", None)
        self.unit = unit
        if unit.kind in ("prose", "answer") and unit.speaker and new_exchange:
            # the reader split a transcript by speaker: the exchange is theirs (in a debate's
            # transcript, each answer has its own speaker: "M.V. : ...", "A.R. : ...")
            p = self.index.resolve(unit.speaker, unit.start) or self.index.add_full(unit.speaker, unit.start)
            if p is not None:
                self.label, self.label_other = p, False
                self.last = (p,)
        text = sdoc.text.lstrip(" \t•*·-–—>")
        if _COMMENTS_HEADING.match(fold(text)):
            # the comment thread under a blog post or an article: readers, not the author
            self.in_comments = True
            self.section, self.last, self.label = None, (), None
        elif self.in_comments and (m := _COMMENT_HEADER.match(self._line_before(unit)) or
                                   _COMMENT_SAYS.match(self._line_before(unit, 2))):
            # "X, le 4 octobre 2011 à 10:30": a reader's comment, or the author answering one
            p = self.index.resolve(m.group(1).strip(), unit.start)
            self.label = self.author if p is not None and p is self.author else None
            self.last = (self.label,) if self.label is not None else ()
            return
        if self.section is not None and _EDITORIAL_OPENING.match(fold(text)):
            # "Notre avis : ...", "Notre analyse" after the last candidate's section: the
            # newsroom speaks, not that candidate
            self.section = None
            self.last = ()
        heading = self._heading(unit, sdoc) if self.sections_enabled else None
        if heading is not None:
            self.section = heading
            self.last = (heading,)
            self.label, self.label_other = None, False
            return
        if self.section is not None and _CAPITAL_HEADING.match(text):
            # "À L'ORDRE DU JOUR DU SÉNAT EN DÉCEMBRE" after the members' sections of a
            # newsletter: a heading in capitals that names nobody closes the last section
            self.section = None
            self.last = ()
        m = re.match(r"^(?:M\.|Mme|Mlle|Monsieur|Madame)\s+([^,.:;!?«»]{2,60})[,.:]", text)
        if m and m.group(0).endswith(",") and not _role_then_stop(sdoc, len(sdoc.text) - len(text) + m.end()):
            m = None  # "M. X, qui fut rapporteur du texte, a plaidé ...": a sentence about X, no turn
        # "Anne X (Verts/ALE). – Monsieur le Président, ...": a turn in a parliament's verbatim
        m = m or re.match(r"^([^\n:,;!?«»()]{3,45}?)\s*\([^()\n]{1,40}\)\s*[.,]?\s*[-–—]\s", text)
        # "Anne X, au nom du groupe Verts/ALE. - Monsieur le Président, ...": the same with a role
        m = m or re.match(r"^([^\n:,;!?«»()]{3,45}?),\s+[^\n.:;!?«»]{2,80}\.\s*[-–—]\s", text)
        m = m or re.match(r"^([^\n:,;!?«»]{1,45}?)\s*:\s", text)
        # "B.J. — Bonjour.": a transcript's initials before a dash
        m = m or re.match(r"^((?:[A-ZÉÈ]\.){2,3})\s*[—–-]\s", text)
        if m:
            p = self.index.resolve(m.group(1), unit.start)
            if p is not None:
                self.label, self.label_other = p, False
                self.last = (p,)
            elif _speaker_like(m.group(0), m.group(1)) and not _has_verb(sdoc, m.end(1)) \
                    and unit.start + len(sdoc.text) - len(text) + m.start(1) not in self.topic_starts \
                    and len(text) - m.end() > 10 and unit.start > 0 \
                    and re.search(r"[.!?…»\"]\s*$", text):
                # (a title line, "Culture : pour une licence globale", ends with no punctuation:
                # it is no speaker's turn; nor is a topic's, "Hadopi : « Gardons la pédagogie »")
                # (a salutation alone on its line, "Monsieur le préfet,", is no speaker turn)
                # another speaker (the chair, the interviewer): not the last person's words
                self.label, self.label_other = None, True
                self.label_other_unit = unit.start

    def _line_before(self, unit, lines: int = 1) -> str:
        """The last ``lines`` lines of text before the unit."""
        return "\n".join(x.strip() for x in self.doc_text[:unit.start].rstrip().rsplit("\n", lines)[-lines:])

    def _heading(self, unit, sdoc) -> Person | None:
        text = sdoc.text.strip(" \t:.-–—•*#")
        # "Claire X (EELV, sénatrice du Gers)": the party and mandate beside the name
        text = re.sub(r"\s*\([^()]{1,60}\)$", "", text)
        # "PS - Anne X, secrétaire nationale adjointe": a role after a party and a name (not a
        # title, "Anne X, la députée qui parle geek", nor a comment's date, "X, le 30 septembre")
        if len(text) <= 100 and re.search(r"\s[-–—|]\s", text):
            text = re.sub(r",\s+[a-zéèê][^,.;:!?«»\d]{1,50}$", "", text)
        if not text or len(text.split()) > 5 or not text[:1].isupper():
            return None
        p = self.index.resolve(text, unit.start)
        if p is None and len(parts := re.split(r"\s+[-–—|:]\s+", text)) == 2:
            # "PS - Anne Martin", "Anne Martin | UMP": the party beside the name
            p = self.index.resolve(parts[1], unit.start) or self.index.resolve(parts[0], unit.start)
        return p
