"""Admin login throttling: five wrong passwords lock the account from that address a while."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.utils import timezone

pytestmark = pytest.mark.django_db

CONNEXION = "/admin/login/"


@pytest.fixture
def editrice(django_user_model):
    return django_user_model.objects.create_user(
        "editrice", "editrice@exemple.fr", "le-bon-mot-de-passe", is_staff=True, is_superuser=True
    )


def essayer(client, mot_de_passe, adresse="203.0.113.7", **entetes):
    return client.post(
        CONNEXION,
        {"username": "editrice", "password": mot_de_passe},
        REMOTE_ADDR=adresse,
        **entetes,
    )


def test_cinq_erreurs_bloquent_meme_le_bon_mot_de_passe(client, editrice):
    for _ in range(4):
        reponse = essayer(client, "mauvais")
        assert reponse.status_code == 200  # Wagtail's form again, with its error
    bloquee = essayer(client, "mauvais")
    assert bloquee.status_code == 429
    bloquee = essayer(client, "le-bon-mot-de-passe")
    assert bloquee.status_code == 429
    texte = bloquee.content.decode()
    assert "Connexion bloquée pour un moment" in texte
    assert "bloquée pendant 15 minutes" in texte
    assert bloquee["Retry-After"] == "900"
    assert "_auth_user_id" not in client.session
    # Security headers on the lockout page too.
    assert bloquee["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in bloquee


def test_apres_l_attente_le_bon_mot_de_passe_passe(client, editrice):
    for _ in range(5):
        essayer(client, "mauvais")
    assert essayer(client, "le-bon-mot-de-passe").status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    reponse = essayer(client, "le-bon-mot-de-passe")
    assert reponse.status_code == 302
    assert client.session["_auth_user_id"] == str(editrice.pk)
    # A success forgets the failures.
    assert not AccessAttempt.objects.exists()


def test_une_autre_adresse_n_est_pas_bloquee(client, editrice):
    for _ in range(5):
        essayer(client, "mauvais", adresse="203.0.113.7")
    assert essayer(client, "le-bon-mot-de-passe", adresse="198.51.100.20").status_code == 302


def test_derriere_le_proxy_le_dernier_saut_compte(client, editrice, settings):
    settings.RECITS_PROXY_DE_CONFIANCE = True
    # The attacker writes a new leftmost address each time; nginx appends the real one.
    for i in range(5):
        essayer(
            client,
            "mauvais",
            adresse="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{i}, 203.0.113.7",
        )
    reponse = essayer(
        client,
        "le-bon-mot-de-passe",
        adresse="127.0.0.1",
        HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.7",
    )
    assert reponse.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.7"}
