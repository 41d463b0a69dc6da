"""Who may be quoted in a report, and how they are named: one place for the consent rules.

A contributed story is quotable when its contribution said yes to the report channel and
nothing was withdrawn since (`RetraitRapport`); an editor-written one when a consent in
force covers the report channel (`recits.ConsentementRecit`). Photos need, on top, the
image-rights answer (contributed) or the image-rights agreement (editor-written).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from collecte.models import Contribution, PhotoContribution
from recits.models import ConsentementRecit

from .suivi import RetraitRapport


@dataclass(frozen=True)
class Accord:
    """What a story's consent allows in a report."""

    contribution_id: int | None
    photos: frozenset[int]  # image ids whose use is allowed
    toutes_photos: bool  # editor-written story with image rights: every photo of it


@dataclass
class Retraits:
    """Everything withdrawn from the reports, read in one query."""

    recits: set[int]
    contributions: set[int]
    codages: set[int]
    images: set[int]

    def citation_retiree(self, citation: dict) -> bool:
        """True when a stored quote must no longer be shown."""
        return bool(
            citation.get("retiree")
            or citation.get("recit") in self.recits
            or (citation.get("contribution") and citation["contribution"] in self.contributions)
            or (citation.get("codage") and citation["codage"] in self.codages)
        )

    def photo_retiree(self, photo: dict) -> bool:
        """True when a stored photo must no longer be shown."""
        return bool(
            photo.get("retiree")
            or photo.get("recit") in self.recits
            or (photo.get("contribution") and photo["contribution"] in self.contributions)
            or (photo.get("image") and photo["image"] in self.images)
        )


def retraits() -> Retraits:
    """The withdrawals, all of them (a short table: one row per thing taken back)."""
    resultat = Retraits(set(), set(), set(), set())
    for genre, contribution, recit, codage, image in RetraitRapport.objects.values_list(
        "genre", "contribution_id", "recit_id", "codage_id", "image_id"
    ):
        if genre in (RetraitRapport.Genre.CONSENTEMENT, RetraitRapport.Genre.RECIT):
            if contribution:
                resultat.contributions.add(contribution)
            if recit:
                resultat.recits.add(recit)
        elif genre == RetraitRapport.Genre.CITATION and codage:
            resultat.codages.add(codage)
        elif genre == RetraitRapport.Genre.PHOTO and image:
            resultat.images.add(image)
    return resultat


def accords(recit_ids: Iterable[int], retires: Retraits | None = None) -> dict[int, Accord]:
    """The stories among `recit_ids` that may be quoted in a report, with their photo rights."""
    ids = set(recit_ids)
    retires = retires or retraits()
    resultat: dict[int, Accord] = {}
    contributions = Contribution.objects.filter(page_id__in=ids).values_list(
        "pk", "page_id", "consentement_rapport", "retiree_le"
    )
    contribuees: set[int] = set()
    autorisees: dict[int, int] = {}
    for pk, page_id, rapport, retiree_le in contributions:
        contribuees.add(page_id)
        if rapport and retiree_le is None and pk not in retires.contributions:
            autorisees[page_id] = pk
    photos: dict[int, set[int]] = {}
    for contribution_id, image_id in PhotoContribution.objects.filter(
        contribution_id__in=autorisees.values(), image__isnull=False
    ).values_list("contribution_id", "image_id"):
        # Every stored photo carries an image-rights answer (the form requires one).
        photos.setdefault(contribution_id, set()).add(image_id)
    for page_id, pk in autorisees.items():
        if page_id not in retires.recits:
            resultat[page_id] = Accord(pk, frozenset(photos.get(pk, ())), False)
    for recit_id, photos_ok in ConsentementRecit.objects.filter(
        recit_id__in=ids - contribuees, canal_rapport=True, retire_le__isnull=True
    ).values_list("recit_id", "photos"):
        if recit_id in retires.recits:
            continue
        ancien = resultat.get(recit_id)
        resultat[recit_id] = Accord(
            None, frozenset(), photos_ok or bool(ancien and ancien.toutes_photos)
        )
    return resultat
