"""Ingest layout rules on texts users meet: interviews against explainers and articles with a
question or two, parliamentary records, press-release signatures, speakers named in titles,
markdown markup at span edges. The texts are French samples written for these tests
(fictional speakers), and the gold set's documents in tests/gold/docs/ (read, never edited)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from stancegraph.ingest import read_document
from stancegraph.ingest.speakers import detect_speakers, name_key
from stancegraph.models import Document, Speaker

HERE = Path(__file__).parent
GOLD = HERE / "gold"
GOLD_DOCS = GOLD / "docs"


def spans(doc: Document):
    for e in doc.exchanges:
        yield e.answer
        if e.question is not None:
            yield e.question


def read_text(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    for span in spans(doc):
        assert doc.text[span.start:span.end] == span.text and span.text == span.text.strip() and span.text
    return doc


# --- the gold set's documents: Q/A exactly where its index says so ------------------------


def gold_index() -> list[dict]:
    return json.loads((GOLD / "files.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", gold_index(), ids=lambda e: e["file"])
def test_gold_documents_are_qa_exactly_when_the_index_says_so(entry):
    doc = read_document(GOLD_DOCS / entry["file"])
    assert doc.format == ("qa" if entry["format"] == "qa" else "prose")
    if entry["format"] == "qa":
        # the respondent is the speaker the gold rows are about, and holds every answer
        respondent = entry["speakers"][0]
        assert doc.speakers[0].name == respondent
        assert {e.speaker for e in doc.exchanges if e.question is not None} == {respondent}
    # one person, one entry, however the text spells them ("Eloïse" in a lede, "Éloïse" in
    # the sidecar)
    keys = [name_key(s.name) for s in doc.speakers]
    assert len(keys) == len(set(keys))


def test_questionnaire_title_with_les_reponses_d_names_the_respondent():
    doc = read_document(GOLD_DOCS / "qa-roussel-vidal-questionnaire.md")
    [speaker] = doc.speakers
    assert speaker.name == "Antoine Roussel-Vidal"
    assert speaker.party == "DLF"  # from the italic lede "*Le candidat de Debout la France ...*"
    assert speaker.role.startswith("candidat de Debout la France")
    assert len(doc.exchanges) == 6 and all(e.speaker == "Antoine Roussel-Vidal" for e in doc.exchanges)
    assert not doc.lede.startswith("*") and not doc.lede.endswith("*")


@pytest.mark.parametrize(
    "file,name",
    [("communique-thouvenin-soutien-hadopi.txt", "Valérie Thouvenin"),
     ("speech-telin-congres-elus-montagne.txt", "Françoise Télin")],
)
def test_genre_word_before_the_name_is_not_part_of_it(file, name):
    doc = read_document(GOLD_DOCS / file)
    assert [s.name for s in doc.speakers] == [name]


@pytest.mark.parametrize(
    "title,expected",
    [
        ("Questionnaire « Culture 2027 » : les réponses d'Odile Brun", "Odile Brun"),
        ("Les réponses d’Édouard Lemaire-Chassagne", "Édouard Lemaire-Chassagne"),
        ("Entretien d'Aurore Le Bihan", "Aurore Le Bihan"),
        ("Tchat avec Gilles Parmentier, maire de Saint-Ourson", "Gilles Parmentier"),
        ("Gilles Parmentier répond aux internautes", "Gilles Parmentier"),
        ("Gilles Parmentier : « La fibre d'abord »", "Gilles Parmentier"),
        ("Discours de Maëlle Quéré, ministre de la Mer", "Maëlle Quéré"),
        ("Tribune de Loïc Ferrandi", "Loïc Ferrandi"),
        ("Intervention de Mme Rose Valadier au Sénat", "Rose Valadier"),
    ],
)
def test_speaker_titles(title, expected):
    assert detect_speakers(title, None)[0].name == expected


def test_role_in_apposition_before_the_name_in_a_lede():
    found = detect_speakers("Rose Valadier : « Le réseau d'abord »",
                            "Sénatrice (PS) de la Lozère et rapporteure du budget, Rose Valadier défend le plan.")
    assert found == [Speaker("Rose Valadier", "Sénatrice de la Lozère et rapporteure du budget", "PS")]


def test_sidecar_speaker_and_unaccented_lede_are_one_person(tmp_path):
    (tmp_path / "e.txt.meta.json").write_text('{"speaker": "Éloïse Valadier", "party": "PS"}', encoding="utf-8")
    doc = read_text(tmp_path, "Entretien\nSénatrice du Gers, Eloïse Valadier répond.\nFaut-il la fibre ?\nOui.\n"
                              "Et le cuivre ?\nNon.\n", "e.txt")
    assert doc.speakers == (Speaker("Éloïse Valadier", "Sénatrice du Gers", "PS"),)


# --- Q/A or prose --------------------------------------------------------------------------

EXPLAINER = """Fibre optique : ce qui change au 1er janvier
Le plan très haut débit entre dans sa deuxième phase. Les communes rurales seront raccordées en priorité.
Qui paie ?
L'État finance la moitié des travaux, les départements et les opérateurs se partagent le reste.
Et les zones blanches ?
Elles bénéficient d'un fonds spécial, géré par l'agence nationale de la cohésion des territoires.
"""


def test_explainer_with_question_headings_is_prose(tmp_path):
    doc = read_text(tmp_path, EXPLAINER)
    assert doc.format == "prose" and all(e.question is None for e in doc.exchanges)


def test_the_same_questions_answered_in_the_first_person_are_an_interview(tmp_path):
    text = EXPLAINER.replace("L'État finance", "Nous finançons").replace("Elles bénéficient", "Je leur réserve")
    doc = read_text(tmp_path, text)
    assert doc.format == "qa" and [e.question.text for e in doc.exchanges] == ["Qui paie ?", "Et les zones blanches ?"]


def test_an_interview_title_is_enough_for_two_answered_questions(tmp_path):
    text = EXPLAINER.replace("Fibre optique : ce qui change au 1er janvier",
                             "Fibre optique : Gilles Parmentier répond à nos questions")
    doc = read_text(tmp_path, text)
    assert doc.format == "qa" and {e.speaker for e in doc.exchanges} == {"Gilles Parmentier"}


def test_html_explainer_with_question_subheadings_is_prose(tmp_path):
    page = ("<html><body><main><h1>Le vote électronique expliqué</h1><p>Trois communes testent l'urne "
            "connectée.</p><h2>Comment ça marche ?</h2><p>L'électeur s'identifie avec sa carte.</p>"
            "<h2>Est-ce sûr ?</h2><p>Un audit indépendant a été commandé par la préfecture.</p></main></body></html>")
    doc = read_text(tmp_path, page, "page.html")
    assert doc.format == "prose"


def test_news_article_with_one_question_paragraph_stays_prose(tmp_path):
    doc = read_text(tmp_path, "Le conseil vote la fibre\nLe conseil municipal de Brévannes a voté mardi le plan.\n"
                              "Faut-il s'en réjouir ?\nPour Claire Aubéry, élue d'opposition, « vous verrez que "
                              "c'est trop tard ».\nLe chantier commence en mars.\n")
    assert doc.format == "prose"


def test_long_question_paragraphs_are_speech_not_questions(tmp_path):
    long_q = ("Nous savons tous que la fracture numérique ne se résorbera pas d'elle-même, que les opérateurs "
              "n'investiront jamais spontanément dans les vallées où vivent quelques centaines d'habitants, et que "
              "l'État a longtemps fermé les yeux sur cette réalité, alors je vous le demande, mes chers collègues, "
              "combien de temps encore allons-nous attendre ?")
    assert len(long_q) > 300
    text = f"Intervention au conseil régional\n{long_q}\nJe propose un fonds régional.\n{long_q}\nJe vous remercie.\n"
    assert read_text(tmp_path, text).format == "prose"


# --- parliamentary records ------------------------------------------------------------------

RECORD = """Assemblée départementale — Compte rendu de séance
Séance du mardi 4 février
M. le président. – La parole est à M. Jean-Baptiste Quéméner, rapporteur.
M. Jean-Baptiste Quéméner, rapporteur. – Mes chers collègues, la commission propose d'adopter le plan de déploiement de la fibre. Qui peut s'y opposer ?
Ce plan raccordera toutes les communes d'ici trois ans.
(Applaudissements sur plusieurs bancs.)
Mme Solène Le Dantec (EELV). – Nous voterons ce plan, mais pourquoi exclure les hameaux ?
M. le président. – Quel est l'avis de la commission ?
M. Jean-Baptiste Quéméner, rapporteur. – Favorable.
Mme Armelle Rozec. Je m'abstiendrai.
"""


def test_record_is_prose_split_by_speaker(tmp_path):
    doc = read_text(tmp_path, RECORD)
    assert doc.format == "prose"
    turns = [(e.speaker, e.answer.text[:25]) for e in doc.exchanges]
    assert turns[-8:] == [
        (None, "M. le président. – La par"),
        ("Jean-Baptiste Quéméner", "M. Jean-Baptiste Quéméner"),
        ("Jean-Baptiste Quéméner", "Ce plan raccordera toutes"),  # the turn goes on
        (None, "(Applaudissements sur plu"),  # nobody says a stage direction
        ("Solène Le Dantec", "Mme Solène Le Dantec (EEL"),
        (None, "M. le président. – Quel e"),  # an unnamed role
        ("Jean-Baptiste Quéméner", "M. Jean-Baptiste Quéméner"),
        ("Armelle Rozec", "Mme Armelle Rozec. Je m'a"),
    ]
    assert doc.speakers == ()  # members are not the document's author


def test_record_tags():
    from stancegraph.ingest.layout import text_blocks
    from stancegraph.ingest.transcript import find_tag

    def tag(line):
        return find_tag(line, text_blocks(line)[0])

    t = tag("M. Jean-Baptiste Quéméner, rapporteur. – Favorable.")
    assert (t.name, t.role, t.party) == ("Jean-Baptiste Quéméner", "rapporteur", None)
    assert "M. Jean-Baptiste Quéméner, rapporteur. – Favorable."[t.end:] == "Favorable."
    t = tag("Mme Solène Le Dantec (EELV). – Nous voterons.")
    assert (t.name, t.party) == ("Solène Le Dantec", "EELV")
    t = tag("Mme la ministre de la mer. Le Gouvernement est favorable.")
    assert t.name is None and t.role == "la ministre de la mer"
    assert tag("Madame la présidente, je voterai contre.") is None  # an address, not a tag
    assert tag("Mme Le Dantec votera contre.") is None  # a sentence


def test_news_paragraphs_opening_with_a_civility_are_not_a_record(tmp_path):
    doc = read_text(tmp_path, "Le département vote la fibre\nM. Quéméner, qui préside la commission, a défendu "
                              "le plan. Il a été suivi.\nMme Le Dantec, élue écologiste, a voté pour. Elle "
                              "regrette l'oubli des hameaux.\n")
    assert doc.format == "prose" and all(e.speaker is None for e in doc.exchanges)


def test_gold_senate_record_is_prose_with_the_member_speaking():
    doc = read_document(GOLD_DOCS / "speech-senat-cybercriminalite.txt")
    assert doc.format == "prose"
    said = {e.speaker for e in doc.exchanges if "article 6" in e.answer.text}
    assert said == {"Régine Fauvel"}
    assert {e.speaker for e in doc.exchanges} == {None, "Régine Fauvel", "Bruno Leclerc"}


# --- press-release signatures ----------------------------------------------------------------


@pytest.mark.parametrize(
    "ending,expected",
    [
        ("Corentin LEBRETON\nDéputé de la Creuse\n",
         Speaker("Corentin Lebreton", "Député de la Creuse", None)),
        ("Corentin Lebreton, Délégué national du Parti socialiste au numérique\n",
         Speaker("Corentin Lebreton", "Délégué national du Parti socialiste au numérique", "PS")),
        ("Corentin LE BRETON\nContact presse : Inès Morvan, 06 12 34 56 78\n",
         Speaker("Corentin Le Breton", None, None)),
    ],
)
def test_press_release_signature_becomes_a_speaker(tmp_path, ending, expected):
    doc = read_text(tmp_path, "COMMUNIQUÉ DE PRESSE\nFibre : la Creuse oubliée\n"
                              "Je demande que l'État tienne ses promesses de raccordement.\n" + ending)
    assert doc.speakers == (expected,)


@pytest.mark.parametrize(
    "ending",
    [
        "Contact presse : Inès Morvan, 06 12 34 56 78\n",  # a press contact is not the author
        "Europe Écologie Les Verts\n",  # the party signs
        "Corentin Lebreton a voté contre le texte.\n",  # a sentence
    ],
)
def test_no_signature(tmp_path, ending):
    doc = read_text(tmp_path, "COMMUNIQUÉ DE PRESSE\nFibre : la Creuse oubliée\n"
                              "Nous demandons que l'État tienne ses promesses.\n" + ending)
    assert doc.speakers == ()


def test_article_byline_at_the_end_is_not_a_signature(tmp_path):
    doc = read_text(tmp_path, "La Creuse attend la fibre\nLes élus s'impatientent.\nCorentin Lebreton\n")
    assert doc.speakers == ()


def test_signature_completes_the_author_named_in_the_title(tmp_path):
    doc = read_text(tmp_path, "Communiqué de Corentin Lebreton\nJe demande la fibre pour tous.\n"
                              "Corentin LEBRETON\nDéputé (PS) de la Creuse\n")
    assert doc.speakers == (Speaker("Corentin Lebreton", "Député (PS) de la Creuse", "PS"),)


def test_gold_release_signed_in_capitals():
    doc = read_document(GOLD_DOCS / "communique-pcf-hadopi-loppsi.txt")
    [speaker] = doc.speakers
    assert speaker.name == "Lucien Mairet" and speaker.party == "PCF"
    eelv = read_document(GOLD_DOCS / "communique-eelv-neutralite.md")
    assert "Léa Fournier" not in {s.name for s in eelv.speakers}  # the press contact


# --- markdown markup at span edges ----------------------------------------------------------

MARKDOWN = """# Entretien avec Gilles Parmentier

