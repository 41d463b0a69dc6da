"""What reports keep track of besides pages: withdrawals by contributors, generation runs."""

from __future__ import annotations

from django.db import models

from collecte.models import Contribution


class RetraitRapport(models.Model):
    """What a contributor took back from the reports: a quote, a photo or all report use."""

    class Genre(models.TextChoices):
        CITATION = "citation", "Une citation"
        PHOTO = "photo", "Une photo"
        CONSENTEMENT = "consentement", "Tout usage dans les rapports"
        RECIT = "recit", "Le récit entier (retiré ou effacé)"

    genre = models.CharField("Ce qui est retiré", max_length=20, choices=Genre.choices)
    contribution = models.ForeignKey(
        Contribution,
        verbose_name="Contribution",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="retraits_rapport",
    )
    recit_id = models.IntegerField("Récit (numéro)", null=True, blank=True, db_index=True)
    codage_id = models.IntegerField("Codage (numéro)", null=True, blank=True)
    image_id = models.IntegerField("Image (numéro)", null=True, blank=True)
    le = models.DateTimeField("Retiré le", auto_now_add=True)

    class Meta:
        verbose_name = "Retrait d'un rapport"
        verbose_name_plural = "Retraits des rapports"
        ordering = ["-le"]

    def __str__(self) -> str:
        return f"{self.get_genre_display()} ({self.le:%d/%m/%Y})"


class GenerationRapport(models.Model):
    """One run of « Générer les blocs de preuve », with its progress for the admin."""

    class Etat(models.TextChoices):
        ATTENTE = "attente", "En attente"
        EN_COURS = "en_cours", "En cours"
        FINIE = "finie", "Terminée"
        ECHEC = "echec", "Échec"

    rapport = models.ForeignKey(
        "rapports.RapportPage",
        on_delete=models.CASCADE,
        related_name="generations",
        verbose_name="Rapport",
    )
    etat = models.CharField("État", max_length=20, choices=Etat.choices, default=Etat.ATTENTE)
    fait = models.PositiveIntegerField("Indicateurs traités", default=0)
    total = models.PositiveIntegerField("Indicateurs à traiter", default=0)
    message = models.TextField("Message", blank=True)
    cree_le = models.DateTimeField("Demandée le", auto_now_add=True)
    fini_le = models.DateTimeField("Finie le", null=True, blank=True)

    class Meta:
        verbose_name = "Génération d'un rapport"
        verbose_name_plural = "Générations des rapports"
        ordering = ["-cree_le"]

    def __str__(self) -> str:
        return f"{self.rapport} — {self.get_etat_display()}"

    @property
    def pourcentage(self) -> int:
        """Progress in percent."""
        if self.etat == self.Etat.FINIE:
            return 100
        return round(100 * self.fait / self.total) if self.total else 0
