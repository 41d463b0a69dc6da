"""Admin screens of the indicator framework answer and filter, for editors too."""

import pytest
from django.contrib.auth.models import Group

from indicateurs.models import Codage, Indicateur

pytestmark = pytest.mark.django_db


@pytest.fixture
def superadmin(client, django_user_model):
    utilisateur = django_user_model.objects.create_superuser("admin", "a@exemple.fr", "x")
    client.force_login(utilisateur)
    return utilisateur


def test_liste_et_filtres_des_indicateurs(client, superadmin):
    reponse = client.get("/admin/snippets/indicateurs/indicateur/")
    assert reponse.status_code == 200
    assert "Lien social" in reponse.content.decode()
    Indicateur.objects.filter(slug="mixite").update(actif=False)
    filtre = client.get("/admin/snippets/indicateurs/indicateur/?actif=false")
    assert filtre.status_code == 200
    contenu = filtre.content.decode()
    assert "Mixité" in contenu and "Lien social" not in contenu
    famille = client.get("/admin/snippets/indicateurs/indicateur/?famille=territoire")
    assert "Dynamisme territorial" in famille.content.decode()
    assert "Convivialité" not in famille.content.decode()


def test_edition_d_un_indicateur(client, superadmin):
    indicateur = Indicateur.objects.get(slug="lien-social")
    reponse = client.get(f"/admin/snippets/indicateurs/indicateur/edit/{indicateur.pk}/")
    assert reponse.status_code == 200
    assert "Lexique" in reponse.content.decode()


def test_liste_et_filtres_des_codages(client, superadmin, creer_recit):
    recit = creer_recit(title="Un récit codé", indicateurs=["lien-social"])
    Codage.objects.create(
        recit=recit,
        indicateur=Indicateur.objects.get(slug="mixite"),
        origine="assistant",
        statut="suggere",
    )
    assert client.get("/admin/snippets/indicateurs/codage/").status_code == 200
    filtre = client.get("/admin/snippets/indicateurs/codage/?statut=suggere")
    assert filtre.status_code == 200
    assert filtre.content.decode().count("Un récit codé") >= 1


def test_editrice_voit_la_collecte(client, django_user_model, arbre):
    editrice = django_user_model.objects.create_user("ed", "ed@exemple.fr", "x", is_staff=True)
    editrice.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editrice)
    assert client.get("/admin/").status_code == 200
    assert editrice.has_perm("collecte.change_campagne")
    assert editrice.has_perm("collecte.view_contribution")
    assert not editrice.has_perm("collecte.change_contribution")


def test_editrice_gere_les_indicateurs(client, django_user_model, arbre):
    editrice = django_user_model.objects.create_user("ed2", "ed2@exemple.fr", "x", is_staff=True)
    editrice.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editrice)
    assert client.get("/admin/snippets/indicateurs/indicateur/").status_code == 200
    assert editrice.has_perm("indicateurs.change_indicateur")
    assert not editrice.has_perm("indicateurs.delete_indicateur")
