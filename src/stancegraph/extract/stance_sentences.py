"""The stance rules of one sentence: a question's topics and side, the short answers and yes/no
answers that take a side on it, the stance of each topic mention, and the sentence-level rules
after them (a sidestep on the topic named before, a bare vote on the text named before, a levy
too many after the global licence, a "Mais ..." reservation)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Extractor as ExtractorInfo
from ..models import Span, Stance
from .attribution import Attributor, Holder
from .polarity import Polarity, hedge_heads, lemma, mention_polarity
from .questions import _follow_up_question, _polar_question, _yes_no, in_indirect_question
from .quotes import inside
from .textnorm import fold

# a sentence whose main verb declines ("X s'est abstenu sur l'article instaurant Y"): the cues
# inside its complement describe the text, not the speaker's side
SIDESTEP_VERBS = {"abstenir", "prononcer", "trancher", "esquiver", "eluder"}

# "Il n'a pas souhaité se prononcer sur les autres questions": the sidestep is about the
# matters not discussed so far, not the topic named before
_OTHER_MATTERS = re.compile(r"\b(?:les|des|d')\s*autres\s+(?:questions|sujets|points|th[èe]mes|dossiers)\b", re.IGNORECASE)

# a question asking what the respondent would do or put in place ("Que mettez-vous à la place ?")
# a transcript's speaker label opening a unit ("S.R. :", "Mme X :")
_SPEAKER_LABEL = re.compile(r"^\s*[\w.'’ -]{1,40}:\s*$")
# a sentence opening on what is given in return for what the sentence before set out
_IN_RETURN = re.compile(r"\W*(?:en (?:echange|contrepartie|retour)|a ce prix)\b")
_ASKS_FOR_A_MEANS = re.compile(r"\b(?:propose\w*|mettr\w*|mettez|a la place|solution|alternative|remplac\w*|que faire|comment)\b")


@dataclass
class StanceRun:
    """One document's run of the stance rules: what every sentence reads (the first five
    fields), and what the rules carry from one sentence to the next."""
    state: object  # the extractor's per-document state (doc, lex, trace, sentence_holders)
    att: Attributor
    ex_info: ExtractorInfo
    units_docs: list  # (unit, parse) of the document, in order
    biography: bool  # the document tells someone's career
    recent_topics: list[tuple[int, str, int]] = field(default_factory=list)  # (offset, topic, valence) named so far, for anaphora
    recent_sent: dict[int, int] = field(default_factory=dict)  # offset -> sentence number
    topic_gender: dict[int, tuple] = field(default_factory=dict)  # offset -> grammatical gender of the mention's head
    acted_on: set[int] = field(default_factory=set)  # offsets of mentions an act is done to ("supprimer X")
    title_topics: list[tuple[int, str, int]] = field(default_factory=list)  # (offset, topic, valence) named in the title
    pending_question: tuple | None = None  # (exchange, topic, polarity) of a yes/no question awaiting its answer
    asked_topic: tuple | None = None  # (exchange, topic) of the last question about one topic
    sent_count: int = 0
    stances: list[Stance] = field(default_factory=list)


@dataclass
class Sentence:
    """One sentence of a unit and what the rules read of it."""
    ui: int  # the unit's index in StanceRun.units_docs
    unit: object
    sent: object  # the spaCy sentence
    s0: int  # where the sentence starts in the document's text
    ev: Span  # the evidence: the sentence, trimmed
    in_sent: list  # the topic mentions inside it
    targets: list  # (root token, topic, valence, default): mentions, then topics pronouns stand for
    clauses: dict
    quotes: list
    first: bool  # a first-person word in the sentence
    exchange_bounds: tuple | None  # where the unit's exchange and its answer start (None outside Q/A)


def _sidesteps(text: str, lex) -> str | None:
    """The sidestep cue of a sentence ("avant de me prononcer"), if any."""
    folded = fold(text)
    for rx in lex.sidesteps:
        m = rx.search(folded)
        if m:
            return m.group(0)
    return None


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


def question_sentence(run: StanceRun, s: Sentence, question_topics: list[tuple]) -> None:
    """A question (or a question inside an answer): traced, no stance; in a question unit, what
    it asks about, for the answer's rules. `question_topics` is this question's (topic, side)
    named so far, extended here."""
    state, lex = run.state, run.state.lex
    unit, sent, ev, in_sent, targets = s.unit, s.sent, s.ev, s.in_sent, s.targets
    if in_sent:
        state.trace.append({"sentence": ev.text, "topic": in_sent[-1].topic, "reason": "question"})
    if unit.kind == "question":
        asked = _polar_question(sent, targets, lex)
        if asked is None and not targets:
            # "LA GAUCHE PROPOSE UNE LICENCE GLOBALE. ÊTES-VOUS TENTÉ ?"
            asked = _follow_up_question(sent, question_topics, lex)
        # (not an example: "les gros sites comme YouTube" is no topic put forward)
        question_topics += [(tp, mention_polarity(r, val, None, lex, set(), asked=True).polarity)
                            for r, tp, val, _ in targets if "comme" not in {lemma(c) for c in r.children if c.dep_ == "case"}]
        if asked:
            run.pending_question = (unit.exchange, *asked)
        topics_asked = {tp for _, tp, _, _ in targets}
        if len(topics_asked) == 1:
            run.asked_topic = (unit.exchange, topics_asked.pop())


def _answers_a_means_question(run: StanceRun, s: Sentence) -> bool:
    """The unit answers "Que mettez-vous à la place ?": in a Q/A layout, its exchange's question;
    in a transcript split by speaker labels, the turn just before."""
    if s.unit.kind == "answer" and s.exchange_bounds and s.unit.start == s.exchange_bounds[1]:
        return bool(_ASKS_FOR_A_MEANS.search(fold(run.state.doc.text[s.exchange_bounds[0]:s.exchange_bounds[1]])))
    if s.ui == 0 or run.att.label is None:
        return False
    before = run.units_docs[s.ui - 1][1].text.rstrip()
    return before.endswith("?") and bool(_ASKS_FOR_A_MEANS.search(fold(before)))


_RELATIVES = {"qui", "que", "qu'", "dont", "laquelle", "lequel", "lesquels", "lesquelles", "quoi"}


def _bare_opening(sent, root) -> bool:
    """The sentence, or its part before a colon, is a bare name holding the mention: "Une
    licence globale.", "Une contribution créative : quelques euros par mois ...", "Une
    contribution créative, de quelques euros par mois, prélevée sur l'abonnement." (what the
    commas add has no finite verb)."""
    colon = next((t.i for t in sent if t.text == ":"), sent.end)
    comma = next((t.i for t in sent if t.text == "," and root.i < t.i < colon), colon)
    head = sent.doc[sent.start: comma]
    # (up to a relative clause, whose verb describes the thing named: "Une contribution créative,
    # modeste, acquittée avec l'abonnement, en échange de laquelle les échanges cesseront ...")
    relative = next((t.i for t in sent.doc[comma: colon] if fold(t.text) in _RELATIVES), colon)
    added = sent.doc[comma: relative]
    subject = ("nsubj", "nsubj:pass")
    # ("Une contribution créative de quelques euros par mois, prélevée sur l'abonnement"; a
    # "subject" of a noun is the parser's doing: "Une contribution ..., en échange de laquelle"
    # parsed with "échange" as the root)
    return root.i < comma and sum(1 for t in head if t.is_alpha) <= 8 and \
        not any(t.pos_ in ("VERB", "AUX", "PRON") or (t.dep_ in subject and t.head.i < colon and t.head.pos_ != "NOUN")
                for t in head) and \
        not any("Fin" in t.morph.get("VerbForm") or t.pos_ == "PRON" or t.dep_ in subject for t in added)


def short_answer(run: StanceRun, s: Sentence) -> None:
    """An answer sentence naming no topic that takes a side on the one its question asked about."""
    state, lex, att, ex_info, stances = run.state, run.state.lex, run.att, run.ex_info, run.stances
    unit, sent, ev, in_sent = s.unit, s.sent, s.ev, s.in_sent
    clauses, quotes, first = s.clauses, s.quotes, s.first
    if unit.kind == "answer" and run.asked_topic and run.asked_topic[0] == unit.exchange and not in_sent:
        # "Que pensez-vous de X ? — J'y suis favorable.": the side taken on the question's topic
        folded = fold(ev.text)
        side = next((pol for rx, pol in lex.answers if rx.search(folded)), None)
        holder = att.holder_for(sent.root, sent, clauses, quotes, first) if side else None
        if holder is not None and holder.people:
            for person in holder.people:
                stances.append(Stance(person.name, run.asked_topic[1], side, 0.7, ev, ex_info, "said", unit.exchange))
            state.trace.append({"sentence": ev.text, "topic": run.asked_topic[1], "polarity": side,
                                "reason": "short answer on the question's topic",
                                "holder": [p.name for p in holder.people], "how": holder.how})
            run.asked_topic = None
            run.pending_question = None
    elif not s.targets and (topic := _topic_of_sentence_before(run, unit)) is not None:
        # "La licence globale, c'est faire payer tous les abonnés ... Je suis contre.": a short
        # verdict right after a sentence of the same paragraph naming one topic is on that topic
        # (a side only: "elle a ses mérites et ses défauts" after a neutral "C'est une piste parmi
        # d'autres" weighs the topic without taking it up)
        folded = fold(ev.text)
        side = next((pol for rx, pol in lex.answers if rx.search(folded)), None)
        holder = att.holder_for(sent.root, sent, clauses, quotes, first) if side in ("support", "oppose") else None
        if holder is not None and holder.people:
            _hold(run, s, holder, topic, side, ev.text, "short verdict on the topic of the sentence before")


def _topic_of_sentence_before(run: StanceRun, unit) -> str | None:
    """The one topic the sentence before named, when it is in the same unit."""
    topics = {tp for at, tp, _ in run.recent_topics
              if at >= unit.start and run.recent_sent.get(at) == run.sent_count - 1}
    return topics.pop() if len(topics) == 1 else None


def yes_no_answer(run: StanceRun, s: Sentence) -> None:
    """An answer opening with yes or no to a yes/no question: the question's side, or its opposite."""
    state, att, ex_info, stances = run.state, run.att, run.ex_info, run.stances
    unit, sent, ev = s.unit, s.sent, s.ev
    clauses, quotes, first = s.clauses, s.quotes, s.first
    if unit.kind == "answer" and run.pending_question and run.pending_question[0] == unit.exchange:
        # "Faut-il abroger la loi Hadopi ? — Oui, ...": the answer takes the question's side
        reply = _yes_no(sent)
        if reply:
            _, topic, polarity = run.pending_question
            if reply < 0:
                polarity = "oppose" if polarity == "support" else "support"
            holder = att.holder_for(sent.root, sent, clauses, quotes, first)
            if holder is not None and holder.people:
                for person in holder.people:
                    stances.append(Stance(person.name, topic, polarity, 0.7, ev, ex_info, "said", unit.exchange))
                state.trace.append({"sentence": ev.text, "topic": topic, "polarity": polarity,
                                    "reason": "answer to a yes/no question",
                                    "holder": [p.name for p in holder.people], "how": holder.how})
        run.pending_question = None


