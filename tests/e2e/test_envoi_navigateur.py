"""With JavaScript, on a phone: a send refused, stalled or slow keeps the form as it is, the
photos chosen, and says why in French; photos 2 to 6 kept on a retry are shown, not folded."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from collecte.models import Contribution
from tests.factories import InvitationFactory

from .utils import APPAREILS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHOTO = Path(__file__).resolve().parent.parent / "data" / "photos" / "photo_gps.jpg"
ILLISIBLE = {"name": "soupe.jpg", "mimeType": "image/jpeg", "buffer": b"<?php echo 1; ?>"}


@pytest.fixture
def invitation(arbre, lieu):
    return InvitationFactory(lieu=lieu)


def jusqu_a_l_envoi(page, photos=(str(PHOTO),)) -> None:
    """The three steps filled as a café owner would, up to « Envoyer mon récit »."""
    page.fill("#id_titre", "La soupe du dimanche")
    page.fill("#id_texte", "Chaque dimanche, Louis fait la soupe pour tout le monde.")
    page.get_by_role("button", name="Suivant").click()
    for i, photo in enumerate(photos):
        if i == 1:
            page.locator(".plus-de-photos > summary").click()
        page.set_input_files(f"#id_photos-{i}-fichier", photo)
        page.fill(f"#id_photos-{i}-description", f"Une marmite, vue {i + 1}")
        page.check(f"#id_photos-{i}-reconnaissable_1")
    page.locator("#etape-2").get_by_role("button", name="Suivant").click()
    page.check("#id_consentement_site")
    page.check("#id_signature_2")
    page.wait_for_timeout(3200)  # forms sent within three seconds are dropped as robots'


def test_les_photos_2_a_6_gardees_restent_visibles(invitation, live_server, new_context):
    """Photo 1 refused, photo 2 fine: after the server's answer photo 2 is still chosen, and
    its fold is open so that the person sees it was not lost."""
    page = new_context(**APPAREILS["telephone"]).new_page()
    page.goto(live_server.url + invitation.chemin())
    jusqu_a_l_envoi(page, photos=[ILLISIBLE, str(PHOTO)])
    page.get_by_role("button", name="Envoyer mon récit").click()
    expect(page.locator(".resume-erreurs")).to_contain_text("« soupe.jpg » n'est pas une photo")
    expect(page.locator(".plus-de-photos")).to_have_attribute("open", "")
    expect(page.locator("#id_photos-1-fichier")).to_be_visible()
    assert page.locator("#id_photos-1-fichier").evaluate("el => el.files[0].name") == PHOTO.name
    assert not Contribution.objects.exists()
