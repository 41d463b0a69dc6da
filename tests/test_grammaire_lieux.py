"""Place names take their article: « un moment du Café de la Fontaine », « à la Remise »."""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.apps import apps as django_apps

from demo.contenu import LIEUX
from recits.grammaire import article_probable, avec_article
from recits.models import LieuPage

from .factories import InvitationFactory, LieuPageFactory

# Every demo place: (le, du, au), written by hand.
ATTENDU = {
    "Café de la Fontaine": (
        "le Café de la Fontaine",
        "du Café de la Fontaine",
        "au Café de la Fontaine",
    ),
    "Boulangerie du Vieux Four": (
        "la Boulangerie du Vieux Four",
        "de la Boulangerie du Vieux Four",
        "à la Boulangerie du Vieux Four",
    ),
    "L'Épicerie du Lavoir": (
        "l'Épicerie du Lavoir",
        "de l'Épicerie du Lavoir",
        "à l'Épicerie du Lavoir",
    ),
    "La Remise": ("la Remise", "de la Remise", "à la Remise"),
    "Le Relais des Sucs": ("le Relais des Sucs", "du Relais des Sucs", "au Relais des Sucs"),
    "Le Bistrot de la Place": (
        "le Bistrot de la Place",
        "du Bistrot de la Place",
        "au Bistrot de la Place",
    ),
    "L'Épicerie des Sources": (
        "l'Épicerie des Sources",
        "de l'Épicerie des Sources",
        "à l'Épicerie des Sources",
    ),
    "Le Fournil des Écrins": (
        "le Fournil des Écrins",
        "du Fournil des Écrins",
        "au Fournil des Écrins",
    ),
    "L'Atelier des Lavandes": (
        "l'Atelier des Lavandes",
        "de l'Atelier des Lavandes",
        "à l'Atelier des Lavandes",
    ),
    "La Maison du Village": (
        "la Maison du Village",
        "de la Maison du Village",
        "à la Maison du Village",
    ),
    "Café des Alpages": ("le Café des Alpages", "du Café des Alpages", "au Café des Alpages"),
    "L'Épicerie de la Halle": (
        "l'Épicerie de la Halle",
        "de l'Épicerie de la Halle",
        "à l'Épicerie de la Halle",
    ),
    "La Forge": ("la Forge", "de la Forge", "à la Forge"),
    "Le Comptoir du Coiron": (
        "le Comptoir du Coiron",
        "du Comptoir du Coiron",
        "au Comptoir du Coiron",
    ),
}


def test_chaque_lieu_de_demonstration_est_attendu():
    assert {d["title"] for d in LIEUX} == set(ATTENDU)


@pytest.mark.parametrize("titre", sorted(ATTENDU))
def test_articles_et_contractions_des_lieux_de_demonstration(titre):
    lieu = LieuPage(title=titre, article=article_probable(titre))
    assert (lieu.le_lieu, lieu.du_lieu, lieu.au_lieu) == ATTENDU[titre]


@pytest.mark.parametrize(
    "titre, article, attendu",
    [
        ("Les Halles", "le", ("les Halles", "des Halles", "aux Halles")),
        (
            "Halles gourmandes",
            "les",
            ("les Halles gourmandes", "des Halles gourmandes", "aux Halles gourmandes"),
        ),
        ("Chez Paulette", "", ("Chez Paulette", "de Chez Paulette", "à Chez Paulette")),
        ("Ardèche Vivante", "", ("Ardèche Vivante", "d'Ardèche Vivante", "à Ardèche Vivante")),
        (
            "Auberge du Pont",
            "l'",
            ("l'Auberge du Pont", "de l'Auberge du Pont", "à l'Auberge du Pont"),
        ),
        ("L’Escale", "le", ("l'Escale", "de l'Escale", "à l'Escale")),
    ],
)
def test_toutes_les_formes(titre, article, attendu):
    assert tuple(avec_article(titre, article, f) for f in (None, *_formes())) == attendu


def _formes():
    from recits.grammaire import DE, A

    return DE, A


@pytest.mark.parametrize(
    "titre, article",
    [("Boulangerie du Vieux Four", "la"), ("Auberge", "l'"), ("Chez Paulette", ""), ("Bar", "le")],
)
def test_premiere_estimation(titre, article):
    assert article_probable(titre) == article


def test_la_migration_remplit_les_lieux_existants(arbre):
    LieuPageFactory(parent=arbre["lieux"], title="Boulangerie du Vieux Four", article="le")
    migration = importlib.import_module("recits.migrations.0008_article_des_lieux")
    migration.deviner_articles(django_apps, None)
    assert LieuPage.objects.get(title="Boulangerie du Vieux Four").article == "la"


def test_les_pages_de_contribution_nomment_le_lieu_avec_son_article(client, arbre):
    lieu = LieuPageFactory(parent=arbre["lieux"], title="Boulangerie du Vieux Four", article="la")
    invitation = InvitationFactory(lieu=lieu)
    soupe = BeautifulSoup(client.get(invitation.chemin()).content, "html.parser")
    assert soupe.h1.get_text(" ", strip=True) == (
        "Racontez-nous un moment de la Boulangerie du Vieux Four"
    )
