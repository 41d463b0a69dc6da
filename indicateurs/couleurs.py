"""Indicator colours as a stylesheet, so public pages need no style="" attribute (strict CSP)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from .models import Indicateur


def feuille_de_couleurs() -> str:
    """One `.couleur-<slug>` class per indicator, carrying its colour in `--couleur`."""
    regles = [
        f".couleur-{slug} {{ --couleur: {couleur}; }}"
        for slug, couleur in Indicateur.objects.order_by("slug").values_list("slug", "couleur")
        # Slugs and colours are validated in the admin; anything else never reaches CSS.
        if slug.replace("-", "").isalnum() and couleur.startswith("#") and couleur[1:].isalnum()
    ]
    return "\n".join(regles) + "\n"


@require_GET
def couleurs_css(request: HttpRequest) -> HttpResponse:
    """The stylesheet every public page links to (a colour changed shows within minutes)."""
    reponse = HttpResponse(feuille_de_couleurs(), content_type="text/css; charset=utf-8")
    reponse["Cache-Control"] = "public, max-age=300"
    return reponse
