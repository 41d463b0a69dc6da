"""Contributions become draft stories in the moderation workflow, and can be withdrawn."""

from __future__ import annotations

import logging
import re
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
from recits.texte import une_ligne

from .consentement import VERSION_CONSENTEMENT
from .limites import compter_envoi, verrouiller
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


FIN_DE_PHRASE = re.compile(r"[.!?…»](?=\s|$)")


def _couper_chapo(texte: str) -> tuple[str, str]:
    """Split an answer into a standfirst (≤ CHAPO_MAX) and what is left for the body.

    Short answers become the whole standfirst and leave nothing, so the page never says
    the same thing twice; longer ones are cut after the last full sentence that fits
    (or the last word, with « … » on both sides), and the rest keeps its paragraphs.
    """
    texte = texte.replace("\r\n", "\n").strip()
    if len(" ".join(texte.split())) <= CHAPO_MAX:
        return " ".join(texte.split()), ""
    coupure = 0
    for fin in FIN_DE_PHRASE.finditer(texte):
        if len(" ".join(texte[: fin.end()].split())) > CHAPO_MAX:
            break
        coupure = fin.end()
    if coupure:
        return " ".join(texte[:coupure].split()), texte[coupure:].strip()
    debut = " ".join(texte.split())[: CHAPO_MAX - 1].rsplit(" ", 1)[0]
    mots = len(debut.split())
    reste = texte.split(maxsplit=mots)[-1] if len(texte.split()) > mots else ""
    return debut + " …", ("… " + reste) if reste else ""


def _chapo_et_corps(donnees: dict) -> tuple[str, list[dict]]:
    """The draft's standfirst and body, each answer said once.

    The « why it matters » answer is the standfirst (it says what the story is for); when
    there is none (photo reports), the beginning of the text is. What does not fit in the
    standfirst goes to the body, in its place.
    """
    pourquoi = (donnees.get("pourquoi") or "").strip()
    texte = donnees.get("texte") or ""
    if pourquoi:
        chapo, reste_pourquoi = _couper_chapo(pourquoi)
        corps = _paragraphes(texte)
    else:
        chapo, reste_texte = _couper_chapo(texte)
        reste_pourquoi = ""
        corps = _paragraphes(reste_texte)
    if not chapo:
        # A testimony may come with its words only: they open the story then.
        chapo, _reste = _couper_chapo(donnees.get("temoin_paroles") or donnees.get("titre") or "")
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
    if reste_pourquoi:
        corps.append({"type": "paragraphe", "value": "<h3>Pourquoi ce moment compte</h3>"})
        corps.extend(_paragraphes(reste_pourquoi))
    return chapo, corps


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


def enregistrer_contribution(
    invitation: Invitation,
    donnees: dict,
    photos: list[PhotoRecue],
    cle_envoi: str,
    adresse: str | None = None,
) -> Contribution:
    """Store a submission whole or not at all, and open its draft story for moderation.

    A second submission with the same one-time key returns the first contribution, so a
    double tap or a network retry creates nothing more. With the sender's `adresse`, the
    rate limits are counted in the same transaction (raises limites.LimiteAtteinte).
    """
    existante = Contribution.objects.filter(cle_envoi=cle_envoi).first()
    if existante:
        return existante
    fichiers_ecrits: list[PhotoContribution] = []
    try:
        with transaction.atomic():
            if adresse is not None:
                limites = verrouiller(invitation.pk, adresse)
                # A double send that waited on the lock finds the first one stored.
                existante = Contribution.objects.filter(cle_envoi=cle_envoi).first()
                if existante:
                    return existante
                compter_envoi(limites)
            contribution = Contribution.objects.create(
                invitation=invitation,
                campagne=invitation.campagne,
                lieu=invitation.lieu,
                genre=donnees["genre"],
                titre=une_ligne(donnees["titre"]),
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
    chapo, corps = _chapo_et_corps(donnees)
    genre = RecitPage.Genre(contribution.genre)  # same values, editorial labels
    page = RecitPage(
        title=contribution.titre,
        slug=_slug_libre(index, contribution.titre),
        chapo=chapo,
        corps=corps,
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
    lieu = une_ligne(contribution.lieu.title)
    # No title nor text: a mailbox is out of reach of a later withdrawal or erasure.
    corps = (
        f"Une nouvelle contribution est arrivée de « {lieu} ».\n\n"
        f"Genre : {contribution.get_genre_display()}\n"
        f"Photos : {contribution.photos.count()}\n\n"
        f"Pour la relire : {lien}\n"
    )
    return send_mail(
        f"[Récits vivants] Nouvelle contribution de « {lieu} »",
        corps,
        None,
        destinataires,
    )


def retirer_contribution(contribution: Contribution) -> bool:
    """Withdraw at the contributor's request, from their link: erased at once, everywhere."""
    from .effacement import effacer_contribution

    return effacer_contribution(contribution, par=Contribution.Retrait.LIEN)
