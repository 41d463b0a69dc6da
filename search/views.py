"""The public search at /recherche/: published stories and places only."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from recits.models import (
    RENDITION_VIGNETTE,
    LieuPage,
    RecitPage,
    paginer,
    prefetch_codages_publics,
    prefetch_image,
)
from recits.texte import MAX_QUERY_CHARS, normaliser_requete


def recherche(request: HttpRequest) -> HttpResponse:
    """Search with accent- and plural-tolerant matching, bounded for huge queries."""
    requete = request.GET.get("q", "")[: MAX_QUERY_CHARS * 2].strip()
    termes = normaliser_requete(requete)
    lieux: list[LieuPage] = []
    recits = None
    trop_long = len(request.GET.get("q", "")) > MAX_QUERY_CHARS
    if termes:
        lieux = list(
            LieuPage.objects.live()
            .public()
            .prefetch_related(prefetch_image("photo", RENDITION_VIGNETTE))
            .search(termes, fields=["texte_normalise"], operator="and")[:6]
        )
        resultats = (
            RecitPage.objects.live()
            .public()
            .select_related("lieu")
            .prefetch_related(prefetch_image(), prefetch_codages_publics())
            .search(termes, fields=["texte_normalise"], operator="and")
        )
        recits = paginer(request, resultats, settings.RECITS_PAR_PAGE)
    return TemplateResponse(
        request,
        "search/recherche.html",
        {
            "requete": requete[:MAX_QUERY_CHARS],
            "lieux": lieux,
            "recits": recits,
            "trop_long": trop_long,
            "requete_url": urlencode({"q": requete[:MAX_QUERY_CHARS]}),
        },
    )
