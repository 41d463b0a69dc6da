"""Shared fixtures: the page tree, a place, and helpers to build stories."""

import pytest
from wagtail.models import Site

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
