"""Finding the people of a document: named persons (NER + patterns), their roles, gender and
party, the Q/A respondent and the author of a speech or press release."""

from __future__ import annotations

import re

from ..ingest.resources import authored_genre, not_names
from .lexicon import Lexicons
from .people import Person, PersonIndex, clean_name, is_full_name
from .polarity import lemma
from .textnorm import fold

FIRST_PRONOUNS = {"je", "j'", "nous", "moi", "me", "m'"}
# a bare byline "Par X" names the author of a speech or op-ed (a title saying so, or a
# political role after the name: "par X, député de ..."), but the journalist of a news article
# ("Rédigée par X le jeudi 15 décembre 2011": a news site's byline too)
_BYLINE = re.compile(r"^\W*(?:(?:r[ée]dig[ée]e?|[ée]crite?)\s+)?(?:par|by)\s", re.IGNORECASE)
_POLITICAL_ROLE = re.compile(
    r"\b(?:d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|ministre|maire|candidate?|pr[ée]sidente?|secr[ée]taire|"
    r"porte-parole|conseill(?:er|[èe]re)|[ée]lue?|militante?|adjointe?)\b", re.IGNORECASE)
# "M." in "Intervention de M. X" is no sentence end
_HONORIFIC = re.compile(r"\b(?:M|MM|Mme|Mlle)\.")
_AUTHOR_CONTEXT = re.compile(
    r"(?:(?:communiqu[eé]|discours|intervention|tribune|lettre ouverte|d[eé]claration|billet|allocution|"
    r"v[œo]e?ux|[ée]ditorial|[ée]dito|point de vue|plaidoyer|blog|carnet|site officiel)"
    r"\W+(?:[\w.'’-]+\s+){0,12}|^\W*(?:par|by)\s+(?:[\w.'’-]+\s+){0,2}|"
    r"(?:publi[ée]e?|post[ée]e?|[ée]crite?|r[ée]dig[ée]e?|sign[ée]e?)\s+par\s+|"
    # "Publié le 2 avril 2012 par X": the blog's or the site's byline, with its date
    r"(?:publi[ée]e?|post[ée]e?)\s+le\s+\d{1,2}(?:er)?\s+\w+\s+\d{4}(?:\s+(?:à|a)\s+\S+)?\s+par\s+)$", re.IGNORECASE)
# (an office may stand between the name and the blog: "X - député de l'Isère - le blog"; a
# hyphen inside a word is part of the name: "Anne-Sophie X — Le blog")
_BLOG_TITLE = re.compile(r"^\s*((?:[^\n|:–—-]|(?<=\w)-(?=\w)){3,60}?)\s*[-–—|:]\s*(?:[^\n|:–—-]{3,60}[-–—|:]\s*)?(?:le |mon )?blog\b"
                         r"|\ble blog (?:de|d')\s*([^\n|:–—-]{3,60}?)\s*$", re.IGNORECASE)
# "Nous publions de larges extraits du discours prononcé samedi, à Rennes, par X": what follows
# is X's speech, however long the sentence announcing it
_EVENT_OF = re.compile(r"\b(?:meeting|r[ée]union publique|rassemblement|conf[ée]rence)\s+(?:de|d')\s*"
                       r"(?:(?:M\.|Mme|M|Madame|Monsieur)\s+)?$", re.IGNORECASE)
_PUBLISHED_SPEECH = re.compile(
    r"\b(?:extraits?|texte int[ée]gral|verbatim|l'int[ée]gralit[ée])\s+(?:de\s+|du\s+|d')(?:son\s+|sa\s+|la\s+|l')?"
    r"(?:discours|intervention|allocution|d[ée]claration)\b[^.!?«]{0,100}?\bpar\s+$", re.IGNORECASE)
