"""The helper's suggestions in the story editor, until a full coding workspace exists."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from wagtail.admin.panels import Panel

from .models import Analyse, Codage


def surligner(texte: str, debut: int, indices: list[dict]) -> SafeString:
    """A sentence with its matched words wrapped in <mark> (offsets are into the story)."""
    morceaux: list[tuple[str, bool]] = []
    position = 0
    for indice in sorted(indices, key=lambda i: i["debut"]):
        d, f = indice["debut"] - debut, indice["fin"] - debut
        if d < position or f > len(texte) or indice["nie"]:
            continue
        morceaux.append((texte[position:d], False))
        morceaux.append((texte[d:f], True))
        position = f
    morceaux.append((texte[position:], False))
    return format_html_join(
        "",
        "{}",
        ((format_html("<mark>{}</mark>", m) if marque else m,) for m, marque in morceaux if m),
    )


class SuggestionsPanel(Panel):
    """Read-only panel: suggested indicators with their evidence, quotes and names to check."""

    def clone_kwargs(self):
        return super().clone_kwargs()

    class BoundPanel(Panel.BoundPanel):
        template_name = "indicateurs/admin/panneau_suggestions.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(contexte_suggestions(self.instance))
            return context


def contexte_suggestions(recit) -> dict:
    """Everything the panel shows for one story (also used by the decision view's JSON)."""
    if not getattr(recit, "pk", None):
        return {"recit": None}
    analyse = Analyse.objects.filter(recit=recit).first()
    codages = list(
        Codage.objects.filter(recit=recit, origine=Codage.Origine.ASSISTANT)
        .select_related("indicateur", "decide_par")
        .order_by("statut", "-score", "indicateur__ordre")
    )
    details = analyse.indicateurs if analyse else {}
    suggestions = []
    for codage in codages:
        detail = details.get(codage.indicateur.slug, {})
        indices = detail.get("indices", [])
        suggestions.append(
            {
                "codage": codage,
                "mots": sorted({i["texte"] for i in indices if not i["nie"]}),
                "nies": sorted({i["texte"] for i in indices if i["nie"]}),
                "phrases": [
                    surligner(p["texte"], p["debut"], indices)
                    for p in detail.get("phrases", [])[:3]
                ],
            }
        )
    return {
        "recit": recit,
        "analyse": analyse,
        "suggestions": suggestions,
        "citations": (analyse.citations if analyse else [])[:5],
        "noms": analyse.noms if analyse else [],
    }
