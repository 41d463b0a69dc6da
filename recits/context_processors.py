"""Site-wide navigation links (main menu, footer pages), resolved from the page tree and cached."""

from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from wagtail.models import Page

from . import extensions
from .models import InformationPage, LieuIndexPage, RecitIndexPage
from .publication import DUREE_CACHE, generation_publique, memoriser_public, publiques


def entrees() -> list[tuple[type[Page], str]]:
    """Menu entries: the two sections of `recits`, then those other apps add."""
    return [
        (RecitIndexPage, "Récits"),
        (LieuIndexPage, "Lieux"),
        *((r.modele, r.libelle_menu) for r in extensions.rubriques()),
    ]


def liens_navigation(request: HttpRequest) -> list[dict]:
    """The main menu as (label, URL) pairs of the live index pages, in one query."""
    menu = entrees()
    types = {ContentType.objects.get_for_model(modele).pk: libelle for modele, libelle in menu}
    pages = Page.objects.live().filter(content_type_id__in=types).order_by("path")
    premieres: dict[str, Page] = {}
    for page in pages:
        premieres.setdefault(types[page.content_type_id], page)
    return [
        {"libelle": libelle, "url": premieres[libelle].get_url(request)}
        for _, libelle in menu
        if libelle in premieres
    ]


def liens_pied(request: HttpRequest) -> list[dict]:
    """The footer's information pages a visitor may open and editors put « dans les menus »."""
    pages = (
        publiques(InformationPage.objects.in_menu())
        .order_by("path")
        .only("id", "path", "url_path", "title", "slug", "depth")
    )
    return [{"libelle": page.title, "url": page.get_url(request)} for page in pages]


def site_navigation(request: HttpRequest) -> dict:
    """Menu and footer entries, and the generation of public content that fragment keys carry."""
    return {
        "navigation": memoriser_public("navigation", "", lambda: liens_navigation(request)),
        "pages_pied": memoriser_public("pied", "", lambda: liens_pied(request)),
        "generation": generation_publique(),
        "duree_cache": DUREE_CACHE,
    }
