"""Site-wide navigation links, resolved from the page tree and cached."""

from django.apps import apps
from django.core.cache import cache
from django.http import HttpRequest

CLE_CACHE = "recits:navigation"

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


def vider_cache_navigation(**kwargs) -> None:
    """Forget the menu when a page is published, unpublished, moved or deleted."""
    cache.delete(CLE_CACHE)


def site_navigation(request: HttpRequest) -> dict:
    """Main menu entries; cached because they change only when the tree is edited."""
    liens = cache.get(CLE_CACHE)
    if liens is None:
        liens = liens_navigation(request)
        cache.set(CLE_CACHE, liens, 300)
    return {"navigation": liens}
