"""What around a mention's path changes what its cues mean: a "si" condition, a pretext,
someone else's claim reported with distance, a purpose, a denied means, a first-person
promise, the speaker's own use denied, a missing judge, a closing "oui" / "non", a "ce serait ..." verdict on an opening infinitive."""

from __future__ import annotations

import re

from .cues import cue_kind, in_relative_clause, lemma
from .lexicon import Lexicons
from .negation import negated
from .textnorm import fold


def _under_pretext(root, lex: Lexicons, depth: int = 6) -> bool:
    """The mention sits under 'sous couvert de' / 'sous prétexte de' (a few heads up)."""
    tok = root
    for _ in range(depth):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if cue_kind(tok, lex) == "pretext" and any(fold(k.text) == "sous" for k in tok.children):
            return True
    return False


def serves_as_pretext(verb, below, lex: Lexicons) -> bool:
    """``below`` is the subject of "servir de prétexte / d'alibi" (``verb``): "je refuse que la
    lutte contre X serve de prétexte à la surveillance de tous" keeps X and refuses a use of it."""
    return lemma(verb) == "servir" and below.dep_ == "nsubj" and any(
        c.dep_.startswith("obl") and cue_kind(c, lex) == "pretext" for c in verb.children)


# "si je suis élu(e)", "si nous gagnons": a campaign promise, not a hypothesis
_ELECTION_CONDITIONS = {"elire", "elu", "elue", "gagner", "remporter"}


def _in_conditional(path: list) -> str | None:
    """"conditional" under a "si" clause, "indirect question" under "savoir si" ("je ne sais pas
    si X", "je veux savoir si X"): neither takes a side; only a sidestep makes the latter
    neutral. None otherwise."""
    for t in path:
        if any(lemma(k) == "si" and k.dep_ == "mark" for k in t.children) and \
                fold(t.lemma_) not in _ELECTION_CONDITIONS and fold(t.text) not in _ELECTION_CONDITIONS:
            if t.dep_ in ("ccomp", "obj") and lemma(t.head) in ("savoir", "ignorer"):
                return "indirect question"
            return "conditional"
    return None


def _announced(root, lex: Lexicons) -> bool:
    """The mention is what a colon announces after a word of proposing: "nous avons une
    proposition claire : une licence globale", "notre réponse : le très haut débit pour tous"."""
    doc, i = root.doc, root.left_edge.i
    if i < 2 or doc[i - 1].text != ":":
        return False
    # (the word may carry an adjective: "une proposition claire :")
    words = [t for t in doc[max(root.sent.start, i - 4): i - 1] if t.pos_ in ("NOUN", "VERB")]
    return bool(words) and lemma(words[-1]) in lex.word_classes.get("announcing", ())


def _contrasted_away(root) -> bool:
    """The mention is what a contrast sets aside: "une campagne se gagne sur les marchés, pas
    sur Facebook"."""
    doc, i = root.doc, root.left_edge.i
    if fold(doc[i].text) not in ("pas", "non"):
        i -= 1  # ("pas" may hang on the mention or stand before its phrase)
    return i >= 1 and fold(doc[i].text) in ("pas", "non") and doc[i - 1].text == ","


def _serves_the_wrong_ones(verb) -> bool:
    """A verb of serving whose object a contrast corrects: "le droit d'auteur protège surtout des
    catalogues, pas des créateurs" charges the subject with serving the wrong ones."""
    obj = next((c for c in verb.children if c.dep_ in ("obj", "obl", "obl:arg") and c.i > verb.i), None)
    if obj is None:
        return False
    doc = verb.doc
    # (the parser hangs the corrected term on the object, or leaves it after)
    return any(doc[j].text == "," and fold(doc[j + 1].text) == "pas" and doc[j + 2].pos_ in ("DET", "ADP", "NOUN", "PROPN")
               for j in range(obj.i + 1, min(obj.right_edge.i + 2, len(doc) - 2)))


def _serves_gatekeepers(root, lex: Lexicons):
    """The mention is the subject of a verb of serving whose object names middlemen ("le droit
    d'auteur tel qu'il existe protège surtout les catalogues des majors"): the charge of serving
    the wrong ones. Read off the tokens after the subject (the parser may make the subject the
    root). Returns the verb and the word naming the middlemen, or None."""
    if root.dep_ not in ("nsubj", "ROOT") or root.pos_ not in ("NOUN", "PROPN"):
        return None
    gatekeepers = lex.word_classes.get("gatekeeper", frozenset())
    for verb in root.doc[root.i + 1: min(root.sent.end, root.i + 10)]:
        if lemma(verb) not in ("proteger", "servir", "enrichir", "favoriser", "engraisser") or \
                any(c.dep_ == "nsubj" and c.i != root.i and c.pos_ != "PRON" for c in verb.children):
            continue
        for obj in (c for c in verb.children if c.dep_ in ("obj", "obl:arg") and c.i > verb.i):
            for t in (obj, *(k for k in obj.children if k.dep_ == "nmod")):
                if lemma(t) in gatekeepers or fold(t.text) in gatekeepers:
                    return verb, t
    return None


