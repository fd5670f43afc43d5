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


# --- names, titles and bylines


HEADERS = [
    *[(f"the interviewer named first ('{byline}') is not the respondent",
       "Législatives : nos questions aux candidats\n\n" + byline + "\n\n"
       "Chaque jour, un candidat répond à nos questions. Aujourd'hui, Olivier Tramondeau, 47 ans, conseiller "
       "régional, investi par le MoDem.\n\n"
       "1. FAUT-IL SUPPRIMER L'HADOPI ?\nOui, il faut abroger la loi Hadopi.\n\n"
       "2. ET LES LOGICIELS LIBRES ?\nL'État doit donner la priorité aux logiciels libres.\n",
       {("Olivier Tramondeau", "hadopi-law"): "oppose", ("Olivier Tramondeau", "free-software"): "support"})
      for byline in ("Par Léa Castagnet", "Entretien réalisé par Léa Castagnet", "Propos recueillis par Léa Castagnet")],
    ("related articles' titles under 'À lire aussi' and a share bar after the last answer say nothing",
     "Législatives : nos questions aux candidats\n\nAujourd'hui, Sylvie Lanvrézal (PS) répond.\n\n"
     "1. FAUT-IL ABROGER LA LOI HADOPI ?\nOui, il faut l'abroger.\n\n"
     "2. ET LES LOGICIELS LIBRES ?\nL'État doit leur donner la priorité dans ses achats de logiciels libres.\n"
     "Partager : Facebook · Twitter · Envoyer par mail\n\n"
     "À lire aussi :\n> Angers : la fibre optique arrive dans deux nouveaux quartiers\n"
     "> Sylvie Lanvrézal défend la licence globale\n",
     {("Sylvie Lanvrézal", "hadopi-law"): "oppose", ("Sylvie Lanvrézal", "free-software"): "support"}),
    ("a hyphenated first name in a blog's title names its owner",
     "Anne-Laure Jolimont — Le blog | Législatives 2012\n\n"
     "Pourquoi je réponds à vos messages\nPublié le 16 mai 2012 par Anne-Laure Jolimont | 3 commentaires\n\n"
     "J'ai reçu plus de mille messages. Je suis convaincue que cette campagne se gagnera aussi sur les "
     "réseaux sociaux.\n",
     {("Anne-Laure Jolimont", "social-media-campaigning"): "support"}),
    ("a blog's name on the line above the post's title, with its menu, names its owner",
     "Romane Fauquemont - Le blog | Accueil | Mon programme | Agenda | Contact\n\n"
     "Pourquoi je fais campagne sur internet\n\n"
     "Publié par Romane Fauquemont le 21 mai 2012 | Catégories : Campagne | 6 commentaires\n\n"
     "Chers amis,\n\nMa page Facebook et mon compte Twitter sont devenus mes meilleurs outils de campagne, "
     "et je les anime moi-même. Je défends aussi la loi Hadopi.\n",
     {("Romane Fauquemont", "social-media-campaigning"): "support", ("Romane Fauquemont", "hadopi-law"): "support"}),
    ("'Le blog de X' followed by the owner's office names X",
     "Le blog de Romane Fauquemont - Candidate aux élections législatives - Sarthe\n"
     "Accueil | Qui suis-je ? | Mon projet\n\nPourquoi je fais campagne sur internet\n\n"
     "Publié le 3 mai 2012 dans Campagne 2012 | 14 commentaires\n\n"
     "Chers amis,\n\nMa page Facebook et mon compte Twitter sont devenus mes meilleurs outils de campagne, "
     "et je les anime moi-même. Je défends aussi la loi Hadopi.\n",
     {("Romane Fauquemont", "social-media-campaigning"): "support", ("Romane Fauquemont", "hadopi-law"): "support"}),
    ("'la candidate' of a portrait is its subject, whatever her profession, not her stand-in named last",
     "PORTRAIT. Sylvie Carbonnel, l'écolo qui code\nPar Julie Amarante — Publié le 29/05/2012\n\n"
     "À 38 ans, Sylvie Carbonnel, ingénieure informaticienne, brigue la 5e circonscription de l'Isère. Sa "
     "suppléante, Claire Fontrevel, est infirmière à Pont-de-Claix.\n\n"
     "Sur la culture, la candidate se dit favorable à la licence globale.\n",
     {("Sylvie Carbonnel", "global-license"): "support"}),
    ("'la loi' far below the last mention is the law the title names",
     "Présidentielle 2012 : ce que les partis proposent pour la Hadopi\n\n"
     "A dix jours du premier tour, le sort de la Haute Autorité divise les états-majors. Nous avons interrogé les "
     "responsables de quatre formations. Résumé de leurs positions.\n\n"
     "PS : une concertation\nLe pôle numérique du candidat promet une concertation. Rien n'est tranché à ce stade. "
     "Le député renvoie à l'après-élection.\n\n"
     "UMP : le statu quo\nLa députée de la Sarthe défend le bilan. Elle rejette toute idée de nouvelle taxe.\n\n"
     "Front de gauche et MoDem : même combat\nAux deux extrémités, Denis Marvaloux et Mathilde Escourbat tiennent "
     "un discours proche. Tous deux promettent d'abroger la loi dès l'été.\n",
     {("Denis Marvaloux", "hadopi-law"): "oppose", ("Mathilde Escourbat", "hadopi-law"): "oppose"}),
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
    ("in a portrait, the person's own words in quotes take the topic's usual side; the career told does not",
     "Portrait - Julie Delpresse, 31 ans, candidate du PS\n\n"
     "Née en 1981 à Morlaix, Julie Delpresse a présidé une association de fibre optique rurale. "
     "Sa campagne passe par Facebook : « Les réseaux sociaux, c'est le marché du dimanche de ma génération. »\n",
     {("Julie Delpresse", "social-media-campaigning"): "support"}),
    ("a clause joined to 'c'est le salaire des créateurs' is the speaker's, not the creators'",
     "Radio Sud - L'invité de 7h50\n"
     "Florence Achardoux reçoit Jean-Marc Castagnoux, député UMP de la Gironde.\n\n"
     "F.A. : Les artistes eux-mêmes sont divisés…\n\n"
     "J.-M.C. : Certains, oui. Le droit d'auteur, c'est le salaire des créateurs, et il faut le faire respecter "
     "sur Internet comme ailleurs.\n",
     {("Jean-Marc Castagnoux", "copyright"): "support"}),
    ("a menu naming a biography page does not make a speech a portrait",
     "Armelle Vaugrenier - Députée de l'Orne\n"
     "Accueil | Biographie | Mon action | Contact\n\n"
     "Discours prononcé à Alençon, le 2 mars 2012\n\n"
     "Mes chers amis,\n\n"
     "Je vous remercie d'être venus. Je me battrai pour que chaque foyer de l'Orne ait accès au très haut débit "
     "avant 2020. Je vous le promets.\n",
     {("Armelle Vaugrenier", "digital-divide"): "support"}),
    ("a blog title in lower case, with the owner's office in the middle",
     "ambroise bellicaud - député de la Drôme - le blog\n\n"
     "Publié le 5 mars 2012\n\n"
     "La loi Hadopi doit être abrogée. Je le redirai à l'Assemblée.\n",
     {("Ambroise Bellicaud", "hadopi-law"): "oppose"}),
    ("a minister's turn speaks for 'une priorité du Gouvernement'",
     "M. le président. La parole est à M. Yves Perbosc, secrétaire d'État.\n\n"
     "M. Yves Perbosc, secrétaire d'État chargé de l'économie numérique. Monsieur le sénateur, "
     "je vous remercie. La lutte contre la cybercriminalité est une priorité absolue du "
     "Gouvernement.\n",
     {("Yves Perbosc", "cybercrime"): "support"}),
    ("a questionnaire's themes in capitals open answers like questions",
     "Législatives 2012 - Réponses des candidats au questionnaire\n\n"
     "Candidat : Mathurin Belcastel (MoDem)\n\n"
     "1. NEUTRALITÉ DU NET. LA LOI DOIT-ELLE LA GARANTIR ?\n"
     "Oui, et sans attendre un énième rapport.\n\n"
     "2. ACCÈS AU TRÈS HAUT DÉBIT DANS LES CAMPAGNES\n"
     "Priorité absolue dans un département rural comme le mien.\n\n"
     "3. QUE FAIRE DE LA HADOPI ?\n"
     "La supprimer, et rendre son budget à la création.\n",
     {("Mathurin Belcastel", "net-neutrality"): "support", ("Mathurin Belcastel", "digital-divide"): "support",
      ("Mathurin Belcastel", "hadopi-law"): "oppose"}),
    ("a post's meta line with share buttons is chrome",
     "Yann Morvannou 2012 - Europe Écologie Les Verts\n\n"
     "Mon discours à Quimper\n\n"
     "Posté le 25 mai 2012 par l'équipe de campagne | Catégorie : Discours | Partager sur Facebook / Twitter\n\n"
     "Voici le texte du discours prononcé par Yann Morvannou à Quimper, le 24 mai.\n\n"
     "Mes chers amis, la loi Hadopi, nous la supprimerons.\n",
     {("Yann Morvannou", "hadopi-law"): "oppose"}),
    ("'Rédigée par X le ...' is a journalist's byline",
     "PC Actu | Actualités | Forum\n"
     "Neutralité du net : passe d'armes entre deux députés sur LCP\n"
     "Rédigée par Hugo Jacquemond le jeudi 15 décembre 2011 à 10:12 | 42 commentaires\n\n"
     "Les deux invités ont croisé le fer sur la neutralité du net.\n",
     {}),
    ("a turn cut short at the end of a record is no signature",
     "Parlement européen - Débats - Mercredi 16 novembre 2011\n\n"
     "Le Président. - L'ordre du jour appelle le débat sur l'internet ouvert et la neutralité d'internet.\n\n"
     "Claire Fabrenac, au nom du groupe ALDE. - Monsieur le Président, nous demandons un texte qui garantisse la "
     "neutralité d'internet dans toute l'Union.\n\n"
     "Karl Rosselbach, au nom du groupe S&D. - Herr Präsident! Wir haben heute die Gelegenheit, ein klares\n",
     {("Claire Fabrenac", "net-neutrality"): "support"}),
    ("an agenda names politicians beside topics and states no position",
     "Agenda parlementaire - Semaine du 14 au 18 novembre 2011\n\n"
     "Chaque lundi, notre sélection des rendez-vous de la semaine au Parlement.\n\n"
     "LUNDI 14 NOVEMBRE\n"
     "- 18h00, Paris : débat public « Logiciel libre et administrations », présidé par Jacqueline Faubrenac.\n"
     "- 11 h 00 : examen des amendements à la proposition de loi relative à la neutralité de l'internet (Mme Anne "
     "Ilhartegui, rapporteure pour avis).\n",
     {}),
    ("the candidates' week of meetings names politicians and states no position",
     "Législatives 2012 - 4e circonscription : l'agenda des candidats cette semaine\n\n"
     "Anne Ferval (PS)\n- Lundi 4 juin, 18 h 30 : réunion publique à la salle des fêtes de Rochechouart.\n\n"
     "Alain Courbessac (UMP)\n- Mardi 5 juin, 19 h : réunion publique au foyer rural de Cussac.\n\n"
     "Nadine Teyssère (Front de gauche)\n- Mardi 5 juin, 20 h 30 : réunion publique à Bellac.\n\n"
     "Rappel : en vertu du code électoral, aucune propagande électorale ne peut être diffusée la veille et le "
     "jour du scrutin, y compris sur Internet. L'interdiction s'applique aux sites de campagne, aux blogs et aux "
     "messages publiés sur Twitter ou Facebook. La Commission nationale des comptes de campagne rappelle par "
     "ailleurs que les dépenses de sites internet entrent dans les comp\n",
     {}),
    ("a questionnaire's quoted questions, the last one before the full stop, are nobody's position",
     "Cinq candidats, un questionnaire et un débat public. L'association rennaise Breizh Numérique a "
     "adressé lundi par courrier un questionnaire de douze questions aux cinq candidats déclarés dans la "
     "2e circonscription d'Ille-et-Vilaine : Anne Morvan (PS), Paul Serrat (UMP), Yann Le Guédard (EELV), "
     "Lucie Barthès (MoDem) et Marc Iribarnet (Front de gauche).\n\nLes questions portent sur plusieurs "
     "sujets. Parmi elles : « Faut-il abroger la loi Hadopi ? », « La neutralité du net doit-elle être "
     "inscrite dans la loi ? », « Quelle place pour le logiciel libre dans les administrations ? » ou "
     "encore « Comment lutter contre la fracture numérique dans les quartiers ? ». Une dernière question "
     "porte sur le blocage administratif des sites prévu par la Loppsi 2.\n",
     {}),
    ("a numbered list of quoted questions, each '?' parsed as a sentence of its own, is nobody's position",
     "Les trois principaux candidats de la deuxième circonscription du Cher se retrouveront le mercredi 30 "
     "mai à 20 heures, salle des fêtes de Saint-Amand-Montrond, pour un débat organisé par la chambre de "
     "commerce et d'industrie et retransmis en direct par une radio locale. Thierry Naudevin (UMP), Claire "
     "Zerbinoux (PS) et Denis Wissembourg (EELV) ont confirmé leur participation.\n\nLa première heure "
     "sera consacrée au numérique. Les questions ont été rédigées par un panel de douze lecteurs et chefs "
     "d'entreprise et transmises aux trois équipes le 22 mai. En voici la liste :\n1. « Quand toutes les "
     "communes de la circonscription auront-elles accès au très haut débit ? »\n2. « Faut-il supprimer la "
     "loi Hadopi, la garder ou la modifier ? »\n3. « Les collectivités doivent-elles passer aux logiciels "
     "libres ? »\n4. « Faut-il filtrer Internet pour lutter contre la cybercriminalité ? »\n5. « Pour ou "
     "contre une licence globale ? »\n\n",
     {}),
    ("a programme's timed lines name politicians beside topics and state no position",
     "Colloque « Libertés et régulation de l'Internet »\n\nJeudi 24 novembre 2011 – Faculté de droit\n\n"
     "9 h 00 – Accueil des participants. Ouverture par le doyen de la faculté.\n\n"
     "11 h 15 – Table ronde 2 : « Hadopi : quel bilan pour la riposte graduée ? » Avec Laurent Montbriac, "
     "conseiller régional de Poitou-Charentes, et un représentant de la Haute Autorité (sous réserve).\n\n"
     "11 h 00 – Atelier : « Lutter contre la cybercriminalité : les outils du juge ». Avec Françoise Roquebiau, "
     "maire de Ligugé.\n",
     {}),
    ("a conference's programme names politicians beside topics and states no position",
     "Assises du numérique — 3e édition\n\nPROGRAMME DE LA JOURNÉE\n\n9h00 — Ouverture officielle\n"
     "par Franck Chastrevel, sénateur\n\n11h00 — Table ronde : Création et internet après la loi Hadopi\n"
     "Avec Marc Brancovel, député.\n\n14h00 — Ateliers\nAtelier C : Cybercriminalité : protéger les PME et "
     "les collectivités\n",
     {}),
    ("a table of contents names politicians beside topics and states no position",
     "Revue du droit de l'immatériel - n° 78\nSommaire du numéro spécial : « Internet et la loi »\n\n"
     "Entretiens\n- Claire Falconnier, secrétaire d'État chargée de l'économie numérique : la neutralité du net "
     "après le rapport de l'Arcep\n",
     {}),
    ("a committee's order of the day names politicians beside topics and states no position",
     "Sénat | Travaux parlementaires | Agenda\n\n"
     "Ordre du jour de la commission de la culture, de l'éducation et de la communication\n"
     "Semaine du 16 au 20 janvier 2012\n\nMARDI 17 JANVIER\n\n9 h 30 - Salle Médicis\n"
     "- Audition de représentants de la Hadopi sur son rapport d'activité 2011.\n"
     "- Examen du rapport d'information de M. Paul Castagnière, rapporteur, au nom du groupe de travail sur "
     "l'aménagement numérique du territoire.\n\n14 h 30\n"
     "- Table ronde : « Financement de la création à l'ère numérique : licence globale, contribution "
     "créative, offre légale ».\n",
     {}),
    ("a biography's 'désignée pour l'examen du projet de loi X' takes no side on X",
     "Sophie Lambresac\nUn article de Wikipol, l'encyclopédie des élus.\n\n"
     "Sophie Lambresac, née le 12 mars 1958 à Besançon, est une femme politique française. Elle a été "
     "députée du Doubs de 2002 à 2012.\n\n"
     "En 2010, elle a fait partie des députés désignés pour l'examen en commission du projet de loi "
     "d'orientation et de programmation pour la performance de la sécurité intérieure (Loppsi 2), dont "
     "l'article 4 prévoyait le blocage administratif des sites pédopornographiques.\n",
     {}),
    ("a site's name in a blog title is nobody's",
     "Armor Politique | Le blog politique de l'Ouest\n\n"
     "Campagne 2.0 : nos députés sur les réseaux sociaux\n\n"
     "Les réseaux sociaux sont devenus indispensables pour faire campagne.\n\n"
     "Henri Lanvénec, député du Morbihan, ne tweete pas : « Twitter ne sert à rien en campagne », tranche-t-il.\n",
     {("Henri Lanvénec", "social-media-campaigning"): "oppose"}),
    ("a party adjective in capitals before a name is no part of it",
     "Au Sénat, la sénatrice Verte Joëlle Pouyfaucon a dénoncé le blocage administratif des sites, « une censure "
     "qui ne dit pas son nom ».\n",
     {("Joëlle Pouyfaucon", "internet-censorship"): "oppose"}),
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


def test_a_name_the_model_tags_only_in_a_later_section_is_named_from_its_first_line(extractor, tmp_path):
    # the NER model misses "Hugo Malaurier" in the first section and tags it in the third; "le
    # candidat écologiste" of the second section must still find him, named before it
    found = found_in_file(extractor, tmp_path, "synthese.txt",
                          "Législatives 2012 : les candidats répondent à notre questionnaire\n\n"
                          "Deux candidats nous ont répondu. Le troisième, Francis Dombreval (MoDem), n'a pas eu le "
                          "temps. Voici la synthèse de leurs réponses.\n\n"
                          "Logiciels libres\n"
                          "Hugo Malaurier (EELV) s'engage, s'il est élu, à défendre une priorité aux logiciels libres et "
                          "aux formats ouverts dans toutes les administrations, « pour des raisons d'indépendance "
                          "autant que d'économies ». Sandrine Abélanet (UMP) n'a pas répondu à cette question.\n\n"
                          "Neutralité du net\n"
                          "C'est le point qui oppose le plus nettement les deux candidats. Le candidat écologiste veut "
                          "voir la neutralité du net inscrite dans la loi, sans exception, et confiée au contrôle de "
                          "l'Arcep. La candidate UMP juge au contraire qu'une neutralité « stricte » serait « une "
                          "erreur économique ».\n\n"
                          "Accès au très haut débit\n"
                          "Ici, en revanche, l'accord est total : tous deux font du raccordement des communes rurales "
                          "du Médoc au très haut débit une priorité. Sandrine Abélanet propose un « chèque connexion » "
                          "pour les ménages modestes, Hugo Malaurier un tarif social pour l'accès à internet.\n")
    assert found.get(("Hugo Malaurier", "net-neutrality")) == "support"
    assert found.get(("Sandrine Abélanet", "net-neutrality")) == "oppose"


def test_le_candidat_of_a_portrait_is_the_person_its_title_names(extractor, tmp_path):
    # not his stand-in named just before, nor the party leader named in passing
    found = found_in_file(extractor, tmp_path, "portrait.txt",
                          "Marc Escatalens, le gaulliste qui tweete depuis les alpages\n\n"
                          "À 38 ans, le candidat de Debout la République se présente en « enfant du pays ». Marc "
                          "Escatalens a quitté l'UMP en 2009 pour rejoindre Nicolas Dupont-Aignan. Son suppléant, "
                          "Jean Salvetaz, maire d'une petite commune des Aravis, tient la permanence d'Annecy.\n\n"
                          "Sur le numérique, le candidat se dit hostile à la loi Hadopi.\n")
    assert found.get(("Marc Escatalens", "hadopi-law")) == "oppose"
    assert all(holder == "Marc Escatalens" for holder, _ in found)


HOLDERS = [
    ("a name the parser hangs on the verb beside the role noun of the subject is the subject",
     "Mireille Oustaloup a salué le rapport. Rapporteur du budget de la culture, le député UMP Thierry "
     "Malbrousse voit dans ces chiffres la preuve que « la pédagogie marche » et appelle à « laisser la Haute "
     "Autorité travailler ».",
     {("Thierry Malbrousse", "hadopi-law"): "support"}),
    ("'Elle a refusé' after a sentence about the Hadopi is the woman: laws refuse nothing",
     "Pour Claire Pontaillac, la Hadopi « a échoué ». Elle a toutefois refusé l'idée d'une licence globale.",
     {("Claire Pontaillac", "hadopi-law"): "oppose", ("Claire Pontaillac", "global-license"): "oppose"}),
    ("'tous trois' after a colon, with parties in brackets, on a predicate the parser left without subject",
     "Lucie Pelissanne (PS), Marc Estivalet (DLR) et Jean Marmiesse (EELV) nous ont répondu par écrit. Point "
     "commun : tous trois tiennent un blog, sont présents sur Twitter et Facebook et assurent que ces outils leur "
     "ont permis de toucher des électeurs.",
     {("Lucie Pelissanne", "social-media-campaigning"): "support", ("Marc Estivalet", "social-media-campaigning"): "support",
      ("Jean Marmiesse", "social-media-campaigning"): "support"}),
    ("'qu'elle soit abrogée' after the law is named: 'elle' is the law, not the woman named before",
     "Gilles Kerlavec est candidat. Sa suppléante, Anne Tréguidel, est infirmière.\n"
     "Sur les dossiers, le candidat se dit hostile à la loi Hadopi et souhaite qu'elle soit abrogée dès juin.",
     {("Gilles Kerlavec", "hadopi-law"): "oppose"}),
    ("'L'élue, qui estime ...' is the woman named before, though tagged a proper noun",
     "Même lecture chez la sénatrice socialiste Nathalie Quessac, pour qui le bilan est « dérisoire ». L'élue, qui "
     "estime que la loi Hadopi doit être abrogée, plaide pour une contribution créative.",
     {("Nathalie Quessac", "hadopi-law"): "oppose", ("Nathalie Quessac", "global-license"): "support"}),
    ("'Elle souhaite ...' after a sentence whose subject was a law is a person",
     "Corinne Tarnaval a répondu. La loi Hadopi a coûté cher. Elle souhaite légaliser les échanges non marchands "
     "entre particuliers tout en garantissant une rémunération juste des auteurs.",
     {("Corinne Tarnaval", "copyright"): "mixed"}),
    ("'Son porte-parole X' is X, not the person in play",
     "Nathalie Cazarel défend la licence globale. Son porte-parole Loïc Arnaudon veut lui aussi abroger la loi Hadopi.",
     {("Nathalie Cazarel", "global-license"): "support", ("Loïc Arnaudon", "hadopi-law"): "oppose"}),
    ("the host of a debate is no holder, nor one of 'les deux favoris'",
     "Isabelle Dormagne (PS) et Bruno Dauzelac (UMP) s'affrontaient mardi sur France 3. Pendant une heure, sur le "
     "plateau animé par Lucas Ferrandac, les deux favoris ont débattu des libertés numériques. Tous deux "
     "revendiquent un usage intensif de Facebook et de Twitter pour toucher les électeurs.",
     {("Isabelle Dormagne", "social-media-campaigning"): "support",
      ("Bruno Dauzelac", "social-media-campaigning"): "support"}),
    ("'Ce développeur de 34 ans' is the person in play",
     "Damien Fourcadin est candidat. Ce développeur de 34 ans, qui a fondé une coopérative, promet d'« en finir "
     "avec l'Hadopi » et défend la contribution créative.",
     {("Damien Fourcadin", "hadopi-law"): "oppose", ("Damien Fourcadin", "global-license"): "support"}),
    ("'juge que' after a name, which the tagger reads as the noun",
     "Le député Yves Isardon juge que l'Hadopi doit disparaître.",
     {("Yves Isardon", "hadopi-law"): "oppose"}),
    ("'tous trois' is the three named, when the parser coordinated only two",
     "Lucie Pelissanne, Marc Estivalet et Jean Marmiesse nous ont répondu par écrit. Tous trois sont présents sur "
     "Twitter et Facebook.",
     {("Lucie Pelissanne", "social-media-campaigning"): "support", ("Marc Estivalet", "social-media-campaigning"): "support",
      ("Jean Marmiesse", "social-media-campaigning"): "support"}),
    ("'Il souhaite que l'État ...' is a person, not an impersonal 'il'",
     "Corentin Galinier (EELV) est candidat. Il souhaite que l'Etat et les collectivités passent massivement aux "
     "logiciels libres.",
     {("Corentin Galinier", "free-software"): "support"}),
    ("a profession names the person in play",
     "Hélène Chanfrau (PS) est candidate. L'ancienne avocate réclame aussi une brigade régionale de lutte contre la "
     "cybercriminalité.",
     {("Hélène Chanfrau", "cybercrime"): "support"}),
    ("a subject 'Elle' the parser makes a determiner of the verb",
     "La députée Lise Morvilhac était à Lille. Elle juge les réseaux sociaux « indispensables » pour toucher les "
     "jeunes.",
     {("Lise Morvilhac", "social-media-campaigning"): "support"}),
    ("an indefinite role is someone new, not the person in play",
     "Anne Pichonat (PS) était à Rennes. Une militante défend la licence globale.",
     {}),
    ("the nearer subject, but not across a colon and a quote",
     "Le candidat Paul Tirbec était à Rennes. Le candidat insiste sur la neutralité du net : « Les opérateurs "
     "transportent des paquets, ils n'ont pas à les trier. »",
     {("Paul Tirbec", "net-neutrality"): "support"}),
    ("of two subjects of one verb, the nearer",
     "Régis Tourbel (PS) était à Lyon. Allant plus loin que son parti, il s'est prononcé pour la licence globale.",
     {("Régis Tourbel", "global-license"): "support"}),
    ("'toutes deux' after a colon is both, whatever the parser makes of the first name",
     "La conseillère régionale Inès Cazalières, candidate UMP dans la 1re circonscription, et sa collègue "
     "socialiste Émilie Fourquevaux, qui brigue la 3e, se sont trouvé un terrain d'entente inattendu : toutes "
     "deux ont promis de réclamer plus de moyens pour la police face aux piratages informatiques.",
     {("Inès Cazalières", "cybercrime"): "support", ("Émilie Fourquevaux", "cybercrime"): "support"}),
    ("'l'élue' is the adjointe named before",
     "Le conseil municipal a adopté le plan présenté par l'adjointe chargée du numérique, Annick Larrazet (PS). "
     "Sa mesure phare : le passage des postes de la mairie aux logiciels libres.\n"
     "« Le logiciel libre fait économiser l'argent public. Une collectivité doit montrer l'exemple », a défendu "
     "l'élue.",
     {("Annick Larrazet", "free-software"): "support"}),
    ("'à ses yeux' gives the view of the person in play",
     "Le député Marc Olbrechts était à Lille. À ses yeux, la loi Hadopi est un échec.",
     {("Marc Olbrechts", "hadopi-law"): "oppose"}),
    ("'aux yeux de X'",
     "Aux yeux de Marc Olbrechts, la loi Hadopi est un échec.",
     {("Marc Olbrechts", "hadopi-law"): "oppose"}),
    ("an incise 'estime-t-il' holds the sentence around it",
     "Le député Marc Olbrechts était à Lille. La neutralité du net, estime-t-il, doit être inscrite dans la loi.",
     {("Marc Olbrechts", "net-neutrality"): "support"}),
    ("a verb parsed as an apposition of 'la sénatrice X'",
     "La sénatrice Anne Virolle juge la riposte graduée inefficace.",
     {("Anne Virolle", "hadopi-law"): "oppose"}),
    ("an observer quoted for an analysis holds no position",
     "Pour le politologue Rémi Wacquez, « les réseaux sociaux sont devenus indispensables "
     "aux candidats ». Le député Marc Dalbray, lui, défend Twitter.",
     {("Marc Dalbray", "social-media-campaigning"): "support"}),
    ("a bare rival is the other person of the duel",
     "Dans la 3e circonscription, la députée UMP Nadège Thiolières affronte le socialiste "
     "Quentin Labarrère. Nadège Thiolières assume son vote : la Haute Autorité doit être "
     "maintenue. Son adversaire veut au contraire abroger la loi Hadopi.",
     {("Nadège Thiolières", "hadopi-law"): "support", ("Quentin Labarrère", "hadopi-law"): "oppose"}),
    ("an office the text never gave finds the man of a party named last",
     "La sénatrice UMP Fabienne Veyssadon a défendu la loi Hadopi. Une affirmation qui a "
     "fait bondir le radical de gauche Dominique Escaunet. « La riposte graduée est une "
     "impasse, il faudra la supprimer », a répliqué le sénateur du Tarn.",
     {("Fabienne Veyssadon", "hadopi-law"): "support", ("Dominique Escaunet", "hadopi-law"): "oppose"}),
    ("a role qualified by a party noun finds that member",
     "Nous avons comparé deux députées, la socialiste Ghislaine Tardivaux et la "
     "communiste Maud Moncabrier. La députée communiste défend une licence globale.",
     {("Maud Moncabrier", "global-license"): "support"}),
    ("a firm's manager quoted for figures holds no position",
     "Présent dans la salle, Hubert Lanfranchi, directeur régional d'un grand opérateur, "
     "a rappelé que la fibre couvrait déjà 40 % des foyers. « Il faut couvrir les zones "
     "blanches », a-t-il ajouté. Le conseiller général Rémi Guitrancourt défend le très haut "
     "débit pour tous.",
     {("Rémi Guitrancourt", "digital-divide"): "support"}),
    ("three full names coordinated as subject, the parser hanging the second as an apposition",
     "Marion Tessenac, Paul Ravignol et Agathe Berlimont promettent de donner la priorité aux logiciels "
     "libres dans l'administration.",
     {("Marion Tessenac", "free-software"): "support", ("Paul Ravignol", "free-software"): "support",
      ("Agathe Berlimont", "free-software"): "support"}),
    ("the surnames a plural subject noun lists ('Tous signataires du pacte, A, B et C')",
     "Marion Tessenac, Paul Ravignol et Agathe Berlimont sont candidats. Tous signataires du Pacte du logiciel "
     "libre de l'April, Tessenac, Ravignol et Berlimont promettent de donner la priorité aux logiciels libres "
     "dans l'administration.",
     {("Marion Tessenac", "free-software"): "support", ("Paul Ravignol", "free-software"): "support",
      ("Agathe Berlimont", "free-software"): "support"}),
    ("'Elle votera pour ...' with the pronoun parsed as the sentence's root",
     "L'eurodéputée Agathe Berlimont, membre de la commission juridique, estime qu'ACTA « ne change rien au "
     "droit français ». Elle votera pour l'accord ACTA.",
     {("Agathe Berlimont", "internet-censorship"): "support"}),
    ("'L'eurodéputée' after a pair is the woman; 'le porte-parole du Front de gauche' the one in that party",
     "Lucie Marvejol et Paul Ravignol (Front de gauche) veulent tous deux abroger la loi Hadopi. "
     "L'eurodéputée propose une contribution créative de quelques euros par mois. Le porte-parole du Front de "
     "gauche défend lui aussi une licence globale.",
     {("Lucie Marvejol", "hadopi-law"): "oppose", ("Paul Ravignol", "hadopi-law"): "oppose",
      ("Lucie Marvejol", "global-license"): "support", ("Paul Ravignol", "global-license"): "support"}),
    ("'tous trois' before anyone is named: the three the next sentence names",
     "Nous avons comparé les réponses des trois principaux candidats. Sur le réseau, tous trois promettent de "
     "se battre pour que le très haut débit arrive dans les communes rurales. La socialiste Marion Tessenac "
     "veut un engagement national, Paul Ravignol mise sur les opérateurs et Agathe Berlimont sur un réseau public.",
     {("Marion Tessenac", "digital-divide"): "support", ("Paul Ravignol", "digital-divide"): "support",
      ("Agathe Berlimont", "digital-divide"): "support"}),
]


@pytest.mark.parametrize("name,text,expected", HOLDERS, ids=[c[0] for c in HOLDERS])
def test_the_holder_found(extractor, name, text, expected):
    assert positions(extractor, text) == expected


# --- sentence boundaries in reported speech


def test_a_closing_quote_after_a_full_stop_ends_the_sentence(extractor):
    # else the journalist's question mark in the next sentence turns the quote into a question
    found = positions(extractor, "Le député sortant Laurent Gachassin a défendu sans détour la loi Hadopi : « Elle "
                                 "fonctionne et je ne vois pas pourquoi on casserait un outil utile. » Interrogé sur "
                                 "la fibre, il a hésité : « Qui financera les réseaux ? »")
    assert found.get(("Laurent Gachassin", "hadopi-law")) == "support"


# --- polarity constructions


def test_what_a_strict_neutrality_would_forbid_is_the_charge_against_it(extractor):
    found = positions(extractor, "« Mais une neutralité stricte, gravée dans la loi, interdirait aux opérateurs de gérer "
                                 "le trafic », a déclaré Luc Rouxnel.")
    assert found == {("Luc Rouxnel", "net-neutrality"): "oppose"}
    # forbidding what is fought is no charge
    found = positions(extractor, "« La loi Hadopi interdirait enfin le piratage », a déclaré Luc Rouxnel.")
    assert found.get(("Luc Rouxnel", "hadopi-law")) == "support"


POLARITY = [
    ("'l'interdiction pour les opérateurs de ralentir un service': the ban completes the infinitive",
     "Claire Réveldane veut inscrire dans la loi l'interdiction pour les opérateurs de ralentir ou de bloquer "
     "un service.",
     {("Claire Réveldane", "net-neutrality"): "support"}),
    ("a levy 'payée avec l'abonnement' names the global licence",
     "« Nous proposons une contribution de quelques euros payée avec l'abonnement, qui rémunère les créateurs », "
     "a déclaré Paul Ramboulin.",
     {("Paul Ramboulin", "global-license"): "support"}),
    ("'ramenée à vingt ans': the term of authors' rights cut back",
     "« Nous voulons que la durée des droits d'auteur soit ramenée à vingt ans », a déclaré Yann Kerjumel.",
     {("Yann Kerjumel", "copyright"): "oppose"}),
    ("'X, c'est mon préau d'école': the speaker owns the network as their own place",
     "« Twitter, c'est mon préau d'école », sourit Lucien Sibourdin.",
     {("Lucien Sibourdin", "social-media-campaigning"): "support"}),
    ("'X, c'est le marché du dimanche de ma génération'",
     "« Les réseaux sociaux, c'est le marché du dimanche de ma génération », sourit Lucien Sibourdin.",
     {("Lucien Sibourdin", "social-media-campaigning"): "support"}),
    ("'X ne tranche pas' with a name as subject is a sidestep",
     "Sur la licence globale, Élodie Farvelac ne tranche pas : le sujet mérite une concertation.",
     {("Élodie Farvelac", "global-license"): "neutral"}),
    ("'souhaite l'inscrire dans la loi' after a topic heading",
     "LA NEUTRALITÉ DU NET. Julie Pontaillac souhaite l'inscrire dans la loi.",
     {("Julie Pontaillac", "net-neutrality"): "support"}),
    ("'demande qu'elle soit inscrite dans la loi' takes up the topic just named",
     "Sur la neutralité du net, les réponses divergent. Marc Jolimont demande qu'elle soit inscrite dans la loi.",
     {("Marc Jolimont", "net-neutrality"): "support"}),
    ("'ni' after a verb negated on its own adds no negation",
     "« Je n'accepterai jamais un Internet filtré, ni des accords comme ACTA », a lancé Hervé Vaudrimont.",
     {("Hervé Vaudrimont", "internet-censorship"): "oppose"}),
    ("'ne peut pas accepter' a fought-against thing backs the policy",
     "« On ne peut pas accepter une ville à deux vitesses », a déclaré Anne Castellou.",
     {("Anne Castellou", "digital-divide"): "support"}),
    ("an illusion is a rejection",
     "« La neutralité absolue est une illusion », estime Marc Daguerrat.",
     {("Marc Daguerrat", "net-neutrality"): "oppose"}),
    ("undoing a law rejects it",
     "« La loi Hadopi, nous allons la défaire », a promis Séverine Daurignac.",
     {("Séverine Daurignac", "hadopi-law"): "oppose"}),
    ("'rien contre' opens a reservation",
     "« Je n'ai rien contre le logiciel libre, je l'utilise moi-même à la maison », a déclaré Gérard Vimbert.",
     {("Gérard Vimbert", "free-software"): "mixed"}),
    ("a reported candidate without accounts",
     "Olivier Leveugle est candidat du Front de gauche. Le candidat ne possède ni compte Twitter ni page Facebook.",
     {("Olivier Leveugle", "social-media-campaigning"): "oppose"}),
    ("'n'avoir' with its 'n'' hung on the verb above",
     "Fabrice Lhuillier est candidat UMP. Le candidat, lui, reconnaît n'avoir « ni le temps ni le goût » des "
     "réseaux sociaux.",
     {("Fabrice Lhuillier", "social-media-campaigning"): "oppose"}),
    ("a broadband fund fed by a levy is no global licence",
     "« Je défends un fonds national financé par une petite contribution sur les abonnements, pour couvrir les "
     "campagnes », a déclaré Sophie Gayraudet.",
     {("Sophie Gayraudet", "digital-divide"): "support"}),
    ("citizens proposing and voting on the city's site",
     "« Les habitants pourront proposer et voter directement sur le site de la Ville », a annoncé Christine Nozerand.",
     {("Christine Nozerand", "e-democracy"): "support"}),
    ("people brought into the making of the law",
     "« Internet permet enfin de faire entrer les gens dans la fabrique de la loi », a déclaré Solène Praduret.",
     {("Solène Praduret", "e-democracy"): "support"}),
    ("yes or no said to a policy",
     "« Non à la riposte graduée ! Nous disons non à l'internet à deux vitesses ! Oui, la licence globale ! », a "
     "lancé Éric Gimbretière.",
     {("Éric Gimbretière", "hadopi-law"): "oppose", ("Éric Gimbretière", "net-neutrality"): "support",
      ("Éric Gimbretière", "global-license"): "support"}),
    ("a vote for, its object named before",
     "« ACTA ne crée aucune obligation nouvelle, et je voterai pour », a déclaré Didier Noyrigat.",
     {("Didier Noyrigat", "internet-censorship"): "support"}),
    ("a vote against, its object named before",
     "« L'accord ACTA a été négocié en secret, et je voterai contre », a déclaré Didier Noyrigat.",
     {("Didier Noyrigat", "internet-censorship"): "oppose"}),
    ("operators denied blocking and slowing by 'ni'",
     "« Les opérateurs ne doivent ni bloquer, ni ralentir, ni favoriser aucun contenu », a déclaré Hélène Orvillac.",
     {("Hélène Orvillac", "net-neutrality"): "support"}),
    ("operators kept from choosing what goes faster",
     "« Les opérateurs ne doivent pas pouvoir choisir quels contenus circulent plus vite que d'autres », a déclaré "
     "Nadia Estagel.",
     {("Nadia Estagel", "net-neutrality"): "support"}),
    ("what a contrast sets aside",
     "« Une campagne se gagne sur les marchés et dans les cafés, pas sur Facebook », a déclaré Frédéric Fauchois.",
     {("Frédéric Fauchois", "social-media-campaigning"): "oppose"}),
    ("a campaign not run online",
     "« Je ne fais pas campagne sur Facebook », a déclaré Lionel Jaouenic.",
     {("Lionel Jaouenic", "social-media-campaigning"): "oppose"}),
    ("a verdict noun after the phrase judged",
     "Le député Jean-Marc Pouzalgues a jugé la licence globale « une fausse bonne idée ».",
     {("Jean-Marc Pouzalgues", "global-license"): "oppose"}),
    ("a pejorative noun denied",
     "« La neutralité du net n'est pas un caprice de geeks », a lancé Thierry Ferrussac.",
     {("Thierry Ferrussac", "net-neutrality"): "support"}),
    ("declining to answer the paper is no side on the topic before",
     "La loi Hadopi divise les candidats. Le député sortant, Michel Santerre, n'a pas souhaité répondre à nos "
     "questions.",
     {}),
    ("declining to answer on a topic is a neutral side on it",
     "Paul Dumont n'a pas souhaité répondre sur la licence globale.",
     {("Paul Dumont", "global-license"): "neutral"}),
    ("'ne ... pas non plus' negates, the parser hanging 'pas' under 'non plus'",
     "« Je ne crois pas non plus à la licence globale », a dit Hugo Derbignac. « Et je ne soutiens pas non plus "
     "la loi Hadopi. »",
     {("Hugo Derbignac", "global-license"): "oppose", ("Hugo Derbignac", "hadopi-law"): "oppose"}),
    ("what a colon announces after a word of proposing is backed",
     "Loïc Sarrabère était à Tulle. « Pour la création, nous avons une proposition claire : une licence globale, "
     "c'est-à-dire quelques euros sur chaque abonnement », a-t-il dit.",
     {("Loïc Sarrabère", "global-license"): "support"}),
    ("'une taxe de plus' condemns the levy",
     "Julie Escaunet refuse de trancher sur l'Hadopi. Quant à la licence globale : « C'est une taxe de plus sur "
     "l'abonnement », dit-elle.",
     {("Julie Escaunet", "hadopi-law"): "neutral", ("Julie Escaunet", "global-license"): "oppose"}),
    ("'pas de X' after a colon is a refusal",
     "Ginette Pradoux était à Lyon. « Nous, nous disons : pas de censure d'Internet, jamais », a-t-elle lancé.",
     {("Ginette Pradoux", "internet-censorship"): "oppose"}),
    ("means 'face aux' online frauds fight them",
     "Le député Paul Malbertin a promis de réclamer plus de moyens pour la police face aux piratages informatiques "
     "qui frappent les PME.",
     {("Paul Malbertin", "cybercrime"): "support"}),
    ("removing the distance between elected and citizens backs e-democracy",
     "Agnès Ourtigues était à Lyon. « Internet permet enfin de supprimer la distance entre l'élu et le citoyen », "
     "a-t-elle dit.",
     {("Agnès Ourtigues", "e-democracy"): "support"}),
    ("'j'y reste opposé': the attribute of a verb of remaining judges its 'y'",
     "Lucien Lescaunac était au Sénat. « Le Gouvernement a fait voter le blocage administratif des sites sans "
     "juge. J'y reste fermement opposé », a-t-il dit.",
     {("Lucien Lescaunac", "internet-censorship"): "oppose"}),
    ("'s'en prendre à' attacks",
     "La sénatrice Anne Virollet s'en prend à la riposte graduée.",
     {("Anne Virollet", "hadopi-law"): "oppose"}),
    ("'s'interroger sur l'utilité de X' doubts X",
     "La sénatrice Anne Virollet s'interroge sur l'utilité de la Hadopi.",
     {("Anne Virollet", "hadopi-law"): "oppose"}),
    ("'qualifier X de « machine à punir »'",
     "La sénatrice Anne Virollet qualifie la Hadopi de « machine à punir ».",
     {("Anne Virollet", "hadopi-law"): "oppose"}),
    ("'tirer à boulets rouges sur'",
     "La sénatrice Anne Virollet tire à boulets rouges sur la Hadopi.",
     {("Anne Virollet", "hadopi-law"): "oppose"}),
    ("'se montrer sceptique sur'",
     "La sénatrice Anne Virollet se montre sceptique sur la licence globale.",
     {("Anne Virollet", "global-license"): "oppose"}),
    ("staying evasive on a topic is a neutral side",
     "La députée Lise Morvilhac était à Lille. Sur la licence globale, elle reste évasive.",
     {("Lise Morvilhac", "global-license"): "neutral"}),
    ("blocking a site 'sans passer par un juge' is refused",
     "Lise Morvilhac refuse que l'administration puisse bloquer un site sans passer par un juge.",
     {("Lise Morvilhac", "internet-censorship"): "oppose"}),
    ("the ill of the countryside denied backs access",
     "« Les campagnes ne doivent pas être les oubliées du numérique », insiste Lise Morvilhac.",
     {("Lise Morvilhac", "digital-divide"): "support"}),
    ("free programs named by their names",
     "Lise Morvilhac souhaite que l'État migre vers Linux et LibreOffice.",
     {("Lise Morvilhac", "free-software"): "support"}),
    ("operators favouring their own services",
     "Lise Morvilhac plaide pour que les opérateurs n'aient pas le droit de favoriser leurs propres services.",
     {("Lise Morvilhac", "net-neutrality"): "support"}),
    ("'voir d'un bon / mauvais œil'",
     "Lise Morvilhac voit d'un bon œil la licence globale. Paul Montbazin voit d'un mauvais œil la riposte graduée.",
     {("Lise Morvilhac", "global-license"): "support", ("Paul Montbazin", "hadopi-law"): "oppose"}),
    ("closing one's account gives the network up",
     "Lise Morvilhac a fermé son compte Facebook, « une perte de temps ».",
     {("Lise Morvilhac", "social-media-campaigning"): "oppose"}),
    ("'qu'elle y était « plutôt favorable »': a quote mark between the clitic and its verb",
     "Interrogée sur la licence globale, Anne Perbosc a répondu qu'elle y était « plutôt favorable ».",
     {("Anne Perbosc", "global-license"): "support"}),
    ("'Ni X ni Y ne veulent de' denies for both",
     "Ni Anne Perbosc ni Paul Cassinelle ne veulent de la licence globale.",
     {("Anne Perbosc", "global-license"): "oppose", ("Paul Cassinelle", "global-license"): "oppose"}),
    ("'prendre ses distances avec'",
     "Anne Perbosc a pris ses distances avec la licence globale.",
     {("Anne Perbosc", "global-license"): "oppose"}),
    ("understanding both camps' arguments is a neutral side",
     "Le député Hugo Fenestrel dit comprendre les arguments des deux camps sur la licence globale.",
     {("Hugo Fenestrel", "global-license"): "neutral"}),
    ("still hesitating is a neutral side",
     "Le député Hugo Fenestrel hésite encore sur la licence globale.",
     {("Hugo Fenestrel", "global-license"): "neutral"}),
    ("refusing to choose between two policies takes no side on either",
     "Le député Hugo Fenestrel refuse de choisir entre la Hadopi et la licence globale.",
     {("Hugo Fenestrel", "global-license"): "neutral", ("Hugo Fenestrel", "hadopi-law"): "neutral"}),
    ("'au rabais' is a judgement",
     "« La licence globale, c'est la culture au rabais », a lancé le député Yves Isardon.",
     {("Yves Isardon", "global-license"): "oppose"}),
    ("an aversion is against",
     "Le candidat Yves Isardon ne cache pas son aversion pour la loi Hadopi.",
     {("Yves Isardon", "hadopi-law"): "oppose"}),
    ("'rayer du code' repeals",
     "La candidate Odile Ferrandière veut « rayer la loi Hadopi du code ».",
     {("Odile Ferrandière", "hadopi-law"): "oppose"}),
    ("bills submitted to citizens online is e-democracy",
     "Rémi Vastreval l'a promis : « Si je suis élu, chaque proposition de loi que je déposerai sera d'abord "
     "soumise aux citoyens en ligne. »",
     {("Rémi Vastreval", "e-democracy"): "support"}),
    ("a connection in the universal service is access for all",
     "Pour la députée européenne Claire Ginouvès, le service universel doit enfin inclure une connexion internet "
     "digne de ce nom.",
     {("Claire Ginouvès", "digital-divide"): "support"}),
    ("'un filtrage' assumed is censorship backed",
     "Le sénateur Bernard Delpuech assume un filtrage décidé par le ministère de l'Intérieur.",
     {("Bernard Delpuech", "internet-censorship"): "support"}),
    ("swapping films between individuals without prosecution is against authors' rights",
     "La candidate Amélie Hérouvel veut qu'on puisse s'échanger films et albums entre particuliers sans risquer la "
     "moindre poursuite.",
     {("Amélie Hérouvel", "copyright"): "oppose"}),
    ("'je ne le trancherai pas' after the topic is a neutral side",
     "Mathilde Genevrais a répondu sur la licence globale. « C'est un sujet sur lequel les socialistes eux-mêmes "
     "sont partagés, je ne le trancherai pas sur un blog. »",
     {("Mathilde Genevrais", "global-license"): "neutral"}),
    ("the words of the Hadopi's full name are no cue",
     "Maurice Belvaux est sénateur. Il participe à ce titre à l'examen du projet de loi Création et Internet en "
     "2009, qui institue la Haute Autorité pour la diffusion des œuvres et la protection des droits sur internet "
     "(Hadopi), puis de la loi relative à la protection pénale de la propriété littéraire et artistique sur internet "
     "(Hadopi 2).",
     {}),
    ("speeding up the roll-out backs it",
     "Sandrine Corvaline et Olivier Abrantin ont débattu. Tous deux jugent « urgent » d'accélérer le déploiement de "
     "la fibre dans les zones rurales.",
     {("Sandrine Corvaline", "digital-divide"): "support", ("Olivier Abrantin", "digital-divide"): "support"}),
    ("a topic set out before 'il faut l'abroger' is what is repealed",
     "« L'Hadopi, il faut l'abroger, purement et simplement », a dit Loïc Arnaudon.",
     {("Loïc Arnaudon", "hadopi-law"): "oppose"}),
    ("'X n'est pas une censure, c'est une protection': what X is said to be instead",
     "« Le blocage n'est pas une censure, c'est une protection », a dit le député Alain Escofier.",
     {("Alain Escofier", "internet-censorship"): "support"}),
    ("'X n'est pas un slogan, c'est ...': the word denied, turned around",
     "« La neutralité du net n'est pas un slogan, c'est la condition de l'innovation », a dit le député Alain "
     "Escofier.",
     {("Alain Escofier", "net-neutrality"): "support"}),
    ("'X n'est pas une solution, c'est un impôt de plus'",
     "« La licence globale n'est pas une solution, c'est un impôt de plus », a dit le député Alain Escofier.",
     {("Alain Escofier", "global-license"): "oppose"}),
    ("'c'est protéger des enfants, pas censurer': what the act is not weighs nothing",
     "« Bloquer l'accès à ces images, c'est protéger des enfants, pas censurer qui que ce soit », a déclaré le "
     "député Marc Trébonel.",
     {("Marc Trébonel", "internet-censorship"): "support"}),
    ("texts open to citizens' comments online are e-democracy",
     "La sénatrice Lise Jeanfaure souhaite que les textes en discussion au Parlement puissent être commentés en "
     "ligne par les citoyens.",
     {("Lise Jeanfaure", "e-democracy"): "support"}),
    ("a biography's written question on a topic is no position",
     "Émile Canterol, né le 12 avril 1949 à Aurillac, est un homme politique français. Il est l'auteur d'une "
     "question écrite sur l'usage des logiciels libres dans les établissements scolaires (2008).",
     {}),
    ("'ranger au placard' puts away",
     "Patrick Jarnier a promis de « ranger au placard » la riposte graduée.",
     {("Patrick Jarnier", "hadopi-law"): "oppose"}),
    ("'pas hostile à', then 'mais': a guarded backing",
     "Dans l'opposition, Thierry Rufinac (UMP) a tenu à préciser qu'il n'était « pas hostile au logiciel libre, qui a "
     "fait ses preuves dans bien des administrations », mais il juge la migration « précipitée et mal chiffrée ».",
     {("Thierry Rufinac", "free-software"): "mixed"}),
    ("'pas hostile à' alone backs",
     "Thierry Rufinac n'est pas hostile au logiciel libre.",
     {("Thierry Rufinac", "free-software"): "support"}),
    ("what a sentence states before the question it quotes is a side",
     "Le député Hervé Roumagnol a défendu la loi Hadopi, qu'il a votée : « On a enfin un outil qui fait de la "
     "pédagogie, et vous voulez le jeter à la poubelle ? »",
     {("Hervé Roumagnol", "hadopi-law"): "support"}),
    ("a quoted question asks, whoever quotes it",
     "Le député Hervé Roumagnol a interrogé la ministre : « Faut-il abroger la loi Hadopi ? »",
     {}),
    ("'croire à' with its complement hung on an adverb",
     "Mathias Ramondenc défend l'Hadopi. Il ne croit pas davantage à la licence globale.",
     {("Mathias Ramondenc", "hadopi-law"): "support", ("Mathias Ramondenc", "global-license"): "oppose"}),
]


@pytest.mark.parametrize("name,text,expected", POLARITY, ids=[c[0] for c in POLARITY])
def test_the_side_taken(extractor, name, text, expected):
    assert positions(extractor, text) == expected


def test_a_verb_opening_a_quote_before_an_acronym_is_no_first_name(extractor):
    text = ("L'eurodéputée MoDem Claire Aldebert votera contre ce « texte négocié en secret ». Elle insiste "
            "toutefois : « Rejeter ACTA ne veut pas dire abandonner les créateurs. La contrefaçon et le piratage "
            "commercial doivent être combattus, mais par la loi et par le juge. »")
    got = positions(extractor, text)
    assert {holder for holder, _ in got} == {"Claire Aldebert"}  # not "Rejeter Acta"
    assert got[("Claire Aldebert", "copyright")] == "support"


@pytest.mark.parametrize("text,expected", [
    # a counted noun of things is no pair of people
    ("Deux candidats, Anne Morvan et Paul Serrat, ont confirmé leur présence au débat. Le questionnaire "
     "compte quatre blocs. Les deux derniers blocs traitent de la neutralité du net et du logiciel libre.", {}),
    # a counted noun of people is
    ("Anne Morvan et Paul Serrat ont débattu mardi. Les deux favoris défendent la neutralité du net.",
     {("Anne Morvan", "net-neutrality"): "support", ("Paul Serrat", "net-neutrality"): "support"}),
])
def test_a_counted_group_is_people_only_when_its_noun_says_so(extractor, text, expected):
    assert positions(extractor, text) == expected
