"""Listings and cards of stories: what a list loads, how it is paginated and cached.

Used by the page models, the indicator pages and the search; it reads no model of its own,
so that every app may list stories without importing `recits.models`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.core.cache import InvalidCacheBackendError, caches
from django.core.cache.utils import make_template_fragment_key
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import (
    ExpressionWrapper,
    F,
    IntegerField,
    Prefetch,
    QuerySet,
    prefetch_related_objects,
)
from django.http import HttpRequest
from django.utils.functional import cached_property
from wagtail.images import get_image_model
from wagtail.models import Page

from . import extensions
from .publication import compte_public, generation_publique, memoriser_public

# Renditions used by listings; prefetched together so a card costs no query.
RENDITION_CARTE = "fill-640x400|format-webp|webpquality-75"


# Page columns that a story card never shows, left out of listings: a page of twelve
# cards then builds smaller objects (about a quarter of the listing's cost).
CHAMPS_PAGE_HORS_CARTE = (
    "draft_title",
    "seo_title",
    "search_description",
    "locked",
    "locked_at",
    "locked_by",
    "go_live_at",
    "expire_at",
    "expired",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "latest_revision",
    "live_revision",
    "has_unpublished_changes",
    "owner",
    "show_in_menus",
    "alias_of",
)
CHAMPS_HORS_CARTE = (
    *CHAMPS_PAGE_HORS_CARTE,
    "corps",
    "signature",
    "auteur_nom",
    "source",
    *(
        f"lieu__{champ}"
        for champ in (
            *CHAMPS_PAGE_HORS_CARTE,
            "description",
            "type_activite",
            "code_postal",
            "region",
            "date_ouverture",
            "photo",
            "latitude",
            "longitude",
            "contact_nom",
            "contact_email",
        )
    ),
)


def pk_parmi(queryset: QuerySet, sous_requete) -> QuerySet:
    """Rows whose primary key is in a subquery, tested so that listings stay date-ordered.

    The test is written on `pk + 0`: on the bare primary key, SQLite starts from the
    subquery's thousands of rows, reads each story and sorts them all (15 ms at 10,000
    stories); on an expression it walks the stories newest first through the date index
    and stops at the end of the page (2 ms). PostgreSQL plans both alike.
    """
    return queryset.alias(
        pk_expression=ExpressionWrapper(F("pk") + 0, output_field=IntegerField())
    ).filter(pk_expression__in=sous_requete)


def portant_indicateur(recits: QuerySet, indicateur) -> QuerySet:
    """Stories that give evidence for an indicator (an Indicateur or its slug)."""
    return pk_parmi(recits, extensions.indicateurs().recits_portant(indicateur))


def pour_cartes(recits: QuerySet) -> QuerySet:
    """Stories as a listing shows them: with their place, unused columns left out.

    Images and indicators are added by `preparer_cartes`, for the cards not yet cached.
    """
    return recits.select_related("lieu").defer(*CHAMPS_HORS_CARTE)


def cache_des_fragments():
    """The cache `{% cache %}` writes to: `template_fragments` when defined, else `default`."""
    try:
        return caches["template_fragments"]
    except InvalidCacheBackendError:
        return caches["default"]


def cle_carte(recit: Page, request: HttpRequest) -> str:
    """Cache key of a story card: the `{% cache %}` of components/carte_recit.html."""
    return make_template_fragment_key(
        "carte-recit", [recit.pk, generation_publique(), request.get_host()]
    )


def preparer_cartes(request: HttpRequest | None) -> Callable[[Iterable], list]:
    """Complete the stories whose card must be rendered: image, renditions, indicators.

    A card already in the cache reads nothing from its story, so its three queries
    (image, renditions, indicators) are skipped; without a request, all are completed.
    """

    def preparer(recits: Iterable[Page]) -> list[Page]:
        recits = list(recits)
        a_rendre = recits
        if request is not None and recits:
            cles = {cle_carte(recit, request): recit for recit in recits}
            en_cache = cache_des_fragments().get_many(list(cles))
            a_rendre = [recit for cle, recit in cles.items() if cle not in en_cache]
        if a_rendre:
            prefetch_related_objects(a_rendre, prefetch_image())
            avec_indicateurs(a_rendre)
        return recits

    return preparer


def indicateurs_publics() -> dict[int, object]:
    """Active indicators by primary key, in framework order (cached per generation)."""
    indicateurs = memoriser_public(
        "indicateurs", "", lambda: list(extensions.indicateurs().actifs())
    )
    return {indicateur.pk: indicateur for indicateur in indicateurs}


def indicateurs_des_recits(pks: list[int]) -> dict[int, list]:
    """Each story's public indicators, in framework order, in one query.

    Reading (story, indicator) pairs instead of prefetching codings and indicators
    halves what a card costs to load.
    """
    publics = indicateurs_publics()
    par_recit: dict[int, set[int]] = {}
    for recit_id, indicateur_id in extensions.indicateurs().paires(pks):
        par_recit.setdefault(recit_id, set()).add(indicateur_id)
    return {pk: [i for id_, i in publics.items() if id_ in par_recit.get(pk, ())] for pk in pks}


def avec_indicateurs(recits: Iterable[Page]) -> list[Page]:
    """Fill the `indicateurs` of a listing's stories with one query for them all."""
    recits = list(recits)
    if recits:
        par_recit = indicateurs_des_recits([recit.pk for recit in recits])
        for recit in recits:
            recit.__dict__["indicateurs"] = par_recit[recit.pk]
    return recits


def prefetch_image(champ: str = "image", *filtres: str) -> Prefetch:
    """Load the image and the listed renditions in two queries for a whole listing."""
    return Prefetch(
        champ,
        queryset=get_image_model().objects.prefetch_renditions(*(filtres or (RENDITION_CARTE,))),
    )


class PaginateurPublic(Paginator):
    """A paginator whose total comes from `compte_public` when the listing has a key."""

    def __init__(self, objets, par_page: int, cle_compte: str | None = None):
        super().__init__(objets, par_page)
        self.cle_compte = cle_compte

    @cached_property
    def count(self) -> int:
        """Total number of items, from the cache of public counts when possible."""
        if self.cle_compte is None:
            return super().count
        return compte_public(self.cle_compte, self.object_list)


def paginer(
    request: HttpRequest,
    objets,
    par_page: int,
    cle_compte: str | None = None,
    preparer: Callable[[list], list] | None = None,
):
    """Paginate without ever failing: a bad or out-of-range page number gives a valid page.

    `cle_compte` names a public listing (same key, same rows) so that its total is
    counted once per generation of public content instead of on every request.
    `preparer` completes the objects of the page shown (e.g. `avec_indicateurs`).
    """
    paginator = PaginateurPublic(objets, par_page, cle_compte)
    numero = request.GET.get("page", 1)
    try:
        page = paginator.page(numero)
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    if preparer is not None:
        page.object_list = preparer(list(page.object_list))
    return page