def _quoted_head(root, lex: Lexicons):
    """The inverting or judging noun a quote closes on right before the mention's "de" ("a
    réclamé « la suppression pure et simple » de l'institution"), when the parser hung the
    mention elsewhere; None if there is none."""
    doc = root.doc
    case = next((c for c in root.children if c.dep_ == "case" and fold(c.text) in ("de", "d'", "du", "des")), None)
    if case is None or case.i < 2 or doc[case.i - 1].text not in ("»", "”"):
        return None
    opening = next((j for j in range(case.i - 2, max(-1, case.i - 12), -1) if doc[j].text in ("«", "“")), None)
    if opening is None:
        return None
    noun = next((t for t in doc[opening + 1: case.i - 1] if t.pos_ == "NOUN"), None)
    if noun is None or root.head.i == noun.i or any(a.i == noun.i for a in root.ancestors):
        return None
    return noun if cue_kind(noun, lex) in ("invert", "oppose") else None


def _en_object(root, lex: Lexicons):
    """The action noun an "en" before the verb completes ("X et Y en réclament l'abrogation": the
    abrogation of it), when it inverts or backs what it applies to; None otherwise."""
    # (the tagger may call it a preposition, made the verb's object: not "en" as a case marker)
    # (nor the "en" of a gerund: "tout en critiquant son financement")
    if fold(root.text) != "en" or root.dep_ in ("case", "mark", "fixed", "advmod") or root.i > root.head.i or \
            root.head.pos_ != "VERB" or root.head.morph.get("VerbForm") != ["Fin"]:
        return None
    noun = next((c for c in root.head.children if c.dep_ == "obj" and c.pos_ == "NOUN"), None)
    if noun is None or not lemma(noun).endswith(("tion", "sion", "ment")):
        return None
    return noun if cue_kind(noun, lex) in ("invert", "support") else None


def _text_about(root, lex: Lexicons):
    """The voted text right before the mention's "sur" ("a voté contre ce même texte sur la
    neutralité"), when the parser hung the mention on the verb instead of on the text; None if
    there is none."""
    case = next((c for c in root.children if c.dep_ == "case" and fold(c.text) == "sur"), None)
    if case is None or case.i < 1 or root.dep_ not in ("obl", "obl:arg", "obl:mod"):
        return None
    text = root.doc[case.i - 1]
    if text.pos_ != "NOUN" or lemma(text) not in lex.word_classes.get("voted_text", ()) or \
            text.head.i != root.head.i:
        return None
    return text


# an outright repeal ("sa suppression pure et simple", "l'abroger purement et simplement")
_OUTRIGHT = re.compile(r"\b(?:suppression|abrogation|disparition|fin|interdiction|retrait)s? pures? et simples?\b|"
                       r"\b(?:supprim|abrog|interdi|retir)\w* (?:[\w']+ ){0,3}?purement et simplement\b")


def _short_of_repeal(root) -> bool:
    """A negated outright repeal in the mention's sentence ("je ne voterai jamais sa suppression
    pure et simple", "pas d'abrogation pure et simple"): the speaker refuses the repeal only."""
    text = fold(root.sent.text)
    # (the negation just before the repeal, not anywhere: "Il plaide pour la suppression pure et
    # simple de la loi et pour une contribution qui légaliserait les échanges non marchands")
    return any(re.search(r"\b(?:ne|n'|pas|jamais|non|refuse\w*)\b", text[max(0, m.start() - 60): m.start()])
               for m in _OUTRIGHT.finditer(text))


_REPORTED_ON = re.compile(r"\brapporteure?s? (?:du|de la|de l'|d'un|d'une|des) (?:[\w'-]+ ){0,4}?sur (?:la |le |l' |les )?$")


# the parts of a text whose title follows them ("chapitre II, « ... »")
_TEXT_PARTS = {"chapitre", "titre", "section", "volet", "partie", "rubrique"}


def _in_a_cited_title(root, lex: Lexicons) -> bool:
    """The mention is in the title of a text that is only cited ("lors de la discussion de la loi
    du 17 décembre 2009 relative à la lutte contre la fracture numérique", "une thèse intitulée
    « La protection des programmes par le droit d'auteur »"): read off the words, a quote after
    "intitulé(e)", or a "relatif / relative à" after a text's noun, itself the complement of a
    "de", "sur", "dans" or "selon" ("prend appui sur la loi du ... relative à ..."; not "je soutiens
    la loi relative à ...", where the text is what is backed)."""
    doc = root.doc
    if root.dep_ == "xcomp" and lemma(root.head) in ("dire", "surnommer", "baptiser") and \
            root.head.head.i != root.head.i:
        # "du projet de loi relatif à la protection pénale de la propriété ... (dite « Hadopi
        # 2 »)": the other name of a text cited by its title is cited too
        return _in_a_cited_title(root.head.head, lex)
    # (the bill or mission someone is rapporteur of: "Alain X désigné rapporteur du projet de loi
    # sur la cybercriminalité", however the parser hangs the mention)
    if _REPORTED_ON.search(" ".join(fold(t.text) for t in doc[max(0, root.i - 10): root.i]) + " "):
        return True
    # (a quoted title: "une thèse intitulée « La protection des programmes par le droit d'auteur »")
    opening = next((j for j in range(root.i - 1, max(-1, root.i - 30), -1) if doc[j].text in ("«", "»")), None)
    if opening is not None and doc[opening].text == "«" and opening > 0 and \
            fold(doc[opening - 1].text) in ("intitule", "intitulee", "intitules", "intitulees", "titre", "titree", ":") and \
            (doc[opening - 1].text != ":" or (opening > 1 and fold(doc[opening - 2].text) in ("titre", "intitule"))):
        return True
    if opening is not None and doc[opening].text == "«" and opening > 0 and doc[opening - 1].text in (",", ":") and \
            any(fold(t.text) in _TEXT_PARTS for t in doc[max(0, opening - 4): opening - 1]):
        return True  # "la suite de l'examen, chapitre II, « Lutte contre la cybercriminalité »": a part's title
    texts = lex.word_classes.get("voted_text", frozenset()) | lex.word_classes.get("document", frozenset())
    for j in range(root.i - 1, max(-1, root.i - 10), -1):
        if doc[j].pos_ in ("VERB", "AUX") and fold(doc[j].text).endswith("ant") and j >= 1 and \
                lemma(doc[j - 1]) == "loi":
            # "rapporteur du projet de loi renforçant la lutte contre la cybercriminalité": a
            # bill's title after its noun (the whole "projet de loi", not "loi" alone), itself a
            # complement ("je soutiens le projet de loi renforçant ..." backs the bill; "un
            # amendement imposant des logiciels libres", "une directive garantissant la
            # neutralité" say what the text does, no title)
            text = doc[j - 3] if j >= 3 and fold(doc[j - 2].text) in ("de", "d'") and \
                lemma(doc[j - 3]) in ("projet", "proposition") else doc[j - 1]
            return any(fold(doc[k].text) in ("de", "du", "d'", "sur", "dans", "selon")
                       for k in range(max(0, text.i - 2), text.i))
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_punct:
            return False
        if lemma(doc[j]) == "relatif":
            text = next((t for t in doc[max(0, j - 8): j] if lemma(t) in texts), None)
            return text is not None and any(fold(doc[k].text) in ("de", "du", "d'", "sur", "dans", "selon")
                                            for k in range(max(0, text.i - 2), text.i))
    return False


