"""The coding workspace of one story: a reading page and one POST endpoint for its actions."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from recits.models import RecitPage

from ..models import DecisionCodage
from . import rendu, services
from .lecture import contexte_atelier
from .permissions import peut_coder, peut_lire, refus

MESSAGE_PERIME = (
    "La page n'était plus à jour : entre-temps, {changements}. Rien n'a été enregistré ; "
    "voici l'état actuel du récit, refaites votre choix si besoin."
)


CLE_SAISIE = "atelier_saisie"


def recit_ou_404(page_id) -> RecitPage:
    """The story whose workspace is asked for (a 404 for anything else)."""
    recit = RecitPage.objects.filter(pk=page_id).select_related("lieu").first()
    if recit is None:
        raise Http404("Ce récit n'existe pas.")
    return recit


def decrire(decision: DecisionCodage) -> str:
    """« Camille : passage codé « Lien social » », for the stale-page message."""
    qui = decision.utilisateur
    nom = (qui.get_full_name() or qui.get_username()) if qui else "l'atelier (texte modifié)"
    quoi = decision.get_action_display().lower()
    return f"{nom} : {quoi}" + (f" « {decision.indicateur.nom} »" if decision.indicateur else "")


class AtelierView(WagtailAdminTemplateMixin, TemplateView):
    """Read a story block by block, its codings highlighted, beside its three readings."""

    template_name = "indicateurs/atelier/atelier.html"
    page_title = "Atelier de codage"
    header_icon = "tag"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.recit = recit_ou_404(kwargs["page_id"])

    def dispatch(self, request, *args, **kwargs):
        if not peut_lire(request.user, self.recit):
            return refus()
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return self.recit.get_admin_display_title()

    @cached_property
    def peut_coder(self) -> bool:
        return peut_coder(self.request.user, self.recit)

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items]
        if self.peut_coder:
            items.append(
                {
                    "url": reverse("wagtailadmin_pages:edit", args=[self.recit.pk]),
                    "label": self.recit.get_admin_display_title(),
                }
            )
        items.append({"url": "", "label": self.page_title})
        return items

    @cached_property
    def header_buttons(self):
        if not self.peut_coder:
            return []
        return [
            HeaderButton(
                "Modifier le récit",
                url=reverse("wagtailadmin_pages:edit", args=[self.recit.pk]),
                icon_name="edit",
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(contexte_atelier(self.recit))
        context["saisie"] = self.request.session.pop(CLE_SAISIE, None) or {
            "passage": self.request.GET.get("passage", "")[: services.LONGUEUR_MAX_PASSAGE]
        }
        if context["saisie"].get("passage") and not context["saisie"].get("bloc"):
            # The block that holds the passage, so the form is ready to send.
            passage = context["saisie"]["passage"].strip()
            for affiche in context["blocs"]:
                if passage and passage in affiche.bloc.texte:
                    context["saisie"]["bloc"] = affiche.bloc.cle
                    break
        context["options_blocs"] = rendu.options_blocs(
            context["blocs"], context["saisie"].get("bloc", "")
        )
        context["page"] = self.recit
        context["peut_coder"] = self.peut_coder
        context["url_action"] = reverse("indicateurs_atelier_action", args=[self.recit.pk])
        formulaire = (
            rendu.Formulaire(context["url_action"], get_token(self.request), context["version"])
            if self.peut_coder
            else None
        )
        context["blocs_html"] = rendu.blocs(context["blocs"])
        context["historique_html"] = rendu.historique(context["historique"])
        context["options_phrases"] = rendu.options_phrases(context["blocs"])
        context["codages_equipe_html"] = rendu.codages(context["codages_equipe"], formulaire)
        return context


def _retour(request: HttpRequest, recit: RecitPage, ancre: str = "") -> HttpResponse:
    url = reverse("indicateurs_atelier", args=[recit.pk])
    return redirect(f"{url}#{ancre}" if ancre else url)


def _faire(request: HttpRequest, recit: RecitPage) -> services.Resultat:
    """Run the action the form asks for (every input checked by the services)."""
    donnees, qui = request.POST, request.user
    action = donnees.get("action", "")
    if action == "coder":
        phrase = donnees.get("phrase", "")
        if phrase and not (donnees.get("debut") or donnees.get("passage", "").strip()):
            try:
                cle, debut, fin = phrase.rsplit("|", 2)
            except ValueError as exc:
                raise ValidationError(
                    "Phrase choisie illisible : choisissez-en une autre."
                ) from exc
            return services.coder_passage(recit, cle, debut, fin, donnees.get("indicateur"), qui)
        return services.coder_passage(
            recit,
            donnees.get("bloc", ""),
            donnees.get("debut"),
            donnees.get("fin"),
            donnees.get("indicateur"),
            qui,
            passage=donnees.get("passage", ""),
        )
    if action == "coder_recit":
        return services.coder_recit(recit, donnees.get("indicateur"), qui)
    if action in ("accepter", "rejeter"):
        return services.decider_suggestion(recit, donnees.get("codage"), action == "accepter", qui)
    if action == "retirer":
        return services.retirer_codage(recit, donnees.get("codage"), qui)
    if action in ("citation", "citation_retiree"):
        return services.marquer_citation(
            recit, donnees.get("codage"), action == "citation", qui, donnees.get("note", "")
        )
    if action == "annuler":
        return services.annuler_derniere(recit, qui)
    if action == "reancrer":
        return services.reancrer_a_la_main(
            recit, donnees.get("codage"), donnees.get("bloc", ""), donnees.get("passage", ""), qui
        )
    raise ValidationError("Action inconnue : utilisez les boutons de l'atelier.")


@require_POST
def action_atelier(request: HttpRequest, page_id: int) -> HttpResponse:
    """Every coding action of the workspace (forms without script, fetch with it)."""
    recit = recit_ou_404(page_id)
    if not peut_coder(request.user, recit):
        return refus()
    veut_json = "application/json" in request.headers.get("Accept", "")
    ancre = request.POST.get("ancre", "")[:80]
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = None
    actuelle = services.version_codage(recit.pk)
    if version is None or version != actuelle:
        changements = [decrire(d) for d in services.decisions_depuis(recit.pk, version or 0)]
        texte = (
            MESSAGE_PERIME.format(changements=" ; ".join(changements[-8:]))
            if version is not None and changements
            else "La page n'indique pas sa version : rechargez-la avant de coder."
        )
        if veut_json:
            return JsonResponse(
                {"message": texte, "version": actuelle, "changements": changements}, status=409
            )
        messages.warning(request, texte)
        return _retour(request, recit, ancre)
    try:
        resultat = _faire(request, recit)
    except ValidationError as exc:
        texte = " ".join(exc.messages)
        # Nothing typed is lost: the form comes back filled in.
        request.session[CLE_SAISIE] = {
            champ: request.POST.get(champ, "")[: services.LONGUEUR_MAX_PASSAGE]
            for champ in ("bloc", "passage", "indicateur", "note", "codage")
        }
        if veut_json:
            return JsonResponse({"message": texte, "version": actuelle}, status=400)
        messages.error(request, texte)
        return _retour(request, recit, ancre)
    if veut_json:
        return JsonResponse(
            {
                "message": resultat.message,
                "version": services.version_codage(recit.pk),
                "codage": resultat.codage.pk if resultat.codage else None,
            }
        )
    messages.success(request, resultat.message)
    return _retour(request, recit, ancre)
