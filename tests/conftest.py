"""Shared fixtures: the page tree, a place, helpers to build stories, fast demo pictures."""

from io import BytesIO

import pytest
from PIL import Image
from wagtail.models import Site

from demo import dessins, photos
from indicateurs.models import IndicateurIndexPage
from recits.arborescence import initialiser_site
from recits.models import LieuIndexPage, RecitIndexPage

from .factories import CodageFactory, LieuPageFactory, RecitPageFactory


@pytest.fixture(autouse=True)
def _cache_vide():
    """Each test starts with an empty cache (navigation, site root paths)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def arbre(db):
    """The site's page tree as `make run` builds it."""
    accueil = initialiser_site(hostname="testserver")
    Site.objects.update(hostname="testserver", port=80)
    return {
        "accueil": accueil,
        "recits": RecitIndexPage.objects.get(),
        "lieux": LieuIndexPage.objects.get(),
        "indicateurs": IndicateurIndexPage.objects.get(),
    }


@pytest.fixture
def lieu(arbre):
    """One published café in Ardèche."""
    return LieuPageFactory(parent=arbre["lieux"], title="Café des Tilleuls", slug="cafe-tilleuls")


@pytest.fixture
def creer_recit(arbre, lieu):
    """Build a story under the index, with accepted codings for the given indicator slugs."""
    from indicateurs.models import Indicateur

    def _creer(indicateurs=(), tags=(), **champs):
        champs.setdefault("lieu", lieu)
        recit = RecitPageFactory(parent=arbre["recits"], **champs)
        if tags:
            recit.tags.add(*tags)
            recit.save()
        for slug in indicateurs:
            CodageFactory(recit=recit, indicateur=Indicateur.objects.get(slug=slug))
        return recit

    return _creer


@pytest.fixture
def dessins_rapides(monkeypatch):
    """Tiny real JPEGs with three people instead of drawn illustrations: the art is slow."""

    def photo(scene: photos.Scene, qualite: int = 82) -> dessins.Photo:
        tampon = BytesIO()
        Image.new("RGB", (160, 100), photos.hexa(scene.lieu.facade)).save(tampon, "JPEG")
        return dessins.Photo(tampon.getvalue(), 3)

    monkeypatch.setattr(dessins, "photo", photo)