def _warned_consequence(root) -> bool:
    """The mention is in the consequence a speaker warns of ("les opérateurs doivent pouvoir gérer
    leur trafic, faute de quoi personne n'investira dans la fibre", "sinon personne n'investira
    dans la fibre"): the stake of an argument about something else, no side on it (the harm warned
    of is another matter: "sinon nous aurons un internet à deux vitesses")."""
    doc, sent = root.doc, root.sent
    words = [fold(t.text) for t in doc[sent.start: root.i]]
    for j in range(len(words) - 1, -1, -1):
        if words[j] in (",", ";", ":", "«", "»", "(", ")", "."):
            return False
        # (not "en échange de quoi", the terms of a deal)
        if words[j] == "sinon" or (words[j] == "quoi" and (words[j - 2: j] == ["faute", "de"] or words[j - 1: j] == ["sans"])):
            return True
    return False


def _in_a_body_name(root, lex: Lexicons) -> bool:
    """The mention is in the name of a body someone sits on ("elle a siégé à la commission de
    protection des droits de la Hadopi", "membre du comité de lutte contre ..."): its words name
    the body. Read up the parse: a body noun above the mention, itself under a seat word."""
    bodies, seats = lex.word_classes.get("body", frozenset()), lex.word_classes.get("seat", frozenset())
    for a in root.ancestors:
        if a.pos_ in ("VERB", "AUX") and lemma(a) not in seats and \
                not (a.dep_ == "acl" and a.morph.get("VerbForm") == ["Part"]):
            return False  # (a participle inside the name: "l'office central chargé de la lutte contre ...")
        if a.pos_ in ("NOUN", "PROPN") and lemma(a) in bodies:
            return lemma(a.head) in seats and a.head.i != a.i
    return False


def _in_a_portfolio(root, lex: Lexicons) -> bool:
    """The mention names an office's portfolio: "Mme X, adjointe déléguée à l'aménagement
    numérique", "le vice-président chargé du très haut débit". The participle under a role noun
    is the title, not the holder's cue."""
    for a in root.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return lemma(a) in ("deleguer", "charger") and a.dep_ == "acl" and \
                a.head.pos_ == "NOUN" and lemma(a.head) in lex.roles
    return False


def _elliptic_vote(root) -> str | None:
    """'pour' / 'contre' of a "je voterai pour" with no object, later in the sentence that names
    the text voted on: "ACTA ne crée aucune obligation nouvelle, et je voterai pour"."""
    sent = root.sent
    for t in sent:
        if t.i > root.i and lemma(t) == "voter" and t.i + 1 < sent.end and \
                fold(sent.doc[t.i + 1].text) in ("pour", "contre") and \
                (t.i + 2 >= sent.end or sent.doc[t.i + 2].is_punct):
            return fold(sent.doc[t.i + 1].text)
    return None


def _yes_or_no_to(root) -> str | None:
    """'oui' / 'non' said to the mention: "Non à la riposte graduée", "nous disons non à X",
    or a verbless "Oui, la licence globale !" opening on it."""
    doc = root.doc
    case = next((c for c in root.children if c.dep_ == "case" and fold(c.text) in ("a", "au", "aux")), None)
    if case is not None and case.i > 0 and fold(doc[case.i - 1].text) in ("oui", "non"):
        return fold(doc[case.i - 1].text)
    sent = root.sent
    # (up to the quote's end: « Oui, la licence globale ! », a lancé X)
    end = next((t.i for t in sent if t.i > root.i and t.text in ("»", "”")), sent.end)
    if len(sent) > 2 and fold(sent[0].text) in ("oui", "non") and sent[1].text == "," and \
            root.left_edge.i == sent.start + 2 and \
            not any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] for t in doc[sent.start:end]):
        return fold(sent[0].text)
    return None


_PHRASE_BOUNDS = {"«", "»", ":", ".", "!", "?", ";", "(", ")"}


