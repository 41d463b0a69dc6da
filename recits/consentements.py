"""Consent recorded for stories the team writes itself (an interview, a visit).

A contributed story carries its consent in `collecte.Contribution`; an editor-written one
has no such record, so the team notes here who agreed, to which channels, when and on what
wording or document. Without a record for a channel, the story is not used on that channel.
"""

from __future__ import annotations

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class ConsentementRecit(Orderable):
    """One person's agreement to an editor-written story being used, per channel."""

    recit = ParentalKey("recits.RecitPage", on_delete=models.CASCADE, related_name="consentements")
    personne = models.CharField(
        "Qui a donné son accord",
        max_length=120,
        help_text="Le nom de la personne, pour l'équipe (jamais publié).",
    )
    canal_site = models.BooleanField("Publication sur le site", default=False)
    canal_rapport = models.BooleanField("Citation dans le rapport annuel", default=False)
    canal_presse = models.BooleanField("Presse et communication", default=False)
    photos = models.BooleanField(
        "Droit à l'image accordé pour les photos du récit",
        default=False,
        help_text="Sans cet accord, aucune photo de ce récit n'est reprise dans un rapport.",
    )
    accorde_le = models.DateField("Accord donné le")
    formulation = models.TextField(
        "Texte de l'accord",
        blank=True,
        help_text="Les mots exacts auxquels la personne a dit oui, ou la référence du document.",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="Document signé",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    retire_le = models.DateField(
        "Accord retiré le",
        null=True,
        blank=True,
        help_text="Si la personne revient sur son accord : le récit n'est plus cité.",
    )

    panels = [
        FieldPanel("personne"),
        FieldRowPanel([FieldPanel("canal_site"), FieldPanel("canal_rapport")]),
        FieldRowPanel([FieldPanel("canal_presse"), FieldPanel("photos")]),
        FieldRowPanel([FieldPanel("accorde_le"), FieldPanel("retire_le")]),
        FieldPanel("formulation"),
        FieldPanel("document"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "Consentement"
        verbose_name_plural = "Consentements"

    def __str__(self) -> str:
        return f"Accord de {self.personne} ({self.accorde_le:%d/%m/%Y})"

    @property
    def en_vigueur(self) -> bool:
        """True while the agreement has not been withdrawn."""
        return self.retire_le is None
