"""The indicator checkboxes of the story editor, saved as accepted whole-story codings."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from .models import Indicateur
from .services import indicateurs_du_recit


class IndicateursField(forms.ModelMultipleChoiceField):
    """Indicator checkboxes labelled with the indicator's French name."""

    def label_from_instance(self, obj) -> str:
        """Show the name an editor knows."""
        return obj.nom


class IndicateursRecitForm(WagtailAdminPageForm):
    """Adds the story's indicators to its editor (a mixin of `recits`' story form)."""

    indicateurs = IndicateursField(
        queryset=Indicateur.objects.none(),
        required=False,
        label="Indicateurs",
        help_text=(
            "Les indicateurs dont ce récit apporte la preuve : cochés dès qu'un codage est "
            "retenu, sur tout le récit ou sur un passage ; décocher retire ces codages."
        ),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicateurs"].queryset = Indicateur.objects.filter(actif=True).order_by(
            "ordre", "nom"
        )
        if self.instance.pk and not self.is_bound:
            self.initial["indicateurs"] = indicateurs_du_recit(self.instance.pk)

    def save(self, commit: bool = True):
        """Remember the chosen indicators on the page for the after-save hook."""
        page = super().save(commit=commit)
        page._indicateurs_choisis = list(self.cleaned_data.get("indicateurs") or [])
        return page
