"""Admin screens for the indicator framework (snippet viewsets and their filters)."""

import django_filters
from django.db.models import Count
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import Truncator
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from .exports.filtres import CodageFilterSet
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


class LectureSeulePolicy(ModelPermissionPolicy):
    """Codings are read here, never written: their history feeds the agreement figures."""

    interdites = frozenset({"add", "change", "delete"})

    def user_has_permission(self, user, action: str) -> bool:
        if action in self.interdites:
            return False
        if action == "view":
            # Whoever may code may also read the codings.
            return any(
                super(LectureSeulePolicy, self).user_has_permission(user, a)
                for a in ("view", "change", "add")
            )
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, a) for a in actions)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        permises = [a for a in actions if a not in self.interdites]
        if not permises:
            return get_user_model().objects.none()
        return super().users_with_any_permission([*permises, "change", "add"])


# Before the viewset is registered: Wagtail would otherwise create the default policy.
register_permission_policy(Codage, LectureSeulePolicy(Codage))


def passage_lisible(codage: Codage) -> str:
    """The passage as text (never raw offsets), shortened for the listing."""
    if not codage.passage:
        return "(récit entier)"
    return Truncator(codage.passage).chars(140)


class CodagesIndexView(IndexView):
    """The codings listing: counts of what the filters select, and export buttons."""

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("recit", "indicateur", "decide_par", "recit__lieu")
        )

    def get_page_subtitle(self) -> str:
        qs = self.filters.qs if self.filters else self.get_base_queryset()
        comptes = dict(qs.order_by().values_list("statut").annotate(n=Count("pk")))
        total = sum(comptes.values())
        details = ", ".join(
            f"{comptes.get(valeur, 0)} {label.lower()}{'s' if comptes.get(valeur, 0) > 1 else ''}"
            for valeur, label in Codage.Statut.choices
        )
        return f"{total} codage{'s' if total > 1 else ''} ({details})"

    @cached_property
    def header_more_buttons(self):
        boutons = list(super().header_more_buttons)
        requete = self.request.GET.copy()
        for cle in ("p", "ordering"):
            requete.pop(cle, None)
        suite = f"?{requete.urlencode()}" if requete else ""
        for rang, (fmt, libelle) in enumerate(
            [
                ("csv", "Exporter en CSV"),
                ("xlsx", "Exporter en XLSX"),
                ("qdpx", "Exporter pour QualCoder, NVivo, ATLAS.ti (.qdpx)"),
                ("qdc", "Exporter le livre de codes (.qdc)"),
            ]
        ):
            boutons.append(
                Button(
                    libelle,
                    url=reverse("indicateurs_export_codages", args=[fmt]) + suite,
                    icon_name="download",
                    priority=100 + rang,
                )
            )
        if self.request.user.has_perm("indicateurs.add_indicateur"):
            boutons.append(
                Button(
                    "Importer un livre de codes (.qdc)",
                    url=reverse("indicateurs_import_qdc"),
                    icon_name="upload",
                    priority=110,
                )
            )
        return boutons


class CodageViewSet(SnippetViewSet):
    """The codings, read only: created and changed through the workspace services alone."""

    model = Codage
    icon = "list-ul"
    menu_label = "Codages"
    menu_order = 110
    index_view_class = CodagesIndexView
    list_display = [
        "recit",
        "indicateur",
        Column("passage", label="Passage", accessor=passage_lisible),
        "origine",
        "statut",
        BooleanColumn("citation", label="Citation"),
        BooleanColumn("a_revoir", label="À revoir"),
        "decide_par",
        "decide_le",
    ]
    list_export = []
    filterset_class = CodageFilterSet
    list_per_page = 50
    inspect_view_enabled = True
    inspect_view_fields = [
        "recit",
        "indicateur",
        "bloc",
        "passage",
        "origine",
        "statut",
        "score",
        "explication",
        "citation",
        "note",
        "a_revoir",
        "decide_par",
        "decide_le",
        "cree_le",
    ]
    copy_view_enabled = False


class IndicateursGroup(ViewSetGroup):
    """One admin menu entry for the framework."""

    menu_label = "Cadre d'analyse"
    menu_icon = "tag"
    menu_order = 200
    items = (IndicateurViewSet, CodageViewSet)
