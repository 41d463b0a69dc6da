"""The years, campaigns and départements the admin filters offer: only those the data holds."""

from __future__ import annotations

from recits.models import LieuPage, RecitPage
from recits.territoires import nom_departement


def annees() -> list[tuple[str, str]]:
    """Years in which stories took place, newest first."""
    return [
        (str(jour.year), str(jour.year))
        for jour in RecitPage.objects.dates("date", "year", order="DESC")
    ]


def campagnes() -> list[tuple[str, str]]:
    """Campaign years that produced stories, newest first."""
    # The collection (a higher layer) points at stories: read its years through the
    # reverse relation, never by importing it.
    valeurs = (
        RecitPage.objects.filter(contributions__isnull=False)
        .order_by("-contributions__campagne__annee")
        .values_list("contributions__campagne__annee", flat=True)
        .distinct()
    )
    return [(str(annee), f"Collecte {annee}") for annee in valeurs if annee]


def departements() -> list[tuple[str, str]]:
    """Départements that have at least one place, with their names."""
    codes = (
        LieuPage.objects.exclude(departement="")
        .order_by("departement")
        .values_list("departement", flat=True)
        .distinct()
    )
    return [(code, f"{nom_departement(code)} ({code})") for code in codes]