# (not "pays": "payer", "paye", "paie")
_PAY_STEMS = ("remuner", "payer", "paye", "paie", "financ", "revenu", "argent", "retribu", "revers", "somme", "fonds",
              "recette")


def _as_licence_terms(run: StanceRun, s: Sentence, root, pol: Polarity, paid: bool, licence_backed: bool,
                      first_new: int) -> Polarity:
    """Legal sharing (a copyright mention of valence -2) told as the terms of a licence or of paying
    the creators, which weakens and rewards authors' rights at once: mixed. ``paid``: the sentence
    names a licence or pays the creators beside it; ``licence_backed``: it backs a licence."""
    sharing_legalised = Polarity("mixed", pol.cues, pol.intensified, reason="sharing legalised, creators paid")
    if licence_backed and pol.polarity is None and pol.reason == "no cue":
        # "nous proposons une licence globale : ..., et en échange le partage entre
        # particuliers deviendra enfin légal": the sharing the backed licence makes legal
        return Polarity("mixed", ["licence"], reason="sharing legalised, creators paid")
    # (the licence may be backed only as the means an answer proposes, read before this mention)
    backed_here = licence_backed or any(st.topic == "global-license" and st.polarity == "support"
                                        for st in run.stances[first_new:])
    if backed_here and pol.polarity is not None and _IN_RETURN.search(fold(s.sent.doc[s.sent.start: root.i].text)):
        # "une contribution créative ..., en échange de laquelle les échanges non marchands
        # cesseront d'être poursuivis": the licence's terms, whatever the parse made of them
        return sharing_legalised
    if pol.polarity == "oppose" and _IN_RETURN.match(fold(s.ev.text)) and \
            "global-license" in _topics_named_before(run, s) and \
            any(st.topic == "global-license" and st.polarity == "support" for st in run.stances):
        # "Une contribution créative de quelques euros par mois ... En échange, le partage
        # non marchand cesserait d'être un délit": the licence's terms, told in two sentences
        return sharing_legalised
    return sharing_legalised if paid and pol.polarity == "oppose" else pol


