"""An editor erases a contribution on a person's request: confirmed, POST only, audited."""

from __future__ import annotations

from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.test import Client
from wagtail.models import GroupPagePermission, ModelLogEntry, Page

from collecte.models import Contribution
from recits.models import RecitPage

from .factories import InvitationFactory
from .utils import envoyer_contribution

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitation(arbre, lieu):
    return InvitationFactory(lieu=lieu)


@pytest.fixture
def contribution(client, invitation):
    return envoyer_contribution(
        client, invitation, photos=[("La fête", "Des gens dansent")], signature_nom="Mireille"
    )


def membre(django_user_model, nom: str, *groupes: str, **champs) -> Client:
    utilisateur = django_user_model.objects.create_user(nom, f"{nom}@exemple.fr", "x", **champs)
    utilisateur.groups.add(*Group.objects.filter(name__in=groupes))
    client = Client()
    client.force_login(utilisateur)
    client.utilisateur = utilisateur
    return client


def texte(reponse) -> str:
    return " ".join(unescape(BeautifulSoup(reponse.content, "html.parser").get_text()).split())


def url_effacer(contribution) -> str:
    return f"/admin/collecte/contributions/{contribution.pk}/effacer/"


def test_confirmation_puis_effacement_par_la_moderation(
    contribution, invitation, django_user_model, django_capture_on_commit_callbacks
):
    moderatrice = membre(django_user_model, "moderatrice", "Moderators")
    fiche = moderatrice.get(f"/admin/collecte/contributions/inspect/{contribution.pk}/")
    assert url_effacer(contribution) in fiche.content.decode()
    confirmation = moderatrice.get(url_effacer(contribution))
    assert confirmation.status_code == 200
    lu = texte(confirmation)
    for attendu in (
        "C'est définitif.",
        "le récit « Le premier marché de Noël »",
        "1 photo : l'original privé, l'image de la médiathèque et toutes ses tailles",
        "Ce qui restera",
        "Ce que le site ne peut pas effacer",
    ):
        assert attendu in lu, attendu
    assert Contribution.objects.get(pk=contribution.pk).effacee_le is None  # GET erases nothing

    page_id = contribution.page_id
    with django_capture_on_commit_callbacks(execute=True):
        reponse = moderatrice.post(url_effacer(contribution))
    assert reponse.status_code == 302 and reponse["Location"] == "/admin/collecte/contributions/"
    suite = texte(moderatrice.get(reponse["Location"]))
    assert "La contribution de « Café des Tilleuls » est effacée" in suite
    assert "Le premier marché de Noël" not in suite  # not even in the message
    contribution.refresh_from_db()
    assert contribution.effacee_le and contribution.retrait_par == "equipe"
    assert not RecitPage.objects.filter(pk=page_id).exists()

    # The audit line: who, when, which place; no text, no name.
    ligne = ModelLogEntry.objects.get(action="collecte.effacement")
    assert ligne.object_id == str(invitation.campagne_id)
    assert ligne.user_id == moderatrice.utilisateur.pk
    assert ligne.data == {"lieu": "Café des Tilleuls", "par": "equipe"}
    historique = texte(
        moderatrice.get(f"/admin/collecte/campagnes/history/{invitation.campagne_id}/")
    )
    assert "Contribution de « Café des Tilleuls » effacée à la demande de la personne" in historique
    assert "Mireille" not in historique and "marché de Noël" not in historique

    # Erased: the record says so, and offers nothing more to erase.
    fiche = moderatrice.get(f"/admin/collecte/contributions/inspect/{contribution.pk}/")
    assert "Contribution effacée" in texte(fiche)
    assert url_effacer(contribution) not in fiche.content.decode()
    assert moderatrice.get(url_effacer(contribution)).status_code == 302


@pytest.mark.parametrize("qui", ["Editors", "accès seul", "anonyme"])
def test_effacer_est_reserve_a_la_moderation(contribution, django_user_model, qui):
    """Editors curate and write, Moderators decide what is public: erasing is theirs."""
    if qui == "anonyme":
        visiteur = Client()
    else:
        visiteur = membre(django_user_model, "x", *([qui] if qui == "Editors" else []))
        if qui == "accès seul":
            visiteur.utilisateur.user_permissions.add(
                Permission.objects.get(codename="access_admin")
            )
    for reponse in (
        visiteur.get(url_effacer(contribution)),
        visiteur.post(url_effacer(contribution)),
    ):
        # Wagtail answers a refusal with the dashboard and a message; anonymous: log in.
        assert reponse.status_code == 302
        assert reponse["Location"].startswith("/admin/login/" if qui == "anonyme" else "/admin/")
        assert qui == "anonyme" or reponse["Location"] == "/admin/"
    if qui == "Editors":
        fiche = visiteur.get(f"/admin/collecte/contributions/inspect/{contribution.pk}/")
        assert fiche.status_code == 200 and url_effacer(contribution) not in fiche.content.decode()
    assert Contribution.objects.get(pk=contribution.pk).effacee_le is None


def test_csrf_obligatoire(contribution, django_user_model):
    strict = Client(enforce_csrf_checks=True)
    utilisateur = django_user_model.objects.create_superuser("a", "a@exemple.fr", "x")
    strict.force_login(utilisateur)
    assert strict.post(url_effacer(contribution)).status_code == 403
    assert Contribution.objects.get(pk=contribution.pk).effacee_le is None


def test_supprimer_le_recit_mene_a_l_effacement(contribution, django_user_model, creer_recit):
    moderatrice = membre(django_user_model, "moderatrice", "Moderators")
    reponse = moderatrice.get(f"/admin/pages/{contribution.page_id}/delete/")
    assert reponse.status_code == 302 and reponse["Location"] == url_effacer(contribution)
    assert moderatrice.post(f"/admin/pages/{contribution.page_id}/delete/")["Location"] == (
        url_effacer(contribution)
    )
    assert RecitPage.objects.filter(pk=contribution.page_id).exists()
    # Without the right to erase: back to the story, with the reason.
    editrice = membre(django_user_model, "editrice", "Editors", "Moderators")
    editrice.utilisateur.groups.remove(Group.objects.get(name="Moderators"))
    refus = editrice.get(f"/admin/pages/{contribution.page_id}/delete/", follow=True)
    assert "le supprimer efface aussi tout ce que la personne a envoyé" in texte(refus)
    # A story written by the team is deleted as Wagtail always did.
    recit = creer_recit(title="Écrit par l'équipe")
    assert moderatrice.get(f"/admin/pages/{recit.pk}/delete/").status_code == 200


def test_suppression_groupee_sans_le_droit_d_effacer_refusee(contribution, django_user_model):
    """Deleting pages in bulk would erase contributions: not for those who may not erase."""
    groupe = Group.objects.create(name="Suppression des pages")
    groupe.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page", "delete_page"):
        GroupPagePermission.objects.create(
            group=groupe,
            page=Page.get_first_root_node(),
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    qui = membre(django_user_model, "nettoyeur", "Suppression des pages")
    url = f"/admin/bulk/wagtailcore/page/delete/?id={contribution.page_id}&next=/admin/pages/"
    reponse = qui.post(url, follow=True)
    assert "Rien n'a été supprimé" in texte(reponse)
    assert RecitPage.objects.filter(pk=contribution.page_id).exists()
    assert Contribution.objects.get(pk=contribution.pk).effacee_le is None
