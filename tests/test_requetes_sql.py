"""The number of SQL queries of listing pages does not grow with the number of stories."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import ImageFactory

pytestmark = pytest.mark.django_db


def compter(client, url: str) -> int:
    client.get(url)  # warm caches and create renditions once
    with CaptureQueriesContext(connection) as requetes:
        reponse = client.get(url)
    assert reponse.status_code == 200, url
    return len(requetes)


def remplir(creer_recit, nombre: int, depart: int = 0) -> None:
    for n in range(depart, depart + nombre):
        creer_recit(
            title=f"Récit {n}",
            image=ImageFactory(),
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
            indicateurs=["lien-social", "convivialite"],
            tags=["marché"],
        )


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/recits/",
        "/recits/?indicateur=lien-social&annee=2024",
        "/lieux/cafe-tilleuls/",
        "/indicateurs/lien-social/",
        "/recherche/?q=recit",
        "/recherche/?q=cafe&lieux=tous",
        "/recits/flux/a-propos/",
    ],
)
def test_requetes_independantes_de_la_taille(client, settings, creer_recit, url):
    settings.RECITS_PAR_PAGE = 2
    remplir(creer_recit, 2)
    petit = compter(client, url)
    settings.RECITS_PAR_PAGE = 10
    remplir(creer_recit, 10, depart=2)
    grand = compter(client, url)
    assert grand == petit, f"{url}: {petit} requêtes pour 2 récits, {grand} pour 10"
    assert grand <= 15, f"{url}: {grand} requêtes"


def test_requetes_page_recit(client, creer_recit):
    remplir(creer_recit, 6)
    from recits.models import RecitPage

    recit = RecitPage.objects.live().first()
    assert compter(client, recit.url) <= 15


def test_cartes_en_cache_sans_leurs_donnees(client, creer_recit):
    """A card already rendered reads nothing: its image and indicators are not loaded."""
    from django.core.cache import cache

    remplir(creer_recit, 4)
    with CaptureQueriesContext(connection) as premiere:
        rendu = client.get("/recits/").content
    with CaptureQueriesContext(connection) as seconde:
        assert client.get("/recits/").content == rendu
    assert len(seconde) <= len(premiere) - 3, [q["sql"][:60] for q in seconde.captured_queries]
    tables = " ".join(q["sql"] for q in seconde.captured_queries)
    assert "wagtailimages_rendition" not in tables and "indicateurs_codage" not in tables
    # A card gone from the cache is rendered again from complete data.
    cle = next(k for k in cache._cache if "carte-recit" in k)
    cache.delete(cle.split(":", 2)[-1])
    assert client.get("/recits/").content == rendu