# (not "présenté par X": the mover of a bill)
# (and the interviewer: "était l'invitée d'Anne X", "au micro de X", "Propos recueillis par X")
_HOST_BEFORE = re.compile(r"(?:\b(?:anim[ée]e?s?|mod[ée]r[ée]e?s?|recueillis|interrog[ée]e?s?|interview[ée]e?s?)\s+par|"
                          r"\bl['’]invit[ée]e?\s+(?:de\s+|d['’])|\bau micro\s+(?:de\s+|d['’])|"
                          r"\b(?:pr[ée]sentation|animation|mod[ée]ration|questions)\s*:|"
                          r"\b(?:l['’]|la\s|le\s)(?:animat(?:eur|rice)|pr[ée]sentat(?:eur|rice))\s*,?)\s*$",
                          re.IGNORECASE)
# "l'entretien du mardi 14 février, présenté par X", "l'émission présentée par X": the host (not
# "un amendement présenté par X", whose author X is)
_PRESENTED_BY = re.compile(r"\b(?:[ée]mission|entretien|journal|magazine|interview|plateau|matinale|d[ée]bat)\b"
                           r"[^.!?\n]{0,60}?\bpr[ée]sent[ée]e?s?\s+par\s*$", re.IGNORECASE)
_DATED_BYLINE = re.compile(r"(?:publi[ée]e?|post[ée]e?)\s+le\s+\d", re.IGNORECASE)
_FAQ = re.compile(r"\b(?:questions fr[ée]quentes|foire aux questions|FAQ|vos questions,? nos r[ée]ponses)\b", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\b(?:par|by)\s+(?:(?:M\.|Mme)\s+)?$", re.IGNORECASE)


def find_people(units_docs, index: PersonIndex, blocked: list[tuple[int, int]], extra_names=(),
                actors: frozenset[str] = frozenset(), first_names: dict[str, str] | None = None,
                associations: frozenset[str] = frozenset()) -> dict:
    """Register full names (PER entities, reader's speakers) and map token -> Person per unit."""
    for name in extra_names:
        index.add_full(name, 0)
    ents = []
    tails = []  # (token key, Person) for names cut out of a longer entity
    caps = []  # "Prénom NOM" found by pattern
    vouched = []  # "Prénom Nom" with a usual first name, added after the NER's names
    for unit, sdoc in units_docs:
        for ent in sdoc.ents:
            if ent.label_ != "PER":
                continue
            s = unit.start + ent.start_char
            e = unit.start + ent.end_char
            if any(s < be and bs < e for bs, be in blocked):
                continue  # "Hadopi", "Twitter": a topic word, not a person
            before = sdoc[ent.start - 1] if ent.start > 0 else None
            if before is not None and fold(before.lemma_) in actors and before.text[:1].islower() and \
                    ent.start > 1 and sdoc[ent.start - 2].pos_ == "DET" and \
                    (fold(sdoc[ent.start - 2].text) != "l'" or fold(before.lemma_) in associations):
                # "le collectif Connaissance Libre", "l'association Cher Libre": not a person (but
                # "le secrétaire d'État X", "le chef de l'État X" are, and so is "le député Nouveau
                # centre Jean X": the actor noun belongs to a party's name there)
                continue
            ents.append((unit, sdoc, ent, s))
        # names written "Prénom NOM" are often missed by the NER model
        for m in re.finditer(r"(?<![\w])([A-ZÉÈ][a-zéèëêïîôç]+(?:-[A-ZÉÈ][a-zéèëêïîôç]+)?)\s+"
                             r"([A-ZÉÈ]{2,}(?:[- ][A-ZÉÈ]{2,})*)(?![\w])", sdoc.text):
            if m.group(1) in not_names():
                continue  # "« Mais ACTA ouvre la voie ...": a sentence's first word and an acronym
            if any(unit.start + m.start(2) < be and bs < unit.start + m.end(2) for bs, be in blocked):
                continue  # "Regardez ACTA, cet accord ...": the acronym is a topic's, no surname
            word = sdoc.char_span(m.start(1), m.end(1))
            if word is not None and word[0].pos_ in ("VERB", "AUX", "ADP", "ADV", "DET", "PRON", "CCONJ", "SCONJ") and \
                    not (first_names and fold(m.group(1).split("-")[0]) in first_names):
                continue  # "Rejeter ACTA, c'est ...", "Regardez ACTA": a verb opening a sentence
            person = index.add_full(m.group(0), unit.start + m.start())
            if person is not None:
                caps.append((unit, sdoc, m.start(), m.end(), person))
        # a name heading in capitals ("PATRICK DURAND", "ANNE LE GALL (PS)") over a candidate's
        # section of a synthesis, with a role after it ("JULIE X (PS), députée sortante"), or run
        # into its paragraph ("HÉLÈNE X (PS). La députée de Reims ..."): the NER rarely tags it;
        # a usual first name vouches for it
        m = _CAPS_HEADING.match(sdoc.text)
        if m and first_names and fold(m.group(1).split()[0].split("-")[0]) in first_names:
            person = index.add_full(m.group(1), unit.start + m.start(1))
            if person is not None:
                caps.append((unit, sdoc, m.start(1), m.end(1), person))
        # and so are some "Prénom Nom" with a usual first name ("Anne-Laure Morin" at the start
        # of a sentence): lexicons/first_names.tsv vouches for them
        for m in _name_pairs(sdoc.text):
            first = fold(m.group(1).split("-")[0])
            s = unit.start + m.start()
            if first_names and first in first_names and \
                    not any(s < be and bs < unit.start + m.end() for bs, be in blocked):
                vouched.append((unit, sdoc, m))
    for unit, sdoc, ent, s in ents:
        if is_full_name(clean_name(ent.text)):
            index.add_full(ent.text, s)
        else:
            # "le Député Nouveau centre Jean Dionis du Séjour" tagged as one name: keep the
            # longest tail that is a full name
            toks = list(ent)
            for i in range(1, len(toks) - 1):
                tail = sdoc[toks[i].i: ent.end]
                if toks[i].text[:1].isupper() and is_full_name(clean_name(tail.text)):
                    person = index.add_full(tail.text, unit.start + tail.start_char)
                    if person is not None:
                        for t in tail:
                            tails.append(((unit.start, t.i), person))
                    break
    for unit, sdoc, m in vouched:
        key = " ".join(fold(w).replace("-", " ") for w in m.group(0).split())
        known = index.resolve(m.group(0))
        if (known is not None and known.name != m.group(0)) or any(k.startswith(key + " ") for k in index.people):
            continue  # a name the NER found, or the start of a longer one ("Jean Dionis du Séjour")
        # (a name the NER found only elsewhere is still named here: "Hugo X (EELV) s'engage" in
        # one section, tagged only in a later one, names X from here on)
        person = index.add_full(m.group(0), unit.start + m.start())
        if person is not None:
            caps.append((unit, sdoc, m.start(), m.end(), person))
    token_people: dict[tuple[int, int], Person] = dict(tails)
    for unit, sdoc, ent, s in ents:
        person = index.resolve(ent.text, s, use_known=True)
        if person is None:
            continue
        for t in ent:
            token_people[(unit.start, t.i)] = person
    for unit, sdoc, s0, e0, person in caps:
        for t in sdoc:
            if s0 <= t.idx < e0:
                token_people.setdefault((unit.start, t.i), person)
    # surnames the NER did not tag ("Filippetti juge ...")
    for unit, sdoc in units_docs:
        for t in sdoc:
            # (the tagger may call a surname a noun: "» Orliaguet a au contraire défendu ...", or
            # even a pronoun it still tags as an entity: "Machelonne veut la remplacer")
            nameable = t.pos_ in ("PROPN", "NOUN", "X") or (t.pos_ == "PRON" and t.ent_type_)
            if nameable and t.text[:1].isupper() and (unit.start, t.i) not in token_people \
                    and len(t.text) > 2 and not _in_long_entity(t):
                p = index.resolve(t.text, unit.start + t.idx)
                if p is not None and len(p.tokens) >= 2:
                    token_people[(unit.start, t.i)] = p
    return token_people


_CAPS_HEADING = re.compile(r"^\s*([A-ZÉÈÊÀÂÇËÏÎÔ][A-ZÉÈÊÀÂÇËÏÎÔ'-]+(?:\s+[A-ZÉÈÊÀÂÇËÏÎÔ][A-ZÉÈÊÀÂÇËÏÎÔ'-]+){1,3})"
                           r"(?:\s*\([^()\n]{1,40}\))?\s*"
                           # alone on its line, run into its paragraph, or with a role after it
                           r"(?:[:.]?\s*$|[:.—–]\s+(?=[A-ZÉÈÀÇ«])|,\s*[a-zéèêàç][^\n.]{0,60}$)")
_FIRST_NAME_SURNAME = re.compile(
    r"(?<![\w-])([A-ZÉÈ][a-zéèëêïîôç]+(?:-[A-ZÉÈ][a-zéèëêïîôç]+)?)\s+"
    r"((?:(?:de|du|de la|le|la) )?[A-ZÉÈ][a-zéèëêïîôçàâ]+(?:-[A-ZÉÈ][a-zéèëêïîôçàâ]+)?)(?![\w-])")


def _name_pairs(text: str):
    """Every "Prénom Nom" candidate, overlapping ones too: in "de Seine-Maritime Véronique X"
    the place pairs with the first name, and the first name must still pair with the surname."""
    pos = 0
    while (m := _FIRST_NAME_SURNAME.search(text, pos)) is not None:
        yield m
        pos = m.start(2)


def _in_long_entity(tok) -> bool:
    """Part of a several-word entity that is not a person ("Parlement européen")."""
    return bool(tok.ent_type_) and tok.ent_type_ != "PER" and any(
        e.start <= tok.i < e.end and len(e) > 1 for e in tok.doc.ents)


def _entity_root(tok, key_of) -> object:
    """Climb flat:name / appos inside the same person."""
    while tok.head.i != tok.i and key_of(tok.head) is not None and key_of(tok.head) is key_of(tok) \
            and tok.dep_ in ("flat:name", "flat", "compound", "appos"):
        tok = tok.head
    return tok


def appositive_role_subjects(units_docs, token_people: dict, lex: Lexicons) -> None:
    """A role noun set off by commas right after a name and made the verb's subject ("Chez
    EELV, Nadia X, porte-parole, défend ...", where the parser hangs the name on the party) stands
    for that name."""
    for unit, sdoc in units_docs:
        for w in sdoc:
            if w.dep_ in ("nsubj", "nsubj:pass") and lemma(w) in lex.roles and w.text.islower() and \
                    2 <= w.i and w.i + 1 < len(sdoc) and sdoc[w.i - 1].text == "," and sdoc[w.i + 1].text == "," and \
                    (unit.start, w.i) not in token_people and \
                    (p := token_people.get((unit.start, sdoc[w.i - 2].i))) is not None:
                token_people[(unit.start, w.i)] = p


def note_roles(units_docs, token_people: dict, lex: Lexicons) -> None:
    """Record role nouns and parties given to people ("la ministre X", "X, député (UMP)")."""
    staff = lex.word_classes.get("staff", ())
    heading = ""  # the unit before, when it is a short line: a synthesis's "MoDem : réformer ..."
    for unit, sdoc in units_docs:
        party_heading = re.match(r"\s*([^\n,:;!?«»()]{2,30}?)\s*[:–—]\s", heading)
        heading = sdoc.text if len(sdoc.text) <= 80 and "\n" not in sdoc.text.strip() else ""
        for t in sdoc:
            p = token_people.get((unit.start, t.i))
            if p is None:
                continue
            window = list(sdoc[max(0, t.i - 8): t.i]) + list(sdoc[t.i + 1: t.i + 8])
            role_morph = None  # the role noun's own tag: weaker than a first name ("Josette X, maire")
            for w in window:
                lw = lemma(w)
                if w.i > t.i and any(c.dep_ in ("appos", "flat:name", "flat", "nmod") and c.i > w.i and
                                     token_people.get((unit.start, c.i)) not in (None, p) for c in w.children):
                    continue  # "par Frédéric X, la députée PS Sylvie Y": the role of the name it holds
                if not ((lw in lex.roles or lw in staff) and w.pos_ in ("NOUN", "ADJ", "PROPN")):
                    continue
                if w.i < t.i and any(x.text == "," for x in sdoc[w.i + 1: t.i]) and any(
                        x.pos_ == "NOUN" and lemma(x) in lex.roles and any(c.dep_ == "det" for c in x.children)
                        for x in sdoc[w.i + 1: t.i]):
                    # "le voilà candidat, avec une suppléante infirmière, Agnès X": the role
                    # nearer the name, with its own article, is hers (the parser hung her on the
                    # first one)
                    continue
                if _linked(w, t):
                    if lw in staff and _speaks_for_a_body(w, lex):
                        # "le porte-parole de la Commission", "le délégué régional d'Orange": an
                        # observer of the debate (word_classes.tsv)
                        lw = "agent"
                    elif lw not in lex.roles:
                        continue  # (a party's delegate: no role a reference can name)
                    p.roles.add(lw)
                    p.role_places |= role_places(w, t)
                    if not p.role:
                        p.role = w.text
                    g = _gender(w, tagged=False)
                    if g and not p.gender:
                        p.gender = g
                    role_morph = role_morph or _gender(w)
            if _HOST_BEFORE.search(sdoc.text[max(0, t.idx - 40): t.idx]) or \
                    _PRESENTED_BY.search(sdoc.text[max(0, t.idx - 110): t.idx]):
                # "le plateau animé par X", "Présentation : X", "l'animatrice X": the host of the
                # debate, who holds no position (an observer, word_classes.tsv)
                p.roles.add("animateur")
            prev = sdoc[t.i - 1] if t.i > 0 else None
            if prev is not None and token_people.get((unit.start, prev.i)) is not p and p.gender is None:
                title = fold(prev.text).rstrip(".")
                if title in ("mme", "madame", "mlle", "mrs", "ms"):
                    p.gender = "Fem"
                elif title in ("m", "monsieur", "mr"):
                    p.gender = "Masc"
            if p.gender is None and p.tokens:
                # no title or role showed it: the first name's usual gender ("Delphine X")
                p.gender = lex.first_names.get(fold(p.tokens[0].split("-")[0])) or \
                    lex.first_names.get(fold(p.tokens[0]))
            if p.gender is None and role_morph:
                p.gender = role_morph
            # "X (PS)", or the party closing X's apposition ("X, animateur fédéral du Mouvement
            # des jeunes socialistes (MJS), ...")
            m = re.match(r"\s*\(([^()]{1,30})\)", sdoc.text[t.idx + len(t.text):]) or \
                re.match(r",[^,.;:()«»\"]{1,80}\(([^()]{1,30})\)", sdoc.text[t.idx + len(t.text):])
            if m and not p.party:
                party = m.group(1).split(",")[0].strip()
                if party and len(party.split()) <= 3 and party[:1].isupper():
                    p.party = party
            if not p.party and t.idx <= 40 and (m := re.match(r"\s*([^\n,:;!?«»()]{2,30}?)\s+[-–—|]\s+$", sdoc.text[:t.idx])) and \
                    fold(m.group(1)) in lex.party_nouns:
                p.party = m.group(1)  # a synthesis's heading "PS - Anne X, secrétaire nationale"
            if not p.party and t.idx <= 2 and party_heading and fold(party_heading.group(1)) in lex.party_nouns:
                # "MoDem : réformer sans tout casser" over a paragraph that opens with "Hélène X
                # juge ...": the section's party is hers
                p.party = party_heading.group(1)
            if not p.party and prev is not None and prev.i > 0 and fold(prev.text) in lex.party_nouns and \
                    fold(sdoc[prev.i - 1].text) in ("l'", "le", "la") and token_people.get((unit.start, prev.i)) is None:
                p.party = prev.text  # "l'UMP Olivier X", "le MoDem Jean Y"


def _speaks_for_a_body(role, lex: Lexicons) -> bool:
    """A staff role whose phrase names an institution ("le porte-parole de la Commission", "le
    délégué régional d'Orange"), or whose possessive points to one named before it in the
    sentence ("« La Commission prend acte », a déclaré son porte-parole")."""
    institution = lex.word_classes.get("institution", ())
    # (the role's own phrase, up to a comma or a verb: the parser may stretch its subtree over
    # the rest of the sentence, "X, porte-parole des pirates, la suppression de l'Hadopi ...")
    phrase = []
    for x in role.doc[role.i + 1: min(role.sent.end, role.i + 8)]:
        if x.is_punct or x.pos_ in ("VERB", "AUX"):
            break
        phrase.append(x)
    owner = [x for x in phrase if x in role.subtree]
    if any(fold(c.text) in ("son", "sa") for c in role.children):
        owner += list(role.doc[role.sent.start: role.i])
    # ("secrétaire général adjoint de l'institution", "délégué syndical chez un grand opérateur":
    # a common noun for the body)
    return any((x.text[:1].isupper() and lemma(x) in institution) or lemma(x) in lex.word_classes.get("body_noun", ())
               for x in owner)


def role_places(role_tok, person_tok=None) -> set[str]:
    """Proper nouns in a role noun's phrase ("député UMP des Yvelines" -> {"ump", "yvelines"}),
    not the person's own name."""
    own: set[int] = set()
    if person_tok is not None:
        # (the whole name: "Henri Sicre" may hang "Henri" above "Sicre")
        top = person_tok
        while top.dep_ in ("flat:name", "flat") and top.head.i != top.i and top.head.pos_ == "PROPN":
            top = top.head
        # (only the name's own tokens: a role hung under the name, "Claire X, secrétaire
        # nationale d'Europe Écologie", keeps its places)
        own = {top.i, person_tok.i} | {y.i for x in (top, person_tok) for y in x.children
                                      if y.dep_ in ("flat:name", "flat") and y.pos_ == "PROPN"}
    # (not a conjunct's: "X, responsable des Jeunes populaires, et Y, animateur du MJS")
    others = {y.i for c in role_tok.children if c.dep_ == "conj" for y in c.subtree}
    return {fold(x.text) for x in role_tok.subtree if x.i != role_tok.i and x.i not in own and
            x.i not in others and x.pos_ == "PROPN" and x.text[:1].isupper() and x.ent_type_ != "PER"}


def _gender(tok, tagged: bool = True) -> str | None:
    """The gender a role noun shows: its determiner, else (``tagged``) the tagger's guess, which
    epicene nouns without a determiner ("X, maire de la commune") often get wrong."""
    # the determiner first: epicene nouns ("la ministre") are often tagged masculine
    for c in tok.children:
        if c.dep_ == "det" and fold(c.text) in ("la", "une", "cette", "sa"):
            return "Fem"
        if c.dep_ == "det" and fold(c.text) in ("le", "un", "ce", "cet", "du", "au"):
            return "Masc"
    if tok.i > 0 and fold(tok.doc[tok.i - 1].text) in ("la", "une", "cette"):
        return "Fem"
    if tok.i > 0 and fold(tok.doc[tok.i - 1].text) in ("le", "un", "ce", "du", "au"):
        return "Masc"
    if tok.i > 0 and fold(tok.doc[tok.i - 1].text) in ("l'", "l’"):
        # "l'écologiste": the elided article hides the gender; an adjective may show it
        # ("l'ancienne ministre"), the tagger's guess on the noun does not
        adj = [c.morph.get("Gender") for c in tok.children if c.dep_ == "amod" and c.i < tok.i]
        shown = next((g[0] for g in adj if g), None)
        if shown is None and (fold(tok.text) == fold(tok.lemma_) + "e" and not tok.lemma_.endswith("e") or
                              fold(tok.text).endswith("ee")):
            # "l'élue", "l'eurodéputée": the feminine ending shows it (the lemmatizer may leave
            # an unknown "eurodéputée" as it is)
            shown = "Fem"
        if shown is None and not fold(tok.text).endswith("e") and fold(tok.text) == fold(tok.lemma_):
            # "l'élu", "l'eurodéputé", "l'adjoint": a form without the "e" that a role takes for
            # a woman is masculine (the epicene ones end in "e": "l'écologiste", "l'élue")
            shown = "Masc"
        return shown
    g = tok.morph.get("Gender") if tagged else None
    return g[0] if g else None


def _names_another(tok) -> bool:
    """A conjunct carrying a name of its own ("et la communiste Claire Y")."""
    return tok.dep_ == "conj" and any(c.pos_ == "PROPN" and c.dep_ in ("flat:name", "flat", "appos", "nmod")
                                      for c in tok.children)


def _linked(role_tok, person_tok) -> bool:
    """The role noun and the name are one phrase: apposition, or adjacent in the text."""
    # (not a conjunct role naming a person of its own: "la socialiste Anne X et la communiste
    # Claire Y", parsed with the second role hung on the first name; but "X, secrétaire
    # départemental et porte-parole de la fédération" is X's twice)
    if (role_tok.head.i == person_tok.i and not _names_another(role_tok)) or \
            (person_tok.head.i == role_tok.i and not _names_another(person_tok)):
        return True
    lo, hi = sorted((role_tok.i, person_tok.i))
    between = role_tok.doc[lo + 1: hi]
    if any(x.pos_ in ("VERB", "AUX") or x.text in ".;:!?()«»\"" for x in between):
        return False
    if role_tok.i < person_tok.i:
        # "la députée PS Claire X", "la présidente du conseil régional, Claire X" (but "le
        # député X et le centriste Y": a singular role is the first conjunct's only)
        if role_tok.morph.get("Number") != ["Plur"] and any(x.pos_ == "CCONJ" for x in between):
            return False
        return len(between) <= 6 and sum(x.text == "," for x in between) <= 1 and \
            (not any(x.text == "," for x in between) or between[-1].text == ",")
    # "Claire X, députée de la Sarthe" (not "X et le centriste Y": that role is Y's)
    return len(between) <= 2 and not any(x.pos_ == "CCONJ" for x in between)


def find_author(doc, units_docs, index: PersonIndex, token_people: dict,
                site_words: frozenset[str] = frozenset()) -> tuple[Person | None, bool]:
    """The person a text comes from, and whether the text says so outright.

    Strong (True): a header ("Communiqué de X", "Intervention de X", "par X") or a signature:
    the whole text is theirs. Weak (False): a person the reader found in the title or the
    sidecar: only first-person sentences are theirs (a news title names its subject too).
    """
    strong = _header_author(units_docs, token_people, authored_genre(doc.title or ""))
    if strong is not None:
        return strong, True
    owner = _site_owner(doc, units_docs, index)
    if owner is not None:
        return owner, True
    # (the blog's name may be the page's first line above the post's title: "X - Le blog |
    # Accueil | Agenda")
    heads = [doc.title or ""] + [x for x in doc.text[:400].splitlines() if x.strip()][:2]
    for n, head in enumerate(heads):
        m = _BLOG_TITLE.search(head)
        if not m:
            continue
        # "Aurélie X - Le blog", "Le blog de Paul X": the blog's owner writes it
        name = next(g for g in m.groups() if g)
        if name.islower():
            name = name.title()  # "grégoire x - député de l'Isère - le blog"
        # (a person's name, not a site's: "Breizh Politique | Le blog politique de l'Ouest")
        if any(fold(w) in site_words for w in name.split()):
            if n == 0:
                return None, False
            continue
        p = index.resolve(name) or index.add_full(name, 0)
        if p is not None:
            return p, True
    for sp in doc.speakers:
        p = index.resolve(sp.name) or index.add_full(sp.name, 0)
        if p is not None:
            # "Vœux aux acteurs du numérique — Discours de X, maire de Y" as the lede: the
            # genre line names the author outright
            lede = doc.lede or ""
            named = re.search(r"\bd(?:e\s+|['’])" + re.escape(sp.name), lede)
            return p, bool(len(lede) < 160 and authored_genre(lede) and named)
    return None, False


_SITE_TITLE = re.compile(r"^\s*((?:[^\n|:–—-]|(?<=\w)-(?=\w)){3,60}?)\s+[-–—|]\s+\S")


def _site_owner(doc, units_docs, index: PersonIndex) -> Person | None:
    """"Mathieu X - Candidat aux législatives" over "Discours de Saint-Nazaire": a speech or a
    release published, in the first person, on the site of the person its title names."""
    m = _SITE_TITLE.match(doc.title or "")
    if not m:
        return None
    name = m.group(1).strip()
    if not is_full_name(name.split()):
        return None
    # (the lines under the title: a short "Discours de ..." line may be no unit of its own)
    lines = [x for x in doc.text[:600].splitlines() if x.strip()][1:8]
    # "Posté le 16 mai 2012 par X" under a title naming X: the owner's own post, not a journalist's
    own_post = any(_DATED_BYLINE.search(x) and re.search(r"\bpar\s+" + re.escape(name) + r"\b", x) for x in lines)
    if not own_post and not any(authored_genre(x) for x in lines if len(x) < 120):
        return None
    first_person = sum(fold(t.text) in FIRST_PRONOUNS and t.pos_ == "PRON" for _, sdoc in units_docs for t in sdoc)
    if first_person < 3:
        return None
    return index.resolve(name) or index.add_full(name, 0)


def _header_author(units_docs, token_people: dict, authored_title: bool) -> Person | None:
    if not units_docs:
        return None
    head_units = units_docs[:6]
    for unit, sdoc in head_units:
        if unit.start > 600:
            break
        for t in sdoc:
            p = token_people.get((unit.start, t.i))
            if p is None:
                continue
            before = sdoc.text[max(0, t.idx - 80): t.idx]
            if _PUBLISHED_SPEECH.search(sdoc.text[max(0, t.idx - 180): t.idx]):
                return p
            # only in a header line ("Communiqué de X", "Intervention de X", "par X,"), not in
            # a news sentence ("après les déclarations de X")
            if (len(sdoc.text) < 160 or t.idx < 60) and _AUTHOR_CONTEXT.search(before) \
                    and not re.search(r"[.!?]", _HONORIFIC.sub("", before)):
                if (_BYLINE.match(before) or _DATED_BYLINE.search(before)) and not authored_title and not _POLITICAL_ROLE.search(sdoc.text[t.idx:]):
                    continue  # "Par Anne X" over a news article: the journalist, who holds nothing
                return p
            if authored_title and (len(sdoc.text) < 160 or t.idx < 60) and _EVENT_OF.search(before) \
                    and not re.search(r"[.!?]", before):
                # "Debout la République — Discours" over "Meeting de X à Clermont-Ferrand": the
                # event line under a speech's title names its speaker
                return p
    # a signature: the last paragraph starts with a full name, in a text written in the first
    # person (a press release), not a synthesis ending with a candidate's heading
    first_person = any(fold(t.text) in FIRST_PRONOUNS and t.pos_ == "PRON" for _, sdoc in units_docs for t in sdoc)
    unit, sdoc = units_docs[-1]
    # (a signature names and titles; a closing news sentence "X, chef de l'opposition, a suivi
    # la séance" has a finite verb)
    finite = any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] for t in sdoc)
    # (and one line of it: "X, au nom du groupe S&D. - Herr Präsident! Wir ..." cut short opens a turn)
    if first_person and len(sdoc.text) < 250 and len(sdoc) > 2 and not finite and \
            not re.search(r"[.!?]\s+\S", sdoc.text) and \
            token_people.get((unit.start, 0)) is not None:
        return token_people[(unit.start, 0)]
    return None