def _after_a_sans_sidestep(root, sidestep: str) -> bool | None:
    """For a "sans trancher" / "sans prendre position" cut into a clause: whether the mention
    comes after it (what is left undecided: "son camp voulait la remplacer ..., sans trancher,
    en revanche, la question d'une contribution") or before it (what the clause did decide);
    None for any other sidestep."""
    if not sidestep.startswith("sans "):
        return None
    folded = fold(root.sent.text)
    at = folded.find(sidestep)
    after = folded[at + len(sidestep):].lstrip() if at >= 0 else ""
    if not after.startswith((",", "la ", "le ", "les ", "l'", "sur ", "un ", "une ", "des ", "du ")):
        return None  # (it ends the clause: "elle a renvoyé la question à la concertation, sans trancher.")
    return root.idx - root.sent.start_char > at


def _under_sidestep(root, sidestep: str) -> bool:
    """The mention is in the "sur" phrase right after the sidestep's words ("pas d'avis arrêté
    sur X") or opening the sentence ("Sur X, elle botte en touche"), or what "ni pour ni
    contre" governs, read off the tokens: the parser hangs the phrase on the verb or the noun."""
    words = set(re.findall(r"\w+", sidestep))
    doc, tok = root.doc, root
    if any(c.dep_ == "case" and fold(c.text) == "sur" and c.i - root.sent.start <= 1 for c in root.children):
        return True  # "Sur la licence globale, en revanche, la porte-parole botte en touche : ..."
    if root.pos_ == "PRON" and fold(root.sent[0].text) == "sur" and \
            any(t.text == "," for t in doc[root.sent.start: min(root.i, root.sent.start + 8)]):
        return True  # "Sur la licence globale, il botte en touche : il ne veut « ni la promettre ni l'exclure »"
    for _ in range(6):
        for case in (c for c in tok.children if c.dep_ == "case" and fold(c.text) == "sur"):
            before = [fold(t.text) for t in doc[max(0, case.i - 3): case.i] if not t.is_punct]
            if before and before[-1] in words:
                return True
        if any(c.dep_ == "case" and fold(c.text) in ("pour", "contre") and c.i > 0 and fold(doc[c.i - 1].text) == "ni"
               and "ni" in words for c in tok.children):
            return True  # "je ne suis ni pour ni contre X", whatever else the sentence says of X
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


