"""Admin screens of a report: generate (background task), progress, refresh with a diff, export."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods

from .exports import FORMATS, exporter
from .models import RapportPage
from .services import actualiser, differences
from .suivi import GenerationRapport
from .tasks import generer_blocs_rapport


def _rapport(request: HttpRequest, pk: int, modifier: bool = True) -> RapportPage:
    rapport = get_object_or_404(RapportPage, pk=pk)
    permissions = rapport.permissions_for_user(request.user)
    if not (permissions.can_edit() if modifier else permissions.can_edit() or rapport.live):
        raise PermissionDenied
    return rapport


@require_http_methods(["GET", "POST"])
def generer(request: HttpRequest, pk: int) -> HttpResponse:
    """Confirm, then queue the generation; a published (frozen) report goes to « Actualiser »."""
    rapport = _rapport(request, pk)
    if rapport.fige_le and rapport.live:
        messages.info(
            request,
            "Ce rapport est publié, donc figé : voyez ce qui changerait avant de l'actualiser.",
        )
        return HttpResponseRedirect(reverse("rapports_admin:actualiser", args=[pk]))
    if request.method == "GET":
        return TemplateResponse(request, "rapports/admin/generer.html", {"rapport": rapport})
    en_cours = rapport.generations.filter(
        etat__in=[GenerationRapport.Etat.ATTENTE, GenerationRapport.Etat.EN_COURS]
    ).first()
    generation = en_cours or GenerationRapport.objects.create(rapport=rapport)
    if en_cours is None:
        transaction.on_commit(lambda: generer_blocs_rapport.enqueue(str(generation.pk)))
    return HttpResponseRedirect(reverse("rapports_admin:progression", args=[generation.pk]))


def progression(request: HttpRequest, pk: int) -> HttpResponse:
    """Progress of a generation (HTML that refreshes itself, or JSON for scripts)."""
    generation = get_object_or_404(GenerationRapport.objects.select_related("rapport"), pk=pk)
    _rapport(request, generation.rapport_id)
    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "etat": generation.etat,
                "fait": generation.fait,
                "total": generation.total,
                "pourcentage": generation.pourcentage,
            }
        )
    return TemplateResponse(
        request,
        "rapports/admin/progression.html",
        {
            "generation": generation,
            "rapport": generation.rapport,
            "url_editer": reverse("wagtailadmin_pages:edit", args=[generation.rapport_id]),
        },
    )


@require_http_methods(["GET", "POST"])
def actualiser_vue(request: HttpRequest, pk: int) -> HttpResponse:
    """Show what a refresh would change (figures, quotes), then apply it on confirmation."""
    rapport = _rapport(request, pk).get_latest_revision_as_object()
    if request.method == "POST":
        actualiser(rapport, utilisateur=request.user)
        messages.success(request, "Le rapport a été actualisé.")
        return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[pk]))
    lignes, _corps, _graphiques = differences(rapport)
    return TemplateResponse(
        request, "rapports/admin/actualiser.html", {"rapport": rapport, "lignes": lignes}
    )


def exporter_vue(request: HttpRequest, pk: int, format_: str) -> HttpResponse:
    """Download the report in one format, as it stands in its latest revision."""
    if format_ not in FORMATS:
        raise Http404
    rapport = _rapport(request, pk, modifier=False).get_latest_revision_as_object()
    contenu_type, extension = FORMATS[format_]
    base = request.build_absolute_uri("/").rstrip("/")
    reponse = HttpResponse(exporter(rapport, format_, base_url=base), content_type=contenu_type)
    nom = slugify(rapport.title) or "rapport"
    reponse["Content-Disposition"] = f'attachment; filename="{nom}.{extension}"'
    return reponse


def urls_admin() -> list:
    """The report's admin routes, under /admin/rapports/."""
    from django.urls import include

    routes = [
        path("<int:pk>/generer/", generer, name="generer"),
        path("generation/<int:pk>/", progression, name="progression"),
        path("<int:pk>/actualiser/", actualiser_vue, name="actualiser"),
        path("<int:pk>/exporter/<str:format_>/", exporter_vue, name="exporter"),
    ]
    return [path("rapports/", include((routes, "rapports_admin")))]
