"""The agreement dashboard: per indicator and overall, for a period or a campaign.

Charts are drawn as inline SVG on the server (bars whose width is an attribute, not a
style): they print, need no JavaScript nor a plotting library, and every figure is also in
the table beside them, which is the text alternative.
"""

from __future__ import annotations

from django import forms
from django.urls import path
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from recits.models import RecitPage

from .accord import PAS_ASSEZ, AccordIndicateur, calculer_accord, nombre_fr, recits_du_perimetre
from .listes_admin import MenuCuration, peut_lire_curation, refus_curation

LARGEUR_BARRES = 240  # px of the 0–100 % scale in the charts


class PerimetreForm(forms.Form):
    """Which stories the figures are about: a period of told moments, or a campaign."""

    du = forms.DateField(label="Du", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    au = forms.DateField(label="Au", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    campagne = forms.TypedChoiceField(
        label="Campagne", required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        annees = (
            RecitPage.objects.filter(contributions__isnull=False)
            .order_by("-contributions__campagne__annee")
            .values_list("contributions__campagne__annee", flat=True)
            .distinct()
        )
        self.fields["campagne"].choices = [("", "Toutes")] + [
            (annee, f"Collecte {annee}") for annee in annees if annee
        ]

    def clean(self):
        donnees = super().clean()
        du, au = donnees.get("du"), donnees.get("au")
        if du and au and du > au:
            raise forms.ValidationError("La date de début est après la date de fin.")
        return donnees


def _barre(libelle: str, valeur: float | None, part: bool = False) -> dict:
    """One bar of a chart: its label, its width on the 0–1 scale and its text."""
    if valeur is None:
        return {"libelle": libelle, "largeur": 0, "texte": PAS_ASSEZ}
    largeur = round(max(0.0, min(1.0, valeur)) * LARGEUR_BARRES)
    texte = f"{round(100 * valeur)} %" if part else nombre_fr(valeur)
    return {"libelle": libelle, "largeur": largeur, "texte": texte}


def graphique(ligne: AccordIndicateur) -> list[dict]:
    """The four bars drawn for an indicator (kappa below zero is drawn empty, text says it)."""
    barres = [
        _barre("Précision", ligne.precision.valeur, part=True),
        _barre("Rappel", ligne.rappel.valeur, part=True),
        _barre("κ équipe–assistant", ligne.kappa_assistant.valeur),
        _barre("κ équipe–contributeurs", ligne.kappa_contributeurs.valeur),
    ]
    for rang, barre in enumerate(barres):
        barre["y"] = 8 + rang * 30
        barre["y_texte"] = barre["y"] + 15
        barre["x_valeur"] = 170 + barre["largeur"] + 6
    return barres


class TableauAccordView(WagtailAdminTemplateMixin, TemplateView):
    """Read-only: whoever may read codings sees the figures; nothing here changes data."""

    template_name = "indicateurs/accord/tableau.html"
    page_title = "Tableau d'accord"
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not peut_lire_curation(request.user):
            return refus_curation(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        contexte = super().get_context_data(**kwargs)
        formulaire = PerimetreForm(self.request.GET or None)
        perimetre = {}
        if formulaire.is_bound and formulaire.is_valid():
            perimetre = {k: v for k, v in formulaire.cleaned_data.items() if v}
        accord = calculer_accord(recits_du_perimetre(**perimetre))
        contexte.update(
            formulaire=formulaire,
            accord=accord,
            lignes=[(ligne, graphique(ligne)) for ligne in [*accord.lignes, accord.ensemble]],
            largeur_barres=LARGEUR_BARRES,
            largeur_svg=170 + LARGEUR_BARRES + 150,
            pas_assez=PAS_ASSEZ,
        )
        return contexte


class TableauAccordViewSet(ViewSet):
    """Registers the dashboard under the Curation menu."""

    name = "accord"
    url_prefix = "curation/accord"
    icon = "table"
    menu_label = "Tableau d'accord"
    menu_name = "tableau-accord"
    menu_item_class = MenuCuration

    def get_urlpatterns(self):
        return [path("", TableauAccordView.as_view(), name="index")]
