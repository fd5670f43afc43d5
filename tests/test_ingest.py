"""Ingest: files -> Document, checked on the seed and on French samples written for these
tests (fictional speakers) in tests/cases/ingest/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancegraph.ingest import IngestError, Metadata, read_document
from stancegraph.ingest.speakers import detect_speakers
from stancegraph.models import Document, Speaker

HERE = Path(__file__).parent
CASES = HERE / "cases" / "ingest"
SEED = HERE.parent / "data" / "aubry-strategie-numerique-2011.txt"


def spans(doc: Document):
    for e in doc.exchanges:
        yield e.answer
        if e.question is not None:
            yield e.question


def assert_offsets(doc: Document) -> None:
    for span in spans(doc):
        assert doc.text[span.start:span.end] == span.text
        assert span.text == span.text.strip() and span.text


# --- the seed ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Document:
    return read_document(SEED)


def test_seed_layout(seed):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    assert seed.format == "qa"
    assert seed.title == "La stratégie numérique de Martine Aubry" == lines[0]
    assert seed.lede == lines[1]
    assert seed.text == SEED.read_text(encoding="utf-8")  # not normalised
    assert seed.path == SEED.name
    assert_offsets(seed)


def test_seed_speaker(seed):
    [aubry] = seed.speakers
    assert aubry.name == "Martine Aubry"
    assert "Première secrétaire du PS" in aubry.role
    assert aubry.party == "PS"
    assert {e.speaker for e in seed.exchanges} == {"Martine Aubry"}


def test_seed_questions_are_the_lines_ending_with_a_question_mark(seed):
    # The seed has five question lines; two of them hold two question sentences each
    # ("... Twitter et/ou Facebook ?", "Êtes-vous pour ou contre ... ? Êtes-vous pour ou
    # contre ... ?"), which stay one question each: seven question sentences, five blocks.
    lines = SEED.read_text(encoding="utf-8").splitlines()
    expected = [line for line in lines if line.rstrip().endswith("?")]
    assert [e.question.text for e in seed.exchanges] == expected
    assert len(seed.exchanges) == 5
    assert sum(e.question.text.count("?") for e in seed.exchanges) == 7


def test_seed_answers_span_paragraphs_and_drop_footer(seed):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    second = seed.exchanges[1].answer.text  # three paragraphs
    assert second == "\n".join(lines[5:8])
    last = seed.exchanges[-1].answer.text
    assert last.endswith("contre la contrefaçon commerciale.")
    for span in spans(seed):
        assert "Commentaires" not in span.text and "Connectez-vous" not in span.text
    assert seed.date == "2011"  # from the sidecar beside the seed


# --- French samples --------------------------------------------------------------------

CASE_EXPECTATIONS = [
    # file, format, speaker, role, party, number of exchanges, date
    ("dumontel-entretien.txt", "qa", "Claire Dumontel", "députée de la Sarthe", "PS", 3, "2011-03-12"),
    ("vasseur-questions.md", "qa", "Marc Vasseur", "maire de Villebrune", "UMP", 2, None),
    ("lemoine-page.html", "qa", "Sophie Lemoine", "sénatrice du Finistère", "EELV", 2, "2012-04-03"),
    ("questionnaire-garnier.json", "qa", "Hélène Garnier", "candidate du MoDem à la mairie de Rivebourg", "MoDem", 2, "2014-02-20"),
    ("debat-candidats.jsonl", "qa", "Paul Ferrand", None, None, 3, "2017-04-02"),
    ("entretien-sidecar.txt", "qa", "Roselyne Badet", None, "PCF", 2, "2013-05-14"),
    ("communique-marchal.txt", "prose", "Julien Marchal", "porte-parole du MoDem", "MoDem", 3, None),
    ("article-vote.txt", "prose", None, None, None, 3, None),
    ("chat-ropert.txt", "qa", "Nadine Ropert", "secrétaire d'État chargée du numérique", None, 2, "2010-10-14"),
]


@pytest.mark.parametrize("name,fmt,speaker,role,party,n,date", CASE_EXPECTATIONS)
def test_case(name, fmt, speaker, role, party, n, date):
    doc = read_document(CASES / name)
    assert doc.format == fmt
    assert len(doc.exchanges) == n
    assert doc.date == date
    assert_offsets(doc)
    if speaker is None:
        assert doc.speakers == ()
    else:
        assert doc.speakers[0] == Speaker(speaker, role, party)
    for e in doc.exchanges:
        if fmt == "prose":
            assert e.question is None and e.speaker is None
        else:
            assert e.question is not None and e.speaker is not None
    assert [e.index for e in doc.exchanges] == list(range(n))


def test_txt_answers_and_boilerplate():
    doc = read_document(CASES / "dumontel-entretien.txt")
    first, second, third = doc.exchanges
    assert first.question.text == "Faut-il abroger la loi Hadopi ?"
    assert first.answer.text.startswith("Oui. La riposte graduée")
    assert first.answer.text.endswith("des seuls abonnements.")  # two paragraphs
    assert second.question.text == "Êtes-vous favorable à une contribution créative ? À quel montant ?"
    assert "© AFP" not in second.answer.text and "Photo" not in second.answer.text
    assert third.answer.text == "Sans hésiter. Un opérateur ne doit pas choisir quels sites passent plus vite que d'autres."
    assert all("Publié" not in s.text and "Commentaires" not in s.text for s in spans(doc))


def test_markdown_markers_and_markup_left_out_of_spans():
    doc = read_document(CASES / "vasseur-questions.md")
    assert doc.title == "Marc Vasseur (UMP) répond à nos questions"
    q = [e.question.text for e in doc.exchanges]
    assert q == ["Que pensez-vous du filtrage des sites par l'administration ?", "Et la fracture numérique ?"]
    first = doc.exchanges[0].answer.text
    assert first.startswith("Je le soutiens")  # no "**R :**"
    assert "l'arbitraire." in first  # the > quote belongs to the answer
    assert all("Temps de lecture" not in s.text and "Partager" not in s.text for s in spans(doc))


def test_html_main_text_only():
    doc = read_document(CASES / "lemoine-page.html")
    for chrome in ("tracker", "Politique", "Abonnez-vous", "mentions légales", "Partager",
                   "Tweeter", "vidéo", "lecteur", "color: red", "Le Journal fictif"):
        assert chrome not in doc.text
    assert doc.title == "Entretien avec Sophie Lemoine"
    assert doc.text.startswith("Entretien avec Sophie Lemoine\n\n")
    assert doc.exchanges[0].question.text == "Que pensez-vous de la neutralité du Net\u00a0?"
    assert doc.exchanges[0].answer.text.endswith("Je déposerai une proposition de loi en ce sens.")
    assert "transportent les données, ils" in doc.exchanges[0].answer.text  # whitespace collapsed


def test_json_layout_and_offsets():
    doc = read_document(CASES / "questionnaire-garnier.json")
    data = json.loads((CASES / "questionnaire-garnier.json").read_text(encoding="utf-8"))
    assert doc.title == data["title"] and doc.text.startswith(data["title"] + "\n\n")
    assert doc.source_url == data["source_url"]
    first = doc.exchanges[0]
    assert first.question.text == data["items"][0]["question"]
    assert first.answer.text == data["items"][0]["answer"]
    assert doc.text[first.question.end:first.answer.start] == "\n\n"
    assert doc.exchanges[1].answer.text == "\n\n".join(data["items"][1]["answer"])


def test_json_meta_argument_speaker_wins(tmp_path):
    doc = read_document(CASES / "questionnaire-garnier.json", meta=Metadata(speaker="Odile Brun"))
    assert doc.speakers[0].name == "Odile Brun"
    assert {e.speaker for e in doc.exchanges} == {"Odile Brun"}


def test_json_speaker_from_title(tmp_path):
    path = tmp_path / "q.json"
    path.write_text(json.dumps({"title": "Entretien avec Odile Brun (PCF)",
                                "items": [{"question": "Pour ?", "answer": "Oui."}]}), encoding="utf-8")
    doc = read_document(path)
    assert doc.speakers == (Speaker("Odile Brun", None, "PCF"),)
    assert doc.exchanges[0].speaker == "Odile Brun"


def test_jsonl_speakers_per_line():
    doc = read_document(CASES / "debat-candidats.jsonl")
    assert [e.speaker for e in doc.exchanges] == ["Paul Ferrand", "Inès Roussel", "Paul Ferrand"]
    assert [s.name for s in doc.speakers] == ["Paul Ferrand", "Inès Roussel"]
    assert doc.title == "Deux candidats, trois questions"


def test_prose_with_a_question_in_title_and_body_stays_prose():
    doc = read_document(CASES / "article-vote.txt")
    assert doc.title == "Vote électronique : la fin d'une expérience ?"
    assert doc.exchanges[0].answer.text.startswith("Le conseil municipal")
    assert doc.lede == doc.exchanges[0].answer.text


def test_no_question_no_speaker_is_prose_not_error():
    doc = read_document(HERE / "bad_inputs" / "no-question-no-speaker.txt")
    assert doc.format == "prose" and doc.speakers == () and len(doc.exchanges) == 2


# --- metadata --------------------------------------------------------------------------


def test_key_and_sha(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Une phrase.\n".encode())
    import hashlib

    doc = read_document(path, key="sub/a.txt")
    assert doc.path == "sub/a.txt" and doc.name == "a.txt"
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert read_document(path).path == "a.txt"


def test_meta_argument_wins_over_sidecar_which_wins_over_detection(tmp_path):
    path = tmp_path / "entretien.txt"
    path.write_text((CASES / "dumontel-entretien.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "entretien.meta.json").write_text(
        json.dumps({"speaker": "Claire Dumontel", "date": "2011-03-15", "source_url": "https://example.org/a"}),
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.date == "2011-03-15"  # sidecar over the "Publié le" line
    assert doc.speakers[0] == Speaker("Claire Dumontel", "députée de la Sarthe", "PS")  # completed
    doc = read_document(path, meta=Metadata(speaker="Bruno Lefort", party="LR", date="2011-04-01"))
    assert doc.speakers[0] == Speaker("Bruno Lefort", None, "LR")
    assert {e.speaker for e in doc.exchanges} == {"Bruno Lefort"}
    assert doc.date == "2011-04-01" and doc.source_url == "https://example.org/a"
    assert Speaker("Claire Dumontel", "députée de la Sarthe", "PS") in doc.speakers  # still found


def test_sidecar_named_after_the_full_file_name_first(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("Titre\nUne phrase.\n", encoding="utf-8")
    (tmp_path / "x.meta.json").write_text('{"title": "stem"}', encoding="utf-8")
    assert read_document(path).title == "stem"
    (tmp_path / "x.txt.meta.json").write_text('{"title": "full"}', encoding="utf-8")
    assert read_document(path).title == "full"


@pytest.mark.parametrize(
    "content,reason",
    [
        ('{"speaker": "A B",}', "sidecar x.txt.meta.json: invalid JSON at line 1 column 19"),
        ('["A B"]', "sidecar x.txt.meta.json: expected a JSON object, got list"),
        ('{"speeker": "A B"}', "sidecar x.txt.meta.json: unknown key 'speeker'"),
        ('{"date": 2011}', "sidecar x.txt.meta.json: 'date' must be a string, got int"),
    ],
)
def test_bad_sidecar(tmp_path, content, reason):
    path = tmp_path / "x.txt"
    path.write_text("Une phrase.\n", encoding="utf-8")
    (tmp_path / "x.txt.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(IngestError) as info:
        read_document(path)
    assert info.value.reason.startswith(reason)
    assert str(info.value) == f"{path}: {info.value.reason}"


def test_french_meta_date_becomes_iso(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("Une phrase.\n", encoding="utf-8")
    assert read_document(path, meta=Metadata(date="20 septembre 2011")).date == "2011-09-20"
    assert read_document(path, meta=Metadata(date="2011")).date == "2011"


# --- speakers from titles and ledes ----------------------------------------------------


@pytest.mark.parametrize(
    "title,lede,expected",
    [
        ("Entretien avec Claire Dumontel, députée (PS) de la Sarthe", None,
         Speaker("Claire Dumontel", "députée de la Sarthe", "PS")),
        ("Marc Vasseur (UMP) répond à nos questions", None, Speaker("Marc Vasseur", None, "UMP")),
        ("Interview de Paul Hernandez, député UMP du Cantal", None,
         Speaker("Paul Hernandez", "député UMP du Cantal", "UMP")),
        ("La politique culturelle de Nadia Chérif", "Les réponses de la candidate du Front de gauche à nos questions.",
         Speaker("Nadia Chérif", "candidate du Front de gauche", "FdG")),
        ("Questions numériques", "Aujourd'hui, Léa Moreau-Vidal, première adjointe (EELV) au maire de Lille.",
         Speaker("Léa Moreau-Vidal", "première adjointe au maire de Lille", "EELV")),
        ("Communiqué de presse de Jeanne Le Guen, présidente du Rassemblement national", None,
         Speaker("Jeanne Le Guen", "présidente du Rassemblement national", "RN")),
        ("Hadopi : la position de Sophie Carrel", None, Speaker("Sophie Carrel")),
        ("Jean-Marc Ricard : « La licence globale est une impasse »", None, Speaker("Jean-Marc Ricard")),
        ("Entretien avec Yves Le Bihan (LFI)", None, Speaker("Yves Le Bihan", None, "LFI")),
        # an honorific is not part of the name; a dash ends the role (a date follows)
        ("Débat au Sénat", "Intervention de M. Paul Hernandez, sénateur (PS) du Cantal – 9 février 2012",
         Speaker("Paul Hernandez", "sénateur du Cantal", "PS")),
        # a sentence-opening word is not part of the name
        ("Nos questions aux candidats", "Seul Louis Perrin (MoDem) nous a répondu à ce jour.",
         Speaker("Louis Perrin", None, "MoDem")),
    ],
)
def test_detect_speaker(title, lede, expected):
    assert detect_speakers(title, lede)[0] == expected


@pytest.mark.parametrize(
    "title",
    ["Le Sénat adopte la loi sur le numérique", "Les Républicains et le Parti socialiste s'opposent",
     "Faut-il abroger Hadopi ?", "Vote électronique : la fin d'une expérience ?",
     "NUMÉRIQUE : NOS QUESTIONS AUX CANDIDATS (3/8)", "NUMÉRIQUE : LES CANDIDATS RÉPONDENT (3/6)"],
)
def test_no_speaker_in_plain_titles(title):
    assert detect_speakers(title, None) == []


def test_labelled_interview():
    doc = read_document(CASES / "chat-ropert.txt")
    first, second = doc.exchanges
    assert first.question.text.startswith("Bonjour, quelle est")  # "Le Quotidien :" left out
    assert first.answer.text.startswith("Le très haut débit")  # "NR :" left out
    assert first.answer.text.endswith("dès la semaine prochaine.")
    assert second.question.text == "Et la loi Hadopi, vous la soutenez toujours ?"
    assert {e.speaker for e in doc.exchanges} == {"Nadine Ropert"}  # NR = initials
    assert doc.title == "Nadine Ropert : « La fibre avant les autoroutes »"


# --- layout rules on small texts ---------------------------------------------------------


def read_text(tmp_path, text: str, name: str = "doc.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert_offsets(doc)
    return doc


def test_question_on_two_lines_is_one_question(tmp_path):
    doc = read_text(tmp_path, "Entretien avec Claire Dumontel\nFaut-il abroger Hadopi ?\nPar quoi la remplacer ?\n"
                              "Par une contribution.\nEt la neutralité ?\nOui.\n")
    assert [e.question.text for e in doc.exchanges] == [
        "Faut-il abroger Hadopi ?\nPar quoi la remplacer ?", "Et la neutralité ?"]


def test_boilerplate_inside_an_answer_splits_it(tmp_path):
    doc = read_text(tmp_path, "Entretien avec Claire Dumontel\nFaut-il abroger Hadopi ?\nOui, vite.\n"
                              "Partager\nElle ne sert à rien.\nEt la neutralité ?\nOui.\n")
    assert [(e.question.text, e.answer.text) for e in doc.exchanges] == [
        ("Faut-il abroger Hadopi ?", "Oui, vite."),
        ("Faut-il abroger Hadopi ?", "Elle ne sert à rien."),
        ("Et la neutralité ?", "Oui."),
    ]


def test_q_r_markers_in_plain_text(tmp_path):
    doc = read_text(tmp_path, "Q : Que pensez-vous de la licence globale\nR : Du bien.\n")
    assert doc.format == "qa"
    [e] = doc.exchanges
    assert e.question.text == "Que pensez-vous de la licence globale" and e.answer.text == "Du bien."


def test_markdown_bold_questions_and_hard_wrapped_answers(tmp_path):
    doc = read_text(tmp_path, "## Entretien avec Marc Vasseur\n\n**Sur Hadopi ?**\n\nJe suis contre, depuis\n"
                              "le premier jour.\n\n**Sur la fibre**\n\nPriorité absolue.\n\n**Et l'open data ?**\n\n"
                              "Oui.\n", name="doc.md")
    assert doc.title == "Entretien avec Marc Vasseur"
    assert [e.question.text for e in doc.exchanges] == ["Sur Hadopi ?", "Sur la fibre", "Et l'open data ?"]
    assert doc.exchanges[0].answer.text == "Je suis contre, depuis\nle premier jour."


def test_single_rhetorical_question_stays_prose(tmp_path):
    doc = read_text(tmp_path, "La fibre en retard\nLe département attend la fibre.\nPourquoi ce retard ?\n"
                              "Les opérateurs préfèrent les villes.\n")
    assert doc.format == "prose" and all(e.question is None for e in doc.exchanges)


def test_crlf_text_kept_as_is(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Entretien avec Claire Dumontel\r\nFaut-il ?\r\nOui.\r\nEt alors ?\r\nNon.\r\n".encode())
    doc = read_document(path)
    assert doc.text == path.read_bytes().decode() and doc.format == "qa"
    assert [e.answer.text for e in doc.exchanges] == ["Oui.", "Non."]


@pytest.mark.parametrize(
    "line",
    ["Commentaires", "12 commentaires", "Connectez-vous à votre compte pour participer à la conversation.",
     "Publié le 12 mars 2011 à 10h30", "Mis à jour le 13 mars 2011", "Temps de lecture : 3 min",
     "Lecture 2 min", "© AFP", "Photo : Claire Dumontel en meeting", "Partager", "Tweeter",
     "Partager Tweeter E-mail", "Le 17 décembre 2010", "Lire aussi : la fibre en retard"],
)
def test_boilerplate_line_never_in_an_exchange(tmp_path, line):
    doc = read_text(tmp_path, f"Titre de l'article\nPremier paragraphe.\nDeuxième paragraphe.\n{line}\nTroisième.\n")
    assert all(line not in s.text for s in spans(doc))


@pytest.mark.parametrize(
    "line",
    ["Publié en 2009, le rapport Zelnik recommandait une taxe.", "Partager la valeur avec les auteurs est juste.",
     "La photo de classe ne dit rien de la politique numérique."],
)
def test_sentences_that_look_like_boilerplate_are_kept(tmp_path, line):
    doc = read_text(tmp_path, f"Titre de l'article\nPremier paragraphe.\n{line}\n")
    assert any(e.answer.text == line for e in doc.exchanges)


def test_nothing_read_at_import_time():
    import subprocess
    import sys

    code = ("import stancegraph.ingest as i, stancegraph.ingest.resources as r;"
            "print(sum(f.cache_info().currsize for f in (r.boilerplate, r.parties, r.months, r.html_drop,"
            " r.speaker_patterns, r.qa_markers, r.not_names, r._authored_genres,"
            " r.interview_words, r.interview_announce)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_an_elided_preposition_is_not_part_of_the_speakers_name(tmp_path):
    path = tmp_path / "discours.txt"
    path.write_text(
        "Discours d'Élise Exemplaire, ministre déléguée chargée du Numérique\n"
        "Ouverture du salon, Nantes\n\n"
        "Mesdames et messieurs, je suis heureuse d'être parmi vous.\n",
        encoding="utf-8",
    )
    names = [s.name for s in read_document(path).speakers]
    assert names == ["Élise Exemplaire"]


def test_breadcrumb_and_journalist_byline_are_chrome(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(
        "Accueil > Politique > Numérique\n"
        "Fibre : le département accélère\n"
        "Par Anne Vidal | Publié le 12/10/2011 à 18h42 | Mis à jour le 13/10/2011 à 09h15\n"
        "Partager | Tweeter | Imprimer\n\n"
        "Le conseil général a voté mercredi un plan de 40 millions d'euros pour la fibre.\n",
        encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Fibre : le département accélère"
    assert doc.date == "2011-10-12"
    assert doc.speakers == ()  # the journalist is nobody's speaker
    kept = " ".join(doc.text[e.answer.start:e.answer.end] for e in doc.exchanges)
    assert "Anne Vidal" not in kept and "Accueil" not in kept and "Tweeter" not in kept


def test_follow_share_and_most_read_lists_are_chrome(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(
        "Licence globale : le débat relancé\n\n"
        "Partager : Facebook | Twitter |\n\n"
        "La députée Anne Vidal a défendu mardi la licence globale devant la commission.\n\n"
        "Suivez-nous sur Twitter et Facebook.\n\n"
        "Mots-clés : campagne, démocratie, internet, Hadopi\n\n"
        "47 commentaires | Réagir à cet article\n\n"
        "Les plus lus\n\n"
        "1. Fibre optique : les zones rurales attendent toujours\n",
        encoding="utf-8")
    doc = read_document(path)
    kept = " ".join(doc.text[e.answer.start:e.answer.end] for e in doc.exchanges)
    assert "défendu mardi la licence globale" in kept
    for chrome in ("Partager", "Suivez-nous", "Mots-clés", "commentaires", "Fibre optique"):
        assert chrome not in kept


def test_initials_starting_with_r_or_q_are_a_label_not_an_answer_marker(tmp_path):
    # "R." alone opens an answer ("Q. ... R. ..."); "R.V. :" is the guest's initials
    path = tmp_path / "transcription-radio.txt"
    path.write_text(
        "Radio Campus - Émission « Circonscription 2.0 » (transcription)\n\n"
        "Invité : Rémi Vasseur, député sortant (PS). Animateur : Marc Zérah.\n\n"
        "M.Z. : Rémi Vasseur, bonsoir. Que pensez-vous de la neutralité du net ?\n\n"
        "R.V. : Bonsoir. Je suis pour, elle doit être garantie par la loi.\n\n"
        "M.Z. : Et la licence globale, vous la défendez ?\n\n"
        "R.V. : Honnêtement, je n'ai pas d'avis arrêté sur la licence globale.\n",
        encoding="utf-8")
    doc = read_document(path)
    answers = {e.answer.text.split(".")[0]: e.speaker for e in doc.exchanges if e.answer}
    assert answers.get("Bonsoir") == "Rémi Vasseur"
    assert not any(a.startswith("V") for a in answers)


@pytest.mark.parametrize("line", ["Partager : Facebook | Twitter | Google+",
                                  "3 commentaires - Partager sur Facebook - Tweeter",
                                  "Partager : Facebook · Twitter · Envoyer par mail",
                                  "[Vidéo du meeting : 48 min — 1 254 vues — Partager sur Facebook | Twitter]"])
def test_more_share_button_rows_are_chrome(line):
    from stancegraph.ingest.segment import is_chrome
    assert is_chrome(line)
    assert not is_chrome("Je partage sur Facebook mes propositions pour la circonscription.")


def test_a_radio_host_who_rarely_asks_with_a_question_mark_still_asks(tmp_path):
    # the host's turns often end with "…" or a full stop; he asks twice with "?", the guest never
    path = tmp_path / "radio.txt"
    path.write_text(
        "L'invité de 7h50\n\n"
        "A.K. : Hervé Marvaudin, bonjour. Vous défendez toujours la Hadopi ?\n\n"
        "H.M. : Bonjour. Bien sûr que je la défends, le téléchargement illégal a reculé depuis deux ans.\n\n"
        "A.K. : La gauche parle d'une contribution créative payée avec l'abonnement…\n\n"
        "H.M. : C'est la licence globale sous un autre nom. Nous avons toujours été contre et nous le resterons.\n\n"
        "A.K. : Autre sujet, la sécurité. Des sites de ministères ont été attaqués.\n\n"
        "H.M. : La cybercriminalité explose, il faut davantage d'enquêteurs spécialisés.\n\n"
        "A.K. : Vous êtes très actif sur Twitter…\n\n"
        "H.M. : Oui, et j'y tiens, Twitter me permet de répondre directement aux gens le soir.\n\n"
        "A.K. : Un mot sur la neutralité du net ?\n\n"
        "H.M. : Je n'ai pas lu le texte en détail, je ne vais pas vous répondre à la légère.\n",
        encoding="utf-8")
    doc = read_document(path)
    assert [e.question.text for e in doc.exchanges if e.question][1] == \
        "La gauche parle d'une contribution créative payée avec l'abonnement…"
    assert all(not e.answer.text.startswith(("A.K.", "H.M.")) for e in doc.exchanges)


def test_a_bold_line_in_a_text_file_is_a_question_without_a_question_mark(tmp_path):
    path = tmp_path / "entretien.txt"
    path.write_text(
        "Entretien avec Thomas Ivranceau\n\n"
        "**Pourquoi vous présentez-vous ?**\nParce que personne ne défend les libertés numériques.\n\n"
        "**Votre programme sur le droit d'auteur fait peur aux artistes…**\n"
        "Il leur fait peur parce qu'on le caricature.\n\n"
        "**Et l'Hadopi ?**\nÀ la poubelle, évidemment.\n",
        encoding="utf-8")
    doc = read_document(path)
    assert [e.answer.text for e in doc.exchanges if e.question][1] == "Il leur fait peur parce qu'on le caricature."


def test_related_articles_under_a_lire_aussi_are_no_answer(tmp_path):
    doc = read_text(tmp_path, "Entretien avec Paul Vernadec\n\nQuelle est votre position sur Hadopi ?\n"
                              "Il faut l'abroger.\n\nEt la neutralité du net ?\nElle doit être dans la loi.\n\n"
                              "À lire aussi :\n\n> Angers : la fibre optique arrive\n\n- Hadopi : le bilan\n")
    assert all("Angers" not in e.answer.text and "bilan" not in e.answer.text for e in doc.exchanges)



def test_a_party_written_before_the_name_is_the_speakers_party_not_a_first_name():
    lede = ("Deux ont répondu : la socialiste Anne Morvan, maire de Riom, et l'UMP Claire Dubreuil, conseillère "
            "générale de Maurs.")
    found = {s.name: s.party for s in detect_speakers(None, lede)}
    assert found.get("Claire Dubreuil") == "UMP"
    assert not any(name.startswith(("Ump", "UMP")) for name in found)
