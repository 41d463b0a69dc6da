"""Evidence blocks on a small known collection: figures, quote choice, consent, naming, freeze."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from indicateurs.models import Indicateur
from rapports.consentements import accords
from rapports.contenu import contenu_du_rapport
from rapports.generation import VIDE, generer_blocs
from rapports.models import RapportIndexPage, RapportPage
from rapports.services import actualiser, differences
from recits.models import ConsentementRecit

from .factories import RecitPageFactory
from .rapport_donnees import (
    P1,
    P2,
    P3,
    P4,
    bloc,
    consentir,
    construire_collection,
    ind,
    items,
    passage,
    publier,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def collection(arbre, lieu, client):
    return construire_collection(arbre, lieu, client)


def test_chiffres_exacts_et_synthese_tiree_des_chiffres(collection):
    generer_blocs(collection["rapport"])
    valeur = bloc(collection["rapport"], "lien-social")
    assert valeur["chiffres"] == {
        "recits": 4,
        "lieux": 3,
        "departements": 2,
        "lieux_perimetre": 4,
        "part_lieux": 75,
        "recits_precedent": 1,
    }
    assert valeur["synthese"] == (
        "Sur la période 2025, 4 récits témoignent de « Lien social », venus de 3 lieux dans "
        "2 départements. Cela représente 75 % des lieux du périmètre (3 sur 4). C'est 3 récits "
        "de plus que sur la période précédente (1)."
    )
    assert bloc(collection["rapport"], "convivialite")["chiffres"]["recits"] == 1
    vide = bloc(collection["rapport"], "bien-vivre")
    assert vide["chiffres"]["recits"] == 0 and vide["synthese"] == VIDE


def test_choix_des_citations_marquee_d_abord_puis_lieux_varies_une_par_recit(collection):
    generer_blocs(collection["rapport"])
    citations = items(bloc(collection["rapport"], "lien-social"), "citations")
    assert [c["texte"] for c in citations] == [P1, P4, P2]
    assert citations[0]["marquee"] is True
    assert len({c["recit"] for c in citations}) == len(citations)
    # Attribution as chosen: pseudonym, contributor's first name, anonymous.
    assert [c["nom"] for c in citations] == ["La Meunière", "Mireille", "Anonyme"]
    assert citations[1]["lieu"] == "Boulangerie du Pont" and citations[1]["commune"] == "Dieulefit"
    assert citations[1]["annee"] == 2025
    assert (
        citations[0]["lien"] == collection["r1"].url and citations[1]["lien"] == ""
    )  # r4 is a draft


def test_sans_accord_pour_le_rapport_rien_n_est_cite(collection):
    generer_blocs(collection["rapport"])
    textes = [c["texte"] for c in items(bloc(collection["rapport"], "lien-social"), "citations")]
    assert P3 not in textes  # editor-written story without a consent record
    assert all("non publié" not in t for t in textes)  # contributor said no to the report
    ConsentementRecit.objects.filter(recit=collection["r1"]).update(
        retire_le=datetime.date(2025, 12, 1)
    )
    assert collection["r1"].pk not in accords([collection["r1"].pk])
    ConsentementRecit.objects.filter(recit=collection["r2"]).update(canal_rapport=False)
    assert collection["r2"].pk not in accords([collection["r2"].pk])


def test_photos_avec_droit_a_l_image_seulement(collection, arbre, lieu):
    from .factories import ImageFactory

    image = ImageFactory(title="Le comptoir")
    sans_droit = ImageFactory(title="Sans droit")
    r = RecitPageFactory(
        parent=arbre["recits"],
        lieu=lieu,
        date=datetime.date(2025, 3, 3),
        corps=[
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": image.pk,
                        "alt_text": "Le comptoir plein",
                        "decorative": False,
                    },
                    "legende": "Un jeudi matin",
                },
            }
        ],
    )
    consentir(r, photos=True)
    passage(
        r,
        "participation",
        "Tout le monde a donné un coup de main pour repeindre la salle du café.",
        score=0.9,
    )
    r_sans = RecitPageFactory(
        parent=arbre["recits"],
        lieu=lieu,
        date=datetime.date(2025, 3, 4),
        corps=[
            {
                "type": "image",
                "value": {
                    "image": {"image": sans_droit.pk, "alt_text": "x", "decorative": False},
                    "legende": "Non",
                },
            }
        ],
    )
    consentir(r_sans, photos=False)
    passage(
        r_sans,
        "participation",
        "Une autre histoire de participation, avec une photo sans droit.",
        score=0.8,
    )
    generer_blocs(collection["rapport"])
    photos = items(bloc(collection["rapport"], "participation"), "photos")
    assert [(p["image"], p["legende"]) for p in photos] == [(image.pk, "Un jeudi matin")]


def test_la_generation_garde_synthese_reecrite_et_citation_ecartee(collection):
    rapport = generer_blocs(collection["rapport"])
    rapport = rapport.get_latest_revision_as_object()
    corps = list(rapport.corps.raw_data)
    for element in corps:
        if element["type"] == "preuve" and element["value"]["indicateur"] == ind("lien-social").pk:
            element["value"]["synthese"] = "Notre propre synthèse."
            element["value"]["citations"][0]["value"]["choisie"] = False
    rapport.corps = corps
    rapport.save_revision()
    generer_blocs(RapportPage.objects.get(pk=rapport.pk).get_latest_revision_as_object())
    valeur = bloc(rapport, "lien-social")
    assert valeur["synthese"] == "Notre propre synthèse."
    assert [c["choisie"] for c in items(valeur, "citations")] == [False, True, True]
    assert (
        sum(
            1
            for e in RapportPage.objects.get(pk=rapport.pk)
            .get_latest_revision_as_object()
            .corps.raw_data
            if e["type"] == "preuve"
        )
        == Indicateur.objects.filter(actif=True).count()
    )


def test_publier_fige_et_actualiser_montre_la_difference(collection, client, arbre, lieu):
    generer_blocs(collection["rapport"])
    rapport = publier(collection["rapport"])
    assert rapport.fige_le is not None
    nouveau = RecitPageFactory(parent=arbre["recits"], lieu=lieu, date=datetime.date(2025, 11, 11))
    consentir(nouveau)
    passage(
        nouveau,
        "lien-social",
        "Une nouvelle histoire arrivée après la publication du rapport annuel.",
        score=0.95,
    )
    page = client.get(rapport.url).content.decode()
    assert "arrivée après la publication" not in page  # frozen: nothing changes silently
    lignes, _corps, _g = differences(rapport)
    ligne = next(ligne for ligne in lignes if ligne["indicateur"] == "Lien social")
    assert {"cle": "recits", "avant": 4, "apres": 5} in ligne["chiffres"]
    assert any("arrivée après la publication" in t for t in ligne["ajoutees"])
    actualiser(rapport)
    assert "arrivée après la publication" in client.get(rapport.url).content.decode()


def test_page_publique_blocs_graphiques_et_requetes(collection, client):
    generer_blocs(collection["rapport"])
    rapport = publier(collection["rapport"])
    with CaptureQueriesContext(connection) as requetes:
        reponse = client.get(rapport.url)
    assert reponse.status_code == 200
    html = reponse.content.decode()
    assert "Lien social" in html and P1 in html and "La Meunière" in html and VIDE in html
    assert P3 not in html
    assert len(requetes) <= 15, [q["sql"] for q in requetes]
    png = client.get(rapport.url + "graphique/couverture/")
    assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get(rapport.url + "graphique/inconnu/").status_code == 404


def test_brouillon_de_rapport_invisible(collection, client):
    generer_blocs(collection["rapport"])
    assert client.get("/rapports/rapport-2025/").status_code == 404


def test_periode_sans_recit_et_perimetre_vide(collection):
    rapport = collection["rapport"]
    rapport.annee = 2010
    generer_blocs(rapport)
    contenu = contenu_du_rapport(
        RapportPage.objects.get(pk=rapport.pk).get_latest_revision_as_object()
    )
    assert contenu.preuves and all(p.vide for p in contenu.preuves)
    rapport = RapportPage.objects.get(pk=rapport.pk).get_latest_revision_as_object()
    rapport.annee = 2025
    rapport.perimetre = RapportPage.Perimetre.LIEUX
    generer_blocs(rapport)  # no place chosen: an empty scope, no division by zero
    valeur = bloc(rapport, "lien-social")
    assert valeur["chiffres"]["lieux_perimetre"] == 0 and valeur["chiffres"]["part_lieux"] == 0


def test_perimetre_departement(collection):
    rapport = collection["rapport"]
    rapport.perimetre, rapport.departement = RapportPage.Perimetre.DEPARTEMENT, "26"
    generer_blocs(rapport)
    valeur = bloc(rapport, "lien-social")
    assert valeur["chiffres"]["recits"] == 1 and valeur["chiffres"]["lieux_perimetre"] == 1
    assert [c["texte"] for c in items(valeur, "citations")] == [P4]


def test_validation_de_la_periode_et_du_perimetre():
    from django.core.exceptions import ValidationError

    rapport = RapportPage(title="x", slug="x", perimetre="departement")
    with pytest.raises(ValidationError) as erreur:
        rapport.clean()
    assert "Indiquez une année" in str(erreur.value) and "département du périmètre" in str(
        erreur.value
    )
    rapport = RapportPage(
        title="x", slug="x", debut=datetime.date(2025, 5, 1), fin=datetime.date(2025, 1, 1)
    )
    with pytest.raises(ValidationError, match="après son début"):
        rapport.clean()


def test_periode_en_dates_et_periode_precedente():
    rapport = RapportPage(debut=datetime.date(2025, 3, 1), fin=datetime.date(2025, 5, 31))
    assert rapport.periode_precedente() == (datetime.date(2024, 11, 29), datetime.date(2025, 2, 28))
    assert RapportPage(annee=2025).periode_precedente() == (
        datetime.date(2024, 1, 1),
        datetime.date(2024, 12, 31),
    )


def test_commande_generer_rapport(collection, tmp_path):
    sortie = tmp_path / "rapport.md"
    call_command("generer_rapport", "2025", "--format", "md", "--sortie", str(sortie))
    texte = sortie.read_text()
    assert "Lien social" in texte and "les anciens du village se retrouvent" in texte
    with pytest.raises(CommandError, match="Périmètre non compris"):
        call_command("generer_rapport", "2025", "--perimetre", "planete:mars")
    with pytest.raises(CommandError, match="Lieux inconnus"):
        call_command("generer_rapport", "2025", "--perimetre", "lieux:nulle-part")
    with pytest.raises(CommandError, match="entre 1990 et 2100"):
        call_command("generer_rapport", "3000")


def test_index_des_rapports_dans_l_arbre(arbre):
    from recits.models import HomePage

    assert RapportIndexPage in HomePage.clean_subpage_models()
    assert RapportIndexPage.objects.child_of(arbre["accueil"]).exists()