def find_respondent(doc, units_docs, index: PersonIndex, token_people: dict) -> Person | None:
    """The Q/A respondent: the reader's speaker, else the first person named before the first answer."""
    names = [ex.speaker for ex in doc.exchanges if ex.speaker] + [s.name for s in doc.speakers]
    for name in names:
        p = index.resolve(name) or index.add_full(name, 0)
        if p is not None:
            return p
    if doc.format != "qa":
        return None
    bylined = set()  # (not the journalist: "Par Léa X", "Propos recueillis par X")
    # (nobody in a FAQ, which an institution answers: "Fibre optique : vos questions, nos réponses"
    # over a paragraph naming the mayor who chaired the council)
    first_answer = next((i for i, (unit, _) in enumerate(units_docs) if unit.kind == "answer"), len(units_docs))
    if any(_FAQ.search(sdoc.text) for _, sdoc in units_docs[:first_answer]):
        return None
    for unit, sdoc in units_docs:
        if unit.kind == "answer":
            break
        for t in sdoc:
            p = token_people.get((unit.start, t.i))
            if p is None or p in bylined:
                continue
            if _BY_BEFORE.search(sdoc.text[max(0, t.idx - 12): t.idx]) or "animateur" in p.roles:
                bylined.add(p)
                continue
            return p
    return None

