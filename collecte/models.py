"""Yearly collection campaigns, secret invitation links and raw contributions.

The tables keep the names they had in `recits`, where these models were first created.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from indicateurs.models import Indicateur
from recits.models import RecitPage
from recits.texte import lignes as decouper_lignes

from .consentement import VERSION_CONSENTEMENT
from .stockage import stockage_prive


class Campagne(models.Model):
    """A yearly collection: the places are invited to tell what happened this year."""

    annee = models.PositiveSmallIntegerField("Année", unique=True)
    titre = models.CharField("Titre", max_length=120)
    ouverture = models.DateField("Ouverture")
    cloture = models.DateField("Clôture")
    introduction = models.TextField(
        "Texte d'accueil",
        blank=True,
        help_text="Affiché en haut du formulaire : pourquoi nous demandons ces récits.",
    )
    questions = models.TextField(
        "Questions aux contributeurs",
        blank=True,
        help_text="Une question par ligne. Laissé vide, les questions des indicateurs sont reprises.",
    )
    cree_le = models.DateTimeField("Créée le", auto_now_add=True)

    class Meta:
        db_table = "recits_campagne"  # created when the collection lived in `recits`
        ordering = ["-annee"]
        verbose_name = "Campagne"
        verbose_name_plural = "Campagnes"
        constraints = [
            models.CheckConstraint(
                condition=Q(cloture__gte=F("ouverture")),
                name="campagne_cloture_apres_ouverture",
                violation_error_message="La clôture doit venir après l'ouverture.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.titre} ({self.annee})"

    def save(self, *args, **kwargs) -> None:
        """Draw the guiding questions from the active indicators when none are given."""
        if not self.questions.strip():
            textes = (
                Indicateur.objects.filter(actif=True)
                .order_by("ordre", "nom")
                .values_list("questions", flat=True)
            )
            self.questions = "\n".join(q for texte in textes for q in decouper_lignes(texte))
        super().save(*args, **kwargs)

    @classmethod
    def ouverte(cls, jour: datetime.date | None = None) -> Campagne | None:
        """The campaign collecting today (the most recent one if several overlap), or None."""
        jour = jour or timezone.localdate()
        return cls.objects.filter(ouverture__lte=jour, cloture__gte=jour).order_by("-annee").first()

    def liste_questions(self) -> list[str]:
        """Guiding questions, one per non-empty line."""
        return decouper_lignes(self.questions)

    def fin_par_defaut(self):
        """Links expire at the end of the closing day, Paris time."""
        fin = timezone.datetime.combine(self.cloture, timezone.datetime.max.time())
        return timezone.make_aware(fin)


def _empreinte(jeton: str) -> str:
    return hashlib.sha256(jeton.encode()).hexdigest()


class Invitation(models.Model):
    """A secret link for one place and one campaign.

    The link's token is an HMAC of a random 128-bit salt under the site's secret key: the
    database stores the salt and a SHA-256 of the token, never the token, so a copy of
    the database alone opens no form, while editors can still list the links to send.
    """

    campagne = models.ForeignKey(
        Campagne, verbose_name="Campagne", on_delete=models.CASCADE, related_name="invitations"
    )
    lieu = models.ForeignKey(
        "recits.LieuPage", verbose_name="Lieu", on_delete=models.CASCADE, related_name="invitations"
    )
    sel = models.CharField(max_length=32, editable=False)
    empreinte = models.CharField(max_length=64, unique=True, editable=False)
    cree_le = models.DateTimeField("Créée le", auto_now_add=True)
    expire_le = models.DateTimeField(
        "Expire le",
        null=True,
        blank=True,
        help_text="Laissé vide, le lien expire à la clôture de la campagne.",
    )
    revoquee_le = models.DateTimeField("Révoquée le", null=True, blank=True, editable=False)
    premiere_ouverture = models.DateTimeField("Ouverte la première fois", null=True, blank=True)
    derniere_ouverture = models.DateTimeField("Dernière ouverture", null=True, blank=True)
    nb_ouvertures = models.PositiveIntegerField("Ouvertures", default=0)

    class Meta:
        db_table = "recits_invitation"  # created when the collection lived in `recits`
        verbose_name = "Invitation"
        verbose_name_plural = "Invitations"
        ordering = ["campagne", "lieu__title"]
        constraints = [
            models.UniqueConstraint(fields=["campagne", "lieu"], name="invitation_unique_par_lieu")
        ]

    def __str__(self) -> str:
        return f"{self.lieu} — {self.campagne}"

    def save(self, *args, **kwargs) -> None:
        if not self.sel:
            self._nouveau_sel()
        super().save(*args, **kwargs)

    def _nouveau_sel(self) -> None:
        self.sel = secrets.token_hex(16)
        self.empreinte = _empreinte(self.jeton())

    def jeton(self) -> str:
        """The secret token of the link, recomputed from the salt and the secret key."""
        mac = hmac.new(settings.SECRET_KEY.encode(), self.sel.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).decode().rstrip("=")

    def chemin(self) -> str:
        """The link's path, e.g. /contribuer/<jeton>/."""
        return reverse("contribuer", kwargs={"jeton": self.jeton()})

    def regenerer(self) -> None:
        """Give the place a new link; the old one stops working at once."""
        self._nouveau_sel()
        self.revoquee_le = None
        self.save(update_fields=["sel", "empreinte", "revoquee_le"])

    def revoquer(self) -> None:
        """Stop the link from working (a new one can be generated later)."""
        self.revoquee_le = timezone.now()
        self.save(update_fields=["revoquee_le"])

    def fin_de_validite(self):
        """When the link stops working: its own date if extended, else the campaign's end."""
        return self.expire_le or self.campagne.fin_par_defaut()

    def est_valide(self, maintenant=None) -> bool:
        """True while the link is neither revoked nor expired."""
        maintenant = maintenant or timezone.now()
        return self.revoquee_le is None and maintenant <= self.fin_de_validite()

    @classmethod
    def retrouver(cls, jeton: str) -> Invitation | None:
        """The invitation of a token, even expired (to reread and withdraw), or None.

        Unknown and revoked links give None: a revoked link may have leaked, so it shows
        nothing of what the place sent.
        """
        if not jeton or len(jeton) > 100:
            return None
        invitation = (
            cls.objects.select_related("campagne", "lieu")
            .filter(empreinte=_empreinte(jeton))
            .first()
        )
        if invitation is None or not hmac.compare_digest(invitation.jeton(), jeton):
            return None
        return None if invitation.revoquee_le else invitation

    @classmethod
    def depuis_jeton(cls, jeton: str) -> Invitation | None:
        """The valid invitation of a token, or None (unknown, revoked or expired)."""
        invitation = cls.retrouver(jeton)
        return invitation if invitation is not None and invitation.est_valide() else None

    def noter_ouverture(self) -> None:
        """Count an opening of the link, for the campaign dashboard."""
        maintenant = timezone.now()
        Invitation.objects.filter(pk=self.pk).update(
            nb_ouvertures=F("nb_ouvertures") + 1,
            derniere_ouverture=maintenant,
        )
        Invitation.objects.filter(pk=self.pk, premiere_ouverture__isnull=True).update(
            premiere_ouverture=maintenant
        )


