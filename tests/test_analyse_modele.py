"""The trained helper: names, explanations, the training command, the fallback, the figures."""

import io
import json
from pathlib import Path

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from indicateurs.analysis.classifieur import (
    DIMENSION_VECTEURS,
    DOSSIER_PAR_DEFAUT,
    Lecture,
    ModeleAssistant,
    entrainer,
)
from indicateurs.analysis.corpus import Exemple, fichiers_corpus, lire_corpus, part_de
from indicateurs.analysis.entrainement import Jeu, croiser_registres
from indicateurs.analysis.evaluation import Passage, mesurer_noms
from indicateurs.analysis.moteur import Analyseur
from indicateurs.analysis.regles import empreinte_regles
from indicateurs.analysis.resultats import expliquer
from indicateurs.defaults import INDICATEURS_PAR_DEFAUT

from .modele_entraine import analyseur_entraine

LEXIQUES = {d["slug"]: d["lexique"] for d in INDICATEURS_PAR_DEFAUT}


@pytest.fixture(scope="module")
def regles():
    return Analyseur(LEXIQUES, assistant=None)


@pytest.fixture(scope="module")
def entraine():
    return analyseur_entraine()


def noms(reponse):
    return [(n["nom"], n["raison"]) for n in reponse["noms"]]


@pytest.mark.parametrize(
    ("texte", "attendus"),
    [
        (
            "« Vous savez jouer ? » demande Mathis à Ginette, bénévole depuis 2019.",
            ["Mathis", "Ginette"],
        ),
        ("Mme Delorme et M. Jean-Pierre Vasseur, maire, sont venus.", ["Delorme", "Vasseur"]),
        ("J.-P. Martin tient la caisse avec Paulette le samedi.", ["J.-P. Martin", "Paulette"]),
        ("Le Manu, il répare tout, et la Nadine fait les crêpes.", ["Manu", "Nadine"]),
        ("Le Dédé, il passe tous les matins. Avec la Josette, c'est pareil.", ["Dédé", "Josette"]),
        ("Dorota, qui est polonaise, anime l'atelier cuisine.", ["Dorota"]),
        ("Le dimanche, on mange chez Colette, la voisine du café.", ["Colette"]),
    ],
)
def test_names_after_titles_appositions_speech_and_in_oral_french(regles, texte, attendus):
    trouves = " | ".join(n for n, _r in noms(regles.analyser(texte)))
    for nom in attendus:
        assert nom in trouves


@pytest.mark.parametrize(
    "texte",
    [
        "Le Conseil départemental de l'Ardèche a financé les travaux du Café des Sports.",
        "Ben, euh, la consultation sera publiée sur la plateforme Marianne.",
        "Je remercie Madame la Sous-Préfète. On va à Villeneuve pour les colis. #DouceurDeVivre",
        # Places before a comma, after an article, and a licence number.
        "Le dépôt de pain arrive à Montbrison, un bourg voisin, par la tournée du mardi.",
        "On a ouvert près de Carpentras, un petit coin tranquille, et on vend la licence IV.",
        "C'est un nouveau départ pour Lagarde, 310 habitants, qui n'avait plus de commerce.",
        "Ils viennent de la Drôme et de La Roquette, la grande ferme, pour le marché.",
        # Businesses named « Chez … ».
        "Au centre, le bar-tabac Chez Colette reste ouvert le dimanche matin.",
        "Elles ont grandi à « Chez Élise », un café où passaient les chasseurs.",
    ],
)
def test_places_brands_roles_and_interjections_are_not_names(regles, texte):
    assert regles.analyser(texte)["noms"] == []


def test_every_name_says_why_it_was_found(regles):
    reponse = regles.analyser("« Ici on se sent chez soi », sourit Yasmina devant Mme Roux.")
    assert noms(reponse) == [
        ("Yasmina", "reconnu par le modèle"),
        ("Mme Roux", "reconnu par le modèle"),
    ]
    reponse = regles.analyser("Le samedi, on croise le docteur Vidalenc.")
    assert noms(reponse) == [("Vidalenc", "reconnu par le modèle")]


