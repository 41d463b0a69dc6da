"""Where higher layers plug into stories, so that `recits` imports none of them.

`indicateurs` and `collecte` call these functions from their `AppConfig.ready()`:

- `brancher_indicateurs` gives the public listings the stories' indicators (chips, the
  indicator filter, the home page) without `recits` knowing how codings are stored;
- `ajouter_garde_publication` adds a reason a story may not go live (consent);
- `ajouter_panneaux` and `etendre_formulaire` add panels and fields to the story editor;
- `ajouter_rubrique` adds a section page under the home page (tree, menu);
- `ajouter_fragment` adds a piece of HTML to a public page (a place's indicator profile).

Without them (`recits` alone), stories have no indicators and nothing guards publication.
They are read when Wagtail first builds the story editor, after every app is ready.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from django.db.models import QuerySet

if TYPE_CHECKING:
    from wagtail.admin.panels import Panel
    from wagtail.models import Page


class SourceIndicateurs(Protocol):
    """What the public site needs to know of indicators and of the stories they tag."""

    def actifs(self) -> QuerySet:
        """Active indicators (with `pk`, `nom`, `slug`, `couleur`, `ordre`), in framework order."""

    def recits_portant(self, indicateur) -> QuerySet:
        """`recit_id` values of the stories that give evidence for an indicator (or its slug)."""

    def paires(self, pks: list[int]) -> Iterable[tuple[int, int]]:
        """(story, indicator) pairs of the stories' public indicators."""


class _AucunIndicateur:
    """Used until `indicateurs` plugs itself in: no story carries any indicator."""

    def actifs(self) -> list:
        return []

    def recits_portant(self, indicateur) -> list:
        return []

    def paires(self, pks: list[int]) -> list:
        return []


@dataclass(frozen=True)
class Rubrique:
    """A section page under the home page, created by `initialiser_site` and shown in the menu."""

    modele: type[Page]
    slug: str
    titre: str
    libelle_menu: str
    introduction: str = ""


_source: SourceIndicateurs = _AucunIndicateur()
_gardes: list[Callable[[Page], str | None]] = []
_rubriques: list[Rubrique] = []
_panneaux: dict[str, list[Panel]] = {"debut": [], "fin": []}
_formulaires: list[type] = []
_fragments: dict[str, list[Callable]] = {}


def brancher_indicateurs(source: SourceIndicateurs) -> None:
    """Let the public site read indicators through `source` (called once, by `indicateurs`)."""
    global _source
    _source = source


def indicateurs() -> SourceIndicateurs:
    """The current source of indicators."""
    return _source


def ajouter_garde_publication(garde: Callable[[Page], str | None]) -> None:
    """Add a check run before a story goes live: it returns why not, or None."""
    if garde not in _gardes:
        _gardes.append(garde)


def refus_de_publication(page: Page) -> str | None:
    """The first reason a story may not go live, or None."""
    for garde in _gardes:
        raison = garde(page)
        if raison:
            return raison
    return None


def ajouter_rubrique(rubrique: Rubrique) -> None:
    """Add a section page under the home page (its model must allow `recits.HomePage`)."""
    if all(r.modele is not rubrique.modele for r in _rubriques):
        _rubriques.append(rubrique)


def rubriques() -> list[Rubrique]:
    """Section pages added by other apps, in the order they were added."""
    return list(_rubriques)


def ajouter_fragment(endroit: str, fragment: Callable) -> None:
    """Add `fragment(page, request) -> safe HTML or ""` to a public page (`lieu`)."""
    liste = _fragments.setdefault(endroit, [])
    if fragment not in liste:
        liste.append(fragment)


def fragments(endroit: str, page: Page, request) -> list[str]:
    """The HTML pieces other apps add to a public page, empty ones left out."""
    return [html for html in (f(page, request) for f in _fragments.get(endroit, [])) if html]


def ajouter_panneaux(panneaux_ajoutes: list[Panel], position: str = "fin") -> None:
    """Add panels at the start (`debut`) or the end (`fin`) of the story editor."""
    _panneaux[position].extend(panneaux_ajoutes)


def panneaux(position: str) -> list[Panel]:
    """Panels other apps added at a position of the story editor."""
    return list(_panneaux[position])


def etendre_formulaire(mixin: type) -> None:
    """Add a form mixin (extra fields and their saving) to the story editor's form."""
    if mixin not in _formulaires:
        _formulaires.append(mixin)


def formulaire(base: type) -> type:
    """The story editor's form: `base` with the mixins other apps added (one class per set)."""
    return _composer(base, tuple(reversed(_formulaires)))


@functools.cache
def _composer(base: type, mixins: tuple[type, ...]) -> type:
    if not mixins:
        return base
    return types.new_class(
        base.__name__, (*mixins, base), exec_body=lambda ns: ns.update(__module__=base.__module__)
    )
