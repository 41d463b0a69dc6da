"""Rate limits of the public form: stored contributions per link and per client address.

What counts is what was stored, not what was tried: a form sent back with a missing
title costs nothing. The count and the new contribution are written in one transaction,
after locking one row per key (VerrouLimite), so concurrent requests queue up on the
lock instead of all reading « 9 sent » and all storing the tenth (PostgreSQL, SQLite,
one or several processes alike).
"""

from __future__ import annotations

import datetime
import hashlib

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from .models import Contribution, EssaiEnvoi, VerrouLimite

FENETRE = datetime.timedelta(hours=1)
MESSAGE_LIMITE = (
    "Beaucoup d'envois sont arrivés en peu de temps depuis ce lien ou cette connexion. "
    "Réessayez dans une heure ; rien de ce que vous avez déjà envoyé n'est perdu."
)


class LimiteAtteinte(Exception):
    """This link or this address stored as many contributions as an hour allows."""


def _cle(prefixe: str, valeur: str) -> str:
    return f"{prefixe}:{hashlib.sha256(valeur.encode()).hexdigest()[:64]}"


def _limites(invitation_id: int, adresse: str) -> dict[str, int]:
    return {
        _cle("lien", str(invitation_id)): settings.RECITS_ENVOIS_PAR_LIEN_ET_HEURE,
        _cle("ip", adresse): settings.RECITS_ENVOIS_PAR_ADRESSE_ET_HEURE,
    }


def _depasse(limites: dict[str, int], depuis: datetime.datetime) -> bool:
    return any(
        EssaiEnvoi.objects.filter(cle=cle, moment__gte=depuis).count() >= limite
        for cle, limite in limites.items()
    )


def limite_deja_atteinte(invitation_id: int, adresse: str, cle_envoi: str = "") -> bool:
    """A cheap look before the photos are cleaned; the binding count is `compter_envoi`.

    A form already stored (a double send) is never refused: it gets its first answer.
    """
    depuis = timezone.now() - FENETRE
    EssaiEnvoi.objects.filter(moment__lt=depuis).delete()
    if not _depasse(_limites(invitation_id, adresse), depuis):
        return False
    return not (cle_envoi and Contribution.objects.filter(cle_envoi=cle_envoi).exists())


def verrouiller(invitation_id: int, adresse: str) -> dict[str, int]:
    """Lock this link's and this address's rows until the storing transaction ends.

    A row purged (purger_verrous) between its creation and the lock is not returned by
    SELECT … FOR UPDATE: it is created again until every key is really held.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("Le verrou des limites se prend dans la transaction de l'envoi.")
    limites = _limites(invitation_id, adresse)
    cles = sorted(limites)  # always the same order: no deadlock between two requests
    for _essai in range(5):
        VerrouLimite.objects.bulk_create(
            [VerrouLimite(cle=cle) for cle in cles], ignore_conflicts=True
        )
        tenues = VerrouLimite.objects.select_for_update().filter(cle__in=cles).order_by("cle")
        if len(list(tenues)) == len(cles):
            return limites
    raise RuntimeError("Impossible de prendre le verrou des limites d'envoi.")


def verrous_perimes() -> QuerySet[VerrouLimite]:
    """Lock rows whose key counted no stored send within the window: nothing to guard."""
    actives = EssaiEnvoi.objects.filter(moment__gte=timezone.now() - FENETRE).values("cle")
    return VerrouLimite.objects.exclude(cle__in=actives)


def purger_verrous() -> int:
    """Delete the lock rows of keys with no send counted in the window; how many went.

    One row is left per link and per client address ever seen, so without this the table
    only grows. A key still counting sends keeps its row; rows held by a transaction right
    now are skipped (PostgreSQL), and `verrouiller` recreates any row purged under it.
    """
    EssaiEnvoi.objects.filter(moment__lt=timezone.now() - FENETRE).delete()
    with transaction.atomic():
        perimes = list(
            verrous_perimes().select_for_update(skip_locked=True).values_list("pk", flat=True)
        )
        supprimes, _detail = VerrouLimite.objects.filter(pk__in=perimes).delete()
    return supprimes


def compter_envoi(limites: dict[str, int]) -> None:
    """Count one stored contribution under the lock, or raise LimiteAtteinte.

    Rolled back with the contribution if anything fails after it: only stored
    contributions count.
    """
    maintenant = timezone.now()
    if _depasse(limites, maintenant - FENETRE):
        raise LimiteAtteinte(MESSAGE_LIMITE)
    EssaiEnvoi.objects.bulk_create(
        EssaiEnvoi(cle=cle, moment=maintenant) for cle in sorted(limites)
    )
