"""What a topic mention's own modifiers say of it: an adjective ("la loi injuste"), "une taxe de
plus", or a relative clause of the speaker's ("que j'ai toujours combattue") or of a wish ("qu'il
faut abroger"). polarity.mention_polarity asks this once, before it climbs the parse, and uses
it only when nothing on the climb judges the mention ("enterrer ce projet liberticide" is one
rejection, not two), unless the speaker's own clause says what the mention is.
"""

from __future__ import annotations

from .cues import VERDICT_FORMS, _case, cue_kind, lemma
from .lexicon import Lexicons
from .negation import negated
from .textnorm import fold

# verbs of a third person's relative clause that say what they want done to the mention
# ("qu'il faut abroger", "qu'elle veut inscrire dans la loi")
_WISHING = {"falloir", "vouloir", "souhaiter", "promettre", "entendre"}
_RELATIVE_OBJECTS = {"que", "qu'", "auquel", "auxquels", "auxquelles", "laquelle", "lequel", "lesquels", "dont"}


def _relative_wish(clause, lex, own: bool) -> tuple[str, int] | None:
    """(cue, +1 / -1) of what a relative clause on a mention wants done to it: "qu'il faut
    abroger", "qu'elle veut abroger", "dont je demande l'abrogation", and (``own``: the speaker
    is its subject) "que nous défendons"; None if it wants nothing ("que le Sénat a votée")."""
    for v in [clause] + [x for x in clause.children if x.dep_ == "conj" and x.pos_ == "VERB"]:
        k = cue_kind(v, lex)
        if k in ("support", "neutral", None) or lemma(v) == "falloir":
            below = next((x for x in v.children if x.dep_ in ("xcomp", "obj") and
                          cue_kind(x, lex) in ("support", "invert", "oppose")), None)
            if below is not None and (k == "support" or lemma(v) == "falloir"):
                polar = 1 if cue_kind(below, lex) == "support" else -1
                return below.text, -polar if negated(v, lex) else polar
            if k == "support" and own and lemma(v) != "falloir":
                return v.text, -1 if negated(v, lex) else 1
        if k in ("invert", "oppose") and v.pos_ == "VERB":
            return v.text, 1 if negated(v, lex) else -1
    return None


def _trailing_relative(root, lex) -> tuple[str, int] | None:
    """A relative clause right after the mention (", que j'ai toujours combattue", ", qu'il faut
    abroger", ", qu'elle juge injuste"), however the parser hung it: read off the words, its first
    verb and what it wants or judges."""
    doc = root.doc
    # (the comma right after the mention's own phrase: the parser may hang the clause on the
    # mention, so its right edge runs past the comma: "L'Hadopi, que nous abrogerons.")
    j = root.i + 1
    while j < min(len(doc), root.i + 8) and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX") and \
            not doc[j].is_sent_start:
        j += 1
    if j + 2 >= len(doc) or doc[j].text != "," or fold(doc[j + 1].text) not in ("que", "qu'"):
        return None
    subject = fold(doc[j + 2].text)
    if subject not in ("je", "j'", "nous", "il", "elle", "ils", "elles"):
        return None
    verb = next((t for t in doc[j + 3: min(len(doc), j + 8)] if t.pos_ == "VERB"), None)
    if verb is not None and fold(verb.text) in VERDICT_FORMS:
        # ", qu'elles jugent indispensables", ", qu'il juge injuste": the holder's verdict, with
        # the clause hung on the main verb
        verdict = next((cue_kind(a, lex) for a in doc[verb.i + 1: min(len(doc), verb.i + 4)]
                        if a.pos_ == "ADJ" and cue_kind(a, lex) in ("support", "oppose")), None)
        if verdict is not None:
            return verb.text, 1 if verdict == "support" else -1
    if verb is None or (subject not in ("je", "j'", "nous") and lemma(verb) not in _WISHING):
        return None  # ("qu'il a votée": someone's act, not a wish; "qu'il veut inscrire dans la Constitution" is one)
    if subject in ("elle", "ils", "elles") and lemma(verb) == "falloir":
        return None
    return _relative_wish(verb, lex, own=subject in ("je", "j'", "nous"))



def _someone_as_agent(tok, lex: Lexicons) -> bool:
    """The agent of a passive participle is a person, a party, an actor or a side of politics
    ("par le parti", "par une partie de la gauche": class ``side``), not a means ("par un
    prélèvement")."""
    w = lemma(tok)
    return tok.dep_ == "obl:agent" and (tok.pos_ == "PROPN" or w in lex.actors or w in lex.roles or
                                        w in lex.word_classes.get("side", frozenset()) or
                                        any(w in nouns for nouns in lex.party_nouns.values()))