# what the fibre is to the case against neutrality, read off the cues' folded forms: what managed
# services finance, what a strict neutrality would deprive operators of or keep them from (not
# "défend la couverture des territoires ruraux")
_STAKE_CUE = re.compile(r"(?:financ|priv(?!ileg)|invest|empech|rentabilis|renonc|frein|condition)")
_INVESTMENT = re.compile(r"\binvesti|\bfinanc|\brentabilis|\bressources\b|\bpai\w* (?:pour )?(?:la fibre|les reseaux)")
_OPERATOR_TERMS = re.compile(r"\bservices? geres?\b|\bgestion (?:du |de |de la )?trafic\b|\bgerer (?:leur|leurs|le|les) "
                             r"(?:trafic|reseaux?)\b|\bdroit de passage\b|\bfacturer\b|\bpeages?\b")


def _in_a_function(root, sent, biography: bool, lex) -> bool:
    """The mention names what a function is about: in a biography, "rapporteur pour avis de
    crédits consacrés ... au développement du très haut débit" (a career's function, whatever its
    words); anywhere, a function set beside a name with no verb after it, "Avec X, député, auteur
    d'une proposition de loi sur la neutralité de l'internet" (a programme's line; not "X,
    rapporteur des crédits de l'Hadopi, y voit la preuve que ...")."""
    functions = lex.word_classes.get("function", frozenset())
    if biography and any(lemma(a) in functions for a in list(root.ancestors)[:6]):
        return True
    doc = sent.doc
    return any(lemma(t) in functions and t.dep_ in ("appos", "conj") and t.head in root.ancestors and
               not any(x.pos_ in ("VERB", "AUX") for x in doc[t.i: sent.end])
               for t in doc[max(sent.start, root.i - 8): root.i])


# a content provider's place on the network: its pipes, its bandwidth, its share of the bill
_CONTENT_TOLL = re.compile(r"\btuyaux?\b|\bbande passante\b|\bfournisseurs? de contenus?\b|\bpai\w* leur part\b|"
                           r"\bfaire payer (?:youtube|google|dailymotion|facebook)\b")


def _financing_access(root, targets) -> bool:
    """The levy is what finances a digital-divide measure ("une couverture numérique financée
    par une taxe sur les abonnements")."""
    access = {r.i for r, tp, *_ in targets if tp == "digital-divide"}
    for a in list(root.ancestors)[:3]:
        if lemma(a) == "financer":
            return a.head.i in access or any(c.i in access for c in a.children)
    return False


def _done_by_the_topic(root, positive_same: set[int]) -> bool:
    """A form naming what the policy fights is what another mention of the same topic does:
    "une neutralité absolue interdirait toute gestion du trafic", "refuse une neutralité qui
    interdirait toute gestion du trafic". The verb describes the policy; the side is said of
    the policy's own mention, not of the thing it acts on ("Inscrire la neutralité dans notre
    droit, c'est interdire aux opérateurs de ralentir ... un service": the verdict on the act)."""
    for a in [root, *root.ancestors][:4]:
        if any(c.dep_ == "cop" for c in a.children) and any(
                c.dep_ == "advcl" and any(k.i in positive_same for k in c.children) for c in a.children):
            return True
    if root.dep_ not in ("obj", "obl", "obl:arg", "nsubj:pass"):
        return False
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subject is not None and subject.i in positive_same) or \
        (subject is not None and subject.pos_ == "PRON" and verb.dep_ == "acl:relcl" and verb.head.i in positive_same)


