"""Admin form for stories: editors tick the story's indicators in the page editor."""

from django import forms
from django.apps import apps
from wagtail.admin.forms import WagtailAdminPageForm


class IndicateursField(forms.ModelMultipleChoiceField):
    """Indicator checkboxes labelled with the indicator's French name."""

    def label_from_instance(self, obj) -> str:
        """Show the name an editor knows."""
        return obj.nom


class RecitPageForm(WagtailAdminPageForm):
    """Adds the story's indicators; they are saved as accepted whole-story codings."""

    indicateurs = IndicateursField(
        queryset=None,
        required=False,
        label="Indicateurs",
        help_text="Les indicateurs dont ce récit apporte la preuve, pour tout le récit.",
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        indicateur = apps.get_model("indicateurs", "Indicateur")
        self.fields["indicateurs"].queryset = indicateur.objects.filter(actif=True).order_by(
            "ordre", "nom"
        )
        if self.instance.pk and not self.is_bound:
            codage = apps.get_model("indicateurs", "Codage")
            self.initial["indicateurs"] = list(
                codage.objects.filter(
                    recit_id=self.instance.pk, statut="accepte", debut__isnull=True
                ).values_list("indicateur_id", flat=True)
            )

    def save(self, commit: bool = True):
        """Remember the chosen indicators on the page for the after-save hook."""
        page = super().save(commit=commit)
        page._indicateurs_choisis = list(self.cleaned_data.get("indicateurs") or [])
        return page
