"""Django's own request limits on the contribution form: a French page, never a bare 400."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import encode_multipart

from collecte.models import Contribution

from .factories import InvitationFactory
from .utils import DONNEES_PHOTOS, donnees_valides, fichiers_sous

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitation(arbre, lieu):
    return InvitationFactory(lieu=lieu)


BOUNDARY = "LimitesRecits"


def photo(nom: str = "photo.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(nom, (DONNEES_PHOTOS / "photo_gps.jpg").read_bytes())


def refus_en_francais(reponse, statut: int, extrait: str) -> None:
    html = reponse.content.decode()
    assert reponse.status_code == statut
    assert "Votre envoi n'a pas pu être pris en compte" in html
    assert extrait in html
    # What the person typed is still in the previous page of their browser.
    assert "le texte que vous aviez écrit y est normalement encore" in html
    assert "Bad Request" not in html
    # The security headers, as on every page.
    assert reponse["X-Frame-Options"] == "DENY"
    assert "default-src" in reponse["Content-Security-Policy"]


def test_trop_de_fichiers(client, invitation, settings):
    donnees = donnees_valides(invitation, **{f"photos-{i}-fichier": photo() for i in range(11)})
    refus_en_francais(client.post(invitation.chemin(), donnees), 400, "Six photos au plus")
    prives = fichiers_sous(settings.PRIVATE_MEDIA_ROOT)
    # Far more file parts than Django reads: its own refusal, in French too.
    donnees = donnees_valides(invitation, **{f"f{i}": photo() for i in range(40)})
    refus_en_francais(client.post(invitation.chemin(), donnees), 400, "Six photos au plus")
    assert Contribution.objects.count() == 0
    assert fichiers_sous(settings.PRIVATE_MEDIA_ROOT) == prives


def test_un_champ_de_trois_mo(client, invitation):
    donnees = donnees_valides(invitation, texte="é" * 1_500_000)
    refus_en_francais(client.post(invitation.chemin(), donnees), 413, "20 000 caractères")
    assert Contribution.objects.count() == 0


def test_dix_mille_et_un_champs(client, invitation):
    donnees = donnees_valides(invitation, **{f"champ{i}": "x" for i in range(10_001)})
    refus_en_francais(client.post(invitation.chemin(), donnees), 400, "beaucoup plus de champs")
    assert Contribution.objects.count() == 0


def test_un_corps_annonce_trop_lourd(client, invitation, settings):
    settings.RECITS_TAILLE_ENVOI_MAX = 1000
    donnees = donnees_valides(invitation, **{"photos-0-fichier": photo()})
    refus_en_francais(client.post(invitation.chemin(), donnees), 413, "trop lourd")


def test_sept_emplacements_de_photo_nommes_dans_le_resume(client, invitation):
    donnees = donnees_valides(invitation, **{"photos-TOTAL_FORMS": "7"})
    reponse = client.post(invitation.chemin(), donnees)
    assert reponse.status_code == 200
    html = reponse.content.decode()
    assert "Il reste quelque chose à corriger" in html
    assert "Six photos au plus" in html
    assert Contribution.objects.count() == 0


def test_les_emplacements_vides_ne_comptent_pas(client, invitation):
    # A browser sends one empty file part per empty slot; two inputs per slot (camera and
    # gallery) make twelve, with one photo chosen: accepted.
    donnees = donnees_valides(
        invitation,
        **{
            "photos-0-fichier": photo(),
            "photos-0-description": "Des gens attablés",
            "photos-0-reconnaissable": "accord",
        },
    )
    corps = encode_multipart(BOUNDARY, donnees).removesuffix(f"--{BOUNDARY}--\r\n".encode())
    for i in range(12):
        corps += (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="photos-{i}-vide"; '
            'filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n'
        ).encode()
    corps += f"--{BOUNDARY}--\r\n".encode()
    reponse = client.post(
        invitation.chemin(), corps, content_type=f"multipart/form-data; boundary={BOUNDARY}"
    )
    assert reponse.status_code == 302, reponse.content.decode()[:2000]
    assert Contribution.objects.get().photos.count() == 1
