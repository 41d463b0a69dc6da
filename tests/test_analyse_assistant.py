"""The spaCy helper on small texts: exact suggestions, explanations, quotes and names."""

import pytest
from django.test import override_settings

from indicateurs.analysis.moteur import Analyseur
from indicateurs.analysis.regles import decouper, lire_lexique, lire_ligne, semble_francais
from indicateurs.analysis.resultats import expliquer

# No database in these tests: the PostgreSQL pass of the CI need not run them again.
pytestmark = pytest.mark.sans_base

LEXIQUES = {
    "lien-social": "se retrouver\nretrouvailles\ncréer … lien",
    "bien-vivre": "plaisir ; 0.5",
    "convivialite": "ambiance\nconvivialité\napéro\nfête",
    "lutte-isolement": "!seul\npersonne âgée ; 0.5",
}


@pytest.fixture(scope="module")
def assistant():
    return Analyseur(LEXIQUES, assistant=None)


def suggeres(reponse: dict) -> list[str]:
    return sorted(s for s, r in reponse["indicateurs"].items() if r["suggere"])


def test_lexicon_lines_are_parsed_with_weights_marks_and_comments():
    assert lire_ligne("  plaisir ; 0,5 ").poids == 0.5
    assert lire_ligne("!seul").meme_negatif is True
    assert lire_ligne("# un commentaire") is None
    assert lire_ligne("créer … lien").morceaux == ["créer", "lien"]
    assert [e.expression for e in lire_lexique("fête\nFête\n\napéro")] == ["fête", "apéro"]


def test_lemmas_meet_and_the_explanation_is_exact(assistant):
    texte = "Les anciens se retrouvent au café. Les retrouvailles du dimanche sont un plaisir."
    reponse = assistant.analyser(texte)
    assert suggeres(reponse) == ["lien-social"]
    lien = reponse["indicateurs"]["lien-social"]
    assert lien["score"] == 0.667
    assert [(i["texte"], i["debut"], i["fin"]) for i in lien["indices"]] == [
        ("se retrouvent", 12, 25),
        ("retrouvailles", 39, 52),
    ]
    assert texte[12:25] == "se retrouvent"
    assert expliquer(lien) == (
        "Score 0,67 (seuil 0,50). Indices : « se retrouvent » (se retrouver, caractères "
        "12–25) ; « retrouvailles » (retrouvailles, caractères 39–52). Phrase la plus "
        "parlante (caractères 0–34) : « Les anciens se retrouvent au café. »"
    )
    # A weak clue alone (weight 0.5) stays below the threshold, but is explained.
    assert reponse["indicateurs"]["bien-vivre"] == {
        "score": 0.333,
        "suggere": False,
        "indices": [
            {
                "expression": "plaisir",
                "texte": "plaisir",
                "debut": 73,
                "fin": 80,
                "poids": 0.5,
                "nie": False,
                "role": False,
            }
        ],
        "phrases": [
            {
                "debut": 35,
                "fin": 81,
                "texte": "Les retrouvailles du dimanche sont un plaisir.",
                "poids": 0.5,
            }
        ],
    }


@pytest.mark.parametrize(
    "texte",
    ["On aime se retrouver le jeudi.", "Nous nous sommes retrouvés au comptoir."],
)
def test_reflexive_forms_meet(assistant, texte):
    assert suggeres(assistant.analyser(texte)) == ["lien-social"]


def test_gaps_let_words_come_in_between(assistant):
    reponse = assistant.analyser("Ce café a créé beaucoup de liens entre les gens.")
    assert reponse["indicateurs"]["lien-social"]["indices"][0]["texte"] == (
        "créé beaucoup de liens"
    )


@pytest.mark.parametrize(
    "texte",
    [
        "Depuis la fermeture, personne ne vient plus à la fête.",
        "Plus personne ne vient à la fête du village.",
        "Il n'y a jamais d'ambiance ici.",
        "Une soirée sans convivialité.",
        "On ne se retrouve plus.",
    ],
)
def test_negation_removes_the_clue(assistant, texte):
    reponse = assistant.analyser(texte)
    assert suggeres(reponse) == []
    indices = [i for r in reponse["indicateurs"].values() for i in r["indices"]]
    assert indices and all(i["nie"] for i in indices)
    assert "Ignorés car à la forme négative" in expliquer(
        next(iter(reponse["indicateurs"].values()))
    )


def test_marked_entries_count_even_when_negative(assistant):
    reponse = assistant.analyser("Depuis que le café existe, elle n'est plus seule le soir.")
    assert suggeres(reponse) == ["lutte-isolement"]


def test_a_why_not_question_proposes_rather_than_denies():
    assistant = Analyseur({"dynamisme-territorial": "redynamiser"}, assistant=None)
    reponse = assistant.analyser("Je me suis dit : pourquoi ne pas redynamiser le village ?")
    assert suggeres(reponse) == ["dynamisme-territorial"]
    reponse = assistant.analyser("Ce café ne va pas redynamiser le village.")
    assert suggeres(reponse) == []


