"""Places and stories: the public core of Récits vivants."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.functional import cached_property, classproperty
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from . import extensions, grammaire
from .blocks import CorpsRecitBlock, texte_du_corps
from .feeds import NOMBRE_DANS_LE_FLUX, RecitsFeed
from .filters import RecitFilter
from .forms import RecitPageForm
from .listes import (
    indicateurs_des_recits,
    indicateurs_publics,
    paginer,
    pour_cartes,
    prefetch_image,
    preparer_cartes,
)
from .publication import compte_public, memoriser_public, publiques
from .routage import RouteEnfantsMixin, enfant_en_cache
from .territoires import DEPARTEMENT_CHOICES, DEPARTEMENTS, REGION_CHOICES, nom_departement
from .texte import normaliser

ROUTES_RESERVEES = {"flux"}


class HomePage(Page):
    """The front page: what the places do for village life, latest stories, the indicators."""

    accroche = models.CharField(
        "Accroche",
        max_length=200,
        default="Ce que nos lieux changent dans la vie des villages.",
    )
    introduction = RichTextField("Introduction", blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("accroche"), FieldPanel("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["recits.RecitIndexPage", "recits.LieuIndexPage", "recits.InformationPage"]
    max_count = 1

    @classmethod
    def clean_subpage_models(cls) -> list[type[Page]]:
        """The two sections of `recits`, and those other apps add (`extensions.rubriques`)."""
        propres = super().clean_subpage_models()
        return [*propres, *(r.modele for r in extensions.rubriques() if r.modele not in propres)]

    def route(self, request: HttpRequest, path_components: list[str]):
        """Find the section page (`recits`, `lieux`…) from the cache, then let it route."""
        if path_components:
            enfant = enfant_en_cache(self, path_components[0])
            if enfant is None:
                raise Http404
            enfant._cached_parent_obj = self
            return enfant.route(request, path_components[1:])
        return super().route(request, path_components)

    class Meta:
        verbose_name = "Page d'accueil"

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add the latest stories, the indicators and a few honest figures."""
        context = super().get_context(request, *args, **kwargs)
        recits = publiques(RecitPage.objects.all())
        context["derniers_recits"] = preparer_cartes(request)(
            pour_cartes(recits).order_by("-date", "-pk")[:6]
        )
        context["indicateurs"] = list(indicateurs_publics().values())
        lieux = publiques(LieuPage.objects.all())
        context["chiffres"] = {
            "recits": compte_public("accueil:recits", recits),
            "lieux": compte_public("accueil:lieux", lieux),
            "departements": compte_public(
                "accueil:departements", lieux.values("departement").distinct()
            ),
        }
        return context


class InformationPage(Page):
    """A plain page linked from the footer (the cooperative, contact, legal notice…).

    Visitors look for who runs the site and what happens to their data before they trust
    it; editors write these pages themselves, so they are pages, not templates.
    """

    chapo = models.TextField(
        "Chapô", max_length=600, blank=True, help_text="Une ou deux phrases qui résument la page."
    )
    corps = RichTextField(
        "Texte",
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
    )

    content_panels = [*Page.content_panels, FieldPanel("chapo"), FieldPanel("corps")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("chapo"),
        index.SearchField("corps"),
    ]

    parent_page_types = ["recits.HomePage"]
    subpage_types: list[str] = []
    # New pages go in the footer unless an editor unticks « Faire apparaître dans les menus ».
    show_in_menus_default = True

    class Meta:
        verbose_name = "Page d'information"
        verbose_name_plural = "Pages d'information"


