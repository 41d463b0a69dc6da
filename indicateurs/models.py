"""The qualitative indicator framework and the codings that tie stories to it."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from recits.listes import paginer, portant_indicateur, pour_cartes, preparer_cartes
from recits.models import RecitPage
from recits.publication import publiques
from recits.texte import lignes


class Indicateur(index.Indexed, models.Model):
    """One qualitative indicator (bien vivre, lien social…) that stories give evidence for."""

    nom = models.CharField("Nom", max_length=80, unique=True)
    slug = models.SlugField(
        "Identifiant",
        max_length=60,
        unique=True,
        help_text="Utilisé dans les adresses et les exports ; ne le changez pas à la légère.",
    )
    famille = models.CharField(
        "Famille",
        max_length=60,
        blank=True,
        help_text="Regroupe les indicateurs proches, par ex. « Vivre ensemble ».",
    )
    definition = models.TextField("Définition")
    questions = models.TextField(
        "Questions aux contributeurs",
        blank=True,
        help_text="Une question par ligne ; elles guident celles et ceux qui racontent.",
    )
    lexique = models.TextField(
        "Lexique",
        blank=True,
        help_text="Mots et expressions qui signalent l'indicateur, un par ligne (pour l'assistant).",
    )
    couleur = models.CharField(
        "Couleur",
        max_length=7,
        default="#2f6b4f",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", "Une couleur au format #RRVVBB.")],
    )
    ordre = models.PositiveSmallIntegerField("Ordre d'affichage", default=0)
    actif = models.BooleanField("Actif", default=True)

    panels = [
        FieldRowPanel([FieldPanel("nom"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("famille"), FieldPanel("couleur"), FieldPanel("ordre")]),
        FieldPanel("definition"),
        FieldPanel("questions"),
        FieldPanel("lexique"),
        FieldPanel("actif"),
    ]

    search_fields = [
        index.SearchField("nom"),
        index.SearchField("definition"),
        index.AutocompleteField("nom"),
        index.FilterField("actif"),
    ]

    class Meta:
        ordering = ["ordre", "nom"]
        verbose_name = "Indicateur"
        verbose_name_plural = "Indicateurs"

    def __str__(self) -> str:
        return self.nom

    def liste_questions(self) -> list[str]:
        """Guiding questions, one per non-empty line."""
        return lignes(self.questions)


class Codage(models.Model):
    """One tag of a story against an indicator, on the whole story or on a passage."""

    class Origine(models.TextChoices):
        CONTRIBUTEUR = "contributeur", "Contributeur ou contributrice"
        ASSISTANT = "assistant", "Assistant d'analyse"
        EDITEUR = "editeur", "Équipe éditoriale"

    class Statut(models.TextChoices):
        SUGGERE = "suggere", "Suggéré"
        ACCEPTE = "accepte", "Accepté"
        REJETE = "rejete", "Rejeté"

    recit = models.ForeignKey(
        "recits.RecitPage", verbose_name="Récit", on_delete=models.CASCADE, related_name="codages"
    )
    indicateur = models.ForeignKey(
        Indicateur, verbose_name="Indicateur", on_delete=models.PROTECT, related_name="codages"
    )
    debut = models.PositiveIntegerField("Début du passage", null=True, blank=True)
    fin = models.PositiveIntegerField("Fin du passage", null=True, blank=True)
    passage = models.TextField("Passage", blank=True)
    origine = models.CharField("Origine", max_length=20, choices=Origine.choices)
    statut = models.CharField(
        "Statut", max_length=20, choices=Statut.choices, default=Statut.SUGGERE
    )
    score = models.FloatField("Score", null=True, blank=True)
    explication = models.TextField("Explication", blank=True)
    decide_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Décidé par",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decide_le = models.DateTimeField("Décidé le", null=True, blank=True)
    cree_le = models.DateTimeField("Créé le", auto_now_add=True)

    class Meta:
        verbose_name = "Codage"
        verbose_name_plural = "Codages"
        ordering = ["recit", "indicateur__ordre", "debut"]
        indexes = [
            models.Index(fields=["recit", "statut"], name="codage_recit_statut"),
            models.Index(fields=["indicateur", "statut"], name="codage_indic_statut"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(Q(debut__isnull=True) & Q(fin__isnull=True))
                | (Q(debut__isnull=False) & Q(fin__isnull=False) & Q(fin__gt=models.F("debut"))),
                name="codage_passage_coherent",
                violation_error_message="Un passage a un début et une fin, la fin après le début.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicateur} — {self.recit} ({self.get_statut_display()})"


class IndicateurIndexPage(RoutablePageMixin, Page):
    """The indicator framework at /indicateurs/ and one page per indicator."""

    introduction = RichTextField("Introduction", blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["recits.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = "Liste des indicateurs"

    @path("")
    def liste(self, request: HttpRequest) -> HttpResponse:
        """All active indicators with how many published stories speak to each."""
        publies = publiques(RecitPage.objects.all()).values("pk")
        indicateurs = Indicateur.objects.filter(actif=True).annotate(
            nb_recits=Count(
                "codages__recit",
                filter=Q(codages__statut=Codage.Statut.ACCEPTE, codages__recit__in=publies),
                distinct=True,
            )
        )
        return self.render(request, context_overrides={"indicateurs": indicateurs})

    @path("<slug:slug>/")
    def detail(self, request: HttpRequest, slug: str) -> HttpResponse:
        """One indicator: its definition, its questions and its published stories."""
        try:
            indicateur = Indicateur.objects.get(slug=slug, actif=True)
        except Indicateur.DoesNotExist as exc:
            raise Http404("Indicateur inconnu") from exc
        recits = pour_cartes(
            portant_indicateur(publiques(RecitPage.objects.all()), indicateur)
        ).order_by("-date", "-pk")
        return self.render(
            request,
            template="indicateurs/indicateur_detail.html",
            context_overrides={
                "indicateur": indicateur,
                "recits": paginer(
                    request,
                    recits,
                    settings.RECITS_PAR_PAGE,
                    cle_compte=f"indicateur:{indicateur.pk}",
                    preparer=preparer_cartes(request),
                ),
            },
        )


class Analyse(models.Model):
    """The helper's last reading of a story: text hash, quotes and names to check."""

    recit = models.OneToOneField(
        "recits.RecitPage", verbose_name="Récit", on_delete=models.CASCADE, related_name="analyse"
    )
    empreinte = models.CharField("Empreinte du texte analysé", max_length=64)
    empreinte_regles = models.CharField("Empreinte des lexiques et du modèle", max_length=64)
    langue = models.CharField("Langue détectée", max_length=10, default="fr")
    indicateurs = models.JSONField("Indicateurs (scores et indices)", default=dict, blank=True)
    citations = models.JSONField("Citations candidates", default=list, blank=True)
    noms = models.JSONField("Noms de personnes à vérifier", default=list, blank=True)
    longueur = models.PositiveIntegerField("Longueur du texte", default=0)
    erreur = models.TextField("Erreur", blank=True)
    analysee_le = models.DateTimeField("Analysé le", auto_now=True)

    class Meta:
        verbose_name = "Analyse d'un récit"
        verbose_name_plural = "Analyses des récits"

    def __str__(self) -> str:
        return f"Analyse de {self.recit_id}"
