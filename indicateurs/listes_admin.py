"""« Récits à coder »: the editors' listing of stories by coding status, with counts.

A story's coding status is read from its `Codage` rows, one status per story, in this
order of precedence:

- « À revoir »: at least one coding still in play (suggested or accepted) has `a_revoir`
  (its passage changed and could not be found again);
- « Non codé »: no accepted coding at all;
- « En partie »: accepted codings, and helper suggestions still undecided;
- « Terminé »: accepted codings, and no helper suggestion left undecided.

The contributor's own reading (origin contributor, status suggested) is kept apart and
never counts as undecided: it is a reading, not a proposal waiting for a decision.

Every row's figures come from subqueries of the one listing query, so the number of
queries does not grow with the number of rows (tested).
"""

from __future__ import annotations

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Page, WorkflowState

from recits.models import LieuPage, RecitPage

from . import choix_filtres
from .models import Codage, Indicateur

NON_CODE = "non_code"
EN_PARTIE = "en_partie"
TERMINE = "termine"
A_REVOIR = "a_revoir"
STATUTS_CODAGE = [
    (NON_CODE, "Non codé"),
    (EN_PARTIE, "En partie"),
    (TERMINE, "Terminé"),
    (A_REVOIR, "À revoir"),
]
LIBELLES_STATUT = dict(STATUTS_CODAGE)

PUBLIE = "publie"
BROUILLON = "brouillon"
EN_MODERATION = "en_moderation"
STATUTS_PUBLICATION = [
    (PUBLIE, "Publié"),
    (BROUILLON, "Brouillon (hors modération)"),
    (EN_MODERATION, "En modération"),
]


def refus_curation(request) -> TemplateResponse:
    """A plain 403 in French (Wagtail would redirect to the dashboard instead)."""
    return TemplateResponse(request, "indicateurs/listes/interdit.html", status=403)


def peut_lire_curation(utilisateur) -> bool:
    """Readers, editors and moderators read the curation screens; others get a 403.

    The right is Django's `view_codage` (given to Editors and Moderators by a migration, and
    to the read-only Lecteurs group) on top of access to the admin.
    """
    return bool(
        utilisateur.is_active
        and utilisateur.has_perm("wagtailadmin.access_admin")
        and utilisateur.has_perm("indicateurs.view_codage")
    )


class MenuCuration(MenuItem):
    """A menu entry shown only to those who may read the curation screens."""

    def is_shown(self, request) -> bool:
        return peut_lire_curation(request.user)


def _compte(**filtre) -> Coalesce:
    """The number of the story's codings matching `filtre`, as a subquery (no join)."""
    return Coalesce(
        Subquery(
            Codage.objects.filter(recit=OuterRef("pk"), **filtre)
            .order_by()
            .values("recit")
            .annotate(n=Count("pk"))
            .values("n")[:1],
            output_field=IntegerField(),
        ),
        0,
    )


def recits_annotes(queryset: QuerySet | None = None) -> QuerySet:
    """Stories with their coding counts, coding status and moderation state, in one query."""
    queryset = RecitPage.objects.all() if queryset is None else queryset
    a_revoir = Codage.objects.filter(
        recit=OuterRef("pk"),
        a_revoir=True,
        statut__in=[Codage.Statut.SUGGERE, Codage.Statut.ACCEPTE],
    )
    en_moderation = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), CharField()),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    return (
        queryset.defer_streamfields()
        .select_related("lieu")
        .annotate(
            nb_acceptes=_compte(statut=Codage.Statut.ACCEPTE),
            nb_en_attente=_compte(statut=Codage.Statut.SUGGERE, origine=Codage.Origine.ASSISTANT),
            nb_passages=_compte(statut=Codage.Statut.ACCEPTE, debut__isnull=False),
            a_un_codage_a_revoir=Exists(a_revoir),
            en_moderation=Exists(en_moderation),
        )
        .annotate(
            statut_codage=Case(
                When(a_un_codage_a_revoir=True, then=Value(A_REVOIR)),
                When(nb_acceptes=0, then=Value(NON_CODE)),
                When(nb_en_attente__gt=0, then=Value(EN_PARTIE)),
                default=Value(TERMINE),
                output_field=CharField(),
            )
        )
    )


