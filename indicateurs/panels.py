"""The helper's suggestions in the story editor, with links to the coding workspace."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from wagtail.admin.panels import Panel

from .models import Analyse, Codage


def surligner(texte: str, debut: int, indices: list[dict]) -> SafeString:
    """A sentence with its matched words wrapped in <mark> (offsets are into the story)."""
    morceaux: list[tuple[str, bool]] = []
    position = 0
    for indice in sorted(indices, key=lambda i: i.get("debut", 0)):
        d, f = indice.get("debut", 0) - debut, indice.get("fin", 0) - debut
        if d < position or d < 0 or f > len(texte) or indice.get("nie") or indice.get("role"):
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


def citation_d_un_bloc(texte: str) -> str:
    """A candidate quote read over several blocks (a heading glued on): its longest line."""
    lignes = [ligne.strip() for ligne in (texte or "").splitlines() if ligne.strip()]
    return max(lignes, key=len) if lignes else ""


def contexte_suggestions(recit) -> dict:
    """Everything the panel shows for one story (also used by the decision view's JSON)."""
    from .atelier.lecture import lire_suggestion

    if not getattr(recit, "pk", None):
        return {"recit": None}
    analyse = Analyse.objects.filter(recit=recit).first()
    codages = list(
        Codage.objects.filter(recit=recit, origine=Codage.Origine.ASSISTANT)
        .select_related("indicateur", "decide_par")
        .order_by("statut", "-score", "indicateur__ordre")
    )
    details = analyse.indicateurs if analyse and isinstance(analyse.indicateurs, dict) else {}
    suggestions = []
    for codage in codages:
        lecture = lire_suggestion(codage, details)
        detail = details.get(codage.indicateur.slug) or {}
        lecture["phrases"] = [
            surligner(p.get("texte", ""), p.get("debut", 0), lecture["indices"])
            for p in (detail.get("phrases") or [])[:3]
            if isinstance(p, dict)
        ]
        suggestions.append(lecture)
    citations = []
    for candidate in (analyse.citations if analyse else [])[:5]:
        if isinstance(candidate, dict) and citation_d_un_bloc(candidate.get("texte", "")):
            citations.append({**candidate, "texte": citation_d_un_bloc(candidate["texte"])})
    return {
        "recit": recit,
        "analyse": analyse,
        "suggestions": suggestions,
        "citations": citations,
        "noms": [n for n in (analyse.noms if analyse else []) if isinstance(n, dict)],
    }
