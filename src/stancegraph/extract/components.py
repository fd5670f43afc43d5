"""The registered extraction components (topic mentions, stances, proposals, positions)."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..models import Extractor as ExtractorInfo
from ..models import Proposal, Span, Speaker, Stance
from .aggregate import positions as aggregate_positions
from .anaphora import _anaphora_targets, _topic_pronoun
from .attribution import Attributor, Holder
from .discover import find_author, find_people, find_respondent, note_roles
from .people import PersonIndex
from .polarity import Polarity, hedge_heads, lemma, mention_polarity
from .questions import _follow_up_question, _is_question, _polar_question, _yes_no
from .quotes import quote_ranges
from .registry import component
from .textnorm import fold
from .topicmatch import find_mentions

# a sentence whose main verb declines ("X s'est abstenu sur l'article instaurant Y"): the cues
# inside its complement describe the text, not the speaker's side
SIDESTEP_VERBS = {"abstenir", "prononcer", "trancher", "esquiver", "eluder"}

# "Il n'a pas souhaité se prononcer sur les autres questions": the sidestep is about the
# matters not discussed so far, not the topic named before
_OTHER_MATTERS = re.compile(r"\b(?:les|des|d')\s*autres\s+(?:questions|sujets|points|th[èe]mes|dossiers)\b", re.IGNORECASE)


# Rule versions: bump when the code of a component changes what it finds. The lexicon version
# (lexicons/VERSION + a hash of the lexicon files) is appended at run time.
TOPICS_VERSION = "2"
STANCE_VERSION = "59"
PROPOSAL_VERSION = "2"


@component("topic-mentions", version=TOPICS_VERSION)
def topic_mentions(state, config) -> None:
    state.matches = find_mentions(state.folded, state.lex.patterns)


def _sidesteps(text: str, lex) -> str | None:
    """The sidestep cue of a sentence ("avant de me prononcer"), if any."""
    folded = fold(text)
    for rx in lex.sidesteps:
        m = rx.search(folded)
        if m:
            return m.group(0)
    return None


def evidence_span(text: str, start: int, end: int) -> Span:
    """The sentence, trimmed of spaces, bullets and dangling punctuation at its start."""
    while start < end and (text[start].isspace() or text[start] in "•-–—*·>"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def _root_of(sdoc, s: int, e: int):
    """Syntactic root of the tokens covering characters [s, e) of a unit's parse."""
    span = sdoc.char_span(s, e, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _confidence(pol, holder: Holder, reported: bool) -> float:
    c = 0.55 if pol.from_default else 0.75
    if holder.how in ("respondent", "label", "author"):
        c += 0.1
    elif holder.how in ("pronoun", "role", "section", "quote"):
        c -= 0.1
    if holder.direct:
        c += 0.05
    if reported:
        c -= 0.05
    if pol.intensified:
        c += 0.05
    return round(max(0.05, min(0.95, c)), 3)


@component("stance-rules", version=STANCE_VERSION, min_confidence=0.0)
def stance_rules(state, config) -> None:
    doc, lex = state.doc, state.lex
    ex_info = ExtractorInfo("stance-rules", f"{STANCE_VERSION}+lex{lex.version}")
    units_docs = list(zip(state.units, state.parses))
    index = PersonIndex(lex.roles | lex.actors, lex.known_people)
    blocked = [(m.start, m.end) for m in state.matches]
    names = [sp.name for sp in doc.speakers] + [e.speaker for e in doc.exchanges if e.speaker]
    token_people = find_people(units_docs, index, blocked, names, lex.actors, lex.first_names)
    for sp in doc.speakers:
        p = index.resolve(sp.name)
        if p is not None:
            p.role = p.role or sp.role
            p.party = p.party or sp.party
    note_roles(units_docs, token_people, lex)
    respondent = find_respondent(doc, units_docs, index, token_people)
    author, strong = find_author(doc, units_docs, index, token_people)
    att = Attributor(index, token_people, lex, respondent, author, strong)
    head = fold(" ".join(x for x in (doc.title, doc.lede, doc.text[:600]) if x))
    biography = any(rx.search(head) for rx in lex.biography)
    att.enable_sections(units_docs)
    state.people_index = index

    matches = state.matches
    starts = [m.start for m in matches]  # sorted: find_mentions returns text order
    recent_topics: list[tuple[int, str, int]] = []  # (offset, topic, valence) named so far, for anaphora
    recent_sent: dict[int, int] = {}  # offset -> sentence number
    topic_gender: dict[int, tuple] = {}  # offset -> grammatical gender of the mention's head
    pending_question = None  # (exchange, topic, polarity) of a yes/no question awaiting its answer
    asked_topic = None  # (exchange, topic) of the last question about one topic
    sent_count = 0
    stances: list[Stance] = []
    for ui, (unit, sdoc) in enumerate(units_docs):
        att.start_unit(unit, sdoc)
        if unit.kind == "question" and ui and units_docs[ui - 1][0].exchange != unit.exchange:
            # a new question: the answer's "ce", "cela", "le" point to it, not to the last answer
            recent_topics.clear()
        quotes = quote_ranges(sdoc.text, unit.start)
        att.quotes = quotes
        # where this unit's exchange starts, and where its answer starts (None outside Q/A)
        exchange_bounds = (min(u.start for u, _ in units_docs if u.exchange == unit.exchange),
                           min((u.start for u, _ in units_docs if u.exchange == unit.exchange and u.kind == "answer"),
                               default=None)) if unit.kind == "answer" else None
        subject_topic = None  # (topic, valence, gender) when the last sentence's subject named a topic
        question_topics: list[tuple] = []  # (topic, side it is framed with) named so far in this question
        if unit.kind == "answer" and exchange_bounds and unit.start == exchange_bounds[1] and \
                asked_topic and asked_topic[0] == unit.exchange:
            # "Quelle est votre position sur la loi Hadopi ? — Elle doit être abrogée.": an
            # answer's opening "elle" may stand for the one topic the question asked about
            subject_topic = next(((tp, val, list(topic_gender.get(ts, ()))) for ts, tp, val in reversed(recent_topics)
                                  if tp == asked_topic[1]), None)
        for sent in sdoc.sents:
            sent_count += 1
            s0 = unit.start + sent.start_char
            s1 = unit.start + sent.end_char
            ev = evidence_span(doc.text, s0, s1)
            lo = bisect_left(starts, s0)
            in_sent = matches[lo: bisect_left(starts, s1, lo)]
            att.mention_tokens = {t.i for m in in_sent for t in sent
                                  if m.start <= unit.start + t.idx < m.end}
            # "La riposte graduée a coûté cher. Elle n'a rien réglé.": "elle" is the topic
            topic_pronoun = _topic_pronoun(sent, subject_topic)
            att.topic_pronouns = {topic_pronoun.i} if topic_pronoun is not None else set()
            clauses = att.clause_holders(sent)
            first = any(att._is_first_person(t) for t in sent)
            sent_holder = att.holder_for(sent.root, sent, clauses, quotes, first)
            state.sentence_holders[(ev.start, ev.end)] = (sent_holder, unit, sent)
            targets = []  # (root token, topic, valence, default)
            for m in in_sent:
                root = _root_of(sdoc, m.start - unit.start, m.end - unit.start)
                if root is not None:
                    targets.append((root, m.topic, m.valence, m.default))
                    topic_gender[m.start] = tuple(root.morph.get("Gender"))
            if topic_pronoun is not None and not targets:
                targets.append((topic_pronoun, subject_topic[0], subject_topic[1], None))
            subject_topic = next(((tp, val, r.morph.get("Gender")) for r, tp, val, _ in targets
                                  if r.dep_ in ("nsubj", "nsubj:pass") and (r.pos_ in ("NOUN", "PROPN") or r is topic_pronoun)), None)
            targets += _anaphora_targets(sent, targets, lex, unit, exchange_bounds,
                                         (recent_topics, recent_sent, sent_count, topic_gender), s0)
            if unit.kind == "question" or _is_question(sent):
                if in_sent:
                    state.trace.append({"sentence": ev.text, "topic": in_sent[-1].topic, "reason": "question"})
                if unit.kind == "question":
                    asked = _polar_question(sent, targets, lex)
                    if asked is None and not targets:
                        # "LA GAUCHE PROPOSE UNE LICENCE GLOBALE. ÊTES-VOUS TENTÉ ?"
                        asked = _follow_up_question(sent, question_topics, lex)
                    question_topics += [(tp, mention_polarity(r, val, None, lex, set(), asked=True).polarity)
                                        for r, tp, val, _ in targets]
                    if asked:
                        pending_question = (unit.exchange, *asked)
                    topics_asked = {tp for _, tp, _, _ in targets}
                    if len(topics_asked) == 1:
                        asked_topic = (unit.exchange, topics_asked.pop())
                for m in in_sent:
                    recent_topics.append((m.start, m.topic, m.valence))
                    recent_sent[m.start] = sent_count
                att.end_sentence(clauses, sent)
                continue
            if unit.kind == "answer" and asked_topic and asked_topic[0] == unit.exchange and not in_sent:
                # "Que pensez-vous de X ? — J'y suis favorable.": the side taken on the question's topic
                folded = fold(ev.text)
                side = next((pol for rx, pol in lex.answers if rx.search(folded)), None)
                holder = att.holder_for(sent.root, sent, clauses, quotes, first) if side else None
                if holder is not None and holder.people:
                    for person in holder.people:
                        stances.append(Stance(person.name, asked_topic[1], side, 0.7, ev, ex_info, "said", unit.exchange))
                    state.trace.append({"sentence": ev.text, "topic": asked_topic[1], "polarity": side,
                                        "reason": "short answer on the question's topic",
                                        "holder": [p.name for p in holder.people], "how": holder.how})
                    asked_topic = None
                    pending_question = None
            if unit.kind == "answer" and pending_question and pending_question[0] == unit.exchange:
                # "Faut-il abroger la loi Hadopi ? — Oui, ...": the answer takes the question's side
                reply = _yes_no(sent)
                if reply:
                    _, topic, polarity = pending_question
                    if reply < 0:
                        polarity = "oppose" if polarity == "support" else "support"
                    holder = att.holder_for(sent.root, sent, clauses, quotes, first)
                    if holder is not None and holder.people:
                        for person in holder.people:
                            stances.append(Stance(person.name, topic, polarity, 0.7, ev, ex_info, "said", unit.exchange))
                        state.trace.append({"sentence": ev.text, "topic": topic, "polarity": polarity,
                                            "reason": "answer to a yes/no question",
                                            "holder": [p.name for p in holder.people], "how": holder.how})
                pending_question = None
            hedges = hedge_heads(sent, lex)
            sidestep = _sidesteps(ev.text, lex)
            # (a subject means a clause whatever the tagger says: "X complète le podium")
            # (and a pronoun means speech: "Je tweete un peu" may get no verb tag)
            verbless = not any(t.pos_ in ("VERB", "AUX", "PRON") or t.dep_ in ("nsubj", "nsubj:pass") for t in sent)
            sidestepped = False
            # "une contribution forfaitaire en échange de la légalisation du partage": sharing
            # legalised in return for paying creators weakens and rewards authors' rights at once
            # (unless the licence itself is turned down: "légaliser le partage, mais une licence
            # globale ne ferait que remplacer un péage par un autre")
            licence_terms = any(tp == "global-license" for _, tp, _, _ in targets) and \
                any(tp == "copyright" and val == -2 for _, tp, val, _ in targets) and \
                not any(mention_polarity(r, val, d, lex, set(), {x.i for x, t, *_ in targets if t != tp}).polarity == "oppose"
                        for r, tp, val, d in targets if tp == "global-license")
            for root, topic, valence, default in targets:
                others = {r.i for r, tp, *_ in targets if tp != topic}
                pol = mention_polarity(root, valence, default, lex, hedges, others)
                if pol.polarity is None and pol.reason == "no cue" and unit.kind == "answer" and \
                        root.i - sent.start <= 2 and {fold(c.text) for c in root.children if c.dep_ == "case"} & {"par", "grace"}:
                    # "Comment rémunérer les artistes ? — Par une licence globale : ...": the means
                    # an answer opens with is the means it proposes
                    pol = Polarity("support", ["par"], reason="the means an answer proposes")
                elif pol.polarity is None and pol.reason == "no cue" and unit.kind == "answer" and \
                        unit.start == (exchange_bounds or (None, None))[1] and sent.start == 0 and verbless and \
                        sum(1 for t in sent if t.is_alpha) <= 4 and valence > 0 and \
                        _ASKS_FOR_A_MEANS.search(fold(doc.text[exchange_bounds[0]:exchange_bounds[1]])):
                    # "Que mettez-vous à la place ? — Une licence globale. Chaque abonné ...": an
                    # answer opening on the bare name of a policy puts it forward
                    pol = Polarity("support", [root.text], reason="the means an answer proposes")
                if pol.from_default and verbless:
                    # a title, an agenda item, a caption names a subject; it states no side
                    pol = Polarity(None, pol.cues, reason="verbless: no position")
                if pol.from_default and biography:
                    # "Il pilote alors la construction d'un réseau de fibre": a career told by
                    # someone else; only an explicit judgement is a position there
                    pol = Polarity(None, pol.cues, reason="biography: a mention is no position")
                if sidestep and pol.reason != "conditional" and (
                        pol.polarity is None or pol.from_default
                        or all(fold(c) in sidestep.split() for c in pol.cues)
                        or lemma(sent.root) in SIDESTEP_VERBS):
                    # (the cue may be the sidestep's own verb: "refuser de se prononcer sur X")
                    # "avant de me prononcer sur X": declining to take a side is a position
                    pol = Polarity("neutral", [sidestep], reason="sidestep")
                    sidestepped = True
                if licence_terms and topic == "copyright" and valence == -2 and pol.polarity == "oppose":
                    pol = Polarity("mixed", pol.cues, pol.intensified, reason="sharing legalised in return for a licence")
                if valence == 2 and pol.polarity == "oppose":
                    # "supprimer la coupure de l'accès": the policy reformed, not repealed
                    pol = Polarity("mixed", pol.cues, pol.intensified, reason="a part of the policy rejected")
                holder = att.holder_for(root, sent, clauses, quotes, first)
                state.trace.append({
                    "sentence": ev.text, "topic": topic, "word": root.text, "polarity": pol.polarity,
                    "cues": pol.cues, "default": pol.from_default, "reason": pol.reason,
                    "holder": [p.name for p in holder.people] if holder else None,
                    "how": holder.how if holder else None})
                if pol.polarity is None or holder is None or not holder.people:
                    continue
                reported = not holder.direct
                for person in holder.people:
                    stances.append(Stance(
                        holder=person.name, topic=topic, polarity=pol.polarity,
                        confidence=_confidence(pol, holder, reported), evidence=ev, extractor=ex_info,
                        attribution="reported" if reported else "said", exchange=unit.exchange,
                        part=valence == 2))
            if sidestep and not sidestepped and not _OTHER_MATTERS.search(sent.text):
                # "J'attends l'avis de la Cour avant de me prononcer.": on the topic named just
                # before, unless this sentence names it too (and so took a side on it)
                named = {tp for _, tp, _, _ in targets}
                # (within three sentences or in the paragraph before: sentence splits are noisy)
                prev_start = units_docs[ui - 1][0].start if ui else unit.start
                near = [(ts, tp) for ts, tp, _ in recent_topics
                        if ts < s0 and (sent_count - recent_sent[ts] <= 3 or ts >= prev_start)]
                if unit.kind == "answer" and asked_topic and asked_topic[0] == unit.exchange:
                    near.append((s0, asked_topic[1]))
                near = [n for n in near if n[1] not in named]
                holder = att.holder_for(sent.root, sent, clauses, quotes, first) if near else None
                if holder is not None and holder.people:
                    # the last sentence that named a topic; its first topic is what it is about
                    last = max(recent_sent.get(ts, sent_count) for ts, _ in near)
                    topic = min((ts, tp) for ts, tp in near if recent_sent.get(ts, sent_count) == last)[1]
                    for person in holder.people:
                        stances.append(Stance(person.name, topic, "neutral", 0.6, ev, ex_info,
                                              "said" if holder.direct else "reported", unit.exchange))
                    state.trace.append({"sentence": ev.text, "topic": topic, "polarity": "neutral",
                                        "cues": [sidestep], "reason": "sidestep on the topic named before",
                                        "holder": [p.name for p in holder.people], "how": holder.how})
            if fold(sent.text).startswith("mais ") and any(rx.search(fold(sent.text)) for rx in lex.reservations):
                # "C'est utile pour informer. Mais on y passe un temps fou.", "Je ne vais pas la
                # démanteler. Mais je reconnais qu'elle doit évoluer.": a reservation about the
                # topic of this sentence, or else of the one just before, makes the position mixed
                near = [(r.i, tp) for r, tp, _, _ in targets] or \
                    [(ts, tp) for ts, tp, _ in recent_topics if ts < s0 and sent_count - recent_sent[ts] == 1]
                holder = att.holder_for(sent.root, sent, clauses, quotes, first) if near else None
                if holder is not None and holder.people:
                    topic = near[-1][1]
                    for person in holder.people:
                        stances.append(Stance(person.name, topic, "mixed", 0.6, ev, ex_info,
                                              "said" if holder.direct else "reported", unit.exchange))
                    state.trace.append({"sentence": ev.text, "topic": topic, "polarity": "mixed",
                                        "cues": ["mais"], "reason": "reservation about the topic named before",
                                        "holder": [p.name for p in holder.people], "how": holder.how})
            for m in in_sent:
                recent_topics.append((m.start, m.topic, m.valence))
                recent_sent[m.start] = sent_count
            att.end_sentence(clauses, sent)
    # one stance per (holder, topic, sentence, polarity)
    seen = set()
    for s in stances:
        key = (s.holder, s.topic, s.evidence.start, s.polarity)
        if key in seen:
            continue
        seen.add(key)
        if s.confidence >= config.get("min_confidence", 0.0):
            state.stances.append(s)


# a question asking what the respondent would do or put in place ("Que mettez-vous à la place ?")
_ASKS_FOR_A_MEANS = re.compile(r"\b(?:propose\w*|mettr\w*|mettez|a la place|solution|alternative|remplac\w*|que faire|comment)\b")


@component("proposal-rules", version=PROPOSAL_VERSION)
def proposal_rules(state, config) -> None:
    lex = state.lex
    info = ExtractorInfo("proposal-rules", f"{PROPOSAL_VERSION}+lex{lex.version}")
    for (start, end), (holder, unit, sent) in state.sentence_holders.items():
        if holder is None or not holder.people or unit.kind == "question" or _is_question(sent):
            continue
        text = state.folded[start:end]
        if not any(rx.search(text) for rx in lex.proposals):
            continue
        topics = tuple(dict.fromkeys(m.topic for m in state.matches if start <= m.start < end))
        ev = Span(start, end, state.doc.text[start:end])
        for person in holder.people:
            state.proposals.append(Proposal(person.name, ev, topics, info,
                                            confidence=0.7 if holder.direct else 0.6, exchange=unit.exchange))


@component("positions", version="2")
def positions(state, config) -> None:
    state.positions = aggregate_positions(state.stances)
    index = getattr(state, "people_index", None)
    holders = [p.holder for p in state.positions] + [p.holder for p in state.proposals]
    for name in dict.fromkeys(holders):
        person = index.resolve(name) if index is not None else None
        state.speakers[name] = Speaker(name, getattr(person, "role", None), getattr(person, "party", None))