def compter_par_statut(queryset: QuerySet) -> list[dict]:
    """How many stories of the (filtered) listing are in each coding status, in one query."""
    totaux = queryset.order_by().aggregate(
        **{
            cle: Count("pk", filter=Q(statut_codage=cle), distinct=True)
            for cle, _libelle in STATUTS_CODAGE
        }
    )
    return [
        {"cle": cle, "libelle": libelle, "nombre": totaux[cle] or 0}
        for cle, libelle in STATUTS_CODAGE
    ]


class RecitsACoderFilterSet(WagtailFilterSet):
    """The filters of « Récits à coder »; each one narrows the stories, never duplicates them."""

    indicateur = django_filters.ModelChoiceFilter(
        label="Indicateur (codé ou suggéré)",
        queryset=Indicateur.objects.filter(actif=True),
        method="filtrer_indicateur",
        empty_label="Tous",
    )
    lieu = django_filters.ModelChoiceFilter(
        label="Lieu", queryset=LieuPage.objects.order_by("title"), empty_label="Tous"
    )
    departement = django_filters.ChoiceFilter(
        label="Département",
        field_name="lieu__departement",
        choices=choix_filtres.departements,
        empty_label="Tous",
    )
    annee = django_filters.ChoiceFilter(
        label="Année du moment raconté",
        field_name="date__year",
        choices=choix_filtres.annees,
        empty_label="Toutes",
    )
    campagne = django_filters.ChoiceFilter(
        label="Campagne",
        choices=choix_filtres.campagnes,
        method="filtrer_campagne",
        empty_label="Toutes",
    )
    statut = django_filters.ChoiceFilter(
        label="État du codage",
        field_name="statut_codage",
        choices=STATUTS_CODAGE,
        empty_label="Tous",
    )
    origine = django_filters.ChoiceFilter(
        label="Origine des codages",
        choices=Codage.Origine.choices,
        method="filtrer_origine",
        empty_label="Toutes",
    )
    publication = django_filters.ChoiceFilter(
        label="Publication",
        choices=STATUTS_PUBLICATION,
        method="filtrer_publication",
        empty_label="Toutes",
    )

    class Meta:
        model = RecitPage
        fields: list[str] = []

    def filtrer_indicateur(self, queryset, name, value):
        codages = Codage.objects.filter(indicateur=value).exclude(statut=Codage.Statut.REJETE)
        return queryset.filter(pk__in=codages.values("recit_id"))

    def filtrer_origine(self, queryset, name, value):
        codages = Codage.objects.filter(origine=value).exclude(statut=Codage.Statut.REJETE)
        return queryset.filter(pk__in=codages.values("recit_id"))

    def filtrer_campagne(self, queryset, name, value):
        return queryset.filter(contributions__campagne__annee=value).distinct()

    def filtrer_publication(self, queryset, name, value):
        if value == PUBLIE:
            return queryset.filter(live=True)
        if value == EN_MODERATION:
            return queryset.filter(en_moderation=True)
        return queryset.filter(live=False, en_moderation=False)

    def filtrer_sauf(self, queryset: QuerySet, *exclus: str) -> QuerySet:
        """The queryset narrowed by every valid filter but `exclus` (counts per status)."""
        for nom, valeur in self.form.cleaned_data.items():
            if nom not in exclus:
                queryset = self.filters[nom].filter(queryset, valeur)
        return queryset


class TitreVersAtelierColumn(Column):
    """The story's title, linking to its coding workspace (or its editor until there is one)."""

    cell_template_name = "indicateurs/listes/cellule_titre.html"


class StatutCodageColumn(Column):
    """The coding status as a labelled tag, with the counts behind it."""

    cell_template_name = "indicateurs/listes/cellule_statut.html"

    def get_cell_context_data(self, instance, parent_context):
        contexte = super().get_cell_context_data(instance, parent_context)
        contexte["libelle"] = LIBELLES_STATUT.get(instance.statut_codage, "")
        return contexte