*Le maire de Saint-Ourson répond à nos questions.*

## Faut-il couvrir les zones blanches ?

**Oui.** Je m'y engage, et vite : **la fibre d'abord**

> Une commune sans réseau est une commune qui meurt.

## Et le logiciel libre ?

_Sans hésiter_, pour toute la mairie.
"""


def test_markdown_spans_neither_start_nor_end_with_markup(tmp_path):
    doc = read_text(tmp_path, MARKDOWN, "entretien.md")
    assert doc.format == "qa" and doc.lede == "Le maire de Saint-Ourson répond à nos questions."
    first, second = doc.exchanges
    assert first.answer.text.startswith("Oui.** Je m'y engage")  # inner markup stays (offsets)
    assert first.answer.text.endswith("qui meurt.")
    assert second.answer.text == "Sans hésiter_, pour toute la mairie."
    for span in spans(doc):
        assert not re.match(r"[*_#>]", span.text) and not re.search(r"[*_#]$", span.text), span.text


def test_gold_markdown_spans_have_no_markup_at_their_edges():
    for path in GOLD_DOCS.glob("*.md"):
        doc = read_document(path)
        for span in spans(doc):
            assert not re.match(r"[*_#>]", span.text) and not re.search(r"[*_#]$", span.text), (path.name, span.text)


# --- bylines of speeches, names in capitals ---------------------------------------------------


def test_speech_byline_under_the_title_names_the_speaker(tmp_path):
    doc = read_text(tmp_path, "Extraits du discours prononcé\nau salon des maires ruraux\n\npar Maëlle Quéré,\n"
                              "Ministre de la Mer\n\nJe veux que chaque port ait la fibre avant deux ans, et je "
                              "m'y engagerai devant vous, commune par commune, sans attendre les opérateurs.\n")
    assert doc.speakers[0].name == "Maëlle Quéré"


def test_article_byline_under_the_title_is_not_a_speaker(tmp_path):
    # a news article's "Par X" names its journalist, who holds no position
    doc = read_text(tmp_path, "Le port attend la fibre\nLes pêcheurs s'impatientent.\n\nPar Yann Kerhervé\n\n"
                              "Le chantier de raccordement du port de Loguivy a encore pris six mois de retard, "
                              "selon la préfecture, qui invoque des difficultés techniques.\n")
    assert doc.speakers == ()


def test_name_in_capitals_is_given_in_the_usual_case():
    assert detect_speakers("Intervention de Maëlle QUÉRÉ, ministre de la Mer", None)[0] == Speaker(
        "Maëlle Quéré", "ministre de la Mer", None)


def test_long_question_addressed_to_the_respondent_stays_a_question(tmp_path):
    long_q = ("Vous avez déclaré l'an dernier que la fibre arriverait dans chaque village avant la fin du mandat, "
              "puis le conseil départemental a reporté le chantier de deux ans faute de crédits, et les maires "
              "ruraux vous accusent aujourd'hui d'avoir promis ce que vous ne pouviez pas tenir : que leur "
              "répondez-vous, et quel calendrier pouvez-vous garantir ?")
    assert len(long_q) > 300
    doc = read_text(tmp_path, "Entretien avec Gilles Parmentier\nFaut-il couvrir les zones blanches ?\n"
                              "Oui, c'est ma priorité.\n" + long_q + "\nJe maintiens mon calendrier.\n"
                              "Et le logiciel libre ?\nJe le soutiens.\n")
    assert doc.format == "qa"
    assert [e.answer.text for e in doc.exchanges] == [
        "Oui, c'est ma priorité.", "Je maintiens mon calendrier.", "Je le soutiens."]
    assert doc.exchanges[1].question.text == long_q  # not the respondent's words


def test_markdown_record_with_bold_tags(tmp_path):
    doc = read_text(tmp_path, "# Séance du conseil\n\n**M. le président.** – La parole est à Mme Rozec.\n\n"
                              "**Mme Armelle Rozec.** – Je voterai ce plan.\n\nIl est attendu.\n", "seance.md")
    assert doc.format == "prose"
    assert [e.speaker for e in doc.exchanges] == [None, "Armelle Rozec", "Armelle Rozec"]
