"""Agreement figures: kappa on known tables, precision and recall on a small known set, the dashboard."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission

from indicateurs.accord import (
    PAS_ASSEZ,
    TableAccord,
    calculer_accord,
    kappa_cohen,
    recits_du_perimetre,
)
from indicateurs.models import Analyse, Codage, Indicateur
from recits.models import RecitPage

URL = "/admin/curation/accord/"


def test_kappa_sur_une_table_connue():
    # 50 stories: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no.
    # Observed agreement 35/50 = 0.7; chance 0.5 × 0.6 + 0.5 × 0.4 = 0.5; kappa = 0.2 / 0.5.
    kappa = kappa_cohen(TableAccord(a=20, b=5, c=10, d=15))
    assert kappa.valeur == pytest.approx(0.4, abs=1e-12)
    assert kappa.texte == "0,40"
    assert not kappa.prudence


def test_kappa_parfait_oppose_et_autre_table():
    assert kappa_cohen(TableAccord(a=3, d=7)).valeur == pytest.approx(1.0)
    assert kappa_cohen(TableAccord(b=5, c=5)).valeur == pytest.approx(-1.0)
    # n = 10, po = 0.8, pe = 0.6 × 0.6 + 0.4 × 0.4 = 0.52 → 0.28 / 0.48 = 7 / 12
    assert kappa_cohen(TableAccord(a=5, b=1, c=1, d=3)).valeur == pytest.approx(7 / 12)


def test_kappa_vide_ou_degenere():
    vide = kappa_cohen(TableAccord())
    assert vide.valeur is None and vide.texte.startswith(PAS_ASSEZ)
    partout_oui = kappa_cohen(TableAccord(a=12))
    assert partout_oui.valeur is None and PAS_ASSEZ in partout_oui.texte
    partout_non = kappa_cohen(TableAccord(d=4))
    assert partout_non.valeur is None
    # The editors say yes everywhere: kappa would be 0 whatever the other reader says.
    assert kappa_cohen(TableAccord(a=3, b=2)).valeur is None
    assert kappa_cohen(TableAccord(a=1, d=1)).prudence  # defined, but on two stories


def _code(recit, slug, origine, statut, **champs):
    return Codage.objects.create(
        recit=recit,
        indicateur=Indicateur.objects.get(slug=slug),
        origine=origine,
        statut=statut,
        **champs,
    )


A, E, C = Codage.Origine.ASSISTANT, Codage.Origine.EDITEUR, Codage.Origine.CONTRIBUTEUR
OUI, NON, ATT = Codage.Statut.ACCEPTE, Codage.Statut.REJETE, Codage.Statut.SUGGERE


@pytest.fixture
def jeu_connu(db, creer_recit):
    """Four stories read by the helper, three coded; lien-social figures are known by hand."""
    r1 = creer_recit(title="R1", source=RecitPage.Source.CONTRIBUTION)
    r2 = creer_recit(title="R2", source=RecitPage.Source.CONTRIBUTION)
    r3 = creer_recit(title="R3")
    r4 = creer_recit(title="R4 jamais codé")
    for recit in (r1, r2, r3, r4):
        Analyse.objects.create(recit=recit, empreinte="x", empreinte_regles="y")
    # R1: helper suggested lien-social twice (story + passage): one accepted, one rejected.
    _code(r1, "lien-social", A, OUI)
    _code(r1, "lien-social", A, NON, bloc="chapo", debut=0, fin=3, passage="Un ")
    _code(r1, "lien-social", C, ATT)
    # R2: the editors gave lien-social themselves, the helper had not suggested it.
    _code(r2, "lien-social", E, OUI)
    _code(r2, "mixite", A, NON)
    _code(r2, "convivialite", C, ATT)
    # R3: helper suggested lien-social, editors rejected it; they accepted convivialite.
    _code(r3, "lien-social", A, NON)
    _code(r3, "convivialite", A, OUI)
    # R4: an undecided suggestion (left out of precision; R4 is not coded).
    _code(r4, "lien-social", A, ATT)
    return {"r1": r1, "r2": r2, "r3": r3, "r4": r4}


def test_precision_rappel_kappa_sur_un_petit_jeu(jeu_connu):
    accord = calculer_accord()
    assert (accord.nb_recits, accord.nb_codes, accord.nb_lus_assistant) == (4, 3, 3)
    assert accord.nb_contributions == 2
    lien = next(ligne for ligne in accord.lignes if ligne.indicateur.slug == "lien-social")
    # Decided helper suggestions: R1 accepted, R1 passage rejected, R3 rejected → 1 / 3.
    assert (lien.precision.numerateur, lien.precision.denominateur) == (1, 3)
    assert lien.en_attente == 1
    assert lien.precision.texte == "33 % (1 sur 3)"
    # Stories coded lien-social by the editors: R1, R2; the helper had suggested R1 → 1 / 2.
    assert (lien.rappel.numerateur, lien.rappel.denominateur) == (1, 2)
    # Editors × helper on R1..R3: R1 yes/yes, R2 yes/no, R3 no/yes.
    assert lien.table_assistant == TableAccord(a=1, b=1, c=1, d=0)
    assert lien.kappa_assistant.valeur == pytest.approx(-0.5)
    # Editors × contributors on R1, R2: R1 yes/yes, R2 yes/no → editors say yes everywhere.
    assert lien.table_contributeurs == TableAccord(a=1, b=1)
    assert lien.kappa_contributeurs.valeur is None
    convivialite = next(ligne for ligne in accord.lignes if ligne.indicateur.slug == "convivialite")
    assert convivialite.table_contributeurs == TableAccord(c=1, d=1)
    assert convivialite.kappa_contributeurs.valeur is None  # editors said no everywhere
    # Overall: pooled precision (lien 1/3, mixite 0/1, convivialite 1/1) = 2 / 5.
    assert (accord.ensemble.precision.numerateur, accord.ensemble.precision.denominateur) == (2, 5)
    assert accord.ensemble.table_assistant.n == 3 * Indicateur.objects.filter(actif=True).count()


def test_perimetre_par_periode_et_campagne(jeu_connu):
    RecitPage.objects.filter(pk=jeu_connu["r3"].pk).update(date=datetime.date(2020, 1, 1))
    dans_2020 = recits_du_perimetre(du=datetime.date(2020, 1, 1), au=datetime.date(2020, 12, 31))
    assert calculer_accord(dans_2020).nb_recits == 1
    assert calculer_accord(recits_du_perimetre(campagne=2031)).nb_recits == 0


@pytest.fixture
def lectrice(client, django_user_model, arbre):
    utilisateur = django_user_model.objects.create_user("l", "l@exemple.fr", "x")
    utilisateur.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_codage"),
    )
    client.force_login(utilisateur)
    return utilisateur


def test_tableau_lisible_par_une_lectrice(client, lectrice, jeu_connu):
    reponse = client.get(URL)
    assert reponse.status_code == 200
    contenu = reponse.content.decode()
    assert "Tableau d&#x27;accord" in contenu or "Tableau d'accord" in contenu
    assert "33 % (1 sur 3)" in contenu
    assert "<svg" in contenu and 'role="img"' in contenu
    assert "Tous les indicateurs" in contenu
    assert "−0,50" in contenu  # lien-social kappa, in the table and the chart
    assert PAS_ASSEZ in contenu


def test_tableau_mauvaise_saisie(client, lectrice, jeu_connu):
    reponse = client.get(URL + "?du=2025-05-01&au=2024-01-01&campagne=abc")
    assert reponse.status_code == 200
    contenu = reponse.content.decode()
    assert "La date de début est après la date de fin." in contenu
    assert client.get(URL + "?du=pas-une-date").status_code == 200


def test_tableau_refuse_sans_droit(client, django_user_model, arbre):
    assert client.get(URL).status_code == 302  # anonymous: to the login page
    sans = django_user_model.objects.create_user("s", "s@exemple.fr", "x")
    sans.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(sans)
    assert client.get(URL).status_code == 403
    moderatrice = django_user_model.objects.create_user("m", "m@exemple.fr", "x")
    moderatrice.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderatrice)
    assert client.get(URL).status_code == 200


def test_quatre_requetes_pour_les_chiffres(jeu_connu, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        calculer_accord()