def _neither_nor(root) -> bool:
    """A verbless "Ni X ni Y" (a slogan, a quote's opening before a colon: « Ni Hadopi ni licence
    globale : ... »): both are refused. Read off the words, up to the phrase's bounds, since the
    parser may cut "Ni" off into the sentence before."""
    doc = root.doc
    phrase = root
    while phrase.dep_ in ("flat", "flat:name", "compound", "nmod", "appos") and phrase.head.i < phrase.i and \
            not any(c.dep_ == "case" for c in phrase.children):
        phrase = phrase.head  # ("Ni compte Twitter ni page Facebook": the phrase is "compte Twitter")
    left = phrase.left_edge.i
    ni = left if fold(doc[left].text) == "ni" else left - 1  # ("ni licence globale": the "ni" is its child)
    if ni < 0 or fold(doc[ni].text) != "ni":
        return False
    start = ni
    while start > 0 and doc[start - 1].text not in _PHRASE_BOUNDS and "\n" not in doc[start - 1].text:
        start -= 1
        if start < ni - 12:
            return False
    end = root.i + 1
    while end < len(doc) and doc[end].text not in _PHRASE_BOUNDS and "\n" not in doc[end].text:
        end += 1
        if end > root.i + 24:
            return False
    words = doc[start:end]
    # (a relative clause on the phrase is no verb of it: "Ni compte Twitter ni page Facebook pour
    # l'auteur du rapport, qui n'y voit que ...")
    return fold(words[0].text) == "ni" and not any(
        t.pos_ in ("VERB", "AUX") and not in_relative_clause(t) for t in words)


def _verdict_tail(root) -> str | None:
    """'oui' / 'non' closing a verbless sentence that names the topic: 'X, non.'"""
    sent = root.sent
    doc = sent.doc
    # the verbless segment: from the last ':' or '«' before the mention ("X a été clair : « Y, non. »")
    start = max([t.i + 1 for t in sent if t.i < root.i and t.text in (":", "«", "—")] or [sent.start])
    if start <= root.head.i < root.i and root.head.pos_ in ("VERB", "AUX") and root.dep_ not in ("nsubj", "dislocated"):
        return None  # "Des policiers formés pour poursuivre X, oui": the yes is for the phrase, not X
    after = root.right_edge.i + 1
    if after + 1 < sent.end and doc[after].text == "," and fold(doc[after + 1].text) in ("oui", "non") and \
            (after + 2 >= sent.end or doc[after + 2].is_punct):
        return fold(doc[after + 1].text)  # "Facebook, oui, pour ... Twitter, non."
    stop = next((t.i for t in sent if t.i > root.i and t.text in (":", ";")), sent.end)
    segment = sent.doc[start: stop]  # "Mais Twitter, non : en 140 signes ..."
    m = re.search(r",\s*c'est (oui|non)\W*$", fold(segment.text))
    if m and root.i < segment.end - 3:
        return m.group(1)  # "La licence globale, c'est non."
    if re.search(r",\s*(?:tres |bien |fort )?peu pour moi\W*$", fold(segment.text)) and root.i < segment.end - 3:
        return "non"  # "Les réseaux sociaux, très peu pour moi."
    words = [t for t in segment if not t.is_punct]
    if not words or fold(words[-1].text) not in ("oui", "non") or len(words) > 14:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] for t in segment):
        return None
    last = words[-1]
    return fold(last.text) if last.i > 0 and sent.doc[last.i - 1].text == "," else None


# verbs of using or needing something: "je n'ai pas de compte Twitter", "je n'utilise pas X"
_USE_VERBS = {"avoir", "utiliser", "servir", "croire", "aimer", "besoin", "etre", "aller", "ouvrir", "publier",
              "posseder", "tenir", "animer", "alimenter", "faire"}


def _a_holder(subject, lex: Lexicons) -> bool:
    """A subject that is the speaker or a person reported ("je", "il", "la candidate", a
    name), not people at large ("les jeunes n'utilisent pas Facebook")."""
    if subject.dep_ == "expl:subj":
        return fold(subject.text) in ("je", "j'", "nous")  # ("il y a", "il faut": nobody)
    return fold(subject.text) in ("je", "j'", "nous", "il", "elle") or subject.pos_ == "PROPN" or \
        (lemma(subject) in lex.roles and subject.morph.get("Number") != ["Plur"])


def _own_use_denied(path, lex: Lexicons) -> bool:
    for t in path:
        if lemma(t) in _USE_VERBS and (negated(t, lex) or any(lemma(k) == "ne" or fold(k.text) in ("n'", "ne")
                                                               for k in t.children)) and \
                not any(fold(c.text) == "y" for c in t.children) and \
                any(_a_holder(c, lex) for c in t.children if c.dep_ in ("nsubj", "expl:subj")):
            return True
    return False


def _denied_use_infinitive(path, lex: Lexicons) -> bool:
    """"il reconnaît n'avoir ni le temps ni le goût des réseaux sociaux": a negated infinitive
    of use whose "n'" the parser hung on the verb above, said of the subject of that verb."""
    for t in path:
        if lemma(t) in _USE_VERBS and t.morph.get("VerbForm") == ["Inf"] and t.dep_ in ("xcomp", "ccomp", "obj") \
                and t.i > 0 and fold(t.doc[t.i - 1].text) in ("n'", "ne") and \
                any(_a_holder(c, lex) for c in t.head.children if c.dep_ == "nsubj"):
            return True
    return False


_JUDGES = {"juge", "magistrat", "justice", "judiciaire", "tribunal"}
_A_JUDGE = _JUDGES - {"justice", "tribunal"}  # a judge, not a court ("la Cour de justice")