def test_no_longer_needing_to_drive_is_not_a_negation():
    assistant = Analyseur({"services-proximite": "prendre la voiture"}, assistant=None)
    reponse = assistant.analyser("On n'a plus besoin de prendre la voiture pour le pain.")
    assert suggeres(reponse) == ["services-proximite"]


def test_a_role_noun_presenting_a_named_person_is_not_a_clue():
    assistant = Analyseur({"participation": "bénévole\nbénévolat"}, assistant=None)
    for texte in (
        "« On manque de tout », souligne Ghislaine Caron, bénévole de l'association.",
        "Daniel, bénévole depuis le début, ouvre le rideau à sept heures.",
        "Nous avons interrogé Mme Roussel, la bénévole du mardi, sur les horaires.",
    ):
        reponse = assistant.analyser(texte)
        assert suggeres(reponse) == [], texte
        resultat = reponse["indicateurs"]["participation"]
        assert [(i["texte"], i["role"], i["poids"]) for i in resultat["indices"]] == [
            ("bénévole", True, 0.0)
        ], texte
        assert "Ignorés car ils présentent une personne nommée" in expliquer(resultat)
    # The same word saying what the place does still counts.
    for texte in (
        "Depuis deux ans, les bénévoles tiennent le café à tour de rôle.",
        "Ginette et Paul sont devenus bénévoles au comptoir.",
    ):
        reponse = assistant.analyser(texte)
        assert suggeres(reponse) == ["participation"], texte
        assert not reponse["indicateurs"]["participation"]["indices"][0]["role"]


def test_quotes_are_extracted_ranked_and_bounded(assistant):
    texte = (
        "Le café a rouvert en mai 2023 après des travaux.\n"
        "« On se retrouve ici tous les matins, et franchement c'est devenu notre fête à nous », "
        "dit Paulette.\n"
        "Une habitante ajoute : “Avant, je ne voyais personne de toute la semaine, vraiment.”\n"
        "« Vous savez jouer ? »"
    )
    citations = assistant.analyser(texte)["citations"]
    assert [c["genre"] for c in citations[:2]] == ["discours", "discours"]
    premiere = citations[0]
    assert premiere["texte"] == (
        "On se retrouve ici tous les matins, et franchement c'est devenu notre fête à nous"
    )
    assert texte[premiere["debut"] : premiere["fin"]] == premiere["texte"]
    assert premiere["indicateurs"] == ["convivialite", "lien-social"]
    assert citations[1]["texte"] == "Avant, je ne voyais personne de toute la semaine, vraiment."
    assert all(40 <= len(c["texte"]) <= 400 for c in citations if c["genre"] == "phrase")
    # Short quoted speech is a quote too; a heading is never glued to the sentence under it.
    assert "Vous savez jouer ?" in [c["texte"] for c in citations]
    assert all("\n" not in c["texte"] for c in citations)
    scores = [c["score"] for c in citations]
    assert scores == sorted(scores, reverse=True)


def test_person_names_with_offsets(assistant):
    texte = "Marie Dupont tient le comptoir. Le jeudi, Marie Dupont reçoit le club de belote."
    noms = assistant.analyser(texte)["noms"]
    assert noms[0]["nom"] == "Marie Dupont"
    assert [(o["debut"], o["fin"]) for o in noms[0]["occurrences"]] == [(0, 12), (42, 54)]


@pytest.mark.parametrize(
    ("texte", "langue"),
    [
        ("", "vide"),
        ("   \n ", "vide"),
        ("The shop is open every day and people meet there to have fun together.", "autre"),
    ],
)
def test_empty_or_foreign_texts_give_nothing(assistant, texte, langue):
    assert assistant.analyser(texte) == {
        "langue": langue,
        "indicateurs": {},
        "citations": [],
        "noms": [],
    }


def test_french_detection():
    assert semble_francais("Les gens se retrouvent au café du village le matin.")
    assert not semble_francais("Die Leute treffen sich jeden Morgen im Dorfcafé zum Plaudern.")


def test_long_texts_are_cut_at_sentence_ends():
    texte = "Une phrase. " * 30
    parts = decouper(texte, 100)
    assert "".join(p for _o, p in parts) == texte
    assert all(len(p) <= 100 for _o, p in parts)
    assert all(texte[o : o + len(p)] == p for o, p in parts)


@override_settings(RECITS_ANALYSE_MAX_CARACTERES=200)
def test_long_texts_keep_offsets_into_the_whole_text():
    assistant = Analyseur(LEXIQUES, assistant=None)
    texte = "Le café est ouvert le matin. " * 20 + "Les voisins se retrouvent au comptoir."
    reponse = assistant.analyser(texte)
    indice = reponse["indicateurs"]["lien-social"]["indices"][0]
    assert texte[indice["debut"] : indice["fin"]] == "se retrouvent"
