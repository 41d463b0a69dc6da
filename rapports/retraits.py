"""Withdrawal from the reports: a quote, a photo, all report use, or the whole story.

What is withdrawn disappears at once from every report's page and the next export (the
outputs read `RetraitRapport` through `contenu`). When a story is erased, the stored text
of its quotes is also wiped from every report and every revision, so nothing remains.
"""

from __future__ import annotations

import json
import logging

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import transaction
from wagtail.models import Revision

from collecte.models import Contribution
from collecte.services import GROUPE_MODERATION
from recits.publication import vider_caches_publics

from .donnees import _valeurs
from .models import RapportPage
from .suivi import RetraitRapport

logger = logging.getLogger(__name__)


def notifier_retrait(description: str, rapports: list[str]) -> int:
    """E-mail the editors that material was withdrawn (no quoted text: mailboxes outlive it)."""
    destinataires = list(
        get_user_model()
        .objects.filter(is_active=True, groups__name=GROUPE_MODERATION)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    if not destinataires:
        return 0
    liste = "\n".join(f"- {titre}" for titre in rapports) or "- (aucun rapport ne l'utilisait)"
    corps = (
        f"{description}\n\nRapports concernés, déjà mis à jour en ligne :\n{liste}\n\n"
        "Les prochains exports le laisseront de côté."
    )
    try:
        return send_mail(
            "[Récits vivants] Retrait d'un contenu des rapports", corps, None, destinataires
        )
    except Exception:  # a mail outage must not undo a withdrawal
        logger.exception("Notification d'un retrait impossible")
        return 0


def _corps_sans(corps: list, contribution_id: int) -> tuple[list, bool]:
    """The stream data with this contribution's quotes and photos wiped and flagged."""
    change = False
    for element in corps:
        if element.get("type") != "preuve":
            continue
        valeur = element["value"]
        for cle in ("citations", "photos"):
            items = []
            for brut in valeur.get(cle) or []:
                item = (
                    brut["value"] if isinstance(brut, dict) and brut.get("type") == "item" else brut
                )
                if item.get("contribution") == contribution_id and not item.get("retiree"):
                    for champ in ("texte", "nom", "role", "legende", "texte_alternatif", "lien"):
                        if champ in item:
                            item[champ] = ""
                    if "image" in item:
                        item["image"] = None
                    item["retiree"] = True
                    change = True
                items.append(brut)
            valeur[cle] = items
    return corps, change


def rapports_utilisant(
    contribution_id: int | None = None, recit_id: int | None = None
) -> list[RapportPage]:
    """Reports whose live or draft content quotes this contribution or story."""
    trouves = []
    for rapport in RapportPage.objects.all():
        for element in rapport.corps.raw_data:
            if element.get("type") != "preuve":
                continue
            items = _valeurs(element["value"].get("citations")) + _valeurs(
                element["value"].get("photos")
            )
            if any(
                (contribution_id and i.get("contribution") == contribution_id)
                or (recit_id and i.get("recit") == recit_id)
                for i in items
            ):
                trouves.append(rapport)
                break
    return trouves


def effacer_des_rapports(contribution_id: int) -> list[str]:
    """Wipe an erased contribution's quotes and photos from every report and revision."""
    titres = []
    with transaction.atomic():
        for rapport in RapportPage.objects.select_for_update():
            corps, change = _corps_sans(
                json.loads(json.dumps(list(rapport.corps.raw_data))), contribution_id
            )
            if change:
                RapportPage.objects.filter(pk=rapport.pk).update(corps=json.dumps(corps))
                titres.append(rapport.title)
        for revision in Revision.objects.filter(
            content_type=ContentType.objects.get_for_model(RapportPage)
        ):
            contenu = revision.content
            brut = contenu.get("corps")
            if not brut:
                continue
            corps = json.loads(brut) if isinstance(brut, str) else brut
            corps, change = _corps_sans(corps, contribution_id)
            if change:
                contenu["corps"] = json.dumps(corps) if isinstance(brut, str) else corps
                Revision.objects.filter(pk=revision.pk).update(content=contenu)
    return titres


def contribution_effacee(sender, contribution_id: int, **kwargs) -> None:
    """collecte erased a contribution (withdrawn by its place, or erased on request)."""
    RetraitRapport.objects.get_or_create(
        genre=RetraitRapport.Genre.RECIT, contribution_id=contribution_id
    )
    titres = effacer_des_rapports(contribution_id)
    vider_caches_publics()
    if titres:
        notifier_retrait(
            "Un récit cité dans un rapport a été retiré par la personne qui l'a envoyé.", titres
        )


def retirer_du_rapport(
    contribution: Contribution,
    genre: str,
    codage_id: int | None = None,
    image_id: int | None = None,
) -> RetraitRapport:
    """Record what the contributor takes back from the reports; editors are told."""
    retrait, _ = RetraitRapport.objects.get_or_create(
        genre=genre,
        contribution=contribution,
        recit_id=contribution.page_id,
        codage_id=codage_id,
        image_id=image_id,
    )
    titres = [r.title for r in rapports_utilisant(contribution.pk, contribution.page_id)]
    transaction.on_commit(vider_caches_publics)
    descriptions = {
        RetraitRapport.Genre.CITATION: "Une personne a retiré une citation de son récit des rapports.",
        RetraitRapport.Genre.PHOTO: "Une personne a retiré une photo de son récit des rapports.",
        RetraitRapport.Genre.CONSENTEMENT: "Une personne a retiré son accord pour toute citation de son récit dans les rapports.",
    }
    transaction.on_commit(lambda: notifier_retrait(descriptions.get(genre, "Retrait."), titres))
    return retrait
