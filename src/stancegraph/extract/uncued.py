"""What decides a topic mention's side when climbing its parse met no cue.

polarity.mention_polarity climbs from the mention to its clause top and composes the cues it
meets. When it met none, two readings are left, tried here:
- ``uncued_verdict``: the clause around the mention judges it in a shape the climb does not
  cover: "Une licence globale, non.", "Non à la riposte graduée", "nous avons une proposition
  claire : une licence globale", "Ni X ni Y", "Facebook, c'est du vent", a second predicate
  joined by "et", or the mention's own adjective;
- ``negated_reading``: a negated bare mention, which takes a side only in a few shapes (an ill
  denied, a lack condemned, an action the policy forbids, a loss, the speaker doing without);
  otherwise nothing can be told.
"""

from __future__ import annotations

from .clause_context import (_announced, _contrasted_away, _elliptic_vote, _missing_out,
                             _own_use_denied, _verdict_tail, _yes_or_no_to)
from .cues import REMAINING_LEMMAS, cue_kind, lemma
from .lexicon import Lexicons
from .negation import negated
from .subject_judgement import cleft_verdict, dislocated_verdict, fronted_verdict, renaming_apposition
from .textnorm import fold


def _past_passive(verb) -> bool:
    """'a été votée', 'fut adoptée', 'avait été ratifié' with no agent named."""
    aux = [c for c in verb.children if c.dep_ in ("aux:pass", "aux:tense")]
    agent = any(c.dep_ == "obl:agent" and any(fold(k.text) == "par" for k in c.children) for c in verb.children)
    return any(c.dep_ == "aux:pass" for c in aux) and not agent and \
        any(c.dep_ == "aux:tense" or "Past" in c.morph.get("Tense") or "Imp" in c.morph.get("Tense") for c in aux)


def _enacted_participle(verb) -> bool:
    """'la Loppsi 2, adoptée définitivement en février 2011': a past participle without an
    auxiliary telling when a text passed, with no agent named (however the parser hangs it)."""
    # (the tagger may call a future a participle: "qu'il votera l'accord")
    return verb.morph.get("VerbForm") == ["Part"] and verb.dep_ != "ROOT" and \
        fold(verb.text).endswith(("e", "s", "i", "u", "t")) and \
        not any(c.dep_.startswith("aux") or c.dep_ == "obl:agent" or (c.dep_ == "nsubj" and c.pos_ == "PRON")
                for c in verb.children)


def _coordinated_predicate(root, lex: Lexicons) -> tuple[int, str] | None:
    """(side, verb) of a verb joined to the mention's own predicate ("X coûte cher et doit
    disparaître", "X ... et sera abrogée"), the side +1 / -1 it takes on its subject; or None."""
    if root.dep_ not in ("nsubj", "nsubj:pass") or root.head.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return None
    pred = root.head
    preds = [pred]
    if pred.dep_ in ("advcl", "parataxis") and pred.head.i > pred.i and \
            not any(c.dep_.startswith("nsubj") for c in pred.head.children):
        preds.append(pred.head)  # "X coûte cher, ne rapporte rien et ...", parsed as two clauses
    joined = [c for p in preds for c in p.children if c.dep_ == "conj"]
    # (the parser often hangs the second verb on the first one's complement: "coûte cher et doit")
    joined += [k for p in preds for c in p.children if c.dep_ in ("obj", "advmod", "xcomp") and c.i > p.i
               for k in c.children if k.dep_ == "conj"]
    for verb in sorted(joined, key=lambda t: t.i):
        if verb.i < pred.i or verb.pos_ != "VERB" or \
                any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in verb.children):
            continue
        kind = cue_kind(verb, lex)
        if kind == "support" and lemma(verb) in lex.word_classes.get("enacting", ()) and _past_passive(verb):
            continue  # "... et a été votée en 2009": a fact
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        if kind == "support":
            side = 1
        elif kind in ("invert", "oppose") or (kind == "harm" and not passive):
            side = -1
        else:
            continue
        return (-side if negated(verb, lex) else side), verb.text
    return None


