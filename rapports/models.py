"""Reports: the report index, the report page with its evidence blocks, withdrawals, tasks."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from recits.territoires import DEPARTEMENT_CHOICES, REGION_CHOICES

from .blocks import CorpsRapportBlock


class RapportIndexPage(Page):
    """The reports, at /rapports/."""

    introduction = RichTextField("Introduction", blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["recits.HomePage"]
    subpage_types = ["rapports.RapportPage"]
    max_count = 1

    class Meta:
        verbose_name = "Liste des rapports"

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """List the published reports, newest period first."""
        context = super().get_context(request, *args, **kwargs)
        context["rapports"] = (
            RapportPage.objects.child_of(self).live().public().order_by("-annee", "-fin", "title")
        )
        return context


def _panneau_blocs():
    from .panels import BlocsDePreuvePanel

    return BlocsDePreuvePanel(heading="Blocs de preuve")


class RapportPage(RoutablePageMixin, Page):
    """An annual activity or social-utility report: one evidence block per indicator."""

    class Perimetre(models.TextChoices):
        TOUS = "tous", "Tous les lieux"
        REGION = "region", "Une région"
        DEPARTEMENT = "departement", "Un département"
        LIEUX = "lieux", "Des lieux choisis"

    annee = models.PositiveSmallIntegerField(
        "Année",
        null=True,
        blank=True,
        help_text="Une année civile ; ou laissez vide et donnez un début et une fin.",
    )
    debut = models.DateField("Début de la période", null=True, blank=True)
    fin = models.DateField("Fin de la période", null=True, blank=True)
    perimetre = models.CharField(
        "Périmètre", max_length=20, choices=Perimetre.choices, default=Perimetre.TOUS
    )
    region = models.CharField("Région", max_length=60, choices=REGION_CHOICES, blank=True)
    departement = models.CharField(
        "Département", max_length=3, choices=DEPARTEMENT_CHOICES, blank=True
    )
    lieux = ParentalManyToManyField("recits.LieuPage", verbose_name="Lieux choisis", blank=True)
    introduction = RichTextField(
        "Introduction", blank=True, features=["bold", "italic", "link", "ul"]
    )
    corps = StreamField(CorpsRapportBlock(), verbose_name="Contenu du rapport", blank=True)
    graphiques = models.JSONField(
        "Données des graphiques", default=dict, blank=True, editable=False
    )
    genere_le = models.DateTimeField("Blocs générés le", null=True, blank=True, editable=False)
    fige_le = models.DateTimeField("Figé le", null=True, blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        _panneau_blocs(),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("annee"), FieldPanel("debut"), FieldPanel("fin")])],
            heading="Période",
        ),
        MultiFieldPanel(
            [
                FieldPanel("perimetre"),
                FieldRowPanel([FieldPanel("region"), FieldPanel("departement")]),
                FieldPanel("lieux"),
            ],
            heading="Périmètre",
        ),
        FieldPanel("introduction"),
        FieldPanel("corps"),
    ]

    parent_page_types = ["rapports.RapportIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "Rapport"
        verbose_name_plural = "Rapports"

    def clean(self) -> None:
        """A period is a year or a date range; a scope names what it needs."""
        super().clean()
        erreurs = {}
        if self.annee is None and not (self.debut and self.fin):
            erreurs["annee"] = "Indiquez une année, ou un début et une fin de période."
        if self.annee is not None and not 1990 <= self.annee <= 2100:
            erreurs["annee"] = "Indiquez une année entre 1990 et 2100."
        if self.debut and self.fin and self.fin < self.debut:
            erreurs["fin"] = "La fin de la période doit venir après son début."
        if self.perimetre == self.Perimetre.REGION and not self.region:
            erreurs["region"] = "Choisissez la région du périmètre."
        if self.perimetre == self.Perimetre.DEPARTEMENT and not self.departement:
            erreurs["departement"] = "Choisissez le département du périmètre."
        if erreurs:
            raise ValidationError(erreurs)

    def periode(self) -> tuple[datetime.date, datetime.date]:
        """First and last day of the report's period."""
        if self.debut and self.fin:
            return self.debut, self.fin
        annee = self.annee or datetime.date.today().year
        return datetime.date(annee, 1, 1), datetime.date(annee, 12, 31)

    def periode_precedente(self) -> tuple[datetime.date, datetime.date]:
        """The period of the same length just before (the previous year for a year)."""
        debut, fin = self.periode()
        if not (self.debut and self.fin):
            return debut.replace(year=debut.year - 1), fin.replace(year=fin.year - 1)
        duree = fin - debut
        fin_prec = debut - datetime.timedelta(days=1)
        return fin_prec - duree, fin_prec

    @property
    def libelle_periode(self) -> str:
        """« 2025 » or « du 1er mars 2025 au 28 février 2026 »."""
        if not (self.debut and self.fin):
            return str(self.annee or "")
        return f"du {self.debut:%d/%m/%Y} au {self.fin:%d/%m/%Y}"

    @property
    def libelle_perimetre(self) -> str:
        """The scope in words."""
        if self.perimetre == self.Perimetre.REGION:
            return f"région {self.region}"
        if self.perimetre == self.Perimetre.DEPARTEMENT:
            return f"département {self.get_departement_display()}"
        if self.perimetre == self.Perimetre.LIEUX:
            return "lieux choisis"
        return "tous les lieux"

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """The blocks as they may be shown now: withdrawn material left out."""
        from .contenu import contenu_du_rapport

        context = super().get_context(request, *args, **kwargs)
        context["contenu"] = contenu_du_rapport(self, request=request)
        return context

    @path("graphique/<str:genre>/", name="graphique")
    def graphique(self, request: HttpRequest, genre: str) -> HttpResponse:
        """A chart of the report as a PNG (the same picture the documents carry)."""
        from .graphiques import GENRES, image_graphique

        if genre not in GENRES:
            raise Http404
        reponse = HttpResponse(image_graphique(self, genre), content_type="image/png")
        reponse["Cache-Control"] = "public, max-age=300"
        return reponse


# Withdrawals and generation runs: models of this app kept apart so every module may read them.
from .suivi import GenerationRapport, RetraitRapport  # noqa: E402, F401
