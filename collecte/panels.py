"""The story editor's panel showing what the contributor sent: consent and private photos."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from .models import Contribution
from .permissions import peut_effacer_contribution, peut_voir_contribution


class ContributionPanel(Panel):
    """Shows, in the story editor, what the contributor sent: consent and private photos."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "collecte/admin/panel_contribution.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.contribution = None
            if self.instance and self.instance.pk:
                self.contribution = (
                    Contribution.objects.filter(page_id=self.instance.pk)
                    .prefetch_related("photos")
                    .first()
                )

        def is_shown(self) -> bool:
            return self.contribution is not None

        def get_context_data(self, parent_context=None) -> dict:
            context = super().get_context_data(parent_context)
            utilisateur = self.request.user
            context["contribution"] = self.contribution
            context["photos_visibles"] = peut_voir_contribution(utilisateur, self.contribution)
            if peut_effacer_contribution(utilisateur):
                context["url_effacer"] = reverse(
                    "collecte_contributions:effacer", args=[self.contribution.pk]
                )
            return context
