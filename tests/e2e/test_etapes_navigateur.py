"""With JavaScript, on a phone and a desktop: three steps, checked one by one, and a send that
survives a lost connection (retried with the same one-time key, stored once)."""

import pytest
from playwright.sync_api import expect

from collecte.formulaires import MESSAGES
from collecte.models import Contribution

from .utils import APPAREILS, ECHEC, PHOTO, verifier_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def ecrire_le_recit(page) -> None:
    """Step 1 filled as a café owner would."""
    page.fill("#id_titre", "La soupe du dimanche")
    page.fill("#id_texte", "Chaque dimanche, Louis fait la soupe pour tout le monde.")
    page.fill("#id_pourquoi", "Des gens seuls viennent manger ensemble.")


def etape_courante(page, numero: int, nom: str) -> None:
    """Only this step is shown, the indicator says so, and its heading has the focus."""
    for autre in (1, 2, 3):
        visible = expect(page.locator(f"#etape-{autre}"))
        visible.to_be_visible() if autre == numero else visible.to_be_hidden()
    expect(page.locator(".etapes li[aria-current=step]")).to_have_text(nom)
    expect(page.locator(f"#etape-{numero}-titre")).to_contain_text(f"Étape {numero} sur 3")


@pytest.mark.parametrize("appareil", ["telephone", "ordinateur"])
def test_trois_etapes_verifiees_une_a_une(
    appareil, invitation, live_server, new_context, dossier_captures
):
    page = new_context(**APPAREILS[appareil]).new_page()
    page.goto(live_server.url + invitation.chemin())
    expect(page.locator("h1")).to_have_text("Racontez-nous un moment du Café des Tilleuls")
    etape_courante(page, 1, "1. Votre récit".removeprefix("1. "))
    # What is optional is folded: the date details and the indicators.
    expect(page.locator("#id_quand")).to_be_hidden()
    expect(page.locator("#id_indicateurs_0")).to_be_hidden()
    page.screenshot(path=dossier_captures / f"etape-1-{appareil}.png", full_page=True)
    verifier_axe(page)

    # « Suivant » on an empty step: the server's words, next to each field, focus on the first.
    page.get_by_role("button", name="Suivant").click()
    expect(page.locator("#id_titre_error")).to_have_text(MESSAGES["requis"])
    expect(page.locator("#id_texte_error")).to_have_text(MESSAGES["texte"])
    expect(page.locator("#id_pourquoi_error")).to_have_count(0)  # optional: no message
    expect(page.locator("#id_titre")).to_be_focused()
    expect(page.locator("#id_titre")).to_have_attribute("aria-invalid", "true")
    etape_courante(page, 1, "Votre récit")
    page.screenshot(path=dossier_captures / f"etape-1-erreurs-{appareil}.png", full_page=True)
    verifier_axe(page)

    ecrire_le_recit(page)
    page.get_by_role("button", name="Suivant").click()
    etape_courante(page, 2, "Vos photos")
    expect(page.locator("#etape-2-titre")).to_be_focused()
    expect(page.locator("#id_titre_error")).to_have_count(0)
    # One photo shown, the five others folded.
    expect(page.locator("#id_photos-0-fichier")).to_be_visible()
    expect(page.locator("#id_photos-1-fichier")).to_be_hidden()
    page.screenshot(path=dossier_captures / f"etape-2-{appareil}.png", full_page=True)
    verifier_axe(page)

    page.set_input_files("#id_photos-0-fichier", str(PHOTO))
    etape = page.locator("#etape-2")
    etape.get_by_role("button", name="Suivant").click()
    expect(page.locator("#id_photos-0-description_error")).to_have_text(
        MESSAGES["photo_description"]
    )
    expect(page.locator("#id_photos-0-reconnaissable_error")).to_have_text(
        MESSAGES["photo_reconnaissable"]
    )
    verifier_axe(page)
    page.fill("#id_photos-0-description", "Une marmite fume sur le comptoir")
    page.check("#id_photos-0-reconnaissable_1")
    etape.get_by_role("button", name="Suivant").click()
    etape_courante(page, 3, "Accord et nom")
    expect(page.locator("#etape-3-titre")).to_be_focused()
    page.screenshot(path=dossier_captures / f"etape-3-{appareil}.png", full_page=True)
    verifier_axe(page)

    # Back to the photos: the chosen one is still there.
    page.locator("#etape-3").get_by_role("button", name="Retour").click()
    etape_courante(page, 2, "Vos photos")
    assert page.locator("#id_photos-0-fichier").evaluate("el => el.files.length") == 1
    etape.get_by_role("button", name="Suivant").click()

    page.get_by_role("button", name="Envoyer mon récit").click()
    expect(page.locator("#id_signature_error")).to_have_text(MESSAGES["requis"])
    page.check("#id_signature_0")
    page.get_by_role("button", name="Envoyer mon récit").click()
    expect(page.locator("#id_signature_nom_error")).to_have_text(MESSAGES["signature_nom"])
    verifier_axe(page)
    page.fill("#id_signature_nom", "Louis")
    page.check("#id_consentement_site")
    page.wait_for_timeout(3200)  # forms sent within three seconds are dropped as robots'
    page.get_by_role("button", name="Envoyer mon récit").click()
    expect(page.locator("h1")).to_have_text("Merci pour votre récit !", timeout=30000)
    contribution = Contribution.objects.get()
    assert (contribution.titre, contribution.signature_nom) == ("La soupe du dimanche", "Louis")
    assert contribution.photos.count() == 1