@pytest.mark.parametrize(
    ("texte", "attendus"),
    [
        # The lack the place answers, said in the negative, is evidence of the need.
        (
            "« Depuis la fermeture, on ne se connaît plus », regrette une habitante.",
            ["lien-social"],
        ),
        (
            "Il n'y a plus de commerce et ma mère ne conduit plus : sans le dépôt, pas de pain.",
            ["services-proximite"],
        ),
        ("Ici, c'est multigénérationnel : les anciens comme les nouveaux.", ["mixite"]),
    ],
)
def test_shipped_lexicons_read_a_need_said_in_the_negative(regles, texte, attendus):
    reponse = regles.analyser(texte)
    assert sorted(s for s, r in reponse["indicateurs"].items() if r["suggere"]) == attendus


def test_name_figures_count_containment_without_case_or_accents():
    passages = [
        Passage("1", "…", set(), ["Mme Delorme", "Élodie"]),
        Passage("2", "…", set(), []),
        Passage("3", "…", set(), None),
    ]
    figures = mesurer_noms(passages, [["Delorme", "ELODIE Roux"], ["Saint-Agrève"], ["X"]])
    assert figures == {
        "recall": 1.0,
        "precision": 0.6667,
        "false_per_passage": 0.5,
        "expected": 2,
        "passages": 2,
    }


def test_a_trained_suggestion_explains_itself(entraine):
    texte = (
        "Depuis que le café a rouvert, Monsieur Roux, qui vivait seul dans son hameau, "
        "descend chaque matin : il ne reste plus enfermé chez lui."
    )
    reponse = entraine.analyser(texte)
    isolement = reponse["indicateurs"]["lutte-isolement"]
    assert isolement["suggere"] and isolement["source"] == "modele"
    assert 0 < isolement["seuil"] < 1
    explication = expliquer(isolement)
    assert explication.startswith("Probabilité ")
    assert "selon le modèle entraîné" in explication
    assert "Mots qui ont pesé : « " in explication
    assert "Exemple codé le plus proche" in explication
    for mot in isolement["mots"]:
        assert texte[mot["debut"] : mot["fin"]] == mot["texte"]


def test_the_evidence_gate_refuses_works_prices_and_subsidies(entraine):
    texte = (
        "Les travaux de toiture coûteront 48 000 euros, financés à 60 % par une subvention "
        "de la Région. Le loyer reste fixé à 350 euros par mois et la licence IV est louée."
    )
    reponse = entraine.analyser(texte)
    assert [s for s, r in reponse["indicateurs"].items() if r["suggere"]] == []


def test_without_the_artefact_the_rules_decide(settings, tmp_path):
    settings.RECITS_DOSSIER_ASSISTANT = tmp_path / "vide"
    assistant = Analyseur(LEXIQUES)
    assert assistant.assistant is None and assistant.version == "regles"
    reponse = assistant.analyser("Les anciens se retrouvent au café tous les matins.")
    lien = reponse["indicateurs"]["lien-social"]
    assert lien["suggere"] and "source" not in lien
    assert expliquer(lien).startswith("Score ")


def test_the_model_version_is_in_the_analysis_fingerprint(entraine, regles):
    assert entraine.version.startswith("assistant-")
    assert empreinte_regles(LEXIQUES, "m", entraine.version) != empreinte_regles(
        LEXIQUES, "m", regles.version
    )


def test_splits_are_deterministic_and_hold_one_register_out():
    corpus = lire_corpus(fichiers_corpus(), {d["slug"] for d in INDICATEURS_PAR_DEFAUT})
    parts = [part_de(e) for e in corpus.exemples]
    assert parts == [part_de(e) for e in corpus.exemples]
    assert {e.registre for e, p in zip(corpus.exemples, parts, strict=True) if p == "registre"} == {
        "compte-rendu"
    }
    assert parts.count("validation") > 50 and parts.count("entrainement") > 300


