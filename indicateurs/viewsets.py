"""Admin screens for the indicator framework (snippet viewsets and their filters)."""

import django_filters
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Codage, Indicateur


class IndicateurFilterSet(WagtailFilterSet):
    """Filter indicators by family and by whether they are in use."""

    famille = django_filters.CharFilter(label="Famille", lookup_expr="icontains")

    class Meta:
        model = Indicateur
        fields = ["actif"]


class IndicateurViewSet(SnippetViewSet):
    """Editors change names, definitions, questions and lexicons of indicators here."""

    model = Indicateur
    icon = "tag"
    menu_label = "Indicateurs"
    menu_order = 100
    list_display = ["nom", "famille", "slug", "ordre", "actif"]
    filterset_class = IndicateurFilterSet
    search_fields = ["nom", "definition"]
    ordering = ["ordre", "nom"]


class CodageFilterSet(WagtailFilterSet):
    """Filter codings by indicator, origin and status."""

    class Meta:
        model = Codage
        fields = ["indicateur", "origine", "statut"]


class CodageViewSet(SnippetViewSet):
    """A read-mostly list of codings, to check what was decided and by whom."""

    model = Codage
    icon = "list-ul"
    menu_label = "Codages"
    menu_order = 110
    list_display = ["recit", "indicateur", "origine", "statut", "decide_le"]
    filterset_class = CodageFilterSet
    list_per_page = 50


class IndicateursGroup(ViewSetGroup):
    """One admin menu entry for the framework."""

    menu_label = "Cadre d'analyse"
    menu_icon = "tag"
    menu_order = 200
    items = (IndicateurViewSet, CodageViewSet)
