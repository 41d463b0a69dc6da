"""« Récits à coder »: each filter narrows, each status is defined from codings, counts hold."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from indicateurs.listes_admin import compter_par_statut, recits_annotes
from indicateurs.models import Codage, Indicateur
from tests.factories import CampagneFactory, InvitationFactory, LieuPageFactory

pytestmark = pytest.mark.django_db
URL = "/admin/curation/recits-a-coder/"


@pytest.fixture
def superadmin(client, django_user_model):
    utilisateur = django_user_model.objects.create_superuser("admin", "a@exemple.fr", "x")
    client.force_login(utilisateur)
    return utilisateur


def _codage(recit, slug="lien-social", **champs):
    champs.setdefault("origine", Codage.Origine.ASSISTANT)
    champs.setdefault("statut", Codage.Statut.SUGGERE)
    return Codage.objects.create(
        recit=recit, indicateur=Indicateur.objects.get(slug=slug), **champs
    )


@pytest.fixture
def quatre_recits(creer_recit):
    """One story in each coding status."""
    non_code = creer_recit(title="Pas encore lu")
    _codage(non_code)  # a suggestion alone does not make a story coded
    _codage(non_code, origine=Codage.Origine.CONTRIBUTEUR)
    en_partie = creer_recit(title="Lu à moitié", indicateurs=["lien-social"])
    _codage(en_partie, slug="mixite")
    termine = creer_recit(title="Tout décidé", indicateurs=["convivialite"])
    _codage(termine, slug="mixite", statut=Codage.Statut.REJETE)
    _codage(termine, slug="bien-vivre", origine=Codage.Origine.CONTRIBUTEUR)
    a_revoir = creer_recit(title="Passage perdu", indicateurs=["bien-vivre"])
    _codage(
        a_revoir,
        origine=Codage.Origine.EDITEUR,
        statut=Codage.Statut.ACCEPTE,
        bloc="chapo",
        debut=0,
        fin=5,
        passage="Un mo",
        a_revoir=True,
    )
    return {"non_code": non_code, "en_partie": en_partie, "termine": termine, "a_revoir": a_revoir}


def test_statut_de_chaque_recit_et_comptes(quatre_recits):
    statuts = dict(recits_annotes().values_list("title", "statut_codage"))
    assert statuts == {
        "Pas encore lu": "non_code",
        "Lu à moitié": "en_partie",
        "Tout décidé": "termine",
        "Passage perdu": "a_revoir",
    }
    comptes = {c["cle"]: c["nombre"] for c in compter_par_statut(recits_annotes())}
    assert comptes == {"non_code": 1, "en_partie": 1, "termine": 1, "a_revoir": 1}


def test_un_codage_a_revoir_rejete_ne_compte_plus(quatre_recits):
    Codage.objects.filter(a_revoir=True).update(statut=Codage.Statut.REJETE)
    statuts = dict(recits_annotes().values_list("title", "statut_codage"))
    assert statuts["Passage perdu"] == "termine"  # its whole-story coding stays accepted


def _titres(client, requete=""):
    reponse = client.get(URL + requete)
    assert reponse.status_code == 200
    contenu = reponse.content.decode()
    return {
        t
        for t in ("Pas encore lu", "Lu à moitié", "Tout décidé", "Passage perdu", "Ailleurs")
        if t in contenu
    }, contenu


def test_filtre_par_statut_et_comptes_affiches(client, superadmin, quatre_recits):
    titres, contenu = _titres(client, "?statut=en_partie")
    assert titres == {"Lu à moitié"}
    # The counts ignore the status filter itself: they say where the other stories are.
    assert "Non codé : <strong>1</strong>" in contenu
    assert "Terminé : <strong>1</strong>" in contenu
    assert 'aria-current="true">En partie' in contenu


def test_filtres_indicateur_origine_publication(client, superadmin, quatre_recits):
    mixite = Indicateur.objects.get(slug="mixite")
    titres, _ = _titres(client, f"?indicateur={mixite.pk}")
    assert titres == {"Lu à moitié"}  # the rejected one on « Tout décidé » does not count
    titres, _ = _titres(client, "?origine=contributeur")
    assert titres == {"Pas encore lu", "Tout décidé"}
    quatre_recits["termine"].unpublish()
    titres, _ = _titres(client, "?publication=brouillon")
    assert titres == {"Tout décidé"}
    titres, _ = _titres(client, "?publication=publie")
    assert titres == {"Pas encore lu", "Lu à moitié", "Passage perdu"}


def test_filtres_lieu_departement_annee_campagne(
    client, superadmin, arbre, quatre_recits, creer_recit
):
    ailleurs = LieuPageFactory(parent=arbre["lieux"], title="Épicerie", departement="26")
    autre = creer_recit(title="Ailleurs", lieu=ailleurs, date=datetime.date(2023, 3, 1))
    titres, contenu = _titres(client, "?departement=26")
    assert titres == {"Ailleurs"}
    assert "Drôme (26)" in contenu
    titres, _ = _titres(client, f"?lieu={ailleurs.pk}")
    assert titres == {"Ailleurs"}
    titres, _ = _titres(client, "?annee=2023")
    assert titres == {"Ailleurs"}
    from collecte.models import Contribution

    campagne = CampagneFactory(annee=2025)
    invitation = InvitationFactory(campagne=campagne, lieu=ailleurs)
    Contribution.objects.create(
        invitation=invitation,
        campagne=campagne,
        lieu=ailleurs,
        genre="recit",
        titre="x",
        texte="x",
        signature="anonyme",
        page=autre,
        cle_envoi="c" * 32,
        consentement_site=False,
        consentement_rapport=False,
        consentement_presse=False,
    )
    titres, contenu = _titres(client, "?campagne=2025")
    assert titres == {"Ailleurs"}
    assert "Collecte 2025" in contenu


def test_valeur_inconnue_ne_casse_rien(client, superadmin, quatre_recits):
    reponse = client.get(URL + "?statut=nimporte&annee=abc&indicateur=999999")
    assert reponse.status_code == 200


def test_lien_vers_l_atelier_ou_l_editeur(client, superadmin, quatre_recits):
    contenu = client.get(URL).content.decode()
    from django.urls import NoReverseMatch, reverse

    recit = quatre_recits["non_code"]
    try:
        attendu = reverse("indicateurs_atelier", args=[recit.pk])
    except NoReverseMatch:
        attendu = f"/admin/pages/{recit.pk}/edit/"
    assert f'href="{attendu}"' in contenu


def test_le_nombre_de_requetes_ne_croit_pas_avec_les_lignes(client, superadmin, creer_recit):
    def compter():
        client.get(URL)  # new pages renew the cached site paths: warm them first
        with CaptureQueriesContext(connection) as capture:
            assert client.get(URL).status_code == 200
        return len(capture)

    for i in range(3):
        recit = creer_recit(title=f"Petit {i}", indicateurs=["lien-social"])
        _codage(recit, slug="mixite")
    peu = compter()
    for i in range(20):
        recit = creer_recit(title=f"Grand {i}", indicateurs=["lien-social"])
        _codage(recit, slug="mixite", a_revoir=True)
    beaucoup = compter()
    print(f"requêtes : {peu} pour 3 récits, {beaucoup} pour 23 récits")
    assert beaucoup == peu


def test_permissions(client, django_user_model, arbre):
    anonyme = client.get(URL)
    assert anonyme.status_code == 302  # to the login page
    sans_droit = django_user_model.objects.create_user("x", "x@exemple.fr", "x")
    sans_droit.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(sans_droit)
    refus = client.get(URL)
    assert refus.status_code == 403
    assert "Accès refusé" in refus.content.decode()
    assert URL not in client.get("/admin/").content.decode()  # no menu entry either
    lectrice = django_user_model.objects.create_user("l", "l@exemple.fr", "x")
    lectrice.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_codage"),
    )
    client.force_login(lectrice)
    assert client.get(URL).status_code == 200
    editrice = django_user_model.objects.create_user("e", "e@exemple.fr", "x")
    editrice.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editrice)
    reponse = client.get(URL)
    assert reponse.status_code == 200
    assert URL in client.get("/admin/").content.decode()  # the menu entry


def test_recherche_dans_les_titres(client, superadmin, quatre_recits):
    titres, _ = _titres(client, "?q=moitié")
    assert titres == {"Lu à moitié"}