def ecrire_corpus(dossier: Path) -> Path:
    dossier.mkdir()
    lignes = []
    for i in range(24):
        lignes.append(
            {
                "id": f"t-{i}",
                "registre": "presse",
                "text": "Les anciens se retrouvent au café et discutent ensemble."
                if i % 2
                else "Les travaux de la toiture coûtent vingt mille euros.",
                "indicators": ["lien-social"] if i % 2 else [],
            }
        )
    (dossier / "petit.jsonl").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lignes) + "\n{pas du json\n",
        encoding="utf-8",
    )
    return dossier


@pytest.mark.django_db
def test_the_training_command_on_a_tiny_corpus_installs_then_refuses_a_worse_model(tmp_path):
    corpus = ecrire_corpus(tmp_path / "corpus")
    cible = tmp_path / "modele"
    # Without real text, nothing shows the model beats the lexicons: trained, not installed.
    sortie, erreurs = io.StringIO(), io.StringIO()
    call_command(
        "entrainer_assistant", "--corpus", str(corpus), "--dossier", str(cible),
        stdout=sortie, stderr=erreurs,
    )  # fmt: skip
    texte = sortie.getvalue()
    assert "petit.jsonl, ligne 25 ignorée : JSON invalide" in erreurs.getvalue()
    assert "Avant (règles seules (aucun modèle))" in texte and "Après (nouveau modèle)" in texte
    assert "Modèle non installé : sans passages réels étiquetés (--reel FICHIER)" in (
        erreurs.getvalue()
    )
    assert ModeleAssistant.lire(cible) is None
    # Real labelled passages on which the new model does at least as well: installed.
    reel = tmp_path / "reel.jsonl"
    reel.write_text(
        "\n".join(
            json.dumps({"id": f"r-{i}", "text": texte, "indicators": etiquettes})
            for i, (texte, etiquettes) in enumerate(
                [
                    ("Au café, les anciens se retrouvent et discutent ensemble.", ["lien-social"]),
                    ("La toiture coûte vingt mille euros de travaux.", []),
                ]
            )
        ),
        encoding="utf-8",
    )
    sortie, erreurs = io.StringIO(), io.StringIO()
    call_command(
        "entrainer_assistant", "--corpus", str(corpus), "--dossier", str(cible),
        "--reel", str(reel), stdout=sortie, stderr=erreurs,
    )  # fmt: skip
    texte = sortie.getvalue()
    assert "Texte réel : 2 passage(s) de reel.jsonl." in texte
    assert "texte réel" in texte and "Modèle installé dans" in texte
    assert "(F1 micro en texte réel : " in texte
    modele = ModeleAssistant.lire(cible)
    assert modele is not None and modele.meta["graine"] == 13
    # Same data and seed: the same weights.
    poids = modele.poids.copy()
    call_command(
        "entrainer_assistant", "--corpus", str(corpus), "--dossier", str(cible), "--forcer",
        stdout=io.StringIO(), stderr=io.StringIO(),
    )  # fmt: skip
    assert (ModeleAssistant.lire(cible).poids == poids).all()
    # Training labels inverted (validation left alone): worse than the installed model, refused.
    lignes = (corpus / "petit.jsonl").read_text(encoding="utf-8").splitlines()[:-1]
    inverses = []
    for ligne in lignes:
        objet = json.loads(ligne)
        exemple = Exemple(objet["id"], objet["registre"], objet["text"], set())
        if part_de(exemple) == "entrainement":
            objet["indicators"] = [] if objet["indicators"] else ["lien-social"]
        inverses.append(json.dumps(objet, ensure_ascii=False))
    (corpus / "petit.jsonl").write_text("\n".join(inverses), encoding="utf-8")
    erreurs = io.StringIO()
    call_command(
        "entrainer_assistant", "--corpus", str(corpus), "--dossier", str(cible),
        "--reel", str(reel), stdout=io.StringIO(), stderr=erreurs,
    )  # fmt: skip
    assert "Nouveau modèle moins bon en texte réel" in erreurs.getvalue()
    assert "il n'est pas installé" in erreurs.getvalue()
    assert (ModeleAssistant.lire(cible).poids == poids).all()