def test_les_erreurs_du_serveur_ouvrent_leur_etape(
    invitation, live_server, new_context, dossier_captures
):
    """A file named like a photo that is not one: only the server can tell, on step 2."""
    page = new_context(**APPAREILS["telephone"]).new_page()
    page.goto(live_server.url + invitation.chemin())
    page.wait_for_timeout(3200)
    ecrire_le_recit(page)
    page.get_by_role("button", name="Suivant").click()
    page.set_input_files(
        "#id_photos-0-fichier",
        files=[{"name": "soupe.jpg", "mimeType": "image/jpeg", "buffer": b"<?php echo 1; ?>"}],
    )
    page.fill("#id_photos-0-description", "Une marmite")
    page.check("#id_photos-0-reconnaissable_1")
    page.locator("#etape-2").get_by_role("button", name="Suivant").click()
    page.check("#id_signature_2")
    page.get_by_role("button", name="Envoyer mon récit").click()

    resume = page.locator(".resume-erreurs")
    expect(resume).to_contain_text("« soupe.jpg » n'est pas une photo lisible")
    expect(resume).to_be_focused()
    etape_courante(page, 2, "Vos photos")
    expect(page.locator("#id_photos-0-description")).to_have_value("Une marmite")
    expect(page.locator("#id_titre")).to_have_value("La soupe du dimanche")
    page.screenshot(path=dossier_captures / "etape-erreurs-serveur.png", full_page=True)
    verifier_axe(page)
    # The summary's link to a field of another step opens that step.
    page.locator("#etape-2").get_by_role("button", name="Retour").click()
    page.locator(".resume-erreurs a", has_text="soupe.jpg").click()
    expect(page.locator("#id_photos-0-fichier")).to_be_focused()
    etape_courante(page, 2, "Vos photos")
    assert not Contribution.objects.exists()


