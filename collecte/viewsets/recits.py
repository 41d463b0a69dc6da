"""The admin views of contributed stories that differ from Wagtail's: workflow approval.

Wagtail 8 dispatches every page view through the page model's `PageViewSet`; this one
only replaces the workflow action view (the « Approuver » buttons outside the editor:
dashboard, listings) so that a story whose contributor refused website publication is
never approved into a silent draft.
"""

from __future__ import annotations

from django.http import HttpResponseRedirect
from django.urls import reverse
from wagtail.admin import messages
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet

from recits.models import RecitPage

from ..moderation import approbation_refusee


class ActionWorkflowRecitView(WorkflowActionView):
    """Refuse « Approuver » with the reason, in French, on the story's editor."""

    def dispatch(self, request, *args, **kwargs):
        if self.action_name == "approve":
            raison = approbation_refusee(self.object)
            if raison is not None:
                messages.error(request, raison)
                editeur = reverse("wagtailadmin_pages:edit", args=[self.object.pk])
                if request.headers.get("x-requested-with") == "XMLHttpRequest":
                    return self.render_modal_json(request, {"step": "success", "redirect": editeur})
                return HttpResponseRedirect(editeur)
        return super().dispatch(request, *args, **kwargs)


class RecitPageViewSet(PageViewSet):
    """Wagtail's own page views for stories, but for the workflow action."""

    model = RecitPage
    name = "recits_pages"
    workflow_action_view_class = ActionWorkflowRecitView