@pytest.mark.django_db
def test_the_training_command_refuses_an_unusable_real_file(tmp_path):
    corpus = ecrire_corpus(tmp_path / "corpus")
    with pytest.raises(CommandError, match="Impossible de lire « .*absent.jsonl »"):
        call_command(
            "entrainer_assistant", "--corpus", str(corpus), "--reel", str(tmp_path / "absent.jsonl"),
            "--dossier", str(tmp_path / "m"), stdout=io.StringIO(), stderr=io.StringIO(),
        )  # fmt: skip
    vide = tmp_path / "vide.jsonl"
    vide.write_text("{pas du json\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Aucun passage étiqueté utilisable"):
        call_command(
            "entrainer_assistant", "--corpus", str(corpus), "--reel", str(vide),
            "--dossier", str(tmp_path / "m"), stdout=io.StringIO(), stderr=io.StringIO(),
        )  # fmt: skip
    assert ModeleAssistant.lire(tmp_path / "m") is None


@pytest.mark.django_db
def test_the_training_command_refuses_an_empty_folder(tmp_path):
    with pytest.raises(CommandError, match="Aucun fichier .jsonl"):
        call_command("entrainer_assistant", "--corpus", str(tmp_path), stdout=io.StringIO())


def test_no_model_is_shipped_the_lexicons_decide(settings):
    """Trained on the team's corpus, every model scored below the lexicons on real text."""
    assert ModeleAssistant.lire(DOSSIER_PAR_DEFAUT) is None
    settings.RECITS_DOSSIER_ASSISTANT = DOSSIER_PAR_DEFAUT
    assert Analyseur(LEXIQUES).version == "regles"


@pytest.mark.django_db
def test_validation_split_figures_measured_again_do_not_fall(tmp_path):
    """The validation split (never tuned on), measured through evaluer_suggestions.

    The lexicons alone reach micro 0.557 and macro 0.557 here: this split was written to
    avoid the lexicons' words, which real press and testimonies do not (bench/README.md).
    """
    slugs = {d["slug"] for d in INDICATEURS_PAR_DEFAUT}
    corpus = lire_corpus(fichiers_corpus(), slugs)
    fichier = tmp_path / "validation.jsonl"
    fichier.write_text(
        "\n".join(
            json.dumps(
                {"id": e.ident, "text": e.texte, "indicators": sorted(e.indicateurs)}
                | ({"names": e.noms} if e.noms is not None else {}),
                ensure_ascii=False,
            )
            for e in corpus.exemples
            if part_de(e) == "validation"
        ),
        encoding="utf-8",
    )
    sortie = io.StringIO()
    call_command("evaluer_suggestions", str(fichier), "--json", stdout=sortie)
    mesures = json.loads(sortie.getvalue())
    assert mesures["micro"]["f1"] >= 0.55
    assert mesures["macro"]["f1"] >= 0.55
    assert mesures["negatives"]["false_labels_per_passage"] <= 0.1
    assert mesures["names"]["recall"] >= 0.93
    assert mesures["names"]["false_per_passage"] <= 0.15


def lecture_de(mots: list[str]) -> Lecture:
    """A hand-made reading: one sentence of content lemmas, a small non-zero vector."""
    jetons, position = [], 0
    for mot in mots:
        jetons.append((mot, position, position + len(mot), True))
        position += len(mot) + 1
    vecteur = np.zeros(DIMENSION_VECTEURS, dtype=np.float32)
    vecteur[len(mots) % DIMENSION_VECTEURS] = 1.0
    return Lecture(jetons, vecteur, [(0, position)], {})


