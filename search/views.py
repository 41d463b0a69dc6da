"""The public search at /recherche/: published stories and places only."""

from urllib.parse import urlencode

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from recits.models import (
    LieuPage,
    RecitPage,
    paginer,
    prefetch_codages_publics,
    prefetch_image,
)
from recits.publication import publiques
from recits.texte import MAX_QUERY_CHARS, couper_requete, normaliser_requete


def recherche(request: HttpRequest) -> HttpResponse:
    """Search with accent- and plural-tolerant matching, bounded for huge queries."""
    brute = request.GET.get("q", "")
    requete = couper_requete(brute).strip()
    termes = normaliser_requete(requete)
    lieux: list[LieuPage] = []
    recits = None
    trop_long = len(brute) > MAX_QUERY_CHARS
    if termes:
        lieux = list(publiques(LieuPage.objects.all()).search(termes, operator="and")[:6])
        resultats = (
            publiques(RecitPage.objects.all())
            .select_related("lieu")
            .prefetch_related(prefetch_image(), prefetch_codages_publics())
        )
        if connection.vendor == "sqlite":
            # SQLite's backend scores relevance with a subquery per match: with thousands
            # of matches that takes minutes. Newest first instead; PostgreSQL ranks.
            resultats = resultats.order_by("-date").search(
                termes, operator="and", order_by_relevance=False
            )
        else:
            resultats = resultats.search(termes, operator="and")
        recits = paginer(request, resultats, settings.RECITS_PAR_PAGE)
    return TemplateResponse(
        request,
        "search/recherche.html",
        {
            "requete": requete,
            "lieux": lieux,
            "recits": recits,
            "trop_long": trop_long,
            "requete_url": urlencode({"q": requete}),
        },
    )
