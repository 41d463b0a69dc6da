"""Who may read and change a story's codings: groups shipped by migration, 403 otherwise."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from indicateurs.atelier.services import version_codage
from indicateurs.models import Codage, Indicateur

pytestmark = pytest.mark.django_db


def membre(django_user_model, nom: str, *groupes: str):
    utilisateur = django_user_model.objects.create_user(nom, f"{nom}@exemple.fr", "motdepasse")
    utilisateur.groups.add(*Group.objects.filter(name__in=groupes))
    client = Client()
    client.force_login(utilisateur)
    return client


@pytest.fixture
def recit(creer_recit):
    recit = creer_recit(title="La belote", chapo="Le jeudi, on joue à la belote au café.")
    recit.save_revision()
    return recit


def coder(client, recit):
    return client.post(
        reverse("indicateurs_atelier_action", args=[recit.pk]),
        {
            "action": "coder",
            "bloc": "chapo",
            "passage": "on joue à la belote",
            "indicateur": Indicateur.objects.get(slug="convivialite").pk,
            "version": version_codage(recit.pk),
        },
    )


def test_les_groupes_livres():
    droits = {
        g.name: set(g.permissions.values_list("content_type__app_label", "codename"))
        for g in Group.objects.filter(name__in=["Éditeurs", "Modérateurs", "Lecteurs"])
    }
    assert set(droits) == {"Éditeurs", "Modérateurs", "Lecteurs"}
    assert ("collecte", "erase_contribution") in droits["Modérateurs"]
    assert ("collecte", "erase_contribution") not in droits["Éditeurs"]
    assert ("indicateurs", "lire_atelier") in droits["Lecteurs"]
    assert ("wagtailadmin", "access_admin") in droits["Lecteurs"]
    assert not any(c.startswith(("change_", "add_", "delete_")) for _, c in droits["Lecteurs"])
    pages = {
        g: set(
            Group.objects.get(name=g).page_permissions.values_list(
                "permission__codename", flat=True
            )
        )
        for g in ("Éditeurs", "Modérateurs", "Lecteurs")
    }
    assert {"add_page", "change_page"} <= pages["Éditeurs"] and "publish_page" not in pages[
        "Éditeurs"
    ]
    assert "publish_page" in pages["Modérateurs"]
    assert pages["Lecteurs"] == set()
    # Wagtail's own groups keep what they had.
    assert Group.objects.get(name="Moderators").permissions.filter(codename="erase_contribution")


def test_moderateurs_approuvent_dans_le_workflow(arbre):
    from wagtail.models import GroupApprovalTask

    taches = GroupApprovalTask.objects.filter(groups__name="Moderators")
    assert taches.exists()
    for tache in taches:
        assert "Modérateurs" in set(tache.groups.values_list("name", flat=True))


@pytest.mark.parametrize("groupes", [("Éditeurs",), ("Modérateurs",), ("Editors",)])
def test_qui_edite_code(django_user_model, recit, groupes):
    client = membre(django_user_model, "edith", *groupes)
    assert client.get(reverse("indicateurs_atelier", args=[recit.pk])).status_code == 200
    assert coder(client, recit).status_code == 302
    assert Codage.objects.filter(recit=recit, passage="on joue à la belote").exists()


def test_un_lecteur_lit_sans_rien_changer(django_user_model, recit):
    client = membre(django_user_model, "lea", "Lecteurs")
    page = client.get(reverse("indicateurs_atelier", args=[recit.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Lecture seule" in html and 'name="action"' not in html
    assert coder(client, recit).status_code == 403
    assert not Codage.objects.filter(recit=recit).exists()


def test_sans_acces_au_recit_403(django_user_model, recit):
    client = membre(django_user_model, "intrus")
    intrus = django_user_model.objects.get(username="intrus")
    intrus.user_permissions.add(Permission.objects.get(codename="access_admin"))
    assert client.get(reverse("indicateurs_atelier", args=[recit.pk])).status_code == 403
    assert coder(client, recit).status_code == 403
    decider = reverse("indicateurs_decider_codage", args=[1])
    suggestion = Codage.objects.create(
        recit=recit, indicateur=Indicateur.objects.get(slug="mixite"), origine="assistant"
    )
    decider = reverse("indicateurs_decider_codage", args=[suggestion.pk])
    assert client.post(decider, {"decision": "accepte"}).status_code == 403
    assert not Codage.objects.filter(recit=recit, statut="accepte").exists()


def test_anonyme_et_methodes(client, admin_client, recit):
    reponse = client.get(reverse("indicateurs_atelier", args=[recit.pk]))
    assert reponse.status_code == 302 and "/admin/login/" in reponse["Location"]
    assert coder(client, recit).status_code == 302
    action = reverse("indicateurs_atelier_action", args=[recit.pk])
    assert admin_client.get(action).status_code == 405
    assert admin_client.get(reverse("indicateurs_atelier", args=[999999])).status_code == 404


def test_csrf_exige(django_user_model, recit):
    utilisateur = django_user_model.objects.create_superuser("su", "su@exemple.fr", "motdepasse")
    client = Client(enforce_csrf_checks=True)
    client.force_login(utilisateur)
    assert coder(client, recit).status_code == 403
    assert not Codage.objects.filter(recit=recit).exists()
