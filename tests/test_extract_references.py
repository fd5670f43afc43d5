"""Who holds a position when the text names them indirectly: role nouns resolved by gender,
party or place, group subjects, titles and bylines that are no names, observers quoted for an
analysis, a blog owner answering in the comments; and a few polarity constructions found with
them. Fictional speakers, sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_rules import positions


def found_in_file(extractor, tmp_path, name: str, text: str) -> dict[tuple[str, str], str]:
    """Positions of ``text`` read as a real file (layout, bylines and chrome included)."""
    from stancegraph.ingest import read_document

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(path)).positions}


# --- role nouns


def test_le_candidat_is_not_the_woman_named_last(extractor):
    # "Sa suppléante, X" makes X a woman; "le candidat" is then the man named before her
    found = positions(extractor, "Loïc Jeanbrau portera les couleurs du Parti pirate dans la 1re circonscription. "
                                 "Sa suppléante, Nolwenn Kerviquel, est étudiante en droit.\n"
                                 "Le candidat se dit hostile à la loi Hadopi.")
    assert found == {("Loïc Jeanbrau", "hadopi-law"): "oppose"}


def test_a_party_noun_finds_the_member_placed_in_that_party_by_role(extractor):
    # "secrétaire nationale d'Europe Écologie": the role phrase places her in the party
    found = positions(extractor, "Le député Yves Baradat a salué la fermeture du site.\n"
                                 "Claire Bessonnaz, secrétaire nationale d'Europe Écologie-Les Verts chargée du "
                                 "numérique, a dénoncé une répression inutile. L'écologiste défend une licence globale.")
    assert found.get(("Claire Bessonnaz", "global-license")) == "support"


def test_a_role_naming_a_party_finds_the_one_placed_in_it(extractor):
    # "le responsable du MJS" after "X, animateur ... (MJS)", with a quoted name in between
    found = positions(extractor, "Le débat opposait Émilie Donzeau, responsable des Jeunes populaires, et Bastien "
                                 "Fleurimont, animateur fédéral du Mouvement des jeunes socialistes (MJS).\n"
                                 "« La riposte graduée a échoué. François Hollande s'y est engagé », a dit Bastien "
                                 "Fleurimont. Le responsable du MJS a aussi plaidé pour une loi sur la neutralité du net.")
    assert found.get(("Bastien Fleurimont", "net-neutrality")) == "support"
    assert ("François Hollande", "net-neutrality") not in found


def test_the_feminine_ending_of_an_elided_role_shows_who_speaks(extractor):
    # "l'élue" is a woman: not the man quoted before, but the woman the verbless line names
    found = positions(extractor, "Le député Olivier Hautecoeur a défendu la Haute Autorité. « La loi Hadopi "
                                 "fonctionne », a-t-il assuré.\n"
                                 "Une position loin de celle de Delphine Girbal, conseillère régionale. « L'Hadopi doit "
                                 "être abrogée. On a dépensé des millions pour rien », a lancé l'élue.")
    assert found == {("Olivier Hautecoeur", "hadopi-law"): "support", ("Delphine Girbal", "hadopi-law"): "oppose"}


def test_la_jeune_femme_is_the_woman_in_play(extractor):
    found = positions(extractor, "« Je défends l'Hadopi », a lancé Émilie Donzeau.\n"
                                 "La jeune femme a aussi rejeté l'idée d'une licence globale.")
    assert found == {("Émilie Donzeau", "hadopi-law"): "support", ("Émilie Donzeau", "global-license"): "oppose"}


def test_les_deux_hommes_leaves_the_woman_out(extractor):
    found = positions(extractor, "Le débat, présenté par Claire Mahoudeau, opposait Lionel Jaouenic et "
                                 "Pierre-Yves Lafoucrière.\n"
                                 "Interrogés sur la neutralité du net, les deux hommes se sont dits attachés au principe.")
    assert found == {("Lionel Jaouenic", "net-neutrality"): "support",
                     ("Pierre-Yves Lafoucrière", "net-neutrality"): "support"}


# --- names, titles and bylines


HEADERS = [
    ("a title in capitals before a name is not part of it",
     "LÉGISLATIVES 2012 - RÉPONSES DE BENOÎT CASTELBOU (DEBOUT LA RÉPUBLIQUE)\n\n"
     "1. ÊTES-VOUS FAVORABLE AU MAINTIEN DE LA LOI HADOPI ?\n\n"
     "Non. Cette loi punit sans rien rapporter aux artistes. Je voterai pour son abrogation.\n",
     {("Benoît Castelbou", "hadopi-law"): "oppose"}),
    ("a transcript's title gives the speaker's name alone",
     "Transcription - Meeting de Corentin Jeanjacquot, candidat EELV\n"
     "Saint-Étienne, Bourse du travail, 24 mai 2012\n\n"
     "La loi Hadopi, mes amis, c'est trois ans de gâchis. Nous la supprimerons, purement et simplement.\n",
     {("Corentin Jeanjacquot", "hadopi-law"): "oppose"}),
    ("a journalist's byline is no speaker",
     "Facebook, Twitter : comment les candidats font campagne en ligne\n"
     "Publié le 30 mai 2012 à 06h00\n"
     "Par Marie Gontrand\n\n"
     "À deux semaines du premier tour, nous avons suivi trois candidats sur les réseaux sociaux.\n",
     {}),
    ("a menu bar is chrome, not text",
     "Le blog de Karine Eyguières – Députée du Var\n"
     "Accueil | Mon action | Agenda | Contact | Rejoignez-moi sur Facebook\n\n"
     "Je ne suis pas pour la suppression de la Haute Autorité. Elle a un rôle pédagogique utile.\n",
     {("Karine Eyguières", "hadopi-law"): "support"}),
]


@pytest.mark.parametrize("name,text,expected", HEADERS, ids=[c[0] for c in HEADERS])
def test_the_header_of_a_page_names_the_right_speaker(extractor, tmp_path, name, text, expected):
    assert found_in_file(extractor, tmp_path, "page.txt", text) == expected


def test_the_blog_owner_answering_in_the_comments_speaks(extractor, tmp_path):
    found = found_in_file(extractor, tmp_path, "blog.txt",
                          "Le blog de Karine Eyguières – Députée du Var\n\n"
                          "Hadopi : garder l'outil, changer la sanction\n\n"
                          "Posté le 18 octobre 2011 par Karine Eyguières\n\n"
                          "Je ne suis pas pour la suppression de la Haute Autorité. Je veux y répondre ici.\n\n"
                          "2 commentaires\n\n"
                          "Mathieu_83 a dit :\n18 octobre 2011 à 21:40\n"
                          "Pourquoi pas la licence globale ? Je la défends.\n\n"
                          "Karine Eyguières a dit :\n18 octobre 2011 à 22:15\n"
                          "Merci Mathieu. Mais la licence globale, je n'y crois pas.\n")
    assert found.get(("Karine Eyguières", "global-license")) == "oppose"
    assert all(holder == "Karine Eyguières" for holder, _ in found)


def test_an_observer_quoted_for_an_analysis_holds_no_position(extractor):
    found = positions(extractor, "Pour le politologue Rémi Wacquez, « les réseaux sociaux sont devenus indispensables "
                                 "aux candidats ». Le député Marc Dalbray, lui, défend Twitter.")
    assert found == {("Marc Dalbray", "social-media-campaigning"): "support"}


# --- sentence boundaries in reported speech


def test_a_closing_quote_after_a_full_stop_ends_the_sentence(extractor):
    # else the journalist's question mark in the next sentence turns the quote into a question
    found = positions(extractor, "Le député sortant Laurent Gachassin a défendu sans détour la loi Hadopi : « Elle "
                                 "fonctionne et je ne vois pas pourquoi on casserait un outil utile. » Interrogé sur "
                                 "la fibre, il a hésité : « Qui financera les réseaux ? »")
    assert found.get(("Laurent Gachassin", "hadopi-law")) == "support"


# --- polarity constructions


def test_undoing_a_law_rejects_it(extractor):
    assert positions(extractor, "« La loi Hadopi, nous allons la défaire », a promis Séverine Daurignac.") == \
        {("Séverine Daurignac", "hadopi-law"): "oppose"}


def test_what_a_strict_neutrality_would_forbid_is_the_charge_against_it(extractor):
    found = positions(extractor, "« Mais une neutralité stricte, gravée dans la loi, interdirait aux opérateurs de gérer "
                                 "le trafic », a déclaré Luc Rouxnel.")
    assert found == {("Luc Rouxnel", "net-neutrality"): "oppose"}
    # forbidding what is fought is no charge
    found = positions(extractor, "« La loi Hadopi interdirait enfin le piratage », a déclaré Luc Rouxnel.")
    assert found.get(("Luc Rouxnel", "hadopi-law")) == "support"


def test_nothing_against_opens_a_reservation(extractor):
    found = positions(extractor, "« Je n'ai rien contre le logiciel libre, je l'utilise moi-même à la maison », a "
                                 "déclaré Gérard Vimbert.")
    assert found == {("Gérard Vimbert", "free-software"): "mixed"}


def test_a_reported_candidate_without_accounts_rejects_social_media(extractor):
    found = positions(extractor, "Olivier Leveugle est candidat du Front de gauche. Le candidat ne possède ni compte "
                                 "Twitter ni page Facebook.")
    assert found == {("Olivier Leveugle", "social-media-campaigning"): "oppose"}
    found = positions(extractor, "Fabrice Lhuillier est candidat UMP. Le candidat, lui, reconnaît n'avoir « ni le temps "
                                 "ni le goût » des réseaux sociaux.")
    assert found == {("Fabrice Lhuillier", "social-media-campaigning"): "oppose"}


def test_a_broadband_fund_fed_by_a_levy_is_no_global_licence(extractor):
    found = positions(extractor, "« Je défends un fonds national financé par une petite contribution sur les "
                                 "abonnements, pour couvrir les campagnes », a déclaré Sophie Gayraudet.")
    assert found == {("Sophie Gayraudet", "digital-divide"): "support"}


def test_citizens_proposing_and_voting_online_is_e_democracy(extractor):
    found = positions(extractor, "« Les habitants pourront proposer et voter directement sur le site de la Ville », "
                                 "a annoncé Christine Nozerand.")
    assert found == {("Christine Nozerand", "e-democracy"): "support"}
    found = positions(extractor, "« Internet permet enfin de faire entrer les gens dans la fabrique de la loi », a "
                                 "déclaré Solène Praduret.")
    assert found == {("Solène Praduret", "e-democracy"): "support"}


def test_yes_or_no_said_to_a_policy(extractor):
    found = positions(extractor, "« Non à la riposte graduée ! Nous disons non à l'internet à deux vitesses ! Oui, la "
                                 "licence globale ! », a lancé Éric Gimbretière.")
    assert found == {("Éric Gimbretière", "hadopi-law"): "oppose", ("Éric Gimbretière", "net-neutrality"): "support",
                     ("Éric Gimbretière", "global-license"): "support"}


def test_a_vote_announced_without_its_object_takes_the_text_named_before(extractor):
    assert positions(extractor, "« ACTA ne crée aucune obligation nouvelle, et je voterai pour », a déclaré Didier "
                                "Noyrigat.") == {("Didier Noyrigat", "internet-censorship"): "support"}
    assert positions(extractor, "« L'accord ACTA a été négocié en secret, et je voterai contre », a déclaré Didier "
                                "Noyrigat.") == {("Didier Noyrigat", "internet-censorship"): "oppose"}


def test_operators_kept_from_choosing_or_slowing_content_backs_neutrality(extractor):
    assert positions(extractor, "« Les opérateurs ne doivent ni bloquer, ni ralentir, ni favoriser aucun contenu », a "
                                "déclaré Hélène Orvillac.") == {("Hélène Orvillac", "net-neutrality"): "support"}
    assert positions(extractor, "« Les opérateurs ne doivent pas pouvoir choisir quels contenus circulent plus vite "
                                "que d'autres », a déclaré Nadia Estagel.") == {("Nadia Estagel", "net-neutrality"): "support"}


def test_a_counted_group_after_a_colon_is_the_subject(extractor, tmp_path):
    found = found_in_file(extractor, tmp_path, "synthese.txt",
                          "Les candidats et le numérique\n\n"
                          "Nous avons interrogé les candidats. Premier constat : tous trois tiennent un compte Twitter "
                          "et une page Facebook.\n\n"
                          "Ludovic Aymonier (UMP)\n\nLe candidat assume le bilan de la loi Hadopi.\n\n"
                          "Corinne Dalmayrac (PS)\n\nPour la conseillère générale, la riposte graduée a échoué.\n\n"
                          "Gérald Bénazech (Front de gauche)\n\nLe militant veut que l'État passe aux logiciels libres.\n")
    assert all(found.get((name, "social-media-campaigning")) == "support"
               for name in ("Ludovic Aymonier", "Corinne Dalmayrac", "Gérald Bénazech"))


def test_what_a_contrast_sets_aside_and_a_campaign_not_run_online(extractor):
    assert positions(extractor, "« Une campagne se gagne sur les marchés et dans les cafés, pas sur Facebook », a "
                                "déclaré Frédéric Fauchois.") == \
        {("Frédéric Fauchois", "social-media-campaigning"): "oppose"}
    assert positions(extractor, "« Je ne fais pas campagne sur Facebook », a déclaré Lionel Jaouenic.") == \
        {("Lionel Jaouenic", "social-media-campaigning"): "oppose"}


def test_a_verdict_noun_after_the_phrase_judged(extractor):
    assert positions(extractor, "Le député Jean-Marc Pouzalgues a jugé la licence globale « une fausse bonne idée ».") == \
        {("Jean-Marc Pouzalgues", "global-license"): "oppose"}
    assert positions(extractor, "« La neutralité du net n'est pas un caprice de geeks », a lancé Thierry Ferrussac.") == \
        {("Thierry Ferrussac", "net-neutrality"): "support"}


def test_declining_to_answer_the_paper_is_no_side_on_the_topic_before(extractor):
    found = positions(extractor, "La loi Hadopi divise les candidats. Le député sortant, Michel Santerre, n'a pas "
                                 "souhaité répondre à nos questions.")
    assert found == {}
    found = positions(extractor, "Paul Dumont n'a pas souhaité répondre sur la licence globale.")
    assert found == {("Paul Dumont", "global-license"): "neutral"}