class ContributionQuerySet(models.QuerySet):
    """Contributions with what their status needs, loaded once for a whole list."""

    def avec_statut(self) -> ContributionQuerySet:
        """Prefetch each story page and its active workflow states (no query per row)."""
        return self.prefetch_related(
            # specific(): only then does Wagtail prefetch by the page's own content type.
            models.Prefetch(
                "page", queryset=RecitPage.objects.specific().prefetch_workflow_states()
            )
        )


class Contribution(models.Model):
    """What a place sent, exactly as sent, with its consent; never edited afterwards."""

    class Genre(models.TextChoices):
        RECIT = "recit", "Un récit"
        TEMOIGNAGE = "temoignage", "Le témoignage d'un habitant ou d'une habitante"
        PHOTOS = "photos", "Des photos"

    class Signature(models.TextChoices):
        PRENOM = "prenom", "Avec mon prénom"
        PSEUDONYME = "pseudonyme", "Avec un pseudonyme"
        ANONYME = "anonyme", "Sans nom (anonyme)"

    class Retrait(models.TextChoices):
        LIEN = "lien", "Par le lieu, depuis son lien"
        EQUIPE = "equipe", "Par l'équipe, à la demande de la personne"
        SUPPRESSION = "suppression", "Par l'équipe, en supprimant le récit"

    CHAMPS_MODIFIABLES = frozenset(
        {"page", "retiree_le", "publication_annoncee_le", "effacee_le", "retrait_par"}
    )
    # What the person wrote or chose, and the value it takes when the contribution is
    # erased: only then, and only to these values, may these fields change.
    VALEURS_EFFACEES = {
        "titre": "",
        "texte": "",
        "pourquoi": "",
        "quand": "",
        "date_moment": None,
        "temoin_paroles": "",
        "temoin_signature": "",
        "temoin_nom": "",
        "temoin_role": "",
        "temoin_age": "",
        "indicateurs_choisis": [],
        "consentement_site": False,
        "consentement_rapport": False,
        "consentement_presse": False,
        "signature": Signature.ANONYME,
        "signature_nom": "",
        "email": "",
    }

    invitation = models.ForeignKey(
        Invitation,
        verbose_name="Invitation",
        on_delete=models.PROTECT,
        related_name="contributions",
    )
    campagne = models.ForeignKey(
        Campagne, verbose_name="Campagne", on_delete=models.PROTECT, related_name="contributions"
    )
    lieu = models.ForeignKey(
        "recits.LieuPage",
        verbose_name="Lieu",
        on_delete=models.PROTECT,
        related_name="contributions",
    )
    genre = models.CharField("Genre", max_length=20, choices=Genre.choices)
    titre = models.CharField("Titre", max_length=150)
    texte = models.TextField("Texte")
    pourquoi = models.TextField("Pourquoi ce moment compte", blank=True)
    quand = models.CharField("Quand", max_length=120, blank=True)
    date_moment = models.DateField("Date du moment", null=True, blank=True)
    temoin_paroles = models.TextField("Paroles du témoin", blank=True)
    temoin_signature = models.CharField(
        "Nom du témoin", max_length=20, choices=Signature.choices, blank=True
    )
    temoin_nom = models.CharField("Prénom ou pseudonyme du témoin", max_length=80, blank=True)
    temoin_role = models.CharField("Rôle du témoin", max_length=80, blank=True)
    temoin_age = models.CharField("Âge du témoin", max_length=20, blank=True)
    indicateurs_choisis = models.JSONField("Indicateurs choisis", default=list, blank=True)
    consentement_site = models.BooleanField("Publication sur le site")
    consentement_rapport = models.BooleanField("Citation dans le rapport annuel")
    consentement_presse = models.BooleanField("Presse et communication")
    consentement_version = models.CharField(
        "Version du texte de consentement", max_length=20, default=VERSION_CONSENTEMENT
    )
    signature = models.CharField("Signature", max_length=20, choices=Signature.choices)
    signature_nom = models.CharField("Prénom ou pseudonyme", max_length=80, blank=True)
    email = models.EmailField("E-mail de suivi", blank=True)
    cle_envoi = models.CharField(max_length=64, unique=True, editable=False)
    recue_le = models.DateTimeField("Envoyée le", auto_now_add=True)
    page = models.ForeignKey(
        "recits.RecitPage",
        verbose_name="Récit créé",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    retiree_le = models.DateTimeField("Retirée le", null=True, blank=True)
    publication_annoncee_le = models.DateTimeField(
        "Publication annoncée le", null=True, blank=True, editable=False
    )
    effacee_le = models.DateTimeField("Effacée le", null=True, blank=True, editable=False)
    retrait_par = models.CharField(
        "Retirée", max_length=20, choices=Retrait.choices, blank=True, editable=False
    )

    objects = ContributionQuerySet.as_manager()

    class Meta:
        db_table = "recits_contribution"  # created when the collection lived in `recits`
        ordering = ["-recue_le"]
        verbose_name = "Contribution"
        verbose_name_plural = "Contributions"
        permissions = [
            ("erase_contribution", "Peut effacer une contribution à la demande de la personne")
        ]

    def __str__(self) -> str:
        if self.effacee_le:
            return f"Contribution effacée — {self.lieu}"
        return f"{self.titre} — {self.lieu}"

    def save(self, *args, **kwargs) -> None:
        """Refuse any change to what was submitted, except its erasure (see `vider`)."""
        if self.pk and not self._state.adding:
            champs = kwargs.get("update_fields")
            if champs is None or not self._modification_permise(set(champs)):
                raise ValidationError("Une contribution reçue ne se modifie pas.")
        super().save(*args, **kwargs)

    def _modification_permise(self, champs: set[str]) -> bool:
        contenu = champs - self.CHAMPS_MODIFIABLES
        if not contenu:
            return True
        return (
            self.effacee_le is not None
            and contenu <= set(self.VALEURS_EFFACEES)
            and all(getattr(self, champ) == self.VALEURS_EFFACEES[champ] for champ in contenu)
        )

    def vider(self, moment, par: str) -> list[str]:
        """Empty what the person wrote or chose, keep when and where; the fields to save.

        Only the erasure service calls this (collecte.effacement): what remains says that
        a contribution of this place and campaign was received, then withdrawn, and when.
        """
        for champ, valeur in self.VALEURS_EFFACEES.items():
            setattr(self, champ, list(valeur) if isinstance(valeur, list) else valeur)
        self.retiree_le = self.retiree_le or moment
        self.effacee_le = moment
        self.retrait_par = par
        self.page = None
        return [*self.VALEURS_EFFACEES, "retiree_le", "effacee_le", "retrait_par", "page"]

    @classmethod
    def refus_de_publication(cls, page_id: int) -> str | None:
        """Why a contributed story may not go live (withdrawn, no consent), or None."""
        contribution = (
            cls.objects.filter(page_id=page_id).only("retiree_le", "consentement_site").first()
        )
        if contribution is None:
            return None
        if contribution.retiree_le:
            return "Ce récit a été retiré par la personne qui l'a envoyé."
        if not contribution.consentement_site:
            return (
                "La personne n'a pas accepté la publication sur le site : ce récit ne peut pas "
                "être publié. Il reste disponible pour la lecture interne."
            )
        return None

    def titre_affiche(self) -> str:
        """The title, or what stands for it once erased (admin listings)."""
        return self.titre or "Contribution effacée"

    titre_affiche.short_description = "Titre"
    titre_affiche.admin_order_field = "titre"

    STATUTS = {
        "envoyee": "Envoyée",
        "en_relecture": "En relecture",
        "publiee": "Publiée",
        "hors_ligne": "Plus en ligne",
        "retiree": "Retirée",
    }

    @property
    def statut(self) -> str:
        """Where the contribution stands, as the contributor sees it."""
        if self.retiree_le:
            return "retiree"
        if self.page_id and self.page.live:
            return "publiee"
        if self.page_id and self.page.workflow_in_progress:
            return "en_relecture"
        # Published once, then taken offline by the editors: « Envoyé » would read as news.
        if self.page_id and self.page.first_published_at:
            return "hors_ligne"
        return "envoyee"

    # The contributor speaks of « mon récit » (masculine), the admin of « contribution ».
    STATUTS_CONTRIBUTEUR = {
        "envoyee": "Envoyé",
        "en_relecture": "En relecture",
        "publiee": "Publié",
        "hors_ligne": "Plus en ligne",
        "retiree": "Retiré",
    }

    @property
    def statut_affiche(self) -> str:
        """The status in the admin's words (« contribution », feminine)."""
        return self.STATUTS[self.statut]

    @property
    def statut_contributeur(self) -> str:
        """The status in the contributor's words (« récit », masculine), one place for all pages."""
        return self.STATUTS_CONTRIBUTEUR[self.statut]


class PhotoContribution(models.Model):
    """A contributed photo, cleaned of metadata and kept private until publication."""

    class Reconnaissable(models.TextChoices):
        ACCORD = "accord", "On reconnaît des personnes sur cette photo, et elles sont d'accord"
        PERSONNE = "personne", "On ne reconnaît personne sur cette photo"

    contribution = models.ForeignKey(
        Contribution, verbose_name="Contribution", on_delete=models.CASCADE, related_name="photos"
    )
    fichier = models.FileField(
        "Fichier", storage=stockage_prive, upload_to="contributions/%Y/%m/", max_length=200
    )
    legende = models.CharField("Légende", max_length=250, blank=True)
    description = models.CharField("Description pour les personnes aveugles", max_length=250)
    reconnaissable = models.CharField(
        "Personnes reconnaissables", max_length=20, choices=Reconnaissable.choices
    )
    largeur = models.PositiveIntegerField("Largeur")
    hauteur = models.PositiveIntegerField("Hauteur")
    ordre = models.PositiveSmallIntegerField("Ordre", default=0)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Image publiée",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        db_table = "recits_photocontribution"  # created when the collection lived in `recits`
        ordering = ["contribution", "ordre"]
        verbose_name = "Photo de contribution"
        verbose_name_plural = "Photos de contribution"

    def __str__(self) -> str:
        return self.legende or f"Photo {self.ordre + 1}"

    def taille_vignette(self, cote: int = 240) -> tuple[int, int]:
        """Width and height of the photo shown with its long side at `cote` CSS pixels."""
        echelle = cote / max(self.largeur, self.hauteur, 1)
        return max(1, round(self.largeur * echelle)), max(1, round(self.hauteur * echelle))


class EssaiEnvoi(models.Model):
    """One stored contribution, kept an hour to limit the rate per link and per address.

    Written in the transaction that stores the contribution (collecte.limites), so a
    refused or failed attempt counts for nothing. Stored in the database so the limit
    holds across processes with the default SQLite setup, without Redis.
    """

    cle = models.CharField(max_length=80, db_index=True)
    moment = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        db_table = "recits_essaienvoi"  # created when the collection lived in `recits`
        verbose_name = "Envoi compté"
        verbose_name_plural = "Envois comptés"

    def __str__(self) -> str:
        return f"{self.cle} à {self.moment:%H:%M}"


class VerrouLimite(models.Model):
    """One row per rate-limit key, locked while a submission is counted and stored.

    Concurrent submissions on one link or from one address wait for each other here
    (SELECT … FOR UPDATE on PostgreSQL; SQLite serialises writers anyway), so N parallel
    requests never store more than the limit.
    """

    cle = models.CharField(max_length=80, unique=True)

    class Meta:
        verbose_name = "Verrou de limite d'envoi"
        verbose_name_plural = "Verrous de limite d'envoi"

    def __str__(self) -> str:
        return self.cle
