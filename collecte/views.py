"""The contributor's side: the form behind a personal link, what was sent, withdrawal.

A link works for sending until it expires (the campaign's end); after that, and for as
long as it is not revoked, it still shows what the place sent and lets them withdraw it.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from indicateurs.models import Indicateur
from recits.adresses import adresse_client

from .formulaires import MESSAGES, ContributionForm, photo_formset_class
from .limites import MESSAGE_LIMITE, LimiteAtteinte, limite_deja_atteinte
from .models import Contribution, Invitation, PhotoContribution
from .moderation import servir_vignette
from .requetes import refus_envoi
from .services import PhotoRecue, enregistrer_contribution, retirer_contribution

MAX_CHAMPS = 80
PHOTOS_EN_PARALLELE = 2


def _page_lien_invalide(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "collecte/contribution/lien_invalide.html", status=404)


def _contributions_du_lieu(invitation: Invitation):
    return (
        Contribution.objects.filter(lieu=invitation.lieu, campagne=invitation.campagne)
        .avec_statut()
        .order_by("-recue_le")
    )


def _nettoyer_photos(formset) -> list[PhotoRecue]:
    """Clean every photo (two at a time: the decoders release the GIL); name refused ones."""
    from .photos import PhotoRefusee, nettoyer_photo

    envoyees = formset.photos_envoyees()

    def nettoyer(element):
        index, donnees = element
        try:
            return index, donnees, nettoyer_photo(donnees["fichier"], nom=donnees["fichier"].name)
        except PhotoRefusee as refus:
            return index, donnees, refus

    with ThreadPoolExecutor(max_workers=PHOTOS_EN_PARALLELE) as executeur:
        resultats = list(executeur.map(nettoyer, envoyees))
    recues = []
    for index, donnees, resultat in resultats:
        if isinstance(resultat, Exception):
            formset.forms[index].add_error("fichier", str(resultat))
            continue
        recues.append(
            PhotoRecue(
                contenu=resultat,
                legende=donnees.get("legende", "").strip(),
                description=donnees.get("description", "").strip(),
                reconnaissable=donnees.get("reconnaissable", ""),
            )
        )
    return recues


@never_cache
@require_http_methods(["GET", "POST"])
def contribuer(request: HttpRequest, jeton: str) -> HttpResponse:
    """Show the form behind a personal link and store what is sent, whole or not at all."""
    from .photos import taille_lisible  # Pillow is loaded by the first form, not at import

    # Bodies too heavy or unreadable never reach here (collecte.requetes answers first).
    invitation = Invitation.depuis_jeton(jeton)
    if invitation is None:
        # Expired (not revoked): what was sent can still be read and withdrawn.
        return _lien_ferme(request, jeton)

    Photos = photo_formset_class(settings.RECITS_PHOTOS_MAX)
    if request.method == "POST":
        donnees, fichiers = request.POST, request.FILES
        if len(donnees) + len(fichiers) > MAX_CHAMPS:
            return refus_envoi(request, "Votre envoi contient trop de champs.", 400)
        form = ContributionForm(donnees, invitation_id=invitation.pk)
        photos = Photos(donnees, fichiers, prefix="photos")
        if form.est_un_robot():
            # Say nothing to robots: they see the thank-you page, nothing is stored.
            return HttpResponseRedirect(reverse("contribuer_merci", kwargs={"jeton": jeton}))
        adresse = adresse_client(request)
        if limite_deja_atteinte(invitation.pk, adresse, str(donnees.get("cle_envoi", ""))[:64]):
            return refus_envoi(request, MESSAGE_LIMITE, 429)
        formulaire_valide = form.is_valid()
        # Photos are checked even when other fields need fixing, so that a refused photo
        # is named in the same round and not only after the person corrected the text.
        # A slot's file is checked even when its description or image-rights answer is
        # missing: « photo.jpg is not a photo » must come with those errors, not after.
        photos.is_valid()
        recues = _nettoyer_photos(photos)
        if formulaire_valide and photos.total_error_count() == 0:
            if form.cleaned_data["genre"] == Contribution.Genre.PHOTOS and not recues:
                form.add_error(None, MESSAGES["photos_aucune"])
            else:
                if not form.envoye_trop_vite():  # a robot sees the same page, nothing stored
                    try:
                        enregistrer_contribution(
                            invitation,
                            form.cleaned_data,
                            recues,
                            form.cleaned_data["cle_envoi"],
                            adresse=adresse,
                        )
                    except LimiteAtteinte as limite:
                        return refus_envoi(request, str(limite), 429)
                return HttpResponseRedirect(reverse("contribuer_merci", kwargs={"jeton": jeton}))
    else:
        invitation.noter_ouverture()
        form = ContributionForm(invitation_id=invitation.pk)
        photos = Photos(prefix="photos")

    return TemplateResponse(
        request,
        "collecte/contribution/formulaire.html",
        {
            "invitation": invitation,
            "campagne": invitation.campagne,
            "lieu": invitation.lieu,
            "form": form,
            "photos": photos,
            "contributions": _contributions_du_lieu(invitation),
            "jeton": jeton,
            "photos_a_rechoisir": bool(request.FILES) if request.method == "POST" else False,
            "messages_formulaire": MESSAGES,
            "reglages_envoi": {
                "silence_ms": settings.RECITS_ENVOI_SILENCE_SECONDES * 1000,
                "reponse_ms": settings.RECITS_ENVOI_REPONSE_SECONDES * 1000,
                "photo_max": settings.RECITS_PHOTO_TAILLE_MAX,
                "photo_max_lisible": taille_lisible(settings.RECITS_PHOTO_TAILLE_MAX),
            },
        },
    )


def _lien_ferme(request: HttpRequest, jeton: str) -> HttpResponse:
    """An expired link: what the place sent and its withdrawal, no form (or the 404 page)."""
    invitation = Invitation.retrouver(jeton)
    if invitation is None:
        return _page_lien_invalide(request)
    refuse = request.method == "POST"
    return TemplateResponse(
        request,
        "collecte/contribution/ferme.html",
        {
            "invitation": invitation,
            "campagne": invitation.campagne,
            "lieu": invitation.lieu,
            "contributions": _contributions_du_lieu(invitation),
            "jeton": jeton,
            "envoi_refuse": refuse,
            # What the person typed, to copy elsewhere: the campaign closed meanwhile.
            "texte_refuse": request.POST.get("texte", "")[:20_000] if refuse else "",
        },
        status=403 if refuse else 200,
    )


def _contribution_du_lien(jeton: str, pk: int) -> tuple[Invitation, Contribution]:
    """The link (even expired) and one contribution its place sent for its campaign, or 404."""
    invitation = Invitation.retrouver(jeton)
    if invitation is None:
        raise Http404
    contribution = (
        Contribution.objects.filter(pk=pk, lieu=invitation.lieu, campagne=invitation.campagne)
        .select_related("page")
        .first()
    )
    if contribution is None:
        raise Http404
    return invitation, contribution


@never_cache
def merci(request: HttpRequest, jeton: str) -> HttpResponse:
    """Thank the contributor and list what this place has sent, with its status."""
    invitation = Invitation.retrouver(jeton)
    if invitation is None:
        return _page_lien_invalide(request)
    return TemplateResponse(
        request,
        "collecte/contribution/merci.html",
        {
            "invitation": invitation,
            "lieu": invitation.lieu,
            "campagne": invitation.campagne,
            "lien_ouvert": invitation.est_valide(),
            "contributions": _contributions_du_lieu(invitation),
            "jeton": jeton,
        },
    )


@never_cache
def envoi(request: HttpRequest, jeton: str, pk: int) -> HttpResponse:
    """Reread one contribution exactly as sent: text, photos, consents, how to be named."""
    try:
        invitation, contribution = _contribution_du_lien(jeton, pk)
    except Http404:
        return _page_lien_invalide(request)
    indicateurs = Indicateur.objects.filter(slug__in=contribution.indicateurs_choisis or [])
    return TemplateResponse(
        request,
        "collecte/contribution/envoi.html",
        {
            "invitation": invitation,
            "lieu": invitation.lieu,
            "campagne": invitation.campagne,
            "contribution": contribution,
            "photos": list(contribution.photos.order_by("ordre")),
            "indicateurs": list(indicateurs.values_list("nom", flat=True)),
            "jeton": jeton,
        },
    )


@never_cache
def photo_envoyee(request: HttpRequest, jeton: str, pk: int, photo_pk: int) -> HttpResponse:
    """A small copy of a photo the place sent, for its own link only; gone once withdrawn."""
    _invitation, contribution = _contribution_du_lien(jeton, pk)
    photo = PhotoContribution.objects.filter(pk=photo_pk, contribution=contribution).first()
    if photo is None or contribution.retiree_le:
        raise Http404
    return servir_vignette(photo)


@never_cache
@require_http_methods(["GET", "POST"])
def retirer(request: HttpRequest, jeton: str, pk: int) -> HttpResponse:
    """Ask for confirmation, then withdraw: erased everywhere at once (collecte.effacement)."""
    try:
        invitation, contribution = _contribution_du_lien(jeton, pk)
    except Http404:
        return _page_lien_invalide(request)
    if contribution.retiree_le:
        return HttpResponseRedirect(reverse("contribuer_merci", kwargs={"jeton": jeton}))
    if request.method == "GET":
        return TemplateResponse(
            request,
            "collecte/contribution/retirer.html",
            {
                "contribution": contribution,
                "lieu": invitation.lieu,
                "campagne": invitation.campagne,
                "jeton": jeton,
            },
        )
    retirer_contribution(contribution)
    return HttpResponseRedirect(reverse("contribuer_merci", kwargs={"jeton": jeton}) + "?retrait=1")
