"""Rate limits of the public form, counted in the database (works with plain SQLite)."""

import datetime
import hashlib

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from .models import EssaiEnvoi

FENETRE = datetime.timedelta(hours=1)


def adresse_client(request: HttpRequest) -> str:
    """The client address; behind a proxy, set RECITS_PROXY_DE_CONFIANCE to read X-Forwarded-For."""
    if getattr(settings, "RECITS_PROXY_DE_CONFIANCE", False):
        transmise = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if transmise:
            return transmise.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def _cle(prefixe: str, valeur: str) -> str:
    return f"{prefixe}:{hashlib.sha256(valeur.encode()).hexdigest()[:64]}"


def depasse_la_limite(request: HttpRequest, invitation_id: int) -> bool:
    """Record an attempt and tell whether this link or this address sent too many."""
    maintenant = timezone.now()
    EssaiEnvoi.objects.filter(moment__lt=maintenant - FENETRE).delete()
    cles = {
        _cle("lien", str(invitation_id)): settings.RECITS_ENVOIS_PAR_LIEN_ET_HEURE,
        _cle("ip", adresse_client(request)): settings.RECITS_ENVOIS_PAR_ADRESSE_ET_HEURE,
    }
    trop = any(
        EssaiEnvoi.objects.filter(cle=cle, moment__gte=maintenant - FENETRE).count() >= limite
        for cle, limite in cles.items()
    )
    if not trop:
        EssaiEnvoi.objects.bulk_create(EssaiEnvoi(cle=cle, moment=maintenant) for cle in cles)
    return trop
