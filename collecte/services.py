"""Contributions become draft stories in the moderation workflow, and can be withdrawn."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from indicateurs.services import enregistrer_lecture_contributeur
from recits.models import RecitIndexPage, RecitPage

from .consentement import VERSION_CONSENTEMENT
from .models import Contribution, Invitation, PhotoContribution

logger = logging.getLogger(__name__)

CHAPO_MAX = 300
GROUPE_MODERATION = "Moderators"


@dataclass(frozen=True)
class PhotoRecue:
    """A cleaned photo with what the contributor said about it."""

    contenu: object  # collecte.photos.PhotoNettoyee
    legende: str
    description: str
    reconnaissable: str


def _paragraphes(texte: str) -> list[dict]:
    """Turn typed text into paragraph blocks, escaping any HTML the person typed."""
    blocs = []
    for morceau in texte.replace("\r\n", "\n").split("\n\n"):
        morceau = morceau.strip()
        if morceau:
            html = "<p>" + escape(morceau).replace("\n", "<br/>") + "</p>"
            blocs.append({"type": "paragraphe", "value": html})
    return blocs


def _chapo(donnees: dict) -> str:
    # A testimony may come with its words only: they open the story then.
    source = (
        donnees.get("pourquoi")
        or donnees.get("texte")
        or donnees.get("temoin_paroles")
        or donnees.get("titre")
        or ""
    ).strip()
    source = " ".join(source.split())
    if len(source) <= CHAPO_MAX:
        return source
    return source[: CHAPO_MAX - 1].rsplit(" ", 1)[0] + "…"


def _slug_libre(parent: RecitIndexPage, titre: str) -> str:
    base = slugify(titre)[:70] or "recit"
    if base in {"flux"}:
        base = f"recit-{base}"
    slug, n = base, 2
    while RecitPage.objects.child_of(parent).filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _signature_page(donnees: dict) -> tuple[str, str]:
    signature = donnees["signature"]
    nom = donnees.get("signature_nom", "").strip()
    if signature == Contribution.Signature.ANONYME:
        return RecitPage.Signature.ANONYME, ""
    return signature, nom


def _corps(donnees: dict) -> list[dict]:
    corps = _paragraphes(donnees["texte"])
    if donnees.get("genre") == Contribution.Genre.TEMOIGNAGE:
        nom = ""
        if donnees.get("temoin_signature") != Contribution.Signature.ANONYME:
            nom = donnees.get("temoin_nom", "").strip()
        corps.append(
            {
                "type": "temoignage",
                "value": {
                    "citation": donnees["temoin_paroles"].strip(),
                    "nom": nom,
                    "role": donnees.get("temoin_role", ""),
                },
            }
        )
    if donnees.get("pourquoi", "").strip():
        corps.append({"type": "paragraphe", "value": "<h3>Pourquoi ce moment compte</h3>"})
        corps.extend(_paragraphes(donnees["pourquoi"]))
    return corps


def enregistrer_contribution(
    invitation: Invitation, donnees: dict, photos: list[PhotoRecue], cle_envoi: str
) -> Contribution:
    """Store a submission whole or not at all, and open its draft story for moderation.

    A second submission with the same one-time key returns the first contribution, so a
    double tap or a network retry creates nothing more.
    """
    existante = Contribution.objects.filter(cle_envoi=cle_envoi).first()
    if existante:
        return existante
    fichiers_ecrits: list[PhotoContribution] = []
    try:
        with transaction.atomic():
            contribution = Contribution.objects.create(
                invitation=invitation,
                campagne=invitation.campagne,
                lieu=invitation.lieu,
                genre=donnees["genre"],
                titre=donnees["titre"].strip(),
                texte=donnees["texte"],
                pourquoi=donnees.get("pourquoi", ""),
                quand=donnees.get("quand", ""),
                date_moment=donnees.get("date_moment"),
                temoin_paroles=donnees.get("temoin_paroles", ""),
                temoin_signature=donnees.get("temoin_signature", ""),
                temoin_nom=donnees.get("temoin_nom", ""),
                temoin_role=donnees.get("temoin_role", ""),
                temoin_age=donnees.get("temoin_age", ""),
                indicateurs_choisis=list(donnees.get("indicateurs", [])),
                consentement_site=bool(donnees.get("consentement_site")),
                consentement_rapport=bool(donnees.get("consentement_rapport")),
                consentement_presse=bool(donnees.get("consentement_presse")),
                consentement_version=VERSION_CONSENTEMENT,
                signature=donnees["signature"],
                signature_nom=donnees.get("signature_nom", ""),
                email=donnees.get("email", ""),
                cle_envoi=cle_envoi,
            )
            for ordre, photo in enumerate(photos):
                ligne = PhotoContribution(
                    contribution=contribution,
                    legende=photo.legende,
                    description=photo.description,
                    reconnaissable=photo.reconnaissable,
                    largeur=photo.contenu.largeur,
                    hauteur=photo.contenu.hauteur,
                    ordre=ordre,
                )
                fichier = photo.contenu.fichier()
                ligne.fichier.save(fichier.name, fichier, save=False)
                fichiers_ecrits.append(ligne)
                ligne.save()
            page = _creer_brouillon(contribution, donnees)
            contribution.page = page
            contribution.save(update_fields=["page"])
            enregistrer_lecture_contributeur(page, contribution.indicateurs_choisis)
            _demarrer_moderation(page)
            transaction.on_commit(lambda: _apres_envoi(contribution))
    except IntegrityError:
        _effacer_fichiers(fichiers_ecrits)
        existante = Contribution.objects.filter(cle_envoi=cle_envoi).first()
        if existante:
            return existante
        raise
    except BaseException:
        _effacer_fichiers(fichiers_ecrits)
        raise
    return contribution


def _effacer_fichiers(photos: list[PhotoContribution]) -> None:
    for photo in photos:
        if photo.fichier.name:
            photo.fichier.storage.delete(photo.fichier.name)


def _creer_brouillon(contribution: Contribution, donnees: dict) -> RecitPage:
    index = RecitIndexPage.objects.first()
    if index is None:
        raise RuntimeError("La page « Les récits » n'existe pas : lancez initialiser_site.")
    signature, nom = _signature_page(donnees)
    genre = RecitPage.Genre(contribution.genre)  # same values, editorial labels
    page = RecitPage(
        title=contribution.titre,
        slug=_slug_libre(index, contribution.titre),
        chapo=_chapo(donnees),
        corps=_corps(donnees),
        lieu=contribution.lieu,
        date=contribution.date_moment or timezone.localdate(),
        genre=genre,
        signature=signature,
        auteur_nom=nom,
        source=RecitPage.Source.CONTRIBUTION,
        live=False,
    )
    index.add_child(instance=page)
    page.save_revision(log_action=True)
    return page


def _demarrer_moderation(page: RecitPage) -> None:
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, None)


def _apres_envoi(contribution: Contribution) -> None:
    """After commit: tell the editors (the helper is queued by the page save itself)."""
    try:
        notifier_editeurs(contribution)
    except Exception:  # e-mail trouble must not lose a stored contribution
        logger.exception("Notification des éditeurs impossible")


def notifier_editeurs(contribution: Contribution) -> int:
    """E-mail the moderators that a new contribution waits in the queue (text only)."""
    destinataires = list(
        get_user_model()
        .objects.filter(is_active=True, groups__name=GROUPE_MODERATION)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    if not destinataires:
        return 0
    lien = f"{settings.WAGTAILADMIN_BASE_URL}/admin/pages/{contribution.page_id}/edit/"
    # No title nor text: a mailbox is out of reach of a later withdrawal or erasure.
    corps = (
        f"Une nouvelle contribution est arrivée de « {contribution.lieu.title} ».\n\n"
        f"Genre : {contribution.get_genre_display()}\n"
        f"Photos : {contribution.photos.count()}\n\n"
        f"Pour la relire : {lien}\n"
    )
    return send_mail(
        f"[Récits vivants] Nouvelle contribution de « {contribution.lieu.title} »",
        corps,
        None,
        destinataires,
    )


def retirer_contribution(contribution: Contribution) -> bool:
    """Withdraw at the contributor's request, from their link: erased at once, everywhere."""
    from .effacement import effacer_contribution

    return effacer_contribution(contribution, par=Contribution.Retrait.LIEN)
