"""What the public site reads of indicators, plugged into `recits` (`extensions`)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet

from .models import Codage, Indicateur


class IndicateursPublics:
    """A story's public indicators are its accepted codings on active indicators."""

    def actifs(self) -> QuerySet:
        """Active indicators with what cards, filters and the home page show."""
        return (
            Indicateur.objects.filter(actif=True)
            .only("pk", "nom", "slug", "couleur", "ordre", "definition")
            .order_by("ordre", "nom")
        )

    def recits_portant(self, indicateurs) -> QuerySet:
        """Stories with an accepted coding for an indicator, its slug, or any of several pks."""
        if isinstance(indicateurs, str):
            choix = {"indicateur__slug": indicateurs}
        elif isinstance(indicateurs, Indicateur):
            choix = {"indicateur": indicateurs}
        else:
            choix = {"indicateur_id__in": list(indicateurs)}
        return Codage.objects.filter(statut=Codage.Statut.ACCEPTE, **choix).values("recit_id")

    def paires(self, pks: list[int]) -> Iterable[tuple[int, int]]:
        """(story, indicator) pairs of accepted codings, in one query (the caller keeps actives)."""
        return (
            Codage.objects.filter(recit_id__in=pks, statut=Codage.Statut.ACCEPTE)
            .order_by()  # Codage's default ordering joins Indicateur: not needed here
            .values_list("recit_id", "indicateur_id")
            .distinct()
        )
