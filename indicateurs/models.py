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
    # Which text block the offsets count in: "" for the whole story, otherwise a block key
    # (the chapô, or a StreamField block id and its field); offsets are within that block.
    bloc = models.CharField("Bloc de texte", max_length=80, blank=True)
    citation = models.BooleanField("Citation pour le rapport", default=False)
    note = models.TextField("Note de l'équipe", blank=True)
    # Set when the passage's own text changed and could not be found again: kept, never moved.
    a_revoir = models.BooleanField("À revoir", default=False)
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


class DecisionCodage(models.Model):
    """One editor's decision on a story's codings, kept so the history and the agreement hold."""

    class Action(models.TextChoices):
        AJOUT = "ajout", "Passage codé"
        ACCEPTATION = "acceptation", "Suggestion acceptée"
        REJET = "rejet", "Suggestion rejetée"
        SUPPRESSION = "suppression", "Codage retiré"
        ANNULATION = "annulation", "Décision annulée"
        REANCRAGE = "reancrage", "Passage réancré"
        A_REVOIR = "a_revoir", "Passage à revoir"
        CITATION = "citation", "Marqué comme citation"
        CITATION_RETIREE = "citation_retiree", "Citation retirée"
        NOM = "nom", "Décision sur un nom"

    recit = models.ForeignKey(
        "recits.RecitPage",
        verbose_name="Récit",
        on_delete=models.CASCADE,
        related_name="decisions_codage",
    )
    codage = models.ForeignKey(
        Codage,
        verbose_name="Codage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decisions",
    )
    indicateur = models.ForeignKey(
        Indicateur,
        verbose_name="Indicateur",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField("Action", max_length=20, choices=Action.choices)
    utilisateur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Par",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    le = models.DateTimeField("Le", auto_now_add=True)
    details = models.JSONField("Détails", default=dict, blank=True)

    class Meta:
        verbose_name = "Décision de codage"
        verbose_name_plural = "Décisions de codage"
        ordering = ["-le", "-pk"]
        # Readers (the Lecteurs group) open every story's workspace without editing rights.
        permissions = [("lire_atelier", "Peut lire l'atelier de codage de tous les récits")]
        indexes = [models.Index(fields=["recit", "-le"], name="decision_recit_le")]

    def __str__(self) -> str:
        return f"{self.get_action_display()} — {self.recit_id}"


class NomPersonne(models.Model):
    """A person's name found in a story and what the editors decided to publish instead."""

    class Decision(models.TextChoices):
        A_DECIDER = "a_decider", "À décider"
        GARDER = "garder", "Garder tel quel"
        PSEUDONYME = "pseudonyme", "Remplacer par un pseudonyme"
        INITIALE = "initiale", "Remplacer par l'initiale"
        RETIRER = "retirer", "Retirer"

    class Source(models.TextChoices):
        ASSISTANT = "assistant", "Assistant d'analyse"
        EDITEUR = "editeur", "Équipe éditoriale"

    recit = models.ForeignKey(
        "recits.RecitPage",
        verbose_name="Récit",
        on_delete=models.CASCADE,
        related_name="noms_personnes",
    )
    nom = models.CharField("Nom trouvé", max_length=200)
    remplacement = models.CharField("Publié comme", max_length=200, blank=True)
    decision = models.CharField(
        "Décision", max_length=20, choices=Decision.choices, default=Decision.A_DECIDER
    )
    source = models.CharField("Trouvé par", max_length=20, choices=Source.choices)
    decide_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Décidé par",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decide_le = models.DateTimeField("Décidé le", null=True, blank=True)

    class Meta:
        verbose_name = "Nom de personne"
        verbose_name_plural = "Noms de personnes"
        ordering = ["recit", "nom"]
        constraints = [
            models.UniqueConstraint(fields=["recit", "nom"], name="nom_personne_unique_par_recit"),
        ]

    def __str__(self) -> str:
        return f"{self.nom} ({self.get_decision_display()})"


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
