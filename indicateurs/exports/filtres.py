"""The codings FilterSet, shared by the Codages listing, its export buttons and the command."""

from __future__ import annotations

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from wagtail.admin.filters import WagtailFilterSet

from recits.models import LieuPage

from .. import choix_filtres
from ..models import Codage, Indicateur

# Campaigns live in `collecte`, above this layer: reached by a lookup string only.
CAMPAGNE = "recit__contributions__campagne__annee"


def filtrer_periode(qs: QuerySet, annee: int | None = None, campagne: int | None = None):
    """Codings of stories told in a year and/or contributed to a campaign."""
    if annee:
        qs = qs.filter(recit__date__year=annee)
    if campagne:
        qs = qs.filter(**{CAMPAGNE: campagne}).distinct()
    return qs


class CodageFilterSet(WagtailFilterSet):
    """Filter codings the way an analyst asks: which indicator, where, when, who decided."""

    indicateur = django_filters.ModelChoiceFilter(
        label="Indicateur", queryset=Indicateur.objects.all()
    )
    lieu = django_filters.ModelChoiceFilter(
        label="Lieu", field_name="recit__lieu", queryset=LieuPage.objects.order_by("title")
    )
    departement = django_filters.ChoiceFilter(
        label="Département",
        field_name="recit__lieu__departement",
        choices=choix_filtres.departements,
    )
    annee = django_filters.ChoiceFilter(
        label="Année du récit", field_name="recit__date__year", choices=choix_filtres.annees
    )
    campagne = django_filters.ChoiceFilter(
        label="Campagne", method="filtrer_campagne", choices=choix_filtres.campagnes
    )
    origine = django_filters.ChoiceFilter(label="Origine", choices=Codage.Origine.choices)
    statut = django_filters.ChoiceFilter(label="Statut", choices=Codage.Statut.choices)
    citation = django_filters.BooleanFilter(label="Citation pour le rapport")
    a_revoir = django_filters.BooleanFilter(label="À revoir")
    decide_par = django_filters.ModelChoiceFilter(
        label="Décidé par",
        queryset=get_user_model().objects.filter(is_active=True).order_by("username"),
    )

    class Meta:
        model = Codage
        fields = [
            "indicateur",
            "lieu",
            "departement",
            "annee",
            "campagne",
            "origine",
            "statut",
            "citation",
            "a_revoir",
            "decide_par",
        ]

    def filtrer_campagne(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """Stories contributed to the campaign of that year."""
        return filtrer_periode(queryset, campagne=value)
