"""The site and the top of the page tree, read once per generation of public content.

Every public URL starts the same way: find the Wagtail site for the host (one query
with a CASE annotation), fetch the home page's specific row, then the section page
(`/recits/`, `/lieux/`, `/indicateurs/`) in two more queries. These rows change only
when a page or a site is saved, which renews the generation (`vider_caches_publics`),
so they are kept in the cache under a key that carries it. The page that is served is
still read from the database on each request, with Wagtail's checks.
"""

from __future__ import annotations

from django.http import HttpRequest
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
