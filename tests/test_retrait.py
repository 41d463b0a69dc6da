"""The contributor's side: reread what was sent, withdraw it at any time, in plain words."""

from __future__ import annotations

import datetime
import io
from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from PIL import Image
from wagtail.models import WorkflowState

from collecte.models import Contribution

from .factories import InvitationFactory
from .utils import envoyer_contribution

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitation(arbre, lieu):
    return InvitationFactory(lieu=lieu)


def expirer(invitation) -> None:
    invitation.expire_le = timezone.now() - datetime.timedelta(minutes=1)
    invitation.save()


def texte(reponse) -> str:
    return " ".join(unescape(BeautifulSoup(reponse.content, "html.parser").get_text()).split())


def test_lien_expire_montre_les_envois_et_permet_de_retirer(
    client, invitation, django_capture_on_commit_callbacks
):
    contribution = envoyer_contribution(client, invitation, photos=[("La fête", "Des gens")])
    expirer(invitation)
    reponse = client.get(invitation.chemin())
    assert reponse.status_code == 200
    soupe = BeautifulSoup(reponse.content, "html.parser")
    assert soupe.h1.get_text() == f"La collecte {invitation.campagne.annee} est close"
    assert soupe.find("form") is None or soupe.find("input", {"name": "titre"}) is None
    assert "Le premier marché de Noël" in texte(reponse)
    assert "relire ce que le Café des Tilleuls a envoyé et de le retirer" in texte(reponse)
    base = f"/contribuer/{invitation.jeton()}"
    assert client.get(f"{base}/envoi/{contribution.pk}/").status_code == 200
    photo = contribution.photos.get()
    assert client.get(f"{base}/envoi/{contribution.pk}/photo/{photo.pk}/").status_code == 200
    assert (
        "Oui, retirer ce récit" in client.get(f"{base}/retirer/{contribution.pk}/").content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        reponse = client.post(f"{base}/retirer/{contribution.pk}/")
    merci = client.get(reponse["Location"])
    assert "Votre récit a été retiré" in texte(merci)
    assert "Raconter un autre moment" not in texte(merci)  # the link no longer sends
    contribution.refresh_from_db()
    assert contribution.effacee_le and contribution.retrait_par == "lien"


def test_lien_expire_n_enregistre_rien_et_rend_le_texte(client, invitation):
    expirer(invitation)
    from .utils import donnees_valides

    reponse = client.post(invitation.chemin(), donnees_valides(invitation))
    assert reponse.status_code == 403
    assert "Votre récit n'a pas été enregistré : la collecte s'est close" in texte(reponse)
    assert "Même Marcel est venu" in texte(reponse)  # to copy elsewhere
    assert Contribution.objects.count() == 0


def test_lien_revoque_n_ouvre_rien_et_explique_comment_retirer(client, invitation):
    contribution = envoyer_contribution(client, invitation, photos=[("La fête", "Des gens")])
    photo = contribution.photos.get()
    invitation.revoquer()
    base = f"/contribuer/{invitation.jeton()}"
    for url in (
        f"{base}/",
        f"{base}/merci/",
        f"{base}/envoi/{contribution.pk}/",
        f"{base}/envoi/{contribution.pk}/photo/{photo.pk}/",
        f"{base}/retirer/{contribution.pk}/",
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(f"{base}/retirer/{contribution.pk}/").status_code == 404
    explication = texte(client.get(f"{base}/"))
    assert "l'équipe l'effacera pour vous, entièrement" in explication
    assert Contribution.objects.get(pk=contribution.pk).retiree_le is None


def test_relire_son_envoi(client, invitation):
    contribution = envoyer_contribution(
        client,
        invitation,
        photos=[("Le marché", "Des étals sous les platanes")],
        genre="temoignage",
        temoin_paroles="Ici, on me dit bonjour.",
        temoin_signature="prenom",
        temoin_nom="Josette",
        temoin_role="bénévole",
        consentement_presse="on",
    )
    reponse = client.get(f"/contribuer/{invitation.jeton()}/envoi/{contribution.pk}/")
    assert reponse.status_code == 200
    lu = texte(reponse)
    for attendu in (
        "Le premier marché de Noël",
        "Même Marcel est venu, lui qui ne sort plus.",
        "Parce que le village s'est retrouvé.",
        "Ici, on me dit bonjour.",
        "Josette, bénévole",
        "Le marché",
        "Description : Des étals sous les platanes",
        "Publication sur le site : oui",
        "Citation dans le rapport annuel : oui",
        "Presse et communication : oui",
        "Votre nom : avec mon prénom, « Mireille »",
        "Lien social",
        "laissé (il n'est jamais publié)",
    ):
        assert attendu in lu, attendu
    assert "mireille@exemple.fr" not in reponse.content.decode()  # the link may be shared
    image = BeautifulSoup(reponse.content, "html.parser").find(
        "img", alt="Des étals sous les platanes"
    )
    photo = contribution.photos.get()
    assert (
        image["src"]
        == f"/contribuer/{invitation.jeton()}/envoi/{contribution.pk}/photo/{photo.pk}/"
    )


def test_vignette_pour_son_propre_lien_seulement(
    client, invitation, lieu, arbre, django_capture_on_commit_callbacks
):
    from .factories import LieuPageFactory

    contribution = envoyer_contribution(client, invitation, photos=[("La fête", "Des gens")])
    photo = contribution.photos.get()
    url = f"/contribuer/{invitation.jeton()}/envoi/{contribution.pk}/photo/{photo.pk}/"
    reponse = client.get(url)
    assert reponse.status_code == 200 and reponse["Content-Type"] == "image/jpeg"
    assert "no-store" in reponse["Cache-Control"] and "private" in reponse["Cache-Control"]
    with Image.open(io.BytesIO(reponse.content)) as vignette:
        assert max(vignette.size) <= 480
    voisin = InvitationFactory(lieu=LieuPageFactory(parent=arbre["lieux"]))
    autre_annee = InvitationFactory(lieu=lieu, campagne__annee=2020)
    for jeton in (voisin.jeton(), autre_annee.jeton(), "inconnu"):
        autre = f"/contribuer/{jeton}/envoi/{contribution.pk}/photo/{photo.pk}/"
        assert client.get(autre).status_code == 404
        assert client.get(f"/contribuer/{jeton}/envoi/{contribution.pk}/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/contribuer/{invitation.jeton()}/retirer/{contribution.pk}/")
    assert client.get(url).status_code == 404
    relu = texte(client.get(f"/contribuer/{invitation.jeton()}/envoi/{contribution.pk}/"))
    assert "Récit retiré" in relu and "Le premier marché de Noël" not in relu


def test_les_memes_mots_pour_les_etats_partout(
    client, invitation, django_user_model, django_capture_on_commit_callbacks
):
    """The contributor reads « Envoyé, Retiré » (un récit); the admin « Envoyée, Retirée »."""
    envoyee = envoyer_contribution(client, invitation, titre="Un")
    WorkflowState.objects.filter(object_id=str(envoyee.page_id)).delete()
    envoyer_contribution(client, invitation, titre="Deux")
    publiee = envoyer_contribution(client, invitation, titre="Trois")
    publiee.page.save_revision().publish()
    retiree = envoyer_contribution(client, invitation, titre="Quatre")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/contribuer/{invitation.jeton()}/retirer/{retiree.pk}/")
    # Published, then taken offline by an editor: not « Envoyé » again.
    depubliee = envoyer_contribution(client, invitation, titre="Cinq")
    WorkflowState.objects.filter(object_id=str(depubliee.page_id)).delete()
    depubliee.page.save_revision().publish()
    depubliee.page.refresh_from_db()
    depubliee.page.unpublish()
    etats = ["Envoyé", "En relecture", "Publié", "Plus en ligne", "Retiré"]
    base = f"/contribuer/{invitation.jeton()}"
    for adresse in (invitation.chemin(), f"{base}/merci/", f"{base}/merci/?retrait=1"):
        page = BeautifulSoup(client.get(adresse).content, "html.parser")
        assert sorted(s.get_text() for s in page.select(".liste-envois .statut")) == sorted(etats)
        dates = " ".join(s.get_text() for s in page.select(".liste-envois .date"))
        assert "envoyée le" not in dates and "retirée le" not in dates
        assert "envoyé le" in dates and "retiré le" in dates
        assert "Récit effacé" in page.select_one(".liste-envois").get_text()
        assert "« Retiré »" in page.select_one(".deja-envoye").get_text()
    # The reread page of each one speaks the same words as the list.
    for contribution, mot in (
        (envoyee, "Envoyé"),
        (publiee, "Publié"),
        (depubliee, "Plus en ligne"),
        (retiree, "Retiré"),
    ):
        relu = BeautifulSoup(client.get(f"{base}/envoi/{contribution.pk}/").content, "html.parser")
        assert relu.select_one(".statut").get_text() == mot
        assert "Envoyée le" not in relu.get_text() and "Envoyé le" in relu.get_text()
    assert "Récit retiré" in texte(client.get(f"{base}/envoi/{retiree.pk}/"))
    # The admin keeps its own words (« une contribution »).
    admin = django_user_model.objects.create_superuser("a", "a@exemple.fr", "x")
    client.force_login(admin)
    liste = texte(client.get("/admin/collecte/contributions/"))
    for etat in ["Envoyée", "En relecture", "Publiée", "Plus en ligne", "Retirée"]:
        assert etat in liste
    assert "Reçue" not in liste


def test_ce_qui_reste_dit_tel_quel(client, invitation, django_capture_on_commit_callbacks):
    contribution = envoyer_contribution(client, invitation, photos=[("La fête", "Des gens")])
    base = f"/contribuer/{invitation.jeton()}"
    annee = invitation.campagne.annee
    confirmation = texte(client.get(f"{base}/retirer/{contribution.pk}/"))
    assert (
        "Nous effacerons tout ce que vous avez envoyé avec lui : le texte, les noms" in confirmation
    )
    assert "votre e-mail, les photos et leurs légendes" in confirmation
    reste = f"un récit du Café des Tilleuls a été envoyé pour la collecte {annee}, puis retiré"
    assert reste in confirmation
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{base}/retirer/{contribution.pk}/")
    merci = texte(client.get(f"{base}/merci/?retrait=1"))
    assert "Nous avons effacé tout ce que vous aviez envoyé avec lui" in merci
    assert f"un récit du Café des Tilleuls envoyé pour la collecte {annee}, puis retiré" in merci
    # And it is true: the row keeps no text, name, e-mail or photo.
    contribution.refresh_from_db()
    assert (contribution.titre, contribution.texte, contribution.signature_nom) == ("", "", "")
    assert contribution.email == "" and not contribution.photos.exists()
    assert "Récit effacé" in merci and "Retiré" in merci and "Retirée" not in merci
    # Withdrawing again leads back to the list, without an error.
    assert client.get(f"{base}/retirer/{contribution.pk}/").status_code == 302


def test_photo_transparente_reste_un_png(client, invitation, django_user_model):
    """collecte.photos keeps a transparent picture as PNG: both addresses say so."""
    from .photos_fixtures import png_transparent

    contribution = envoyer_contribution(
        client, invitation, photos=[("Le logo", "Le logo du café", "logo.png", png_transparent())]
    )
    photo = contribution.photos.get()
    assert photo.fichier.name.endswith(".png")
    vignette = client.get(
        f"/contribuer/{invitation.jeton()}/envoi/{contribution.pk}/photo/{photo.pk}/"
    )
    assert vignette["Content-Type"] == "image/png"
    with Image.open(io.BytesIO(vignette.content)) as image:
        assert image.mode == "RGBA" and image.getchannel("A").getextrema()[0] == 0
    admin = django_user_model.objects.create_superuser("a", "a@exemple.fr", "x")
    client.force_login(admin)
    assert client.get(f"/admin/recits/photos/{photo.pk}/")["Content-Type"] == "image/png"