def _without_a_judge(path) -> bool:
    """A complement 'sans (l'autorisation d'un) juge' hangs on the mention's path (or on the
    infinitive a verb of the path governs: "aucun blocage ne doit se faire sans ... juge")."""
    for t in list(path) + [c for p in path for c in p.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]:
        for c in t.children:
            markers = [k for k in c.children if k.dep_ in ("case", "mark") and lemma(k) == "sans"]
            if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod", "advcl") and markers:
                before = fold(c.doc[max(0, markers[0].i - 2): markers[0].i].text)
                if before.endswith("y compris") or before.endswith("meme") or lemma(c) == "attendre":
                    # "y compris sans attendre un juge", "favorable au blocage, sans attendre des
                    # mois une décision de justice": the speaker accepts it
                    continue
                if any(lemma(x) in _JUDGES for x in c.subtree):
                    return True
    return False


def _only_a_judge(path) -> bool:
    """'seul un juge peut décider de fermer un site': the measure is reserved to a judge, which
    is the charge against blocking by the administration."""
    for t in path:
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubj:pass") and lemma(c) in _JUDGES and \
                    any(lemma(k) == "seul" for k in c.children):
                return True
    return False


def _subjected_to_a_judge(path):
    """'soumettre tout blocage de site à l'autorisation préalable d'un juge': the verb of the path
    that puts the measure under a judge (the charge against blocking by the administration), or
    None (not a court: "soumettre le texte à la Cour de justice" asks for a ruling on it)."""
    # (or the attribute of the path's verb: "que toute mesure de blocage reste soumise à
    # l'autorisation préalable d'un juge")
    for t in (v for p in path for v in (p, *(c for c in p.children if c.dep_ == "xcomp" and c.i > p.i))):
        if lemma(t) in ("soumettre", "soumis", "subordonner", "subordonne", "conditionner") and \
                any(lemma(x) in _A_JUDGE for x in t.subtree if x.i > t.i):
            return t
    return None


def _others_claim(verb) -> bool:
    """'on nous promettait', 'ceux qui nous disaient', 'on disait que': others' words, reported
    with distance."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl:subj")]
    if not subjects and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        # "qu'on ne vienne pas nous dire que X": the subject of the verb it completes
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "expl:subj")]
    if lemma(verb) in _CLAIMS | {"dire", "pretendre"} and verb.morph.get("Tense") == ["Imp"] and \
            subjects and all(fold(c.text) == "on" for c in subjects):
        # "On disait que X ne servirait à rien": what people used to say, told to refute it
        return True
    if not any(fold(c.text) in ("nous", "me", "m'") for c in verb.children):
        return False
    if subjects and all(fold(c.text) == "on" for c in subjects):
        return True
    # "les mêmes qui nous promettaient que X ...": a third party's promise to us
    return lemma(verb) in _CLAIMS and bool(subjects) and all(fold(c.text) in ("qui", "ils", "elles") for c in subjects)


def _others_act(verb, lex: Lexicons) -> bool:
    """'ceux qui ont fait voter X', 'celle qui a défendu X', 'des militants qui rejettent toute
    protection des œuvres': the act of people the speaker sets apart (not "je suis de ceux qui
    défendent X", where the speaker counts himself in). The people are "ceux" or a plural noun
    of a camp (word class ``camp``, or militants)."""
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else verb
    others = ("certains", "certaines", "d'aucuns")
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" and fold(c.text) in others for c in clause.children) or \
            (clause.dep_ == "acl:relcl" and clause.head.pos_ == "PRON" and fold(clause.head.text) in others):
        return True  # "Je sais que certains, ici même, ont critiqué l'Hadopi" (the parser may hang the verb on them)
    if clause.dep_ != "acl:relcl" or not any(lemma(c) == "qui" and (c.dep_.startswith("nsubj") or c.dep_ == "dep") for c in clause.children):
        return False
    antecedent = clause.head
    camp = antecedent.pos_ == "NOUN" and antecedent.morph.get("Number") == ["Plur"] and \
        lemma(antecedent) in lex.word_classes.get("camp", frozenset()) | {"militant", "militante"}
    if lemma(antecedent) not in ("celui", "ceux", "celle", "celles") and not camp:
        return False
    if any(c.dep_ == "cop" or fold(c.text) in ("je", "j'", "nous") for c in antecedent.children):
        return False  # "je suis de ceux qui ..." (parsed with "ceux" as the predicate)
    above = antecedent.head if antecedent.head.i != antecedent.i else None
    return above is None or not (lemma(above) in ("etre", "partie") or
                                 any(fold(c.text) in ("je", "j'", "nous") for c in above.children))


def _camp_charged(verb, lex: Lexicons):
    """The negated verb of saying whose subject is the people of ``verb``'s relative clause ("Ceux
    qui veulent supprimer la Hadopi n'ont jamais dit comment ils paieraient les artistes"): the
    speaker charges them, and so rejects their aim. Returns that verb, or None."""
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else verb
    people = clause.head
    said = people.head
    if people.dep_ not in ("nsubj", "nsubj:pass") or said.i == people.i or lemma(said) not in _CHARGING_SAYING:
        return _camp_charged_by_words(verb)
    return said if negated(said, lex) else None


_CHARGING_SAYING = {"dire", "expliquer", "preciser", "proposer", "chiffrer", "repondre", "montrer"}


def _camp_charged_by_words(verb):
    """The same charge read off the words when the parser lost the clause ("et ceux qui
    promettent de la supprimer ne disent jamais par quoi ils la remplaceraient", with "disent"
    hung on "supprimer"; "ceux qui veulent démanteler X n'ont rien à proposer"): "ceux qui" before
    the verb, then "ne", "jamais", "pas" or "rien" and a verb of saying."""
    doc, sent = verb.doc, verb.sent
    if not any(fold(t.text) in ("ceux", "celles") and fold(doc[t.i + 1].text) == "qui"
               for t in doc[sent.start: verb.i]):
        return None
    ne = next((t for t in doc[verb.i + 1: sent.end] if fold(t.text) in ("ne", "n'")), None)
    if ne is None:
        return None
    # ("n'ont rien à proposer": the verb may come after "rien à", or "rien d'autre à")
    said = next((t for t in doc[ne.i + 1: min(sent.end, ne.i + 7)] if lemma(t) in _CHARGING_SAYING), None)
    if said is None or not any(fold(t.text) in ("jamais", "pas", "rien") for t in doc[ne.i + 1: min(sent.end, said.i + 2)]):
        return None
    return said


_CLAIMS = {"promettre", "assurer", "jurer", "expliquer", "affirmer", "garantir", "annoncer"}


def _purpose(tok) -> bool:
    """'pour démontrer que ...': 'pour' opens a clause of purpose, it takes no side."""
    return any(lemma(k) == "pour" and k.dep_ == "mark" for k in tok.children) and \
        not any(lemma(k) == "pour" and k.dep_ == "case" for k in tok.children)


def _manner_gerund(verb, path) -> bool:
    """``verb`` has a gerund of manner ('en surveillant') off the mention's path (the parser
    hangs it on the verb or on its object)."""
    on_path = {t.i for t in path}
    return any(c.dep_ in ("advcl", "acl") and c.i not in on_path and c.morph.get("VerbForm") == ["Part"]
               and any(fold(k.text) == "en" and k.dep_ == "mark" for k in c.children)
               for t in [verb, *path] for c in t.children)


def _first_person_promise(verb) -> bool:
    """``verb`` is a first-person future: "je publierai", "nous créerons"."""
    # (the tagger often calls "publierai" a present: the ending decides)
    return verb.pos_ == "VERB" and (verb.morph.get("Tense") == ["Fut"] or fold(verb.text).endswith(("rai", "rons"))) and \
        any(c.dep_ == "nsubj" and fold(c.text) in ("je", "j'", "nous") for c in verb.children) and \
        not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)  # "je ne laisserai pas X être ..."


def _first_word(sent):
    """The sentence's first token that is not punctuation (a quote may open it)."""
    return next((t for t in sent if not t.is_punct), None)


