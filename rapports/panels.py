"""The report editor's panel: generate the evidence blocks, refresh a frozen report, export."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from .suivi import GenerationRapport


class BlocsDePreuvePanel(Panel):
    """Buttons and the latest generation's progress, at the top of the report editor."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "rapports/admin/panel_blocs.html"

        def is_shown(self) -> bool:
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None) -> dict:
            context = super().get_context_data(parent_context)
            pk = self.instance.pk
            context["rapport"] = self.instance
            context["generation"] = GenerationRapport.objects.filter(rapport_id=pk).first()
            context["url_generer"] = reverse("rapports_admin:generer", args=[pk])
            context["url_actualiser"] = reverse("rapports_admin:actualiser", args=[pk])
            context["exports"] = [
                (libelle, reverse("rapports_admin:exporter", args=[pk, fmt]))
                for fmt, libelle in (
                    ("docx", "Word (DOCX)"),
                    ("pdf", "PDF"),
                    ("xlsx", "Excel (XLSX)"),
                    ("md", "Markdown"),
                )
            ]
            return context
