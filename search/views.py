"""The public search at /recherche/: published stories and places only."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from recits.listes import paginer, pour_cartes, preparer_cartes
from recits.models import LieuPage, RecitPage
from recits.publication import memoriser_public, publiques
from recits.texte import MAX_QUERY_CHARS, couper_requete, normaliser, normaliser_requete

from .plein_texte import filtrer_par_texte, sqlite_plein_texte

# Places shown above the stories; beyond, a link opens them all (`?lieux=tous`).
LIEUX_EN_TETE = 6
LIEUX_PAR_PAGE = 30


def types_demandes(termes: str) -> set[str]:
    """Activity types named by the query: « cafés » asks for cafés, « tiers-lieux » for tiers-lieux."""
    mots = set(termes.split())
    return {
        valeur
        for valeur, libelle in LieuPage.TypeActivite.choices
        if set(normaliser(libelle).split()) <= mots
    }


# Query words that say nothing about a place's name (« le café » must not rank « Le Relais »):
# any word of one or two letters (le, la, du, de, un…), and these.
LONGUEUR_MIN_NOM = 3
MOTS_VIDES = frozenset({"aux", "chez", "des", "les", "une", "sur"})


def mots_du_nom(termes: str) -> frozenset[str]:
    """Query words that can match a place's name: no stop words, no one- or two-letter words."""
    return frozenset(
        mot for mot in termes.split() if len(mot) >= LONGUEUR_MIN_NOM and mot not in MOTS_VIDES
    )


def rang_lieu(lieu: LieuPage, mots: frozenset[str], types: set[str]) -> tuple[bool, bool]:
    """Sort key: places of a requested type first, then those whose name holds a query word.

    A place that only mentions a café in its description (a tiers-lieu with a bar) must not
    come before the cafés themselves, even when its name shares « Le » with the query.
    """
    par_type = lieu.type_activite in types
    par_nom = bool(mots & set(normaliser(lieu.title).split()))
    return (not par_type, not par_nom)


def lieux_classes(termes: str) -> list[int]:
    """Primary keys of the public places matching every term, best first (cached).

    Places are a few hundred at most: ranking them all in Python costs one query and
    lets the count and the « voir les N lieux » view agree with the first six.
    """

    def calcul() -> list[int]:
        lieux = publiques(LieuPage.objects.all()).only("id", "title", "type_activite")
        trouves = list(lieux.search(termes, operator="and"))
        types = types_demandes(termes)
        mots = mots_du_nom(termes)
        # sorted() is stable: within a rank, Wagtail's relevance order stays.
        return [lieu.pk for lieu in sorted(trouves, key=lambda x: rang_lieu(x, mots, types))]

    return memoriser_public("recherche-lieux", termes, calcul)


def lieux_dans_l_ordre(ids: list[int]) -> list[LieuPage]:
    """The places of `ids`, in that order, in one query."""
    par_id = {lieu.pk: lieu for lieu in publiques(LieuPage.objects.filter(pk__in=ids))}
    return [par_id[pk] for pk in ids if pk in par_id]


def recherche(request: HttpRequest) -> HttpResponse:
    """Search with accent- and plural-tolerant matching, bounded for huge queries."""
    brute = request.GET.get("q", "")
    requete = couper_requete(brute).strip()
    termes = normaliser_requete(requete)
    tous_les_lieux = request.GET.get("lieux") == "tous"
    lieux: list[LieuPage] = []
    page_lieux = None
    nombre_lieux = 0
    recits = None
    trop_long = len(brute) > MAX_QUERY_CHARS
    if termes:
        ids_lieux = lieux_classes(termes)
        nombre_lieux = len(ids_lieux)
        if tous_les_lieux:
            page_lieux = paginer(request, ids_lieux, LIEUX_PAR_PAGE, preparer=lieux_dans_l_ordre)
            lieux = page_lieux.object_list
        else:
            lieux = lieux_dans_l_ordre(ids_lieux[:LIEUX_EN_TETE])
            recits = chercher_recits(request, termes)
    return TemplateResponse(
        request,
        "search/recherche.html",
        {
            "requete": requete,
            "lieux": lieux,
            "nombre_lieux": nombre_lieux,
            "autres_lieux": nombre_lieux > len(lieux),
            "tous_les_lieux": tous_les_lieux,
            "page_lieux": page_lieux,
            "recits": recits,
            "trop_long": trop_long,
            "requete_url": urlencode({"q": requete}),
            "requete_lieux_url": urlencode({"q": requete, "lieux": "tous"}),
        },
    )


def chercher_recits(request: HttpRequest, termes: str):
    """One page of the published stories matching every term, newest first."""
    recits_publics = pour_cartes(publiques(RecitPage.objects.all()))
    # Stories newest first on every database: scoring thousands of matches costs
    # SQLite a subquery per match and PostgreSQL 300 ms at 10,000 stories.
    if sqlite_plein_texte():
        resultats = filtrer_par_texte(recits_publics, termes).order_by("-date", "-pk")
    else:
        resultats = recits_publics.order_by("-date", "-page_ptr_id").search(
            termes, operator="and", order_by_relevance=False
        )
    return paginer(
        request,
        resultats,
        settings.RECITS_PAR_PAGE,
        cle_compte=f"recherche:{termes}",
        preparer=preparer_cartes(request),
    )
