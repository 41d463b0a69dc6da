"""Admin views of the indicator framework."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .atelier.permissions import peut_coder, refus
from .atelier.services import decider_suggestion
from .models import Codage


@require_POST
def decider_codage(request: HttpRequest, codage_id: int) -> HttpResponse:
    """Accept or reject one of the helper's suggestions from the story editor's panel."""
    codage = get_object_or_404(
        Codage.objects.select_related("recit", "indicateur"),
        pk=codage_id,
        origine=Codage.Origine.ASSISTANT,
    )
    recit = codage.recit.specific
    if not peut_coder(request.user, recit):
        return refus()
    decision = request.POST.get("decision")
    veut_json = "application/json" in request.headers.get("Accept", "")
    statut = 200
    if decision not in (Codage.Statut.ACCEPTE, Codage.Statut.REJETE):
        texte, niveau, statut = (
            "Décision inconnue : choisissez « Accepter » ou « Rejeter ».",
            messages.ERROR,
            400,
        )
    else:
        try:
            resultat = decider_suggestion(
                recit, codage.pk, decision == Codage.Statut.ACCEPTE, request.user
            )
        except ValidationError as exc:
            texte, niveau, statut = exc.messages[0], messages.WARNING, 409
        else:
            texte, niveau = resultat.message, messages.SUCCESS
            codage.refresh_from_db()
    if veut_json:
        return JsonResponse(
            {
                "message": texte,
                "statut": codage.get_statut_display(),
                "codage": codage.pk,
                "indicateur": codage.indicateur_id,
                "accepte": codage.statut == Codage.Statut.ACCEPTE,
            },
            status=statut,
        )
    messages.add_message(request, niveau, texte)
    return redirect("wagtailadmin_pages:edit", codage.recit_id)
