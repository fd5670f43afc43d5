"""General French constructions added to generalise beyond the development texts: sidestepping
(neutral), inverted subjects after quotes, quotes opened by a colon, 'ni ... ni', verbless
titles and agenda items, Q/A programmes. Fictional speakers, sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancegraph.ingest import read_document
from test_extract_rules import make_doc, positions


def said(extractor, sentence: str) -> dict[tuple[str, str], str]:
    """Positions of ``sentence`` quoted and attributed to Paul Rivet, the speaker of the
    one-sentence tests below."""
    return positions(extractor, f"« {sentence} », a déclaré Paul Rivet.")


CASES = [
    # --- neutral: declining to take a side
    ("deferring a decision",
     "« J'attends l'avis du Conseil d'État avant de me prononcer sur la licence globale », a indiqué Jeanne Morel.",
     {("Jeanne Morel", "global-license"): "neutral"}),
    ("no settled position",
     "Jeanne Morel n'a pas encore arrêté sa position sur la licence globale.",
     {("Jeanne Morel", "global-license"): "neutral"}),
    ("not having taken a side",
     "Louis Perrin ne s'est pas prononcé sur la neutralité du net.",
     {("Louis Perrin", "net-neutrality"): "neutral"}),
    ("sidestep about the topic named just before",
     "Le débat porte sur la loi Hadopi.\nJeanne Morel a refusé de se prononcer.",
     {("Jeanne Morel", "hadopi-law"): "neutral"}),
    ("passing the question on",
     "Interrogé sur la licence globale, Louis Perrin a renvoyé à un autre débat.",
     {("Louis Perrin", "global-license"): "neutral"}),
    ("a side taken elsewhere wins over a sidestep",
     "Jeanne Morel défend la licence globale.\nJeanne Morel refuse de se prononcer sur la licence globale avant l'été.",
     {("Jeanne Morel", "global-license"): "support"}),
    ("staying reserved, not yet convinced",
     "Sur la licence globale, Louis Perrin reste réservé. « L'idée mérite d'être discutée, mais je ne suis pas encore "
     "convaincu », dit-il.",
     {("Louis Perrin", "global-license"): "neutral"}),
    ("the matter left to a consultation",
     "« Le sujet de la neutralité du net sera tranché après une concertation, je ne vais pas la préempter », a dit "
     "Jeanne Morel.",
     {("Jeanne Morel", "net-neutrality"): "neutral"}),
    ("carefully not mentioning it",
     "Jeanne Morel se garde bien d'évoquer la licence globale.",
     {("Jeanne Morel", "global-license"): "neutral"}),
    ("avoiding the subject named before",
     "La licence globale divise la majorité.\nLouis Perrin évite le sujet.",
     {("Louis Perrin", "global-license"): "neutral"}),
    ("declining to answer, on the question's main topic",
     "Le député Yann Le Guen demande : le gouvernement va-t-il étudier une licence globale pour rémunérer les artistes ?\n"
     "Mathilde Carrel s'est bien gardée de répondre sur le fond.",
     {("Mathilde Carrel", "global-license"): "neutral"}),
    ("not wanting to take a side",
     "Louis Perrin n'a pas voulu se prononcer sur la licence globale.",
     {("Louis Perrin", "global-license"): "neutral"}),
    ("a sidestep in the paragraph after the topic",
     "Le député Yann Le Guen a interrogé le gouvernement sur la licence globale. « Les artistes attendent », "
     "a-t-il ajouté. « Il faut agir ; les internautes aussi attendent. »\n"
     "Mathilde Carrel s'est bien gardée de répondre sur le fond.",
     {("Mathilde Carrel", "global-license"): "neutral"}),
    ("abstaining",
     "Jeanne Morel s'est abstenue lors du vote sur la loi Hadopi.",
     {("Jeanne Morel", "hadopi-law"): "neutral"}),
    ("too early to decide",
     "« Sur la licence globale, il est trop tôt pour trancher », a estimé Paul Serrat.",
     {("Paul Serrat", "global-license"): "neutral"}),
    ("neither for nor against",
     "Sur la licence globale, Paul Serrat se dit ni pour ni contre.",
     {("Paul Serrat", "global-license"): "neutral"}),
    # --- mixed: a conditional backing
    ("backing under conditions",
     "Jeanne Morel est favorable sous conditions à la licence globale.",
     {("Jeanne Morel", "global-license"): "mixed"}),
    ("backing with reservations",
     "Louis Perrin soutient la neutralité du net avec des réserves.",
     {("Louis Perrin", "net-neutrality"): "mixed"}),
    # a stated condition rejects no part of the topic (measured: it made three fresh-set
    # backings mixed and no gold row needed it); vague "conditions" and "réserves" still hedge
    ("backing on a stated condition",
     "Jeanne Morel est favorable à la licence globale à condition que les artistes soient consultés.",
     {("Jeanne Morel", "global-license"): "support"}),
    ("'sans réserve' is no reservation",
     "Louis Perrin soutient la neutralité du net sans réserve.",
     {("Louis Perrin", "net-neutrality"): "support"}),
    # --- attribution
    ("inverted subject after a quote, with a time adverb",
     "« Nous voterons contre la licence globale, sans hésitation », a affirmé jeudi Jeanne Morel.",
     {("Jeanne Morel", "global-license"): "oppose"}),
    ("inverted role noun after a quote",
     "Le député Marc Loisel a présenté son amendement.\n"
     "« La licence globale est une chance pour les artistes », a plaidé l'élu breton.",
     {("Marc Loisel", "global-license"): "support"}),
    ("a quote opened by a colon belongs to the person before it",
     "La sénatrice Corinne Lebrun défend la neutralité du net. À droite, Hugo Delage, député LR, "
     "juge au contraire le texte trop timide : « La neutralité du net absolue est un dogme. »",
     {("Corinne Lebrun", "net-neutrality"): "support", ("Hugo Delage", "net-neutrality"): "oppose"}),
    ("'pour X,' then 'il': the pronoun is X",
     "Pour Thomas Renaud, il faut trouver un équilibre : il défend la licence globale.",
     {("Thomas Renaud", "global-license"): "support"}),
    ("a relative clause on a role noun",
     "La ministre Claire Vasseur était à l'Assemblée.\n"
     "La ministre, qui a salué le travail de la Haute Autorité, n'a rien annoncé.",
     {("Claire Vasseur", "hadopi-law"): "support"}),
    ("a plural pronoun inside a quote does not push out the person just named",
     "Odile Fournier et Inès Caradec défendent la licence globale.\n"
     "Marc Aubriot répond : « Les plateformes, elles doivent payer. »\n"
     "Il veut renforcer le droit d'auteur.",
     {("Odile Fournier", "global-license"): "support", ("Inès Caradec", "global-license"): "support",
      ("Marc Aubriot", "copyright"): "support"}),
    ("a definite 'texte' under a cue stands for the law named before",
     "La loi Hadopi sera examinée lundi. Paul Serrat votera en faveur du texte.",
     {("Paul Serrat", "hadopi-law"): "support"}),
    ("an apposition parsed as a conjunct of the role noun",
     "Le ministre de la Culture, Paul Serrat, a défendu mardi la riposte graduée devant les députés.",
     {("Paul Serrat", "hadopi-law"): "support"}),
    ("'d'après X'",
     "D'après Paul Serrat, le blocage des sites est inefficace.",
     {("Paul Serrat", "internet-censorship"): "oppose"}),
    ("'Pour X,' split off by the parser still introduces the holder",
     "Pour Paul Serrat, la licence globale n'est pas une solution.",
     {("Paul Serrat", "global-license"): "oppose"}),
    ("a clitic tagged as a determiner of its verb",
     "Seule Jeanne Morel soutient la licence globale ; Paul Serrat et Sophie Lenoir la rejettent.",
     {("Jeanne Morel", "global-license"): "support", ("Paul Serrat", "global-license"): "oppose",
      ("Sophie Lenoir", "global-license"): "oppose"}),
    ("'secrétaire d'État' before a name is a title, not an organisation",
     "Le secrétaire d'État Paul Serrat veut défendre la licence globale.",
     {("Paul Serrat", "global-license"): "support"}),
    ("a colon-opened quote belongs to the subject, not the person addressed",
     "Paul Serrat a répondu à Jeanne Morel : « La licence globale est une impasse. »",
     {("Paul Serrat", "global-license"): "oppose"}),
    ("a quote going on in the next paragraph",
     "Jeanne Morel était l'invitée de la matinale. « Nous abrogerons la loi Hadopi, a-t-elle promis.\n"
     "« Et nous défendrons la neutralité du net. »\nPaul Serrat a réagi dans la soirée.",
     {("Jeanne Morel", "hadopi-law"): "oppose", ("Jeanne Morel", "net-neutrality"): "support"}),
    ("a possessive of an action noun stands for the topic",
     "Interrogé sur la neutralité du net, Paul Serrat s'est déclaré « totalement favorable » à son inscription dans la loi.",
     {("Paul Serrat", "net-neutrality"): "support"}),
    ("a possessive of a stance noun is the holder's",
     "La licence globale divise. Jeanne Morel a réaffirmé son soutien à la loi Hadopi.",
     {("Jeanne Morel", "hadopi-law"): "support"}),
    # --- polarity
    ("preferring",
     "Paul Serrat, lui, préfère la licence globale.",
     {("Paul Serrat", "global-license"): "support"}),
    ("'qualifier X de « ... »'",
     "Paul Serrat a qualifié la loi Hadopi de « texte liberticide ».",
     {("Paul Serrat", "hadopi-law"): "oppose"}),
    ("refusing that it be sacrificed",
     "Jeanne Morel refuse que l'on sacrifie la neutralité du net.",
     {("Jeanne Morel", "net-neutrality"): "support"}),
    ("'ne pas avoir vocation à'",
     "Selon Louis Perrin, la riposte graduée n'a pas vocation à durer.",
     {("Louis Perrin", "hadopi-law"): "oppose"}),
    ("ni ... ni negates both",
     "Jeanne Morel ne veut ni de la licence globale ni de la loi Hadopi.",
     {("Jeanne Morel", "global-license"): "oppose", ("Jeanne Morel", "hadopi-law"): "oppose"}),
    ("refusing any compromise on it",
     "Jeanne Morel refuse tout compromis sur la neutralité du net.",
     {("Jeanne Morel", "net-neutrality"): "support"}),
    ("assuming a policy",
     "Louis Perrin assume le filtrage des sites.",
     {("Louis Perrin", "internet-censorship"): "support"}),
    ("'au contraire' is no judgement",
     "Louis Perrin soutient au contraire la licence globale.",
     {("Louis Perrin", "global-license"): "support"}),
    ("a policy that works",
     "Selon Louis Perrin, la riposte graduée fonctionne.",
     {("Louis Perrin", "hadopi-law"): "support"}),
    ("leaving a law untouched",
     "Louis Perrin veut une offre légale plus large, sans toucher au droit d'auteur.",
     {("Louis Perrin", "copyright"): "support"}),
    ("what a measure does not reach is no judgement of it",
     "Louis Perrin rappelle que le filtrage ne touche pas les réseaux d'échange.",
     {}),
    ("denouncing a harm to a freedom opposes what harms it",
     "Paul Serrat dénonce une atteinte grave à la liberté d'expression sur Internet.",
     {("Paul Serrat", "internet-censorship"): "oppose"}),
    ("a false good idea",
     "Pour Jeanne Morel, la licence globale est une fausse bonne idée.",
     {("Jeanne Morel", "global-license"): "oppose"}),
    ("not hiding one's scepticism (litotes)",
     "Paul Serrat ne cache pas son scepticisme envers la licence globale.",
     {("Paul Serrat", "global-license"): "oppose"}),
    ("contesting",
     "Jeanne Morel conteste la loi Hadopi.",
     {("Jeanne Morel", "hadopi-law"): "oppose"}),
    ("'X, c'est la fin de Y': Y is valued, X is rejected",
     "« La licence globale, c'est la fin du droit d'auteur », a estimé Paul Serrat.",
     {("Paul Serrat", "global-license"): "oppose", ("Paul Serrat", "copyright"): "support"}),
    ("demanding the end of it",
     "Jeanne Morel demande la fin de la riposte graduée.",
     {("Jeanne Morel", "hadopi-law"): "oppose"}),
    ("the speaker's aim is the end of it",
     "« Notre projet, c'est la fin de la riposte graduée », a déclaré Jeanne Morel.",
     {("Jeanne Morel", "hadopi-law"): "oppose"}),
    ("an opposing noun whose complement hangs on the verb",
     "Jeanne Morel a rencontré Paul Serrat. Elle lui a redit son hostilité à la riposte graduée.",
     {("Jeanne Morel", "hadopi-law"): "oppose"}),
    # --- surface forms
    ("online petitions",
     "Selon Mathieu Valmont, les pétitions en ligne, c'est le simulacre de la participation.",
     {("Mathieu Valmont", "e-democracy"): "oppose"}),
    ("content takedown",
     "Le ministre Paul Serrat souhaite obliger les hébergeurs à retirer les contenus signalés.",
     {("Paul Serrat", "internet-censorship"): "support"}),
    ("a right to connection",
     "Jeanne Morel a fait adopter le droit au maintien de la connexion pour les foyers modestes.",
     {("Jeanne Morel", "digital-divide"): "support"}),
    # --- a second predicate of the topic
    ("a passive joined to the topic's first predicate",
     "Pour Anne Morvan, « l'Hadopi coûte cher, ne rapporte rien aux auteurs et sera abrogée ».",
     {("Anne Morvan", "hadopi-law"): "oppose"}),
    ("what an act would amount to, with no judging word, is the consequence feared",
     "Hervé Ostrolin l'a dit : « Supprimer l'Hadopi, ce serait dire aux jeunes que tout est gratuit. »",
     {("Hervé Ostrolin", "hadopi-law"): "support"}),
    ("a plural report is no 'il'",
     "Loïc Quelvenet mène sa campagne sur Twitter et Facebook. Les sondages ne lui accordent guère plus de "
     "2 %. Il l'assume : « Les réseaux sociaux, c'est indispensable quand on n'a ni argent ni élus. »",
     {("Loïc Quelvenet", "social-media-campaigning"): "support"}),
    ("the ill a promise denies the place will become",
     "Mireille Vouzelle l'a promis : « Nous ne laisserons pas la Creuse devenir une zone blanche. »",
     {("Mireille Vouzelle", "digital-divide"): "support"}),
    ("a statement before an incise and a quoted question is still a statement; 'et la supprimer serait une faute'",
     "Régis Vaubergon défend la loi. « La riposte graduée marche, les chiffres le prouvent, et la supprimer sans "
     "rien mettre à la place serait une faute », a-t-il lancé, avant d'étriller la licence globale : « Une taxe "
     "sur tous les abonnés pour payer quelques majors ? Non merci. »",
     {("Régis Vaubergon", "global-license"): "oppose", ("Régis Vaubergon", "hadopi-law"): "support"}),
    ("nobody left behind: the ill denied, whatever the form's usual side",
     "Sandrine Olbiet veut que personne ne reste au bord de la route numérique.",
     {("Sandrine Olbiet", "digital-divide"): "support"}),
    ("a verb joined to the topic's first predicate",
     "Selon Anne Morvan, la licence globale est simple et garantit la rémunération des artistes.",
     {("Anne Morvan", "global-license"): "support"}),
    # --- no position
    ("an agenda item states no side",
     "Communication de Mme Jeanne Morel sur la licence globale et la rémunération des créateurs",
     {}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_general_construction(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("answer,expected", [
    ("Une priorité : les ministères basculeront vers des logiciels libres.", {("Jeanne Morel", "free-software"): "support"}),
    ("Le gouvernement actuel veut supprimer la neutralité du net.", {}),
])
def test_future_programme_in_an_answer_is_the_respondents(extractor, answer, expected):
    text = "Quelle est votre politique numérique ?\n" + answer
    x = extractor.extract(make_doc(text, fmt="qa", speaker="Jeanne Morel", speakers=["Jeanne Morel"]))
    assert {(p.holder, p.topic): p.polarity for p in x.positions} == expected


@pytest.mark.parametrize("answer,expected", [
    ("Il présente des avantages, mais aussi des inconvénients.", "mixed"),
    ("Oui, mais sous conditions.", "mixed"),
    ("Je n'ai pas d'avis arrêté sur ce point.", "neutral"),
    ("La question sera tranchée par le Parlement.", "neutral"),
])
def test_balanced_and_undecided_answers(extractor, answer, expected):
    text = "Que pensez-vous de la licence globale ?\n" + answer
    x = extractor.extract(make_doc(text, fmt="qa", speaker="Jeanne Morel", speakers=["Jeanne Morel"]))
    assert {(p.holder, p.topic): p.polarity for p in x.positions} == {("Jeanne Morel", "global-license"): expected}


def test_an_answer_opening_with_a_means_proposes_it(extractor):
    text = "Comment financer la création ?\nPar une licence globale : chaque internaute paiera un forfait."
    x = extractor.extract(make_doc(text, fmt="qa", speaker="Jeanne Morel", speakers=["Jeanne Morel"]))
    assert {(p.holder, p.topic): p.polarity for p in x.positions} == {("Jeanne Morel", "global-license"): "support"}


@pytest.mark.parametrize("header", ["Éditorial de Jeanne Morel", "Point de vue de Jeanne Morel, députée"])
def test_a_header_names_the_author(extractor, header):
    text = header + "\nNous défendrons la neutralité du net jusqu'au bout."
    assert positions(extractor, text) == {("Jeanne Morel", "net-neutrality"): "support"}


def test_a_new_question_ends_the_previous_answers_antecedents(extractor):
    text = ("Que pensez-vous du logiciel libre ?\nNous basculerons vers des logiciels libres.\n"
            "Et des péages sur le réseau ?\nCe serait la fin d'un internet ouvert.")
    x = extractor.extract(make_doc(text, fmt="qa", speaker="Jeanne Morel", speakers=["Jeanne Morel"]))
    assert {(p.holder, p.topic): p.polarity for p in x.positions}.get(("Jeanne Morel", "free-software")) == "support"


@pytest.mark.parametrize("title", ["Culture : pour une licence globale qui paie les artistes",
                                   "Numérique : notre combat pour la neutralité"])
def test_a_title_line_with_a_colon_is_no_speaker_turn(extractor, title):
    # "X : ..." without final punctuation is a title, not another speaker's turn: the signed
    # press release's first-person sentences stay its author's.
    text = f"COMMUNIQUÉ DE PRESSE\n{title}\nJe défends la licence globale.\nJeanne Morel\nDéléguée à la culture"
    assert positions(extractor, text, speakers=["Jeanne Morel"]) == {("Jeanne Morel", "global-license"): "support"}


def test_a_labelled_turn_of_someone_else_is_not_the_authors(extractor):
    text = ("COMMUNIQUÉ DE PRESSE\nNotre position sur le numérique\n"
            "Le Collectif : nous défendons la licence globale depuis dix ans.\nJeanne Morel")
    assert positions(extractor, text, speakers=["Jeanne Morel"]) == {}


@pytest.mark.parametrize("text,expected", [
    ("Rejetant à la fois l'Hadopi et la licence globale, Jeanne Morel (MoDem) et Paul Rivet (LR) "
     "défendent une troisième voie.",
     {("Jeanne Morel", "hadopi-law"): "oppose", ("Jeanne Morel", "global-license"): "oppose",
      ("Paul Rivet", "hadopi-law"): "oppose", ("Paul Rivet", "global-license"): "oppose"}),
    ("Rejetant l'Hadopi, Jeanne Morel défend une troisième voie.", {("Jeanne Morel", "hadopi-law"): "oppose"}),
    ("Défendant la neutralité du net, Paul Rivet veut l'inscrire dans la loi.",
     {("Paul Rivet", "net-neutrality"): "support"}),
])
def test_a_fronted_participle_belongs_to_the_subject_after_it(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Paul Rivet veut que la neutralité du net soit inscrite dans la Constitution, rien de moins.",
     {("Paul Rivet", "net-neutrality"): "support"}),
    # "n'avoir rien contre X" is no opposition; writers read it as the concession that opens
    # a reservation (mixed), never as plain backing
    ("Paul Rivet n'a rien contre la licence globale.", {("Paul Rivet", "global-license"): "mixed"}),
])
def test_rien_negates_only_with_ne(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_adverbs_joined_by_et_leave_the_object_to_its_verb(extractor):
    text = "Paul Rivet propose d'abroger purement et simplement les lois Hadopi."
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "oppose"}


def test_rien_with_a_typographic_apostrophe_still_negates(extractor):
    text = "Paul Rivet n’a rien contre la licence globale."
    assert positions(extractor, text) == {("Paul Rivet", "global-license"): "mixed"}  # as with "n'a"


@pytest.mark.parametrize("text,expected", [
    ("Selon Paul Rivet, la riposte graduée est une erreur.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("Pour Paul Rivet, la licence globale serait un fiasco.", {("Paul Rivet", "global-license"): "oppose"}),
])
def test_judgement_nouns_oppose_their_subject(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Interrogée sur la licence globale, Anne Vidal a répondu : « Je ne dis ni oui ni non : "
     "j'attends les conclusions de la mission. »", {("Anne Vidal", "global-license"): "neutral"}),
    ("Anne Vidal promet, si elle est élue, une consultation en ligne avant chaque grand projet.",
     {("Anne Vidal", "e-democracy"): "support"}),
])
def test_sidesteps_and_campaign_promises(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("intro", ["Selon lui", "Pour lui", "D'après lui"])
def test_an_intro_pronoun_refers_back_to_the_person_named_before(extractor, intro):
    text = f"Le député Paul Rivet a parlé de la loi Hadopi. {intro}, cette loi est inacceptable."
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "oppose"}


@pytest.mark.parametrize("pretext", ["sous couvert de", "sous prétexte de", "sous couvert de vouloir"])
def test_an_alleged_aim_is_not_the_speakers_position(extractor, pretext):
    text = f"Marie Vidal dénonce un accord qui, {pretext} lutter contre la contrefaçon, menace les libertés."
    assert ("Marie Vidal", "copyright") not in positions(extractor, text)


@pytest.mark.parametrize("text,expected", [
    # paraphrases of access policy, participation and neutrality (lexicons/topic_patterns.tsv)
    ("« Je me battrai pour que la fibre arrive dans chaque village avant la fin du mandat », a dit Paul Rivet.",
     {("Paul Rivet", "digital-divide"): "support"}),
    ("Paul Rivet veut recruter mille conseillers numériques dans les mairies.",
     {("Paul Rivet", "digital-divide"): "support"}),
    ("Paul Rivet promet de lutter contre l'illectronisme.", {("Paul Rivet", "digital-divide"): "support"}),
    ("Anne Vidal réclame une loi garantissant l'égalité de traitement des flux sur les réseaux.",
     {("Anne Vidal", "net-neutrality"): "support"}),
    ("Anne Vidal veut renforcer les moyens de la police contre les escroqueries en ligne.",
     {("Anne Vidal", "cybercrime"): "support"}),
])
def test_topics_named_by_paraphrase(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("« La Haute Autorité doit disparaître », a lancé Paul Rivet.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("« Il faut couper l'accès aux sites de jeux illégaux », a dit Paul Rivet.",
     {("Paul Rivet", "internet-censorship"): "support"}),
    ("« Il ne faut pas abroger la loi Hadopi », a dit Paul Rivet.", {("Paul Rivet", "hadopi-law"): "support"}),
    ("« Une neutralité stricte, c'est une subvention déguisée aux grands groupes », a dit Paul Rivet.",
     {("Paul Rivet", "net-neutrality"): "oppose"}),
    ("Selon Anne Vidal, la neutralité du net n'est pas négociable.", {("Anne Vidal", "net-neutrality"): "support"}),
])
def test_predicates_that_decide(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_il_faut_counts_only_for_what_it_governs(extractor):
    # "faut" is the top of the first clause; the negation of the second clause must not turn it
    text = ("« Il faut former les agents : la cybersécurité ne peut plus être l'affaire des seuls techniciens », "
            "a dit Anne Vidal.")
    assert positions(extractor, text).get(("Anne Vidal", "cybercrime")) != "oppose"


def test_a_date_is_no_judgement(extractor):
    text = "« Le très haut débit arrivera partout avant la fin de la législature », a promis Paul Rivet."
    assert positions(extractor, text) == {("Paul Rivet", "digital-divide"): "support"}


def test_denying_the_means_is_no_side_on_the_aim(extractor):
    text = "« On ne combat pas la cybercriminalité en surveillant tout le monde », a dit Paul Rivet."
    assert ("Paul Rivet", "cybercrime") not in positions(extractor, text)


def test_an_inverted_il_after_a_quote_is_the_man_named_before(extractor):
    text = ("La députée Anne Vidal a défendu le texte. Le sénateur Paul Rivet, lui, est sceptique. "
            "« Une neutralité stricte, c'est une subvention déguisée aux grands groupes », a-t-il estimé.")
    assert positions(extractor, text).get(("Paul Rivet", "net-neutrality")) == "oppose"
    assert ("Anne Vidal", "net-neutrality") not in positions(extractor, text)


def test_an_internaut_named_by_an_initial_holds_no_position(extractor):
    text = ("Erwan B. : Chez nous, on attend toujours la fibre. Quand arrivera-t-elle ?\n"
            "Anne Vidal : Je me bats pour que le très haut débit arrive partout.")
    found = positions(extractor, text)
    assert not any(holder.startswith("Erwan") for holder, _ in found)


def test_a_quote_over_two_sentences_belongs_to_its_closing_attribution(extractor):
    text = ("Paul Rivet a ouvert la séance. « Ce texte menace la neutralité du net. Je voterai contre », "
            "a déclaré la députée écologiste Anne Vidal.")
    assert positions(extractor, text) == {("Anne Vidal", "net-neutrality"): "support"}


def test_a_role_opening_the_next_sentence_introduces_the_person_just_named(extractor):
    text = ("La députée Anne Vidal votera contre la licence globale. Claire Morin ne voit pas les choses ainsi. "
            "La députée centriste défend la licence globale depuis des années.")
    found = positions(extractor, text)
    assert found.get(("Claire Morin", "global-license")) == "support"
    assert found.get(("Anne Vidal", "global-license")) == "oppose"


@pytest.mark.parametrize("header", ["Publié par Paul Rivet le 3 mars 2012", "Le blog de Paul Rivet, député"])
def test_a_blog_header_names_the_author(extractor, header):
    text = f"{header}\n\nChers lecteurs, je ne voterai jamais pour une licence globale."
    assert positions(extractor, text).get(("Paul Rivet", "global-license")) == "oppose"


@pytest.mark.parametrize("text,expected", [
    ("Selon Paul Rivet, la riposte graduée n'a ni rémunéré les artistes ni rapporté un euro à l'État.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("« Il a fallu trois ans pour constater que la licence globale fonctionne », a dit Paul Rivet.",
     {("Paul Rivet", "global-license"): "support"}),
    ("« Je ne prendrai pas parti sur le logiciel libre », a dit Paul Rivet.",
     {("Paul Rivet", "free-software"): "neutral"}),
    ("Sur la neutralité du net, Paul Rivet n'a pas souhaité répondre.",
     {("Paul Rivet", "net-neutrality"): "neutral"}),
])
def test_negation_purpose_and_sidesteps(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_role_noun_with_a_name_then_a_verb_the_parser_hangs_on_it(extractor):
    text = "La députée Anne Vidal votera contre la licence globale."
    assert positions(extractor, text) == {("Anne Vidal", "global-license"): "oppose"}


def test_the_law_of_a_year_refers_back_to_the_law_named_before(extractor):
    text = ("La loi Hadopi a deux ans. Le débat continue à gauche.\n"
            "Paul Rivet et Anne Vidal ont tous deux confirmé l'abrogation de la loi de 2009.")
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "oppose", ("Anne Vidal", "hadopi-law"): "oppose"}


def test_the_agreement_several_sentences_later_is_still_the_treaty(extractor):
    text = ("Le Parlement européen doit ratifier l'ACTA. Le vote aura lieu en juin. Les manifestations se multiplient. "
            "Les pétitions circulent. Le calendrier reste serré.\n"
            "Pour Paul Rivet, l'accord est dangereux.")
    assert positions(extractor, text) == {("Paul Rivet", "internet-censorship"): "oppose"}


def test_a_role_picks_the_one_of_a_pair_whose_first_name_fits(extractor):
    text = ("Paul Rivet et Delphine Morin ont rejeté la loi Hadopi. Mais ils divergent sur la suite. "
            "La sénatrice refuse la licence globale.")
    found = positions(extractor, text)
    assert found.get(("Delphine Morin", "global-license")) == "oppose"
    assert ("Paul Rivet", "global-license") not in found


@pytest.mark.parametrize("sentence,expected", [
    ("Il est également favorable à la neutralité du net.", "support"),
    ("Sur la neutralité du net, il n'a pas souhaité répondre.", "neutral"),
])
def test_a_personal_il_the_parser_calls_expletive(extractor, sentence, expected):
    text = f"Paul Rivet a signé le pacte. {sentence}"
    assert positions(extractor, text).get(("Paul Rivet", "net-neutrality")) == expected


def test_il_after_an_unnamed_actor_is_that_actor(extractor):
    text = ("Paul Rivet a présenté son rapport. Le gouvernement a fait savoir qu'il s'opposerait "
            "à toute réforme du droit d'auteur.")
    assert ("Paul Rivet", "copyright") not in positions(extractor, text)


def test_il_faut_stays_impersonal(extractor):
    text = "Paul Rivet a présenté son rapport. Il faut abroger la loi Hadopi, selon le gouvernement."
    assert ("Paul Rivet", "hadopi-law") not in positions(extractor, text)


@pytest.mark.parametrize("text,expected", [
    ("« Je suis attaché à la neutralité du net, mais il faut aussi laisser les opérateurs gérer le trafic », "
     "a dit Paul Rivet.", {("Paul Rivet", "net-neutrality"): "mixed"}),
    ("« Je défends la neutralité du net, mais pas la gratuité totale », a dit Paul Rivet.",
     {("Paul Rivet", "net-neutrality"): "support"}),
    ("« Les auteurs doivent être payés, mais le partage entre particuliers n'est pas du vol », a dit Anne Vidal.",
     {("Anne Vidal", "copyright"): "mixed"}),
    ("« La réponse graduée a fait ses preuves », a dit Anne Vidal.", {("Anne Vidal", "hadopi-law"): "support"}),
])
def test_concessions_sharing_and_results(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Paul Rivet a été clair : « Une licence globale, non. »", {("Paul Rivet", "global-license"): "oppose"}),
    ("« Je n'ai pas besoin de Twitter pour cette campagne », a dit Paul Rivet.",
     {("Paul Rivet", "social-media-campaigning"): "oppose"}),
    ("« Je défendrai une exception pédagogique large », a dit Anne Vidal.", {("Anne Vidal", "copyright"): "oppose"}),
    ("« Permettre le blocage d'un site sans l'autorisation d'un juge est une dérive », a dit Anne Vidal.",
     {("Anne Vidal", "internet-censorship"): "oppose"}),
    ("Anne Vidal veut pouvoir bloquer les sites terroristes, y compris sans attendre un juge.",
     {("Anne Vidal", "internet-censorship"): "support"}),
    # ("sans but lucratif" is a manner; the sharing legalised for a licence is both sides of
    # authors' rights, as the annotation guide's "autoriser le téléchargement tout en rémunérant")
    ("Anne Vidal veut autoriser les échanges sans but lucratif moyennant une contribution forfaitaire.",
     {("Anne Vidal", "global-license"): "support", ("Anne Vidal", "copyright"): "mixed"}),
    ("Anne Vidal souhaite que la neutralité du net soit garantie par la loi, sans exception.",
     {("Anne Vidal", "net-neutrality"): "support"}),
])
def test_verdicts_own_use_judges_and_manner_sans(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_party_noun_refers_to_the_member_of_that_party(extractor):
    text = ("Anne Vidal (EELV) et Paul Rivet (UMP) ont débattu mardi. L'écologiste défend la licence globale.")
    assert positions(extractor, text) == {("Anne Vidal", "global-license"): "support"}


def test_an_article_starts_no_name(extractor):
    text = "COMMUNIQUÉ\n\nLe PRG défend la neutralité du net.\n\nLe PRG"
    assert not any(holder.lower().startswith("le ") for holder, _ in positions(extractor, text))


def test_a_pronoun_inside_a_quote_is_not_a_new_speaker(extractor):
    text = ("La directrice de l'autorité, Claire Morin, a donné des chiffres. Pour Paul Rivet, c'est un succès. "
            "« On disait que la riposte graduée ne servirait à rien. Elle montre aujourd'hui qu'elle a un effet. "
            "Je la défendrai tant qu'il le faudra », a réagi le député.")
    found = positions(extractor, text)
    assert found.get(("Paul Rivet", "hadopi-law")) == "support"
    assert ("Claire Morin", "hadopi-law") not in found


def test_a_team_speaks_for_the_person_in_play(extractor):
    text = ("Paul Rivet a tenu meeting à Lyon. Son équipe de campagne promet une brigade spécialisée "
            "contre la cybercriminalité.")
    assert positions(extractor, text) == {("Paul Rivet", "cybercrime"): "support"}


def test_a_promise_others_made_is_reported_with_distance(extractor):
    text = "« Il y a deux ans, on nous promettait que la loi Hadopi allait sauver la musique », a dit Paul Rivet."
    assert ("Paul Rivet", "hadopi-law") not in positions(extractor, text)


def test_a_promise_is_a_position(extractor):
    text = "Paul Rivet promet la suppression de la loi Hadopi."
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "oppose"}


@pytest.mark.parametrize("text,expected", [
    ("« La loi Hadopi est inefficace », estime Paul Rivet, député de l'Isère.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("Le député Paul Rivet a promis de revenir sur la loi Hadopi.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("Paul Rivet a jugé que la licence globale était une bonne idée.", {("Paul Rivet", "global-license"): "support"}),
    ("Paul Rivet, lui, préfère « une contribution créative » à la Hadopi.",
     {("Paul Rivet", "global-license"): "support", ("Paul Rivet", "hadopi-law"): "oppose"}),
    ("Paul Rivet s'est abstenu sur l'article instaurant le blocage des sites.",
     {("Paul Rivet", "internet-censorship"): "neutral"}),
    ("Le PS, par la voix de Paul Rivet, demande l'abrogation de la loi Hadopi.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("Paul Rivet reproche au gouvernement de ne rien faire contre la fracture numérique.",
     {("Paul Rivet", "digital-divide"): "support"}),
    ("Paul Rivet accuse la loi Hadopi de criminaliser les internautes.", {("Paul Rivet", "hadopi-law"): "oppose"}),
])
def test_reported_judgements_of_news_copy(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_disagreeing_about_a_topic_rejects_nothing(extractor):
    text = "Paul Rivet et Anne Vidal s'opposent sur la licence globale."
    assert positions(extractor, text) == {}


def test_elle_after_a_topic_subject_is_that_topic(extractor):
    text = ("« La riposte graduée a coûté des millions. Elle n'a rien réglé et elle a criminalisé toute une "
            "génération », a dit Paul Rivet.")
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "oppose"}


def test_elle_after_a_person_stays_the_person(extractor):
    text = "Anne Vidal a pris la parole. Elle défend la licence globale."
    assert positions(extractor, text) == {("Anne Vidal", "global-license"): "support"}


@pytest.mark.parametrize("text,expected", [
    ("« Aucun opérateur ne devra ralentir un service parce qu'il paie moins », a dit Paul Rivet.",
     {("Paul Rivet", "net-neutrality"): "support"}),
    ("« Un opérateur ne doit pas pouvoir ralentir ou favoriser un service », a dit Paul Rivet.",
     {("Paul Rivet", "net-neutrality"): "support"}),
    ("« Mais Twitter, non : on n'y fait que des petites phrases », a dit Anne Vidal.",
     {("Anne Vidal", "social-media-campaigning"): "oppose"}),
    ("« J'ai soutenu le passage des écoles à une suite bureautique libre », a dit Anne Vidal.",
     {("Anne Vidal", "free-software"): "support"}),
    ("« Je propose de légaliser les échanges tout en assurant aux créateurs une rémunération », a dit Anne Vidal.",
     {("Anne Vidal", "copyright"): "mixed"}),
    ("« Je ne prendrai pas position sur la neutralité du net avant l'avis de l'Arcep », a dit Paul Rivet.",
     {("Paul Rivet", "net-neutrality"): "neutral"}),
    ("Le député Paul Rivet s'est montré moins disert sur la fracture numérique.", {}),
    ("« Donnons aux enquêteurs les moyens de remonter les réseaux sur internet », a dit Anne Vidal.",
     {("Anne Vidal", "cybercrime"): "support"}),
])
def test_news_copy_constructions_second_round(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_share_buttons_are_no_tweet(extractor):
    text = "Paul Rivet défend la loi Hadopi.\nPartager Tweeter Imprimer"
    assert ("Paul Rivet", "social-media-campaigning") not in positions(extractor, text)


def test_a_byline_is_nobodys_antecedent_and_an_apposed_name_after_the_verb_speaks(extractor):
    text = ("Publié le 21 novembre 2011 - Par Julie Marchal\n\n"
            "« L'accès au haut débit pour tous est devenu aussi vital que l'eau courante », a plaidé "
            "le président du conseil général, Didier Ferrat.")
    assert positions(extractor, text) == {("Didier Ferrat", "digital-divide"): "support"}


@pytest.mark.parametrize("text,expected", [
    ("« Je ne me prononcerai pas sur la neutralité du net avant l'été », a dit Paul Rivet.",
     {("Paul Rivet", "net-neutrality"): "neutral"}),
    ("« Le partage non commercial entre particuliers doit cesser d'être un délit », a dit Paul Rivet.",
     {("Paul Rivet", "copyright"): "oppose"}),
    ("« Il faut protéger les créateurs contre le pillage », a dit Anne Vidal.", {("Anne Vidal", "copyright"): "support"}),
    ("« Je souhaite qu'on garde la loi Hadopi, mais qu'on remplace la suspension par une amende », a dit Anne Vidal.",
     {("Anne Vidal", "hadopi-law"): "mixed"}),
])
def test_news_copy_constructions_third_round(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("polarities,expected", [
    (["support", "oppose"], "mixed"),
    (["support", "support", "oppose"], "support"),
    (["oppose", "oppose", "support"], "oppose"),
    (["support", "support", "oppose", "oppose", "support"], "mixed"),
    (["support", "mixed", "support", "support"], "mixed"),
    (["neutral", "support"], "support"),
])
def test_a_document_position_weighs_its_sentences(polarities, expected):
    from stancegraph.extract.aggregate import combine
    assert combine(polarities) == expected


@pytest.mark.parametrize("polarities,side,expected", [
    (["support", "oppose"], "support", "support"),
    (["oppose", "support"], "oppose", "oppose"),
    (["support", "support", "oppose", "oppose"], "support", "mixed"),  # only a one-to-one split leans
    (["support", "mixed", "oppose"], "support", "mixed"),  # a conceding sentence still says mixed
    (["oppose", "support"], "first", "oppose"),  # the earlier sentence holds the view
    (["neutral", "support", "oppose"], "first", "support"),
    (["support", "oppose", "oppose"], "first", "oppose"),  # not a one-to-one split
])
def test_a_one_to_one_split_leans_to_the_topics_usual_side(polarities, side, expected):
    from stancegraph.extract.aggregate import combine
    assert combine(polarities, side) == expected


def test_a_yes_and_a_no_each_after_its_topic(extractor):
    text = "« Facebook, oui, pour expliquer nos propositions. Twitter, non. », a dit Anne Vidal."
    assert positions(extractor, text) == {("Anne Vidal", "social-media-campaigning"): "mixed"}


def test_a_possessive_after_a_nearer_object_is_that_objects(extractor):
    text = ("Anne Vidal propose une consultation en ligne. Paul Rivet a voté le schéma tout en critiquant "
            "son financement.")
    assert ("Paul Rivet", "e-democracy") not in positions(extractor, text)


def test_a_first_name_cut_by_an_elision_is_the_same_person(extractor):
    text = ("La députée Anne-Laure Morin défend la licence globale. « Laure Morin », disent ses amis.\n\n"
            "Contact : cabinet d'Anne-Laure Morin")
    assert set(positions(extractor, text)) == {("Anne-Laure Morin", "global-license")}


def test_a_usual_first_name_vouches_for_a_name_the_ner_missed(extractor):
    assert positions(extractor, "Anne-Laure Morin défend la licence globale.") == {
        ("Anne-Laure Morin", "global-license"): "support"}


def test_a_relative_clause_after_a_role_and_name_is_the_named_persons(extractor):
    text = "Même ligne chez la socialiste Anne Vidal, qui juge le filtrage « inefficace et dangereux »."
    assert positions(extractor, text) == {("Anne Vidal", "internet-censorship"): "oppose"}


def test_a_sentence_opening_on_a_name_puts_that_person_in_play(extractor):
    text = ("L'écologiste Léa Morin s'est félicitée du vote.\n\n"
            "L'UMP Hugo Ferrat regrette au contraire « un gâchis ». « Il s'agit de protéger nos créateurs "
            "contre la contrefaçon », a plaidé l'élu.")
    found = positions(extractor, text)
    assert found.get(("Hugo Ferrat", "copyright")) == "support"
    assert ("Léa Morin", "copyright") not in found


@pytest.mark.parametrize("text,expected", [
    ("« J'ouvrirai une plateforme en ligne où chacun pourra commenter les textes », a dit Anne Vidal.",
     {("Anne Vidal", "e-democracy"): "support"}),
    ("« Les habitants doivent pouvoir donner leur avis directement, sur internet », a dit Anne Vidal.",
     {("Anne Vidal", "e-democracy"): "support"}),
])
def test_opening_things(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_the_speakers_own_relative_clause_judges_the_topic(extractor):
    text = "« La loi Hadopi, que nous avons soutenue, a fait ses preuves », a dit Paul Rivet."
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "support"}


def test_falling_in_line_with_a_law_backs_nothing(extractor):
    text = "« Ce traité s'inscrit dans la droite ligne de la loi Hadopi », a dit Paul Rivet."
    assert positions(extractor, text).get(("Paul Rivet", "hadopi-law")) != "support"


@pytest.mark.parametrize("text,expected", [
    ("« Il serait irresponsable de démanteler la loi Hadopi », a estimé Paul Rivet.", {("Paul Rivet", "hadopi-law"): "support"}),
    ("« Des policiers formés pour poursuivre les escrocs du net, oui », a dit Paul Rivet.", {}),
    ("Anne Vidal a fermé la porte : « Une licence globale, non. »", {("Anne Vidal", "global-license"): "oppose"}),
])
def test_evaluative_adjectives_and_where_a_yes_applies(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "M." in the header is no sentence end; a sentence whose subject is the topic is the author's
    ("Débat au Sénat sur le numérique\nIntervention de M. Paul Rivet, sénateur du Cantal – 9 février 2012\n\n"
     "Monsieur le président, mes chers collègues,\n\n"
     "Les logiciels libres doivent devenir la règle dans nos administrations.",
     {("Paul Rivet", "free-software"): "support"}),
    # "l'État doit ..." in a speech is the author's own demand
    ("Colloque sur les territoires\nDiscours d'Anne Vidal, députée du Gers\n\n"
     "Merci de votre accueil.\n\nL'État doit financer la fibre dans les zones blanches, et vite.",
     {("Anne Vidal", "digital-divide"): "support"}),
])
def test_a_speech_is_its_authors_words(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "Pour" hangs on the role noun, the name is its apposition
    ("Le rapport, présenté par son président Marc Doucet, a ravivé les clivages.\n"
     "Pour la députée socialiste de la Gironde Anne Vidal, ces chiffres « montrent qu'il faut abroger la loi Hadopi ».",
     {("Anne Vidal", "hadopi-law"): "oppose"}),
    # a former role recalls the person just quoted, whatever their role now
    ("Anne Vidal a présenté le rapport. Le député UMP Paul Rivet salue « un travail utile ». "
     "L'ancien rapporteur du texte refuse toute idée de licence globale.",
     {("Paul Rivet", "global-license"): "oppose"}),
])
def test_roles_around_names(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("« La loi Hadopi doit disparaître au profit d'une licence globale », a dit Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "oppose", ("Paul Rivet", "global-license"): "support"}),
    # declining "the other questions" is no sidestep on the topic just discussed
    ("Paul Rivet défend la loi Hadopi. Le candidat n'a pas souhaité se prononcer sur les autres questions.",
     {("Paul Rivet", "hadopi-law"): "support"}),
])
def test_what_replaces_and_what_else(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("« Quant à la licence globale, je la rejette », a dit Paul Rivet.", {("Paul Rivet", "global-license"): "oppose"}),
    ("« Le droit d'auteur n'est pas négociable, il faut le faire respecter », a dit Paul Rivet.",
     {("Paul Rivet", "copyright"): "support"}),
    ("« La Haute Autorité remplit sa mission », a dit Paul Rivet.", {("Paul Rivet", "hadopi-law"): "support"}),
    # ending something bad backs whoever ends it; failing to end it is the charge
    ("« La loi Hadopi a fait reculer le piratage », a dit Paul Rivet.", {("Paul Rivet", "hadopi-law"): "support"}),
    ("« La loi Hadopi n'a pas fait reculer le piratage », a dit Paul Rivet.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("« La Hadopi ne fait pas baisser le piratage », a dit Paul Rivet.", {("Paul Rivet", "hadopi-law"): "oppose"}),
])
def test_clitics_enforcing_and_ending_bad_things(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Anne Vidal se montre plus réservée sur la neutralité du net.", {("Anne Vidal", "net-neutrality"): "neutral"}),
    # a first-person future is a commitment, its negation a refusal
    ("« Je publierai mes votes en ligne », a dit Paul Rivet.", {("Paul Rivet", "e-democracy"): "support"}),
    ("« Je ne publierai pas mes votes en ligne », a dit Paul Rivet.", {("Paul Rivet", "e-democracy"): "oppose"}),
    # the parser hangs "pas" on the copula
    ("« La démocratie participative n'est pas un gadget : c'est une manière de redonner confiance », a dit Paul Rivet.",
     {("Paul Rivet", "e-democracy"): "support"}),
])
def test_reserve_promises_and_negated_copulas(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_deictic_judges_the_sentence_just_before(extractor):
    # "Ce n'est plus acceptable" is about the situation just described, not about the fibre
    # named three sentences earlier
    text = ("« Le département veut la fibre partout. Le plan coûtera cher. Dans certaines vallées, on ne "
            "peut même pas ouvrir une pièce jointe. Ce n'est plus acceptable », a dit Paul Rivet.")
    assert positions(extractor, text).get(("Paul Rivet", "digital-divide")) != "oppose"


def test_a_deictic_in_an_answer_can_take_the_questions_topic(extractor):
    text = ("Soutiendrez-vous une licence globale permettant le partage non marchand ?\n"
            "Oui, sans hésiter. C'est la seule solution qui rémunère vraiment les artistes.")
    found = positions(extractor, text, fmt="qa", speaker="Paul Rivet", speakers=("Paul Rivet",))
    assert found.get(("Paul Rivet", "global-license")) == "support"


def test_a_news_byline_is_the_journalist_not_an_author(extractor):
    text = ("Hadopi : deux ans après\nPar Anne Vidal\n\n"
            "La riposte graduée a envoyé un million d'avertissements.\n"
            "Fibre optique : les zones rurales attendent toujours.")
    assert positions(extractor, text) == {}


def test_a_byline_with_a_political_role_is_an_author(extractor):
    text = ("Pour une vraie neutralité du net\nPar Anne Vidal, députée de la Drôme\n\n"
            "La neutralité du net doit être inscrite dans la loi.")
    assert positions(extractor, text) == {("Anne Vidal", "net-neutrality"): "support"}


def test_nobody_holds_what_no_candidate_did(extractor):
    text = ("Programmes : ce que proposent les candidats\nAnne Vidal\nElle veut la fibre partout.\n"
            "Aucun de ces candidats n'a en revanche détaillé de mesures contre la cybercriminalité.")
    assert ("Anne Vidal", "cybercrime") not in positions(extractor, text)


@pytest.mark.parametrize("text,expected", [
    ("« J'ai ouvert une page Facebook, mais je n'y crois qu'à moitié », a dit Paul Rivet.",
     {("Paul Rivet", "social-media-campaigning"): "mixed"}),
    ("« Twitter est utile pour informer. Mais on y passe un temps fou à répondre aux polémiques », a dit Paul Rivet.",
     {("Paul Rivet", "social-media-campaigning"): "mixed"}),
    # someone else's refusal after "mais" is no reservation of the speaker's
    ("« Je soutiens la licence globale, mais le gouvernement refuse », a dit Paul Rivet.",
     {("Paul Rivet", "global-license"): "support"}),
])
def test_a_reservation_after_mais_makes_a_backing_mixed(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("« Nous supprimerons la loi Hadopi. Je ne connais personne, même à droite, qui la défende encore », a dit Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("« Nous supprimerons la loi Hadopi. Ce sont les mêmes qui nous promettaient que la loi Hadopi ferait "
     "remonter les ventes », a dit Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
])
def test_nobody_defends_it_and_their_promises(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("« La licence globale, je n'y crois pas », a dit Paul Rivet.", {("Paul Rivet", "global-license"): "oppose"}),
    ("« Je crois en la licence globale », a dit Paul Rivet.", {("Paul Rivet", "global-license"): "support"}),
    ("« Une neutralité absolue serait un frein à l'investissement », a dit Paul Rivet.",
     {("Paul Rivet", "net-neutrality"): "oppose"}),
])
def test_believing_in_it_and_hindrances(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_yes_no_question_may_name_its_topic_twice(extractor):
    text = ("Vous engagez-vous à favoriser les logiciels libres et les formats ouverts dans les administrations ?\n"
            "Oui, sans aucune réserve.\n"
            "Le blocage administratif de sites prévu par la Loppsi vous paraît-il acceptable ?\n"
            "Non.")
    found = positions(extractor, text, fmt="qa", speaker="Paul Rivet", speakers=("Paul Rivet",))
    assert found == {("Paul Rivet", "free-software"): "support", ("Paul Rivet", "internet-censorship"): "oppose"}


def test_a_success_is_not_judged_by_the_next_clause(extractor):
    text = "« La loi Hadopi est une réussite et il serait irresponsable de la démanteler », a estimé Paul Rivet."
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "support"}


def test_a_name_after_a_fronted_phrase_is_in_play(extractor):
    # the parser finds no verb in the first sentence; "Elle" is the person it named
    text = ("Anne Vidal défend la licence globale. À l'opposé, la socialiste Claire Morin coche toutes les cases "
            "du questionnaire. Elle rappelle avoir combattu le filtrage administratif.")
    found = positions(extractor, text)
    assert found.get(("Claire Morin", "internet-censorship")) == "oppose"
    assert ("Anne Vidal", "internet-censorship") not in found


def test_turning_the_page(extractor):
    text = "Anne Vidal veut « tourner la page » de la loi Hadopi."
    assert positions(extractor, text) == {("Anne Vidal", "hadopi-law"): "oppose"}


def test_a_view_the_journalist_calls_nuanced_is_mixed(extractor):
    text = "Plus nuancé, le sénateur Paul Rivet se dit « favorable au blocage rapide des sites pédocriminels »."
    assert positions(extractor, text) == {("Paul Rivet", "internet-censorship"): "mixed"}


@pytest.mark.parametrize("text,expected", [
    ("« Je souhaite que nos services passent aux logiciels libres d'ici la fin du mandat », a dit Paul Rivet.",
     {("Paul Rivet", "free-software"): "support"}),
    ("« Je suis favorable à la fin de la loi Hadopi », a dit Paul Rivet.", {("Paul Rivet", "hadopi-law"): "oppose"}),
])
def test_the_end_of_a_term_is_a_date(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_closing_news_sentence_is_no_signature(extractor):
    text = ("Le conseil municipal en direct\n"
            "« Nous voulons que chacun suive les débats », explique la maire.\n"
            "Le dispositif a été développé avec des logiciels libres.\n"
            "Paul Rivet, chef de file de l'opposition, a suivi la séance sans commenter.")
    assert ("Paul Rivet", "free-software") not in positions(extractor, text)


@pytest.mark.parametrize("text,expected", [
    ("« Je voudrais tenir une permanence en ligne chaque mois », a dit Paul Rivet.", {("Paul Rivet", "e-democracy"): "support"}),
    ("« Je demande que les communes les moins bien desservies passent en tête du déploiement de la fibre », a dit Paul Rivet.",
     {("Paul Rivet", "digital-divide"): "support"}),
])
def test_more_topic_paraphrases(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_vouloir_dire_means_to_mean(extractor):
    text = "« Ça veut dire que la loi Hadopi sera abrogée », a dit Paul Rivet."
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "oppose"}


@pytest.mark.parametrize("text,expected", [
    ("Anne Vidal a présenté son programme mardi. Selon la candidate, la loi Hadopi doit être abrogée.",
     {("Anne Vidal", "hadopi-law"): "oppose"}),
    ("Anne Vidal et Paul Rivet ont débattu mardi. Pour la candidate, la loi Hadopi doit être abrogée.",
     {("Anne Vidal", "hadopi-law"): "oppose"}),
    ("« Le blocage administratif est la seule réponse rapide », a dit Paul Rivet.",
     {("Paul Rivet", "internet-censorship"): "support"}),
    ("« La neutralité du net doit être gravée dans la loi », a dit Paul Rivet.", {("Paul Rivet", "net-neutrality"): "support"}),
])
def test_role_intros_answers_and_engraving(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Paul Rivet attaque la loi Hadopi, qu'il juge « inefficace et injuste ».", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("« La licence globale ? Je n'ai pas d'idée arrêtée », a dit Paul Rivet.", {("Paul Rivet", "global-license"): "neutral"}),
    ("« Je ne vais pas démanteler la Haute Autorité. Mais je reconnais qu'elle doit évoluer », a dit Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "mixed"}),
    ("« J'utilise Twitter chaque jour, mais je refuse d'en faire l'alpha et l'oméga de ma campagne », a dit Paul Rivet.",
     {("Paul Rivet", "social-media-campaigning"): "mixed"}),
])
def test_verdicts_in_relatives_undecided_and_reservations(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_nobody_backs_censorship_in_those_words(extractor):
    text = "« Bloquer des sites sans juge, c'est ouvrir la voie à la censure », a dit Paul Rivet."
    assert positions(extractor, text) == {("Paul Rivet", "internet-censorship"): "oppose"}


def test_a_biography_states_no_position_by_naming_a_topic(extractor):
    bio = ("Paul Rivet, le nouveau membre du collège de l'Arcep\n"
           "Paul Rivet, né le 3 mars 1961 à Brest, est ingénieur des télécommunications.\n"
           "Il pilote alors la construction d'un réseau d'initiative publique de 900 kilomètres de fibre optique.\n"
           "Il tient un blog depuis 2005.")
    assert positions(extractor, bio) == {}


def test_a_news_article_still_gives_bare_mentions_their_default(extractor):
    text = "Fibre : le département accélère\nPaul Rivet veut la fibre optique dans toutes les communes."
    assert positions(extractor, text) == {("Paul Rivet", "digital-divide"): "support"}


def test_not_opposed_in_principle_is_a_concession(extractor):
    text = "« Je ne suis pas opposé par principe au blocage des sites pédopornographiques », a dit Paul Rivet."
    assert positions(extractor, text) == {("Paul Rivet", "internet-censorship"): "mixed"}


def test_yes_for_one_case_only_is_mixed(extractor):
    text = ("Le blocage administratif des sites vous paraît-il acceptable ?\n"
            "Pour les contenus pédopornographiques, oui, et sans attendre.")
    found = positions(extractor, text, fmt="qa", speaker="Paul Rivet", speakers=("Paul Rivet",))
    assert found == {("Paul Rivet", "internet-censorship"): "mixed"}


def test_a_fronted_role_hiding_the_name_as_its_subject(extractor):
    text = ("Candidat à sa propre succession sur la douzième encore, Paul Rivet (UMP) a aussi un compte "
            "Twitter mais s'agite surtout sur Facebook.")
    assert positions(extractor, text) == {("Paul Rivet", "social-media-campaigning"): "support"}


@pytest.mark.parametrize("sentence,expected", [
    # participation named by who takes part and how, without "démocratie" anywhere
    ("Avec internet, les habitants doivent pouvoir amender nos projets avant le vote.", "support"),
    ("Je consulterai les électeurs en ligne avant chaque budget.", "support"),
    ("Le web peut rapprocher les citoyens de leurs représentants.", "support"),
    ("Je rendrai compte de mon mandat chaque semaine sur mon site.", "support"),
    ("Je ne crois pas que les citoyens veuillent débattre en ligne.", "oppose"),
])
def test_e_democracy_named_by_its_participants(extractor, sentence, expected):
    assert said(extractor, sentence) == {("Paul Rivet", "e-democracy"): expected}


def test_taking_part_in_something_else_is_no_e_democracy(extractor):
    text = "« Chacun doit participer au financement de la création », a déclaré Paul Rivet."
    assert ("Paul Rivet", "e-democracy") not in positions(extractor, text)


def test_a_campaign_tool_is_social_media_campaigning(extractor):
    text = "« Le web est devenu un outil de campagne indispensable », a déclaré Paul Rivet."
    assert positions(extractor, text) == {("Paul Rivet", "social-media-campaigning"): "support"}


@pytest.mark.parametrize("sentence,expected", [
    # "ne ... aucun" on the object negates the verb the infinitive hangs on
    ("Je ne vois aucune raison de supprimer la Hadopi.", "support"),
    ("Nous n'avons aucune intention d'abroger la loi Hadopi.", "support"),
    # a verdict on an opening infinitive judges the whole act
    ("Supprimer l'Hadopi, ce serait envoyer un signal désastreux.", "support"),
    ("Garder la Hadopi, ce serait une erreur.", "oppose"),
    ("Il n'est pas question de supprimer la Hadopi.", "support"),
    ("Abroger la loi Hadopi, c'est une priorité.", "oppose"),
    ("Supprimer la Hadopi, ce ne serait pas une erreur.", "oppose"),
])
def test_double_negations_of_an_inverting_act(extractor, sentence, expected):
    assert said(extractor, sentence) == {("Paul Rivet", "hadopi-law"): expected}


@pytest.mark.parametrize("sentence,topic,expected", [
    ("Je tweete parce qu'il le faut, mais je ne suis pas sûr que ça rapporte une seule voix.",
     "social-media-campaigning", "mixed"),
    ("Il faut protéger le droit d'auteur, mais pas en surveillant chaque internaute.", "copyright", "mixed"),
    # a contrast of aims is no reservation about the means
    ("Nous défendons le droit d'auteur, mais pas au prix de nos libertés.", "copyright", "support"),
])
def test_a_backing_taken_back_in_part_after_mais(extractor, sentence, topic, expected):
    assert said(extractor, sentence).get(("Paul Rivet", topic)) == expected


def test_name_headings_in_capitals_give_each_section_its_candidate(extractor):
    text = ("Présidentielle : ce que proposent les candidats sur la Hadopi\n\n"
            "PAUL RIVET\nLe candidat veut garder la Haute Autorité. Pas question pour lui d'une licence globale.\n\n"
            "JEANNE MOREAU-DUPRAT (Verts)\nElle propose d'abroger la loi Hadopi.\n")
    assert positions(extractor, text) == {
        ("Paul Rivet", "hadopi-law"): "support", ("Paul Rivet", "global-license"): "oppose",
        ("Jeanne Moreau-Duprat", "hadopi-law"): "oppose"}


def test_party_and_name_headings_and_the_newsroom_paragraph_after_them(extractor):
    text = ("Hadopi : que proposent les équipes de campagne ?\n\n"
            "PS - Paul Rivet\nLe député veut abroger la loi Hadopi. Pas de licence globale, donc.\n\n"
            "EELV - Jeanne Moreau\nLes écologistes veulent instaurer une licence globale.\n\n"
            "Notre avis : la licence globale reste une idée séduisante mais floue.\n")
    assert positions(extractor, text) == {
        ("Paul Rivet", "hadopi-law"): "oppose", ("Paul Rivet", "global-license"): "oppose",
        ("Jeanne Moreau", "global-license"): "support"}


def test_a_name_set_out_before_the_pronoun_is_its_antecedent(extractor):
    text = ("Valentine Morel, la sortante, n'a pas de compte Twitter.\n"
            "Quant au candidat du MoDem, Paul Rivet, il anime un blog depuis quatre ans. "
            "Il a ouvert une plateforme participative pour son programme.")
    found = positions(extractor, text)
    assert found.get(("Paul Rivet", "social-media-campaigning")) == "support"
    assert found.get(("Paul Rivet", "e-democracy")) == "support"
    assert ("Valentine Morel", "e-democracy") not in found


def test_an_object_pronoun_agrees_with_its_antecedent(extractor):
    text = ("« La riposte graduée a fait reculer le téléchargement illégal, il serait absurde de la "
            "démanteler », a déclaré Paul Rivet.")
    assert positions(extractor, text).get(("Paul Rivet", "hadopi-law")) == "support"


@pytest.mark.parametrize("sentence,expected", [
    ("Il faut laisser le temps à la Haute Autorité plutôt que de démanteler la Hadopi.", "support"),
    ("Je préfère investir dans la fibre plutôt que de financer la Hadopi.", "oppose"),
])
def test_what_comes_after_plutot_que_is_turned_down(extractor, sentence, expected):
    assert said(extractor, sentence).get(("Paul Rivet", "hadopi-law")) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the cut-off of access is a part of the Hadopi: dropping it alone is a reform
    ("Je veux garder la Haute Autorité, mais supprimer la coupure de l'accès à internet.", "mixed"),
    ("Je supprimerai la coupure de l'accès à internet.", "mixed"),
    # the whole repealed, the part with it: a repeal
    ("La loi Hadopi sera abrogée, et la coupure de l'accès à internet avec elle.", "oppose"),
])
def test_rejecting_a_part_of_the_policy_is_a_reform(extractor, sentence, expected):
    assert said(extractor, sentence) == {("Paul Rivet", "hadopi-law"): expected}


@pytest.mark.parametrize("sentence,topic,expected", [
    # a negation inside a multi-word cue
    ("Le candidat ne remet pas en cause la Haute Autorité.", "hadopi-law", "support"),
    ("Il écarte la licence globale.", "global-license", "oppose"),
    ("Le filtrage administratif ne sert à rien.", "internet-censorship", "oppose"),
    ("La licence globale est une spoliation des créateurs.", "global-license", "oppose"),
    ("Je refuse qu'on bloque des sites sans le contrôle d'un juge.", "internet-censorship", "oppose"),
])
def test_more_general_cues(extractor, sentence, topic, expected):
    assert said(extractor, sentence).get(("Paul Rivet", topic)) == expected


def test_only_a_judge_and_ending_up_with_are_no_backing(extractor):
    text = ("« Je défends un internet libre, où seul un juge peut décider de faire fermer un site. "
            "Chaque fois qu'on parle de sécurité, on finit par nous ressortir le filtrage administratif », "
            "a déclaré Paul Rivet.")
    assert positions(extractor, text) == {("Paul Rivet", "internet-censorship"): "oppose"}


@pytest.mark.parametrize("sentence,topic", [
    ("J'ai ouvert un compte Twitter à contrecœur, il le fallait.", "social-media-campaigning"),
    ("J'ai ouvert une page Facebook, mais avec des sentiments mitigés.", "social-media-campaigning"),
    ("Je suis attaché à la neutralité du net. Mais je comprends aussi les opérateurs qui investissent.",
     "net-neutrality"),
])
def test_reluctance_and_understanding_the_other_side_make_it_mixed(extractor, sentence, topic):
    assert said(extractor, sentence) == {("Paul Rivet", topic): "mixed"}


def test_oe_ligature_matches_lexicon_forms_written_oe(extractor):
    # lexicons write "oeuvres"; real texts write "œuvres", which folding keeps as one letter
    from stancegraph.extract.textnorm import fold
    from stancegraph.extract.topicmatch import find_mentions
    for text in ("le partage des œuvres", "le partage des oeuvres"):
        found = find_mentions(fold(text), extractor.lexicons.patterns)
        assert [(m.topic, text[m.start:m.end]) for m in found] == [("copyright", text[3:])]


def test_a_verdict_on_an_infinitive_opening_a_que_clause(extractor):
    text = ("Paul Rivet estime que « renoncer à protéger les œuvres en ligne, ce serait dire aux "
            "artistes que leur travail ne vaut rien ».")
    assert positions(extractor, text).get(("Paul Rivet", "copyright")) == "support"


def test_a_blog_is_its_owners_and_its_comments_are_nobodys(extractor, tmp_path):
    from stancegraph.ingest import read_document
    page = tmp_path / "blog.txt"
    page.write_text(
        "Paul Rivet - Le blog\n\nAccueil | Qui suis-je ? | Contact\n\nPourquoi ce blog ?\n\n"
        "Publié le 2 avril 2012 par Paul Rivet | 3 commentaires\n\n"
        "J'ai ouvert ce blog pour débattre avec vous. Je défendrai un plan public pour que la fibre "
        "optique arrive partout.\n\n3 commentaires\n\nJeanne M. - 2 avril 2012 à 21h14\n"
        "Bravo, mais la licence globale reste la seule vraie solution.\n", encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions}
    assert found.get(("Paul Rivet", "digital-divide")) == "support"
    assert not any(topic == "global-license" for _, topic in found)


@pytest.mark.parametrize("sentence,topic", [
    ("Je propose un chèque numérique pour les foyers modestes.", "digital-divide"),
    ("Nous négocions un accès à bas prix pour les familles.", "digital-divide"),
    ("Il faut une montée en débit dans les bourgs isolés.", "digital-divide"),
    ("Sans loi, les opérateurs feront payer deux fois, l'internaute et le site.", "net-neutrality"),
])
def test_access_and_neutrality_named_by_their_measures(extractor, sentence, topic):
    assert said(extractor, sentence) == {("Paul Rivet", topic): "support"}


@pytest.mark.parametrize("sentence,topic", [
    ("Je ne sais pas si une élection se gagne sur Twitter.", "social-media-campaigning"),
    ("La licence globale ? Le débat n'est pas tranché chez nous.", "global-license"),
    ("La cybercriminalité est un vrai sujet, qui ne relève pas de ma commission.", "cybercrime"),
    ("Sur la neutralité du net, je ne dirai ni qu'il faut une loi, ni qu'il n'en faut pas.", "net-neutrality"),
])
def test_more_ways_of_taking_no_side(extractor, sentence, topic):
    assert said(extractor, sentence) == {("Paul Rivet", topic): "neutral"}


def test_a_name_right_after_a_role_holds_the_clause_and_m_x_comma_is_no_label(extractor):
    text = ("Paul Rivet a défendu la loi Hadopi.\n"
            "M. Rivet, qui fut rapporteur du texte, a aussi plaidé pour le droit d'auteur.\n"
            "À l'inverse, la socialiste Jeanne Morel a répété que l'Hadopi devait disparaître. "
            "« Nous abrogerons la loi Hadopi », a affirmé la députée.\n"
            "La députée écologiste Anne Vidal a dénoncé « une censure qui ne dit pas son nom ».")
    found = positions(extractor, text)
    assert found.get(("Jeanne Morel", "hadopi-law")) == "oppose"
    assert found.get(("Paul Rivet", "hadopi-law")) == "support"
    assert found.get(("Anne Vidal", "internet-censorship")) == "oppose"


def test_a_failure_charged_to_another_topic_says_nothing_of_the_object(extractor):
    text = "« La licence globale ne garantit pas une juste rémunération des artistes », a dit Paul Rivet."
    assert positions(extractor, text) == {("Paul Rivet", "global-license"): "oppose"}


@pytest.mark.parametrize("sentence", [
    "La riposte graduée a fait reculer le téléchargement illégal chez les jeunes.",
    "La Haute Autorité a permis de réduire nettement le téléchargement illégal.",
])
def test_ending_an_illegal_practice_backs_what_ends_it(extractor, sentence):
    assert said(extractor, sentence).get(("Paul Rivet", "hadopi-law")) == "support"


def test_wanting_to_know_whether_is_no_backing(extractor):
    text = ("« Je ne suis ni pour ni contre ACTA à ce stade. Je veux savoir si ce texte est compatible "
            "avec nos libertés », a déclaré Paul Rivet.")
    assert positions(extractor, text) == {("Paul Rivet", "internet-censorship"): "neutral"}


@pytest.mark.parametrize("sentence,expected", [
    ("Je ne suis pas davantage favorable à la licence globale.", "oppose"),
    ("Je ne suis pas vraiment favorable à la licence globale.", "oppose"),
    ("Défendre la licence globale, ce n'est pas être ringard.", "support"),
])
def test_a_negation_hung_on_a_degree_adverb(extractor, sentence, expected):
    assert said(extractor, sentence) == {("Paul Rivet", "global-license"): expected}


def test_a_question_describing_blocking_without_a_judge_then_no(extractor):
    text = ("Le blocage administratif de sites sans décision d'un juge vous paraît-il acceptable ?\n"
            "Non. Seul un juge doit pouvoir décider de rendre un site inaccessible.")
    found = positions(extractor, text, fmt="qa", speaker="Paul Rivet", speakers=("Paul Rivet",))
    assert found == {("Paul Rivet", "internet-censorship"): "oppose"}


def test_a_bare_reactions_heading_is_no_comment_thread(extractor, tmp_path):
    from stancegraph.ingest import read_document
    page = tmp_path / "discours.txt"
    page.write_text("Discours de Paul Rivet sur le numérique\n\nMes chers amis, merci d'être venus.\n\n"
                    "Réactions\n\nCe texte sur la neutralité du net, je le défendrai jusqu'au bout.\n",
                    encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions}
    assert found == {("Paul Rivet", "net-neutrality"): "support"}


@pytest.mark.parametrize("sentence,topic,expected", [
    # a clause of its own after a comma takes no cue from the clause before it
    ("Parlons de la loi Hadopi. Cette loi est injuste, nous l'abrogerons.", "hadopi-law", "oppose"),
    ("La licence globale ? Nous l'avons écartée hier, nous l'écartons encore.", "global-license", "oppose"),
    # the predicate of "c'est" judges the phrase set apart before it
    ("Facebook, c'est du vent.", "social-media-campaigning", "oppose"),
    ("Twitter, ce n'est pas un gadget.", "social-media-campaigning", "support"),
    ("ACTA, c'est la porte ouverte à la surveillance de tous.", "internet-censorship", "oppose"),
    ("Une licence globale, c'est une taxe de plus.", "global-license", "oppose"),
    # what the door opens to is feared, once
    ("Ce texte est une porte ouverte à la censure.", "internet-censorship", "oppose"),
    # a threat to a freedom values the freedom
    ("C'est une menace directe sur la liberté d'expression en ligne.", "internet-censorship", "oppose"),
    # "doit pouvoir" enables what it governs
    ("L'administration doit pouvoir ordonner le blocage d'un site pédopornographique.", "internet-censorship", "support"),
    # no substitute promised is no backing of what goes
    ("Nous abrogerons la loi Hadopi et nous ne la remplacerons pas par une autre.", "hadopi-law", "oppose"),
    ("Je ne suis ni pour ni contre la licence globale.", "global-license", "neutral"),
    # "la neutralité" alone, in a text about the internet
    ("Je défends la neutralité, sans exception.", "net-neutrality", "support"),
])
def test_clauses_dislocations_and_enabling(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


def test_what_others_did_is_not_the_speakers_backing(extractor):
    text = "« Ceux qui ont fait voter la loi Hadopi ont trahi les artistes », a déclaré Paul Rivet."
    assert positions(extractor, text) == {}


def test_elle_carries_the_topic_from_sentence_to_sentence_and_from_the_question(extractor):
    text = ("« La loi Hadopi a coûté cher. Elle n'a rien rapporté aux artistes. Elle sera remplacée », "
            "a déclaré Paul Rivet.")
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "oppose"}
    text = ("Faut-il développer la fibre partout ?\nOui, partout.\n"
            "Quelle est votre position sur la loi Hadopi ?\nElle doit être abrogée.")
    found = positions(extractor, text, fmt="qa", speaker="Paul Rivet", speakers=("Paul Rivet",))
    assert found.get(("Paul Rivet", "hadopi-law")) == "oppose"


def test_the_name_after_a_role_wins_over_the_person_before(extractor):
    text = ("À l'UMP, Jeanne Morel défend la loi Hadopi.\n"
            "Le Parti pirate y est hostile. Son candidat lyonnais Marc Vidal dénonce « une taxe de plus » "
            "et préfère légaliser le partage des œuvres.")
    found = positions(extractor, text)
    assert found.get(("Marc Vidal", "copyright")) == "oppose"
    assert ("Jeanne Morel", "copyright") not in found


def test_a_published_speech_is_its_speakers(extractor, tmp_path):
    from stancegraph.ingest import read_document
    page = tmp_path / "meeting.txt"
    page.write_text("Meeting à Rennes\n\nNous publions ci-dessous de larges extraits du discours prononcé "
                    "samedi soir, salle de la Cité, par Paul Rivet, tête de liste dans le département.\n\n"
                    "« Mes amis, ceux qui ont fait voter la Hadopi ont eu tort. Nous l'abrogerons. »\n",
                    encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions}
    assert found == {("Paul Rivet", "hadopi-law"): "oppose"}


@pytest.mark.parametrize("sentence,expected", [
    # sharing legalised in return for a licence that pays creators: both sides of authors' rights
    ("Le partage non marchand doit être légalisé, en contrepartie d'une licence globale payée par les abonnés.",
     {("Paul Rivet", "copyright"): "mixed", ("Paul Rivet", "global-license"): "support"}),
    # "non marchand" negates nothing
    ("Le partage non marchand doit être légalisé.", {("Paul Rivet", "copyright"): "oppose"}),
    # "contre X et contre Y": each conjunct is rejected once
    ("Je suis contre la licence globale et contre la légalisation du partage des œuvres.",
     {("Paul Rivet", "copyright"): "support", ("Paul Rivet", "global-license"): "oppose"}),
])
def test_sharing_legalised_for_a_licence_and_conjuncts_with_their_own_preposition(extractor, sentence, expected):
    assert said(extractor, sentence) == expected


@pytest.mark.parametrize("sentence,topic,expected", [
    ("En démocratie, seul un juge peut décider de rendre un site inaccessible.", "internet-censorship", "oppose"),
    ("Aucun site ne doit être bloqué sans la décision d'un juge.", "internet-censorship", "oppose"),
    ("Personne ne conteste qu'il faille traquer les réseaux pédophiles en ligne.", "cybercrime", "support"),
    ("L'accès à internet partout dans le département, c'est ma priorité.", "digital-divide", "support"),
    ("Je mettrai en ligne chaque proposition de loi pour que les habitants la commentent.", "e-democracy", "support"),
    # a verdict through a pronoun and a clitic, whatever the parser makes of "la juge"
    ("Quant à la licence globale, je la juge « irréaliste et injuste ».", "global-license", "oppose"),
    ("Quant à la neutralité du net, je ne la juge pas utile.", "net-neutrality", "oppose"),
])
def test_topics_named_by_what_they_do_and_verdicts_through_a_clitic(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


def test_a_quote_after_a_colon_the_parser_split_off_is_the_introducers(extractor, tmp_path):
    # a synthesis read as Q/A (its "respondent" is the candidate who did not answer); the
    # parser ends the sentence at "plus net : «", the quote is still Paul Rivet's
    from stancegraph.ingest import read_document
    page = tmp_path / "synthese.txt"
    page.write_text(
        "Législatives : les candidats répondent sur le numérique\n\nPublié le 8 juin 2012\n\n"
        "Nous avons soumis les mêmes trois questions écrites aux candidats, avec une limite de 500 signes "
        "par réponse. Deux ont répondu ; Marc Vidal (FN) n'a pas donné suite.\n\nFaut-il abroger la loi Hadopi ?\n\n"
        "Jeanne Morel (UMP), députée sortante, reconnaît qu'il « faut le revoir » : « Je suis pour une "
        "réforme, pas pour l'abrogation. » Paul Rivet (MoDem) est plus net : « Il faut la supprimer et "
        "consacrer l'argent à l'offre légale. » Anne Roux n'a pas répondu à cette question.\n\n"
        "La neutralité du net doit-elle être inscrite dans la loi ?\n\n"
        "Pour Anne Roux, « c'est une urgence ». Les deux autres candidats ne se sont pas prononcés.\n",
        encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions}
    assert found.get(("Paul Rivet", "hadopi-law")) == "oppose"
    assert ("Marc Vidal", "hadopi-law") not in found


@pytest.mark.parametrize("sentence,topic,expected", [
    ("La riposte graduée a fait la preuve de son inefficacité.", "hadopi-law", "oppose"),
    ("La riposte graduée a fait ses preuves.", "hadopi-law", "support"),
    # a phrase renaming the mention judges it
    ("ACTA prolonge la logique de la loi Hadopi, « une loi répressive et inefficace que nous avons combattue ».",
     "hadopi-law", "oppose"),
    ("Il faut une loi pour garantir que tous les contenus circulent de la même façon sur les réseaux.",
     "net-neutrality", "support"),
    # staying away from it is a loss
    ("Un élu qui n'est pas sur les réseaux sociaux se prive d'un lien direct avec les gens.",
     "social-media-campaigning", "support"),
    # "favorable à ce que" governs the clause after it (an extension "à d'autres contenus" would be
    # a part of the policy rejected: see test_rejecting_an_extension_of_blocking_...)
    ("Je ne suis pas favorable à ce qu'on impose le filtrage administratif des sites.",
     "internet-censorship", "oppose"),
])
def test_proofs_renamings_losses_and_a_ce_que(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


def test_a_prescriptive_question_about_others_takes_a_yes(extractor):
    text = ("Faut-il développer la fibre partout ?\nOui, partout.\n"
            "Les administrations doivent-elles privilégier les logiciels libres ?\n"
            "Sans hésitation. C'est une question d'indépendance.")
    found = positions(extractor, text, fmt="qa", speaker="Paul Rivet", speakers=("Paul Rivet",))
    assert found.get(("Paul Rivet", "free-software")) == "support"


def test_a_role_after_a_quote_and_an_epicene_role_refer_to_the_person_just_named(extractor):
    text = ("« Ici, les agriculteurs vont chez le voisin pour envoyer un courriel », a lancé Josette Vidal, "
            "maire de la commune. L'élue réclame que le très haut débit arrive partout en même temps.\n"
            "La députée UMP Anne Roux défend la loi Hadopi. Au PS, Nicole Marin juge au contraire que "
            "l'Hadopi coûte trop cher. « Nous supprimerons la Haute Autorité, c'est un engagement », assure la députée.")
    found = positions(extractor, text)
    assert found.get(("Josette Vidal", "digital-divide")) == "support"
    assert found.get(("Nicole Marin", "hadopi-law")) == "oppose"
    assert found.get(("Anne Roux", "hadopi-law")) == "support"


def test_a_transcript_with_speaker_initials(extractor, tmp_path):
    from stancegraph.ingest import read_document
    page = tmp_path / "radio.txt"
    page.write_text(
        "Radio Sud - « Le face-à-face » du 2 mars 2012\n"
        "Invités : Marc Vidal, candidat du Parti pirate, et Anne Roux, députée UMP. Animation : Claire Mercier.\n\n"
        "C.M. : Marc Vidal, première mesure si vous êtes élu ?\n\n"
        "M.V. : Abroger la loi Hadopi. C'est une loi inutile.\n\n"
        "C.M. : Anne Roux, vous l'avez votée, cette loi.\n\n"
        "A.R. : Et je l'assume. L'Hadopi fonctionne et je continuerai à la défendre.\n", encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions}
    assert found == {("Marc Vidal", "hadopi-law"): "oppose", ("Anne Roux", "hadopi-law"): "support"}


def test_a_yes_no_question_whose_topic_is_in_the_sentence_before(extractor):
    text = ("Faut-il développer la fibre partout ?\nOui, partout.\n"
            "La gauche propose une licence globale. Êtes-vous tenté ?\nAbsolument pas. Les auteurs n'en veulent pas.\n"
            "Sur la neutralité du net, les opérateurs veulent faire payer les gros sites. Vous êtes d'accord ?\n"
            "Non. Nous sommes pour inscrire la neutralité dans la loi.")
    found = positions(extractor, text, fmt="qa", speaker="Paul Rivet", speakers=("Paul Rivet",))
    assert found.get(("Paul Rivet", "global-license")) == "oppose"
    assert found.get(("Paul Rivet", "net-neutrality")) == "support"


@pytest.mark.parametrize("sentence,topic,expected", [
    ("La licence globale, c'est non.", "global-license", "oppose"),
    ("Élue, je voterai sans trembler l'abrogation de la loi Hadopi.", "hadopi-law", "oppose"),
    ("Le droit d'auteur est le socle de notre exception culturelle.", "copyright", "support"),
    ("La licence globale ? Je ne veux ni la promettre ni l'écarter avant d'avoir entendu les artistes.",
     "global-license", "neutral"),
    ("La licence globale ? Je laisse ce débat aux spécialistes de la commission.", "global-license", "neutral"),
    ("La neutralité du net doit être un principe légal, avec des sanctions.", "net-neutrality", "support"),
])
def test_verdict_tails_manners_and_more_sidesteps(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


def test_a_role_with_a_place_and_an_inverted_subject_with_no_comma(extractor):
    text = ("La députée UMP Anne Roux, élue de la Sarthe, défend la loi Hadopi. Jeanne Morel salue au contraire "
            "le rapport. « Les contrefacteurs pillent nos créateurs. Il était temps de protéger le droit d'auteur », "
            "estime la députée du Loiret.\n"
            "\"Ces chiffres ne prouvent rien\", a réagi le député socialiste de la Gironde Marc Vidal. "
            "\"La loi Hadopi doit être abrogée\", a-t-il ajouté.")
    found = positions(extractor, text)
    assert found.get(("Jeanne Morel", "copyright")) == "support"
    assert ("Anne Roux", "copyright") not in found
    assert found.get(("Marc Vidal", "hadopi-law")) == "oppose"


@pytest.mark.parametrize("sentence,topic,expected", [
    ("Je n'ai ni blog ni compte Twitter, et je n'en ouvrirai pas.", "social-media-campaigning", "oppose"),
    ("Je n'ai ni blog ni page Facebook.", "social-media-campaigning", "oppose"),
    ("Je veux créer un conseil citoyen en ligne où chaque habitant pourra amender les projets.",
     "e-democracy", "support"),
])
def test_ni_on_the_noun_a_mention_qualifies_and_online_citizen_councils(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


@pytest.mark.parametrize("sentence,topic,expected", [
    # what a door opens to is feared, once, whatever is said of the door
    ("C'est une porte ouverte au filtrage du Net.", "internet-censorship", "oppose"),
    ("La socialiste a dénoncé une porte ouverte à la censure.", "internet-censorship", "oppose"),
    # "sans juge" on the infinitive the verb governs
    ("Aucun blocage ne doit se faire sans l'autorisation d'un juge.", "internet-censorship", "oppose"),
    ("Aucun site ne sera fermé sans la décision d'un juge, jamais !", "internet-censorship", "oppose"),
    # a dislocated topic taken up by a clitic: the verb judges it
    ("La Hadopi, nous l'abrogerons, et ce sera l'une de nos premières lois !", "hadopi-law", "oppose"),
    ("La licence globale, je la défends.", "global-license", "support"),
    ("La licence globale, je ne la soutiendrai pas.", "global-license", "oppose"),
    # "désarmer" ends its object, not what it faces
    ("Il serait irresponsable de désarmer la Haute Autorité.", "hadopi-law", "support"),
    ("Je refuse de « désarmer face au piratage ».", "copyright", "support"),
])
def test_doors_judges_on_infinitives_dislocations_and_disarming(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


def test_an_answer_opening_on_the_bare_name_of_a_policy_it_was_asked_for(extractor):
    text = ("Faut-il supprimer la Hadopi ?\nOui, elle n'a servi à rien.\n"
            "Et que mettez-vous à la place ?\nUne licence globale. Chaque abonné paierait quelques euros par mois.\n"
            "Quelle loi vous a le plus marqué ?\nLa loi Loppsi. Je l'ai suivie de près.")
    found = positions(extractor, text, fmt="qa", speaker="Paul Rivet", speakers=("Paul Rivet",))
    assert found == {("Paul Rivet", "hadopi-law"): "oppose", ("Paul Rivet", "global-license"): "support"}


@pytest.mark.parametrize("sentence,topic,expected", [
    # a clause of its own after a colon keeps its own side
    ("Quand un site diffuse des images d'enfants abusés, on ne peut pas attendre : le blocage administratif "
     "est la seule réponse rapide.", "internet-censorship", "support"),
    ("Je n'ai ni compte Twitter ni page Facebook et je n'en aurai pas.", "social-media-campaigning", "oppose"),
    # "sans jamais" is one negation
    ("Nous poursuivrons cette politique, sans jamais renoncer à défendre le droit d'auteur.", "copyright", "support"),
    ("L'accès au très haut débit n'est pas un luxe réservé aux métropoles.", "digital-divide", "support"),
    ("Le blocage des sites pédopornographiques par l'administration est une mesure de bon sens.",
     "internet-censorship", "support"),
    ("Je ne m'oppose pas au blocage des contenus pédopornographiques, mais il aurait fallu qu'un juge valide "
     "chaque liste.", "internet-censorship", "mixed"),
    ("Je soumettrai mes propositions de loi à une consultation ouverte sur Internet avant de les déposer.",
     "e-democracy", "support"),
])
def test_colons_sans_jamais_luxuries_and_counterfactual_reservations(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


@pytest.mark.parametrize("sentence,topic,expected", [
    ("Le blocage administratif est la seule réponse rapide.", "internet-censorship", "support"),
    # "faire la même réponse sur X" says nothing of X; the clitic of a verdict verb does
    ("Ils font la même réponse sur le blocage administratif des sites : tous deux le jugent dangereux.",
     "internet-censorship", "oppose"),
    ("Je le dis clairement : je refuse ce filtrage sans contrôle.", "internet-censorship", "oppose"),
])
def test_answers_verdict_clitics_and_this_filtering(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


def test_a_nous_inside_the_quote_is_not_the_reporting_verbs_subject(extractor):
    text = ("Le ministre Paul Rivet a salué des chiffres encourageants.\n"
            "\"Ces chiffres montrent que la loi Hadopi a coûté des millions. Nous l'abrogerons\", a réagi la "
            "députée socialiste du Morbihan Jeanne Morel.")
    found = positions(extractor, text)
    assert found.get(("Jeanne Morel", "hadopi-law")) == "oppose"
    assert ("Paul Rivet", "hadopi-law") not in found


def test_group_subjects_listed_counted_or_named_by_role(extractor):
    # a subject noun listing its members, as apposition and conjuncts
    text = ("Les trois candidats, Paul Rivet (PS, Isère), Jeanne Morel (UMP, Doubs) et Louis Perrin "
            "(MoDem, Gers), veulent en finir avec la loi Hadopi.")
    assert positions(extractor, text) == {(who, "hadopi-law"): "oppose"
                                          for who in ("Paul Rivet", "Jeanne Morel", "Louis Perrin")}
    # "tous deux" after each was named in a sentence of their own: the last two named
    text = ("Paul Rivet défend la loi Hadopi.\nJeanne Morel préfère parler d'autre chose.\n"
            "Louis Perrin ne dit rien de la culture.\nTous deux réclament un plan pour le très haut débit.")
    found = positions(extractor, text)
    assert found.get(("Jeanne Morel", "digital-divide")) == "support"
    assert found.get(("Louis Perrin", "digital-divide")) == "support"
    assert ("Paul Rivet", "digital-divide") not in found
    # the pair named by role and party in the same sentence, not the last two named
    text = ("Jeanne Morel (PS) veut abroger la loi Hadopi.\nPaul Rivet (UMP) la défend.\n"
            "Louis Perrin (EELV) propose une licence globale.\n"
            "L'écologiste rejoint la socialiste sur un point : tous deux réclament l'abrogation de la Hadopi.")
    found = positions(extractor, text)
    assert found[("Louis Perrin", "hadopi-law")] == "oppose"
    assert found[("Paul Rivet", "hadopi-law")] == "support"
    # a synthesis's lede counting the candidates its sections present, before any is named
    text = ("Numérique : ce que proposent les candidats\n"
            "Les trois candidats veulent accélérer l'arrivée de la fibre dans les villages. Le reste les divise.\n"
            "Paul Rivet (PS)\nLe socialiste veut abroger la loi Hadopi.\n"
            "Jeanne Morel (UMP)\nLa sortante défend la loi Hadopi.\n"
            "Louis Perrin (MoDem)\nLe centriste n'a pas d'avis sur la Hadopi.")
    found = positions(extractor, text)
    assert {who for (who, topic) in found if topic == "digital-divide"} == {"Paul Rivet", "Jeanne Morel",
                                                                            "Louis Perrin"}
    # ... but not when the sections present more people than the lede counts
    text = text + "\nAnne Cordier (FN)\nLa candidate frontiste n'a pas répondu."
    found = positions(extractor, text)
    assert not {who for (who, topic) in found if topic == "digital-divide"}


def test_a_clitic_stands_for_a_noun_of_its_gender_not_a_verb_phrase(extractor):
    text = ("Paul Rivet est le seul à défendre une contribution forfaitaire payée avec l'abonnement, pour "
            "rémunérer les créateurs en légalisant le partage. Jeanne Morel et Louis Perrin la rejettent : "
            "tous deux y voient un nouvel impôt.")
    found = positions(extractor, text)
    assert found[("Jeanne Morel", "global-license")] == "oppose"
    assert found[("Louis Perrin", "global-license")] == "oppose"
    assert ("Jeanne Morel", "copyright") not in found


def test_a_first_clause_keeps_its_side_against_the_negation_after_the_comma(extractor):
    text = ("« Je suis contre la licence globale, on ne va pas faire payer ceux qui ne téléchargent rien », "
            "a déclaré Paul Rivet.")
    assert positions(extractor, text) == {("Paul Rivet", "global-license"): "oppose"}


def test_a_speech_on_the_site_its_title_names_is_the_site_owners(extractor, tmp_path):
    from stancegraph.ingest import read_document
    page = tmp_path / "discours.txt"
    page.write_text("Paul Rivet - Candidat aux élections législatives - 2e circonscription du Gers\n\n"
                    "Accueil | Le candidat | Agenda\n\nDiscours d'Auch, 3 juin 2012\n\n"
                    "Mes chers amis, je veux vous parler ce soir d'une promesse : en finir avec la loi Hadopi. "
                    "Cette loi a fait des internautes des suspects : nous l'abrogerons. Je compte sur vous.\n", encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions}
    assert found == {("Paul Rivet", "hadopi-law"): "oppose"}


def test_initials_with_more_letters_tell_a_guest_from_the_host(extractor, tmp_path):
    from stancegraph.ingest import read_document
    page = tmp_path / "radio.txt"
    page.write_text(
        "Radio Sud - « Le face-à-face » du 2 mars 2012\n"
        "Invités : Marc Vidal, candidat du Parti pirate, et Sophie Rocher, candidate EELV. Animation : Sandra Ruiz.\n\n"
        "S.R. : Marc Vidal, la loi Hadopi, c'est un bon outil ?\n\n"
        "M.V. : Oui. Je l'ai soutenue et je la soutiens.\n\n"
        "S.R. : Sophie Rocher ?\n\n"
        "S.Ro. : Elle ne marche pas. Nous supprimerons la Hadopi.\n", encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions}
    assert found == {("Marc Vidal", "hadopi-law"): "support", ("Sophie Rocher", "hadopi-law"): "oppose"}


@pytest.mark.parametrize("sentence,topic,expected", [
    # an infinitive the parser makes the root, judged by the copula after its object
    ("Supprimer la Hadopi serait une erreur.", "hadopi-law", "support"),
    ("Supprimer l'Hadopi serait envoyer le message que tout est permis.", "hadopi-law", "support"),
    ("Abroger la loi Hadopi est une nécessité.", "hadopi-law", "oppose"),
    # (the verdict the parse already made the head is read once)
    ("Supprimer l'Hadopi maintenant serait un très mauvais signal.", "hadopi-law", "support"),
    ("Je n'ai pas de religion sur la licence globale.", "global-license", "neutral"),
    ("La neutralité du net, c'est un sujet technique sur lequel je n'ai pas encore de position.",
     "net-neutrality", "neutral"),
    # a topic phrase the parser broke in pieces is read from its leftmost piece
    ("Je défendrai une loi qui interdise aux opérateurs de discriminer les contenus.", "net-neutrality", "support"),
])
def test_infinitive_verdicts_without_a_comma_no_position_yet_and_broken_phrases(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


def test_a_sidestep_belongs_to_the_speaker_whoever_the_mentions_clause_is(extractor):
    text = ("Le sénateur Paul Rivet a présenté son plan pour la fibre.\n"
            "Interrogé sur la neutralité du net, dont on débat à Paris, le sénateur est resté prudent : "
            "« C'est une question importante, je n'ai pas d'avis arrêté. »")
    assert positions(extractor, text).get(("Paul Rivet", "net-neutrality")) == "neutral"


def test_a_name_after_a_place_and_an_intro_with_a_parenthesis(extractor):
    # the NER swallows "de Seine-Maritime Véronique X" as a place; the usual first name vouches
    text = ("La députée socialiste de Seine-Maritime Véronique Talbot a dénoncé une machine coûteuse. "
            "« Nous abrogerons la loi Hadopi si nous gagnons », a-t-elle affirmé.")
    assert positions(extractor, text) == {("Véronique Talbot", "hadopi-law"): "oppose"}
    text = ("Pour la socialiste Jeanne Morel (Gironde), la neutralité du net doit être inscrite noir sur blanc "
            "dans un texte.")
    assert positions(extractor, text) == {("Jeanne Morel", "net-neutrality"): "support"}


@pytest.mark.parametrize("sentence,topic,expected", [
    ("Je demanderai que l'État oblige les opérateurs à couvrir cent pour cent du territoire.",
     "digital-divide", "support"),
    ("Nous refusons ce contrôle d'Internet par des puissances étrangères.", "internet-censorship", "oppose"),
    # an act that harms something, judged for it
    ("Faire de la politique en cent quarante caractères, c'est abaisser le débat.",
     "social-media-campaigning", "oppose"),
    ("Supprimer la Hadopi, ce serait tuer la création.", "hadopi-law", "support"),
])
def test_whole_territory_internet_control_tweets_and_harmful_acts(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


def test_refusing_to_take_a_side_in_a_participle(extractor):
    text = ("La neutralité du net divise la mission.\n« Je dis que c'est trop tôt », a expliqué Paul Rivet, "
            "refusant de se prononcer pour ou contre une loi.")
    assert positions(extractor, text).get(("Paul Rivet", "net-neutrality")) == "neutral"


@pytest.mark.parametrize("sentence,topic,expected", [
    ("Le filtrage administratif d'internet n'a pas sa place dans une démocratie.", "internet-censorship", "oppose"),
    ("Le droit d'auteur n'est pas un privilège, c'est le salaire des créateurs.", "copyright", "support"),
    # depriving someone of X values X; "inacceptable" over the deprivation does not turn it back
    ("Il est inacceptable qu'en 2012 une partie du Médoc soit encore privée de haut débit.",
     "digital-divide", "support"),
])
def test_no_place_privileges_and_deprivation(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


def test_a_role_subject_after_the_verb_and_a_complement(extractor):
    text = ("La députée socialiste de Haute-Garonne Hélène Vidal a critiqué le bilan. Le député UMP Paul Rivet "
            "l'a défendu. « C'est un échec, et il faudra abroger la loi Hadopi », a déclaré à l'AFP la députée "
            "socialiste de Haute-Garonne.")
    assert positions(extractor, text) == {("Hélène Vidal", "hadopi-law"): "oppose"}


def test_an_unnamed_subject_inside_a_quote_does_not_take_a_mention_outside_it(extractor):
    text = ("Jeanne Morel (PS)\nLa députée veut abroger la loi Hadopi.\nLouise Perrin (UMP)\n"
            "La députée défend la loi Hadopi.\nDes points communs\n"
            "Tous deux réclament un plan national pour apporter le très haut débit dans les communes rurales "
            "de l'Entre-deux-Mers, où de nombreux foyers ne disposent toujours que d'un ADSL à 512 kbit/s. "
            "« Personne ne doit rester au bord de la route numérique », dit l'une.")
    found = positions(extractor, text)
    assert found.get(("Jeanne Morel", "digital-divide")) == "support"
    assert found.get(("Louise Perrin", "digital-divide")) == "support"


def test_a_generic_role_finds_the_one_fitting_person_named_lately(extractor):
    text = ("Présentée par Bernard Lagardelle, secrétaire de la section locale du PCF, Sandrine Vidal "
            "a déroulé son programme pendant une heure.\nAncienne documentaliste dans un lycée nantais, la candidate "
            "se dit hostile à la loi Hadopi.")
    assert positions(extractor, text) == {("Sandrine Vidal", "hadopi-law"): "oppose"}


def test_the_agent_of_a_cue_verb_is_not_what_it_backs(extractor):
    text = "« Le blocage administratif des sites instauré par la Loppsi 2 est dangereux », a déclaré Paul Rivet."
    assert positions(extractor, text) == {("Paul Rivet", "internet-censorship"): "oppose"}
    # what `stancegraph explain` shows: the Loppsi is judged by "dangereux", not backed by "instauré"
    rows = [r for r in extractor.explain(make_doc(text)) if r.get("word") == "Loppsi"]
    assert rows and all("instauré" not in r["cues"] for r in rows)


@pytest.mark.parametrize("sentence,topic,expected", [
    ("La Hadopi n'est qu'une usine à gaz.", "hadopi-law", "oppose"),
    ("Dès que le ton monte, Twitter devient un défouloir.", "social-media-campaigning", "oppose"),
    ("Twitter, c'est une perte de temps.", "social-media-campaigning", "oppose"),
])
def test_more_pejorative_verdicts(extractor, sentence, topic, expected):
    assert said(extractor, sentence) == {("Paul Rivet", topic): expected}


@pytest.mark.parametrize("sentence", [
    "On peut légaliser les échanges et financer les artistes en même temps, c'est ce que nous proposons.",
    "Légaliser le partage, ce n'est pas renoncer à payer les artistes.",
])
def test_sharing_legalised_with_creators_paid_is_copyright_mixed_without_a_licence_named(extractor, sentence):
    assert said(extractor, sentence) == {("Paul Rivet", "copyright"): "mixed"}


@pytest.mark.parametrize("text,expected", [
    # a verdict on an infinitive that opens the quote after a colon; "par les fenêtres" as a cue
    ("Paul Rivet votera contre le plan : « Promettre la fibre jusqu'à la dernière ferme, c'est de l'argent "
     "public jeté par les fenêtres. »", {("Paul Rivet", "digital-divide"): "oppose"}),
    ("« La Hadopi, c'est un gaspillage d'argent public », a déclaré Paul Rivet.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("« Le débat sur la neutralité du net est légitime et je ne veux pas le clore aujourd'hui », a déclaré Paul Rivet.",
     {("Paul Rivet", "net-neutrality"): "neutral"}),
])
def test_waste_verdicts_after_a_colon_and_keeping_a_debate_open(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("sentence,expected", [
    # what is said of a text is said of what its relative clause says it does
    ("Je suis défavorable à cet amendement, qui reviendrait à démanteler la Haute Autorité.", "support"),
    ("Je m'oppose à cet amendement qui vise à supprimer la Hadopi.", "support"),
    ("Je soutiens cet amendement qui vise à supprimer la Hadopi.", "oppose"),
])
def test_the_content_of_a_text_under_a_judgement(extractor, sentence, expected):
    assert said(extractor, sentence) == {("Paul Rivet", "hadopi-law"): expected}


def test_a_minister_speaks_for_the_government_and_old_moons(extractor, tmp_path):
    from stancegraph.ingest import read_document
    page = tmp_path / "seance.txt"
    page.write_text(
        "Assemblée nationale - Compte rendu de la séance\n\n"
        "M. Paul Rivet. Cet amendement vise à inscrire dans la loi la neutralité du net.\n\n"
        "Mme Jeanne Morel, secrétaire d'État chargée de l'économie numérique. Le Gouvernement est attaché à "
        "la neutralité du net.\n", encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions}
    assert found.get(("Jeanne Morel", "net-neutrality")) == "support"
    text = "« Le droit d'auteur n'est pas une vieille lune, c'est le salaire des créateurs », a déclaré Paul Rivet."
    assert positions(extractor, text) == {("Paul Rivet", "copyright"): "support"}


def test_the_departments_of_an_authority_are_no_backing(extractor):
    text = ("Nommée la semaine dernière par décret, Jeanne Morel prend ses fonctions à la tête des services de la "
            "Haute Autorité pour la diffusion des œuvres et la protection des droits sur internet.")
    assert positions(extractor, text) == {}
    assert said(extractor, "Le haut débit est un service public") == \
        {("Paul Rivet", "digital-divide"): "support"}


def test_an_infinitive_opening_a_clause_is_judged_by_the_verdict_after_it(extractor):
    # after a comma or "mais", with its clitic
    assert said(extractor, "La loi Hadopi a fait reculer le piratage, la supprimer serait une faute.") == \
        {("Paul Rivet", "hadopi-law"): "support"}
    assert said(extractor, "On peut améliorer la Hadopi, mais la supprimer serait une erreur.") == \
        {("Paul Rivet", "hadopi-law"): "support"}
    # the verdict ends with the quote it is in: what follows is another statement
    text = ("Pour Paul Rivet, « défendre le droit d'auteur, c'est défendre l'emploi des créateurs », et il "
            "n'est « pas question de légaliser le pillage des œuvres ».")
    assert positions(extractor, text) == {("Paul Rivet", "copyright"): "support"}


def test_faute_is_a_verdict_but_faute_de_is_for_lack_of(extractor):
    assert said(extractor, "Supprimer la Hadopi serait une faute.") == {("Paul Rivet", "hadopi-law"): "support"}
    assert said(extractor, "La Hadopi défend les artistes, faute de mieux.") == \
        {("Paul Rivet", "hadopi-law"): "support"}


def test_a_deictic_verdict_judges_the_act_proposed_just_before(extractor):
    text = ("Paul Rivet a pris la parole.\n« L'amendement de l'opposition propose de supprimer la Hadopi. Ce "
            "serait une faute. La réponse graduée fonctionne », a-t-il déclaré.")
    assert positions(extractor, text)[("Paul Rivet", "hadopi-law")] == "support"


def test_an_attribute_backs_its_subject_but_an_epithet_does_not(extractor):
    assert said(extractor, "Le partage non marchand des œuvres doit être légal.") == {("Paul Rivet", "copyright"): "oppose"}
    assert said(extractor, "Le partage entre particuliers devrait être libre.") == {("Paul Rivet", "copyright"): "oppose"}
    assert said(extractor, "Il faut développer l'offre légale contre le téléchargement illégal.") == \
        {("Paul Rivet", "copyright"): "support"}
    # shortening the term of authors' rights weakens them
    assert said(extractor, "Il faut raccourcir la durée du droit d'auteur.") == {("Paul Rivet", "copyright"): "oppose"}


def test_a_topic_before_a_colon_is_a_title_not_a_speaker_label(extractor):
    text = ("Tribune\nHadopi : « Gardons la pédagogie »\nPar Jeanne Morel, députée de la Drôme\n\n"
            "Je ne crois pas que la Haute Autorité soit inutile. Le droit d'auteur doit être défendu.")
    found = positions(extractor, text)
    assert found.get(("Jeanne Morel", "copyright")) == "support"


def test_a_party_noun_in_a_members_own_answer_is_her_line(extractor):
    text = ("Questionnaire aux candidats\nJeanne Morel (EELV) a répondu à nos questions.\n\n"
            "Que pensez-vous de la licence globale ?\n\n"
            "Jeanne Morel : Les écologistes soutiennent la licence globale depuis longtemps.")
    assert positions(extractor, text).get(("Jeanne Morel", "global-license")) == "support"


def test_more_paraphrases_of_online_participation_and_of_cyber_police(extractor):
    for sentence in ("Internet permet aux citoyens d'interpeller directement leurs élus.",
                     "J'organiserai une consultation sur internet avant chaque grand texte.",
                     "Je suis favorable à ce qu'on consulte les habitants en ligne.",
                     "Je rendrai compte de chaque vote sur internet.",
                     "Les habitants pourront poser leurs questions par internet."):
        assert said(extractor, sentence) == {("Paul Rivet", "e-democracy"): "support"}, sentence
    assert said(extractor, "Il faut doubler le nombre de cyberpatrouilleurs.") == {("Paul Rivet", "cybercrime"): "support"}


def test_irritation_and_a_demonstrative_network_after_a_social_network(extractor):
    assert said(extractor, "Twitter m'agace de plus en plus.") == {("Paul Rivet", "social-media-campaigning"): "oppose"}
    assert said(extractor, "Twitter m'est utile. Mais ce réseau m'agace.") == \
        {("Paul Rivet", "social-media-campaigning"): "mixed"}
    # "les réseaux" alone are the operators' networks
    assert said(extractor, "Twitter m'est utile. Il faut bien que quelqu'un finance les réseaux.") == \
        {("Paul Rivet", "social-media-campaigning"): "support"}


def test_a_clitic_judged_by_a_belief_verb_and_its_attribute(extractor):
    assert said(extractor, "On nous propose une licence globale. Je ne la crois pas praticable.") == \
        {("Paul Rivet", "global-license"): "oppose"}


def test_y_stands_for_a_topic_only_after_predicates_taking_a(extractor):
    assert said(extractor, "La licence globale ? J'y suis favorable.") == {("Paul Rivet", "global-license"): "support"}
    assert said(extractor, "La licence globale ? Il faut y mettre fin.") == {("Paul Rivet", "global-license"): "oppose"}
    text = ("La neutralité du net est un principe. Paul Rivet a mis son programme en ligne et 200 habitants "
            "y ont proposé des amendements.")
    assert ("Paul Rivet", "net-neutrality") not in positions(extractor, text)


def test_forbidding_operators_to_slow_down_or_block_services(extractor):
    assert said(extractor, "Une loi doit interdire aux opérateurs de ralentir ou de bloquer un service.") == \
        {("Paul Rivet", "net-neutrality"): "support"}


def test_a_threatened_topic_is_valued(extractor):
    assert said(extractor, "La neutralité du net est menacée par les opérateurs.") == \
        {("Paul Rivet", "net-neutrality"): "support"}
    assert said(extractor, "La neutralité du net menace l'investissement.") == {("Paul Rivet", "net-neutrality"): "oppose"}


def test_a_verb_before_a_colon_introduces_the_judgement_after_it(extractor):
    assert positions(extractor, "Paul Rivet dénonce : « La loi Hadopi est un échec. »") == \
        {("Paul Rivet", "hadopi-law"): "oppose"}
    assert positions(extractor, "Paul Rivet a une priorité : le très haut débit pour tous.") == \
        {("Paul Rivet", "digital-divide"): "support"}



def test_words_that_reject_only_when_negated_or_as_attributes(extractor):
    assert said(extractor, "Une neutralité absolue, ça n'existe pas.") == {("Paul Rivet", "net-neutrality"): "oppose"}
    assert said(extractor, "La neutralité absolue est un mythe.") == {("Paul Rivet", "net-neutrality"): "oppose"}
    assert said(extractor, "La Hadopi existe depuis 2009.") == {}
    assert said(extractor, "Nous choisissons la licence globale.") == {("Paul Rivet", "global-license"): "support"}
    assert said(extractor, "Il faut frapper fort les sites de streaming illégal.") == {("Paul Rivet", "copyright"): "support"}
    assert said(extractor, "Cette campagne se gagne aussi sur internet.") == \
        {("Paul Rivet", "social-media-campaigning"): "support"}


def test_ne_alone_negates_pouvoir(extractor):
    text = ("Jeanne Morel a réagi.\n« Nous ne pouvons accepter que la Loppsi confie à l'administration le blocage "
            "des sites », a-t-elle déclaré.")
    assert positions(extractor, text)[("Jeanne Morel", "internet-censorship")] == "oppose"


def test_a_clitic_after_ce_takes_up_what_ce_stood_for(extractor):
    found = said(extractor, "On nous propose une licence globale. Ce serait la fin du droit exclusif des auteurs, et "
                            "je le combattrai.")
    assert found[("Paul Rivet", "global-license")] == "oppose"
    assert found[("Paul Rivet", "copyright")] == "support"  # what would end it is rejected, not it


def test_refusing_a_social_network_in_so_many_words(extractor):
    assert said(extractor, "Mais Twitter, je n'en veux pas.") == {("Paul Rivet", "social-media-campaigning"): "oppose"}
    assert said(extractor, "Les réseaux sociaux, très peu pour moi.") == \
        {("Paul Rivet", "social-media-campaigning"): "oppose"}
    assert said(extractor, "Twitter est devenu une machine à clashs.") == \
        {("Paul Rivet", "social-media-campaigning"): "oppose"}


def test_a_verdict_after_the_speakers_own_proposal_judges_what_it_changes(extractor):
    # the speaker proposes to shorten the term; "c'est absurde" judges the current term
    assert said(extractor, "Nous proposons de raccourcir la durée des droits d'auteur, qui courent soixante-dix ans. "
                           "C'est absurde.") == {("Paul Rivet", "copyright"): "oppose"}
    assert said(extractor, "Il faut ramener la durée du droit d'auteur à vingt ans.") == \
        {("Paul Rivet", "copyright"): "oppose"}


def test_a_quantity_noun_is_no_act_of_its_complement(extractor):
    text = ("Numérique : ce que proposent les candidats\nPoint commun : les trois candidats s'engagent à couvrir "
            "l'ensemble du département en très haut débit.\n"
            "Paul Rivet (PS)\nLe socialiste veut abroger la loi Hadopi.\n"
            "Jeanne Morel (UMP)\nLa sortante défend la loi Hadopi.\n"
            "Louis Perrin (MoDem)\nLe centriste veut réformer la loi Hadopi.")
    found = positions(extractor, text)
    assert {who for (who, topic) in found if topic == "digital-divide"} == {"Paul Rivet", "Jeanne Morel",
                                                                            "Louis Perrin"}


def test_a_noun_that_took_up_a_topic_is_an_antecedent_in_turn(extractor):
    # "l'" comes six sentences after the law was named, one after "cette loi"
    found = said(extractor, "On me parle de la loi Hadopi. Ma position n'a pas changé. Je le redis ici. Je ne varie "
                            "pas. Je suis constant. Cette loi n'a rien rapporté aux artistes. Il faut l'abroger.")
    assert found == {("Paul Rivet", "hadopi-law"): "oppose"}


def test_a_name_after_a_party_in_capitals_is_a_person(extractor):
    text = ("Au centre, le ton est plus nuancé. Le député Nouveau Centre Dominique Perrin reconnaît que la loi « n'a "
            "pas tenu ses promesses » et souhaite supprimer la suspension de l'abonnement.")
    assert ("Dominique Perrin", "hadopi-law") in positions(extractor, text)


def test_a_role_after_a_quote_of_several_sentences_is_the_person_just_named(extractor):
    text = ("L'eurodéputée écologiste Jeanne Morel a dénoncé ACTA.\nAnne Cordier (UMP) lui a vivement répondu. "
            "« La contrefaçon tue des emplois. Voter contre ACTA, c'est abandonner nos artistes face au pillage », "
            "a estimé l'eurodéputée.")
    found = positions(extractor, text)
    assert found.get(("Anne Cordier", "copyright")) == "support"
    assert ("Jeanne Morel", "copyright") not in found


def test_a_question_word_starts_no_name(extractor):
    text = ("« Il faut abroger la loi Hadopi », a déclaré Jeanne Morel.\n\nArticles liés\n"
            "Pourquoi ACTA inquiète les défenseurs des libertés")
    assert not any(who.startswith("Pourquoi") for who, _ in positions(extractor, text))


def test_turns_of_a_parliaments_verbatim(extractor):
    text = ("Accord commercial anti-contrefaçon (débat)\n"
            "Jeanne Morel (Verts/ALE). – Monsieur le Président, nous ne voulons pas d'un internet sous contrôle. "
            "Je rejette cet accord.\n"
            "Paul Rivet (PPE). – Monsieur le Président, je soutiens ACTA, qui protège nos créateurs.")
    found = positions(extractor, text)
    assert found.get(("Jeanne Morel", "internet-censorship")) == "oppose"
    assert found.get(("Paul Rivet", "internet-censorship")) == "support"


def test_an_inverted_pronoun_cut_in_two_by_the_tokenizer(extractor):
    # "a-t-elle" may come as "-t" and "-elle", the second hung on the first
    text = ("La sénatrice Jeanne Morel a dénoncé la loi.\n« Nous abrogerons la loi Hadopi dès 2012 », a-t-elle "
            "promis, avant de plaider pour une contribution créative prélevée sur les abonnements à internet.")
    assert positions(extractor, text).get(("Jeanne Morel", "global-license")) == "support"


def test_a_contrast_clause_is_not_what_the_verdict_before_it_judges(extractor):
    assert said(extractor, "Il n'est pas acceptable qu'une partie de nos habitants reste au bord de la route pendant "
                           "que le centre-ville profite du très haut débit.") == {("Paul Rivet", "digital-divide"): "support"}


def test_a_claim_others_would_come_and_make(extractor):
    assert said(extractor, "Et qu'on ne vienne pas nous dire que ces péages financeront la fibre.") == {}


def test_more_verdict_words(extractor):
    assert said(extractor, "La licence globale, c'est la gratuité déguisée.") == {("Paul Rivet", "global-license"): "oppose"}
    assert said(extractor, "Le droit d'auteur n'est pas une vieillerie qu'on pourrait brader.") == \
        {("Paul Rivet", "copyright"): "support"}


def test_the_provision_under_discussion_refers_back(extractor):
    text = ("Le Sénat a confié le blocage des sites à l'administration.\nLe ministre, Paul Rivet, a admis que "
            "« tout ne sera pas réglé », mais assuré que « la disposition proposée est efficace ».")
    assert positions(extractor, text).get(("Paul Rivet", "internet-censorship")) == "support"


def test_more_topic_paraphrases_of_democracy_access_and_rights(extractor):
    cases = [("La démocratie locale gagne à passer par internet.", "e-democracy", "support"),
             ("Internet peut nous aider à faire de la politique autrement.", "e-democracy", "support"),
             ("Nous devons donner à chaque foyer un accès correct à internet.", "digital-divide", "support"),
             ("Elle a dénoncé une usine à courriels inutile.", "hadopi-law", "oppose"),
             ("Le monopole des ayants droit doit reculer pour que la culture circule.", "copyright", "oppose")]
    for sentence, topic, stance in cases:
        assert said(extractor, sentence) == {("Paul Rivet", topic): stance}, sentence


def test_weighing_both_sides_is_neutral(extractor):
    assert said(extractor, "La licence globale ? C'est une piste parmi d'autres. Elle a des avantages et de vrais "
                           "inconvénients.") == {("Paul Rivet", "global-license"): "neutral"}
    assert said(extractor, "La neutralité du net ? Il y a des arguments solides des deux côtés.") == \
        {("Paul Rivet", "net-neutrality"): "neutral"}


def test_rejecting_a_council_deliberation_rejects_what_it_does(extractor):
    assert said(extractor, "Nous ne voterons pas une délibération qui fait du logiciel libre une obligation pour tous "
                           "les services.") == {("Paul Rivet", "free-software"): "oppose"}


def test_a_pronoun_after_a_subject_that_took_up_a_topic_is_that_topic(extractor):
    # "Cet accord" takes up ACTA; the "Il" after it is the treaty, not the debater named before
    text = ("Débat\n\nLouis Perrin (S&D). - Madame la Présidente, je voterai contre cet accord.\n\n"
            "Jeanne Morel (PPE). - Madame la Présidente, on entend beaucoup de fantasmes sur ACTA. Cet accord ne "
            "coupe l'accès de personne. Il donne simplement aux États des outils pour lutter contre la contrefaçon.")
    found = positions(extractor, text)
    assert found.get(("Jeanne Morel", "copyright")) == "support"
    assert ("Louis Perrin", "copyright") not in found


def test_harm_done_by_counterfeiting_backs_intellectual_property(extractor):
    assert said(extractor, "La contrefaçon en ligne ruine nos industries culturelles ; protéger la propriété "
                           "intellectuelle, c'est protéger des emplois.") == {("Paul Rivet", "copyright"): "support"}


def test_what_the_government_does_is_reported_not_wished_by_the_speaker(extractor):
    assert said(extractor, "Le gouvernement veut imposer le filtrage.") == {}
    assert said(extractor, "Je ne veux pas que le gouvernement impose le filtrage.") == \
        {("Paul Rivet", "internet-censorship"): "oppose"}
    assert said(extractor, "Le gouvernement doit défendre la neutralité du net.") == \
        {("Paul Rivet", "net-neutrality"): "support"}
    assert said(extractor, "Le gouvernement menace la neutralité du net.") == \
        {("Paul Rivet", "net-neutrality"): "support"}


def test_a_reservation_about_another_topic_takes_nothing_back(extractor):
    # (the reservation is a side of its own on the other topic: "sceptique sur X" rejects X)
    assert said(extractor, "Je défends la licence globale, mais je reste sceptique sur le vote électronique.") == \
        {("Paul Rivet", "global-license"): "support", ("Paul Rivet", "e-democracy"): "oppose"}
    assert said(extractor, "Je défends la licence globale, mais je reste sceptique.") == \
        {("Paul Rivet", "global-license"): "mixed"}


def test_a_question_the_journalist_reports_asking_takes_no_side(extractor):
    text = ("Législatives : trois candidats face au numérique\n\nNous avons interrogé Louis Perrin (PS) et Jeanne "
            "Morel (UMP). Nous leur avons demandé ce qu'ils feraient de la loi Hadopi et comment ils comptent "
            "rémunérer les artistes.\n\nLouis Perrin veut abroger la loi Hadopi.")
    assert positions(extractor, text) == {("Louis Perrin", "hadopi-law"): "oppose"}
    assert said(extractor, "Je demande la suppression de la loi Hadopi.") == {("Paul Rivet", "hadopi-law"): "oppose"}


def test_a_singular_role_before_two_conjoined_names_is_the_first_ones(extractor):
    text = ("Le face-à-face entre le député socialiste Louis Perrin et le centriste Marc Delorme a porté sur le "
            "numérique. Les deux hommes se sont ensuite affrontés sur la neutralité du net. Le député veut "
            "l'inscrire dans la loi. Son contradicteur juge qu'une neutralité absolue empêcherait les opérateurs "
            "d'investir.")
    found = positions(extractor, text)
    assert found.get(("Louis Perrin", "net-neutrality")) == "support"
    assert found.get(("Marc Delorme", "net-neutrality")) != "support"


def test_a_law_passed_in_the_past_is_a_fact_not_a_backing(extractor):
    assert said(extractor, "La loi Hadopi a été votée en 2009.") == {}
    assert said(extractor, "La loi Hadopi a été adoptée en 2009.") == {}
    assert said(extractor, "J'ai voté la loi Hadopi.") == {("Paul Rivet", "hadopi-law"): "support"}
    assert said(extractor, "La loi Hadopi doit être votée.") == {("Paul Rivet", "hadopi-law"): "support"}


def test_a_monthly_levy_taken_on_the_subscription_is_the_global_licence(extractor):
    found = said(extractor, "Je plaide pour une contribution de quelques euros par mois, prélevée sur l'abonnement "
                            "à internet et reversée aux artistes.")
    assert found.get(("Paul Rivet", "global-license")) == "support"


def test_a_role_after_a_conjunction_is_the_second_persons(extractor):
    # "X et le centriste Y": "centriste" is Y's, so "le centriste" after a quote is Y
    text = ("Le débat a opposé le député socialiste Louis Perrin et le centriste Marc Delorme. Louis Perrin veut "
            "inscrire la neutralité du net dans la loi. « Une neutralité absolue empêcherait les opérateurs "
            "d'investir. Il faut des services gérés », a rétorqué le centriste.")
    found = positions(extractor, text)
    assert found.get(("Marc Delorme", "net-neutrality")) == "oppose"
    assert found.get(("Louis Perrin", "net-neutrality")) == "support"


def test_a_topic_pronoun_keeps_its_clause_beside_another_mention(extractor):
    assert said(extractor, "La loi Hadopi a été votée contre les internautes. Elle doit disparaître, et l'argent "
                           "de la Haute Autorité doit aller à la création.") == {("Paul Rivet", "hadopi-law"): "oppose"}


def test_refusing_to_treat_sharers_as_offenders_weakens_authors_rights(extractor):
    assert said(extractor, "Je défends le droit d'auteur. Mais je refuse que l'on poursuive comme des délinquants "
                           "les internautes qui partagent des œuvres.") == {("Paul Rivet", "copyright"): "mixed"}
    assert said(extractor, "Je refuse de traiter en délinquants des millions de jeunes qui partagent de la "
                           "musique.") == {("Paul Rivet", "copyright"): "oppose"}


def test_a_verdict_adjective_before_the_phrase_it_judges(extractor):
    # "juge « dangereux » le blocage": the parser often reads "X juge" as a name
    assert said(extractor, "Je juge « dangereux » le blocage de sites sur simple décision administrative.") == \
        {("Paul Rivet", "internet-censorship"): "oppose"}
    assert said(extractor, "J'estime nécessaire le filtrage des sites.") == \
        {("Paul Rivet", "internet-censorship"): "support"}


def test_a_text_cited_as_a_source_is_not_backed(extractor):
    assert said(extractor, "Je juge « dangereux » le blocage de sites, tel que l'autorise la Loppsi.") == \
        {("Paul Rivet", "internet-censorship"): "oppose"}
    assert said(extractor, "Comme le prévoit la loi Hadopi, les abonnés reçoivent un courriel.") == {}


def test_refusing_that_towns_stay_without_broadband_backs_coverage(extractor):
    for sentence in ("Je n'accepte pas que des communes entières restent en zone blanche.",
                     "Personne ici n'accepte que des communes entières restent en zone blanche."):
        assert said(extractor, sentence) == {("Paul Rivet", "digital-divide"): "support"}, sentence


def test_an_impersonal_il_stands_for_no_topic(extractor):
    assert said(extractor, "Le droit d'auteur protège les créateurs. Il serait irresponsable de démanteler la "
                           "Hadopi au moment où elle porte ses fruits.") == \
        {("Paul Rivet", "copyright"): "support", ("Paul Rivet", "hadopi-law"): "support"}


def test_a_person_opening_a_sentence_speaks_its_quote_when_the_parse_is_lost(extractor):
    # (with this name the parser makes "UMP" the root and the verb a modifier of "contraire")
    text = ("Louis Perrin (PS) veut abroger la loi Hadopi. A l'UMP, Gilles Chassagnol, rapporteur pour avis du "
            "budget de la culture, a au contraire jugé que \"la baisse du téléchargement illégal montre que la loi "
            "Hadopi fonctionne\".")
    found = positions(extractor, text)
    assert found.get(("Gilles Chassagnol", "hadopi-law")) == "support"
    assert found.get(("Louis Perrin", "hadopi-law")) == "oppose"


def test_a_consultant_introduced_by_pour_speaks_for_himself(extractor):
    text = ("Louis Perrin (PS) tweete chaque jour. Pour le consultant Marc Delorme, spécialiste de la communication "
            "politique, « les réseaux sociaux ne font pas gagner une élection, mais ils peuvent la faire perdre ».")
    found = positions(extractor, text)
    assert found == {("Louis Perrin", "social-media-campaigning"): "support"}


def test_having_no_settled_view_is_neutral_not_a_refusal(extractor):
    assert said(extractor, "Je n'ai pas de position définitive sur la neutralité du net.") == \
        {("Paul Rivet", "net-neutrality"): "neutral"}
    assert said(extractor, "Je n'ai pas de compte Twitter.") == {("Paul Rivet", "social-media-campaigning"): "oppose"}


def test_a_sentence_opening_word_before_an_acronym_is_no_name(extractor):
    # ("ACTA :" in the title then read as this non-person's speaker label)
    text = ("ACTA : les eurodéputés français partagés avant le vote\n\nLe Parlement européen doit se prononcer sur "
            "l'accord ACTA.\n\nChez les Français, le député européen MoDem Louis Perrin a annoncé qu'il voterait "
            "contre. « Je défends le droit d'auteur », assure l'élu. « Mais ACTA ouvre la voie à une surveillance des "
            "internautes. »\n\nPour l'Association des fournisseurs d'accès, un rejet d'ACTA « ne réglerait rien » à "
            "la question de la contrefaçon en ligne. « Sans ACTA, les contrefacteurs continueront de prospérer », a "
            "répliqué le député européen UMP Henri Vasseur.")
    assert not any(who.startswith(("Mais", "Sans")) for who, _ in positions(extractor, text))


def test_one_sentence_against_one_on_a_consensus_topic_keeps_its_side(extractor):
    # on fighting online crime nearly everyone agrees; on Hadopi, keeping the law while
    # refusing a part of it is a reform (mixed)
    assert said(extractor, "Il faut renforcer la lutte contre la cybercriminalité. Mais je refuse de donner plus de "
                           "moyens aux cyberpatrouilleurs.").get(("Paul Rivet", "cybercrime")) == "support"
    assert said(extractor, "Je défends la loi Hadopi. Mais je refuse la coupure de l'accès, qui est une erreur.") \
        .get(("Paul Rivet", "hadopi-law")) == "mixed"


def test_rejecting_an_extension_of_blocking_keeps_the_blocking_there_is(extractor):
    assert said(extractor, "Je soutiens le blocage des sites pédopornographiques. Mais je ne suis pas favorable à "
                           "l'extension du blocage à d'autres contenus.") == {("Paul Rivet", "internet-censorship"): "mixed"}
    assert said(extractor, "Je veux étendre le blocage aux sites de jeux illégaux.") == \
        {("Paul Rivet", "internet-censorship"): "support"}


def test_more_forms_of_blocking_without_a_judge_of_exceptions_and_of_pharos(extractor):
    cases = [("Nous refuserons tout texte qui permet de couper ou de filtrer sans juge.", "internet-censorship", "oppose"),
             ("Je plaide pour élargir les exceptions au droit d'auteur.", "copyright", "oppose"),
             ("Je suis favorable à ce que les moyens de la plateforme Pharos soient renforcés.", "cybercrime", "support"),
             ("L'argent public ne doit plus financer des licences quand des solutions libres existent.",
              "free-software", "support")]
    for sentence, topic, stance in cases:
        assert said(extractor, sentence) == {("Paul Rivet", topic): stance}, sentence


def test_not_being_for_repealing_keeps_and_a_passive_elle_is_the_text(extractor):
    assert said(extractor, "Je ne suis pas pour supprimer la Haute Autorité.") == {("Paul Rivet", "hadopi-law"): "support"}
    assert said(extractor, "Je suis pour supprimer la Haute Autorité.") == {("Paul Rivet", "hadopi-law"): "oppose"}
    assert said(extractor, "La loi Hadopi a été mal conçue, je souhaite qu'elle soit profondément revue.") == \
        {("Paul Rivet", "hadopi-law"): "mixed"}


def test_the_speakers_relative_clause_on_what_a_mention_is_decides(extractor):
    assert said(extractor, "La coupure de l'accès est une sanction que je défends.") == \
        {("Paul Rivet", "hadopi-law"): "support"}
    assert said(extractor, "La riposte graduée a montré ses limites.") == {("Paul Rivet", "hadopi-law"): "oppose"}


def test_the_terms_of_a_licence_are_no_position_on_authors_rights(extractor):
    assert said(extractor, "Nous proposons une licence globale : chaque abonné paiera une petite contribution "
                           "mensuelle, reversée aux auteurs.") == {("Paul Rivet", "global-license"): "support"}
    assert said(extractor, "Je défends le droit d'auteur et la licence globale.") == \
        {("Paul Rivet", "copyright"): "support", ("Paul Rivet", "global-license"): "support"}
    # a licence turned down takes its terms with it: writers gave no row on authors' rights for
    # 13 of 14 such sentences
    assert said(extractor, "Je refuse la licence globale, et je veux que les artistes soient mieux payés.") == \
        {("Paul Rivet", "global-license"): "oppose"}


def test_nowhere_negates_and_a_law_refused_on_a_fronted_topic_is_refused(extractor):
    assert said(extractor, "Une neutralité absolue, ça n'existe nulle part.") == {("Paul Rivet", "net-neutrality"): "oppose"}
    assert said(extractor, "Sur la neutralité du net, je refuse toute loi contraignante.") == \
        {("Paul Rivet", "net-neutrality"): "oppose"}


def test_access_as_an_essential_service_and_meetings_online(extractor):
    cases = [("L'accès à Internet est devenu un service essentiel, au même titre que l'eau ou l'électricité.",
              "digital-divide", "support"),
             ("Je tiendrai une réunion publique en ligne, ouverte à tous.", "e-democracy", "support"),
             ("Les gens participent davantage en ligne qu'aux réunions publiques.", "e-democracy", "support")]
    for sentence, topic, stance in cases:
        assert said(extractor, sentence) == {("Paul Rivet", topic): stance}, sentence


def test_stopping_doing_something_inverts_it(extractor):
    assert said(extractor, "Il faut arrêter de financer la Haute Autorité.") == {("Paul Rivet", "hadopi-law"): "oppose"}
    assert said(extractor, "Je demande qu'on arrête de promettre la coupure des abonnements.") == \
        {("Paul Rivet", "hadopi-law"): "mixed"}


def test_broadband_for_every_village_in_other_words(extractor):
    cases = ["Le haut débit pour tous, c'est une question d'égalité entre les territoires.",
             "Je me battrai pour que le plan fibre du département couvre en priorité les zones rurales.",
             "L'État doit garantir que chaque village sera raccordé.",
             "Je veux que chaque hameau ait un débit digne de ce nom avant la fin du mandat.",
             "L'accès à internet doit devenir un droit pour tous.",
             "Nous ouvrirons dix points d'accès publics gratuits dans les mairies.",
             "Pas une commune ne doit rester sans haut débit en 2015."]
    for sentence in cases:
        assert said(extractor, sentence) == {("Paul Rivet", "digital-divide"): "support"}, sentence


def test_citizens_taking_part_through_the_internet_in_other_words(extractor):
    cases = ["La participation des citoyens par Internet, j'y suis favorable.",
             "Internet permet enfin aux citoyens de participer à l'écriture de la loi.",
             "Internet doit permettre aux habitants de construire le programme avec nous.",
             "J'organiserai chaque mois une réunion publique retransmise en ligne.",
             "Je publierai en ligne tous les documents budgétaires de la circonscription."]
    for sentence in cases:
        assert said(extractor, sentence) == {("Paul Rivet", "e-democracy"): "support"}, sentence


def test_par_contre_is_on_the_other_hand_not_against(extractor):
    assert said(extractor, "J'aime la fibre. Par contre la licence globale, c'est une usine à gaz.") == \
        {("Paul Rivet", "digital-divide"): "support", ("Paul Rivet", "global-license"): "oppose"}


def test_a_blog_owner_answering_in_the_comments_speaks_for_himself(extractor, tmp_path):
    from stancegraph.ingest import read_document
    page = tmp_path / "blog.txt"
    page.write_text(
        "Claire Jobert — Législatives 2012, 3e circonscription du Gard\n\n"
        "Mes engagements pour le numérique\n"
        "Posté le 16 mai 2012 par Claire Jobert | Catégorie : Projet | 2 commentaires\n\n"
        "Je me battrai pour que chaque village soit raccordé à la fibre optique avant 2017.\n\n"
        "Commentaires\n\n"
        "Fred30 — 16 mai 2012 à 21h04\nEt la Hadopi ? Moi je veux qu'on la garde.\n\n"
        "Claire Jobert — 16 mai 2012 à 22h17\nJe voterai son abrogation sans hésiter : la loi Hadopi a échoué.\n\n"
        "Rémi Tarnac — 17 mai 2012 à 08h40\nMoi je défends la licence globale.\n", encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions}
    assert found == {("Claire Jobert", "digital-divide"): "support", ("Claire Jobert", "hadopi-law"): "oppose"}


def test_a_question_in_capitals_is_read_like_one_in_lower_case(extractor):
    text = ("1. PRIVILÉGIEREZ-VOUS LES LOGICIELS LIBRES DANS LES ADMINISTRATIONS ?\n"
            "Oui, sans la moindre hésitation.\n"
            "2. QUE FERIEZ-VOUS DE LA HADOPI ?\n"
            "La supprimer, purement et simplement.\n"
            "3. ET LA LICENCE GLOBALE ?\n"
            "La supprimer serait une erreur, je la défends.")
    assert positions(extractor, text, fmt="qa", speaker="Julie Carmaux") == {
        ("Julie Carmaux", "free-software"): "support", ("Julie Carmaux", "hadopi-law"): "oppose",
        ("Julie Carmaux", "global-license"): "support"}


def test_a_ministers_speech_speaks_for_the_government(extractor):
    text = ("Discours de M. Hugo Verlet, secrétaire d'État chargé du numérique\n"
            "Mesdames et Messieurs,\n"
            "C'est pourquoi le gouvernement renforcera cette année les moyens de lutte contre la cybercriminalité.")
    assert positions(extractor, text) == {("Hugo Verlet", "cybercrime"): "support"}
    # a member of parliament reporting what the government does holds nothing
    assert said(extractor, "Le gouvernement renforcera cette année les moyens de lutte contre la cybercriminalité.") == {}


def test_a_doubt_denied_is_no_negation_of_the_verb(extractor):
    assert said(extractor, "Sur la neutralité du net, je n'ai aucune hésitation : elle doit être garantie par la loi.") == \
        {("Paul Rivet", "net-neutrality"): "support"}
    assert said(extractor, "Je n'ai aucun regret d'avoir voté la loi Hadopi.") == {("Paul Rivet", "hadopi-law"): "support"}


def test_two_demands_side_by_side_are_not_one_inside_the_other(extractor):
    # the parser joins "l'abrogation" to "ces crédits", under "la suppression"
    assert said(extractor, "Nous réclamons la suppression pure et simple de ces crédits et l'abrogation des lois Hadopi 1 et 2.") == \
        {("Paul Rivet", "hadopi-law"): "oppose"}


def test_a_group_subject_and_the_adjective_of_se_dire(extractor):
    text = ("Anne Ferrière (PS) a présenté son programme. Marc Doumenc (UMP) a tenu un meeting. "
            "Léa Castagné (EELV) a écrit aux électeurs. Premier constat : tous trois se disent favorables "
            "à l'arrivée rapide du très haut débit dans les communes rurales.")
    assert positions(extractor, text) == {(name, "digital-divide"): "support"
                                          for name in ("Anne Ferrière", "Marc Doumenc", "Léa Castagné")}


def test_the_two_women_candidates_of_a_synthesis(extractor):
    text = ("Agnès Tardieu (EELV)\nLa candidate écologiste veut des logiciels libres dans les écoles.\n"
            "Laure Vignal (PS)\nLa candidate socialiste veut abroger la loi Hadopi.\n"
            "Yannick Berthou (UMP)\nLe député sortant n'a pas répondu.\n"
            "Un point commun\nLes deux candidates veulent accélérer le déploiement de la fibre optique.")
    found = positions(extractor, text)
    assert {h for (h, t) in found if t == "digital-divide"} == {"Agnès Tardieu", "Laure Vignal"}


def test_promising_a_text_about_a_topic_backs_nothing(extractor):
    assert said(extractor, "Je publierai prochainement un billet sur le bilan de la Hadopi.") == {}


def test_a_role_with_its_place_introduces_its_holder(extractor):
    text = ("La sénatrice socialiste Odile Garrigues a ouvert les échanges. "
            "Pour la sénatrice du Gers, la Hadopi « a montré ses limites » et doit être « supprimée au plus vite ».")
    assert positions(extractor, text) == {("Odile Garrigues", "hadopi-law"): "oppose"}


def test_what_a_person_pleads_for_in_a_pour_que_clause_is_theirs(extractor):
    text = ("Raphaël Delmas est candidat. M. Delmas plaide aussi pour que les administrations et les écoles du "
            "département passent aux logiciels libres, un combat qu'il mène de longue date.")
    assert positions(extractor, text) == {("Raphaël Delmas", "free-software"): "support"}


def test_drawn_by_convinced_by_and_tenable(extractor):
    assert said(extractor, "Je ne suis pas séduit par la licence globale.") == {("Paul Rivet", "global-license"): "oppose"}
    assert said(extractor, "La licence globale ne m'a jamais convaincu.") == {("Paul Rivet", "global-license"): "oppose"}
    assert said(extractor, "Une neutralité absolue du net n'est pas tenable.") == {("Paul Rivet", "net-neutrality"): "oppose"}


def test_more_ways_of_rejecting_censorship(extractor):
    cases = ["Nous ne laisserons pas sacrifier la liberté d'expression des internautes.",
             "Nous refusons un contrôle permanent d'internet.",
             "Confier ce pouvoir à l'administration, c'est ouvrir la porte à la censure."]
    for sentence in cases:
        assert said(extractor, sentence) == {("Paul Rivet", "internet-censorship"): "oppose"}, sentence


def test_what_a_measure_is_compared_with_does_not_judge_it(extractor):
    assert said(extractor, "Une licence globale rapporterait davantage aux auteurs que toutes les sanctions réunies.") != \
        {("Paul Rivet", "global-license"): "oppose"}


def test_a_surname_the_tagger_calls_a_noun_after_a_quote(extractor):
    text = ("La socialiste Françoise Lagarde et Jean Morlaix (UMP) ont débattu. Morlaix juge qu'« une neutralité "
            "absolue n'est pas tenable » : « Chacun doit payer sa part. » Lagarde a au contraire défendu un principe "
            "à inscrire dans la loi : « Un opérateur n'a pas à choisir quels contenus passent plus vite que d'autres. "
            "La neutralité du net est une liberté publique. »")
    assert positions(extractor, text) == {("Jean Morlaix", "net-neutrality"): "oppose",
                                          ("Françoise Lagarde", "net-neutrality"): "support"}


def test_putting_an_end_to_inverts_going_to_its_end_does_not(extractor):
    assert said(extractor, "Il faut mettre un terme à la riposte graduée.") == {("Paul Rivet", "hadopi-law"): "oppose"}
    assert said(extractor, "La concertation sur la licence globale doit aller à son terme.") != \
        {("Paul Rivet", "global-license"): "oppose"}


def test_others_sides_are_no_judgement_and_a_sum_paid_is_in_exchange(extractor):
    assert said(extractor, "Je ne veux pas trancher : la licence globale a ses partisans et ses détracteurs.") == \
        {("Paul Rivet", "global-license"): "neutral"}
    assert said(extractor, "Je plaide pour une licence globale qui permettrait de télécharger librement contre "
                           "une somme modeste ajoutée à l'abonnement.") == {("Paul Rivet", "global-license"): "support"}


def test_an_idea_that_seems_right_in_principle_but_poses_problems_is_mixed(extractor):
    assert said(extractor, "L'idée d'une licence globale me paraît juste dans son principe, mais elle pose de "
                           "vrais problèmes.") == {("Paul Rivet", "global-license"): "mixed"}


def test_a_levy_paid_by_the_providers_and_carrying_on_a_mission(extractor):
    assert said(extractor, "Je soutiens une contribution payée par les fournisseurs d'accès pour financer la création.") == \
        {("Paul Rivet", "global-license"): "support"}
    assert said(extractor, "La Hadopi doit poursuivre sa mission.") == {("Paul Rivet", "hadopi-law"): "support"}


def test_what_a_fronted_clause_wants_is_what_cest_presents(extractor):
    assert said(extractor, "Ce que nous proposons, c'est une contribution créative : quelques euros par mois.") == \
        {("Paul Rivet", "global-license"): "support"}
    assert said(extractor, "Ce que je refuse, c'est la licence globale.") == {("Paul Rivet", "global-license"): "oppose"}


def test_more_verdicts_on_licences_and_blocking(extractor):
    assert said(extractor, "La licence globale n'est pas notre projet.") == {("Paul Rivet", "global-license"): "oppose"}
    assert said(extractor, "Ce serait une taxe de plus sur les ménages.") == {("Paul Rivet", "global-license"): "oppose"}
    assert said(extractor, "Le blocage administratif est une réponse rapide et proportionnée.") == \
        {("Paul Rivet", "internet-censorship"): "support"}
    assert said(extractor, "Cet accord ouvre la voie à une surveillance des internautes.") == \
        {("Paul Rivet", "internet-censorship"): "oppose"}


def test_what_a_judgement_is_compared_with_and_a_decision_not_taken(extractor):
    assert said(extractor, "C'est plus juste que de traquer les internautes.") == {}
    assert said(extractor, "La licence globale a des partisans sérieux et des adversaires sérieux. Je n'ai pas tranché.") == \
        {("Paul Rivet", "global-license"): "neutral"}


def test_more_ways_of_leaving_a_question_open(extractor):
    cases = ["Sur la neutralité du net, je ne prétends pas avoir la réponse.",
             "Sur la neutralité du net, je ne veux pas répondre par oui ou par non.",
             "Sur la neutralité du net, je ne vais pas vous donner une réponse toute faite."]
    for sentence in cases:
        assert said(extractor, sentence) == {("Paul Rivet", "net-neutrality"): "neutral"}, sentence


def test_an_answer_naming_a_means_before_a_colon_proposes_it(extractor):
    text = ("Que proposez-vous à la place ?\n"
            "Une contribution créative : quelques euros par mois ajoutés à l'abonnement internet.")
    assert positions(extractor, text, fmt="qa", speaker="Julie Carmaux") == {("Julie Carmaux", "global-license"): "support"}
    transcript = ("Journal de 8 heures, invitée : Julie Carmaux.\n"
                  "J.M. : Et vous mettez quoi à la place ?\n"
                  "J.C. : Une contribution créative : chaque abonné paierait quelques euros par mois.")
    found = positions(extractor, transcript, speakers=("Julie Carmaux",))
    assert found.get(("Julie Carmaux", "global-license")) == "support"


def test_an_example_is_nothing_a_pronoun_takes_up(extractor):
    text = ("LES OPÉRATEURS VEULENT FAIRE PAYER LES GROS SITES COMME YOUTUBE. VOUS Y ÊTES OPPOSÉE ?\n"
            "Oui, totalement.")
    found = positions(extractor, text, fmt="qa", speaker="Julie Carmaux")
    assert ("Julie Carmaux", "social-media-campaigning") not in found



def test_an_act_that_amounts_to_forbidding_is_rejected(extractor):
    text = ("M. Paul Rivet. – Mais graver dans la loi une neutralité absolue, c'est interdire aux opérateurs toute "
            "gestion du trafic et tout service géré.")
    assert positions(extractor, text) == {("Paul Rivet", "net-neutrality"): "oppose"}


def test_a_principle_the_speaker_is_attached_to_in_a_clause_of_its_own(extractor):
    assert said(extractor, "La neutralité est un principe auquel je suis attaché.") == \
        {("Paul Rivet", "net-neutrality"): "support"}
    text = ("M. Paul Rivet. – Personne sur ces bancs ne souhaite un internet à deux vitesses, et la neutralité "
            "est un principe auquel je suis attaché.")
    assert positions(extractor, text).get(("Paul Rivet", "net-neutrality")) == "support"


def test_a_member_announcing_the_groups_vote_speaks_for_it(extractor):
    text = ("M. Paul Rivet. – Nous sommes attachés au principe de neutralité du net. "
            "C'est pourquoi le groupe UMP ne votera pas ce texte sur la neutralité du net.")
    assert positions(extractor, text) == {("Paul Rivet", "net-neutrality"): "mixed"}


def test_a_relative_clause_on_the_mention_says_what_is_wanted_done_to_it(extractor):
    assert positions(extractor, "Marc Blanc évoque la loi Hadopi, qu'il faudra abroger.") == \
        {("Marc Blanc", "hadopi-law"): "oppose"}
    assert positions(extractor, "Luc Roux évoque la loi Hadopi, que nous défendons.") == \
        {("Luc Roux", "hadopi-law"): "support"}
    assert said(extractor, "Ce traité s'inscrit dans la droite ligne de la loi Hadopi, que j'ai toujours combattue "
                           "et dont je demande l'abrogation.").get(("Paul Rivet", "hadopi-law")) == "oppose"
    # someone else's act told in the clause is no wish
    assert positions(extractor, "Yves Gris parle de la loi Hadopi, que le Sénat a votée.") == {}


def test_nobody_contesting_something_backs_it_whatever_the_parse(extractor):
    text = ("M. Paul Rivet. – Monsieur le président, mes chers collègues, personne sur ces bancs ne conteste que "
            "les opérateurs doivent traiter de la même manière tous les contenus.")
    assert positions(extractor, text) == {("Paul Rivet", "net-neutrality"): "support"}


def test_a_european_parliament_turn_with_the_speakers_group(extractor):
    text = ("Le Président. - L'ordre du jour appelle le débat sur la neutralité du net.\n"
            "Hélène Marsac, au nom du groupe Verts/ALE. - Monsieur le Président, je demande une directive qui "
            "garantisse la neutralité du net.")
    assert positions(extractor, text) == {("Hélène Marsac", "net-neutrality"): "support"}


def test_a_quote_running_over_several_paragraphs_stays_the_speakers(extractor):
    text = ("Isabelle Vautrin, porte-parole du parti, déclare :\n"
            "« Je soutiens sans réserve le renforcement des moyens de lutte contre la cybercriminalité.\n"
            "Mais une démocratie ne laisse pas un fonctionnaire décider seul du blocage des sites.\n"
            "J'appelle aussi le gouvernement à ne pas oublier la neutralité du net. »\n"
            "Le parti tiendra une conférence de presse lundi.")
    found = positions(extractor, text)
    assert found.get(("Isabelle Vautrin", "cybercrime")) == "support"
    assert found.get(("Isabelle Vautrin", "net-neutrality")) == "support"


def test_forgetting_inverts_only_what_is_forgotten(extractor):
    assert said(extractor, "Il ne faut pas oublier la neutralité du net.") == {("Paul Rivet", "net-neutrality"): "support"}
    assert said(extractor, "Il faut oublier la licence globale.") == {("Paul Rivet", "global-license"): "oppose"}


def test_a_speech_quoted_whole_stays_its_authors(extractor, tmp_path):
    from stancegraph.ingest import read_document
    page = tmp_path / "discours.txt"
    page.write_text(
        "Thomas Verdier 2012 - Le blog de campagne\n"
        "Mon discours de Laon, samedi 26 mai\n"
        "Publié par l'équipe de campagne le 27 mai 2012\n\n"
        "Après la présentation de Martine Haquet, maire adjointe, Thomas Verdier s'est exprimé devant 400 "
        "personnes. Voici le texte de son intervention.\n\n"
        "« Mes chers amis,\n\n"
        "Je le dis clairement : la loi Hadopi n'a rien réglé, et je voterai pour son abrogation.\n\n"
        "Vive la République ! »\n", encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions}
    assert found == {("Thomas Verdier", "hadopi-law"): "oppose"}


PRESS_REVIEW = ("Revue de presse du mardi 14 février 2012\n"
                "Le Maine libre : « Anne Morvan, sénatrice de la Sarthe, désignée pour siéger au collège de la Hadopi »\n"
                "Numerama : « Droit d'auteur : la Sacem publie ses comptes 2011 »\n"
                "PC INpact : « Neutralité du net : l'Arcep lance une consultation publique »\n")


@pytest.mark.parametrize("text,expected", [
    # a press review's headlines: the person one of them names says none of the next ones
    (PRESS_REVIEW, {}),
    ("- « Anne Morvan nommée porte-parole de l'équipe de campagne » (Libération)\n"
     "- « Très haut débit : la Creuse lance son réseau d'initiative publique » (La Montagne)\n", {}),
    # an outlet before a dash
    ("Revue de presse du 3 octobre\nLe Maine libre — « Anne Morvan élue présidente du groupe »\n"
     "ZDNET — « Neutralité du net : la consultation européenne close, synthèse attendue »\n", {}),
    # a session title in a programme
    ("Après-midi — présidence : Anne Morvan, avocate\n"
     "14 h 00 — Table ronde 3 : « La licence globale ? Droit d'auteur et partage en ligne »\n"
     "15 h 15 — Table ronde 4 : « Cybercriminalité : la preuve numérique devant le juge »\n", {}),
    # a footnote citing an article
    ("Le maire Paul Serrat a été réélu en 2008.\n"
     "3. « Montée en débit : onze communes raccordées », Midi libre, 18 mars 2011.\n", {}),
    # outlets in capitals on lines of their own, each over its headlines
    ("Revue de presse du 27 janvier\n\nLE MONDE\n« Acta : l'Union européenne signe l'accord »\n"
     "« Anne Morvan tiendra son premier meeting à Lille »\n\nLES ÉCHOS\n"
     "« Neutralité du net : l'Arcep ouvre une consultation »\n« La gendarmerie passe aux logiciels libres »\n", {}),
    # people's names in capitals over their own quotes (ending with a full stop) keep them
    ("Ce qu'ils ont dit\n\nANNE MORVAN\n« Je veux abroger la loi Hadopi. »\n\n"
     "PAUL SERRAT\n« Je défends la neutralité du net. »\n",
     {("Anne Morvan", "hadopi-law"): "oppose", ("Paul Serrat", "net-neutrality"): "support"}),
    # a headline whose own clause names the person still gives their side
    ("Le Figaro : « Anne Morvan veut abroger la Hadopi »\n"
     "Libération : « Des milliers de manifestants contre ACTA »\n", {("Anne Morvan", "hadopi-law"): "oppose"}),
])
def test_cited_titles_are_nobodys_words(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a term in quotes in a sentence about no one is the writer's
    ("Le maire Paul Serrat a inauguré la médiathèque en 2010. Jusqu'en 2009, la commune se "
     "trouvait en « zone blanche » pour le haut débit.", {}),
    # in a sentence about the speaker, it is still theirs
    ("Paul Serrat a présenté son programme. Il est opposé à tout blocage administratif de sites, "
     "qu'il qualifie de « censure sans juge ».", {("Paul Serrat", "internet-censorship"): "oppose"}),
])
def test_a_quoted_term_is_not_the_last_speakers_quote(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # "elle" after a sentence whose subject is a bill is the bill, not the woman named before
    "La séance était présidée par la vice-présidente du Sénat, Anne Morvan, qui a proclamé le résultat du "
    "scrutin. La proposition de loi comporte quinze articles. Elle porte notamment sur les schémas "
    "d'aménagement numérique et sur la couverture des zones blanches en téléphonie mobile.",
    # "elle" after "l'ordonnance", whose elided article hides its gender
    "Anne Fenestrou, ministre chargée de l'économie numérique, est chargée de son exécution. Sur le fond, "
    "l'ordonnance oblige les fournisseurs d'accès à informer leurs abonnés des procédures qu'ils appliquent. "
    "Elle confie à l'Arcep le pouvoir de fixer des exigences de qualité de service, débat que l'on résume "
    "souvent sous le nom de neutralité du net.",
    # "il" after a semicolon whose clause before has a report as its subject
    "Bernard Heurtaud a présidé la séance. Pour mémoire, le document avait été élaboré par les services du "
    "Département ; il recense 38 communes en zone blanche pour l'ADSL et estime le coût d'un réseau de fibre.",
    # "ils" after "Ce sont les ayants droit qui ...": the rights holders, not the pair named before
    "Comment fonctionne la riposte graduée ? Le décret que Gilles Terraube et Martine Wagnet ont signé en mars "
    "fixe la procédure. Ce sont les ayants droit, par l'intermédiaire de sociétés assermentées, qui relèvent "
    "les adresses IP. Ils saisissent ensuite la commission de protection des droits de la Hadopi.",
    # a bill on online games is no bill put online
    "Mme Claire Caujol avait déjà siégé dans la CMP sur le projet de loi relatif aux jeux en ligne au printemps.",
    # "il lui reviendra de": impersonal
    "Pierre Hocquigné rejoint le collège de l'Arcep. Le collège compte sept membres. Il lui reviendra "
    "notamment de se prononcer sur le suivi des obligations de couverture en très haut débit mobile.",
])
def test_facts_about_a_bill_are_nobodys_position(extractor, text):
    assert positions(extractor, text) == {}


# a synthesis whose sections are headed by each person's name in capitals
SECTIONS = ("Les élus et les réseaux sociaux\n\nNous avons comparé deux élus.\n\nPAUL RIVET (UMP, Nord)\n{}\n\n"
            "ANNE MORVAN (PS, Isère)\nElle défend la neutralité du net.\n")


@pytest.mark.parametrize("text,expected", [
    # a verbless "Ni X ni Y" opening a quote refuses both
    ("Paul Rivet a renvoyé les deux camps dos à dos : « Ni Hadopi ni licence globale : nous voulons autre chose. »",
     {("Paul Rivet", "hadopi-law"): "oppose", ("Paul Rivet", "global-license"): "oppose"}),
    # ... also as the subject's description, whatever relative clause follows
    (SECTIONS.format("Ni compte Twitter ni page Facebook pour le maire, qui n'y voit que « des bavardages »."),
     {("Paul Rivet", "social-media-campaigning"): "oppose", ("Anne Morvan", "net-neutrality"): "support"}),
    # but not a "ni ... ni" subject of a verb
    ("« Ni la Hadopi ni la licence globale ne suffiront à elles seules », a déclaré Paul Rivet.", {}),
    # "pas de X" after a linking word decides, whatever the parser hangs it on after a colon
    (SECTIONS.format("Le député a une page Facebook active. En revanche, pas de Twitter : « 140 caractères, c'est "
                     "l'outil de la petite phrase et du clash, je n'y mettrai pas les pieds. »"),
     {("Paul Rivet", "social-media-campaigning"): "mixed", ("Anne Morvan", "net-neutrality"): "support"}),
    # someone who does not tweet misses out: the network is valued
    ("« Un député qui ne tweete pas en 2012, c'est un député qui se prive d'une partie de ses électeurs », "
     "estime Paul Rivet.",
     {("Paul Rivet", "social-media-campaigning"): "support"}),
])
def test_refusals_in_few_words(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("sentence,expected", [
    # "son attachement à X" backs X
    ("Je redis mon attachement à une contribution créative.", {("Paul Rivet", "global-license"): "support"}),
    # virtues and flaws weighed, and work not finished: no side yet
    ("La licence globale a des vertus, elle a aussi des défauts, et nous n'avons pas fini d'y travailler.",
     {("Paul Rivet", "global-license"): "neutral"}),
    # a tax on sharing is the licence; sharing made legal again weakens authors' rights
    ("Nous ne voulons pas d'un impôt sur le partage, nous voulons que le partage redevienne légal.",
     {("Paul Rivet", "global-license"): "oppose", ("Paul Rivet", "copyright"): "oppose"}),
    # legalising sharing is no mixed stance because the same sentence charges authors' rights
    # with protecting the wrong ones
    ("Nous voulons légaliser le partage non commercial, parce que le droit d'auteur protège surtout des "
     "catalogues, pas des créateurs.", {("Paul Rivet", "copyright"): "oppose"}),
    # ... while paying the creators in return still makes it mixed
    ("Nous voulons légaliser le partage non commercial et rémunérer les créateurs.",
     {("Paul Rivet", "copyright"): "mixed"}),
])
def test_sharing_levies_and_attachment(extractor, sentence, expected):
    assert said(extractor, sentence) == expected


def test_a_party_office_after_a_deputy_is_named_is_that_deputy(extractor):
    text = ("À l'UMP, le député Marc Verdal assume le bilan. La Hadopi « doit être consolidée, pas démantelée », "
            "explique le secrétaire national chargé du numérique, qui promet seulement de l'étendre au streaming.")
    assert positions(extractor, text) == {("Marc Verdal", "hadopi-law"): "support"}


def test_what_a_camp_the_speaker_sets_apart_does_is_not_the_speakers(extractor):
    text = ("Paul Rivet a voté contre l'accord. Mais il tient à se distinguer des militants qui rejettent toute "
            "protection des œuvres.")
    assert ("Paul Rivet", "copyright") not in positions(extractor, text)
    # the speaker's own rejection still counts
    assert positions(extractor, "Paul Rivet rejette toute protection des œuvres sur internet.") == \
        {("Paul Rivet", "copyright"): "oppose"}


@pytest.mark.parametrize("text,expected", [
    # a quote closing on the inverting noun the mention completes
    ("Anne Morvan, conseillère régionale, a réclamé « la suppression pure et simple » de la Hadopi, "
     "qu'elle accuse de tout.", {("Anne Morvan", "hadopi-law"): "oppose"}),
    # refusing only the outright repeal: the measure is kept but changed
    ("« Mais je ne voterai jamais la suppression pure et simple de la Hadopi », a déclaré Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "mixed"}),
    ("« Je veux la suppression pure et simple de la Hadopi », a déclaré Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    # blocking without a judge called indispensable is backed; made possible by a text, it is charged
    ("Selon Paul Rivet, le blocage sans juge est indispensable.", {("Paul Rivet", "internet-censorship"): "support"}),
    ("« ACTA permettrait de faire filtrer les contenus sans qu'un juge ait son mot à dire », a déclaré Paul Rivet.",
     {("Paul Rivet", "internet-censorship"): "oppose"}),
    # the words of a cited text's title are nobody's cue
    ("Anne Morvan est députée depuis 2007. Elle siégeait à la commission lors de la discussion de la loi "
     "du 17 décembre 2009 relative à la lutte contre la fracture numérique.", {}),
    ("Paul Rivet soutient la loi relative à la lutte contre la fracture numérique.",
     {("Paul Rivet", "digital-divide"): "support"}),
])
def test_repeals_verdicts_and_titles(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare vote in a sentence naming no topic is a vote on the text named before
    ("Le Parlement européen se prononce mardi sur ACTA. Bruno Fayolain (PPE, UMP) votera pour. "
     "Anne Morvan (PS) votera contre.",
     {("Bruno Fayolain", "internet-censorship"): "support", ("Anne Morvan", "internet-censorship"): "oppose"}),
    # ... taking the side the text takes: a vote for a repeal is a stand against the law
    ("L'Assemblée a examiné la proposition de loi visant à abroger la loi Hadopi. Paul Rivet (PS) a voté pour.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    # "Tous deux" opening a sentence is its subject, whatever noun the parser hangs it on
    ("Le sénateur Paul Rivet et la sénatrice Anne Morvan se sont opposés sur le blocage. Tous deux se sont en "
     "revanche accordés pour réclamer davantage de moyens contre la cybercriminalité.",
     {("Paul Rivet", "cybercrime"): "support", ("Anne Morvan", "cybercrime"): "support"}),
])
def test_votes_and_pairs_named_before(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_verb_misread_as_a_modifier_is_no_second_cue(extractor):
    # "abroge" parsed as a modifier of "article", whose verb is "supprime": one repeal, not two
    assert said(extractor, "L'article 1er abroge la loi Hadopi et supprime la Haute Autorité.") == \
        {("Paul Rivet", "hadopi-law"): "oppose"}


@pytest.mark.parametrize("text,expected", [
    # a levy too many, right after the licence was named, is the charge against it
    ("Anne Morvan défend la licence globale. « Un impôt de plus ! », lance Paul Rivet.",
     {("Anne Morvan", "global-license"): "support", ("Paul Rivet", "global-license"): "oppose"}),
    # denied, it charges nothing
    ("Anne Morvan défend la licence globale. « Ce n'est pas une taxe de plus », répond-elle à Paul Rivet.",
     {("Anne Morvan", "global-license"): "support"}),
])
def test_a_levy_too_many_after_the_licence(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # "Il" after a sentence about a decree is the decree, even when the parser reads its verb as a noun
    "Le texte est signé par le Premier ministre, Henri Rocayrette. Le décret compte huit articles et une annexe. "
    "Il autorise la Haute Autorité à tenir un fichier.",
    # a thesis title quoted after "intitulée" is nobody's cue
    "Thierry Boussac est député depuis 2007. Il y soutient en 1986 une thèse intitulée « La protection des "
    "programmes d'ordinateur par le droit d'auteur ».",
])
def test_a_decree_and_a_thesis_title_hold_no_position(extractor, text):
    assert positions(extractor, text) == {}


@pytest.mark.parametrize("text,expected", [
    # the parser cuts "A (PS) et B (EELV) veulent ..." after the first bracket: both are the subject
    ("Sur l'Hadopi, les positions sont tranchées. Marc Verdal, le député UMP, défend la loi. Anne Morvan (PS) "
     "et Léa Tuzerac (EELV) veulent au contraire la supprimer.",
     {("Marc Verdal", "hadopi-law"): "support", ("Anne Morvan", "hadopi-law"): "oppose",
      ("Léa Tuzerac", "hadopi-law"): "oppose"}),
    # ... and the nouns of a relative clause on the first one do not take the clitic "la" away
    ("Sur l'Hadopi, les positions sont tranchées. Anne Morvan, qui a quitté son siège de la circonscription "
     "voisine pour affronter la droite ici, et Léa Tuzerac (EELV) veulent au contraire la supprimer.",
     {("Anne Morvan", "hadopi-law"): "oppose", ("Léa Tuzerac", "hadopi-law"): "oppose"}),
    # "ces deux lois" are the two laws named before
    ("Le porte-parole Yann Quérel dénonce une logique qui relie la Loppsi et l'Hadopi. « Ces deux lois devront "
     "être abrogées dès 2012. »",
     {("Yann Quérel", "internet-censorship"): "oppose", ("Yann Quérel", "hadopi-law"): "oppose"}),
    # "Tous deux" are the guests, not the host named with them
    ("Invités à débattre, Thomas Verdal et Camille Quérac se sont retrouvés d'accord, au grand dam de "
     "l'animatrice Laurence Févrac. Tous deux veulent abroger la loi Hadopi.",
     {("Thomas Verdal", "hadopi-law"): "oppose", ("Camille Quérac", "hadopi-law"): "oppose"}),
    # "chacun" after a group subject is each of them
    ("Paul Rivet et Anne Morvan ont débattu hier. Tous deux revendiquent une campagne connectée : chacun anime "
     "un compte Twitter quotidiennement.",
     {("Paul Rivet", "social-media-campaigning"): "support", ("Anne Morvan", "social-media-campaigning"): "support"}),
])
def test_pairs_groups_and_two_laws_named_before(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a measure described rather than named again, right after the one topic it can be
    ("Le Sénat a adopté l'article 4 de la Loppsi, qui permet le blocage des sites sans juge. Le rapporteur UMP "
     "Paul Rivet a défendu un dispositif « proportionné et efficace ».",
     {("Paul Rivet", "internet-censorship"): "support"}),
    # ... not a text whose content names another topic, nor one in an indirect question
    ("La Hadopi a un an. Paul Rivet a promis de proposer une loi qui réserve la priorité aux logiciels libres.",
     {("Paul Rivet", "free-software"): "support"}),
    ("Le Parlement débat de la neutralité du net. Paul Rivet refuse de dire s'il voterait un texte contraignant.",
     {}),
])
def test_a_measure_described_with_an_indefinite_article(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("sentence,expected", [
    # an elided word glued to a quote mark keeps its verb
    ("Paul Rivet a promis d'\"abroger l'Hadopi dès l'été 2012\".", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("Paul Rivet a promis d'« abroger l'Hadopi » dès l'été.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    # the lack condemned is the policy backed
    ("Paul Rivet a jugé « inacceptable » que des centaines de communes n'aient toujours pas accès au haut débit.",
     {("Paul Rivet", "digital-divide"): "support"}),
    ("« L'Hadopi est une police privée au service des majors », lance Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("« Le partage non commercial entre particuliers doit devenir légal, point », dit Paul Rivet.",
     {("Paul Rivet", "copyright"): "oppose"}),
])
def test_quotes_glued_to_elisions_lacks_condemned_and_new_forms(extractor, sentence, expected):
    assert positions(extractor, sentence) == expected


@pytest.mark.parametrize("text", [
    # "Il" after a sentence whose subject is a thing is that thing, not the mayor named before
    "Le tribunal a condamné l'auteur d'un faux profil Facebook du maire, Hugues Bardin. Le profil publiait des "
    "messages attribués à l'élu. Il avait été signalé par la mairie à la plateforme Pharos.",
    # the words of a body's name someone sat on are no cue
    "Ancienne magistrate, Laure Quérac a siégé de 2009 à 2011 à la commission de protection des droits de la "
    "Hadopi.",
    # "si son emploi du temps le permet": a neuter "le"
    "La cybercriminalité coûte cher aux PME. Anne Morvan visitera le marché si son emploi du temps le permet.",
    # the Conseil constitutionnel striking provisions is no censorship of the internet
    "Le Conseil constitutionnel avait rendu sa décision le 10 mars, saisi par Paul Rivet. Il a déclaré l'article 4 "
    "conforme à la Constitution, et censuré treize autres dispositions du texte.",
])
def test_things_bodies_and_idioms_hold_no_position(extractor, text):
    assert positions(extractor, text) == {}


@pytest.mark.parametrize("text,expected", [
    # "ne ... pas non plus": the "non" of "non plus" is no second negation
    ("Paul Rivet rejette l'Hadopi. Mais il ne veut pas non plus d'une licence globale.",
     {("Paul Rivet", "hadopi-law"): "oppose", ("Paul Rivet", "global-license"): "oppose"}),
    # forms: paid priority, access guaranteed to every home, the distance between citizens and those who decide
    ("Paul Rivet demande une loi qui interdise la priorisation payante.", {("Paul Rivet", "net-neutrality"): "support"}),
    ("Paul Rivet veut garantir à chaque foyer un accès à internet.", {("Paul Rivet", "digital-divide"): "support"}),
    ("Selon Paul Rivet, internet « supprime la distance entre les citoyens et les élus ».",
     {("Paul Rivet", "e-democracy"): "support"}),
])
def test_non_plus_and_new_forms(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_ce_answering_an_act_reported_in_the_question_judges_the_act(extractor):
    text = ("On a beaucoup critiqué l'Hadopi. Les socialistes veulent la supprimer. Qu'en dites-vous ?\n"
            "Ce serait une erreur.")
    assert positions(extractor, text, fmt="qa", speaker="Paul Rivet") == {("Paul Rivet", "hadopi-law"): "support"}


@pytest.mark.parametrize("text,expected", [
    # "Elle" after a candidate's stand-in was named is the candidate
    ("Martine Verdal, la candidate du Front de gauche, tient la permanence. Sa suppléante, Sophie Quérac, "
     "s'occupe de la santé. Son dada, c'est Internet. Elle défend l'inscription de la neutralité du net dans la loi.",
     {("Martine Verdal", "net-neutrality"): "support"}),
    # "ce serait dire aux pirates que tout est permis": the consequence feared
    ("« La Haute Autorité fait son travail, et la supprimer, ce serait dire aux pirates que tout est permis », "
     "estime Paul Rivet.", {("Paul Rivet", "hadopi-law"): "support"}),
    # "remplacer X par Y" with "par Y" hung on a participle of X: Y is backed
    ("Paul Rivet propose de remplacer la riposte graduée par une « contribution créative » de 3 euros par mois.",
     {("Paul Rivet", "hadopi-law"): "oppose", ("Paul Rivet", "global-license"): "support"}),
    # the "résorption" of white zones backs access
    ("Pour Paul Rivet, la résorption des zones blanches doit être la priorité du quinquennat.",
     {("Paul Rivet", "digital-divide"): "support"}),
])
def test_stand_ins_feared_consequences_and_replacements(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_short_no_answers_the_questions_topic(extractor):
    text = "La licence globale, c'est non ?\nC'est non. Personne ne sait comment on répartirait l'argent."
    assert positions(extractor, text, fmt="qa", speaker="Paul Rivet") == {("Paul Rivet", "global-license"): "oppose"}


@pytest.mark.parametrize("text", [
    # quoted questions separated by semicolons
    "Un sondage a interrogé les Français sur Anne Morvan. Questions posées : « Seriez-vous favorable ou opposé à une "
    "contribution forfaitaire... ? » ; « Pouvez-vous citer le nom du ministre ? »",
    # a long item title quoted after "intitulé"
    "Le maire, Anne Morvan, a ouvert la séance. Le point n° 9, intitulé « Médiathèque : acquisition de douze postes "
    "informatiques et migration des postes publics vers des logiciels libres », a été retiré de l'ordre du jour.",
    # a law's passage told in a participle
    "Paul Rivet est député depuis 2007. Il a examiné en commission la Loppsi 2, adoptée définitivement en février "
    "2011, dont l'article 4 prévoit le blocage administratif des sites.",
])
def test_questions_titles_and_passages_hold_no_position(extractor, text):
    assert positions(extractor, text) == {}


@pytest.mark.parametrize("text", [
    # a week's agenda whose days head their entries
    "L'Agenda du Net | Semaine du 23 au 27 janvier 2012\n\nMardi 24 janvier\n- 10h00, Assemblée nationale : "
    "Annick Morvan, députée du Morbihan, présente son rapport sur les moyens de la gendarmerie face à la "
    "cybercriminalité.\n- 18h30, Paris : table ronde « Logiciels libres et collectivités ».",
    # the Hadopi law's official title is its name, not a cue
    "Anne Morvan est députée depuis 2007. Elle participe à l'examen du projet de loi favorisant la diffusion et la "
    "protection de la création sur internet (loi Hadopi) en 2009.",
])
def test_agendas_and_a_laws_official_title_hold_no_position(extractor, text):
    assert positions(extractor, text) == {}


@pytest.mark.parametrize("text,expected", [
    # ceasing to be a wrong clears the subject: legal sharing, against authors' rights as they stand
    ("« Avec notre projet, le partage non marchand entre particuliers cesserait d'être un délit », dit Paul Rivet.",
     {("Paul Rivet", "copyright"): "oppose"}),
    # "devenir licite" makes an attribute like "être légal"; creators paid in the same sentence
    ("Pour Paul Rivet, avec ce système, les échanges non marchands deviennent licites, et les créateurs touchent "
     "enfin une rémunération.", {("Paul Rivet", "copyright"): "mixed"}),
    # a licence backed in the sentence that makes sharing legal
    ("Anne Morvan soutient la licence globale : une contribution de quelques euros par mois, qui rendrait légal "
     "l'échange d'oeuvres entre particuliers.",
     {("Anne Morvan", "global-license"): "support", ("Anne Morvan", "copyright"): "mixed"}),
    # a right charged with serving middlemen
    ("« Le droit d'auteur tel qu'il existe aujourd'hui protège surtout les catalogues des majors », estime Paul Rivet.",
     {("Paul Rivet", "copyright"): "oppose"}),
])
def test_legal_sharing_licence_terms_and_middlemen(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_sharing_legalised_in_return_for_the_licence_an_answer_proposes(extractor):
    # the licence named bare as the answer's means, its terms told in the next sentence
    text = ("Que proposez-vous à la place de la Hadopi ?\nUne contribution créative de quelques euros par mois, "
            "prélevée sur l'abonnement. En échange, le partage non marchand entre particuliers cesserait d'être un délit.")
    assert positions(extractor, text, fmt="qa", speaker="Anne Morvan") == {
        ("Anne Morvan", "global-license"): "support", ("Anne Morvan", "copyright"): "mixed"}


@pytest.mark.parametrize("text,expected", [
    # a reform turned down for more
    ("« L'Hadopi, il ne faut pas la réformer, il faut la fermer », a lancé Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    # the correction after "ce n'est pas X" judges
    ("« Twitter, ce n'est pas de la politique, c'est du bavardage », a lancé Paul Rivet.",
     {("Paul Rivet", "social-media-campaigning"): "oppose"}),
    # "Non qu'elle conteste ...": not that she contests it
    ("Anne Morvan, conseillère générale, hésite sur le calendrier. Non qu'elle conteste l'objectif : la conseillère "
     "générale, dont le canton compte encore plusieurs zones blanches, juge « indispensable » d'y apporter un vrai "
     "débit au plus vite.", {("Anne Morvan", "digital-divide"): "support"}),
    # a ban on discriminating, with the infinitive tagged a noun
    ("Pour Anne Morvan, il faut « graver dans la loi l'interdiction pour un opérateur de discriminer un contenu ».",
     {("Anne Morvan", "net-neutrality"): "support"}),
    # a second participle shares the passive subject
    ("Paul Rivet s'oppose à ACTA. « Je demande que ce texte soit soumis à l'Assemblée nationale et rejeté », "
     "déclare-t-il.", {("Paul Rivet", "internet-censorship"): "oppose"}),
    # what repealing amounts to: giving someone up
    ("« Supprimer l'Hadopi, ce serait dire aux artistes qu'on les abandonne », a lancé Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "support"}),
    # charging those who want the repeal rejects the repeal
    ("« Ceux qui veulent supprimer la Hadopi n'ont jamais dit comment ils paieraient les artistes », estime Anne "
     "Morvan.", {("Anne Morvan", "hadopi-law"): "support"}),
])
def test_refused_reforms_corrections_and_charges(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "Lors du débat sur X," and "Après X," set the scene; they are not what the verb acts on
    ("Paul Rivet, député, a parlé longtemps. Lors du débat sur la Loppsi, il a voté contre l'article 4.", {}),
    ("« Après Loppsi 2, après l'Hadopi, nous refusons que l'on prenne l'habitude de bloquer des sites sans qu'un juge "
     "ait été saisi », a dit Anne Morvan.", {("Anne Morvan", "internet-censorship"): "oppose"}),
    # no settled view on what the "sur" phrase names, whatever its words say
    ("Paul Rivet explique qu'il « n'a pas d'avis arrêté » sur une priorité au libre dans les marchés publics.",
     {("Paul Rivet", "free-software"): "neutral"}),
    # staying cautious and referring the question to a mission
    ("Sur la licence globale, Anne Morvan reste prudente et renvoie à la future mission sur l'exception culturelle.",
     {("Anne Morvan", "global-license"): "neutral"}),
])
def test_scene_setting_and_sidesteps(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "Il" after a passive sentence whose agent is the person
    ("Ce bilan a été critiqué par le député Paul Rivet, qui y voit un gâchis. Il plaide pour la suppression pure et "
     "simple de la loi Hadopi.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    # a conjunct that is a role, with the name after it
    ("Anne Morvan, son homologue au PS, la centriste Julie Quérac et Marc Tellier, candidat du Parti pirate à Lyon, "
     "réclament tous trois une loi garantissant la neutralité du net.",
     {("Anne Morvan", "net-neutrality"): "support", ("Julie Quérac", "net-neutrality"): "support",
      ("Marc Tellier", "net-neutrality"): "support"}),
    # "que" clause hung elsewhere: the verb right before "que" governs it
    ("Discours de clôture de Mme Anne Morvan, sénatrice du Nord\n\nJe souhaite que les administrations donnent la "
     "priorité aux logiciels libres, dont le code peut être audité par nos propres experts.",
     {("Anne Morvan", "free-software"): "support"}),
    # a fronted adverbial made the root, the name hung on it
    ("À l'inverse, Paul Rivet, qui s'exprime pour le candidat sortant, défend la riposte graduée et écarte toute "
     "licence globale.", {("Paul Rivet", "hadopi-law"): "support", ("Paul Rivet", "global-license"): "oppose"}),
    # the movement of the person the sentence named proposes
    ("Paul Rivet, délégué national, dénonce une machine à courriels et rappelle que son mouvement propose "
     "d'abroger la loi Hadopi dès 2012.", {("Paul Rivet", "hadopi-law"): "oppose"}),
])
def test_holders_of_passives_lists_que_clauses_and_parties(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_face_a_cela_opening_a_sentence_is_no_against(extractor):
    text = ("Discours de clôture de Mme Anne Morvan, sénatrice du Nord\n\nFace à cela, je le dis clairement : l'État "
            "doit se donner les moyens de lutter contre la cybercriminalité.")
    assert positions(extractor, text, fmt="speech") == {("Anne Morvan", "cybercrime"): "support"}


def test_nobody_here_counts_the_speaker_in(extractor):
    text = ("M. Paul Rivet, rapporteur. Mes chers collègues, personne ici n'est contre un internet ouvert. Mais une "
            "neutralité absolue interdirait aux opérateurs de proposer des services gérés.")
    assert positions(extractor, text, fmt="speech") == {("Paul Rivet", "net-neutrality"): "mixed"}


def test_a_rally_line_under_a_speech_title_names_its_speaker(extractor, tmp_path):
    # the event line under the title; the law named in the sentence the clitic takes up
    from stancegraph.ingest import read_document
    page = tmp_path / "discours.txt"
    page.write_text("Debout la République — Discours\nMeeting de Anne Morvan à Clermont-Ferrand, 17 mars 2012\n\n"
                    "Mes chers amis, merci d'être venus si nombreux ! Qui a voté une loi pour envoyer des lettres à "
                    "des lycéens ? Cette loi, c'est la Hadopi, et je vous le dis ce soir : élue, je l'abrogerai dans "
                    "les cent premiers jours.\n", encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions}
    assert found == {("Anne Morvan", "hadopi-law"): "oppose"}


@pytest.mark.parametrize("text,expected", [
    # "cette loi" a few short sentences after the law was named
    ("« Qui a voté l'Hadopi ? Ceux qui nous gouvernent. Qu'a-t-elle rapporté ? Rien. Qu'a-t-elle coûté ? Des "
     "millions. Cette loi, nous la supprimerons dès l'été », a lancé Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    # "Elle réclame" after a sentence whose subject was the law: a person's act
    ("Pour Anne Morvan, porte-parole, la Hadopi est « une machine à faire peur ». Elle réclame sa suppression pure "
     "et simple.", {("Anne Morvan", "hadopi-law"): "oppose"}),
    # what someone is asked about takes no side
    ("Interrogés par Sophie Guillou sur l'usage qu'ils font eux-mêmes des réseaux sociaux, les deux invités, Paul "
     "Rivet et Anne Morvan, ont longuement répondu.", {}),
    # the law something is taken out of is not what is taken out
    ("« Couper l'accès d'une famille, c'est absurde, et cette sanction doit être supprimée de la loi Hadopi », "
     "estime Paul Rivet.", {("Paul Rivet", "hadopi-law"): "mixed"}),
    # what a study someone wrote is about
    ("Anne Morvan est sénatrice depuis 2008. Elle est l'auteur d'un rapport d'information sur le financement du "
     "très haut débit dans les départements ruraux, publié en juin 2011.", {}),
    # a body named before an "Il" that "estime": the body, not the last person named
    ("Paul Rivet avait saisi le Conseil constitutionnel. Le Conseil relève que le dispositif vise la protection des "
     "mineurs. Il estime que le blocage des sites assure une conciliation équilibrée.", {}),
])
def test_reach_of_anaphora_askings_sources_and_bodies(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the licence's terms after "en échange de laquelle", read with the means the answer proposes
    ("Que proposez-vous à la place ?\nUne contribution créative, modeste, acquittée avec l'abonnement à Internet, en "
     "échange de laquelle les échanges non marchands entre particuliers cesseront d'être poursuivis.",
     {("Anne Morvan", "global-license"): "support", ("Anne Morvan", "copyright"): "mixed"}),
    # a licence "qui rendra le partage légal"
    ("Que proposez-vous pour les artistes ?\nJe propose une licence globale, quelques euros par mois payés avec "
     "l'abonnement, qui rendra le partage légal et financera directement les créateurs.",
     {("Anne Morvan", "global-license"): "support", ("Anne Morvan", "copyright"): "mixed"}),
])
def test_licence_terms_in_a_relative_clause(extractor, text, expected):
    assert positions(extractor, text, fmt="qa", speaker="Anne Morvan") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("La neutralité absolue, c'est la faillite des opérateurs !", {("Paul Rivet", "net-neutrality"): "oppose"}),
    ("Nous voulons nous débarrasser de la Hadopi.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("Nous voulons que les échanges entre particuliers cessent d'être poursuivis, tout en garantissant que chaque "
     "artiste soit payé.",
     {("Paul Rivet", "copyright"): "mixed"}),
])
def test_failures_riddances_and_a_single_artist_paid(extractor, sentence, expected):
    assert said(extractor, sentence) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause of its own, misparsed as the complement of the one before
    ("Discours de M. Paul Rivet, sénateur\n\nEt il faut aller plus loin : nos gendarmes manquent de cyberenquêteurs, "
     "les escroqueries en ligne explosent, je demande que leurs effectifs soient doublés d'ici 2014.",
     {("Paul Rivet", "cybercrime"): "support"}),
])
def test_a_juxtaposed_clause_in_a_speech(extractor, text, expected, tmp_path):
    from stancegraph.ingest import read_document
    page = tmp_path / "discours.txt"
    page.write_text(text + "\n", encoding="utf-8")
    assert {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(page)).positions} == expected



@pytest.mark.parametrize("text,expected", [
    # a "pour que" clause the parser heads with a noun: what the counted pair pleads for
    ("Paul Rivet et Anne Vidal se sont opposés toute la soirée. Seul point d'accord de la soirée : tous deux ont "
     "plaidé pour que l'État accélère le déploiement du très haut débit dans les campagnes.",
     {("Paul Rivet", "digital-divide"): "support", ("Anne Vidal", "digital-divide"): "support"}),
    # "tous trois" taken for the reflexive's expletive, before a colon
    ("Paul Rivet, Anne Vidal et Louis Perrin se sont affrontés sur la Hadopi. Sur le raccordement des zones rurales, "
     "tous trois s'accordent au moins sur un point : la fibre doit arriver partout.",
     {("Paul Rivet", "digital-divide"): "support", ("Anne Vidal", "digital-divide"): "support",
      ("Louis Perrin", "digital-divide"): "support"}),
    # two people each the subject of a clause of their own, then "tous deux" after a fronted participle
    ("Paul Rivet (UMP) fait figure de dernier défenseur de la riposte graduée, tandis que Louis Perrin (DLR) réclame "
     "sa suppression. Rejetant tous deux la licence globale, ils se retrouvent sur la nécessité de payer les auteurs.",
     {("Paul Rivet", "hadopi-law"): "support", ("Louis Perrin", "hadopi-law"): "oppose",
      ("Paul Rivet", "global-license"): "oppose", ("Louis Perrin", "global-license"): "oppose"}),
    # the people the sentence has just named, as many as counted
    ("M. Rivet et M. Perrin se rejoignent : tous deux veulent inscrire la neutralité du net dans la loi.",
     {("Paul Rivet", "net-neutrality"): "support", ("Louis Perrin", "net-neutrality"): "support"}),
    # "A comme B" with a plural verb is a list
    ("Anne Vidal (PS) comme Jeanne Morel (EELV) veulent supprimer la Hadopi.",
     {("Anne Vidal", "hadopi-law"): "oppose", ("Jeanne Morel", "hadopi-law"): "oppose"}),
])
def test_groups_of_holders(extractor, text, expected):
    people = "Paul Rivet, Anne Vidal, Louis Perrin et Jeanne Morel sont candidats. "
    assert positions(extractor, people + text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clitic the tagger calls a determiner
    ("Louis Perrin défend une licence globale. Paul Rivet la rejette sans appel.",
     {("Louis Perrin", "global-license"): "support", ("Paul Rivet", "global-license"): "oppose"}),
    # "s'y dire favorable"
    ("Anne Vidal défend la neutralité du net. Paul Rivet, qui dénonce « l'internet des riches », s'y dit "
     "également favorable.",
     {("Anne Vidal", "net-neutrality"): "support", ("Paul Rivet", "net-neutrality"): "support"}),
    # "Comme X, elle ...": the name compared with is not the pronoun's antecedent
    ("Jeanne Morel signe le Pacte du logiciel libre. Anne Vidal a elle aussi signé le Pacte du logiciel libre. "
     "Comme Jeanne Morel, elle s'oppose à ACTA.",
     {("Jeanne Morel", "free-software"): "support", ("Anne Vidal", "free-software"): "support",
      ("Anne Vidal", "internet-censorship"): "oppose"}),
    # "ces effectifs" take up the investigators just counted
    ("La France ne compte que 300 enquêteurs spécialisés. Paul Rivet recommande de doubler ces effectifs.",
     {("Paul Rivet", "cybercrime"): "support"}),
    # the chair's formula: "le" is the amendment called
    ("M. Paul Rivet. Cet amendement supprime la Haute Autorité.\nM. le président. La parole est à M. Louis Perrin, "
     "pour le soutenir.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
])
def test_pronouns_and_anaphora(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a role after a name that holds a name of its own is that name's
    ("Invités sur LCP par Marc Verdal, la députée PS Anne Vidal et l'UMP Paul Rivet se sont affrontés sur la Hadopi. "
     "Anne Vidal veut abroger la loi Hadopi. Le député UMP a aussitôt dénoncé « une taxe de plus sur les Français » "
     "à propos de la licence globale.",
     {("Anne Vidal", "hadopi-law"): "oppose", ("Paul Rivet", "global-license"): "oppose"}),
    # a seat of the one whose parliamentary function was given
    ("Le rapporteur UMP Paul Rivet a balayé les critiques. Le député de la Marne s'est aussi félicité des moyens "
     "accordés à la lutte contre la cybercriminalité.",
     {("Paul Rivet", "cybercrime"): "support"}),
    # "à ses yeux" inside the sentence, nobody else its subject
    ("Paul Rivet a défendu la Haute Autorité. Supprimer la Hadopi, ce serait à ses yeux « envoyer le message que "
     "la musique est gratuite ».",
     {("Paul Rivet", "hadopi-law"): "support"}),
    # what someone's programme says
    ("Paul Rivet est candidat. Le programme de Paul Rivet, enfin, est le seul à évoquer la neutralité du net, qu'il "
     "veut inscrire dans la Constitution.",
     {("Paul Rivet", "net-neutrality"): "support"}),
])
def test_holders_by_role_view_and_programme(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Il veut non seulement supprimer la Haute Autorité mais aussi amnistier les internautes.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("Il faut supprimer la Hadopi, purement et simplement, pas la « réformer ».", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("Pas la réformer, pas la repeindre : la supprimer, purement et simplement, la Hadopi.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("Il n'y a rien à réformer dans la Hadopi : il faut l'abroger.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("Supprimer la Hadopi, ce serait envoyer aux jeunes le message que tout est gratuit et que le travail des "
     "artistes ne vaut rien.", {("Paul Rivet", "hadopi-law"): "support"}),
    # (the alleged aim is no backing; organising surveillance is the charge)
    ("Sous couvert de lutte contre la contrefaçon, ACTA organise la surveillance des échanges.",
     {("Paul Rivet", "internet-censorship"): "oppose"}),
    ("Je demanderai que l'on double le nombre d'enquêteurs spécialisés dans les escroqueries en ligne.",
     {("Paul Rivet", "cybercrime"): "support"}),
    ("Tout logiciel développé avec de l'argent public doit être publié sous licence libre.",
     {("Paul Rivet", "free-software"): "support"}),
])
def test_negation_refusals_and_verdicts(extractor, sentence, expected):
    assert said(extractor, sentence) == expected


def test_a_licence_not_ruled_out_is_not_backed(extractor):
    text = ("Anne Vidal juge que la licence globale « pose de vraies questions » et dit attendre l'évaluation avant "
            "de trancher, sans l'exclure.")
    assert positions(extractor, text) == {("Anne Vidal", "global-license"): "neutral"}


def test_a_contribution_counted_in_euros_per_subscription(extractor):
    text = "Paul Rivet défend une contribution de deux à trois euros par mois sur chaque abonnement à Internet."
    assert positions(extractor, text) == {("Paul Rivet", "global-license"): "support"}


def test_coverage_of_communes(extractor):
    assert positions(extractor, "Anne Vidal veut accélérer le raccordement des communes de la périphérie.") == \
        {("Anne Vidal", "digital-divide"): "support"}


def test_a_noun_without_article_is_no_closer_antecedent(extractor):
    # "En face" between the clitic and a riposte taken up by a pronoun already
    text = ("Paul Rivet assume : « La riposte graduée a fait baisser le piratage, ce serait une folie de la démanteler "
            "au moment où elle porte ses fruits. » En face, Anne Vidal (PS) veut la supprimer.")
    assert positions(extractor, text).get(("Anne Vidal", "hadopi-law")) == "oppose"


@pytest.mark.parametrize("verdict,expected", [
    ("il la juge « irréaliste » : « Deux euros par mois ne paieront jamais la création. »", "oppose"),
    ("il la juge « injuste pour les abonnés qui ne téléchargent pas ».", "oppose"),
    ("il ne la juge pas « irréaliste ».", "support"),
])
def test_a_verdict_on_a_phrase_set_apart(extractor, verdict, expected):
    text = f"Paul Rivet défend la Haute Autorité. Quant à la licence globale, {verdict}"
    assert positions(extractor, text)[("Paul Rivet", "global-license")] == expected


@pytest.mark.parametrize("sentence", [
    "La licence globale, c'est la nationalisation de la culture.",
    "La licence globale serait une nationalisation de la culture.",
])
def test_nationalising_culture_is_a_charge(extractor, sentence):
    assert said(extractor, sentence) == {("Paul Rivet", "global-license"): "oppose"}


def test_a_name_before_a_party_in_brackets_is_the_subject(extractor):
    # the parser makes "Parti" the subject and hangs the name on it
    text = ("Sans surprise, Paul Rivet (Parti pirate, Rhône) a signé dès le premier jour et réclame une « priorité au "
            "logiciel libre » dans tous les marchés publics.")
    assert positions(extractor, text) == {("Paul Rivet", "free-software"): "support"}


def test_what_the_majors_did_is_not_the_respondents_stand(extractor):
    text = ("Que proposez-vous sur le droit d'auteur ?\nLes majors ont étendu la propriété intellectuelle bien au-delà du "
            "raisonnable.")
    assert positions(extractor, text, fmt="qa", speaker="Anne Morvan") == {}


@pytest.mark.parametrize("text", [
    "Paul Rivet promet que les lycéens seraient consultés en ligne.",
    "Paul Rivet propose de mettre en ligne un espace de débat où les élus et les habitants pourront échanger.",
    "« Nous ouvrirons chaque grande loi à la discussion des citoyens, en ligne », a promis Paul Rivet.",
    "Pour Paul Rivet, le réseau doit permettre aux citoyens de co-écrire les décisions.",
    "Paul Rivet a mis en ligne son projet, que les habitants de la circonscription peuvent amender.",
])
def test_e_democracy_named_by_what_citizens_do_online(extractor, text):
    assert positions(extractor, text) == {("Paul Rivet", "e-democracy"): "support"}


@pytest.mark.parametrize("text", [
    # the bill someone is made rapporteur of: a function, no side (also in a headline the parser mangles)
    "Paul Rivet désigné rapporteur du projet de loi sur la cybercriminalité\n"
    "Le député Paul Rivet a été désigné rapporteur du projet de loi renforçant la lutte contre la cybercriminalité.",
    # "il" after "Ouvert en 2003," is the place opened
    "Paul Rivet a inauguré sa permanence à Lannion.\nLe local est celui de l'ancien espace public numérique. Ouvert en "
    "2003, il proposait des initiations à l'informatique dans le cadre d'un programme de lutte contre la fracture "
    "numérique.",
    # "Il" in a paragraph that names nobody: the thing its first sentence is about
    "Le questionnaire sera envoyé au député sortant Paul Rivet.\nLe questionnaire comporte une dizaine de questions. "
    "Les candidats y seront interrogés sur la loi Hadopi. Il est accompagné du Pacte du logiciel libre, que "
    "l'association propose à chaque candidat de signer.",
])
def test_facts_about_bills_places_and_questionnaires_take_no_side(extractor, text):
    assert positions(extractor, text) == {}


def test_a_bill_backed_is_still_backed(extractor):
    assert positions(extractor, "Paul Rivet soutient le projet de loi renforçant la lutte contre la cybercriminalité.") == \
        {("Paul Rivet", "cybercrime"): "support"}


@pytest.mark.parametrize("text, expected", [
    # "sans ambiguïté" is a manner, no negation (the parser hangs "sans" on the next noun)
    ("Paul Rivet défend sans ambiguïté le bilan de la Haute Autorité.", {("Paul Rivet", "hadopi-law"): "support"}),
    ("Paul Rivet balaie l'idée d'une licence globale d'un revers de main.",
     {("Paul Rivet", "global-license"): "oppose"}),
    ("Paul Rivet, qui veut « débrancher l'Hadopi », est candidat à Lorient.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    ("« La licence globale est incapable de rémunérer chaque oeuvre », a déclaré Paul Rivet.",
     {("Paul Rivet", "global-license"): "oppose"}),
    ("Paul Rivet reste fidèle à la licence globale.", {("Paul Rivet", "global-license"): "support"}),
    # a blocking wanted "sans attendre" a court's decision is accepted, not charged
    ("« Je suis favorable au blocage administratif de ces sites, sans attendre des mois une décision de justice », "
     "a déclaré Paul Rivet.", {("Paul Rivet", "internet-censorship"): "support"}),
    # what the other side wants, thrown back at it
    ("« Vous voulez supprimer la Hadopi sans rien proposer aux artistes », a lancé Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "support"}),
    ("Paul Rivet n'a pas de compte Twitter. « La politique mérite mieux que cent quarante caractères », tranche "
     "l'élu socialiste.", {("Paul Rivet", "social-media-campaigning"): "oppose"}),
])
def test_session_20_cues(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_vote_against_a_text_about_the_topic(extractor):
    # "ce même texte sur la neutralité" is the neutrality bill, not the Loppsi named before, and
    # the parser hangs "sur la neutralité" on the verb
    text = ("Paul Rivet avait combattu la Loppsi 2 en commission. Il a voté contre ce même texte sur la neutralité du "
            "net, qu'il jugeait prématuré.")
    assert positions(extractor, text) == {("Paul Rivet", "internet-censorship"): "oppose",
                                          ("Paul Rivet", "net-neutrality"): "oppose"}


@pytest.mark.parametrize("text, expected", [
    # "Elle juge" tagged a determiner and a noun: the pronoun opening the sentence is the subject
    ("Sylvie Morane est déléguée de Debout la République.\n\nLa déléguée rappelle que Debout la République a voté "
     "contre la loi Hadopi dès 2009. Elle juge que « l'Hadopi n'a servi qu'à traquer des adolescents » et plaide "
     "pour sa suppression au profit d'une licence globale.",
     {("Sylvie Morane", "hadopi-law"): "oppose", ("Sylvie Morane", "global-license"): "support"}),
    # "l'élu" is masculine; the Hadopi in "la suppression de l'Hadopi" is what is removed, nobody who acts
    ("Des chiffres qui n'ont pas convaincu le député socialiste Paul Rivet. « Onze millions, c'est trop », fustige "
     "l'élu de l'Hérault, qui plaide pour la suppression pure et simple de l'Hadopi et pour une licence globale.",
     {("Paul Rivet", "hadopi-law"): "oppose", ("Paul Rivet", "global-license"): "support"}),
    # "l'institution" names the Hadopi again: no other antecedent for "la"
    ("Paul Rivet a répliqué que l'Hadopi « marche », chiffres de l'institution à l'appui, et qu'il serait "
     "« irresponsable de la supprimer au moment où le téléchargement illégal recule ».",
     {("Paul Rivet", "hadopi-law"): "support"}),
    # the name compared with is not the subject
    ("Anne Morvan veut inscrire la neutralité du net dans la loi. Paul Rivet va plus loin sur le logiciel libre. "
     "Tout comme Anne Morvan, il réclame que la neutralité du net soit inscrite dans la loi.",
     {("Anne Morvan", "net-neutrality"): "support", ("Paul Rivet", "free-software"): "support",
      ("Paul Rivet", "net-neutrality"): "support"}),
    # "Elle reste favorable à ..." is a person, whatever topic the sentence before had for subject
    ("Au PS, la députée Anne Morvan assume la rupture : la loi Hadopi sera abrogée et remplacée. Elle reste "
     "favorable à titre personnel à une contribution créative sur les abonnements.",
     {("Anne Morvan", "hadopi-law"): "oppose", ("Anne Morvan", "global-license"): "support"}),
    # the subject hung on the auxiliary is the participle's
    ("Anne Morvan (EELV, Loire-Atlantique) et Sylvie Floriac (PS, Maine-et-Loire) ont toutes deux signé le Pacte et "
     "s'engagent à défendre l'usage prioritaire des logiciels libres dans les administrations.",
     {("Anne Morvan", "free-software"): "support", ("Sylvie Floriac", "free-software"): "support"}),
    # "le candidat" right after a person given only a party, not the one the text called a candidate before
    ("Louis Perrin, candidat du MoDem, défend la Hadopi.\n\nChez les socialistes, Paul Rivet promet de « remplacer "
     "l'Hadopi par une grande loi ». Sur la licence globale, en revanche, le candidat reste prudent : il ne s'engage "
     "ni pour ni contre.",
     {("Louis Perrin", "hadopi-law"): "support", ("Paul Rivet", "hadopi-law"): "oppose",
      ("Paul Rivet", "global-license"): "neutral"}),
    # "son rejet d'ACTA": the possessive is who rejects, not the neutrality named before
    ("Anne Morvan réclame une loi sur la neutralité du net. Paul Rivet partage son rejet d'ACTA.",
     {("Anne Morvan", "net-neutrality"): "support", ("Paul Rivet", "internet-censorship"): "oppose"}),
])
def test_session_20_holders_and_antecedents(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_topic_inscribed_in_law_opening_an_answer(extractor):
    text = "Et la neutralité des réseaux ?\nC'est notre ligne rouge. Elle doit être inscrite dans la loi."
    assert positions(extractor, text, fmt="qa", speaker="Anne Morvan") == {("Anne Morvan", "net-neutrality"): "support"}


def test_a_levy_nobody_can_share_out_is_no_sidestep(extractor):
    # "dont personne ne sait comment ...": a charge against the levy, not the speaker's doubt
    text = ("Paul Rivet a parlé de la licence globale. « C'est une taxe dont personne ne sait comment elle serait "
            "répartie », a-t-il lancé.")
    assert positions(extractor, text).get(("Paul Rivet", "global-license")) != "neutral"


@pytest.mark.parametrize("text", [
    # "Signé à Rabat en 2010, il ..." is the agreement
    "Paul Rivet présidait la séance. L'accord de coopération a été adopté sans débat. Signé à Rabat en 2010, il "
    "prévoit la formation de cyberenquêteurs et des équipes communes d'enquête contre la cybercriminalité.",
    # "Le premier", "Le deuxième" count the themes, not the people named before
    "Le collectif a adressé un questionnaire à Paul Rivet, Anne Morvan et Louis Perrin.\n\nLe document est organisé "
    "en quatre thèmes. Le premier porte sur la création et le téléchargement. Le deuxième concerne les libertés en "
    "ligne : « Quelle est votre position sur le filtrage et le blocage administratif des sites ? »",
    # the "pour" of a body's name ("la Haute Autorité pour la diffusion ...") is no backing
    "Paul Rivet est né en 1958 à Cambrai. Membre de la commission des lois, il siège lors de l'examen du projet de "
    "loi Création et Internet en 2009, qui institue la Haute Autorité pour la diffusion des œuvres et la protection "
    "des droits sur Internet (Hadopi) et la réponse graduée.",
])
def test_session_20_facts_take_no_side(extractor, text):
    assert positions(extractor, text) == {}


@pytest.mark.parametrize("text", [
    "« Je veux que les citoyens participent directement à l'écriture des lois », a déclaré Paul Rivet.",
    "Pour Paul Rivet, Internet permet à chacun de participer à l'écriture de la loi.",
    "Paul Rivet propose une consultation publique sur Internet où tout citoyen pourrait déposer des amendements.",
    # "N'importe quel" is "any", no negation
    "« N'importe quel citoyen peut proposer un amendement », explique Paul Rivet.",
    "« Je veux que chaque électeur puisse proposer et voter des amendements en ligne à mes propositions de loi », a "
    "déclaré Paul Rivet.",
    "« Chaque proposition de loi que je déposerai sera d'abord soumise en ligne aux citoyens », a promis Paul Rivet.",
    "Paul Rivet veut permettre aux citoyens de construire les décisions avec leurs élus.",
    # "..., pas qui la subissent": the "pas" denies what follows it
    "« C'est cela, la démocratie que nous voulons : des citoyens qui écrivent la loi, pas qui la subissent », a lancé "
    "Paul Rivet.",
])
def test_e_democracy_citizens_writing_and_amending_the_law(extractor, text):
    assert positions(extractor, text) == {("Paul Rivet", "e-democracy"): "support"}


def test_a_plan_the_state_will_carry_out_in_the_authors_speech(extractor):
    text = ("Discours de Paul Rivet - Meeting de Toulouse\n\nMes amis, merci d'être venus. Et l'État, qui dépense des "
            "millions en licences de logiciels propriétaires, donnera la priorité aux logiciels libres dans toutes ses "
            "administrations.")
    assert positions(extractor, text, fmt="speech", speaker="Paul Rivet") == {("Paul Rivet", "free-software"): "support"}


def test_a_second_verb_joined_to_a_verbless_sentence(extractor):
    text = ("Même son de cloche, avec d'autres mots, chez la sénatrice UMP Anne Morvan, qui juge le plan « un bon "
            "début » mais estime que la priorité doit aller à la résorption des dernières zones blanches.")
    assert positions(extractor, text) == {("Anne Morvan", "digital-divide"): "support"}



def test_the_host_of_a_transcript_presented_by_her_holds_nothing(extractor):
    text = ("France Bleu - L'invité de 8h10\nTranscription de l'entretien du mardi 14 février 2012, présenté par Anne "
            "Morvan\n\nA.M. : Paul Rivet, bonjour. Vous êtes député du Nord. Autre sujet, la Loppsi 2 et le blocage des "
            "sites sans passer par un juge.\n\nP.R. : Bonjour Anne. La riposte graduée est d'abord pédagogique, et "
            "ceux qui promettent de l'abroger n'ont jamais expliqué comment ils paieraient les créateurs.")
    # (the subject of its own predicate before the comma is no dislocated topic; the charge
    # against a camp is the speaker's, in the speaker's turn)
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "support"}


@pytest.mark.parametrize("text, expected", [
    # the parser hangs "sur la neutralité" on the verb: it completes "toute loi"
    ("Paul Rivet s'oppose à toute loi sur la neutralité du net.", {("Paul Rivet", "net-neutrality"): "oppose"}),
    # "ou de ralentir" shares the "empêcher" that "de bloquer" hangs on
    ("Pour Paul Rivet, seule une règle contraignante empêchera les opérateurs de bloquer la voix sur IP ou de "
     "ralentir les services concurrents.", {("Paul Rivet", "net-neutrality"): "support"}),
    # "un premier pas" is a step, no negation
    ("Paul Rivet dénonce « un premier pas vers le filtrage généralisé ».", {("Paul Rivet", "internet-censorship"): "oppose"}),
    ("Paul Rivet a défendu, sans succès, un amendement donnant la priorité aux logiciels libres.",
     {("Paul Rivet", "free-software"): "support"}),
    # what a camp never told how it would do is what the speaker holds it to
    ("« Ceux qui veulent démanteler l'Hadopi n'ont jamais expliqué comment ils protégeraient le droit d'auteur », a "
     "déclaré Paul Rivet.", {("Paul Rivet", "hadopi-law"): "support", ("Paul Rivet", "copyright"): "support"}),
    # a closing quote mark inside "revenir sur"
    ("Pour Paul Rivet, il n'est « pas question de revenir » sur la loi Hadopi.", {("Paul Rivet", "hadopi-law"): "support"}),
    ("« Imposer des logiciels libres à nos agents, c'est de l'idéologie », a déclaré Paul Rivet.",
     {("Paul Rivet", "free-software"): "oppose"}),
    ("« Internet doit rester neutre », a lancé Paul Rivet.", {("Paul Rivet", "net-neutrality"): "support"}),
])
def test_session_20_second_round_cues(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Celui qui préside ..." right after a person was named is that person
    ("Présent dans la salle, le sénateur UMP Paul Rivet a reconnu que « le compte n'y est pas ». Celui qui préside "
     "l'association des maires ruraux du département veut que les zones blanches soient résorbées en priorité.",
     {("Paul Rivet", "digital-divide"): "support"}),
    # "Elle fait ... et veut ...": a person, whatever the sentence before had for subject
    ("Anne Morvan est candidate.\n\nFille d'agriculteurs, la candidate connaît le revers de la médaille : dans les "
     "communes du bocage, la connexion reste souvent poussive. Elle fait de la couverture des zones blanches une "
     "priorité et veut que la région accélère le déploiement de la fibre.",
     {("Anne Morvan", "digital-divide"): "support"}),
    # "tous trois" after a colon: the people the sentence named
    ("L'eurodéputée EELV Anne Morvan, Paul Rivet pour le Parti pirate et Louis Perrin pour Debout la République, "
     "venus d'horizons très différents, se retrouvent sur un point : tous trois rejettent ACTA, qu'ils accusent de "
     "menacer la liberté d'expression en ligne.",
     {("Anne Morvan", "internet-censorship"): "oppose", ("Paul Rivet", "internet-censorship"): "oppose",
      ("Louis Perrin", "internet-censorship"): "oppose"}),
])
def test_session_20_second_round_holders(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_the_bodies_a_candidate_will_run_in_her_speech(extractor):
    text = ("Discours de Paul Rivet, tête de liste aux régionales\n\nMes chers amis, merci d'être venus. Si nous sommes "
            "élus, la Région consacrera cent millions d'euros pour qu'aucune commune ne reste en zone blanche.")
    assert positions(extractor, text, fmt="speech", speaker="Paul Rivet") == {("Paul Rivet", "digital-divide"): "support"}


def test_a_menu_ending_on_agenda_before_the_sites_name_is_no_agenda(extractor, tmp_path):
    # "... · Agenda" then "NUMÉRIQUE & SOCIÉTÉ": no "agenda numérique"
    from stancegraph.ingest import read_document
    path = tmp_path / "webzine.txt"
    path.write_text("NUMÉRIQUE & SOCIÉTÉ | Le webzine des libertés en ligne\nInterviews · Dossiers · Brèves · Agenda\n\n"
                    "« Nous ne sommes pas un parti monothématique »\nPar Karim Dupuis — 3 avril 2012 — 42 réactions\n\n"
                    "Tête de liste du Parti pirate dans le Rhône pour les législatives, Anne Morvan, 31 ans, développeuse, "
                    "veut prouver que son mouvement a des idées sur tout. Entretien.\n\n"
                    "**On réduit souvent le Parti pirate à l'Hadopi. À tort ?**\nComplètement. L'Hadopi, c'est le "
                    "symptôme.\n\n**Et la neutralité du net ?**\nC'est la condition de tout le reste. Il faut graver la "
                    "neutralité du réseau dans la loi.\n", encoding="utf-8")
    found = {(p.holder, p.topic): p.polarity for p in extractor.extract(read_document(path)).positions}
    assert found.get(("Anne Morvan", "net-neutrality")) == "support"


def test_a_relative_qui_is_no_nearer_subject(extractor):
    # "siège" read as a noun with both "Le député" and "qui" its subjects
    text = ("Le député UMP de la Moselle Paul Rivet a posé une question écrite.\n\nLe député, qui siège à la commission "
            "des affaires économiques, profite de la même question pour s'inquiéter de la montée des escroqueries en "
            "ligne et demande un renforcement des effectifs de gendarmes spécialisés dans la cybercriminalité.")
    assert positions(extractor, text) == {("Paul Rivet", "cybercrime"): "support"}


def test_voters_writing_politics_rather_than_enduring_it(extractor):
    text = "« Je veux que les électeurs écrivent la politique avec nous, pas qu'ils la subissent », a lancé Paul Rivet."
    assert positions(extractor, text) == {("Paul Rivet", "e-democracy"): "support"}


@pytest.mark.parametrize("text, expected", [
    # "généralisé" says how far the filtering reaches, no backing of it
    ("La socialiste Anne Morvan y voit au contraire « le premier pas vers un filtrage généralisé d'Internet ».",
     {("Anne Morvan", "internet-censorship"): "oppose"}),
    # the charge holds whatever denies it around
    ("« Nous voulons que les artistes soient mieux payés, mais pas au prix d'une surveillance généralisée des "
     "échanges », a dit Anne Morvan.",
     {("Anne Morvan", "copyright"): "support", ("Anne Morvan", "internet-censorship"): "oppose"}),
    # access that reaches everyone is no measure of control
    ("Anne Morvan réclame un accès généralisé au très haut débit.", {("Anne Morvan", "digital-divide"): "support"}),
    # "son opposition au blocage": "son" is who opposes, not the neutrality named before
    ("Paul Rivet réclame la neutralité du net. Il a aussi redit son opposition au blocage sans juge prévu par la Loppsi.",
     {("Paul Rivet", "net-neutrality"): "support", ("Paul Rivet", "internet-censorship"): "oppose"}),
])
def test_session_20_generalised_filtering_and_ones_own_opposition(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a subject inside a relative clause ("où X a dépassé ...") does not put X in play
    ("Paul Rivet, conseiller municipal, porte les couleurs du MoDem dans une circonscription où François Bayrou a "
     "dépassé les 12 %. Il se dit hostile à la loi Hadopi.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    # the one person a sentence names as the object of its verb comes into play
    ("Le président de la Haute Autorité, Marc Delorme, a présenté ses chiffres. Ces chiffres n'ont pas convaincu "
     "Paul Rivet. Le député socialiste promet que la gauche « abrogera l'Hadopi dès 2012 ».",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    # (also the name beside the object's role noun)
    ("« Le taux de récidive est faible », a fait valoir Marc Delorme, secrétaire général de l'institution. Ce bilan "
     "n'a pas convaincu le député socialiste Paul Rivet, pour qui la riposte graduée « a coûté 12 millions d'euros ». "
     "L'élu, qui suit le dossier depuis 2009, réclame la suppression de la Haute Autorité.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    # a fronted participle cut off by the parser before its comma; each name on its role noun
    ("Rejetant tous deux la réponse graduée, la socialiste Anne Morvan (Maine-et-Loire) et le souverainiste Paul "
     "Rivet (Moselle) promettent de voter l'abrogation de la loi Hadopi dès la rentrée.",
     {("Anne Morvan", "hadopi-law"): "oppose", ("Paul Rivet", "hadopi-law"): "oppose"}),
    # what a colon announces after "X n'en démord pas", with a hyphenated place name before it
    ("Le député sortant Paul Rivet (UMP, Côtes-d'Armor), lui, n'en démord pas : la Haute Autorité « a fait ses "
     "preuves » et il votera contre toute suppression.",
     {("Paul Rivet", "hadopi-law"): "support"}),
    # a count inside the role's relative clause is no counted group
    ("Le débat opposait le député Paul Rivet et la sénatrice Anne Morvan. Le député, qui a voté contre les deux lois "
     "en 2009, juge la riposte graduée « inefficace et humiliante ».",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
])
def test_session_21_holders(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_an_acronym_of_a_topic_after_a_capitalised_verb_is_no_person(extractor):
    # ("Regardez ACTA" is no "Prénom NOM"; "les gendarmes du net" of ACTA is no policing backed)
    text = ("Discours de Paul Rivet\n\nRegardez ACTA, cet accord négocié en secret, qui veut faire des fournisseurs "
            "d'accès les gendarmes du net ! Je dis non à ACTA.")
    found = positions(extractor, text, fmt="speech", speaker="Paul Rivet")
    assert found == {("Paul Rivet", "internet-censorship"): "oppose"}


def test_closing_the_high_authority_repeals_it(extractor):
    assert positions(extractor, "Anne Morvan promet qu'elle fermera la Haute Autorité.") == \
        {("Anne Morvan", "hadopi-law"): "oppose"}


@pytest.mark.parametrize("answer", [
    # "disent" hung on "supprimer": the charge is read off the words
    "Donc oui, l'Hadopi fait son travail de pédagogie, et ceux qui promettent de la supprimer ne disent jamais par "
    "quoi ils la remplaceraient.",
    "Neuf internautes sur dix ne recommencent pas. Ceux qui veulent démanteler la Haute Autorité n'ont rien à proposer.",
])
def test_a_camp_charged_when_the_parser_lost_the_clause(extractor, answer):
    text = "Quelle est votre position sur la Hadopi ?\n" + answer
    assert positions(extractor, text, fmt="qa", speaker="Paul Rivet") == {("Paul Rivet", "hadopi-law"): "support"}


def test_no_question_of_voices_the_person_in_play(extractor):
    text = ("Son programme tient en peu de lignes. La candidate Anne Morvan veut ramener la durée du droit d'auteur à "
            "vingt ans. Pas question pour autant d'une licence globale, qu'elle juge « une taxe de plus ».")
    assert positions(extractor, text).get(("Anne Morvan", "global-license")) == "oppose"


def test_no_question_of_giving_up_keeps(extractor):
    # "pour autant" is no "pour" of purpose: the infinitive is what is ruled out
    text = ("Le député Paul Rivet veut retirer la coupure de l'accès. Pas question pour autant de renoncer au dispositif : "
            "« La Haute Autorité a prouvé qu'un simple avertissement suffit »."
            )
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "mixed"}


def test_nobody_left_out_of_broadband_and_aucun_is_no_first_name(extractor):
    text = "« Aucun Cantalien ne doit rester à l'écart du très haut débit », a plaidé le président, Paul Rivet (PS)."
    assert positions(extractor, text) == {("Paul Rivet", "digital-divide"): "support"}


def test_a_generic_role_under_a_candidates_heading_is_that_candidate(extractor):
    # the party's name in the role ("Europe Écologie-Les Verts") makes no second subject
    text = ("Anne Morvan (écologistes)\nLa candidate d'Europe Écologie-Les Verts veut supprimer l'Hadopi dès l'été.\n"
            "Paul Rivet (PS)\nLe socialiste veut une licence globale.")
    assert positions(extractor, text).get(("Anne Morvan", "hadopi-law")) == "oppose"


def test_a_first_name_cut_by_a_sentence_bound_is_the_same_person():
    from stancegraph.extract.people import PersonIndex
    index = PersonIndex()
    short = index.add_full("Sophie Morvan", 10)
    full = index.add_full("Anne-Sophie Morvan", 4)
    assert full is short and full.name == "Anne-Sophie Morvan"


def test_a_hyphenated_word_does_not_end_the_sentence(extractor):
    text = ("Anne Morvan revendique une campagne « à 50 % sur le web ». « Je réponds moi-même sur Twitter, je fais des "
            "vidéos chaque semaine, et ça marche », a-t-elle raconté.")
    assert positions(extractor, text) == {("Anne Morvan", "social-media-campaigning"): "support"}


def test_a_fronted_topic_is_not_what_the_adjective_after_the_verb_governs(extractor):
    # "favorable" governs "son abrogation", not the fronted "Sur la loi Hadopi"
    text = "Sur la loi Hadopi, le centriste Paul Rivet se dit favorable à son abrogation."
    assert positions(extractor, text) == {("Paul Rivet", "hadopi-law"): "oppose"}


def test_they_with_no_pair_in_play_is_the_other_side_in_a_speech(extractor):
    text = ("Discours de Paul Rivet, candidat du Front de gauche\n\nMes amis, merci d'être venus. "
            "Ils ont voté la loi Hadopi, ils ont voté la Loppsi. Nous, nous abrogerons la loi Hadopi.")
    assert positions(extractor, text, fmt="speech", speaker="Paul Rivet") == {("Paul Rivet", "hadopi-law"): "oppose"}


def test_fighting_for_a_clause_backs_it_in_a_portrait(extractor):
    # in a portrait a bare mention is no position; "se battre pour que ..." is a cue
    text = ("Portrait : Anne Morvan, l'institutrice qui veut entrer au Palais-Bourbon\n\nAnne Morvan, 45 ans, est née "
            "à Rodez. Ancienne institutrice, elle a été élue conseillère municipale en 2008. Elle promet de se battre "
            "pour que chaque village ait accès au haut débit.")
    assert positions(extractor, text) == {("Anne Morvan", "digital-divide"): "support"}


def test_the_two_women_are_the_women_named(extractor):
    text = ("Anne Morvan (PS) signe le pacte. Paul Rivet (UMP) se montre plus prudent. Léa Colin (DLR) n'a pas "
            "répondu.\nDémocratie en ligne\nSur ce point, les deux femmes se rejoignent. Toutes deux veulent que "
            "les projets de loi soient publiés en ligne avant leur examen.")
    assert positions(extractor, text) == {("Anne Morvan", "e-democracy"): "support",
                                          ("Léa Colin", "e-democracy"): "support"}


def test_banning_any_discrimination_of_traffic_backs_neutrality(extractor):
    text = "Pour Anne Morvan, il faut une loi qui interdise clairement toute discrimination du trafic."
    assert positions(extractor, text) == {("Anne Morvan", "net-neutrality"): "support"}


def test_nothing_prevents_deplores_what_is_not_prevented(extractor):
    text = ("« Aujourd'hui, rien n'empêche un fournisseur d'accès de ralentir un service concurrent du sien », a "
            "dénoncé Anne Morvan.")
    assert positions(extractor, text) == {("Anne Morvan", "net-neutrality"): "support"}


@pytest.mark.parametrize("text, expected", [
    # the relative clause hung on the main verb: read off the words
    ("Anne Morvan parle souvent de la licence globale, qu'elle juge injuste.",
     {("Anne Morvan", "global-license"): "oppose"}),
    # (a complement with "à" under the verb keeps the mention's own verdict)
    ("Les deux candidates, Léa Colin et Anne Morvan, disent consacrer chaque soir du temps à Twitter et à Facebook, "
     "qu'elles jugent indispensables pour toucher les jeunes.",
     {("Léa Colin", "social-media-campaigning"): "support", ("Anne Morvan", "social-media-campaigning"): "support"}),
])
def test_a_verdict_in_a_relative_clause_after_the_mention(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # someone else's backing, in a participle with its own agent
    ("Paul Rivet veut abroger la loi Hadopi. En revanche, il se montre désormais prudent sur la licence "
     "globale, défendue par le parti en 2009.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    # taking it up as one's own
    ("Le conseiller régional Paul Rivet a repris à son compte la contribution créative proposée par son parti.",
     {("Paul Rivet", "global-license"): "support"}),
])
def test_a_participle_with_its_own_agent_is_someone_elses_backing(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_party_acronym_before_a_name_is_not_part_of_it():
    from stancegraph.extract.people import clean_name
    assert clean_name("l'UMP Agnès Morvan") == ["Agnès", "Morvan"]
    assert clean_name("UMP Agnès Morvan") == ["Agnès", "Morvan"]
    assert clean_name("PATRICK DURAND") == ["Patrick", "Durand"]


def test_a_mention_before_a_colon_is_not_held_by_the_clause_after_it(extractor):
    # the parser makes "taxe" part of "les artistes vivent ...", whose subject is nobody named
    text = ("Et comment vivent les artistes, dans votre modèle ?\nLe partage non commercial entre particuliers doit "
            "être légal, point. Pas de taxe sur l'abonnement : les artistes vivent des concerts, des dons, des ventes "
            "de disques.")
    assert positions(extractor, text, fmt="qa", speaker="Paul Rivet").get(("Paul Rivet", "global-license")) == "oppose"


@pytest.mark.parametrize("text, expected", [
    # ACTA "fait des fournisseurs d'accès les policiers du web": no policing backed
    ("À ses yeux, le texte « ferait des fournisseurs d'accès les policiers du web », a dit Anne Morvan, qui refuse ACTA.",
     {("Anne Morvan", "internet-censorship"): "oppose"}),
    # "l'association X Libre" is no person
    ("L'association Cher Libre a adressé, comme lors des précédents scrutins, son questionnaire aux candidats aux "
     "législatives du département et leur a proposé de signer le Pacte du logiciel libre. Sur les 23 candidats "
     "sollicités, 6 ont répondu.",
     {}),
])
def test_session_21_no_false_people_nor_police(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_rapporteurs_function_in_a_biography_is_no_position(extractor):
    text = ("Paul Rivet (homme politique)\n\nPaul Rivet, né en 1958 à Tulle, est un homme politique français. Élu député "
            "en 2002, il est membre de la commission des affaires culturelles, et rapporteur pour avis de plusieurs "
            "crédits budgétaires consacrés à l'audiovisuel et au développement du très haut débit.")
    assert positions(extractor, text) == {}


@pytest.mark.parametrize("text, expected", [
    # the name hung on the role's place: "Pour le député PS du Finistère X," opens X's view, and
    # "L'élu" after it is X, not the official quoted before
    ("Seuls 165 dossiers ont atteint la troisième étape, a précisé Éric Morvan, secrétaire général de la commission de "
     "protection des droits, ajoutant qu'« aucun abonné n'a encore été condamné ». Pour le député PS du Finistère "
     "Yannick Rivet, ces chiffres montrent « un dispositif coûteux et inutile ». L'élu plaide pour une contribution "
     "de quelques euros prélevée sur chaque abonnement à internet.",
     {("Yannick Rivet", "global-license"): "support"}),
    # the interviewer of a transcript with initials speaks no position
    ("Anne Morvan, députée UMP du Var, était ce matin l'invitée de Paul Rivet. Extraits.\n\n"
     "P.R. : Le PS propose une licence globale. Vous êtes d'accord ?\n"
     "A.M. : La licence globale, c'est faire payer tous les abonnés pour une rémunération au doigt mouillé. "
     "Je suis contre, et les artistes que je rencontre le sont aussi.\n"
     "P.R. : On vous reproche aussi d'avoir voté le blocage de sites sans passer par un juge.\n",
     {("Anne Morvan", "global-license"): "oppose"}),
])
def test_session_22_holders(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name in a speaker's title is no cue
    ("Selon Paul Rivet, chef adjoint de l'office central chargé de la lutte contre la criminalité informatique, "
     "une liste de quelques centaines d'adresses pourrait être transmise aux opérateurs.", {}),
    # "un pouvoir de police" charged on ACTA is no cybercrime policing
    ("Pour Anne Morvan, « cet accord négocié dans le dos des peuples confie aux fournisseurs d'accès un pouvoir de "
     "police sur Internet ».", {}),
    # the consequence warned of is the stake of an argument, no side on it
    ("« Je ne crois pas à une neutralité absolue : les opérateurs doivent pouvoir gérer leur trafic, faute de quoi "
     "personne n'investira dans la fibre », a dit Anne Morvan.",
     {("Anne Morvan", "net-neutrality"): "oppose"}),
    # (but the harm warned of is backed away from)
    ("« Tous les flux doivent être traités de la même manière, sinon nous aurons un internet à deux vitesses », "
     "a dit Anne Morvan.",
     {("Anne Morvan", "net-neutrality"): "support"}),
])
def test_session_22_no_cue_in_names_nor_warnings(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Anne Morvan ne se dit « ni pour ni contre » le logiciel libre et attend une étude de coûts.",
     {("Anne Morvan", "free-software"): "neutral"}),
    ("Sur la neutralité du net, Paul Rivet explique ne pas avoir « d'avis arrêté ».",
     {("Paul Rivet", "net-neutrality"): "neutral"}),
    ("Anne Morvan se méfie en revanche d'une neutralité du net « gravée dans le marbre ».",
     {("Anne Morvan", "net-neutrality"): "oppose"}),
    ("Anne Morvan, porte-parole du mouvement, a présenté le programme culturel. Quant à la licence globale, c'est "
     "non : « Mettre la culture au forfait, c'est renoncer à rémunérer les œuvres », tranche-t-elle.",
     {("Anne Morvan", "global-license"): "oppose"}),
    ("« On met le doigt dans l'engrenage du filtrage », a lancé Paul Rivet.",
     {("Paul Rivet", "internet-censorship"): "oppose"}),
])
def test_session_22_polarity(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("answer", [
    "Notre programme est rédigé sur un wiki ouvert : chaque citoyen peut l'amender.",
    "Plus de 600 personnes ont amendé notre programme sur un wiki ouvert à tous.",
    "Oui, sur un wiki ouvert à tous, chaque article a été amendé par des centaines de personnes.",
])
def test_a_programme_written_on_an_open_wiki_is_e_democracy(extractor, answer):
    text = f"Comment avez-vous écrit votre programme ?\n{answer}"
    assert positions(extractor, text, fmt="qa", speaker="Paul Rivet") == {("Paul Rivet", "e-democracy"): "support"}


def test_very_little_for_us_answers_no(extractor):
    text = "Et la licence globale ?\nTrès peu pour nous."
    assert positions(extractor, text, fmt="qa", speaker="Paul Rivet") == {("Paul Rivet", "global-license"): "oppose"}


@pytest.mark.parametrize("text, expected", [
    # a relative clause in the plural on the last of two conjoined names is the pair's
    ("Anne Morvan veut abroger la loi Hadopi. Sur ce point, elle rejoint Paul Rivet et Marc Leduc, qui veulent eux "
     "aussi supprimer la Haute Autorité.",
     {("Anne Morvan", "hadopi-law"): "oppose", ("Paul Rivet", "hadopi-law"): "oppose",
      ("Marc Leduc", "hadopi-law"): "oppose"}),
    # the cleft's verb judges its focus, whatever the parser hangs the focus on
    ("Paul Rivet, député UMP, a été interrogé mardi. « Ce que je refuse, en revanche, c'est la licence globale "
     "que propose la gauche », a-t-il dit.",
     {("Paul Rivet", "global-license"): "oppose"}),
    # "ouvrir les hostilités" is no judgement: the verdict after it decides
    ("Paul Rivet, le candidat socialiste, a ouvert les hostilités en qualifiant l'Hadopi de « machine à punir qui "
     "n'a jamais rapporté un euro aux artistes ».",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    # what "certains" did, the speaker sets apart
    ("Anne Morvan, secrétaire d'État, a pris la parole au colloque. « Je sais que certains, ici même, ont critiqué "
     "l'Hadopi. Mais je défends la Haute Autorité », a-t-elle dit.",
     {("Anne Morvan", "hadopi-law"): "support"}),
])
def test_session_22_sentences(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pour le député Paul Rivet, « confier à la police le pouvoir de rendre un site invisible sans juge, c'est "
     "tourner le dos à la liberté d'expression ».",
     {("Paul Rivet", "internet-censorship"): "oppose"}),
    ("Pour Anne Morvan, les électeurs « doivent pouvoir écrire la loi avec nous ».",
     {("Anne Morvan", "e-democracy"): "support"}),
    ("Pour Anne Morvan, la campagne se joue aussi en ligne.",
     {("Anne Morvan", "social-media-campaigning"): "support"}),
    ("Paul Rivet l'a dit : « Notre campagne se fait aussi sur le net. »",
     {("Paul Rivet", "social-media-campaigning"): "support"}),
    ("Anne Morvan veut « des réseaux qui restent neutres ».",
     {("Anne Morvan", "net-neutrality"): "support"}),
])
def test_session_22_topic_forms(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a transcript's initials before a dash label the turns; the presenter's turns hold nothing
    ("RADIO ARMOR — « Le Grand Entretien du matin »\nInvité : Paul Rivet, sénateur UMP. Présentation : Anne Morvan.\n\n"
     "A.M. — Paul Rivet, bonjour. La gauche promet de supprimer l'Hadopi. Vous allez la défendre ?\n\n"
     "P.R. — Bonjour. L'Hadopi fonctionne, et la riposte graduée doit être maintenue.\n\n"
     "A.M. — Et la licence globale ?\n\n"
     "P.R. — J'y suis fermement opposé.\n",
     {("Paul Rivet", "hadopi-law"): "support", ("Paul Rivet", "global-license"): "oppose"}),
])
def test_initials_before_a_dash_label_a_transcript(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Celui qui" with a past act is the person just named (a present act reads as anyone)
    ("À gauche, le député Paul Rivet ironise sur le coût du dispositif. Celui qui s'était fait remarquer lors des "
     "débats de 2009 plaide de nouveau pour la suppression de la Haute Autorité.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    # "tous" after a colon is the group the clause before it named
    ("Trois candidats ont répondu. Marc Leduc veut abroger la Hadopi. Paul Rivet veut la garder. Anne Morvan "
     "hésite.\n\nSur ce point, les trois candidats se rejoignent : tous souhaitent que l'administration donne la "
     "priorité aux logiciels libres dans ses marchés publics.",
     {("Marc Leduc", "hadopi-law"): "oppose", ("Paul Rivet", "hadopi-law"): "support",
      ("Marc Leduc", "free-software"): "support", ("Paul Rivet", "free-software"): "support",
      ("Anne Morvan", "free-software"): "support"}),
    # a name in capitals run into its paragraph heads it; "elle" who rallies or prefers is a person
    ("Trois députés, trois lignes.\n\nANNE MORVAN (PS). La députée de Reims, qui s'est illustrée lors du débat de "
     "2009, n'a pas varié : l'Hadopi doit disparaître. Mais elle ne se rallie pas pour autant à la licence globale ; elle préfère faire contribuer "
     "les plateformes.\n\nPAUL RIVET (UMP). Le député reste un défenseur convaincu de la loi Création et Internet.",
     {("Anne Morvan", "hadopi-law"): "oppose", ("Anne Morvan", "global-license"): "oppose",
      ("Paul Rivet", "hadopi-law"): "support"}),
    # a surname the tagger takes for a pronoun (still tagged as an entity) is the person
    ("Le socialiste Gilles Machelonne a débattu lundi sur la Hadopi.\n\nL'affaire est entendue : la Haute "
     "Autorité doit disparaître. Machelonne veut la remplacer.",
     {("Gilles Machelonne", "hadopi-law"): "oppose"}),
    # a role set off by commas after a name, made the subject by the parser, is that name
    ("Chez EELV, Nadia Souvrechet, porte-parole, défend depuis longtemps la licence globale.",
     {("Nadia Souvrechet", "global-license"): "support"}),
])
def test_session_23_holders(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "ni pour ni contre X" is neutral on X, whatever else the sentence says
    ("Paul Rivet, sénateur, a répondu. « Je ne suis ni pour ni contre le logiciel libre, c'est aux administrations "
     "de choisir l'outil le plus adapté », dit-il.",
     {("Paul Rivet", "free-software"): "neutral"}),
    ("Anne Morvan, candidate MoDem, se garde de prendre parti sur la licence globale.",
     {("Anne Morvan", "global-license"): "neutral"}),
    ("Paul Rivet n'a pas aujourd'hui d'avis tranché sur la licence globale.",
     {("Paul Rivet", "global-license"): "neutral"}),
    # a licence told by the sharing it makes legal is put forward
    ("Pour la porte-parole Anne Morvan, l'alternative existe : une contribution créative de quelques euros par mois, "
     "acquittée avec l'abonnement à Internet, qui légaliserait les échanges non marchands entre particuliers.",
     {("Anne Morvan", "global-license"): "support", ("Anne Morvan", "copyright"): "mixed"}),
    # the fibre financed by paid managed services is the stake of a case against neutrality
    ("Mais Anne Morvan a jugé le texte « prématuré », refusant « une neutralité absolue qui interdirait aux "
     "opérateurs de gérer leurs réseaux » et défendant des services gérés payants pour financer les "
     "investissements dans la fibre.",
     {("Anne Morvan", "net-neutrality"): "oppose"}),
    # a harm said to grow is a call to fight it
    ("« Il faut plus d'enquêteurs spécialisés, la cybercriminalité progresse bien plus vite que nos moyens », "
     "estime Paul Rivet.",
     {("Paul Rivet", "cybercrime"): "support"}),
    # what a policy frees us from backs it
    ("« Avec le logiciel libre et les formats ouverts, nous ne dépendons plus du bon vouloir d'un éditeur "
     "américain », se félicite Paul Rivet.",
     {("Paul Rivet", "free-software"): "support"}),
    ("Pour Anne Morvan, la migration vers le libre est un choix idéologique.",
     {("Anne Morvan", "free-software"): "oppose"}),
])
def test_session_23_polarity(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Paul Rivet a fustigé un blocage « sans juge, inefficace et dangereux pour les libertés ».",
     {("Paul Rivet", "internet-censorship"): "oppose"}),
    ("Anne Morvan propose une « contribution culturelle » de deux euros par mois, payée avec l'abonnement.",
     {("Anne Morvan", "global-license"): "support"}),
    ("Marc Leduc a plaidé pour un forfait social internet à moins de dix euros.",
     {("Marc Leduc", "digital-divide"): "support"}),
    ("Paul Rivet plaide pour un fonds de péréquation alimenté par les opérateurs.",
     {("Paul Rivet", "digital-divide"): "support"}),
    ("Anne Morvan veut que chaque texte important fasse l'objet d'une consultation ouverte en ligne.",
     {("Anne Morvan", "e-democracy"): "support"}),
    ("Marc Leduc réclame un renforcement de la lutte contre les sites de streaming illégaux.",
     {("Marc Leduc", "copyright"): "support"}),
])
def test_session_23_topic_forms(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name heading in capitals with a role after it heads its section
    ("Trois candidats face au numérique\n\nANNE MORVAN (PS), députée sortante\nÉlue en 2007, elle met en avant son "
     "action contre les escroqueries en ligne.\n\nPAUL RIVET (UMP)\nIl veut garder la Hadopi.",
     {("Anne Morvan", "cybercrime"): "support", ("Paul Rivet", "hadopi-law"): "support"}),
    # "ceux qui veulent X n'ont rien d'autre à proposer" charges them
    ("Pour Anne Morvan, « ceux qui veulent supprimer l'Hadopi n'ont rien d'autre à proposer que le pillage ».",
     {("Anne Morvan", "hadopi-law"): "support"}),
    # "en" completing the noun that acts on the topic named before
    ("L'Hadopi, d'abord. Sans surprise, Paul Rivet (Front de gauche) et Marc Leduc (Parti pirate) en réclament "
     "tous deux l'abrogation pure et simple.",
     {("Paul Rivet", "hadopi-law"): "oppose", ("Marc Leduc", "hadopi-law"): "oppose"}),
    # a relative clause after a comma, hung on the mention's complement
    ("Anne Morvan a parlé. « Une taxe sur l'abonnement, dont nous ne voulons pas. »",
     {("Anne Morvan", "global-license"): "oppose"}),
    # the one a transcript's header names for the questions only asks them
    ("La matinale - Transcription\n\nInvitée : Anne Morvan, députée UMP. Questions : Julie Ravel.\n\n"
     "J.R. : Anne Morvan, bonjour. Dernière question, sur la sécurité. Les escroqueries en ligne explosent...\n\n"
     "A.M. : Il faut plus de cyberenquêteurs, c'est ma priorité.\n",
     {("Anne Morvan", "cybercrime"): "support"}),
])
def test_session_23_second_part(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_pour_qui_backs_nothing(extractor):
    # "pour qui" opens a relative clause about a person: its "pour" backs nothing after it
    text = ("« C'est une victoire », s'est félicité l'eurodéputé Paul Rivet, pour qui ACTA « faisait des "
            "fournisseurs d'accès la police privée d'internet ».")
    assert positions(extractor, text).get(("Paul Rivet", "internet-censorship")) != "support"


@pytest.mark.parametrize("text, expected", [
    # putting blocking under a judge restrains it; refusing to is backing it
    ("Paul Rivet propose un amendement qui soumet tout blocage de site à l'autorisation préalable d'un juge.",
     {("Paul Rivet", "internet-censorship"): "oppose"}),
    ("Marc Leduc refuse de soumettre le blocage des sites à la décision d'un juge.",
     {("Marc Leduc", "internet-censorship"): "support"}),
    ("Anne Morvan a fait installer six points d'accès wifi gratuits dans les quartiers où beaucoup de foyers "
     "n'ont pas internet.",
     {("Anne Morvan", "digital-divide"): "support"}),
    ("Marc Leduc se dit très attaché à la consultation des citoyens en ligne.",
     {("Marc Leduc", "e-democracy"): "support"}),
    ("Paul Rivet refuse une taxe sur tous les internautes, même ceux qui ne téléchargent pas.",
     {("Paul Rivet", "global-license"): "oppose"}),
    ("Anne Morvan veut qu'on donne enfin à la police les moyens de remonter les réseaux.",
     {("Anne Morvan", "cybercrime"): "support"}),
])
def test_session_23_judge_and_forms(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_function_beside_a_name_in_a_programme_is_no_position(extractor):
    # "Avec X, député, auteur d'une proposition de loi sur la neutralité de l'internet": the
    # function set beside a name, with no verb, says what the person did, not where they stand
    # (the negative document of hold-out set 251, a colloquium's programme, got this position)
    doc = read_document(Path(__file__).parent / "gold-holdout251" / "docs" / "negatif-programme-colloque-droit-internet.txt")
    assert [(p.holder, p.topic) for p in extractor.extract(doc).positions] == []


def test_nobody_answers_a_faq(extractor):
    # a FAQ is the institution's; the mayor named in its lead holds none of its answers
    text = ("Fibre optique : vos questions, nos réponses\n\nLe conseil municipal, réuni sous la présidence du "
            "maire, Paul Rivet, a approuvé la convention avec l'opérateur.\n\n"
            "Ma maison est en zone blanche. La fibre y changera-t-elle quelque chose ?\n"
            "La fibre concerne l'accès fixe à internet.\n")
    assert positions(extractor, text, fmt="qa") == {}


@pytest.mark.parametrize("text, expected", [
    # the role nearer a name, with its own article, is that person's: the candidate is the
    # portrait's subject, not his running mate
    ("PORTRAIT\nPaul Rivet, le centriste qui code\nCinq ans plus tard, le voilà candidat, avec une suppléante "
     "infirmière, Anne Morvan, et un petit budget. Le candidat se dit hostile à la loi Hadopi.",
     {("Paul Rivet", "hadopi-law"): "oppose"}),
    # "PARTY - Name, role" heads a section, and the party's line in it is the candidate's
    ("Ce que proposent les partis\nPS - Anne Morvan, secrétaire nationale adjointe\nPour la députée, le PS veut "
     "supprimer la Hadopi dès l'été.\nUMP - Paul Rivet, délégué à la culture\nLe député défend la riposte graduée.",
     {("Anne Morvan", "hadopi-law"): "oppose", ("Paul Rivet", "hadopi-law"): "support"}),
    # a role nobody holds yet, opening the sentence after the one woman named without a role
    ("Sur les bancs de la gauche, la critique est venue d'Anne Morvan. Pour la députée écologiste, « le blocage "
     "administratif des sites, c'est une censure qui ne dit pas son nom ».",
     {("Anne Morvan", "internet-censorship"): "oppose"}),
    # an office nobody holds yet, opening the sentence after a man named with only a party
    ("Chez les écologistes, Paul Rivet ne s'embarrasse pas de nuances. L'eurodéputé veut supprimer la Hadopi dès "
     "l'été.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    # what someone wishes the State to do is her wish, not the State's act
    ("Anne Morvan (PS), députée sortante, reprend ses combats. Elle promet de déposer une proposition de loi sur les "
     "données personnelles, et souhaite que l'État donne la priorité aux logiciels libres dans ses marchés publics.",
     {("Anne Morvan", "free-software"): "support", ("Anne Morvan", "personal-data"): "support"}),
    # "nous" before a future the tagger took for a noun is its subject
    ("Paul Rivet (Front de gauche) était l'invité de la matinale.\nP.R. : J'y vois surtout des citoyens traités comme "
     "des suspects. L'Hadopi, c'est la police des internautes, et nous l'abrogerons, purement et simplement, dès "
     "l'été.", {("Paul Rivet", "hadopi-law"): "oppose"}),
    # an inverted incise names the speaker of the whole sentence
    ("Anne Morvan a voté contre le texte. La rémunération des auteurs, insiste-t-elle, « doit rester au coeur de "
     "tout ».", {("Anne Morvan", "copyright"): "support"}),
    # "Sur X, elle botte en touche": the sidestep is on the topic the sentence opens with
    ("Anne Morvan défend la riposte graduée. Sur la licence globale, en revanche, la porte-parole botte en touche : "
     "« Ce n'est ni exclu ni acquis, une concertation décidera », répond-elle.",
     {("Anne Morvan", "hadopi-law"): "support", ("Anne Morvan", "global-license"): "neutral"}),
])
def test_session_24_holders(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_a_territory_under_a_title_is_no_person():
    # "Circonscription de Morlaix - Publié le ..." under a questionnaire's title had taken
    # the respondent's place (ingest/data/not_names.txt)
    from stancegraph.extract.people import PersonIndex
    from stancegraph.ingest.resources import not_names

    index = PersonIndex(title_words=not_names())
    assert index.add_full("Circonscription de Morlaix", 0) is None
    assert index.add_full("Yann Kerdoual", 10) is not None


@pytest.mark.parametrize("text, expected", [
    # waiting for a judge is what blocking without one spares: judged as letting harm go on,
    # it backs the blocking ...
    ("« Attendre un juge, c'est laisser ces vidéos en ligne pendant des semaines », estime Paul Rivet.",
     {("Paul Rivet", "internet-censorship"): "support"}),
    # ... and a pronoun after it takes up the measure, not the waiting
    ("Paul Rivet assume le blocage administratif. « Attendre une décision de justice, c'est laisser faire. "
     "Cet article, je l'ai voté et je le revoterai. »",
     {("Paul Rivet", "internet-censorship"): "support"}),
    # what neutrality would forbid is said of neutrality, not backed by the speaker
    ("Anne Morvan se dit attachée à un internet ouvert. Mais pour elle, une neutralité absolue interdirait "
     "toute gestion du trafic.",
     {("Anne Morvan", "net-neutrality"): "mixed"}),
    # a first-person future the tagger missed ("abrogerai" tagged an adjective)
    ("« Je le dis sans détour : président, j'abrogerai la loi Hadopi et je rendrai cet argent aux artistes », "
     "a lancé Paul Rivet.",
     {("Paul Rivet", "hadopi-law"): "oppose", ("Paul Rivet", "copyright"): "support"}),
    # an office's portfolio names the office, not a side
    ("Puis-je rencontrer un élu ?\nMme Anne Morvan, adjointe déléguée à l'aménagement numérique, reçoit le "
     "samedi matin.", {}),
    # a licence told by what it takes with the subscription and whom it pays is put forward
    ("Paul Rivet, candidat, a conclu son meeting. « La solution existe : une contribution de trois euros, payée "
     "avec l'abonnement à Internet, reversée aux artistes. »",
     {("Paul Rivet", "global-license"): "support"}),
    # "Pour" before a person's role opens their view; it backs nothing (here the parser hangs
    # the law under the role, and "qu'il faut abroger" is too far down to be read)
    ("Trois partis, trois lignes\nNPA — Paul Rivet\nPour le porte-parole du Nouveau Parti anticapitaliste, la loi "
     "Hadopi est « une loi de classe au service des majors » qu'il faut abroger immédiatement.\nUMP — Anne Morvan\n"
     "La députée défend la riposte graduée.",
     {("Anne Morvan", "hadopi-law"): "support"}),
    # a participle set off by commas does not hide the verdict after it
    ("Paul Rivet : « Mais une neutralité absolue, gravée dans la loi, ce serait une erreur. »",
     {("Paul Rivet", "net-neutrality"): "oppose"}),
    ("Paul Rivet : « La licence globale, gravée dans la loi, ce serait une erreur. »",
     {("Paul Rivet", "global-license"): "oppose"}),
    # a platform on the network's bill is a content provider, not a campaign tool
    ("« Ce ne sont pas les abonnés de Free qui doivent financer les tuyaux de YouTube », a tranché le sénateur Paul "
     "Rivet.", {}),
    # a levy that pays for coverage is no licence for creators
    ("Anne Morvan a plaidé pour « une péréquation nationale financée par une taxe sur les abonnements ».",
     {("Anne Morvan", "digital-divide"): "support"}),
    # a list of what operators may not do to services, joined by commas
    ("Anne Morvan réclame une loi qui interdise aux opérateurs de brider, de ralentir ou de faire payer l'accès "
     "à certains services.",
     {("Anne Morvan", "net-neutrality"): "support"}),
])
def test_session_24_polarity(extractor, text, expected):
    fmt = "qa" if "?\n" in text else "prose"
    assert positions(extractor, text, fmt=fmt) == expected


@pytest.mark.parametrize("text", [
    "Le Parlement européen a rejeté ACTA. « La Commission prend acte de ce vote et attend l'avis de la Cour de "
    "justice », a déclaré son porte-parole, Jan Verbeek.",
    "« Nous déploierons la fibre à Brive d'ici 2015 », a détaillé Paul Rivet, délégué régional d'Orange.",
    "Plus de deux millions de personnes ont signé la pétition en ligne demandant son rejet, un record selon Jan "
    "Verbeek, porte-parole du Parlement.",
])
def test_the_staff_of_a_body_holds_no_position(extractor, text):
    # a spokesman of the Commission, an operator's delegate: they speak for a body, which is
    # no side in the debate (word classes staff and institution)
    assert positions(extractor, text) == {}


@pytest.mark.parametrize("text, expected", [
    # "l'une comme l'autre" after a colon: the two people named before it
    ("Sans surprise, Anne Morvan, pour le Front de gauche, et Julie Leduc, pour Debout la République, se retrouvent "
     "sur une même ligne : l'une comme l'autre réclament l'abrogation de l'article 4 de la Loppsi 2.",
     {("Anne Morvan", "internet-censorship"): "oppose", ("Julie Leduc", "internet-censorship"): "oppose"}),
    # a part of a text with its quoted title names the part, no cue (negative batch AN)
    ("La présidente de séance a levé la séance à 0h55, après avoir annoncé la suite de l'examen du texte défendu par "
     "Paul Rivet, chapitre II, « Lutte contre la cybercriminalité ».", {}),
    # waiting for a judge "reviendrait à laisser" the harm go on: backing the blocking
    ("Le sénateur Paul Rivet a défendu le dispositif, estimant qu'attendre une décision judiciaire « reviendrait à "
     "laisser ces images en ligne des semaines ».", {("Paul Rivet", "internet-censorship"): "support"}),
    ("Paul Rivet juge qu'une neutralité stricte « ferait fuir l'investissement ».",
     {("Paul Rivet", "net-neutrality"): "oppose"}),
])
def test_session_24_last_readings(extractor, text, expected):
    assert positions(extractor, text) == expected



@pytest.mark.parametrize("text, expected", [
    # a noun attribute praises the measure however its missing judge is told
    ("Pour Paul Rivet, le filtrage sans juge est une nécessité.",
     {("Paul Rivet", "internet-censorship"): "support"}),
    # the means that enforce a principle ("avec ... pouvoirs de sanction") judge nothing
    ("Paul Rivet souhaite que le principe de neutralité soit « inscrit dans la loi, avec un régulateur doté de vrais "
     "pouvoirs de sanction ».", {("Paul Rivet", "net-neutrality"): "support"}),
    # "c'est-à-dire" restates; the verdict of the removal comes before it
    ("Le député Paul Rivet assume. « La riposte graduée marche, la supprimer serait un cadeau aux pirates », tranche "
     "le député, qui évoque « trois ans de travail, c'est-à-dire trois ans de combat ».",
     {("Paul Rivet", "hadopi-law"): "support"}),
    # "ne ... pas avec les seuls X": the means alone are denied, not the aim
    ("Anne Morvan a reconnu que « la fracture numérique ne se résorbera pas avec les seuls opérateurs privés ».",
     {("Anne Morvan", "digital-divide"): "support"}),
    # refusing that the aim serve as a pretext keeps the aim, with a reservation
    ("Mais Anne Morvan a refusé que la lutte contre la cybercriminalité serve de prétexte à « une police "
     "administrative de l'Internet ».", {("Anne Morvan", "cybercrime"): "mixed"}),
    # when something was done is not what was done
    ("Inscrit au Parti pirate depuis 2009, Paul Rivet a commencé à militer au moment des débats sur la loi Hadopi.",
     {}),
    # declining to comment gives no side to what follows
    ("Sa secrétaire générale, Anne Morvan, a refusé de commenter le débat électoral et renvoyé aux études de "
     "l'institution sur l'évolution du piratage.", {}),
    # the opposition's "favorable au principe ..., mais" a vote against the deliberation or a
    # refusal to impose it: a reservation (reservations.tsv)
    ("Dans l'opposition, Anne Morvan s'est dite « favorable à ce qu'on fasse découvrir le logiciel libre aux "
     "élèves », mais son groupe a voté contre la délibération.", {("Anne Morvan", "free-software"): "mixed"}),
    ("Paul Rivet a salué « l'intérêt des logiciels libres pour les administrations », mais refusé « d'imposer "
     "une migration à marche forcée à des agents qui n'ont rien demandé ».", {("Paul Rivet", "free-software"): "mixed"}),
    # a biography's bill cited by its title and its other name, and a speaker "inscrit" in a
    # debate on a bill: no side (hold-out set 275's negative document)
    ("Membre de la commission des lois, Paul Rivet a été désigné en 2009 au sein de la commission mixte paritaire "
     "chargée du projet de loi relatif à la protection pénale de la propriété littéraire et artistique sur "
     "internet (dite « Hadopi 2 »).", {}),
    ("En 2010, Paul Rivet a fait partie des orateurs inscrits dans la discussion générale du projet de loi "
     "d'orientation et de programmation pour la performance de la sécurité intérieure (Loppsi 2).", {}),
    ("Paul Rivet soutient la loi dite « Hadopi ».", {("Paul Rivet", "hadopi-law"): "support"}),
    # "pour" before a length of time says how long
    ("Anne Morvan est venue pour une soirée consacrée à la licence globale.", {}),
])
def test_session_25_polarity(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Celle-ci" / "Celui-ci" (one token now) refer back to the person named before
    ("Présente à l'inauguration, la sénatrice Anne Morvan a salué le chantier. Celle-ci propose de créer un fonds "
     "national pour le très haut débit.", {("Anne Morvan", "digital-divide"): "support"}),
    ("Le député Paul Rivet était au débat. Celui-ci défend la loi Hadopi sans réserve.",
     {("Paul Rivet", "hadopi-law"): "support"}),
    # an "elle" after a colon that undergoes what laws undergo is the law (negative batch AO)
    ("Anne Morvan entre à l'Assemblée en 2007. C'est là qu'arrive, au printemps 2009, la loi Création et Internet : "
     "elle sera adoptée le 12 mai, puis partiellement censurée par le Conseil constitutionnel.", {}),
    # a synthesis's section "MoDem : ..." gives its party to the person who opens it, whom
    # "la centriste" then names
    ("Front de gauche : la licence globale\n\nAnne Morvan plaide pour une licence globale.\n\n"
     "MoDem : réformer sans tout casser\n\nJulie Leduc juge l'Hadopi « mal née » : la centriste veut supprimer "
     "la coupure d'Internet tout en conservant une autorité de pédagogie.",
     {("Anne Morvan", "global-license"): "support", ("Julie Leduc", "hadopi-law"): "mixed"}),
    # appointed to a committee on a bill: a task, not a side (hold-out set 269)
    ("En 2009, Paul Rivet fait partie des sénateurs désignés pour la commission mixte paritaire chargée du projet de "
     "loi Création et Internet.", {}),
])
def test_session_25_holders(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verdict in the conditional judges the removal ("enverrait un signal désastreux")
    ("Le député Paul Rivet défend le bilan. L'Hadopi « a fait baisser le piratage sans jamais couper personne », "
     "fait-il valoir, et la supprimer « enverrait un signal désastreux aux créateurs ».",
     {("Paul Rivet", "hadopi-law"): "support"}),
    # "n'est pas une fatalité": the harm can be ended (polarity.tsv, denied)
    ("« La fracture numérique n'est pas une fatalité », a dit Anne Morvan.", {("Anne Morvan", "digital-divide"): "support"}),
    # a reform someone does not believe possible is no reservation
    ("Anne Morvan : « Je voterai l'abrogation de la loi Hadopi, et je ne crois pas qu'on puisse la réformer à la "
     "marge. »", {("Anne Morvan", "hadopi-law"): "oppose"}),
    # "aussi vital que l'eau", with a negated clause of its own after it
    ("« L'accès au haut débit est aujourd'hui aussi vital que l'eau ou l'électricité, et ce n'est pas aux Creusois "
     "de payer le prix de la géographie », a dit Anne Morvan.", {("Anne Morvan", "digital-divide"): "support"}),
    # the staff of a body named by a common noun speak for it (word class body_noun)
    ("« Le dispositif fonctionne dans sa dimension pédagogique », a commenté Paul Rivet, secrétaire général "
     "adjoint de l'institution.", {}),
    # "sans attendre l'avis" is no waiting (sidesteps.tsv)
    ("Anne Morvan appelle ses collègues à rejeter ACTA « sans attendre l'avis de la Cour ».",
     {("Anne Morvan", "internet-censorship"): "oppose"}),
    # a verbless "Ni X, ni Y" refuses both
    ("Anne Morvan : « Ni Hadopi, ni licence globale : protégeons vraiment les créateurs »",
     {("Anne Morvan", "hadopi-law"): "oppose", ("Anne Morvan", "global-license"): "oppose"}),
    # those who cry censorship: a charge the speaker dismisses
    ("« Ceux qui crient à la censure oublient les victimes », a lancé Anne Morvan.",
     {("Anne Morvan", "internet-censorship"): "support"}),
])
def test_session_25_readings_of_268_to_273(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X ne se négocie pas": non-negotiable, so backed (polarity.tsv, kind firm)
    ("Anne Morvan estime que la protection du droit d'auteur « ne se négocie pas » et qu'il faut s'attaquer aux "
     "sites pirates.", {("Anne Morvan", "copyright"): "support"}),
    ("Anne Morvan : « Nous voterons contre, parce que la liberté d'expression en ligne ne se négocie pas. »",
     {("Anne Morvan", "internet-censorship"): "oppose"}),
    # an opening infinitive the parser made an adjective of its object still acts on it
    ("« Une entreprise ne s'installe plus là où Internet ne passe pas. Résorber les zones blanches, c'est la "
     "priorité absolue du mandat », a insisté Paul Rivet.", {("Paul Rivet", "digital-divide"): "support"}),
    # "Sans X, [a negated clause]": X is what nothing works without
    ("Anne Morvan défend une loi : « Sans neutralité, la prochaine start-up française ne verra jamais le jour. »",
     {("Anne Morvan", "net-neutrality"): "support"}),
    # the phrase set apart, then a verb acting on its clitic (in a speech, whatever the "parce
    # que" clause after it denies)
    ("Discours d'Anne Morvan, candidate aux législatives, Clermont-Ferrand, 3 juin 2012\n\nMes amis, je suis venue "
     "vous parler de culture.\n\nLa loi Hadopi, nous l'abrogerons, parce qu'on ne défend pas les artistes en "
     "surveillant leur public !", {("Anne Morvan", "hadopi-law"): "oppose"}),
    # "le jour du vote de la loi X": a date, no side
    ("Paul Rivet a milité à l'April avant de rejoindre les Verts en 2008, « le jour du vote de la loi Création et "
     "Internet ».", {}),
    # "sans trancher" leaves undecided what follows it, not what the clause before it decided
    ("Sur la Hadopi, Anne Morvan a confirmé que son camp voulait la remplacer par « une grande loi de la création », "
     "sans trancher, en revanche, la question d'une contribution des internautes.",
     {("Anne Morvan", "hadopi-law"): "oppose", ("Anne Morvan", "global-license"): "neutral"}),
    # regretting that a text comes late backs it (word class lateness)
    ("Le député Paul Rivet votera la proposition de loi sur la neutralité du net. Il regrette seulement que le texte "
     "arrive en séance « avec cinq ans de retard ».", {("Paul Rivet", "net-neutrality"): "support"}),
    # "ce n'est pas aux opérateurs de décider": the operators' say is refused
    ("Paul Rivet : « Ce n'est pas aux opérateurs de décider de ce que les Français peuvent regarder. »",
     {("Paul Rivet", "net-neutrality"): "support"}),
    # fears of censorship called fantasies: the speaker backs the control (crainte inverts)
    ("Pour Paul Rivet, les craintes de censure sont « largement fantasmées ».",
     {("Paul Rivet", "internet-censorship"): "support"}),
    # a harm done by a thing is deplored: what it harms is valued
    ("Anne Morvan estime que ces pratiques « portent atteinte au principe de neutralité des réseaux ».",
     {("Anne Morvan", "net-neutrality"): "support"}),
])
def test_session_26_polarity(extractor, text, expected):
    assert positions(extractor, text) == expected


def test_session_26_a_meeting_about_a_plan_is_no_position(extractor):
    # negative batch AR: hosting an information meeting on a plan says nothing of it
    text = ("Laure Morvan, maire de la commune, tient sa permanence le samedi. Celle-ci accueillait jeudi la réunion "
            "d'information du conseil général sur le schéma d'aménagement numérique du territoire.")
    assert positions(extractor, text) == {}


def test_session_26_a_body_that_publishes_an_observatory_takes_no_side(extractor):
    # negative batch AR: "du très haut débit" is parsed as joined to "observatoire", a noun that
    # only names the topic (polarity.tsv, neutral)
    text = ("La journée a été ouverte par la vice-présidente du conseil régional, Laure Morvan. "
            "Elle publie chaque trimestre l'observatoire du haut et du très haut débit.")
    assert positions(extractor, text) == {}


@pytest.mark.parametrize("text, expected", [
    # "je n'y vais pas": a place one does not go to is refused ("y aller", kind denied)
    ("Anne Morvan : « J'ai un blog. Twitter, en revanche, je n'y vais pas. »",
     {("Anne Morvan", "social-media-campaigning"): "oppose"}),
    # "c'est la congestion des réseaux": a verdict noun
    ("Paul Rivet : « La neutralité absolue, c'est la congestion des réseaux ! »",
     {("Paul Rivet", "net-neutrality"): "oppose"}),
    # a "ne" outside the quote negates the verb inside it
    ("L'eurodéputée Anne Morvan, qui dit ne « contester à personne la nécessité de protéger le droit d'auteur », "
     "votera contre le texte.", {("Anne Morvan", "copyright"): "support"}),
    # the participle after "sera", taken for a noun, still acts on the mention
    ("Anne Morvan, porte-parole du parti, est la plus radicale : la Hadopi sera « supprimée dans les cent jours », "
     "tranche-t-elle, au nom des libertés.", {("Anne Morvan", "hadopi-law"): "oppose"}),
])
def test_session_26_readings_of_280_to_285(extractor, text, expected):
    assert positions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an "avec" phrase the parser made the subject ("avec la nouvelle majorité nous la
    # remplacerons") is no unnamed actor: the speech's author holds the clause
    ("Discours d'Anne Morvan, candidate socialiste — Meeting du 31 mai 2012, Toulouse\n\nMes amis, merci d'être là !"
     "\n\nLa Hadopi, c'est l'échec d'une méthode, et avec la nouvelle majorité nous la remplacerons.",
     {("Anne Morvan", "hadopi-law"): "oppose"}),
    # "Avec moi, l'administration donnera ...": the speaker's promise of what the actor will do
    ("Discours d'Anne Morvan, candidate socialiste — Meeting du 31 mai 2012, Toulouse\n\nMes amis, merci d'être là !"
     "\n\nAvec moi, l'administration donnera la priorité aux logiciels libres.",
     {("Anne Morvan", "free-software"): "support"}),
])
def test_session_26_holders(extractor, text, expected):
    assert positions(extractor, text) == expected
