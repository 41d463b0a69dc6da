"""The site and the top of the page tree, read once per generation of public content.

Every public URL starts the same way: find the Wagtail site for the host (one query
with a CASE annotation), fetch the home page's specific row, then the section page
(`/recits/`, `/lieux/`, `/indicateurs/`) in two more queries. These rows change only
when a page or a site is saved, which renews the generation (`vider_caches_publics`),
so they are kept in the cache under a key that carries it. The page that is served is
still read from the database on each request, with Wagtail's checks.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.http.request import split_domain_port
from wagtail.models import Page, Site

from .publication import memoriser_public


def site_en_cache(request: HttpRequest) -> Site | None:
    """The request's Wagtail site, its root page already in its specific class."""

    def trouver() -> Site | None:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        return site

    hote = split_domain_port(request._get_raw_host())[0]
    return memoriser_public("site", f"{hote}:{request.get_port()}", trouver)


class SiteEnCacheMiddleware:
    """Give Wagtail the site it would look up, from the cache (`request._wagtail_site`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if not request.path.startswith("/admin/"):
            # Wagtail's documented per-request cache of Site.find_for_request.
            request._wagtail_site = site_en_cache(request)
        return self.get_response(request)


def enfant_en_cache(parent: Page, slug: str) -> Page | None:
    """The child of `parent` with this slug, in its specific class (None if there is none).

    Only pages that exist are kept: unknown slugs (typos, robots) would fill the cache.
    """

    def trouver() -> Page | None:
        trouve = parent.get_children().filter(slug=slug).first()
        return trouve.specific if trouve is not None else None

    return memoriser_public("enfant", f"{parent.pk}:{slug}", trouver)


class RouteEnfantsMixin:
    """Route to a child page in one query, fetching its specific model and what it shows.

    Wagtail's default routing reads the generic child, then its specific row (two queries
    per level); index pages know their children's type, so they ask for it directly.
    """

    modele_enfant: type[Page]
    relations_enfant: tuple[str, ...] = ()

    def route(self, request: HttpRequest, path_components: list[str]):
        """Resolve `<slug>/` to a live child of the known model, else defer to Wagtail."""
        if path_components:
            enfants = self.modele_enfant.objects.child_of(self)
            if self.relations_enfant:
                enfants = enfants.select_related(*self.relations_enfant)
            try:
                enfant = enfants.get(slug=path_components[0])
            except self.modele_enfant.DoesNotExist as exc:
                raise Http404 from exc
            enfant._cached_parent_obj = self
            return enfant.route(request, path_components[1:])
        return super().route(request, path_components)
