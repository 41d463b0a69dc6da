"""Site-wide navigation links, resolved from the page tree and cached."""

from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from wagtail.models import Page

from .publication import DUREE_CACHE, generation_publique, memoriser_public

ENTREES = (
    ("recits", "recitindexpage", "Récits"),
    ("recits", "lieuindexpage", "Lieux"),
    ("indicateurs", "indicateurindexpage", "Indicateurs"),
)


def liens_navigation(request: HttpRequest) -> list[dict]:
    """The main menu as (label, URL) pairs of the live index pages, in one query."""
    types = {
        ContentType.objects.get_by_natural_key(app_label, modele).pk: libelle
        for app_label, modele, libelle in ENTREES
    }
    pages = Page.objects.live().filter(content_type_id__in=types).order_by("path")
    premieres: dict[str, Page] = {}
    for page in pages:
        premieres.setdefault(types[page.content_type_id], page)
    return [
        {"libelle": libelle, "url": premieres[libelle].get_url(request)}
        for *_, libelle in ENTREES
        if libelle in premieres
    ]


def site_navigation(request: HttpRequest) -> dict:
    """Main menu entries, and the generation of public content that fragment keys carry."""
    return {
        "navigation": memoriser_public("navigation", "", lambda: liens_navigation(request)),
        "generation": generation_publique(),
        "duree_cache": DUREE_CACHE,
    }