# "ce serait", "c'est", "ce sera", "cela reviendrait à": what follows judges the infinitive before
# (not "c'est-à-dire", which restates what comes before it)
_VERDICT_OPENERS = re.compile(r"^(?:ce (?:ne |n')?(?:serait|sera|est)|c'est(?! ?- ?a ?- ?dire)|c'etait|cela (?:ne )?(?:serait|reviendrait a)|ce qui (?:serait|reviendrait a))\b")


def _feared_ban(verb) -> bool:
    """``verb`` is the forbidding that a verdict says an act amounts to ("graver dans la loi une
    neutralité absolue, c'est interdire aux opérateurs toute gestion du trafic"): what it
    forbids is what the speaker values."""
    doc = verb.doc
    before = fold(doc[max(verb.sent.start, verb.i - 3): verb.i].text)
    return lemma(verb) in _FORBIDDING and any(
        before.endswith(opener) for opener in ("c'est", "ce serait", "ce sera", "cela serait", "cela reviendrait a"))


def _infinitive_verdict(path, lex: Lexicons) -> int:
    """+1 / -1 when the path climbs through an infinitive opening the sentence (or a "que"
    clause, or a quote after a colon) that a verdict after it judges ("Supprimer l'Hadopi, ce
    serait envoyer un signal désastreux", "Supprimer la Hadopi serait une erreur"), else 0."""
    top = _opening_infinitive(path)
    if top is None:
        return 0
    tail = _verdict_on(top, path)
    if tail is None or tail.start <= path[0].i < tail.end:
        return 0  # (a topic named inside the verdict is not what it judges)
    return _verdict_sign(tail, lex)


def _opening_infinitive(path):
    """The infinitive of the path that opens its sentence, a "que" clause, a quote after a
    colon ("Il votera contre : « Promettre X, c'est ... »") or a clause after a comma or "mais"
    ("La Hadopi a fait reculer le piratage, la supprimer serait une faute"), if any."""
    # (an infinitive opening the sentence may be tagged a participle: "Mais graver dans la loi X, c'est ...")
    return next((t for t in reversed(path) if t.pos_ in ("VERB", "AUX") and (
        t.morph.get("VerbForm") == ["Inf"] or (t.morph.get("VerbForm") == ["Part"] and fold(t.text).endswith(("er", "ir", "re"))))
                 and _opens(t)), None)


def _opens(inf) -> bool:
    """Whether the infinitive ``inf``, with its clitics ("la supprimer"), opens its sentence or a
    clause: nothing before it, or "que", a colon, a comma or "mais" just before."""
    sent = inf.sent
    j = inf.i - 1
    while j >= sent.start and fold(sent.doc[j].text) in _CLITICS:
        j -= 1
    before = next((x for x in reversed(sent.doc[sent.start: j + 1]) if x.text not in ("«", '"', "“")), None)
    if before is None:
        return True
    if fold(before.text) in ("que", "qu'", ":"):
        return True
    # ("de", "pour", a verb before it make the infinitive a complement: the climb reads those)
    # ("..., les chiffres le prouvent, et la supprimer serait une faute")
    return before.text == "," or fold(before.text) in ("mais", "et")


