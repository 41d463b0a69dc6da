"""Admin screens of the contributions: read only, exactly as sent, erased on request."""

from __future__ import annotations

import datetime

import django_filters
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join, linebreaks
from django.utils.safestring import mark_safe
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views import snippets as vues_snippets
from wagtail.snippets.views.snippets import SnippetViewSet

from indicateurs.models import Indicateur
from recits.models import LieuPage

from ..effacement import effacer_contribution
from ..models import Contribution
from ..permissions import peut_effacer_contribution
from ..relances import compte


class ContributionFilterSet(WagtailFilterSet):
    """Filter contributions by campaign, place and kind."""

    lieu = django_filters.ModelChoiceFilter(
        label="Lieu", queryset=LieuPage.objects.order_by("title")
    )

    class Meta:
        model = Contribution
        fields = ["campagne", "lieu", "genre"]


def _oui_non(valeur: bool) -> str:
    return "Oui" if valeur else "Non"


def horodatage(valeur: datetime.datetime | None) -> str:
    """« 15 janvier 2025 à 23:59 », always in the site's time zone (Europe/Paris)."""
    if valeur is None:
        return "—"
    return date_format(timezone.localtime(valeur), "j F Y à H:i")


class ContributionInspectView(vues_snippets.InspectView):
    """A contribution as it was sent, with its consent, photos and the draft it produced."""

    LIBELLES = {
        "statut": "Où elle en est",
        "photos": "Photos",
        "page": "Récit créé",
        "indicateurs_choisis": "Indicateurs choisis par le lieu",
    }
    TEXTES_LONGS = ("texte", "pourquoi", "temoin_paroles")

    def get_field_label(self, field_name, field):
        return self.LIBELLES.get(field_name) or super().get_field_label(field_name, field)

    @cached_property
    def header_buttons(self):
        if self.object.effacee_le or not peut_effacer_contribution(self.request.user):
            return []
        url = reverse("collecte_contributions:effacer", args=[self.object.pk])
        return [HeaderButton("Effacer à la demande de la personne", url=url, icon_name="bin")]

    def get_field_display_value(self, field_name, field):
        if field_name in self.TEXTES_LONGS:
            texte = getattr(self.object, field_name)
            # linebreaks() escapes the text first, so marking its paragraphs safe is sound.
            return mark_safe(linebreaks(texte, autoescape=True)) if texte.strip() else "—"
        if field_name.startswith("consentement_") and field_name != "consentement_version":
            return _oui_non(getattr(self.object, field_name))
        if isinstance(field, models.DateTimeField):
            # Wagtail's display would show the stored UTC time, an hour off the list.
            return horodatage(getattr(self.object, field_name))
        valeur = super().get_field_display_value(field_name, field)
        return "—" if valeur in (None, "") else valeur

    def get_statut_display_value(self) -> str:
        return self.object.statut_affiche

    def get_page_display_value(self):
        if not self.object.page_id:
            return "—"
        return format_html(
            '<a href="{}">Ouvrir le brouillon « {} » dans l\'éditeur</a>',
            reverse("wagtailadmin_pages:edit", args=[self.object.page_id]),
            self.object.page.title,
        )

    def get_indicateurs_choisis_display_value(self) -> str:
        slugs = self.object.indicateurs_choisis or []
        noms = dict(Indicateur.objects.filter(slug__in=slugs).values_list("slug", "nom"))
        return ", ".join(noms.get(slug, slug) for slug in slugs) or "Aucun"

    def get_photos_display_value(self):
        photos = list(self.object.photos.all())
        if not photos:
            return "Aucune"
        return format_html(
            "{}<ul>{}</ul>",
            compte(len(photos), "photo", "photos"),
            format_html_join(
                "",
                "<li>{} — description : {} — {}</li>",
                (
                    (p.legende or "Sans légende", p.description, p.get_reconnaissable_display())
                    for p in photos
                ),
            ),
        )


class EffacerContributionView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then erase a contribution on a person's request (GDPR art. 17): POST only acts.

    Open to holders of the erase right (the Moderators, who decide what goes live); the
    history line it leaves on the campaign names the place and the editor, never the text.
    """

    template_name = "collecte/admin/effacer_contribution.html"
    page_title = "Effacer une contribution"
    header_icon = "bin"
    index_url_name = None
    inspect_url_name = None
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if not peut_effacer_contribution(request.user):
            raise PermissionDenied
        self.contribution = get_object_or_404(
            Contribution.objects.select_related("lieu", "campagne", "page"), pk=kwargs["pk"]
        )
        if self.contribution.effacee_le:
            messages.warning(request, "Cette contribution est déjà effacée.")
            return redirect(self.inspect_url_name, self.contribution.pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return f"Contribution de « {self.contribution.lieu.title} »"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": "Contributions"},
            {
                "url": reverse(self.inspect_url_name, args=[self.contribution.pk]),
                "label": str(self.contribution),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            contribution=self.contribution,
            nb_photos=self.contribution.photos.count(),
            retour_url=reverse(self.inspect_url_name, args=[self.contribution.pk]),
        )
        return context

    def post(self, request, pk: int):
        lieu = self.contribution.lieu.title
        effacer_contribution(
            self.contribution, par=Contribution.Retrait.EQUIPE, utilisateur=request.user
        )
        messages.success(
            request,
            f"La contribution de « {lieu} » est effacée : il ne reste que la date et le lieu.",
        )
        return redirect(self.index_url_name)


class ContributionViewSet(SnippetViewSet):
    """What places sent, exactly as sent: listed and read here, edited in the story page."""

    model = Contribution
    icon = "mail"
    menu_label = "Contributions"
    menu_order = 110
    url_prefix = "collecte/contributions"
    url_namespace = "collecte_contributions"
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = ContributionInspectView
    inspect_view_fields = [
        "titre",
        "lieu",
        "campagne",
        "recue_le",
        "statut",
        "page",
        "genre",
        "texte",
        "pourquoi",
        "quand",
        "date_moment",
        "temoin_paroles",
        "temoin_signature",
        "temoin_nom",
        "temoin_role",
        "temoin_age",
        "indicateurs_choisis",
        "photos",
        "consentement_site",
        "consentement_rapport",
        "consentement_presse",
        "consentement_version",
        "signature",
        "signature_nom",
        "email",
        "retiree_le",
        "retrait_par",
        "effacee_le",
    ]
    list_display = [
        "titre_affiche",
        "lieu",
        "campagne",
        "genre",
        Column(
            "recue_le",
            label="Envoyée le",
            accessor=lambda contribution: horodatage(contribution.recue_le),
            sort_key="recue_le",
        ),
        Column("statut", label="Où elle en est", accessor="statut_affiche"),
        Column("nb_photos", label="Photos"),
    ]
    filterset_class = ContributionFilterSet
    list_per_page = 50
    search_fields = ["titre", "texte"]
    ordering = ["-recue_le"]

    def get_queryset(self, request):
        return (
            Contribution.objects.select_related("lieu", "campagne")
            .avec_statut()
            .annotate(nb_photos=Count("photos"))
        )

    @cached_property
    def effacer_view(self):
        return self.construct_view(EffacerContributionView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/effacer/", self.effacer_view, name="effacer"),
        ]
