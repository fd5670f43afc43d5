"""Constructions the extraction rules must handle, on French sentences written for these tests
(every speaker is fictional)."""

from __future__ import annotations

import hashlib
import re

import pytest

from stancegraph.models import Document, Exchange, Span, Speaker


def make_doc(text: str, fmt: str = "prose", speaker: str | None = None, speakers=()) -> Document:
    """One exchange per line; in Q/A layout a line ending with '?' is the question of the next."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    exchanges = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if fmt == "qa" and text[s:e].rstrip().endswith("?") and i + 1 < len(lines):
            a0, a1 = lines[i + 1]
            exchanges.append(Exchange(len(exchanges), Span(a0, a1, text[a0:a1]), Span(s, e, text[s:e]), speaker))
            i += 2
        else:
            exchanges.append(Exchange(len(exchanges), Span(s, e, text[s:e])))
            i += 1
    return Document(path="test.txt", text=text, exchanges=tuple(exchanges),
                    sha256=hashlib.sha256(text.encode()).hexdigest(), format=fmt,
                    speakers=tuple(Speaker(n) for n in speakers))


def positions(extractor, text, **kw) -> dict[tuple[str, str], str]:
    x = extractor.extract(make_doc(text, **kw))
    return {(p.holder, p.topic): p.polarity for p in x.positions}


CASES = [
    # --- plain support / inversion
    ("direct support",
     "Claire Vasseur a déclaré qu'elle défendrait la neutralité du net.",
     {("Claire Vasseur", "net-neutrality"): "support"}),
    ("inverting noun: favourable to its repeal",
     "Claire Vasseur se dit favorable à l'abrogation de la loi Hadopi.",
     {("Claire Vasseur", "hadopi-law"): "oppose"}),
    ("inverting verb",
     "Paul Dumoulin veut supprimer la riposte graduée.",
     {("Paul Dumoulin", "hadopi-law"): "oppose"}),
    ("replace = oppose",
     "Paul Dumoulin propose de remplacer la Haute Autorité par une autre instance.",
     {("Paul Dumoulin", "hadopi-law"): "oppose"}),
    ("fighting the evil backs the policy",
     "Lucie Brémond a promis de lutter contre le piratage des œuvres.",
     {("Lucie Brémond", "copyright"): "support"}),
    ("reducing the divide backs access policy",
     "Lucie Brémond veut réduire la fracture numérique dans les campagnes.",
     {("Lucie Brémond", "digital-divide"): "support"}),
    ("being against censorship",
     "Marc Aubriot s'est prononcé contre la censure sur Internet.",
     {("Marc Aubriot", "internet-censorship"): "oppose"}),
    # --- negation
    ("negation flips",
     "Marc Aubriot a affirmé qu'il ne soutiendrait jamais la licence globale.",
     {("Marc Aubriot", "global-license"): "oppose"}),
    ("negated judgement",
     "Selon Hélène Carrier, la loi Hadopi n'est pas efficace.",
     {("Hélène Carrier", "hadopi-law"): "oppose"}),
    # --- hedges -> mixed
    ("revise = mixed",
     "Hélène Carrier souhaite réviser la loi Hadopi.",
     {("Hélène Carrier", "hadopi-law"): "mixed"}),
    ("support and criticism by the same holder = mixed",
     "Hélène Carrier défend la neutralité du net.\nHélène Carrier s'oppose pourtant à la neutralité du net.",
     {("Hélène Carrier", "net-neutrality"): "mixed"}),
    ("on the Hadopi, one sentence for and one against: the earlier holds the view (split_sides.tsv)",
     "Hélène Carrier défend la riposte graduée.\nHélène Carrier juge pourtant la loi Hadopi injuste.",
     {("Hélène Carrier", "hadopi-law"): "support"}),
    # --- no position
    ("a question is no position",
     "Paul Dumoulin est-il favorable à la licence globale ?",
     {}),
    ("a condition is no position",
     "Si la licence globale était adoptée, Paul Dumoulin quitterait la majorité.",
     {}),
    ("unnamed actor: the government",
     "Le gouvernement veut renforcer la lutte contre la cybercriminalité.",
     {}),
    ("unnamed actor: the MPs",
     "Les députés ont adopté le blocage administratif des sites.",
     {}),
    ("a party is no person",
     "Le Parti pirate réclame la suppression de la loi Hadopi.",
     {}),
    ("a biography mentions, holds nothing",
     "Née en 1970 à Lyon, Odile Fournier a étudié le droit d'auteur avant d'entrer au Sénat en 2004.",
     {}),
    # --- attribution
    ("quote with reporting verb after it",
     "« Nous défendrons toujours le logiciel libre », a déclaré Odile Fournier.",
     {("Odile Fournier", "free-software"): "support"}),
    ("selon X",
     "Selon Odile Fournier, il faut garantir la neutralité du net.",
     {("Odile Fournier", "net-neutrality"): "support"}),
    ("surname resolved to the full name",
     "Bernard Lachaume était à Lille mardi.\nLachaume a plaidé pour la suppression de la loi Hadopi.",
     {("Bernard Lachaume", "hadopi-law"): "oppose"}),
    ("pronoun resolved to the last named person",
     "Bernard Lachaume a pris la parole mardi. Il a dénoncé la censure sur Internet.",
     {("Bernard Lachaume", "internet-censorship"): "oppose"}),
    ("two speakers, each their own position",
     "Claire Vasseur défend la loi Hadopi.\nPaul Dumoulin veut au contraire abroger la loi Hadopi.",
     {("Claire Vasseur", "hadopi-law"): "support", ("Paul Dumoulin", "hadopi-law"): "oppose"}),
    ("coordinated signatories",
     "Dans une tribune signée par Claire Vasseur et Paul Dumoulin, le parti appelle au rejet de l'ACTA.",
     {("Claire Vasseur", "internet-censorship"): "oppose", ("Paul Dumoulin", "internet-censorship"): "oppose"}),
    ("role noun linked to the named minister",
     "La ministre de la Culture, Odile Fournier, était à Cannes.\nLa ministre a défendu la riposte graduée.",
     {("Odile Fournier", "hadopi-law"): "support"}),
    ("object clitic refers back to the topic",
     "Paul Dumoulin a parlé de la riposte graduée mardi. Il veut la supprimer.",
     {("Paul Dumoulin", "hadopi-law"): "oppose"}),
    ("unnamed people hold nothing",
     "Ceux qui réclament la licence globale se trompent, a estimé Hélène Carrier.",
     {}),
    ("what a named person believes of an unnamed actor",
     "« Je ne crois pas que l'État doive privilégier le logiciel libre », a déclaré Hélène Carrier.",
     {("Hélène Carrier", "free-software"): "oppose"}),
    ("a mention that only qualifies another topic",
     "Marc Aubriot dénonce la censure des opinions sur les réseaux sociaux.",
     {("Marc Aubriot", "internet-censorship"): "oppose"}),
    ("apposition inside the subject phrase",
     "La présidente de la région, Odile Fournier, veut étendre la fibre optique aux zones rurales.",
     {("Odile Fournier", "digital-divide"): "support"}),
    ("inverted pronoun after a quote",
     "Odile Fournier était à Lille.\n« Il faut réduire la fracture numérique », a-t-elle lancé.",
     {("Odile Fournier", "digital-divide"): "support"}),
    ("a name alone on a line is no section",
     "Paul Dumoulin\nLa loi Hadopi sera abrogée, selon le gouvernement.",
     {}),
    ("'être pour' under negation",
     "Hélène Carrier a dit qu'elle n'était pas pour une neutralité stricte du net.",
     {("Hélène Carrier", "net-neutrality"): "oppose"}),
    ("a negative judgement of its subject",
     "Marc Aubriot estime que Twitter est un danger pour la vie politique.",
     {("Marc Aubriot", "social-media-campaigning"): "oppose"}),
    ("praise then a complaint about the same thing = mixed",
     "« Twitter m'a permis de convaincre des électeurs, mais j'y perds un temps fou », reconnaît Marc Aubriot.",
     {("Marc Aubriot", "social-media-campaigning"): "mixed"}),
    ("a bare mention under negation is no position",
     "Paul Dumoulin n'a pas parlé de la neutralité du net.",
     {}),
    ("a threat to a valued freedom",
     "Claire Royer estime que cette réforme menace la liberté d'expression en ligne.",
     {("Claire Royer", "internet-censorship"): "oppose"}),
    ("'il s'agit de' is no action",
     "« Il ne s'agit pas de remettre en cause la neutralité du net », a assuré Julien Mercier.",
     {("Julien Mercier", "net-neutrality"): "support"}),
    ("section heading of a synthesis",
     "Claire Vasseur\nLa loi Hadopi sera abrogée et remplacée.\nPaul Dumoulin\nLe très haut débit pour tous sera une priorité.",
     {("Claire Vasseur", "hadopi-law"): "oppose", ("Paul Dumoulin", "digital-divide"): "support"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_construction(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_qa_answers_belong_to_the_respondent(extractor):
    text = ("Que pensez-vous de la loi Hadopi ?\n"
            "Je suis favorable à son abrogation. Nous lutterons contre la contrefaçon commerciale.")
    x = extractor.extract(make_doc(text, fmt="qa", speaker="Anne Morvan"))
    got = {(p.holder, p.topic): (p.polarity, p.attribution) for p in x.positions}
    assert got == {("Anne Morvan", "hadopi-law"): ("oppose", "said"),
                   ("Anne Morvan", "copyright"): ("support", "said")}
    assert any(p.holder == "Anne Morvan" and "lutterons" in p.evidence.text for p in x.proposals)


@pytest.mark.parametrize("question,answer,expected", [
    ("Et l'Hadopi ?", "À la poubelle, évidemment.", ("hadopi-law", "oppose")),
    ("Et la licence globale ?", "Nous avons toujours été contre et nous le resterons.", ("global-license", "oppose")),
])
def test_short_answers_take_the_questions_topic(extractor, question, answer, expected):
    x = extractor.extract(make_doc(question + "\n" + answer, fmt="qa", speaker="Anne Morvan"))
    assert {(p.topic, p.polarity) for p in x.positions} == {expected}


def test_reported_versus_said(extractor):
    text = ("Pour Hélène Carrier, la neutralité du net doit être inscrite dans la loi.\n"
            "« Je défendrai le logiciel libre », a assuré Hélène Carrier.")
    x = extractor.extract(make_doc(text))
    att = {p.topic: p.attribution for p in x.positions}
    assert att == {"net-neutrality": "reported", "free-software": "said"}


def test_press_release_first_person_is_the_author(extractor):
    text = ("Communiqué de presse de Julien Sauvage\n"
            "Je me réjouis du rejet de l'ACTA par le Parlement européen.")
    assert positions(extractor, text) == {("Julien Sauvage", "internet-censorship"): "oppose"}


@pytest.mark.parametrize("text", [
    "Julien Sauvage veut abroger l’Hadopi.",            # typographic apostrophe, elision
    "Julien Sauvage veut abroger l'HADOPI.",             # capitals
    "Julien Sauvage veut abroger la loi\u00a0Hadopi.",   # non-breaking space
    "Julien Sauvage veut abroger la «\u00a0loi Hadopi\u00a0».",
])
def test_surface_forms_are_robust(extractor, text):
    assert positions(extractor, text) == {("Julien Sauvage", "hadopi-law"): "oppose"}


def test_speakers_carry_party(extractor):
    x = extractor.extract(make_doc("Yves Marchal (UMP) a défendu la riposte graduée."))
    assert [(s.name, s.party) for s in x.speakers] == [("Yves Marchal", "UMP")]


def test_initials_of_a_well_known_name_resolve_without_the_full_name(extractor):
    # the text never spells out the first name: the list of well-known names does
    text = "Réponses des candidats\nN. Sarkozy : « il faut défendre la riposte graduée »"
    assert positions(extractor, text) == {("Nicolas Sarkozy", "hadopi-law"): "support"}


def test_capitals_and_initials_resolve(extractor):
    text = ("Position de Julien SAUVAGE sur le numérique.\n"
            "J. Sauvage : « il faut abroger la loi Hadopi »")
    assert positions(extractor, text) == {("Julien Sauvage", "hadopi-law"): "oppose"}


@pytest.mark.parametrize("question,answer,expected", [
    ("Faut-il abroger la loi Hadopi ?", "Oui, sans attendre.", "oppose"),
    ("Faut-il abroger la loi Hadopi ?", "Non, elle protège les créateurs.", "support"),
    ("Êtes-vous favorable à la licence globale ?", "Absolument.", "support"),
    ("Êtes-vous pour ou contre la licence globale ?", "Oui.", None),  # the reply tells no side
    ("La France est-elle armée contre le piratage ?", "Non.", None),  # a question of fact
])
def test_yes_no_answers_take_the_side_of_the_question(extractor, question, answer, expected):
    x = extractor.extract(make_doc(f"{question}\n{answer}", fmt="qa", speaker="Anne Morvan"))
    got = {p.topic: p.polarity for p in x.positions}
    topic = {"Hadopi": "hadopi-law", "licence": "global-license", "piratage": "copyright"}
    topic = next(v for k, v in topic.items() if k in question)
    assert got.get(topic) == expected


def test_what_replaces_is_backed(extractor):
    got = positions(extractor, "Lucie Brémond propose de remplacer la loi Hadopi par une contribution créative.")
    assert got == {("Lucie Brémond", "hadopi-law"): "oppose", ("Lucie Brémond", "global-license"): "support"}


def test_a_title_with_a_colon_does_not_silence_the_answers(extractor):
    text = ("Entretien : « Je tweete tous les soirs »\n"
            "Que pensez-vous de la loi Hadopi ?\n"
            "C'est une loi inutile et coûteuse : il faut l'abroger.")
    got = positions(extractor, text, fmt="qa", speaker="Odile Ferrant")
    assert got == {("Odile Ferrant", "hadopi-law"): "oppose"}


def test_parliamentary_turns(extractor):
    text = ("M. le président. La parole est à M. Hugo Marchand.\n"
            "M. Hugo Marchand. La riposte graduée a échoué. Nous proposons de l'abroger.\n"
            "Mme Claire Bastide. Vous supprimez la riposte graduée sans protéger les créateurs. "
            "Le droit d'auteur mérite mieux.\n"
            "M. Paul Vernet, ministre de la culture. Le Gouvernement est défavorable à cette proposition. "
            "La Haute Autorité a fait ses preuves et doit être confortée.")
    assert positions(extractor, text) == {
        ("Hugo Marchand", "hadopi-law"): "oppose",     # the speaker's own proposal
        ("Claire Bastide", "copyright"): "support",    # "vous supprimez": the other side's act
        ("Paul Vernet", "hadopi-law"): "support",      # "le Gouvernement est défavorable": nobody's
    }


@pytest.mark.parametrize("answer,expected", [
    ("J'y suis tout à fait favorable.", "support"),
    ("Nous y sommes opposés, car les artistes n'y gagneraient rien.", "oppose"),
    ("Je n'y suis pas favorable.", "oppose"),
    ("Je suis favorable à une autre solution.", None),
    ("Je préfère attendre le rapport.", "neutral"),  # waiting for a report: a side declined
])
def test_short_answers_take_a_side_on_the_question_topic(extractor, answer, expected):
    x = extractor.extract(make_doc(f"Que pensez-vous de la licence globale ?\n{answer}", fmt="qa",
                                   speaker="Anne Morvan"))
    assert {p.topic: p.polarity for p in x.positions}.get("global-license") == expected
