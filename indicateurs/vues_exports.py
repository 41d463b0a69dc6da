"""Admin downloads of the codings: CSV, XLSX, REFI-QDA codebook and project; codebook import."""

from __future__ import annotations

import tempfile

from django import forms
from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.http import require_GET
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .exports.filtres import CodageFilterSet
from .exports.lignes import lignes
from .exports.refiqda import CodebookInvalide, codebook_qdc, ecrire_qdpx, importer_codebook
from .exports.tableur import TYPE_CSV, TYPE_XLSX, csv_en_flux, xlsx_temporaire
from .models import Codage
from .vues_noms import interdit


def peut_exporter(user) -> bool:
    """Readers, editors and moderators who may see codings may take them away."""
    return user.is_active and any(
        user.has_perm(f"indicateurs.{droit}_codage") for droit in ("view", "change", "add")
    )


def _codages_filtres(request: HttpRequest):
    """The codings the listing shows with the same filters (bad filters: none applied)."""
    filtres = CodageFilterSet(request.GET or None, queryset=Codage.objects.all(), request=request)
    if filtres.is_bound and not filtres.is_valid():
        return None
    return filtres.qs


def _nom(extension: str) -> str:
    return f"codages-{timezone.localdate():%Y-%m-%d}.{extension}"


def _refus_filtres(request: HttpRequest) -> HttpResponse:
    messages.error(request, "Les filtres de la liste sont invalides : corrigez-les, puis exportez.")
    return redirect(reverse("wagtailsnippets_indicateurs_codage:list"))


@require_GET
def exporter(request: HttpRequest, format: str) -> HttpResponse:
    """One download, in the asked format, of the codings the listing's filters select."""
    if not peut_exporter(request.user):
        return interdit()
    if format == "qdc":
        reponse = HttpResponse(codebook_qdc(), content_type="application/xml")
        reponse["Content-Disposition"] = 'attachment; filename="livre-de-codes.qdc"'
        return reponse
    codages = _codages_filtres(request)
    if codages is None:
        return _refus_filtres(request)
    if format == "csv":
        reponse = StreamingHttpResponse(csv_en_flux(lignes(codages)), content_type=TYPE_CSV)
        reponse["Content-Disposition"] = f'attachment; filename="{_nom("csv")}"'
        return reponse
    if format == "xlsx":
        return FileResponse(
            xlsx_temporaire(lignes(codages)),
            as_attachment=True,
            filename=_nom("xlsx"),
            content_type=TYPE_XLSX,
        )
    if format == "qdpx":
        fichier = tempfile.TemporaryFile(suffix=".qdpx")  # noqa: SIM115 (closed by the response)
        ecrire_qdpx(codages, fichier)
        fichier.seek(0)
        return FileResponse(
            fichier, as_attachment=True, filename=_nom("qdpx"), content_type="application/zip"
        )
    messages.error(
        request, f"Format d'export inconnu : « {format} ». Choisissez CSV, XLSX, QDC ou QDPX."
    )
    return redirect(reverse("wagtailsnippets_indicateurs_codage:list"))


class ImportCodebookForm(forms.Form):
    """One `.qdc` file."""

    fichier = forms.FileField(
        label="Livre de codes REFI-QDA (.qdc)",
        help_text="Exporté de QualCoder, NVivo, ATLAS.ti ou de ce site ; 2 Mo au plus.",
    )


class ImportCodebookView(WagtailAdminTemplateMixin, FormView):
    """Import a codebook: new indicators created, known ones recognised, nothing half-done."""

    template_name = "indicateurs/exports/import_qdc.html"
    form_class = ImportCodebookForm
    page_title = "Importer un livre de codes"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("indicateurs.add_indicateur"):
            return interdit()
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        contenu = form.cleaned_data["fichier"].read(2 * 1024 * 1024 + 1)
        try:
            bilan = importer_codebook(contenu)
        except CodebookInvalide as exc:
            form.add_error("fichier", f"{exc} Rien n'a été modifié.")
            return self.form_invalid(form)
        crees = ", ".join(bilan.crees) or "aucun"
        messages.success(
            self.request,
            f"Livre de codes importé : {len(bilan.crees)} indicateur(s) créé(s) ({crees}), "
            f"{len(bilan.reconnus)} déjà présent(s) et laissé(s) tel(s) quel(s).",
        )
        return redirect(reverse("wagtailsnippets_indicateurs_indicateur:list"))


def urls() -> list:
    """URLs of the exports (registered by wagtail_hooks_exports)."""
    return [
        path(
            "indicateurs/exports/codages.<str:format>", exporter, name="indicateurs_export_codages"
        ),
        path(
            "indicateurs/exports/importer-livre-de-codes/",
            ImportCodebookView.as_view(),
            name="indicateurs_import_qdc",
        ),
    ]