# a licence's terms: what it takes with the subscription, and whom it pays
_TAKEN_WITH_SUBSCRIPTION = re.compile(r"\b(?:prelev|pay|acquitt|inclu|ajout)\w* (?:avec|sur|dans) (?:l'|chaque |leur |votre |son )?abonnement")
_PAID_TO_CREATORS = re.compile(r"\b(?:revers|redistribu|reparti|vers)\w* (?:aux|entre les|a) (?:createurs|artistes|auteurs)")


def _paid_licence(root) -> bool:
    """The words after the licence tell its terms: taken with the subscription, paid out to
    creators (however the parser hangs the participles)."""
    words = fold(root.doc[root.i: root.sent.end].text)
    return bool(_TAKEN_WITH_SUBSCRIPTION.search(words) and _PAID_TO_CREATORS.search(words))


def _no_side(state, ev, topic: str, root, reason: str) -> None:
    """Trace a mention that takes no side, for the reason given."""
    state.trace.append({"sentence": ev.text, "topic": topic, "word": root.text, "polarity": None, "cues": [],
                        "default": False, "reason": reason, "holder": None, "how": None})


def _names_pay(root) -> bool:
    """The mention names paying the creators ("rémunérer les artistes", "la rémunération des
    auteurs", "de l'argent pour les créateurs"), read off its words and its head's."""
    return any(fold(t.text).startswith(_PAY_STEMS) for t in (root, root.head, *root.subtree) if t.i - root.i < 6)