@pytest.mark.parametrize("appareil", ["telephone", "ordinateur"])
def test_envoi_perdu_puis_reessaye_une_seule_contribution(
    appareil, invitation, live_server, new_context, dossier_captures
):
    page = new_context(**APPAREILS[appareil]).new_page()
    envois = []

    def reseau(route):
        """1st send: no network; 2nd: the server answers 503; 3rd: goes through."""
        if route.request.method != "POST":
            route.continue_()
            return
        envois.append(route.request)
        if len(envois) == 1:
            route.abort("internetdisconnected")
        elif len(envois) == 2:
            route.fulfill(status=503, body="Service indisponible")
        else:
            route.continue_()

    page.route("**/contribuer/**", reseau)
    page.goto(live_server.url + invitation.chemin())
    ecrire_le_recit(page)
    page.get_by_role("button", name="Suivant").click()
    page.set_input_files("#id_photos-0-fichier", str(PHOTO))
    page.fill("#id_photos-0-description", "Une marmite fume sur le comptoir")
    page.check("#id_photos-0-reconnaissable_1")
    page.locator("#etape-2").get_by_role("button", name="Suivant").click()
    page.check("#id_consentement_site")
    page.check("#id_signature_2")
    page.wait_for_timeout(3200)
    page.get_by_role("button", name="Envoyer mon récit").click()

    echec = page.locator(".envoi-echec")
    expect(echec).to_have_text(ECHEC + "Réessayer l'envoi", timeout=30000)
    expect(echec).to_be_focused()
    expect(page.get_by_role("button", name="Envoyer mon récit")).to_be_enabled()
    page.screenshot(path=dossier_captures / f"envoi-echec-{appareil}.png", full_page=True)
    verifier_axe(page)
    assert not Contribution.objects.exists()
    # Nothing is lost: the text, the answers, and the chosen photo.
    etape_courante(page, 3, "Accord et nom")
    expect(page.locator("#id_consentement_site")).to_be_checked()
    expect(page.locator("#id_titre")).to_have_value("La soupe du dimanche")
    assert page.locator("#id_photos-0-fichier").evaluate("el => el.files[0].name") == PHOTO.name

    # The second try meets a server in trouble (5xx): the same message, nothing lost.
    page.get_by_role("button", name="Réessayer l'envoi").click()
    expect(echec).to_have_text(ECHEC + "Réessayer l'envoi", timeout=30000)
    expect(page.locator("#id_texte")).to_have_value(
        "Chaque dimanche, Louis fait la soupe pour tout le monde."
    )
    assert not Contribution.objects.exists()
    cle = page.locator("#id_cle_envoi").input_value()

    page.get_by_role("button", name="Réessayer l'envoi").click()
    expect(page.locator("h1")).to_have_text("Merci pour votre récit !", timeout=30000)
    assert len(envois) == 3
    contribution = Contribution.objects.get()
    # Sent with the page's one-time key: had a lost answer hidden a stored send, the
    # retry would have returned that one (tests/test_contribution.py, double send).
    assert contribution.cle_envoi == cle
    assert contribution.titre == "La soupe du dimanche"
    assert contribution.photos.count() == 1
    # The thank-you page cleared the draft.
    page.goto(live_server.url + invitation.chemin())
    expect(page.locator("#id_titre")).to_have_value("")


def test_sans_javascript_une_seule_page_qui_envoie(invitation, live_server, new_context):
    """A phone that runs no JavaScript: one page, no step buttons, sent by the browser."""
    page = new_context(**APPAREILS["telephone"], java_script_enabled=False).new_page()
    page.goto(live_server.url + invitation.chemin())
    for numero in (1, 2, 3):
        expect(page.locator(f"#etape-{numero}")).to_be_visible()
    expect(page.locator(".etapes")).to_be_hidden()
    expect(page.get_by_role("button", name="Suivant")).to_have_count(0)
    expect(page.locator("#bloc-temoignage")).to_be_visible()  # no script to fold it
    ecrire_le_recit(page)
    page.set_input_files("#id_photos-0-fichier", str(PHOTO))
    page.fill("#id_photos-0-description", "Une marmite fume sur le comptoir")
    page.check("#id_photos-0-reconnaissable_1")
    page.check("#id_signature_2")
    page.wait_for_timeout(3200)
    page.get_by_role("button", name="Envoyer mon récit").click()
    expect(page.locator("h1")).to_have_text("Merci pour votre récit !", timeout=30000)
    contribution = Contribution.objects.get()
    assert contribution.photos.count() == 1 and contribution.signature == "anonyme"
