"""Site-wide navigation links (main menu, feed, footer pages), resolved from the page tree and cached."""

from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from wagtail.models import Page

from . import extensions
from .models import InformationPage, LieuIndexPage, RecitIndexPage
from .publication import DUREE_CACHE, generation_publique, memoriser_public, publiques

# Where the demo and `make run` put the story index, for a site that has none yet.
RECITS_PAR_DEFAUT = "/recits/"


def entrees() -> list[tuple[type[Page], str]]:
    """Menu entries: the two sections of `recits`, then those other apps add."""
    return [
        (RecitIndexPage, "Récits"),
        (LieuIndexPage, "Lieux"),
        *((r.modele, r.libelle_menu) for r in extensions.rubriques()),
    ]


def liens_navigation(request: HttpRequest) -> dict:
    """The main menu's (label, URL) pairs and the feed's URLs, from the live index pages in one query."""
    menu = entrees()
    types = {ContentType.objects.get_for_model(modele).pk: modele for modele, _ in menu}
    pages = Page.objects.live().filter(content_type_id__in=types).order_by("path")
    premieres: dict[type[Page], Page] = {}
    for page in pages:
        premieres.setdefault(types[page.content_type_id], page)
    index = premieres.get(RecitIndexPage)
    return {
        "menu": [
            {"libelle": libelle, "url": premieres[modele].get_url(request)}
            for modele, libelle in menu
            if modele in premieres
        ],
        "flux": liens_flux(index, request),
        # Links to the story list (« tous les récits », tags, indicators) follow the index.
        "recits": (index.get_url(request) if index else None) or RECITS_PAR_DEFAUT,
    }


def liens_flux(index: Page | None, request: HttpRequest) -> dict[str, str]:
    """The feed and its explanation page under the story index, wherever it lives; {} without one."""
    url = index.get_url(request) if index else None
    if not url:
        return {}
    routes = RecitIndexPage.get_resolver()
    return {
        "adresse": url + routes.reverse("flux"),
        "a_propos": url + routes.reverse("flux_a_propos"),
    }


def liens_pied(request: HttpRequest) -> list[dict]:
    """The footer's information pages a visitor may open and editors put « dans les menus »."""
    pages = (
        publiques(InformationPage.objects.in_menu())
        .order_by("path")
        .only("id", "path", "url_path", "title", "slug", "depth")
    )
    return [{"libelle": page.title, "url": page.get_url(request)} for page in pages]


def navigation_et_flux(request: HttpRequest) -> dict:
    """The cached menu, feed and story-list links, under the names templates use."""
    liens = memoriser_public("navigation-liens", "", lambda: liens_navigation(request))
    return {
        "navigation": liens["menu"],
        "liens_flux": liens["flux"],
        "url_recits": liens["recits"],
    }


def site_navigation(request: HttpRequest) -> dict:
    """Menu, feed and footer entries, and the generation of public content that fragment keys carry."""
    return {
        **navigation_et_flux(request),
        "pages_pied": memoriser_public("pied", "", lambda: liens_pied(request)),
        "generation": generation_publique(),
        "duree_cache": DUREE_CACHE,
    }
