"""The curation screens in Chromium: « Récits à coder », the agreement dashboard, a campaign.

On a phone and on a desktop: each screen shows its figures, passes axe-core's WCAG 2.1
A/AA rules, and has no two landmarks of the same name in the project's own content
(`landmark-unique`, a best-practice rule). Screenshots go to tests/e2e/screenshots/.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from indicateurs.models import Analyse, Codage, Indicateur
from recits.models import RecitPage
from tests.factories import InvitationFactory

from .utils import APPAREILS, AXE, verifier_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def landmarks_en_double(page: Page) -> list:
    """`landmark-unique` violations inside the page's main content (the project's own)."""
    resultats = AXE.run(
        page,
        context={"include": [["main"]]},
        options={"runOnly": {"type": "rule", "values": ["landmark-unique"]}},
    )
    return resultats.response["violations"]


@pytest.fixture
def donnees(arbre, lieu, creer_recit):
    """Stories in each coding status, read by the helper, and a campaign with links."""
    lien = Indicateur.objects.get(slug="lien-social")
    mixite = Indicateur.objects.get(slug="mixite")
    for i in range(6):
        recit = creer_recit(
            title=f"Récit {i} du café",
            indicateurs=["lien-social"] if i % 3 else [],
            source=RecitPage.Source.CONTRIBUTION,
        )
        Analyse.objects.get_or_create(
            recit=recit, defaults={"empreinte": "x", "empreinte_regles": "y"}
        )
        Codage.objects.create(
            recit=recit,
            indicateur=lien if i % 2 else mixite,
            origine="assistant",
            statut=["suggere", "accepte", "rejete"][i % 3],
        )
        if i % 2:
            Codage.objects.create(recit=recit, indicateur=lien, origine="contributeur")
    InvitationFactory(lieu=lieu)
    return {}


@pytest.mark.parametrize("appareil", ["telephone", "ordinateur"])
def test_ecrans_de_curation(
    browser, live_server, donnees, django_user_model, dossier_captures, appareil
):
    django_user_model.objects.create_superuser("admin", "admin@exemple.fr", "mot-de-passe-long")
    contexte = browser.new_context(**APPAREILS[appareil])
    page = contexte.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "mot-de-passe-long")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    from collecte.models import Campagne

    ecrans = {
        "recits-a-coder": ("/admin/curation/recits-a-coder/", "Récits par état du codage"),
        "accord": ("/admin/curation/accord/", "Graphiques par indicateur"),
        "campagne": (
            f"/admin/collecte/campagnes/{Campagne.objects.get().pk}/tableau/",
            "Lieux invités",
        ),
    }
    for nom, (chemin, attendu) in ecrans.items():
        page.goto(live_server.url + chemin)
        expect(page.get_by_role("heading", name=attendu)).to_be_visible()
        page.screenshot(path=dossier_captures / f"curation-{nom}-{appareil}.png", full_page=True)
        verifier_axe(page)
        assert landmarks_en_double(page) == [], nom
    # The charts: drawn on the server, one per indicator, each bar's figure written beside it.
    page.goto(live_server.url + "/admin/curation/accord/")
    graphique = page.locator("figure.accord-graphique").nth(1)
    graphique.scroll_into_view_if_needed()
    expect(graphique.locator("svg rect")).to_have_count(4)
    expect(graphique).to_contain_text("Précision")
    page.screenshot(path=dossier_captures / f"curation-accord-graphique-{appareil}.png")
    # Printed: the charts and the table stay, the form does not.
    page.emulate_media(media="print")
    expect(page.locator("form.accord-perimetre")).to_be_hidden()
    expect(graphique.locator("svg")).to_be_visible()
    page.screenshot(path=dossier_captures / f"curation-accord-impression-{appareil}.png")
    page.emulate_media(media="screen")
    page.goto(live_server.url + "/admin/curation/recits-a-coder/?statut=en_partie")
    choisi = page.get_by_role("link", name=re.compile(r"^En partie : \d+$"))
    expect(choisi).to_have_attribute("aria-current", "true")
    contexte.close()
