"""Admin views of the indicator framework."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import Codage


@require_POST
def decider_codage(request: HttpRequest, codage_id: int) -> HttpResponse:
    """Accept or reject one of the helper's suggestions; the decision is kept for evaluation."""
    codage = get_object_or_404(
        Codage.objects.select_related("recit", "indicateur"),
        pk=codage_id,
        origine=Codage.Origine.ASSISTANT,
    )
    if not codage.recit.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    decision = request.POST.get("decision")
    veut_json = "application/json" in request.headers.get("Accept", "")
    if decision not in (Codage.Statut.ACCEPTE, Codage.Statut.REJETE):
        texte = "Décision inconnue : choisissez « Accepter » ou « Rejeter »."
        if veut_json:
            return JsonResponse({"message": texte}, status=400)
        messages.error(request, texte)
    elif codage.statut != Codage.Statut.SUGGERE:
        texte = f"La suggestion « {codage.indicateur.nom} » a déjà été traitée."
        if veut_json:
            return JsonResponse({"message": texte}, status=409)
        messages.warning(request, texte)
    else:
        codage.statut = decision
        codage.decide_par = request.user
        codage.decide_le = timezone.now()
        codage.save(update_fields=["statut", "decide_par", "decide_le"])
        verbe = "acceptée" if decision == Codage.Statut.ACCEPTE else "rejetée"
        texte = f"Suggestion « {codage.indicateur.nom} » {verbe}."
        if veut_json:
            return JsonResponse(
                {"message": texte, "statut": codage.get_statut_display(), "codage": codage.pk}
            )
        messages.success(request, texte)
    return redirect("wagtailadmin_pages:edit", codage.recit_id)
