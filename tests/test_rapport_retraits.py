"""Withdrawal cascades to every report at once; the contributor's page; generation from the admin."""

from __future__ import annotations

import json
from html import unescape

import pytest
from django.core import mail
from wagtail.models import Revision

from rapports.exports import exporter
from rapports.generation import generer_blocs
from rapports.models import RapportPage
from rapports.suivi import GenerationRapport, RetraitRapport

from .rapport_donnees import P1, P4, construire_collection, publier

pytestmark = pytest.mark.django_db


@pytest.fixture
def donnees(arbre, lieu, client):
    donnees = construire_collection(arbre, lieu, client)
    generer_blocs(donnees["rapport"])
    donnees["rapport"] = publier(donnees["rapport"])
    return donnees


@pytest.fixture
def moderatrice(django_user_model):
    from django.contrib.auth.models import Group

    from collecte.services import GROUPE_MODERATION

    utilisatrice = django_user_model.objects.create_user("modo", "modo@exemple.fr", "x")
    groupe, _ = Group.objects.get_or_create(name=GROUPE_MODERATION)
    utilisatrice.groups.add(groupe)
    return utilisatrice


def page_mes_mots(client, invitation):
    return client.get(f"/contribuer/{invitation.jeton()}/rapports/")


def test_la_personne_voit_sa_citation_et_la_retire(
    donnees, client, moderatrice, django_capture_on_commit_callbacks
):
    invitation, rapport = donnees["invitation"], donnees["rapport"]
    reponse = page_mes_mots(client, invitation)
    assert reponse.status_code == 200
    html = reponse.content.decode()
    assert P4 in html and "Rapport 2025" in html and P1 not in html  # only this place's words
    codage = next(
        c["value"]["codage"]
        for e in rapport.corps.raw_data
        if e["type"] == "preuve"
        for c in e["value"]["citations"]
        if c["value"]["texte"] == P4
    )
    with django_capture_on_commit_callbacks(execute=True):
        reponse = client.post(
            f"/contribuer/{invitation.jeton()}/rapports/",
            {"contribution": donnees["contribution"].pk, "codage": codage, "retirer": "citation"},
        )
    assert reponse.status_code == 302
    public = client.get(rapport.url).content.decode()
    assert P4 not in public and "Une citation a été retirée" in public
    assert P4 not in exporter(RapportPage.objects.get(pk=rapport.pk), "md").decode()
    assert (
        len(mail.outbox) == 1
        and P4 not in mail.outbox[0].body
        and "Rapport 2025" in mail.outbox[0].body
    )
    assert P4 not in page_mes_mots(client, invitation).content.decode()


def test_retirer_l_accord_pour_les_rapports(donnees, client):
    invitation, rapport = donnees["invitation"], donnees["rapport"]
    client.post(
        f"/contribuer/{invitation.jeton()}/rapports/",
        {"contribution": donnees["contribution"].pk, "retirer": "consentement"},
    )
    assert RetraitRapport.objects.filter(genre="consentement").count() == 1
    assert P4 not in client.get(rapport.url).content.decode()
    assert "retiré) votre accord" in page_mes_mots(client, invitation).content.decode()
    # The next generation leaves the story out as well.
    brouillon = RapportPage.objects.get(pk=rapport.pk).get_latest_revision_as_object()
    generer_blocs(brouillon)
    textes = json.dumps(
        list(RapportPage.objects.get(pk=rapport.pk).get_latest_revision_as_object().corps.raw_data)
    )
    assert P4 not in textes


def test_demande_incomprise_rien_n_est_retire(donnees, client):
    reponse = client.post(
        f"/contribuer/{donnees['invitation'].jeton()}/rapports/",
        {"contribution": "abc", "retirer": "tout"},
    )
    assert reponse.status_code == 400 and "rien n'a été retiré" in unescape(
        reponse.content.decode()
    )
    assert not RetraitRapport.objects.exists()
    assert client.get("/contribuer/jeton-inconnu/rapports/").status_code == 404


def test_retrait_du_recit_efface_la_citation_des_rapports_et_des_versions(
    donnees, client, django_capture_on_commit_callbacks
):
    invitation, rapport = donnees["invitation"], donnees["rapport"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/contribuer/{invitation.jeton()}/retirer/{donnees['contribution'].pk}/")
    public = client.get(rapport.url).content.decode()
    assert P4 not in public and "Une citation a été retirée" in public
    assert P4 not in json.dumps(list(RapportPage.objects.get(pk=rapport.pk).corps.raw_data))
    for revision in Revision.objects.filter(object_id=str(rapport.pk)):
        assert P4 not in json.dumps(revision.content)
    for format_ in ("md", "xlsx"):
        assert P4.encode() not in exporter(RapportPage.objects.get(pk=rapport.pk), format_)


def test_generer_depuis_l_admin_avec_progression(
    arbre, lieu, client, admin_client, django_capture_on_commit_callbacks
):
    donnees = construire_collection(arbre, lieu, client)
    rapport = donnees["rapport"]
    assert (
        "Générer les blocs de preuve"
        in admin_client.get(f"/admin/pages/{rapport.pk}/edit/").content.decode()
    )
    assert admin_client.get(f"/admin/rapports/{rapport.pk}/generer/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        reponse = admin_client.post(f"/admin/rapports/{rapport.pk}/generer/")
    generation = GenerationRapport.objects.get()
    assert reponse.url == f"/admin/rapports/generation/{generation.pk}/"
    assert generation.etat == "finie" and generation.fait == generation.total == 10
    etat = admin_client.get(f"/admin/rapports/generation/{generation.pk}/?format=json").json()
    assert etat == {"etat": "finie", "fait": 10, "total": 10, "pourcentage": 100}
    assert "Relire et modifier" in admin_client.get(reponse.url).content.decode()
    brouillon = RapportPage.objects.get(pk=rapport.pk).get_latest_revision_as_object()
    assert sum(1 for e in brouillon.corps.raw_data if e["type"] == "preuve") == 10


def test_un_rapport_publie_renvoie_vers_actualiser(donnees, admin_client):
    rapport = donnees["rapport"]
    reponse = admin_client.post(f"/admin/rapports/{rapport.pk}/generer/")
    assert reponse.url == f"/admin/rapports/{rapport.pk}/actualiser/"
    assert "Rien ne changerait" in admin_client.get(reponse.url).content.decode()


def test_profil_du_lieu(donnees, client, lieu):
    html = client.get(lieu.url).content.decode()
    assert "année après année" in html and "Lien social" in html
    png = client.get(f"/graphiques/lieu/{lieu.pk}.png")
    assert png.status_code == 200 and png.content[:4] == b"\x89PNG"
    assert client.get("/graphiques/lieu/999999.png").status_code == 404


def test_la_liste_des_envois_mene_aux_mots_dans_les_rapports(client, arbre, lieu):
    from tests.factories import InvitationFactory
    from tests.utils import envoyer_contribution

    invitation = InvitationFactory(lieu=lieu)
    envoyer_contribution(client, invitation)
    merci = client.get(f"/contribuer/{invitation.jeton()}/merci/").content.decode()
    assert f'href="/contribuer/{invitation.jeton()}/rapports/"' in merci
    assert "Vos mots dans les rapports annuels" in merci
