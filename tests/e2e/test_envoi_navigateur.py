"""With JavaScript, on a phone: a send refused, stalled or slow keeps the form as it is, the
photos chosen, and says why in French; photos 2 to 6 kept on a retry are shown, not folded."""

import os

import pytest
from playwright.sync_api import expect

from collecte.formulaires import MESSAGES
from collecte.models import Contribution

from .utils import APPAREILS, ECHEC, PHOTO, verifier_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ILLISIBLE = {"name": "soupe.jpg", "mimeType": "image/jpeg", "buffer": b"<?php echo 1; ?>"}


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


def premier_envoi(page, reponse) -> None:
    """The first send of the form goes to `reponse(route)`; everything else to the server."""
    envois = []

    def router(route):
        if route.request.method == "POST" and not envois:
            envois.append(route.request)
            reponse(route)
        else:
            route.continue_()

    page.route("**/contribuer/**", router)


def formulaire_intact(page) -> None:
    """Still the form, on its last step, with the text typed and the photo chosen."""
    expect(page.locator("#etape-3")).to_be_visible()
    expect(page.locator("#id_titre")).to_have_value("La soupe du dimanche")
    expect(page.get_by_role("button", name="Envoyer mon récit")).to_be_enabled()
    assert page.locator("#id_photos-0-fichier").evaluate("el => el.files[0].name") == PHOTO.name


def test_un_envoi_trop_lourd_garde_le_formulaire(
    invitation, live_server, new_context, settings, dossier_captures
):
    """413, from nginx (its English page) or from the server (its French words): said here,
    nothing replaced; the form is not swapped for a page that says « go back »."""
    page = new_context(**APPAREILS["telephone"]).new_page()
    premier_envoi(
        page,
        lambda route: route.fulfill(
            status=413, body="<html><body><h1>413 Request Entity Too Large</h1>"
        ),
    )
    page.goto(live_server.url + invitation.chemin())
    jusqu_a_l_envoi(page)
    page.get_by_role("button", name="Envoyer mon récit").click()
    echec = page.locator(".envoi-echec")
    expect(echec).to_contain_text(MESSAGES["envoi_trop_lourd"])
    expect(echec).to_be_focused()
    formulaire_intact(page)

    # Sending the same again would be refused again: no retry button, the main one sends.
    expect(echec.get_by_role("button")).to_have_count(0)
    settings.RECITS_TAILLE_ENVOI_MAX = 20_000  # the photo alone is 26 kB
    page.get_by_role("button", name="Envoyer mon récit").click()
    expect(echec).to_contain_text("Votre envoi est trop lourd", timeout=30000)
    expect(echec).to_contain_text("gardez cette page ouverte")
    formulaire_intact(page)
    # The message stands apart from « Envoyer mon récit ».
    boite = echec.bounding_box()
    bouton = page.get_by_role("button", name="Envoyer mon récit").bounding_box()
    assert bouton["y"] - (boite["y"] + boite["height"]) >= 12
    page.screenshot(path=dossier_captures / "envoi-trop-lourd-telephone.png", full_page=True)
    verifier_axe(page)
    assert not Contribution.objects.exists()

    expect(echec.get_by_role("button")).to_have_count(0)
    settings.RECITS_TAILLE_ENVOI_MAX = 100 * 1024 * 1024
    page.get_by_role("button", name="Envoyer mon récit").click()
    expect(page.locator("h1")).to_have_text("Merci pour votre récit !", timeout=30000)
    assert Contribution.objects.get().photos.count() == 1


def test_un_envoi_sans_nouvelles_abandonne_puis_reussit(
    invitation, live_server, new_context, settings
):
    """A server that never answers: the send gives up after the silence, not minutes later."""
    settings.RECITS_ENVOI_SILENCE_SECONDES = 2
    settings.RECITS_ENVOI_REPONSE_SECONDES = 2
    page = new_context(**APPAREILS["telephone"]).new_page()
    premier_envoi(page, lambda route: None)  # held: no answer ever comes
    page.goto(live_server.url + invitation.chemin())
    jusqu_a_l_envoi(page)
    page.get_by_role("button", name="Envoyer mon récit").click()
    expect(page.locator(".envoi-echec")).to_have_text(ECHEC + "Réessayer l'envoi", timeout=10000)
    formulaire_intact(page)
    page.get_by_role("button", name="Réessayer l'envoi").click()
    expect(page.locator("h1")).to_have_text("Merci pour votre récit !", timeout=30000)
    assert Contribution.objects.count() == 1


def test_un_envoi_lent_qui_avance_n_est_pas_coupe(invitation, live_server, new_context, settings):
    """A slow line (about 5 s of upload) with a 2 s silence: it goes on while bytes move, and
    the progress is said by tens, not at every packet."""
    settings.RECITS_ENVOI_SILENCE_SECONDES = 2
    contexte = new_context(**APPAREILS["telephone"])
    page = contexte.new_page()
    page.goto(live_server.url + invitation.chemin())
    lourde = {"name": "grande.jpg", "mimeType": "image/jpeg", "buffer": os.urandom(600_000)}
    jusqu_a_l_envoi(page, photos=[lourde])
    cdp = contexte.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 50, "downloadThroughput": -1, "uploadThroughput": 120_000},
    )
    page.evaluate(
        """() => {
            window.annonces = [];
            const progres = document.querySelector(".envoi-progres");
            new MutationObserver(() => window.annonces.push(progres.textContent))
                .observe(progres, {childList: true, characterData: true, subtree: true});
        }"""
    )
    page.get_by_role("button", name="Envoyer mon récit").click()
    # Random bytes are no photo: the server says so on step 2, after the whole upload.
    expect(page.locator(".resume-erreurs")).to_contain_text(
        "« grande.jpg » n'est pas une photo lisible", timeout=60000
    )
    annonces = [a for a in page.evaluate("window.annonces") if a]
    assert any(a.startswith("Envoi des photos") for a in annonces), annonces
    for annonce in annonces:
        assert annonce in [f"Envoi des photos : {d} %" for d in range(0, 101, 10)] + [
            "Photos envoyées, enregistrement en cours…"
        ], annonces
    assert not Contribution.objects.exists()


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


def test_une_photo_trop_grande_est_dite_avant_l_envoi(
    invitation, live_server, new_context, settings
):
    """Too large for the server: said on step 2 in its words, before minutes of upload."""
    settings.RECITS_PHOTO_TAILLE_MAX = 10 * 1024  # the photo is 26 kB
    page = new_context(**APPAREILS["telephone"]).new_page()
    envois = []
    page.on("request", lambda requete: requete.method == "POST" and envois.append(requete))
    page.goto(live_server.url + invitation.chemin())
    page.fill("#id_titre", "La soupe du dimanche")
    page.fill("#id_texte", "Chaque dimanche, Louis fait la soupe pour tout le monde.")
    page.get_by_role("button", name="Suivant").click()
    page.set_input_files("#id_photos-0-fichier", str(PHOTO))
    page.fill("#id_photos-0-description", "Une marmite")
    page.check("#id_photos-0-reconnaissable_1")
    page.locator("#etape-2").get_by_role("button", name="Suivant").click()
    erreur = page.locator("#id_photos-0-fichier_error")
    expect(erreur).to_have_text(MESSAGES["photo_trop_grande"].format(nom=PHOTO.name, max="10 Ko"))
    expect(page.locator("#id_photos-0-fichier")).to_be_focused()
    expect(page.locator("#etape-2")).to_be_visible()
    assert not envois
