"""On a phone and a desktop: required fields marked, consent boxes first, a draft that survives a reload."""

import pytest
from playwright.sync_api import expect

from tests.factories import InvitationFactory

from .utils import APPAREILS, verifier_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize("appareil", ["telephone", "ordinateur"])
def test_champs_requis_accords_et_brouillon_garde(
    appareil, arbre, lieu, live_server, new_context, dossier_captures
):
    invitation = InvitationFactory(lieu=lieu)
    contexte = new_context(**APPAREILS[appareil])
    page = contexte.new_page()
    page.goto(live_server.url + invitation.chemin())

    # Required fields say so in words, and the rule is explained once.
    expect(page.locator("#aide-requis")).to_contain_text("marqués « obligatoire »")
    expect(page.locator("label[for=id_titre]")).to_have_text("Un titre (obligatoire)")
    expect(page.locator("label[for=id_texte]")).to_contain_text("sauf pour un témoignage")
    expect(page.locator("label[for=id_email]")).not_to_contain_text("obligatoire")

    page.screenshot(path=dossier_captures / f"contribution-apres-{appareil}.png", full_page=True)
    verifier_axe(page)

    # Typed in the first step, consent given in the third.
    page.fill("#id_titre", "La soupe du dimanche")
    page.fill("#id_texte", "Chaque dimanche, Louis fait la soupe.")
    page.fill("#id_pourquoi", "On mange ensemble.")
    page.get_by_role("button", name="Suivant").click()
    page.locator("#etape-2").get_by_role("button", name="Suivant").click()
    expect(page.locator("#etape-3-titre")).to_be_focused()

    # Each consent box sits before its label, apart from the naming question.
    case = page.locator("#id_consentement_presse").bounding_box()
    libelle = page.locator("label[for=id_consentement_presse]").bounding_box()
    assert case["x"] + case["width"] <= libelle["x"]
    assert abs(case["y"] - libelle["y"]) < 20
    accords = page.locator("fieldset.accords")
    expect(accords.locator("#id_signature_0")).to_have_count(0)
    page.check("#id_consentement_site")

    # The tab reloads (or closes and reopens): nothing is lost.
    page.reload()
    expect(page.locator("#id_titre")).to_have_value("La soupe du dimanche")
    expect(page.locator("#id_texte")).to_have_value("Chaque dimanche, Louis fait la soupe.")
    expect(page.locator("#id_consentement_site")).to_be_checked()
    page.close()
    rouverte = contexte.new_page()
    rouverte.goto(live_server.url + invitation.chemin())
    expect(rouverte.locator("#id_titre")).to_have_value("La soupe du dimanche")
