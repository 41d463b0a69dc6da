"""What visitors may see, computed cheaply: live pages outside view restrictions.

Wagtail's ``QuerySet.public()`` reads every view restriction on each call; a listing page
calls it several times. Restrictions change rarely, so their paths are cached here.
Each page URL stays protected by Wagtail's own check in ``serve``; this only concerns
listings.

Everything public that is worth keeping (pages, counts, menu, filter options…) is kept
under a key that carries the *generation* of public content, a token that
`vider_caches_publics` renews on every change: renewing it forgets all of them at once.
"""

import hashlib
import secrets
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q, QuerySet
from wagtail.models import Page, PageViewRestriction

CLE_GENERATION = "recits:generation"
DUREE_CACHE = 60
Valeur = TypeVar("Valeur")


def chemins_restreints() -> list[str]:
    """Tree paths of pages that carry a view restriction (cached)."""
    return memoriser_public(
        "restrictions",
        "",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


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


def memoriser_public(nom: str, detail: str, calcul: Callable[[], Valeur]) -> Valeur:
    """The value of `calcul()`, computed once per generation of public content.

    `detail` tells apart the values of one kind (a slug, a query string…); it is hashed,
    so any text fits in the key. A `None` result is not kept.
    """
    empreinte = hashlib.sha256(detail.encode()).hexdigest()[:32]
    cle = f"recits:{nom}:{generation_publique()}:{empreinte}"
    valeur = cache.get(cle)
    if valeur is None:
        valeur = calcul()
        if valeur is not None:
            cache.set(cle, valeur, DUREE_CACHE)
    return valeur


def compte_public(cle: str, queryset: QuerySet) -> int:
    """Number of rows of a public listing, counted once per generation of public content.

    Counting thousands of stories joined to their pages costs SQLite about 15 ms, on each
    page of a listing; the number only changes when something is published or withdrawn.
    """
    return memoriser_public("compte", cle, queryset.count)


def _renouveler() -> None:
    cache.set(CLE_GENERATION, secrets.token_hex(4), None)


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
