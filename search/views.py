"""The public search at /recherche/: published stories and places only."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from recits.listes import paginer, pour_cartes, preparer_cartes
from recits.models import LieuPage, RecitPage
from recits.publication import publiques
from recits.texte import MAX_QUERY_CHARS, couper_requete, normaliser_requete

from .plein_texte import filtrer_par_texte, sqlite_plein_texte


def recherche(request: HttpRequest) -> HttpResponse:
    """Search with accent- and plural-tolerant matching, bounded for huge queries."""
    brute = request.GET.get("q", "")
    requete = couper_requete(brute).strip()
    termes = normaliser_requete(requete)
    lieux: list[LieuPage] = []
    recits = None
    trop_long = len(brute) > MAX_QUERY_CHARS
    if termes:
        lieux_publics = publiques(LieuPage.objects.all())
        recits_publics = pour_cartes(publiques(RecitPage.objects.all()))
        # Places are few: Wagtail ranks them by relevance on every database.
        lieux = list(lieux_publics.search(termes, operator="and")[:6])
        # Stories newest first on every database: scoring thousands of matches costs
        # SQLite a subquery per match and PostgreSQL 300 ms at 10,000 stories.
        if sqlite_plein_texte():
            resultats = filtrer_par_texte(recits_publics, termes).order_by("-date", "-pk")
        else:
            resultats = recits_publics.order_by("-date", "-page_ptr_id").search(
                termes, operator="and", order_by_relevance=False
            )
        recits = paginer(
            request,
            resultats,
            settings.RECITS_PAR_PAGE,
            cle_compte=f"recherche:{termes}",
            preparer=preparer_cartes(request),
        )
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
