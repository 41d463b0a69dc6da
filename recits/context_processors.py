"""Site-wide navigation links, resolved from the page tree and cached."""

from django.apps import apps
from django.core.cache import cache
from django.http import HttpRequest

from .publication import CLE_NAVIGATION, DUREE_CACHE

ENTREES = (
    ("recits", "RecitIndexPage", "Récits"),
    ("recits", "LieuIndexPage", "Lieux"),
    ("indicateurs", "IndicateurIndexPage", "Indicateurs"),
)


def liens_navigation(request: HttpRequest) -> list[dict]:
    """The main menu as (label, URL) pairs of the live index pages."""
    liens = []
    for app_label, modele, libelle in ENTREES:
        page = apps.get_model(app_label, modele).objects.live().first()
        if page:
            liens.append({"libelle": libelle, "url": page.get_url(request)})
    return liens


def site_navigation(request: HttpRequest) -> dict:
    """Main menu entries; cached because they change only when the tree is edited."""
    liens = cache.get(CLE_NAVIGATION)
    if liens is None:
        liens = liens_navigation(request)
        cache.set(CLE_NAVIGATION, liens, DUREE_CACHE)
    return {"navigation": liens}
