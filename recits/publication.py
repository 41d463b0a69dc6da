"""What visitors may see, computed cheaply: live pages outside view restrictions.

Wagtail's ``QuerySet.public()`` reads every view restriction on each call; a listing page
calls it several times. Restrictions change rarely, so their paths are cached here and
the cache is emptied whenever one is saved or deleted. Each page URL stays protected by
Wagtail's own check in ``serve``; this only concerns listings.
"""

import hashlib
import secrets

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q, QuerySet
from wagtail.models import Page, PageViewRestriction

CLE_RESTRICTIONS = "recits:restrictions"
CLE_CHOIX_FILTRES = "recits:choix-filtres"
CLE_NAVIGATION = "recits:navigation"
CLE_GENERATION = "recits:generation"
DUREE_CACHE = 60


def chemins_restreints() -> list[str]:
    """Tree paths of pages that carry a view restriction (cached)."""
    chemins = cache.get(CLE_RESTRICTIONS)
    if chemins is None:
        chemins = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(CLE_RESTRICTIONS, chemins, DUREE_CACHE)
    return chemins


def publiques(queryset: QuerySet) -> QuerySet:
    """Restrict a page queryset to what an anonymous visitor may see."""
    queryset = queryset.live()
    chemins = chemins_restreints()
    if chemins:
        sous_arbres = Q()
        for chemin in chemins:
            sous_arbres |= Q(path__startswith=chemin)
        queryset = queryset.exclude(sous_arbres)
    return queryset


def generation_publique() -> str:
    """Current generation of public content; cached pages carry it in their key."""
    generation = cache.get(CLE_GENERATION)
    if generation is None:
        generation = secrets.token_hex(4)
        cache.set(CLE_GENERATION, generation, None)
    return generation


def compte_public(cle: str, queryset: QuerySet) -> int:
    """Number of rows of a public listing, counted once per generation of public content.

    Counting thousands of stories joined to their pages costs SQLite about 15 ms, on each
    page of a listing; the number only changes when something is published or withdrawn,
    which renews the generation and so the key.
    """
    empreinte = hashlib.sha256(cle.encode()).hexdigest()[:32]
    cle_complete = f"recits:compte:{generation_publique()}:{empreinte}"
    nombre = cache.get(cle_complete)
    if nombre is None:
        nombre = queryset.count()
        cache.set(cle_complete, nombre, DUREE_CACHE)
    return nombre


def _renouveler() -> None:
    cache.set(CLE_GENERATION, secrets.token_hex(4), None)
    cache.delete_many([CLE_RESTRICTIONS, CLE_CHOIX_FILTRES, CLE_NAVIGATION])


def vider_caches_publics(**kwargs) -> None:
    """Forget cached pages, menus, counts, filter choices and restrictions after any change.

    Renewed at once, and again when the transaction commits: a request served between
    the two still read the old rows and may have cached them under the new generation.
    """
    _renouveler()
    transaction.on_commit(_renouveler)


def image_enregistree(sender, instance, update_fields=None, **kwargs) -> None:
    """An edited image (file, focal point) changes the renditions pages show.

    Wagtail also saves an image the first time it measures its size or hash (while
    rendering it): that changes nothing visible and must not empty the caches.
    """
    if update_fields and set(update_fields) <= {"file_size", "file_hash"}:
        return
    vider_caches_publics()


def page_enregistree(sender, instance, **kwargs) -> None:
    """`post_save`/`post_delete` of any page type (a `sender=Page` receiver misses subclasses)."""
    if isinstance(instance, Page):
        vider_caches_publics()
