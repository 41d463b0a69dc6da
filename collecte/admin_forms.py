"""Admin forms of the collection: a campaign with its invited places, a link's new end."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm

from recits.models import LieuPage

from .models import Campagne, Invitation
from .relances import compte


def _libelle_lieu(lieu: LieuPage) -> str:
    libelle = f"{lieu.title} — {lieu.commune} ({lieu.departement})"
    return libelle if lieu.live else f"{libelle}, page non publiée"


class CampagneForm(WagtailAdminModelForm):
    """The campaign form, with the places to invite ticked in the same screen.

    Ticking a place gives it a link; unticking it switches the link off. Invitations are
    never deleted: what a place already sent stays attached to it.
    """

    lieux_invites = forms.ModelMultipleChoiceField(
        label="Lieux invités",
        queryset=LieuPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=(
            "Chaque lieu coché reçoit un lien personnel vers le formulaire. Décocher un lieu "
            "désactive son lien (ce qu'il a déjà envoyé est gardé) ; le cocher à nouveau lui "
            "donne un nouveau lien. Les liens se copient, s'exportent et s'envoient depuis le "
            "tableau de bord de la campagne."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        champ = self.fields["lieux_invites"]
        champ.queryset = LieuPage.objects.order_by("title", "pk")
        champ.label_from_instance = _libelle_lieu
        if self.instance.pk and "lieux_invites" not in self.initial:
            self.initial["lieux_invites"] = list(
                self.instance.invitations.filter(revoquee_le__isnull=True).values_list(
                    "lieu_id", flat=True
                )
            )
        self.bilan_invitations = {"invites": 0, "reactives": 0, "desactives": 0}

    def save(self, commit: bool = True) -> Campagne:
        campagne = super().save(commit=commit)
        if commit:
            self.enregistrer_invitations(campagne)
        else:
            save_m2m = self.save_m2m

            def save_m2m_et_invitations() -> None:
                save_m2m()
                self.enregistrer_invitations(campagne)

            self.save_m2m = save_m2m_et_invitations
        return campagne

    def enregistrer_invitations(self, campagne: Campagne) -> None:
        """Create the missing invitations, switch links on again or off as ticked."""
        coches = {lieu.pk for lieu in self.cleaned_data.get("lieux_invites") or []}
        existantes = {invitation.lieu_id: invitation for invitation in campagne.invitations.all()}
        for lieu_id in sorted(coches):
            invitation = existantes.get(lieu_id)
            if invitation is None:
                Invitation.objects.create(campagne=campagne, lieu_id=lieu_id)
                self.bilan_invitations["invites"] += 1
            elif invitation.revoquee_le:
                invitation.regenerer()  # a new link: the switched-off one may have leaked
                self.bilan_invitations["reactives"] += 1
        for lieu_id, invitation in existantes.items():
            if lieu_id not in coches and invitation.revoquee_le is None:
                invitation.revoquer()
                self.bilan_invitations["desactives"] += 1

    def resume_invitations(self) -> str:
        """What ticking and unticking did, in one sentence (empty when nothing changed)."""
        bilan = self.bilan_invitations
        morceaux = []
        if bilan["invites"]:
            morceaux.append(compte(bilan["invites"], "lieu invité", "lieux invités"))
        if bilan["reactives"]:
            morceaux.append(
                compte(bilan["reactives"], "lien réactivé", "liens réactivés")
                + " avec une nouvelle adresse"
            )
        if bilan["desactives"]:
            morceaux.append(compte(bilan["desactives"], "lien désactivé", "liens désactivés"))
        return (" ; ".join(morceaux) + ".") if morceaux else ""


class ProlongationForm(forms.Form):
    """The new last day of a link."""

    jusqu_au = forms.DateField(
        label="Valable jusqu'au",
        error_messages={
            "required": "Choisissez jusqu'à quelle date le lien marche.",
            "invalid": "Date non reconnue : utilisez le format JJ/MM/AAAA.",
        },
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )

    def clean_jusqu_au(self) -> datetime.date:
        date = self.cleaned_data["jusqu_au"]
        if date < timezone.localdate():
            raise forms.ValidationError("Choisissez une date qui n'est pas encore passée.")
        return date
