"""/sante/: a short JSON for a load balancer, 200 or 503, never cached, no secrets."""

import json

import pytest
from django.utils import timezone

from exploitation.models import Travailleur

pytestmark = pytest.mark.django_db


def test_sante_sans_worker_reste_servable(client, settings):
    settings.RECITS_CACHE_PAGES = True
    reponse = client.get("/sante/")
    assert reponse.status_code == 200
    assert reponse["Content-Type"] == "application/json"
    assert reponse["Cache-Control"] == "no-store, max-age=0"
    corps = json.loads(reponse.content)
    assert corps["etat"] == "degrade"
    assert (corps["base"], corps["cache"], corps["stockage"]) == ("ok", "ok", "ok")
    assert corps["travailleurs"] == 0
    assert set(corps) == {"etat", "base", "cache", "stockage", "travailleurs", "duree_ms"}
    # Monitoring asks for the workers too.
    assert client.get("/sante/?complet=1").status_code == 503
    assert "X-Cache-Recits" not in client.get("/sante/")
    assert "sessionid" not in reponse.cookies


def test_sante_avec_un_worker_vivant(client):
    maintenant = timezone.now()
    Travailleur.objects.create(
        identifiant="w1", hote="m", pid=1, files="*", demarre_le=maintenant, vu_le=maintenant
    )
    corps = json.loads(client.get("/sante/?complet=1").content)
    assert (corps["etat"], corps["travailleurs"]) == ("ok", 1)


def test_sante_stockage_inutilisable(client, settings, tmp_path):
    # A media folder that is a file (a mount gone wrong): nothing could be stored there.
    dossier = tmp_path / "medias"
    dossier.write_text("pas un dossier")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(dossier)},
        },
    }
    reponse = client.get("/sante/")
    assert reponse.status_code == 503
    corps = json.loads(reponse.content)
    assert (corps["etat"], corps["stockage"]) == ("panne", "panne")
    assert str(tmp_path) not in reponse.content.decode()