def mention_stances(run: StanceRun, s: Sentence) -> tuple[str | None, bool]:
    """The stance of each target of a sentence: its polarity (`mention_polarity`) and the
    adjustments after it, its holder, the Stance. Returns the sentence's sidestep cue and whether
    a mention took it."""
    state, lex, att, ex_info, stances = run.state, run.state.lex, run.att, run.ex_info, run.stances
    unit, sent, ev, targets = s.unit, s.sent, s.ev, s.targets
    clauses, quotes, first, biography = s.clauses, s.quotes, s.first, run.biography
    hedges = hedge_heads(sent, lex, {r.i: tp for r, tp, *_ in targets})
    sidestep = _sidesteps(ev.text, lex)
    # (a subject means a clause whatever the tagger says: "X complète le podium")
    # (and a pronoun means speech: "Je tweete un peu" may get no verb tag)
    verbless = not any(t.pos_ in ("VERB", "AUX", "PRON") or t.dep_ in ("nsubj", "nsubj:pass") for t in sent)
    sidestepped = False
    # "une contribution forfaitaire en échange de la légalisation du partage": sharing
    # legalised in return for paying creators weakens and rewards authors' rights at once
    # (unless the licence itself is turned down: "légaliser le partage, mais une licence
    # globale ne ferait que remplacer un péage par un autre")
    # (each licence mention's own side, read once for both tests below)
    licence_sides = [mention_polarity(r, val, d, lex, set(), {x.i for x, t, *_ in targets if t != tp}).polarity
                     for r, tp, val, d in targets if tp == "global-license"] \
        if any(tp == "copyright" and val == -2 for _, tp, val, _ in targets) else []
    licence_terms = bool(licence_sides) and "oppose" not in licence_sides
    licence_backed = licence_terms and "support" in licence_sides
    # "légaliser les échanges et financer les artistes en même temps": the same holds without a
    # licence named, when the sentence also backs paying the creators
    # (a form of paying, not "droit d'auteur" itself: "le droit d'auteur protège surtout des
    # catalogues, pas des créateurs" is the charge that goes with legalising sharing)
    paid_sharing = any(tp == "copyright" and val == -2 for _, tp, val, _ in targets) and \
        any(tp == "copyright" and val > 0 and _names_pay(r) and mention_polarity(r, val, d, lex, set(), set()).polarity == "support"
            for r, tp, val, d in targets)
    # "une licence globale : quelques euros par mois, reversés aux artistes": the pay is the
    # licence's term, backed or turned down with it ("je ne crois pas à la licence globale, qui
    # ne rapporterait rien aux artistes"), no second position on authors' rights; "le droit
    # d'auteur" named outright still is one, and so is sharing legalised in return (above)
    licence_named = any(tp == "global-license" for _, tp, _, _ in targets) and \
        not any(tp == "copyright" and val == -2 for _, tp, val, _ in targets)
    # a mention of sharing (copyright, valence -2) that a cue makes legal: its own side, read
    # alone, is against authors' rights (read once, for the licence mentions below)
    sharing_legalised = licence_terms and any(
        tp == "copyright" and val == -2 and mention_polarity(r, val, d, lex, set(), set()).polarity == "oppose"
        for r, tp, val, d in targets)
    # the sentence argues against neutrality (a mention it rejects, or operators' terms: managed
    # services, managing traffic, tolls) for the sake of investment
    neutrality_argued = any(tp == "net-neutrality" for _, tp, _, _ in targets) and \
        bool(_INVESTMENT.search(fold(ev.text))) and \
        (bool(_OPERATOR_TERMS.search(fold(ev.text))) or
         any(mention_polarity(r, val, d, lex, set(), set()).polarity in ("oppose", "mixed")
             for r, tp, val, d in targets if tp == "net-neutrality"))
    first_new = len(stances)
    by_default: set[int] = set()  # stances of this sentence that rest on a topic's default side
    for root, topic, valence, default in targets:
        others = {r.i for r, tp, *_ in targets if tp != topic}
        if licence_named and topic == "copyright" and lemma(root) not in ("droit", "propriete"):
            _no_side(state, ev, topic, root, "a licence's terms")
            continue
        if topic == "social-media-campaigning" and fold(root.text) in lex.word_classes.get("content_provider", ()) and (
                any(tp == "net-neutrality" for _, tp, _, _ in targets) or _CONTENT_TOLL.search(fold(ev.text))):
            # "faire payer YouTube ou Dailymotion pour passer dans le tuyau": a content provider
            # in a case about the network, no word on campaigning
            _no_side(state, ev, topic, root, "a content provider on the network")
            continue
        if topic == "global-license" and _financing_access(root, targets):
            # "une péréquation nationale financée par une taxe sur les abonnements": the levy
            # pays for coverage, no licence for creators
            _no_side(state, ev, topic, root, "a levy for coverage")
            continue
        if valence == -1 and _done_by_the_topic(root, {r.i for r, tp, val, *_ in targets if tp == topic and val > 0}):
            _no_side(state, ev, topic, root, "what the policy itself does")
            continue
        pol = mention_polarity(root, valence, default, lex, hedges, others)
        if pol.polarity is None and pol.reason == "no cue" and unit.kind == "answer" and \
                root.i - sent.start <= 2 and {fold(c.text) for c in root.children if c.dep_ == "case"} & {"par", "grace"}:
            # "Comment rémunérer les artistes ? — Par une licence globale : ...": the means
            # an answer opens with is the means it proposes
            pol = Polarity("support", ["par"], reason="the means an answer proposes")
        elif pol.polarity is None and pol.reason == "no cue" and valence > 0 and \
                (sent.start == 0 or _SPEAKER_LABEL.match(sent.doc[:sent.start].text)) and \
                _bare_opening(sent, root) and _answers_a_means_question(run, s) and \
                not sent.text.rstrip(' »"').endswith("!"):  # ("Ah, la licence globale !": an exclamation)
            # "Que mettez-vous à la place ? — Une licence globale. Chaque abonné ...": an
            # answer opening on the bare name of a policy puts it forward
            pol = Polarity("support", [root.text], reason="the means an answer proposes")
        if topic == "global-license" and pol.polarity is None and pol.reason == "no cue" and _paid_licence(root):
            # "une contribution de quelques euros, payée avec l'abonnement à Internet, reversée aux
            # créateurs": a licence told by what it takes and whom it pays is put forward
            pol = Polarity("support", ["reversée"], reason="a licence told by its terms")
        if topic == "global-license" and pol.polarity is None and pol.reason == "no cue" and sharing_legalised:
            # "une contribution créative de quelques euros par mois, acquittée avec l'abonnement,
            # qui légaliserait les échanges non marchands": a licence told by the sharing it makes
            # legal is put forward (an attack names it with a charge: "une taxe qui ...")
            pol = Polarity("support", ["légaliser"], reason="a licence told by its terms")
        if topic == "digital-divide" and pol.polarity is not None and neutrality_argued and \
                (pol.from_default or all(_STAKE_CUE.match(fold(c)) for c in pol.cues)):
            # "refusant une neutralité absolue ... et défendant des services gérés pour financer les
            # investissements dans la fibre": the fibre is the stake of the case against
            # neutrality, no side on equal access
            pol = Polarity(None, pol.cues, reason="the stake of a case on neutrality")
        if pol.from_default and verbless:
            # a title, an agenda item, a caption names a subject; it states no side
            pol = Polarity(None, pol.cues, reason="verbless: no position")
        if pol.from_default and biography and not inside(unit.start + root.idx, quotes):
            # "Il pilote alors la construction d'un réseau de fibre": a career told by
            # someone else; only an explicit judgement is a position there (or the person's
            # own words: « Les réseaux sociaux, c'est le préau d'école d'aujourd'hui »)
            pol = Polarity(None, pol.cues, reason="biography: a mention is no position")
        if pol.polarity is not None and not inside(unit.start + root.idx, quotes) and _in_a_function(root, sent, biography, lex):
            pol = Polarity(None, pol.cues, reason="biography: a function, no position")
        if pol.polarity is not None and in_indirect_question(root):
            pol = Polarity(None, pol.cues, reason="indirect question: no position")
        after_sans = _after_a_sans_sidestep(root, sidestep) if sidestep else None
        if sidestep and pol.reason != "conditional" and after_sans is not False and (
                pol.polarity is None or pol.from_default or after_sans
                or all(fold(c) in sidestep.split() or c == "ne ... pas" for c in pol.cues)
                or lemma(sent.root) in SIDESTEP_VERBS or _under_sidestep(root, sidestep)):
            # (the cue may be the sidestep's own verb: "refuser de se prononcer sur X")
            # (or the mention completes the sidestep's noun: "pas d'avis arrêté sur une
            # priorité au libre", whatever "priorité" says)
            # "avant de me prononcer sur X": declining to take a side is a position
            pol = Polarity("neutral", [sidestep], reason="sidestep")
            sidestepped = True
        if topic == "copyright" and valence == -2:
            pol = _as_licence_terms(run, s, root, pol, licence_terms or paid_sharing, licence_backed, first_new)
        if valence == 2 and pol.polarity == "oppose":
            # "supprimer la coupure de l'accès": the policy reformed, not repealed
            pol = Polarity("mixed", pol.cues, pol.intensified, reason="a part of the policy rejected")
        holder = att.holder_for(root, sent, clauses, quotes, first)
        if pol.reason == "sidestep" and (holder is None or not holder.people):
            # "Interrogé sur X, le sénateur est resté prudent : « je n'ai pas d'avis arrêté »":
            # declining is the speaker's act, whoever the clause of the mention belongs to
            holder = att.holder_for(sent.root, sent, clauses, quotes, first)
        state.trace.append({
            "sentence": ev.text, "topic": topic, "word": root.text, "polarity": pol.polarity,
            "cues": pol.cues, "default": pol.from_default, "reason": pol.reason,
            "holder": [p.name for p in holder.people] if holder else None,
            "how": holder.how if holder else None})
        if pol.polarity is None or holder is None or not holder.people:
            continue
        reported = not holder.direct
        for person in holder.people:
            if pol.from_default:
                by_default.add(len(stances))
            stances.append(Stance(
                holder=person.name, topic=topic, polarity=pol.polarity,
                confidence=_confidence(pol, holder, reported), evidence=ev, extractor=ex_info,
                attribution="reported" if reported else "said", exchange=unit.exchange,
                part=valence == 2))
    # "Twitter, je n'en veux pas": what the sentence says of a topic outweighs the side its
    # bare mention would take by default
    judged = {(x.holder, x.topic) for i, x in enumerate(stances[first_new:], first_new) if i not in by_default}
    stances[first_new:] = [x for i, x in enumerate(stances[first_new:], first_new)
                           if i not in by_default or (x.holder, x.topic) not in judged]
    return sidestep, sidestepped