def _verdict_on(top, path):
    """The span that judges the opening infinitive ``top``: what follows ", ce serait" /
    ", c'est", or (no comma) the copula right after its object; None if none, or if the parse
    already put the verdict on the path."""
    sent = top.sent
    for comma in sent:
        if comma.text == "," and comma.i > top.i and _VERDICT_OPENERS.match(fold(sent.doc[comma.i + 1: sent.end].text)):
            return sent.doc[comma.i + 1: _verdict_end(sent, comma.i + 1)]
    # "Supprimer l'Hadopi serait une erreur", "..., la supprimer serait une faute": with no
    # comma, the parser makes the infinitive the root (or a conjunct); the copula right after
    # its object opens the verdict
    # (or a verb in the conditional: "la supprimer « enverrait un signal désastreux »")
    cop = next((t for t in sent if t.i > top.i and t.morph.get("VerbForm") == ["Fin"] and (
        lemma(t) in ("etre", "revenir", "constituer") or (t.pos_ == "VERB" and "Cnd" in t.morph.get("Mood")))), None)
    if cop is None or any(fold(t.text) in (",", "que", "qu'", "qui", ":", ";") for t in sent.doc[top.i + 1: cop.i]):
        return None
    end = next((t.i for t in sent.doc[cop.i: sent.end] if t.text in (",", ";", ":")), sent.end)
    tail = sent.doc[cop.i: end]
    # (the parse made the verdict the head: the climb has read it already)
    return None if any(t in path for t in tail) else tail


def _verdict_end(sent, start: int) -> int:
    """Where a verdict opened at ``start`` ends: at the close of the quote it is in, or a colon
    or semicolon (« X, c'est Y », et il n'est « pas question de Z »: Z is another statement)."""
    doc = sent.doc
    for t in doc[start: sent.end]:
        if t.text in ("»", "”", ";", ":") or (t.text == '"' and t.i + 1 < sent.end and doc[t.i + 1].text == ","):
            return t.i
    return sent.end


_FORBIDDING = {"interdire", "empecher", "priver", "condamner", "tuer", "sacrifier"}


def _would_forbid(root, lex: Lexicons):
    """The conditional verb of forbidding the mention is the subject of ("une neutralité
    stricte, gravée dans la loi, interdirait aux opérateurs de ..."), else None: what the
    policy would forbid is the charge against it, whatever a participle set apart says."""
    if root.dep_ == "nsubj" and root.head.i != root.i:
        verb = root.head
    else:
        # (the parser may make the subject the root and hang the finite verb on it)
        verb = next((c for c in root.children if c.dep_ in ("acl", "parataxis") and c.i > root.i and
                     c.morph.get("VerbForm") == ["Fin"]), None)
    if verb is None or verb.pos_ != "VERB" or lemma(verb) not in _FORBIDDING or negated(verb, lex):
        return None
    # (the tagger may miss the conditional: the ending tells)
    conditional = "Cnd" in verb.morph.get("Mood") or fold(verb.text).endswith(("rait", "raient"))
    # ("interdirait aux opérateurs de ...", "empêcherait les start-up de ...": someone kept from
    # acting; "interdirait le piratage" forbids what is fought)
    kept_from = lemma(verb) not in ("interdire", "empecher") or any(
        t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Inf"] and any(fold(m.text) in ("de", "d'") for m in t.children)
        for t in verb.subtree)
    return verb if conditional and kept_from else None


# what an act lets go on: "laisser faire", "laisser ces images en ligne", "laisser circuler"
_LETTING_GO_ON = re.compile(r"^laiss\w* (?:faire|(?:[\w']+ ){0,4}?(?:en ligne|circuler|courir|proliferer|impunis?|prosperer))")


