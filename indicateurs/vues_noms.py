"""Admin view of a story's person names: decide each one before the story is published."""

from __future__ import annotations

import functools

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from recits.models import RecitPage

from .models import NomPersonne
from .noms import (
    NomInvalide,
    ajouter_nom,
    decider_nom,
    initiale,
    occurrences,
    prenom_suggere,
    synchroniser_noms,
    texte_de_la_page,
)


class Interdit(Exception):
    """The user may not edit this story: answered with a plain 403, not a redirect."""


def interdit() -> HttpResponse:
    """A French 403 (Wagtail turns PermissionDenied into a redirect to the dashboard)."""
    return HttpResponseForbidden("Vous n'avez pas le droit de modifier ce récit.")


def recit_modifiable(request: HttpRequest, page_id: int) -> RecitPage:
    """The story, if this user may edit it (names are private)."""
    recit = get_object_or_404(RecitPage, pk=page_id)
    if not recit.permissions_for_user(request.user).can_edit():
        raise Interdit
    return recit


def avec_droit(vue):
    """Answer 403 when the story is not the user's to edit."""

    @functools.wraps(vue)
    def enveloppe(request, *args, **kwargs):
        try:
            return vue(request, *args, **kwargs)
        except Interdit:
            return interdit()

    return enveloppe


class NomsRecitView(WagtailAdminTemplateMixin, TemplateView):
    """Every name of a story with its occurrences in context and one form per name."""

    template_name = "indicateurs/exports/noms.html"
    page_title = "Noms de personnes"
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        try:
            self.recit = recit_modifiable(request, kwargs["page_id"])
        except Interdit:
            return interdit()
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return self.recit.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.recit.pk]),
                "label": self.recit.get_admin_display_title(),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        synchroniser_noms(self.recit.pk)
        page = self.recit.get_latest_revision_as_object()
        lieux = texte_de_la_page(page)
        noms = []
        for nom in NomPersonne.objects.filter(recit=self.recit).select_related("decide_par"):
            noms.append(
                {
                    "objet": nom,
                    "occurrences": occurrences(nom.nom, lieux),
                    "initiale": initiale(nom.nom),
                    "suggestion": prenom_suggere(nom.nom),
                    "modifiable": nom.decision
                    in (NomPersonne.Decision.A_DECIDER, NomPersonne.Decision.GARDER),
                }
            )
        context.update(
            recit=self.recit,
            noms=noms,
            a_decider=sum(1 for n in noms if n["objet"].decision == "a_decider"),
            decisions=[
                (v, label)
                for v, label in NomPersonne.Decision.choices
                if v != NomPersonne.Decision.A_DECIDER
            ],
            retour_url=reverse("wagtailadmin_pages:edit", args=[self.recit.pk]),
        )
        return context


@require_POST
@avec_droit
def ajouter(request: HttpRequest, page_id: int) -> HttpResponse:
    """Add a name the helper missed (typed, or taken from a text selection)."""
    recit = recit_modifiable(request, page_id)
    try:
        nom = ajouter_nom(recit, request.POST.get("nom", ""), request.user)
    except NomInvalide as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"« {nom.nom} » ajouté : décidez maintenant ce qu'il devient.")
    return redirect("indicateurs_noms", recit.pk)


@require_POST
@avec_droit
def decider(request: HttpRequest, page_id: int, nom_id: int) -> HttpResponse:
    """Keep, pseudonymise, shorten to an initial or remove one name, rewriting the text."""
    recit = recit_modifiable(request, page_id)
    nom = get_object_or_404(NomPersonne, pk=nom_id, recit=recit)
    decision = request.POST.get("decision", "")
    try:
        changes = decider_nom(nom, decision, request.user, request.POST.get("pseudonyme", ""))
    except NomInvalide as exc:
        messages.error(request, str(exc))
    else:
        nom.refresh_from_db()
        if nom.decision == NomPersonne.Decision.GARDER:
            messages.success(request, f"« {nom.nom} » sera publié tel quel.")
        elif changes:
            quoi = nom.remplacement or "retiré"
            messages.success(
                request,
                f"« {nom.nom} » devient « {quoi} » partout dans le récit (nouvelle révision).",
            )
        else:
            messages.warning(request, f"« {nom.nom} » n'apparaît plus dans le texte du récit.")
    return redirect("indicateurs_noms", recit.pk)