class PublicationColumn(Column):
    """Published, draft or in moderation, in words."""

    cell_template_name = "indicateurs/listes/cellule_publication.html"


class RecitsACoderView(IndexView):
    """The listing itself: filters, counts per status, one row per story."""

    model = RecitPage
    template_name = "indicateurs/listes/recits_a_coder.html"
    results_template_name = "indicateurs/listes/recits_a_coder_resultats.html"
    page_title = "Récits à coder"
    header_icon = "list-ul"
    paginate_by = 50
    filterset_class = RecitsACoderFilterSet
    is_searchable = True
    search_backend_name = None
    search_fields = ["title"]
    default_ordering = "-latest_revision_created_at"
    verbose_name = "récit"
    verbose_name_plural = "récits"
    any_permission_required = None
    permission_required = None
    add_url_name = None
    edit_url_name = None
    copy_url_name = None
    inspect_url_name = None
    delete_url_name = None
    history_url_name = None
    usage_url_name = None

    @cached_property
    def permission_policy(self):
        return None

    def dispatch(self, request, *args, **kwargs):
        if not peut_lire_curation(request.user):
            return refus_curation(request)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def columns(self):
        return [
            TitreVersAtelierColumn("title", label="Récit", sort_key="title"),
            Column("lieu", label="Lieu", accessor="lieu.title", sort_key="lieu__title"),
            Column("departement", label="Dép.", accessor="lieu.departement"),
            Column("annee", label="Année", accessor="date.year", sort_key="date"),
            StatutCodageColumn("statut_codage", label="Codage", sort_key="statut_codage"),
            PublicationColumn("publication", label="Publication", sort_key="live"),
            DateColumn(
                "latest_revision_created_at",
                label="Modifié",
                sort_key="latest_revision_created_at",
            ),
        ]

    def get_base_queryset(self):
        return recits_annotes()

    def get_header_buttons(self):
        return []

    def get_list_more_buttons(self, instance):
        return []

    def get_list_buttons(self, instance):
        return []

    def get_context_data(self, *args, **kwargs):
        contexte = super().get_context_data(*args, **kwargs)
        base = self.search_queryset(self.get_base_queryset())
        if self.filters and self.filters.is_valid():
            base = self.filters.filtrer_sauf(base, "statut")
        choisi = self.request.GET.get("statut", "")
        comptes = compter_par_statut(base)
        for compte in comptes:
            parametres = self.request.GET.copy()
            for cle in (self.page_kwarg, "_w_filter_fragment"):
                parametres.pop(cle, None)
            parametres["statut"] = compte["cle"]
            compte["lien"] = f"{self.index_url}?{parametres.urlencode()}"
            compte["choisi"] = compte["cle"] == choisi
        contexte["comptes_statut"] = comptes
        return contexte


class RecitsACoderViewSet(ViewSet):
    """Registers « Récits à coder » (index and results fragment) under the Curation menu."""

    name = "recits_a_coder"
    url_prefix = "curation/recits-a-coder"
    icon = "list-ul"
    menu_label = "Récits à coder"
    menu_name = "recits-a-coder"
    menu_item_class = MenuCuration

    def get_urlpatterns(self):
        index = RecitsACoderView.as_view(
            index_url_name=self.get_url_name("index"),
            index_results_url_name=self.get_url_name("index_results"),
        )
        resultats = RecitsACoderView.as_view(
            index_url_name=self.get_url_name("index"),
            index_results_url_name=self.get_url_name("index_results"),
            results_only=True,
        )
        return [
            path("", index, name="index"),
            path("resultats/", resultats, name="index_results"),
        ]


__all__ = [
    "RecitsACoderFilterSet",
    "RecitsACoderView",
    "RecitsACoderViewSet",
    "compter_par_statut",
    "peut_lire_curation",
    "recits_annotes",
]