def _verdict_sign(tail, lex: Lexicons) -> int:
    """+1 / -1 / 0: what the verdict ``tail`` says of the act it judges."""
    doc = tail.doc
    contrast = next((t.i for t in tail if t.text == "," and t.i + 1 < tail.end and (
        fold(doc[t.i + 1].text) in ("pas", "non") or fold(doc[t.i + 1: t.i + 3].text) in ("et pas", "et non"))), None)
    if contrast is not None and contrast > tail.start:
        # "c'est protéger des enfants, pas censurer qui que ce soit": what the act is not
        # weighs nothing
        tail = doc[tail.start: contrast]
    kinds = [cue_kind(t, lex) for t in tail]
    signal = next((t.i for t in tail if lemma(t) in ("signal", "message", "dire")), None)
    if signal is not None and any(t.i > signal and lemma(t) in ("permettre", "permis", "autoriser", "tolerer", "gratuit")
                                  for t in tail):
        # "ce serait envoyer le signal que tout est permis", "ce serait dire aux pirates que
        # tout est permis", "... le message que tout est gratuit et que le travail des artistes
        # ne vaut rien": impunity, the consequence feared, whatever else the message says
        # ("ce n'est pas dire que la musique est gratuite": the consequence denied)
        return 1 if any(fold(t.text) in ("pas", "jamais") and t.i < signal for t in tail) else -1
    # ("ce serait abaisser le débat": an act that harms something is judged for it; "c'est
    # interdire aux opérateurs toute gestion du trafic": an act that forbids, the same)
    first_verb = next((t for t in tail if t.pos_ == "VERB"), None)
    if first_verb is not None and lemma(first_verb) in _FORBIDDING and not negated(first_verb, lex):
        return -1  # what the act amounts to is forbidding, whatever it forbids
    act = first_verb
    if act is not None and lemma(act) in ("revenir", "equivaloir"):
        # "attendre une décision judiciaire « reviendrait à laisser ces images en ligne »"
        act = next((t for t in tail if t.i > act.i and t.pos_ == "VERB"), None)
    if act is not None and lemma(act) == "laisser" and not negated(first_verb, lex) and \
            _LETTING_GO_ON.search(fold(doc[act.i: tail.end].text)):
        # "Attendre un juge, c'est laisser ces images en ligne pendant des semaines", "c'est
        # laisser faire": an act that lets the harm go on
        return -1
    pos, neg = kinds.count("support"), kinds.count("oppose") + kinds.count("harm")
    if any(negated(t, lex) for t in tail if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN")):
        pos, neg = neg, pos
    # (an act with an object: "ce serait renoncer", alone, says what is given up no more)
    if pos == neg == 0 and any(k == "invert" and any(c.dep_ in ("obj", "obl:arg") and c.pos_ in ("NOUN", "PROPN", "PRON")
                                                     for c in t.children)
                               for k, t in zip(kinds, tail)) and _COUNTERFACTUAL.match(fold(tail.text)):
        # "Supprimer l'Hadopi, ce serait dire aux artistes qu'on les abandonne": what the act
        # amounts to is giving something up
        return 1 if any(negated(t, lex) for t in tail if t.pos_ in ("VERB", "AUX")) else -1
    if not any(k in ("support", "oppose", "harm", "invert") for k in kinds) and first_verb is not None and \
            first_verb.morph.get("VerbForm") == ["Inf"] and \
            _COUNTERFACTUAL.match(fold(tail.text)):
        # "Supprimer l'Hadopi, ce serait dire aux jeunes que tout est gratuit": what the act
        # would amount to, told with no judging word, is the consequence the speaker fears
        return -1
    return (pos > neg) - (neg > pos)


_COUNTERFACTUAL = re.compile(r"^(?:ce serait|cela serait|ca serait|cela reviendrait a|ce qui reviendrait a)\b")


# words that link a sentence to the one before without saying anything of the topic
_LINKING_WORDS = {"mais", "et", "donc", "en revanche", "par contre", "en tout cas", "en clair", "bref", "surtout",
                  "au contraire", "a l'inverse", "ensuite", "enfin", "en outre", "pour le reste"}


def _bare_refusal(root) -> bool:
    """The mention opens a verbless 'Pas de X' ("Pas de licence globale, donc.", « Pas de
    filtrage sans juge »): the parser hangs it anywhere, so the words tell."""
    sent = root.sent
    doc = sent.doc
    first = _first_word(sent)
    # (or after a colon: "Nous, nous disons : pas de censure d'Internet, jamais.")
    colon = max((t.i for t in sent if t.i < root.i and t.text == ":"), default=None)
    if colon is not None:
        first = next((t for t in doc[colon + 1: root.i] if not t.is_punct), None)
    # (after a linking word: "En revanche, pas de Twitter", "Mais pas de licence globale")
    for _ in range(2):
        if first is None or fold(first.text) == "pas":
            break
        comma = next((t.i for t in doc[first.i: min(first.i + 4, root.i)] if t.text == ","), None)
        if fold(first.text) in _LINKING_WORDS:
            first = doc[first.i + 1] if comma is None else doc[comma + 1]
        elif comma is not None and fold(" ".join(t.text for t in doc[first.i: comma])) in _LINKING_WORDS:
            first = doc[comma + 1]
        else:
            break
    if first is None or fold(first.text) != "pas" or first.i + 1 >= root.i or \
            fold(doc[first.i + 1].text) not in ("de", "d'"):
        return False
    between = doc[first.i + 2: root.i]
    return all(t.head.i == root.i and t.pos_ in ("DET", "ADJ") for t in between)


_CLITICS = {"le", "la", "l'", "les", "lui", "leur", "y", "en", "se", "s'", "me", "m'", "nous", "vous"}


def _set_aside(verb) -> bool:
    """The verb follows 'plutôt que (de)': what it does is the option turned down ("il faut lui
    laisser le temps plutôt que de la démanteler"); the parser attaches 'plutôt' anywhere."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and fold(doc[j].text) in _CLITICS:
        j -= 1
    if j >= 0 and fold(doc[j].text) in ("de", "d'"):
        j -= 1
    return j >= 1 and fold(doc[j].text) == "que" and fold(doc[j - 1].text) == "plutot"



# what someone loses by staying away: "se prive de", "se coupe de", "passe à côté de"
_LOSSES = re.compile(r"\b(?:se prive|se privent|se coupe|se coupent|passe a cote|passent a cote|se condamne|se condamnent|"
                     r"se marginalise|se marginalisent|rate|ratent|se met hors jeu|n'existe plus|n'existe pas)\b")


def _missing_out(root) -> bool:
    """'Un élu qui n'est pas sur les réseaux sociaux se prive d'un lien direct avec les gens':
    being absent from the topic is a loss, so the topic is valued. Read off the words (the
    parser splits such sentences in many ways)."""
    sent = root.sent
    before = fold(sent.doc[sent.start: root.i].text)
    after = fold(sent.doc[root.i: sent.end].text)
    # (or the mention is the verb: "Un député qui ne tweete pas, c'est un député qui se prive de ...")
    absent = re.search(r"\bqui (?:n'|ne )(?:est|sont|etait|serait|seraient) pas (?:present\w* |actif\w* )?sur(?: les| l'|)\s*$", before) \
        or (root.pos_ == "VERB" and re.search(r"\bqui (?:n'|ne)\s*$", before))
    return bool(absent and _LOSSES.search(after))
