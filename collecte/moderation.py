"""Moderation of contributions: private photo preview, consent guard, photos at publication."""

from __future__ import annotations

import io
import logging
import secrets

from django.contrib import messages
from django.core.files.images import ImageFile
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Task, TaskState

from recits.models import RecitPage
from recits.url_publique import adresse_publique

from .models import Contribution, PhotoContribution
from .permissions import peut_effacer_contribution, peut_voir_contribution

NOM_COLLECTION = "Photos des contributions"
TAILLE_VIGNETTE = 480
logger = logging.getLogger(__name__)


def servir_photo(photo: PhotoContribution) -> FileResponse:
    """A private photo's file, never kept by a browser or proxy cache."""
    try:
        fichier = photo.fichier.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    type_mime = "image/png" if photo.fichier.name.endswith(".png") else "image/jpeg"
    reponse = FileResponse(fichier, content_type=type_mime)
    reponse["Cache-Control"] = "private, no-store"
    reponse["X-Content-Type-Options"] = "nosniff"
    return reponse


def servir_vignette(photo: PhotoContribution) -> HttpResponse:
    """A small copy (480 px) of a private photo, made on demand and never stored.

    The file is our own cleaned JPEG (collecte.photos), not an untrusted upload. For a
    stored 2000 × 1500 photo of 0.3 to 1 MB, the copy weighs 25 to 100 kB and takes about
    50 ms to make (measured on the development machine). Nothing is written, so a
    withdrawal has nothing more to erase.
    """
    from PIL import Image

    tampon = io.BytesIO()
    try:
        with photo.fichier.open("rb") as source, Image.open(source) as image:
            image.thumbnail((TAILLE_VIGNETTE, TAILLE_VIGNETTE))
            transparente = image.mode == "RGBA"  # kept as PNG by collecte.photos
            if transparente:
                image.save(tampon, "PNG")
            else:
                image.convert("RGB").save(tampon, "JPEG", quality=82)
    except FileNotFoundError as exc:
        raise Http404 from exc
    type_mime = "image/png" if transparente else "image/jpeg"
    reponse = HttpResponse(tampon.getvalue(), content_type=type_mime)
    reponse["Cache-Control"] = "private, no-store"
    reponse["X-Content-Type-Options"] = "nosniff"
    return reponse


def photo_privee(request: HttpRequest, pk: int) -> FileResponse:
    """Serve a contributed photo to those who may see its contribution and story only.

    Anybody else gets the same 404 as for a photo that does not exist (or was withdrawn),
    so looping over ids tells nothing.
    """
    photo = PhotoContribution.objects.select_related("contribution__page").filter(pk=pk).first()
    if photo is None or not peut_voir_contribution(request.user, photo.contribution):
        raise Http404
    return servir_photo(photo)


def urls_admin() -> list:
    """Admin-only URL of private photos (registered by wagtail_hooks)."""
    return [path("recits/photos/<int:pk>/", photo_privee, name="recits_photo_privee")]


