"""A project holder sends a story from a phone; an editor then finds it awaiting review.

Here the form's script never arrives (a rural connection dropped it): the form is then one
page and works on its own. The three steps and the retried send are in
test_etapes_navigateur.py, with a phone that runs no JavaScript at all.
"""

import datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from collecte.models import Contribution

from .utils import APPAREILS, verifier_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHOTOS = Path(__file__).resolve().parent.parent / "data" / "photos"


@pytest.fixture
def moderatrice(django_user_model):
    utilisatrice = django_user_model.objects.create_user(
        "moderatrice", "moderation@exemple.fr", "mot-de-passe-solide", is_staff=True
    )
    utilisatrice.groups.add(Group.objects.get(name="Moderators"))
    return utilisatrice


def test_envoyer_un_recit_depuis_un_telephone(
    invitation, moderatrice, live_server, new_context, dossier_captures
):
    page = new_context(**APPAREILS["telephone"]).new_page()
    page.route("**/js/contribution.js", lambda route: route.abort())
    page.goto(live_server.url + invitation.chemin())
    expect(page.locator("h1")).to_have_text("Racontez-nous un moment du Café des Tilleuls")
    # One page: the three parts are all shown, with no step buttons.
    for numero in (1, 2, 3):
        expect(page.locator(f"#etape-{numero}")).to_be_visible()
    expect(page.locator(".etapes")).to_be_hidden()
    expect(page.get_by_role("button", name="Suivant")).to_have_count(0)
    page.screenshot(path=dossier_captures / "contribution-formulaire.png", full_page=True)
    verifier_axe(page)

    # A person reads before sending: forms sent within three seconds are dropped as robots.
    page.wait_for_timeout(3200)
    page.fill("#id_titre", "La soupe du dimanche")
    page.fill("#id_texte", "Chaque dimanche, Louis fait la soupe pour tout le monde.")
    # A file that is not a photo, named like one: refused by name, the text stays.
    page.set_input_files(
        "#id_photos-0-fichier",
        files=[{"name": "soupe.jpg", "mimeType": "image/jpeg", "buffer": b"<?php echo 1; ?>"}],
    )
    page.fill("#id_photos-0-description", "Une marmite")
    page.check("#id_photos-0-reconnaissable_1")
    page.get_by_role("button", name="Envoyer mon récit").click()
    expect(page.locator("h1")).to_have_text("Racontez-nous un moment du Café des Tilleuls")
    resume = page.locator(".resume-erreurs")
    expect(resume).to_contain_text("Il reste quelque chose à corriger")
    expect(resume).to_contain_text("« soupe.jpg » n'est pas une photo lisible")
    expect(resume).to_contain_text("choisissez-les à nouveau")
    expect(page.locator("#id_titre")).to_have_value("La soupe du dimanche")
    expect(page.locator("#id_texte")).to_have_value(
        "Chaque dimanche, Louis fait la soupe pour tout le monde."
    )
    expect(page.locator("#id_photos-0-description")).to_have_value("Une marmite")
    # Following the summary's link lands on the refused photo's field.
    page.locator(".resume-erreurs a", has_text="soupe.jpg").click()
    expect(page.locator("#id_photos-0-fichier")).to_be_focused()
    page.screenshot(path=dossier_captures / "contribution-erreurs.png", full_page=True)
    verifier_axe(page)

    page.fill("#id_pourquoi", "Des gens seuls viennent manger ensemble.")
    # « Quand ? » is a month and a year: it becomes the story's date, shown to the editor.
    annee = datetime.date.today().year - 1
    page.select_option("#id_quand_mois", "11")
    page.select_option("#id_quand_annee", str(annee))
    page.locator(".quand__plus summary").click()
    page.fill("#id_quand", "un jeudi soir")
    page.locator("details.plier", has_text="De quoi parle ce récit").locator("summary").click()
    page.check("#id_indicateurs_3")
    page.check("#id_consentement_site")
    page.check("#id_signature_0")
    page.fill("#id_signature_nom", "Louis")
    page.set_input_files("#id_photos-0-fichier", str(PHOTOS / "photo_gps.jpg"))
    page.fill("#id_photos-0-legende", "La grande marmite")
    page.fill("#id_photos-0-description", "Une marmite fume sur le comptoir")
    page.check("#id_photos-0-reconnaissable_1")
    # Photo 1 was the refused one: it is shown outside the fold, which stays closed.
    expect(page.locator(".plus-de-photos")).not_to_have_attribute("open", "")
    page.locator(".plus-de-photos > summary").click()
    page.set_input_files("#id_photos-1-fichier", str(PHOTOS / "photo_gps.heic"))
    page.fill("#id_photos-1-description", "Des bols alignés sur une table")
    page.check("#id_photos-1-reconnaissable_1")
    page.wait_for_timeout(500)
    page.get_by_role("button", name="Envoyer mon récit").click()

    expect(page.locator("h1")).to_have_text("Merci pour votre récit !")
    expect(page.locator(".liste-envois")).to_contain_text("La soupe du dimanche")
    page.screenshot(path=dossier_captures / "contribution-merci.png", full_page=True)
    verifier_axe(page)

    contribution = Contribution.objects.get()
    assert contribution.photos.count() == 2
    assert contribution.page is not None and not contribution.page.live
    assert contribution.quand == f"un jeudi soir, novembre {annee}"
    assert contribution.page.specific.date == datetime.date(annee, 11, 1)

    editeur = new_context(**APPAREILS["ordinateur"]).new_page()
    editeur.goto(live_server.url + "/admin/login/")
    editeur.fill("#id_username", "moderatrice")
    editeur.fill("#id_password", "mot-de-passe-solide")
    editeur.locator("button[type=submit]").click()
    editeur.wait_for_url("**/admin/")
    expect(editeur.locator("body")).to_contain_text("La soupe du dimanche")
    editeur.goto(live_server.url + f"/admin/pages/{contribution.page_id}/edit/")
    expect(editeur.locator(".recits-contribution")).to_contain_text(
        f"Quand, selon la personne : un jeudi soir, novembre {annee}"
    )
    editeur.screenshot(path=dossier_captures / "contribution-moderation.png", full_page=True)
    # The draft is not visible to visitors.
    visiteur = new_context(**APPAREILS["telephone"]).new_page()
    reponse = visiteur.goto(live_server.url + "/recits/la-soupe-du-dimanche/")
    assert reponse is not None and reponse.status == 404
