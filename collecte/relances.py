"""Reminders: e-mail its personal link to each invited place that has sent nothing yet.

Plain-text e-mails only (no HTML part, so nothing typed can become markup). What is recorded
is the number of e-mails sent, in the campaign's history; never addresses nor links.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field

from django.core.mail import get_connection, send_mail
from django.db.models import Exists, OuterRef
from django.utils import formats, timezone, translation
from wagtail.log_actions import log

from recits.texte import une_ligne

from .exports import lien_absolu
from .models import Campagne, Contribution, Invitation

logger = logging.getLogger(__name__)

ACTION_RELANCE = "recits.relance"


def compte(nombre: int, singulier: str, pluriel: str) -> str:
    """ "1 e-mail envoyé", "3 e-mails envoyés" (in French, 0 takes the singular)."""
    return f"{nombre} {singulier if nombre < 2 else pluriel}"


@dataclass
class Relances:
    """Who gets a reminder, who cannot (no e-mail address) and whose e-mail failed."""

    a_ecrire: list[Invitation] = field(default_factory=list)
    sans_email: list[Invitation] = field(default_factory=list)
    echecs: list[Invitation] = field(default_factory=list)


def lieux_a_relancer(campagne: Campagne, maintenant: datetime.datetime | None = None) -> Relances:
    """Invited places with a working link and no contribution yet (one query)."""
    maintenant = maintenant or timezone.now()
    invitations = (
        campagne.invitations.select_related("lieu")
        .filter(revoquee_le__isnull=True)
        .exclude(Exists(Contribution.objects.filter(invitation=OuterRef("pk"))))
        .order_by("lieu__title", "pk")
    )
    relances = Relances()
    for invitation in invitations:
        invitation.campagne = campagne
        if not invitation.est_valide(maintenant):
            continue
        if invitation.lieu.contact_email:
            relances.a_ecrire.append(invitation)
        else:
            relances.sans_email.append(invitation)
    return relances


def _date_en_toutes_lettres(moment: datetime.datetime) -> str:
    with translation.override("fr"):
        return formats.date_format(timezone.localdate(moment), "j F Y")


def message_de_relance(invitation: Invitation) -> tuple[str, str]:
    """Subject and plain-text body of the reminder sent to one place."""
    campagne = invitation.campagne
    lieu = invitation.lieu
    salutation = f"Bonjour {lieu.contact_nom}," if lieu.contact_nom else "Bonjour,"
    sujet = une_ligne(f"{campagne.titre} : racontez-nous l'année de {lieu.title}")
    paragraphes = [
        salutation,
        f"Nous n'avons pas encore reçu de récit de « {lieu.title} » pour « {campagne.titre} ».",
    ]
    if campagne.introduction.strip():
        paragraphes.append(campagne.introduction.strip())
    paragraphes += [
        "Pour raconter un moment de l'année, envoyer des photos ou les mots d'un habitant, "
        "ouvrez votre lien personnel (sur téléphone ou ordinateur, sans compte ni mot de "
        f"passe) :\n{lien_absolu(invitation)}",
        f"Ce lien est valable jusqu'au {_date_en_toutes_lettres(invitation.fin_de_validite())}. "
        "Il est propre à votre lieu : ne le transmettez qu'aux personnes qui le font vivre.",
        "Merci !\nL'équipe Récits vivants",
    ]
    return sujet[:200], "\n\n".join(paragraphes) + "\n"


def relancer(
    campagne: Campagne,
    *,
    simulation: bool = False,
    utilisateur=None,
    relances: Relances | None = None,
) -> int:
    """Send the reminders and return how many were sent (or would be, in a simulation).

    An e-mail that fails does not stop the others; the failed places are added to
    ``relances.echecs`` for the caller to report.
    """
    relances = relances or lieux_a_relancer(campagne)
    if simulation:
        return len(relances.a_ecrire)
    envoyes = 0
    with get_connection() as connexion:
        for invitation in relances.a_ecrire:
            sujet, corps = message_de_relance(invitation)
            try:
                envoyes += send_mail(
                    sujet, corps, None, [invitation.lieu.contact_email], connection=connexion
                )
            except Exception:  # one bad address or SMTP hiccup must not stop the others
                logger.exception("Relance impossible pour l'invitation %s", invitation.pk)
                relances.echecs.append(invitation)
    if envoyes:
        log(
            instance=campagne,
            action=ACTION_RELANCE,
            user=utilisateur,
            data={"envois": envoyes},
        )
    return envoyes