def modifier_judgement(root, valence: int, lex: Lexicons) -> tuple[str, int, bool] | None:
    """(cue, +1 / -1, decisive) of what the mention's modifiers say of it; ``decisive`` when the
    speaker's own relative clause says what the mention is, which decides over the climb. None
    if they say nothing."""
    # "la loi injuste", "juger la loi injuste": an adjective judging the mention itself; it
    # decides only when nothing on the path does ("enterrer ce projet liberticide" is one
    # rejection, not two)
    adjective = None
    for c in root.children:
        # (a verb tagged as modifier is usually a mis-parsed predicate: "doive privilégier le X")
        # (nor a participle with someone for its agent: "la licence globale, défendue par le parti
        # en 2009", is someone else's backing; "financée par un prélèvement" is still a licence)
        if c.dep_ in ("amod", "acl") and c.i != root.i and (c.pos_ == "ADJ" or (
                c.pos_ == "VERB" and not any(k.dep_ == "mark" or _someone_as_agent(k, lex) for k in c.children))):
            if c.pos_ == "VERB" and any(k.dep_.startswith("obl") and lemma(k) in ("loi", "constitution", "marbre")
                                        for k in c.children):
                # "une neutralité absolue, gravée dans la loi, ce serait une erreur": the measure
                # as it would be enacted, which the sentence then judges
                continue
            k = cue_kind(c, lex)
            if k == "oppose" and valence == -1:
                continue  # "le téléchargement illégal": what is fought is described, not judged
            if lemma(c) == "generaliser" and c.pos_ == "ADJ":
                # "un filtrage généralisé", "une surveillance généralisée": the speaker's charge
                # against a measure of control, whatever denies it around ("pas au prix d'une
                # surveillance généralisée", "je ne crois pas au filtrage généralisé"); not "un
                # accès généralisé au très haut débit", no judgement
                if lemma(root) in lex.word_classes.get("control_measure", ()):
                    return c.text, -1, True
                continue
            if k in ("oppose", "support"):
                adjective = (c.text, -1 if k == "oppose" else 1)
    if adjective is None and lemma(root) in lex.word_classes.get("levy", ()) and any(
            fold(c.text) == "plus" and "de" in _case(c) for c in root.children):
        adjective = ("de plus", -1)  # "une taxe de plus sur les abonnés": one levy too many
    # "la loi Hadopi, que j'ai toujours combattue": the speaker's own relative clause judges it
    # (also on the noun the mention is said to be: "la coupure est une sanction que je ne défends pas")
    predicate = root.head if root.dep_ == "nsubj" and root.head.pos_ == "NOUN" and \
        any(c.dep_ == "cop" for c in root.head.children) else None
    # (and a relative clause after a comma that the parser hung on the mention's own complement:
    # "une taxe sur l'abonnement, dont nous ne voulons pas")
    set_off = [g for n in root.children if n.dep_ == "nmod" and n.i > root.i for g in n.children
               if g.dep_ == "acl:relcl" and g.left_edge.i > 0 and root.doc[g.left_edge.i - 1].text == ","]
    for c in list(root.children) + (list(predicate.children) if predicate is not None else []) + set_off:
        # ("un principe auquel je suis attaché", "dont je suis fier")
        if c.dep_ == "acl:relcl" and any(fold(k.text) in _RELATIVE_OBJECTS for k in c.children) and \
                any(fold(k.text) in ("je", "j'", "nous") and k.dep_.startswith("nsubj") for k in c.children):
            k = cue_kind(c, lex)
            if k in ("support", "oppose", "invert"):
                polar = 1 if k == "support" else -1
                polar = -polar if negated(c, lex) else polar
                if predicate is not None and c.head.i == predicate.i and \
                        not any(k.pos_ == "VERB" and k.i != c.i for k in c.subtree):
                    # the speaker's own words about what the mention is decide over the noun
                    # (not "une sanction que je voterais pour retirer": the verb below decides)
                    return c.text, polar, True
                adjective = (c.text, polar)
        if adjective is None and c.dep_ == "acl:relcl" and c.head.i == root.i and \
                any(fold(k.text) in ("que", "qu'", "dont") for k in c.subtree if k.i < c.i) and \
                (wish := _relative_wish(c, lex, own=False)) is not None:
            # "la loi Hadopi, qu'il faut abroger", "qu'elle veut abroger", "dont il réclame
            # l'abrogation": what the relative clause wants done to the mention
            adjective = wish
        # "la loi Hadopi, qu'elle juge « inefficace »": the holder's verdict in a relative clause
        # (the parser may tag "juge" as a noun, the adjective hangs on it)
        if c.dep_ == "acl:relcl" and fold(c.text) in VERDICT_FORMS and \
                any(fold(k.text) in ("que", "qu'") for k in c.children):
            k = next((cue_kind(a, lex) for a in c.subtree if a.pos_ == "ADJ" and cue_kind(a, lex) in ("support", "oppose")), None)
            if k is not None:
                adjective = (c.text, 1 if k == "support" else -1)
    if adjective is None and (wish := _trailing_relative(root, lex)) is not None:
        adjective = wish
    return None if adjective is None else (*adjective, False)