class NotificationSoumission(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Wagtail's « soumise pour validation » e-mail, except for stories sent from the form.

    A contribution already sends the moderators one e-mail (`services.notifier_editeurs`,
    without title nor text); Wagtail's would be a second one, naming the story. A task
    started without a user on a contributed story is exactly that case.
    """

    def can_handle(self, instance, **kwargs) -> bool:
        depuis_le_formulaire = (
            kwargs.get("user") is None
            and isinstance(instance, TaskState)
            and Contribution.objects.filter(page_id=instance.workflow_state.object_id).exists()
        )
        return not depuis_le_formulaire and super().can_handle(instance, **kwargs)


UID_NOTIFICATION_SOUMISSION = "group_approval_task_submitted_email_notification"


def remplacer_notification_soumission() -> None:
    """Put `NotificationSoumission` in place of Wagtail's, whichever app is ready first.

    Wagtail connects its notifier in its own ready() from a module global: replacing the
    global covers an admin app readied later, reconnecting covers one readied before.
    """
    from wagtail.admin import signal_handlers
    from wagtail.signals import task_submitted

    notification = NotificationSoumission()
    signal_handlers.task_submission_email_notifier = notification
    task_submitted.disconnect(sender=TaskState, dispatch_uid=UID_NOTIFICATION_SOUMISSION)
    task_submitted.connect(notification, sender=TaskState, dispatch_uid=UID_NOTIFICATION_SOUMISSION)


def garde_consentement(page) -> str | None:
    """Why a contributed story may not go live (withdrawn, no consent): a `recits` guard."""
    if getattr(page, "source", None) != RecitPage.Source.CONTRIBUTION:
        return None
    return Contribution.refus_de_publication(page.pk)


def exiger_le_consentement(request: HttpRequest, page):
    """Explain, at the publish button, why a contributed story cannot go live.

    RecitPage.save() (through `garde_consentement`) enforces it on every path; this only
    gives the message. Registered by wagtail_hooks on ``before_publish_page``.
    """
    refus = Contribution.refus_de_publication(page.pk)
    if refus is None:
        return None
    messages.error(request, refus)
    return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def approbation_refusee(page) -> str | None:
    """Why approving the story's current moderation step must be refused, or None.

    Approving the last step of the workflow publishes the story; RecitPage.save() would
    then keep it a draft without a word, and Wagtail would still say « mise à jour ».
    Earlier steps (if a workflow has several) may be approved: nothing goes live.
    """
    refus = Contribution.refus_de_publication(page.pk)
    if refus is None:
        return None
    etat = page.current_workflow_state
    if etat is None or etat.current_task_state is None:
        return None
    reste = (
        Task.objects.filter(workflow_tasks__workflow=etat.workflow, active=True)
        .exclude(task_states__in=etat.successful_task_states)
        .exclude(pk=etat.current_task_state.task_id)
    )
    if reste.exists():
        return None
    return f"{refus} Rien n'a été approuvé : approuver cette étape publierait le récit."


def refuser_approbation_dans_l_editeur(request: HttpRequest, page):
    """« Approuver et publier » in the story editor: explain the refusal, approve nothing.

    Registered on ``before_edit_page`` (it runs before the form is handled).
    """
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    if request.POST.get("workflow-action-name") != "approve":
        return None
    raison = approbation_refusee(page)
    if raison is None:
        return None
    messages.error(request, raison)
    return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def refuser_publication_groupee(request: HttpRequest, action: str, objets, vue):
    """Bulk « Publier »: publish nothing when a selected story may not go live, and say why.

    Registered on ``before_bulk_action``; without it the refused stories would stay drafts
    under a message that counts them as published.
    """
    if action != "publish":
        return None
    ids = [objet.pk for objet in objets if isinstance(objet, Page)]
    refus = []
    for contribution in Contribution.objects.filter(page_id__in=ids).select_related("page"):
        raison = Contribution.refus_de_publication(contribution.page_id)
        if raison:
            refus.append(f"« {contribution.page.title} » : {raison}")
    if not refus:
        return None
    messages.error(
        request,
        "Rien n'a été publié. Retirez de la sélection les récits qui ne peuvent pas l'être — "
        + " ".join(refus),
    )
    return HttpResponseRedirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))


def effacer_plutot_que_supprimer(request: HttpRequest, page):
    """Send the admin's « Delete » of a contributed story to the erasure page.

    Deleting such a story erases the contribution too (collecte.effacement): the erasure
    page says what goes and what stays. Registered on ``before_delete_page``.
    """
    contribution = Contribution.objects.filter(page_id=page.pk, effacee_le__isnull=True).first()
    if contribution is None:
        return None
    if not peut_effacer_contribution(request.user):
        messages.error(
            request,
            "Ce récit vient d'une contribution : le supprimer efface aussi tout ce que la "
            "personne a envoyé. Demandez-le à une personne de la modération.",
        )
        return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return HttpResponseRedirect(reverse("collecte_contributions:effacer", args=[contribution.pk]))


def refuser_suppression_groupee(request: HttpRequest, action: str, objets, vue):
    """Bulk deletion erases the contributions under the pages: only with the right to erase.

    Registered on ``before_bulk_action``; the erasure itself runs from `pre_delete`.
    """
    if action != "delete" or peut_effacer_contribution(request.user):
        return None
    chemins = [objet.path for objet in objets if isinstance(objet, Page)]
    if not chemins:
        return None
    sous_arbres = Q()
    for chemin in chemins:
        sous_arbres |= Q(page__path__startswith=chemin)
    if not Contribution.objects.filter(sous_arbres, effacee_le__isnull=True).exists():
        return None
    messages.error(
        request,
        "Rien n'a été supprimé : ces pages comptent des récits venus de contributions, et "
        "les supprimer effacerait ce que les personnes ont envoyé. Demandez-le à une "
        "personne de la modération.",
    )
    return HttpResponseRedirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))


def _collection() -> Collection:
    collection = Collection.objects.filter(name=NOM_COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=NOM_COLLECTION)
    return collection


def publier_photos(page) -> int:
    """Move a contributed story's photos into the image library when it is published.

    Until then they stay in private storage; here they become Wagtail images (with their
    alt text and caption). The first becomes the main photo (unless the editors chose
    one) and the others are added to the end of the body, so no photo shows twice. A new
    revision is published, which finds nothing left to move.
    """
    contribution = Contribution.objects.filter(page_id=page.pk, retiree_le__isnull=True).first()
    if contribution is None or not contribution.consentement_site:
        return 0
    attente = list(contribution.photos.filter(image__isnull=True).order_by("ordre"))
    if not attente:
        return 0
    Image = get_image_model()
    collection = _collection()
    blocs: list[dict] = []
    with transaction.atomic():
        for photo in attente:
            with photo.fichier.open("rb") as source:
                contenu = source.read()
            image = Image(
                title=(photo.legende or contribution.titre)[:250],
                description=photo.description,
                collection=collection,
                file=ImageFile(io.BytesIO(contenu), name=f"{secrets.token_hex(12)}.jpg"),
            )
            image.save()
            photo.image = image
            photo.save(update_fields=["image"])
            blocs.append(
                {
                    "image": {
                        "image": image.pk,
                        "decorative": False,
                        "alt_text": photo.description,
                    },
                    "legende": photo.legende,
                }
            )
        page = page.specific.__class__.objects.get(pk=page.pk)
        if not page.image_id:
            # The first photo leads the page; the body shows the others, never it again.
            page.image_id = blocs.pop(0)["image"]["image"]
        brut = list(page.corps.raw_data)
        if len(blocs) == 1:
            brut.append({"type": "image", "value": blocs[0]})
        elif blocs:
            brut.append({"type": "galerie", "value": {"titre": "", "photos": blocs}})
        page.corps = brut
        revision = page.save_revision(log_action=False)
        revision.publish(log_action=False)
    return len(attente)


def annoncer_publication(page) -> bool:
    """Tell the contributor, once, that their story is online (if they left an e-mail)."""
    contribution = (
        Contribution.objects.filter(
            page_id=page.pk, retiree_le__isnull=True, publication_annoncee_le__isnull=True
        )
        .exclude(email="")
        .first()
    )
    if contribution is None or not page.live:
        return False
    adresse = adresse_publique() + page.url
    send_mail(
        "[Récits vivants] Votre récit est publié",
        (
            f"Bonjour,\n\nVotre récit « {contribution.titre} » est maintenant publié sur "
            f"Récits vivants :\n{adresse}\n\nMerci de l'avoir partagé. Vous pouvez le retirer "
            "à tout moment depuis le lien personnel de votre lieu.\n"
        ),
        None,
        [contribution.email],
    )
    contribution.publication_annoncee_le = timezone.now()
    contribution.save(update_fields=["publication_annoncee_le"])
    return True


def au_moment_de_publier(sender, instance, **kwargs) -> None:
    """page_published receiver: bring the photos into the library, tell the contributor."""
    if isinstance(instance, RecitPage) and instance.source == RecitPage.Source.CONTRIBUTION:
        publier_photos(instance)
        try:
            annoncer_publication(RecitPage.objects.get(pk=instance.pk))
        except Exception:  # an e-mail failure must not undo a publication
            logger.exception("Annonce de publication impossible")
