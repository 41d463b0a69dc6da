"""« Vos mots dans les rapports »: on their link, a contributor sees and withdraws what reports use."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from collecte.models import Contribution, Invitation

from .consentements import retraits
from .donnees import _valeurs
from .models import RapportPage
from .retraits import retirer_du_rapport
from .suivi import RetraitRapport


def _usages(contributions: dict[int, Contribution]) -> dict[int, dict]:
    """Per contribution: the quotes and photos of it that a report uses, still shown."""
    retires = retraits()
    usages = {pk: {"citations": {}, "photos": {}, "rapports": set()} for pk in contributions}
    par_page = {c.page_id: pk for pk, c in contributions.items() if c.page_id}
    for rapport in RapportPage.objects.all():
        for element in rapport.corps.raw_data:
            if element.get("type") != "preuve":
                continue
            for cle in ("citations", "photos"):
                for item in _valeurs(element["value"].get(cle)):
                    pk = item.get("contribution") or par_page.get(item.get("recit"))
                    if pk not in usages or not item.get("choisie"):
                        continue
                    retire = (
                        retires.citation_retiree(item)
                        if cle == "citations"
                        else retires.photo_retiree(item)
                    )
                    if retire:
                        continue
                    ident = item.get("codage") if cle == "citations" else item.get("image")
                    usages[pk][cle].setdefault(ident, {**item, "rapports": []})["rapports"].append(
                        rapport.title
                    )
                    usages[pk]["rapports"].add(rapport.title)
    return usages


@never_cache
@require_http_methods(["GET", "POST"])
def mes_mots(request: HttpRequest, jeton: str) -> HttpResponse:
    """List the place's quotes and photos used by reports; withdraw one, or all report use."""
    invitation = Invitation.retrouver(jeton)
    if invitation is None:
        return TemplateResponse(request, "collecte/contribution/lien_invalide.html", status=404)
    contributions = {
        c.pk: c
        for c in Contribution.objects.filter(
            lieu=invitation.lieu, campagne=invitation.campagne, retiree_le__isnull=True
        ).order_by("-recue_le")
    }
    message = ""
    if request.method == "POST":
        contribution = contributions.get(_entier(request.POST.get("contribution")))
        quoi = request.POST.get("retirer")
        if contribution is None or quoi not in ("citation", "photo", "consentement"):
            message = "Cette demande n'a pas pu être comprise : rien n'a été retiré. Réessayez depuis la liste."
        else:
            retirer_du_rapport(
                contribution,
                quoi,
                codage_id=_entier(request.POST.get("codage")) if quoi == "citation" else None,
                image_id=_entier(request.POST.get("image")) if quoi == "photo" else None,
            )
            return HttpResponseRedirect(
                reverse("rapports_mes_mots", kwargs={"jeton": jeton}) + "?retrait=1"
            )
    usages = _usages(contributions)
    sans_accord = set(
        RetraitRapport.objects.filter(
            contribution__in=contributions, genre=RetraitRapport.Genre.CONSENTEMENT
        ).values_list("contribution_id", flat=True)
    )
    lignes = [
        {
            "contribution": c,
            "citations": list(usages[pk]["citations"].values()),
            "photos": list(usages[pk]["photos"].values()),
            "accord": c.consentement_rapport and pk not in sans_accord,
        }
        for pk, c in contributions.items()
    ]
    return TemplateResponse(
        request,
        "rapports/mes_mots.html",
        {
            "lieu": invitation.lieu,
            "campagne": invitation.campagne,
            "jeton": jeton,
            "lignes": lignes,
            "message": message,
            "retrait_fait": request.GET.get("retrait") == "1",
        },
        status=400 if message else 200,
    )


def _entier(valeur) -> int | None:
    try:
        return int(valeur)
    except (TypeError, ValueError):
        return None
