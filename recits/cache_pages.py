"""Cache of public pages for anonymous visitors, emptied whenever anything is published.

A visitor on a rural connection gets a page rendered once for everybody instead of
eleven queries and a template render each time. The key carries a generation number
that `vider_caches_publics` renews on every publish, unpublish, move, deletion and
indicator or coding change, so nothing withdrawn stays visible in this process; other
processes follow within `DUREE_CACHE` seconds (at once with a shared cache like Redis).
Logged-in users, the admin, the contribution form and any response that sets a cookie
are never cached.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from .publication import DUREE_CACHE, generation_publique

PREFIXES_EXCLUS = ("/admin/", "/contribuer/", "/documents/", "/media/", "/static/")
TYPES_CACHES = ("text/html", "application/rss+xml", "application/xml", "text/plain")


def _cle(request: HttpRequest) -> str:
    empreinte = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"recits:page:{generation_publique()}:{request.get_host()}:{empreinte}"


def _cachable(request: HttpRequest) -> bool:
    return (
        getattr(settings, "RECITS_CACHE_PAGES", True)
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(PREFIXES_EXCLUS)
        and not request.user.is_authenticated
        and not request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    )


class CachePagesPubliquesMiddleware:
    """Serve and store whole public pages for anonymous visitors."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _cachable(request):
            return self.get_response(request)
        cle = _cle(request)
        en_cache = cache.get(cle)
        if en_cache is not None:
            contenu, type_contenu = en_cache
            reponse = HttpResponse(contenu, content_type=type_contenu)
            reponse["X-Cache-Recits"] = "hit"
            return reponse
        reponse = self.get_response(request)
        type_contenu = reponse.get("Content-Type", "")
        if (
            reponse.status_code == 200
            and not reponse.streaming
            and not reponse.cookies
            and type_contenu.startswith(TYPES_CACHES)
            and "no-cache" not in reponse.get("Cache-Control", "")
            and "private" not in reponse.get("Cache-Control", "")
        ):
            if hasattr(reponse, "render") and not reponse.is_rendered:
                reponse.render()
            cache.set(cle, (reponse.content, type_contenu), DUREE_CACHE)
        return reponse