class LieuIndexPage(RouteEnfantsMixin, Page):
    """All installed places, at /lieux/."""

    relations_enfant = ("photo",)

    introduction = RichTextField("Introduction", blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["recits.HomePage"]
    subpage_types = ["recits.LieuPage"]
    max_count = 1

    class Meta:
        verbose_name = "Liste des lieux"

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """List live places with how many published stories each has."""
        context = super().get_context(request, *args, **kwargs)
        publies = Q(recits__live=True)
        context["lieux"] = (
            publiques(LieuPage.objects.all())
            .child_of(self)
            .prefetch_related(prefetch_image("photo"))
            .annotate(nb_recits=Count("recits", filter=publies))
            .order_by("departement", "commune", "title")
        )
        return context


class LieuPage(Page):
    """An installed place: a café, épicerie, bakery, tiers-lieu or multi-commerce."""

    class TypeActivite(models.TextChoices):
        CAFE = "cafe", "Café"
        EPICERIE = "epicerie", "Épicerie"
        BOULANGERIE = "boulangerie", "Boulangerie"
        TIERS_LIEU = "tiers-lieu", "Tiers-lieu"
        MULTI_COMMERCE = "multi-commerce", "Multi-commerce"
        RESTAURANT = "restaurant", "Restaurant"
        LIBRAIRIE = "librairie", "Librairie"
        AUTRE = "autre", "Autre activité"

    type_activite = models.CharField(
        "Type d'activité", max_length=20, choices=TypeActivite.choices, default=TypeActivite.CAFE
    )
    commune = models.CharField("Commune", max_length=120)
    code_postal = models.CharField(
        "Code postal ou code INSEE",
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^[0-9]{2}[0-9AB][0-9]{2}$", "Cinq caractères, ex. 26400.")],
    )
    departement = models.CharField(
        "Département", max_length=3, choices=DEPARTEMENT_CHOICES, db_index=True
    )
    region = models.CharField("Région", max_length=60, choices=REGION_CHOICES, blank=True)
    date_ouverture = models.DateField("Date d'ouverture", null=True, blank=True)
    description = RichTextField(
        "Description", blank=True, features=["bold", "italic", "link", "ul"]
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Photo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    latitude = models.DecimalField(
        "Latitude",
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        "Longitude",
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    article = models.CharField(
        "Article du nom",
        max_length=3,
        choices=grammaire.ARTICLES,
        default=grammaire.LE,
        blank=True,
        help_text=(
            "Pour écrire « un moment du Café… », « à la Boulangerie… ». Ignoré quand le nom "
            "commence déjà par Le, La, L' ou Les."
        ),
    )
    contact_nom = models.CharField("Personne à contacter", max_length=120, blank=True)
    contact_email = models.EmailField("E-mail de contact", blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("article"),
        FieldRowPanel([FieldPanel("type_activite"), FieldPanel("date_ouverture")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("commune"), FieldPanel("code_postal")]),
                FieldRowPanel([FieldPanel("departement"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Où",
        ),
        FieldPanel("description"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [FieldPanel("contact_nom"), FieldPanel("contact_email")],
            heading="Contact (jamais publié)",
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("texte_normalise"),
        index.FilterField("departement"),
    ]

    parent_page_types = ["recits.LieuIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "Lieu"
        verbose_name_plural = "Lieux"

    @property
    def nom_departement(self) -> str:
        """The département's name, for display."""
        return nom_departement(self.departement)

    @property
    def le_lieu(self) -> str:
        """« le Café de la Fontaine », « la Remise », « l'Atelier… » (capfirst to start a sentence)."""
        return grammaire.avec_article(self.title, self.article)

    @property
    def du_lieu(self) -> str:
        """« du Café… », « de la Remise », « de l'Épicerie… », « des Halles »."""
        return grammaire.avec_article(self.title, self.article, grammaire.DE)

    @property
    def au_lieu(self) -> str:
        """« au Café… », « à la Remise », « à l'Épicerie… », « aux Halles »."""
        return grammaire.avec_article(self.title, self.article, grammaire.A)

    @property
    def a_la_commune(self) -> str:
        """« à Saint-Agrève », « au Pont-de-Tarnon », « aux Balmes »: French contracts à le/les."""
        commune = self.commune
        for article, contraction in (("Le ", "au "), ("Les ", "aux ")):
            if commune.startswith(article):
                return contraction + commune[len(article) :]
        return f"à {commune}"

    def texte_normalise(self) -> str:
        """Folded, stemmed text indexed for accent- and plural-tolerant search."""
        return normaliser(
            " ".join(
                [
                    self.title,
                    self.title,
                    self.get_type_activite_display(),
                    self.commune,
                    self.nom_departement,
                    self.region,
                    self.description,
                ]
            )
        )

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add the place's published stories."""
        context = super().get_context(request, *args, **kwargs)
        recits = pour_cartes(publiques(RecitPage.objects.all()).filter(lieu=self)).order_by(
            "-date", "-pk"
        )
        context["recits"] = paginer(
            request,
            recits,
            settings.RECITS_PAR_PAGE,
            cle_compte=f"lieu:{self.pk}",
            preparer=preparer_cartes(request),
        )
        # What other apps add to a place page (the reports' indicator profile).
        context["fragments"] = extensions.fragments("lieu", self, request)
        return context


class RecitIndexPage(RoutablePageMixin, RouteEnfantsMixin, Page):
    """All stories at /recits/, with filters, pagination and the RSS feed."""

    relations_enfant = ("lieu", "lieu__photo", "image")

    introduction = RichTextField("Introduction", blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["recits.HomePage"]
    subpage_types = ["recits.RecitPage"]
    max_count = 1

    class Meta:
        verbose_name = "Liste des récits"

    @path("")
    def liste(self, request: HttpRequest) -> HttpResponse:
        """The filtered, paginated list of published stories."""
        filtre = RecitFilter(
            request.GET or None,
            queryset=self.recits_publics(),
            request=request,
            choix=choix_filtres(),
        )
        page_recits = paginer(
            request,
            pour_cartes(filtre.qs).order_by("-date", "-pk"),
            settings.RECITS_PAR_PAGE,
            cle_compte=f"index:{self.pk}:{filtre.requete_sans('page')}",
            preparer=preparer_cartes(request),
        )
        return self.render(
            request,
            context_overrides={
                "filtre": filtre,
                "recits": page_recits,
                "filtres_actifs": filtre.filtres_actifs(),
                "erreurs_filtre": filtre.erreurs_lisibles(),
                "requete_sans_page": filtre.requete_sans("page"),
            },
        )

    @path("flux/")
    def flux(self, request: HttpRequest) -> HttpResponse:
        """RSS feed of the latest published stories."""
        return RecitsFeed(self)(request)

    @path("flux/a-propos/")
    def flux_a_propos(self, request: HttpRequest) -> HttpResponse:
        """What the feed is and how to follow it: its XML means nothing in a phone's browser."""
        return self.render(
            request,
            context_overrides={
                "adresse_flux": request.build_absolute_uri(
                    self.get_url(request) + self.reverse_subpage("flux")
                ),
                "nombre_dans_le_flux": NOMBRE_DANS_LE_FLUX,
            },
            template="recits/flux_a_propos.html",
        )

    def recits_publics(self):
        """Published, public stories under this index."""
        return publiques(RecitPage.objects.all()).descendant_of(self)


class RecitTag(TaggedItemBase):
    """Free tags on stories (django-taggit through model)."""

    content_object = ParentalKey(
        "recits.RecitPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class RecitPage(Page):
    """A story, testimony or photo report about one place."""

    class Genre(models.TextChoices):
        RECIT = "recit", "Récit"
        TEMOIGNAGE = "temoignage", "Témoignage"
        PHOTOS = "photos", "Reportage photo"

    class Signature(models.TextChoices):
        PRENOM = "prenom", "Prénom"
        PSEUDONYME = "pseudonyme", "Pseudonyme"
        ANONYME = "anonyme", "Anonyme"

    class Source(models.TextChoices):
        CONTRIBUTION = "contribution", "Contribution d'un lieu"
        EDITION = "edition", "Rédaction de l'équipe"

    chapo = models.TextField(
        "Chapô", max_length=600, help_text="Deux ou trois phrases qui donnent envie de lire."
    )
    corps = StreamField(CorpsRecitBlock(), verbose_name="Corps du récit", blank=True)
    lieu = models.ForeignKey(
        "recits.LieuPage",
        verbose_name="Lieu",
        on_delete=models.PROTECT,
        related_name="recits",
    )
    date = models.DateField("Date du moment raconté")
    genre = models.CharField(
        "Genre", max_length=20, choices=Genre.choices, default=Genre.RECIT, db_index=True
    )
    signature = models.CharField(
        "Signature",
        max_length=20,
        choices=Signature.choices,
        default=Signature.PRENOM,
        help_text="Comment l'auteur ou l'autrice a choisi d'être nommé·e.",
    )
    auteur_nom = models.CharField(
        "Prénom ou pseudonyme",
        max_length=80,
        blank=True,
        help_text="Laissé vide si la personne a choisi l'anonymat.",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Photo principale",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Affichée dans les listes et lors des partages.",
    )
    source = models.CharField(
        "Origine", max_length=20, choices=Source.choices, default=Source.EDITION
    )
    tags = ClusterTaggableManager("Mots-clés", through=RecitTag, blank=True)

    panneaux_du_recit = [
        *Page.content_panels,
        FieldPanel("chapo"),
        FieldRowPanel([FieldPanel("lieu"), FieldPanel("date"), FieldPanel("genre")]),
        FieldPanel("image"),
        FieldPanel("corps"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("signature"), FieldPanel("auteur_nom")])],
            heading="Signature",
        ),
        MultiFieldPanel([FieldPanel("tags")], heading="Mots-clés"),
        InlinePanel(
            "consentements",
            heading="Consentements (récits rédigés par l'équipe)",
            label="Consentement",
            help_text=(
                "Pour un entretien ou une visite : qui a donné son accord, pour quels usages, "
                "quand et sur quel texte. Sans accord pour le rapport, le récit n'y est pas cité."
            ),
        ),
    ]

    @classproperty
    def content_panels(cls) -> list:
        """The story's own panels, with those other apps add (the contribution, indicators)."""
        return [
            *extensions.panneaux("debut"),
            *cls.panneaux_du_recit,
            *extensions.panneaux("fin"),
        ]

    @classproperty
    def base_form_class(cls) -> type:
        """The editor's form, with the fields other apps add (the indicator checkboxes)."""
        return extensions.formulaire(RecitPageForm)

    promote_panels = [*Page.promote_panels, FieldPanel("source")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("texte_normalise"),
        index.FilterField("date"),
        index.FilterField("page_ptr_id"),  # tie-break of search results sorted by date
        index.FilterField("genre"),
        index.FilterField("lieu"),
    ]

    parent_page_types = ["recits.RecitIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "Récit"
        verbose_name_plural = "Récits"
        indexes = [
            # Listings sort by date then id: read the newest first from the index.
            models.Index(fields=["date", "page_ptr"], name="recit_date_pk"),
        ]

    def save(self, *args, **kwargs):
        """Never put live a story that a publication guard refuses (no consent, withdrawn).

        The admin's publish button already refuses it with a message; this also covers
        workflow approval and any other path that publishes a revision.
        """
        if self.live and self.pk and extensions.refus_de_publication(self):
            self.live = False
            self.has_unpublished_changes = True
        return super().save(*args, **kwargs)

    def clean(self) -> None:
        """Keep slugs that the index page uses for its own routes free."""
        super().clean()
        if self.slug in ROUTES_RESERVEES:
            raise ValidationError({"slug": f"L'adresse « {self.slug} » est réservée au site."})
        if self.signature != self.Signature.ANONYME and not self.auteur_nom.strip():
            raise ValidationError(
                {"auteur_nom": "Indiquez le prénom ou le pseudonyme, ou choisissez « Anonyme »."}
            )

    @property
    def annee(self) -> int:
        """The year of the story, used by filters and reports."""
        return self.date.year

    @property
    def signature_affichee(self) -> str:
        """The author line exactly as the contributor chose to be named."""
        if self.signature == self.Signature.ANONYME or not self.auteur_nom:
            return "Anonyme"
        return self.auteur_nom

    @cached_property
    def indicateurs(self) -> list:
        """Distinct indicators of this story's accepted codings, in framework order."""
        return indicateurs_des_recits([self.pk])[self.pk]

    def image_principale(self):
        """The listing photo: the chosen one, else the first photo of the body."""
        if self.image_id:
            return self.image
        for bloc in self.corps:
            if bloc.block_type == "image":
                return bloc.value["image"]
            if bloc.block_type == "galerie" and bloc.value["photos"]:
                return bloc.value["photos"][0]["image"]
        return None

    def texte_brut(self) -> str:
        """Title, standfirst and body as plain text (search index, helper, feeds)."""
        return "\n".join([self.title, self.chapo, texte_du_corps(self.corps)])

    def texte_normalise(self) -> str:
        """Folded, stemmed text indexed for accent- and plural-tolerant search."""
        tags = " ".join(t.name for t in self.tags.all())
        lieu = f"{self.lieu.title} {self.lieu.commune}" if self.lieu_id else ""
        return normaliser(f"{self.title} {self.title} {self.texte_brut()} {lieu} {tags}")

    def recits_lies(self, nombre: int = 3, en_cache: bool = True) -> list[RecitPage]:
        """Other published stories from the same place or sharing an indicator.

        Which stories they are is kept per generation of public content (choosing them
        is the dearest query of a story page); the stories are then read by primary key.
        A preview (`en_cache=False`) chooses for the draft and keeps nothing.
        """
        if en_cache:
            pks = memoriser_public(
                "lies", f"{self.pk}:{nombre}", lambda: self._pks_recits_lies(nombre)
            )
        else:
            pks = self._pks_recits_lies(nombre)
        if not pks:
            return []
        return preparer_cartes(None)(
            pour_cartes(publiques(RecitPage.objects.filter(pk__in=pks))).order_by("-date", "-pk")
        )

    def _pks_recits_lies(self, nombre: int) -> list[int]:
        indicateurs = [i.pk for i in self.indicateurs]
        proches = Q(lieu_id=self.lieu_id)
        if indicateurs:
            proches |= Q(pk__in=extensions.indicateurs().recits_portant(indicateurs))
        return list(
            publiques(RecitPage.objects.all())
            .filter(proches)
            .exclude(pk=self.pk)
            .order_by("-date", "-pk")
            .values_list("pk", flat=True)[:nombre]
        )

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add related stories, chosen only when their cached block has expired.

        The template keeps the "À lire aussi" block per story and generation of public
        content (`generation` comes from the context processor), and calls `recits_lies`
        (four queries) only to build it again.
        """
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            # A draft's place or indicators may differ: nothing it shows is kept.
            context["recits_lies"] = lambda: self.recits_lies(en_cache=False)
        else:
            context["recits_lies"] = self.recits_lies
        return context


def choix_filtres() -> dict[str, list[tuple[str, str]]]:
    """Options of the filter form, cached: they change only when something is published."""
    return memoriser_public("choix-filtres", "", calculer_choix_filtres)


def calculer_choix_filtres() -> dict[str, list[tuple[str, str]]]:
    """Read the options from the database (indicators, places, départements, years)."""
    lieux = list(
        publiques(LieuPage.objects.all())
        .order_by("title")
        .values_list("slug", "title", "commune", "departement")
    )
    codes = sorted({departement for *_, departement in lieux})
    return {
        "indicateur": [(i.slug, i.nom) for i in indicateurs_publics().values()],
        # Two places may share a name: the commune tells them apart.
        "lieu": [(slug, f"{titre} ({commune})") for slug, titre, commune, _ in lieux],
        "departement": [(c, f"{DEPARTEMENTS.get(c, c)} ({c})") for c in codes],
        "annee": [(str(annee), str(annee)) for annee in annees_publiees()],
        "genre": list(RecitPage.Genre.choices),
    }


def annees_publiees() -> list[int]:
    """Years from the newest published story back to the oldest.

    The first and last dates come from the date index in two short queries, where
    listing the distinct years read every story (70 ms at 10,000 stories).
    """
    recits = publiques(RecitPage.objects.all()).order_by()
    premiere = recits.order_by("date").values_list("date", flat=True).first()
    derniere = recits.order_by("-date").values_list("date", flat=True).first()
    if premiere is None or derniere is None:
        return []
    return list(range(derniere.year, premiere.year - 1, -1))


# Consent of editor-written stories: a model of this app, kept in its own module.
from .consentements import ConsentementRecit  # noqa: E402, F401

# Index pages route straight to their children's model (defined above).
LieuIndexPage.modele_enfant = LieuPage
RecitIndexPage.modele_enfant = RecitPage