def _hold(run: StanceRun, s: Sentence, holder, topic: str, polarity: str, cue: str, reason: str) -> None:
    """A stance of a sentence-level rule (one that no mention of the sentence carries) for each
    person the holder names, and its trace."""
    for person in holder.people:
        run.stances.append(Stance(person.name, topic, polarity, 0.6, s.ev, run.ex_info,
                                  "said" if holder.direct else "reported", s.unit.exchange))
    run.state.trace.append({"sentence": s.ev.text, "topic": topic, "polarity": polarity, "cues": [cue],
                            "reason": reason, "holder": [p.name for p in holder.people], "how": holder.how})


def sidestep_before(run: StanceRun, s: Sentence, sidestep: str | None, sidestepped: bool) -> None:
    """A sidestep no mention of the sentence took: neutral on the topic named just before."""
    att = run.att
    recent_topics, recent_sent, sent_count, units_docs = run.recent_topics, run.recent_sent, run.sent_count, run.units_docs
    ui, unit, sent, s0, targets = s.ui, s.unit, s.sent, s.s0, s.targets
    clauses, quotes, first = s.clauses, s.quotes, s.first
    if sidestep and not sidestepped and not _OTHER_MATTERS.search(sent.text):
        # "J'attends l'avis de la Cour avant de me prononcer.": on the topic named just
        # before, unless this sentence names it too (and so took a side on it)
        named = {tp for _, tp, _, _ in targets}
        # (within three sentences or in the paragraph before: sentence splits are noisy)
        prev_start = units_docs[ui - 1][0].start if ui else unit.start
        near = [(ts, tp) for ts, tp, _ in recent_topics
                if ts < s0 and (sent_count - recent_sent[ts] <= 3 or ts >= prev_start)]
        if unit.kind == "answer" and run.asked_topic and run.asked_topic[0] == unit.exchange:
            near.append((s0, run.asked_topic[1]))
        near = [n for n in near if n[1] not in named]
        holder = att.holder_for(sent.root, sent, clauses, quotes, first) if near else None
        if holder is not None and holder.people:
            # the last sentence that named a topic; its first topic is what it is about
            last = max(recent_sent.get(ts, sent_count) for ts, _ in near)
            topic = min((ts, tp) for ts, tp in near if recent_sent.get(ts, sent_count) == last)[1]
            _hold(run, s, holder, topic, "neutral", sidestep, "sidestep on the topic named before")


