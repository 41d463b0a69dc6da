"""Filters of the story index: each narrows the list, they combine, bad values never break."""

import datetime

import pytest
from bs4 import BeautifulSoup

from .factories import LieuPageFactory

pytestmark = pytest.mark.django_db


def titres(reponse) -> set[str]:
    soupe = BeautifulSoup(reponse.content, "html.parser")
    return {h.get_text(strip=True) for h in soupe.select(".carte__titre")}


@pytest.fixture
def jeu(arbre, lieu, creer_recit):
    autre = LieuPageFactory(
        parent=arbre["lieux"],
        title="Épicerie du Haut",
        slug="epicerie-haut",
        type_activite="epicerie",
        departement="26",
        commune="Dieulefit",
    )
    creer_recit(
        title="A",
        indicateurs=["lien-social"],
        date=datetime.date(2023, 3, 1),
        genre="recit",
        tags=["marché"],
    )
    creer_recit(
        title="B",
        indicateurs=["convivialite"],
        date=datetime.date(2024, 6, 1),
        genre="temoignage",
    )
    creer_recit(
        title="C",
        indicateurs=["lien-social", "mixite"],
        date=datetime.date(2024, 9, 1),
        genre="photos",
        lieu=autre,
    )
    creer_recit(title="D", date=datetime.date(2025, 1, 5), lieu=autre, tags=["marché", "hiver"])
    creer_recit(title="Brouillon", indicateurs=["lien-social"], live=False)
    return autre


def test_sans_filtre(client, jeu):
    assert titres(client.get("/recits/")) == {"A", "B", "C", "D"}


@pytest.mark.parametrize(
    ("requete", "attendu"),
    [
        ("indicateur=lien-social", {"A", "C"}),
        ("indicateur=mixite", {"C"}),
        ("lieu=epicerie-haut", {"C", "D"}),
        ("departement=07", {"A", "B"}),
        ("departement=26", {"C", "D"}),
        ("annee=2024", {"B", "C"}),
        ("genre=temoignage", {"B"}),
        ("genre=photos", {"C"}),
        ("tag=marche", {"A", "D"}),
        ("tag=hiver", {"D"}),
    ],
)
def test_chaque_filtre_restreint(client, jeu, requete, attendu):
    assert titres(client.get(f"/recits/?{requete}")) == attendu


def test_filtres_combines(client, jeu):
    assert titres(client.get("/recits/?indicateur=lien-social&annee=2024")) == {"C"}
    assert titres(client.get("/recits/?departement=26&tag=marche")) == {"D"}
    assert titres(client.get("/recits/?indicateur=lien-social&departement=07&genre=recit")) == {"A"}
    assert titres(client.get("/recits/?indicateur=convivialite&annee=2023")) == set()


def test_filtres_actifs_affiches_et_retirables(client, jeu):
    reponse = client.get("/recits/?indicateur=lien-social&annee=2024&page=1")
    soupe = BeautifulSoup(reponse.content, "html.parser")
    actifs = {a.get_text(" ", strip=True): a["href"] for a in soupe.select(".filtre-actif")}
    assert actifs == {
        "Indicateur : Lien social ×": "?annee=2024",
        "Année : 2024 ×": "?indicateur=lien-social",
    }
    # The form keeps the chosen values.
    assert soupe.select_one("#id_indicateur option[selected]")["value"] == "lien-social"
    assert soupe.select_one("#id_annee option[selected]")["value"] == "2024"


@pytest.mark.parametrize(
    "requete",
    [
        "annee=abc",
        "annee=99999999999999999999",
        "indicateur=inexistant",
        "lieu=%00%ff",
        "departement=999",
        "genre=poeme",
        "page=-3",
        "page=zzz",
        "page=99999",
        "tag=" + "x" * 5000,
        "indicateur=lien-social&indicateur=mixite",
    ],
)
def test_valeurs_invalides_jamais_de_500(client, jeu, requete):
    reponse = client.get(f"/recits/?{requete}")
    assert reponse.status_code == 200
    assert titres(reponse)  # the list is still shown


def test_valeur_invalide_message_clair(client, jeu):
    reponse = client.get("/recits/?annee=abc&genre=temoignage")
    soupe = BeautifulSoup(reponse.content, "html.parser")
    alerte = soupe.select_one("[role=alert]").get_text(" ", strip=True)
    assert "Le filtre « Année » ne connaît pas la valeur « abc » : il est ignoré." in alerte
    # The valid filter still applies.
    assert titres(reponse) == {"B"}


def test_pagination_garde_les_filtres(client, arbre, lieu, creer_recit, settings):
    settings.RECITS_PAR_PAGE = 2
    for n in range(5):
        creer_recit(title=f"R{n}", indicateurs=["lien-social"], date=datetime.date(2024, 1, n + 1))
    premiere = client.get("/recits/?indicateur=lien-social")
    soupe = BeautifulSoup(premiere.content, "html.parser")
    suivant = soupe.select_one("a[rel=next]")["href"]
    assert suivant == "?indicateur=lien-social&page=2"
    assert titres(premiere) == {"R4", "R3"}
    assert titres(client.get("/recits/" + suivant)) == {"R2", "R1"}


def test_choix_des_annees_et_des_lieux(client, arbre, lieu, creer_recit):
    """Years run from the newest published story to the oldest; places name their commune."""
    import datetime

    from bs4 import BeautifulSoup

    creer_recit(title="Ancien", date=datetime.date(2021, 5, 1))
    creer_recit(title="Récent", date=datetime.date(2024, 2, 1))
    creer_recit(title="Brouillon futur", date=datetime.date(2026, 1, 1), live=False)
    soupe = BeautifulSoup(client.get("/recits/").content, "html.parser")
    annees = [o["value"] for o in soupe.select("#id_annee option") if o["value"]]
    assert annees == ["2024", "2023", "2022", "2021"]
    lieux = [o.get_text() for o in soupe.select("#id_lieu option") if o["value"]]
    assert lieux == [f"Café des Tilleuls ({lieu.commune})"]


def test_mot_cle_inconnu_ignore_et_dit(client, jeu):
    tous = titres(client.get("/recits/"))
    reponse = client.get("/recits/?tag=zanzibar-inconnu")
    soupe = BeautifulSoup(reponse.content, "html.parser")
    alerte = soupe.select_one("[role=alert]").get_text(" ", strip=True)
    assert (
        "Le filtre « Mot-clé » ne connaît pas la valeur « zanzibar-inconnu » : il est ignoré."
        in alerte
    )
    assert titres(reponse) == tous
