"""Public charts outside the page tree."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse

from recits.models import LieuPage
from recits.publication import publiques

from .profil import png_profil


def profil_lieu_png(request: HttpRequest, pk: int) -> HttpResponse:
    """The indicator profile chart of a published place."""
    if not publiques(LieuPage.objects.filter(pk=pk)).exists():
        raise Http404
    reponse = HttpResponse(png_profil(pk), content_type="image/png")
    reponse["Cache-Control"] = "public, max-age=300"
    return reponse