def test_min_registres_drops_ngrams_seen_in_a_single_register():
    # "tic" occurs in four passages, all from register A; "voisin" in A and B.
    lectures = [
        lecture_de(["tic", "voisin"]),
        lecture_de(["tic", "voisin"]),
        lecture_de(["tic"]),
        lecture_de(["tic"]),
        lecture_de(["voisin", "café"]),
        lecture_de(["voisin", "café"]),
    ]
    registres = ["a", "a", "a", "a", "b", "b"]
    Y = np.array([[1.0], [1.0], [0.0], [0.0], [1.0], [0.0]])
    textes = ["x"] * 6
    libre = entrainer(lectures, Y, ["lien-social"], textes, plis=1, registres=registres)
    strict = entrainer(
        lectures, Y, ["lien-social"], textes, plis=1, registres=registres, min_registres=2
    )
    assert "u:tic" in libre.vocabulaire and "u:voisin" in libre.vocabulaire
    assert "u:tic" not in strict.vocabulaire and "u:voisin" in strict.vocabulaire
    assert "u:café" not in strict.vocabulaire  # two passages, one register
    with pytest.raises(ValueError, match="un registre par passage"):
        entrainer(lectures, Y, ["lien-social"], textes, registres=["a"])


def test_cross_register_evaluation_holds_out_each_register_in_turn():
    exemples, lectures = [], []
    for registre in ("presse", "elu", "habitant"):
        for k in range(6):
            positif = k % 2 == 0
            mots = ["voisin", "bonjour", registre] if positif else ["toiture", "devis", registre]
            exemples.append(
                Exemple(
                    f"{registre}-{k}",
                    registre,
                    " ".join(mots),
                    {"lien-social"} if positif else set(),
                )
            )
            lectures.append(lecture_de(mots))
    figures = croiser_registres(Jeu(exemples, lectures), ["lien-social"], plis=1)
    assert set(figures) == {"presse", "elu", "habitant", "moyenne"}
    for registre in ("presse", "elu", "habitant"):
        assert figures[registre]["passages"] == 6
    # Words shared by every register carry the label: each unseen register is read right.
    assert figures["moyenne"]["micro"] == 1.0
    assert figures["moyenne"]["false_labels_per_passage"] == 0.0
    assert figures["moyenne"]["registres"] == 3


@pytest.mark.django_db
def test_the_training_command_reports_cross_register_figures(tmp_path):
    corpus = ecrire_corpus(tmp_path / "corpus")
    lignes = (corpus / "petit.jsonl").read_text(encoding="utf-8").splitlines()[:-1]
    registres = ("presse", "elu", "habitant-oral")
    objets = [json.loads(ligne) | {"registre": registres[k % 3]} for k, ligne in enumerate(lignes)]
    (corpus / "petit.jsonl").write_text(
        "\n".join(json.dumps(o, ensure_ascii=False) for o in objets), encoding="utf-8"
    )
    sortie = io.StringIO()
    call_command(
        "entrainer_assistant", "--corpus", str(corpus), "--dossier", str(tmp_path / "m"),
        "--croise", "--min-registres", "2", "--plis-registres", "--json", "--forcer",
        stdout=sortie, stderr=io.StringIO(),
    )  # fmt: skip
    texte = sortie.getvalue()
    assert "Validation croisée par registre (3 registres, moyenne)" in texte
    figures = json.loads(texte.strip().splitlines()[-1])
    assert set(figures["croise"]) == {*registres, "moyenne"}
    assert figures["croise"]["moyenne"]["micro"] >= 0.9
    assert ModeleAssistant.lire(tmp_path / "m").meta["reglages"]["min_registres"] == 2
    with pytest.raises(CommandError, match="--min-registres doit valoir au moins 1"):
        call_command(
            "entrainer_assistant", "--corpus", str(corpus), "--dossier", str(tmp_path / "m"),
            "--min-registres", "0", stdout=io.StringIO(),
        )  # fmt: skip
