"""The registered extraction components (topic mentions, stances, proposals, positions)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ..ingest.resources import not_names
from ..ingest.segment import is_chrome
from ..models import Extractor as ExtractorInfo
from ..models import Proposal, Span, Speaker
from .aggregate import positions as aggregate_positions
from .anaphora import (_a_text, _anaphora_targets, _noun_gender, _plural_pronoun, _text_after_semicolon_or_colon,
                       _text_pronoun, _topic_pronoun, _unnamed_group, topic_gender_of, under_act)
from .attribution import Attributor
from .cues import lemma
from .discover import appositive_role_subjects, find_author, find_people, find_respondent, note_roles
from .people import PersonIndex
from .questions import _is_question, said_before_quoted_question
from .quotes import cited_titles, continued_quote, left_open, quote_ranges
from .registry import component
from .stance_sentences import (Sentence, StanceRun, levy_before, mention_stances, question_sentence, reservation,
                               short_answer, sidestep_before, vote_before, yes_no_answer)
from .textnorm import fold
from .topicmatch import find_mentions

# Rule versions: bump when the code of a component changes what it finds. The lexicon version
# (lexicons/VERSION + a hash of the lexicon files) is appended at run time.
TOPICS_VERSION = "2"
STANCE_VERSION = "163"
PROPOSAL_VERSION = "2"


@component("topic-mentions", version=TOPICS_VERSION)
def topic_mentions(state, config) -> None:
    state.matches = find_mentions(state.folded, state.lex.patterns)


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
    if span is None or not len(span):
        return None
    # a span the parser broke in pieces ("interdire aux opérateurs de discriminer les contenus",
    # "discriminer" hung on "opérateurs" and "contenus" on the main verb): its leftmost piece,
    # where a French phrase's head stands, not the piece nearest the sentence root
    tops = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    return tops[0] if len(tops) > 1 else span.root


@component("stance-rules", version=STANCE_VERSION, min_confidence=0.0)
def stance_rules(state, config) -> None:
    doc, lex = state.doc, state.lex
    ex_info = ExtractorInfo("stance-rules", f"{STANCE_VERSION}+lex{lex.version}")
    units_docs = list(zip(state.units, state.parses))
    index = PersonIndex(lex.roles | lex.actors, lex.known_people, not_names())
    blocked = [(m.start, m.end) for m in state.matches]
    names = [sp.name for sp in doc.speakers] + [e.speaker for e in doc.exchanges if e.speaker]
    token_people = find_people(units_docs, index, blocked, names, lex.actors, lex.first_names,
                               lex.word_classes.get("association", frozenset()))
    for sp in doc.speakers:
        p = index.resolve(sp.name)
        if p is not None:
            p.role = p.role or sp.role
            p.party = p.party or sp.party
    note_roles(units_docs, token_people, lex)
    appositive_role_subjects(units_docs, token_people, lex)
    respondent = find_respondent(doc, units_docs, index, token_people)
    author, strong = find_author(doc, units_docs, index, token_people, lex.word_classes.get("site_word", frozenset()))
    att = Attributor(index, token_people, lex, respondent, author, strong)
    att.topic_starts = {m.start for m in state.matches}
    att.doc_text = doc.text
    att.cited_titles = cited_titles(doc.text)
    in_title = [p for p in index.people.values() if doc.title and p.name in doc.title]
    att.title_person = in_title[0] if len(in_title) == 1 else None
    # (a personal site's menu "Accueil | Biographie | Contact" is no sign of a portrait; a
    # section "ACTUALITÉ | PORTRAIT" is)
    opening = "\n".join(" | ".join(item for item in line.split(" | ") if fold(item.strip()) != "biographie")
                         if is_chrome(line) else line for line in doc.text[:600].splitlines())
    # (one line each: a menu "... · Agenda" and a site's name "NUMÉRIQUE & SOCIÉTÉ" after it are
    # no "agenda numérique")
    head = fold("\n".join(x for x in (doc.title, doc.lede, opening) if x))
    biography = any(rx.search(head) for rx in lex.biography)
    if any(rx.search(head) for rx in lex.agenda):
        # a week's meetings announced: politicians beside topics, and no position
        state.trace.append({"sentence": (doc.title or "")[:120], "reason": "agenda: no position is read"})
        return
    att.enable_sections(units_docs)
    state.people_index = index

    matches = state.matches
    starts = [m.start for m in matches]  # sorted: find_mentions returns text order
    run = StanceRun(state, att, ex_info, units_docs, biography)
    # the topics the title names, for a "la loi" far from any mention ("... pour la Hadopi");
    # (the title heads the page: the same words found further down are not the title)
    title_at = doc.text.find(doc.title) if doc.title else -1
    if 0 <= title_at < 300:
        title_end = title_at + len(doc.title)
        run.title_topics = [(m.start, m.topic, m.valence) for m in matches if title_at <= m.start < title_end]
    open_quote = False  # a quote opened in an earlier paragraph and not closed yet
    # verbs whose "il"/"elle" subject is a person, never a topic ("Elle a refusé X")
    person_verbs = lex.reporting["verb"] | lex.word_classes.get("person_act", frozenset())
    attitudes = lex.word_classes.get("attitude", frozenset())
    for ui, (unit, sdoc) in enumerate(units_docs):
        att.start_unit(unit, sdoc)
        if unit.kind == "question" and ui and units_docs[ui - 1][0].exchange != unit.exchange:
            # a new question: the answer's "ce", "cela", "le" point to it, not to the last answer
            run.recent_topics.clear()
        quotes = quote_ranges(sdoc.text, unit.start)
        carried = None
        if open_quote and unit.kind == "prose" and not (att.author is not None and att.author_strong):
            # the quote an earlier paragraph opened runs on here (not in a speech or a signed
            # text, quoted whole: those words are the author's anyway)
            carried = continued_quote(sdoc.text, unit.start)
            if carried is not None:
                quotes = [carried] + quote_ranges(sdoc.text[carried[1] - unit.start:], carried[1])
        open_quote = unit.kind == "prose" and (left_open(sdoc.text) or (
            carried is not None and carried[1] == unit.end and "»" not in sdoc.text))
        att.quotes = quotes
        # where this unit's exchange starts, and where its answer starts (None outside Q/A)
        exchange_bounds = (min(u.start for u, _ in units_docs if u.exchange == unit.exchange),
                           min((u.start for u, _ in units_docs if u.exchange == unit.exchange and u.kind == "answer"),
                               default=None)) if unit.kind == "answer" else None
        subject_topic = None  # (topic, valence, gender) when the last sentence's subject named a topic
        subject_text = None  # (None, None, gender) when it was a text ("la proposition de loi", "le rapport")
        subject_group = False  # it was a plural of things or unnamed people ("les ayants droit")
        question_topics: list[tuple] = []  # (topic, side it is framed with) named so far in this question
        if unit.kind == "answer" and exchange_bounds and unit.start == exchange_bounds[1] and \
                run.asked_topic and run.asked_topic[0] == unit.exchange:
            # "Quelle est votre position sur la loi Hadopi ? — Elle doit être abrogée.": an
            # answer's opening "elle" may stand for the one topic the question asked about
            subject_topic = next(((tp, val, list(run.topic_gender.get(ts, ()))) for ts, tp, val in reversed(run.recent_topics)
                                  if tp == run.asked_topic[1]), None)
        for sent in sdoc.sents:
            run.sent_count += 1
            s0 = unit.start + sent.start_char
            s1 = unit.start + sent.end_char
            ev = evidence_span(doc.text, s0, s1)
            lo = bisect_left(starts, s0)
            in_sent = matches[lo: bisect_left(starts, s1, lo)]
            # token index -> (topic, valence) of the words of each mention
            named = {t.i: (m.topic, m.valence) for m in in_sent for t in sent if m.start <= unit.start + t.idx < m.end}
            att.mention_tokens = set(named)
            # "La riposte graduée a coûté cher. Elle n'a rien réglé.": "elle" is the topic
            topic_pronoun = _topic_pronoun(sent, subject_topic, person_verbs, attitudes)
            # "La proposition de loi comporte quinze articles. Elle porte sur ...": "elle" is the
            # bill, which is no topic of ours but no person either
            text_pronoun = _text_pronoun(sent, subject_text, person_verbs) if topic_pronoun is None else None
            group_pronoun = _plural_pronoun(sent) if subject_group else None
            att.topic_pronouns = {x.i for x in (topic_pronoun, text_pronoun, _text_after_semicolon_or_colon(sent, lex),
                                                group_pronoun) if x is not None}
            clauses = att.clause_holders(sent)
            first = any(att._is_first_person(t) for t in sent)
            sent_holder = att.holder_for(sent.root, sent, clauses, quotes, first)
            state.sentence_holders[(ev.start, ev.end)] = (sent_holder, unit, sent)
            targets = []  # (root token, topic, valence, default)
            for m in in_sent:
                root = _root_of(sdoc, m.start - unit.start, m.end - unit.start)
                if root is not None:
                    targets.append((root, m.topic, m.valence, m.default))
                    run.topic_gender[m.start] = topic_gender_of(root)
                    if under_act(root, lex):
                        run.acted_on.add(m.start)
            targets = [x for x in targets if not _named_within(x, named)]
            if topic_pronoun is not None and not any(r.head.i == topic_pronoun.head.i for r, *_ in targets):
                # (a mention elsewhere in the sentence leaves the pronoun its own clause: "Elle
                # doit disparaître, et l'argent de la Haute Autorité doit aller à la création")
                targets.append((topic_pronoun, subject_topic[0], subject_topic[1], None))
            recent = (run.recent_topics, run.recent_sent, run.sent_count, run.topic_gender, run.acted_on,
                      run.title_topics)
            resolved = _anaphora_targets(sent, targets, lex, unit, exchange_bounds, recent, s0)
            targets += resolved
            targets = [x for x in targets if not _dislocated(x, resolved)]
            # after the anaphora: "Cet accord ne coupe rien. Il donne ...": "il" is the treaty too
            # (not a topic subject of a clause after a person subject: "la candidate connaît le revers
            # de la médaille : la connexion reste poussive. Elle fait ..." is the candidate)
            person_subject = [t.i for t in sent if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ == "NOUN" and
                              lemma(t) in lex.roles]
            subject_topic = next(((tp, val, r.morph.get("Gender")) for r, tp, val, _ in targets
                                  if r.dep_ in ("nsubj", "nsubj:pass") and (r.pos_ in ("NOUN", "PROPN") or r is topic_pronoun)
                                  and not any(k < r.i for k in person_subject)), None)
            subject_text = next(((None, None, _noun_gender(t, lex)) for t in sent if t.dep_ in ("nsubj", "nsubj:pass")
                                 and t.head.i == sent.root.i and _a_text(t, lex)), None)
            if subject_text is None and _a_text(sent.root, lex) and sent.root.i - sent.start <= 2:
                # "Le décret compte huit articles", parsed with "compte" as a noun under "décret"
                subject_text = (None, None, _noun_gender(sent.root, lex))
            # (or the focus of "Ce sont les ayants droit qui ...")
            subject_group = any(t.dep_ in ("nsubj", "nsubj:pass") and t.head.i == sent.root.i and _unnamed_group(t, lex)
                                for t in sent) or (_unnamed_group(sent.root, lex) and any(
                                    c.dep_ == "cop" for c in sent.root.children))
            sentence = Sentence(ui, unit, sent, s0, ev, in_sent, targets, clauses, quotes, first, exchange_bounds)
            if unit.link:
                pass  # a related article's title: its people and topics are named, nobody speaks
            elif unit.kind == "question" or _is_question(sent):
                opening = said_before_quoted_question(sent) if unit.kind != "question" else None
                if opening is not None:
                    # "L'élu a défendu la loi : « ... vous voulez la jeter ? »": the statement
                    # before the quoted question takes sides as usual
                    cut = unit.start + opening.idx
                    stated = replace(sentence, in_sent=[m for m in in_sent if m.start < cut],
                                     targets=[x for x in targets if x[0].i < opening.i])
                    if stated.targets:
                        mention_stances(run, stated)
                question_sentence(run, sentence, question_topics)
            else:
                short_answer(run, sentence)
                yes_no_answer(run, sentence)
                sidestep, sidestepped = mention_stances(run, sentence)
                sidestep_before(run, sentence, sidestep, sidestepped)
                vote_before(run, sentence)
                levy_before(run, sentence)
                reservation(run, sentence)
            # (an example, "les gros sites comme YouTube", is nothing a pronoun later takes up)
            examples = [unit.start + r.idx for r, *_ in sentence.targets
                        if "comme" in {lemma(c) for c in r.children if c.dep_ == "case"}]
            # (nor the alternative to a measure named by an infinitive, "attendre un juge, c'est
            # ...": "Je l'ai voté" after it is the measure, not the waiting)
            acts = {unit.start + r.idx for r, _, val, _ in sentence.targets
                    if val == -2 and r.pos_ == "VERB" and r.morph.get("VerbForm") == ["Inf"]}
            for m in in_sent:
                if any(m.start <= x < m.end for x in examples) or any(m.start <= x < m.end for x in acts):
                    continue
                run.recent_topics.append((m.start, m.topic, m.valence))
                run.recent_sent[m.start] = run.sent_count
            for t, topic, valence, _ in resolved:
                if t.pos_ == "NOUN":
                    # "Cette loi n'a rien rapporté. Il faut l'abroger.": a noun that took up a
                    # topic is itself named just before for the next sentences
                    at = unit.start + t.idx
                    run.recent_topics.append((at, topic, valence))
                    run.recent_sent[at] = run.sent_count
                    run.topic_gender[at] = topic_gender_of(t)
                elif under_act(t, lex):
                    # "Les socialistes veulent la supprimer. — Ce serait une erreur.": the act
                    # done to the topic a clitic took up is what a "ce" right after judges
                    at = unit.start + t.idx
                    run.recent_topics.append((at, topic, valence))
                    run.recent_sent[at] = run.sent_count
                    run.acted_on.add(at)
            att.end_sentence(clauses, sent)
    # one stance per (holder, topic, sentence, polarity)
    seen = set()
    for s in run.stances:
        key = (s.holder, s.topic, s.evidence.start, s.polarity)
        if key in seen:
            continue
        seen.add(key)
        if s.confidence >= config.get("min_confidence", 0.0):
            state.stances.append(s)


def _dislocated(target, resolved) -> bool:
    """The mention is set out before a comma and taken up by an object pronoun of the same
    topic later in the sentence ("L'Hadopi, il faut l'abroger"): the pronoun's clause says what
    is done to it, so the mention, which the parser hangs on "faut", takes no side of its own."""
    root, topic, _, _ = target
    start = root.left_edge.i
    # (or after a stage direction the parser left in the sentence: "Pas nous ! (Applaudissements)
    # Cette loi, nous l'abrogerons")
    opens = start == root.sent.start or root.doc[start - 1].text in ("«", '"', "“", ":", ")", "!", "?")
    # (not the subject of a predicate of its own before the comma, taken up inside a relative
    # clause about others: "La riposte graduée est d'abord pédagogique, et ceux qui promettent de
    # l'abroger ..."; "La Hadopi fait son travail, et la supprimer, ce serait ..." is still read
    # from the pronoun's clause)
    comma = next((t.i for t in root.doc[root.i + 1: root.sent.end] if t.text == ","), None)
    own_predicate = root.dep_ in ("nsubj", "nsubj:pass") and comma is not None and root.i < root.head.i < comma
    return opens and root.pos_ in ("NOUN", "PROPN") and any(
        tp == topic and r.pos_ == "PRON" and fold(r.text) in ("l'", "la", "le", "les") and r.i > root.i and
        any(t.text == "," for t in r.doc[root.right_edge.i + 1: r.i]) and
        not (own_predicate and any(a.dep_ == "acl:relcl" for a in r.ancestors)) for r, tp, _, _ in resolved)


def _named_within(target, named: dict[int, tuple]) -> bool:
    """The mention hangs, within one noun phrase, on a word of another mention of the same
    topic and valence ("la Haute Autorité pour la diffusion des œuvres et la protection des
    droits sur internet (Hadopi)"): one name, which the other mention stands for; the words of
    the name ("pour", "protection") are no cue on it."""
    root, topic, valence, _ = target
    cur = root
    # (through the links inside a noun phrase only: "pour la neutralité, mais pas pour une
    # neutralité absolue" names the topic twice, "Une licence globale, c'est une taxe" too)
    while cur.head.i != cur.i and cur.dep_ in ("nmod", "appos", "flat:name", "amod") and cur.head.pos_ not in ("VERB", "AUX"):
        cur = cur.head
        if named.get(cur.i) == (topic, valence):
            return True
    return False


@component("proposal-rules", version=PROPOSAL_VERSION)
def proposal_rules(state, config) -> None:
    lex = state.lex
    info = ExtractorInfo("proposal-rules", f"{PROPOSAL_VERSION}+lex{lex.version}")
    for (start, end), (holder, unit, sent) in state.sentence_holders.items():
        if holder is None or not holder.people or unit.link or unit.kind == "question" or _is_question(sent):
            continue
        text = state.folded[start:end]
        if not any(rx.search(text) for rx in lex.proposals):
            continue
        topics = tuple(dict.fromkeys(m.topic for m in state.matches if start <= m.start < end))
        ev = Span(start, end, state.doc.text[start:end])
        for person in holder.people:
            state.proposals.append(Proposal(person.name, ev, topics, info,
                                            confidence=0.7 if holder.direct else 0.6, exchange=unit.exchange))


@component("positions", version="4")
def positions(state, config) -> None:
    index = getattr(state, "people_index", None)
    observers = state.lex.word_classes.get("observer", frozenset())

    def observer(name: str) -> bool:
        # "le politologue X": quoted for an analysis, not a stand
        person = index.resolve(name) if index is not None else None
        return person is not None and person.only_observes(observers)

    state.stances = [s for s in state.stances if not observer(s.holder)]
    state.proposals = [p for p in state.proposals if not observer(p.holder)]
    state.positions = aggregate_positions(state.stances, state.lex.split_sides)
    holders = [p.holder for p in state.positions] + [p.holder for p in state.proposals]
    for name in dict.fromkeys(holders):
        person = index.resolve(name) if index is not None else None
        state.speakers[name] = Speaker(name, getattr(person, "role", None), getattr(person, "party", None))