def uncued_verdict(root, valence: int, negs: int, adjective: tuple[str, int] | None,
                   lex: Lexicons) -> tuple[int, list[str]] | None:
    """(sign, cues) of the first reading that judges a mention the climb found no cue for;
    ``negs`` is the count of negations the climb met, ``adjective`` what the mention's own
    modifiers say (mention_modifiers). None if no reading applies."""
    negation = -1 if negs % 2 else 1
    verdict = _verdict_tail(root)
    if verdict is not None:
        # "Une licence globale, non.", "Renforcer la police sur internet, oui."
        return valence * (1 if verdict == "oui" else -1), [verdict]
    said_to = _yes_or_no_to(root)
    if said_to is not None:
        # "Non à la riposte graduée", "Oui, la licence globale !"
        return valence * (1 if said_to == "oui" else -1), [said_to]
    if valence > 0 and _announced(root, lex):
        # "nous avons une proposition claire : une licence globale"
        return 1, [":"]
    if valence > 0 and (vote := _elliptic_vote(root)) is not None:
        return (1 if vote == "pour" else -1), ["voter " + vote]
    # "Facebook, c'est du vent" (the predicate judges the phrase set apart before it), "X juge
    # « dangereux » le blocage des sites", "Ce que nous proposons, c'est une contribution
    # créative", "la loi Hadopi, « une loi répressive que nous avons combattue »"; a negation
    # met on the climb turns all but the cleft round
    for judge in (dislocated_verdict, fronted_verdict, cleft_verdict, renaming_apposition):
        verdict = judge(root, lex)
        if verdict is not None and verdict[1]:
            turned = 1 if judge is cleft_verdict else negation
            return valence * verdict[0] * turned, list(verdict[1])
    verdict = _coordinated_predicate(root, lex)
    if verdict is not None:
        # "L'Hadopi coûte cher, ne rapporte rien et sera abrogée": a second predicate of the
        # same subject, joined by "et", judges it (the parser hangs it on the first one)
        return valence * verdict[0], [verdict[1]]
    if adjective is not None:
        return valence * adjective[1] * negation, [adjective[0]]
    return None


def negated_reading(root, path, valence: int, default: str | None, blocked: bool,
                    lex: Lexicons) -> tuple[str, str] | None:
    """(stance, cue) of a negated mention the climb found no cue for; None if no side can be
    told ("il ne parle pas de X", "X ne se négocie pas"). ``default`` is the side the topic's
    form takes when bare, ``blocked`` that the climb met a predicate that only names it."""
    if valence == -1 and default != "oppose" and (
            any(c.dep_ == "cop" for c in root.children) or _stays(root.head)):
        # "pour que personne ne reste au bord de la route numérique", "aucune commune ne doit
        # rester en zone blanche", "nous ne laisserons pas la Creuse devenir une zone blanche":
        # the ill denied is what the policy cures, whatever the form's default
        return "support", "ne ... pas"
    if (deplored := _deplored_lack(root, lex)) is not None:
        # "tous deux ont jugé « inacceptable » que des communes n'aient pas accès au haut débit":
        # the lack is what is condemned
        return ("support" if valence > 0 else "oppose"), deplored
    if _missing_out(root):
        # "un élu qui n'est pas sur les réseaux sociaux se prive de ...", "Un député qui ne tweete
        # pas, c'est un député qui se prive de ...": staying away is a loss
        return ("support" if valence > 0 else "oppose"), "se prive"
    if not default or blocked:
        return None
    if valence == -1 and root.pos_ == "VERB" and default == "oppose":
        # "un opérateur ne doit pas pouvoir ralentir un service": the denied action is what the
        # policy forbids
        return "support", "ne ... pas"
    if _own_use_denied(path, lex):
        # "Je n'ai pas besoin de Twitter", "je n'utilise pas X": the speaker does without what
        # the topic's default backs
        return ("oppose" if default == "support" else "support"), "ne ... pas"
    if valence > 0 and _contrasted_away(root):
        # "une campagne se gagne sur les marchés, pas sur Facebook"
        return ("oppose" if default == "support" else "support"), ", pas"
    return None


def _deplored_lack(root, lex: Lexicons) -> str | None:
    """The judging word that condemns the negated "que" clause the mention stands in ("il est
    scandaleux que des villages n'aient pas accès à X", "juger « inacceptable » que ...")."""
    clause = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ not in ("ccomp", "advcl", "csubj") or \
            not any(fold(c.text) in ("que", "qu'") and c.dep_ == "mark" for c in clause.children):
        return None
    judge = clause.head
    for word in [judge] + [c for c in judge.children if c.dep_ == "xcomp"]:
        if word.pos_ == "ADJ" and cue_kind(word, lex) == "oppose":
            return word.text
    return None


def _stays(verb) -> bool:
    """'rester', 'demeurer' (REMAINING_LEMMAS, with the tagger's "reste") or 'devenir'."""
    return lemma(verb) in REMAINING_LEMMAS or lemma(verb) == "devenir"
