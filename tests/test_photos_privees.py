"""Private photos go only to those who may see their contribution and its story; withdrawn: nobody."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

from collecte.models import Contribution, PhotoContribution

from .factories import InvitationFactory
from .utils import envoyer_contribution

pytestmark = pytest.mark.django_db


def groupe(nom: str, droits: list[str], pages: dict | None = None) -> Group:
    """A group with Django permissions ("app.codename") and page permissions {page: [codenames]}."""
    nouveau = Group.objects.create(name=nom)
    for droit in droits:
        app, codename = droit.split(".")
        nouveau.permissions.add(
            Permission.objects.get(content_type__app_label=app, codename=codename)
        )
    for page, codenames in (pages or {}).items():
        for codename in codenames:
            GroupPagePermission.objects.create(
                group=nouveau,
                page=page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    return nouveau


def connecte(django_user_model, nom: str, *groupes: Group, **champs) -> Client:
    utilisateur = django_user_model.objects.create_user(nom, f"{nom}@exemple.fr", "x", **champs)
    utilisateur.groups.add(*groupes)
    client = Client()
    client.force_login(utilisateur)
    return client


@pytest.fixture
def contributions(client, arbre, lieu, django_capture_on_commit_callbacks):
    """In review, published, withdrawn (erased), and withdrawn before erasure existed."""
    invitation = InvitationFactory(lieu=lieu)
    en_relecture = envoyer_contribution(client, invitation, photos=[("Un", "Un"), ("Deux", "Deux")])
    publiee = envoyer_contribution(client, invitation, photos=[("Trois", "Trois")])
    publiee.page.save_revision().publish()
    retiree = envoyer_contribution(client, invitation, photos=[("Quatre", "Quatre")])
    retiree_ids = list(retiree.photos.values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/contribuer/{invitation.jeton()}/retirer/{retiree.pk}/")
    ancienne = envoyer_contribution(client, invitation, photos=[("Cinq", "Cinq")])
    Contribution.objects.filter(pk=ancienne.pk).update(retiree_le=timezone.now())
    return {
        "visibles": set(
            PhotoContribution.objects.filter(contribution__in=[en_relecture, publiee]).values_list(
                "pk", flat=True
            )
        ),
        "retirees": set(retiree_ids) | set(ancienne.photos.values_list("pk", flat=True)),
    }


def test_chaque_groupe_en_parcourant_les_numeros(contributions, arbre, django_user_model):
    racine = Page.get_first_root_node()
    acces = groupe("Accès à l'administration", ["wagtailadmin.access_admin"])
    sans_recits = groupe(
        "Lieux seulement",
        ["wagtailadmin.access_admin", "collecte.view_contribution"],
        {arbre["lieux"]: ["add_page", "change_page"]},
    )
    visiteurs = {
        "Editors": connecte(django_user_model, "editeur", Group.objects.get(name="Editors")),
        "Moderators": connecte(
            django_user_model, "moderateur", Group.objects.get(name="Moderators")
        ),
        "superuser": connecte(django_user_model, "admin", is_superuser=True, is_staff=True),
        "accès seul": connecte(django_user_model, "acces", acces),
        "sans droit sur les récits": connecte(django_user_model, "lieux", sans_recits),
        "inactif": connecte(
            django_user_model, "parti", Group.objects.get(name="Moderators"), is_active=False
        ),
        "anonyme": Client(),
    }
    assert racine.depth == 1 and contributions["visibles"] and contributions["retirees"]
    dernier = max(contributions["visibles"] | contributions["retirees"])
    for nom, visiteur in visiteurs.items():
        for pk in range(1, dernier + 3):
            reponse = visiteur.get(f"/admin/recits/photos/{pk}/")
            if nom in ("anonyme", "inactif"):
                attendu = 302  # to the login page
            elif nom in ("Editors", "Moderators", "superuser") and pk in contributions["visibles"]:
                attendu = 200
            else:
                attendu = 404  # not theirs, withdrawn or unknown: the same answer
            assert reponse.status_code == attendu, (nom, pk)
            if attendu == 200:
                assert reponse["Content-Type"] == "image/jpeg"
                assert {"private", "no-store"} <= set(reponse["Cache-Control"].split(", "))
                assert b"".join(reponse.streaming_content)[:2] == b"\xff\xd8"
            if attendu == 302:
                assert "/admin/login/" in reponse["Location"]


def test_le_panneau_du_recit_ne_montre_les_photos_qu_a_qui_peut_les_voir(
    contributions, arbre, django_user_model
):
    photo = PhotoContribution.objects.get(pk=min(contributions["visibles"]))
    page_id = photo.contribution.page_id
    redaction = groupe(
        "Rédaction sans contributions",
        ["wagtailadmin.access_admin"],
        {arbre["recits"]: ["add_page", "change_page"]},
    )
    sans_droit = connecte(django_user_model, "redacteur", redaction)
    html = sans_droit.get(f"/admin/pages/{page_id}/edit/").content.decode()
    assert "elles ne sont pas affichées" in html
    assert "/admin/recits/photos/" not in html
    editeur = connecte(django_user_model, "editeur", Group.objects.get(name="Editors"))
    html = editeur.get(f"/admin/pages/{page_id}/edit/").content.decode()
    assert f"/admin/recits/photos/{photo.pk}/" in html