# "X (UMP) a voté contre.", "Mon groupe votera pour.": a vote on the text named before
_BARE_VOTE = re.compile(r"\b(?:vote|votera|voteront|voterai|voterons|votent|a vote|ont vote|avait vote|avaient vote)\s+"
                        r"(pour|contre)\s*(?:[.;!»]|$)")


def vote_before(run: StanceRun, s: Sentence) -> None:
    """A vote "pour" or "contre" with nothing after it, in a sentence naming no topic: a vote on
    the text named just before (the one topic of the two sentences before, named by a text: ACTA,
    the Hadopi law), for or against it (a bill to repeal the Hadopi turns a vote for it into a
    stand against the Hadopi)."""
    state, att = run.state, run.att
    sent, targets = s.sent, s.targets
    vote = _BARE_VOTE.search(fold(sent.text))
    if vote is None or targets:
        return
    # (only when the sentences before name one topic: a council's plan may touch several)
    near = _topics_named_before(run, s)
    if len(near) != 1:
        return
    holder = att.holder_for(sent.root, sent, s.clauses, s.quotes, s.first)
    if holder is None or not holder.people:
        return
    topic = near.pop()
    named = next((t for t in reversed(state.trace) if t.get("topic") == topic and t.get("word")), None)
    # (a text is what one votes on: "ACTA", "la loi Hadopi", "le texte"; not "la cybercriminalité")
    if named is None or not (str(named.get("word", ""))[:1].isupper() or
                             fold(str(named.get("word", ""))) in state.lex.word_classes.get("voted_text", ())):
        return
    # (a text that repeals its topic: "la proposition de loi visant à abroger la loi Hadopi")
    repeal = any(fold(c).startswith(("abrog", "suppr")) for c in named.get("cues", ()))
    against = (vote.group(1) == "contre") != repeal
    _hold(run, s, holder, topic, "oppose" if against else "support", "voter " + vote.group(1),
          "a vote on the text named before")


def _topics_named_before(run: StanceRun, s: Sentence) -> set[str]:
    """The topics named in the two sentences before this one."""
    return {tp for ts, tp, _ in run.recent_topics if ts < s.s0 and run.sent_count - run.recent_sent[ts] <= 2}


# "Un impôt de plus !", "Ce serait une taxe déguisée": a levy too many, said of the licence
_LEVY_TOO_MANY = re.compile(r"\b(?:taxe|impot|redevance|prelevement)s? (?:de plus|deguisee?s?|supplementaires?)\b")


def levy_before(run: StanceRun, s: Sentence) -> None:
    """A levy too many ("Un impôt de plus !") in a sentence naming no topic, right after the global
    licence was named: the charge against it."""
    att = run.att
    sent = s.sent
    text = fold(sent.text)
    if s.targets or not _LEVY_TOO_MANY.search(text) or re.search(r"\b(?:ne|n'|pas)\b", text) or \
            "global-license" not in _topics_named_before(run, s):
        return
    holder = att.holder_for(sent.root, sent, s.clauses, s.quotes, s.first)
    if holder is None or not holder.people:
        return
    _hold(run, s, holder, "global-license", "oppose", "de plus", "a levy too many, said of the licence named before")


def reservation(run: StanceRun, s: Sentence) -> None:
    """A sentence opening on "Mais" with a reservation: mixed on its topic or the one just before."""
    lex, att = run.state.lex, run.att
    recent_topics, recent_sent, sent_count = run.recent_topics, run.recent_sent, run.sent_count
    sent, s0, targets = s.sent, s.s0, s.targets
    clauses, quotes, first = s.clauses, s.quotes, s.first
    if fold(sent.text).startswith("mais ") and any(rx.search(fold(sent.text)) for rx in lex.reservations):
        # "C'est utile pour informer. Mais on y passe un temps fou.", "Je ne vais pas la
        # démanteler. Mais je reconnais qu'elle doit évoluer.": a reservation about the
        # topic of this sentence, or else of the one just before, makes the position mixed
        near = [(r.i, tp) for r, tp, _, _ in targets] or \
            [(ts, tp) for ts, tp, _ in recent_topics if ts < s0 and sent_count - recent_sent[ts] == 1]
        holder = att.holder_for(sent.root, sent, clauses, quotes, first) if near else None
        if holder is not None and holder.people:
            topic = near[-1][1]
            _hold(run, s, holder, topic, "mixed", "mais", "reservation about the topic named before")
