"""A first-time visitor in a real Chromium: footer pages, the feed explained, searching cafés.

On a phone (390 × 844) and a desktop: the footer's links open the four information pages,
the feed page gives an address one button copies (and that stays usable without
JavaScript), and « cafés » lists the cafés first with a way to every place. Each page
passes axe-core's WCAG 2.1 A/AA rules; screenshots go to tests/e2e/screenshots/.
"""

import pytest
from playwright.sync_api import expect

from demo.informations import creer_pages_information
from tests.factories import InformationPageFactory, LieuPageFactory

from .utils import APPAREILS, ouvrir_page, verifier_axe

pytestmark = [
    pytest.mark.browser,
    # Transactions so the live server's thread sees the data; serialized rollback so that
    # Wagtail's root page and the default indicators (data migrations) survive the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES_PIED = {
    "La coopérative": "la-cooperative",
    "Contact": "contact",
    "Mentions légales": "mentions-legales",
    "Données personnelles": "donnees-personnelles",
}
BROUILLON = "Page d'information en brouillon"


@pytest.fixture
def donnees(arbre) -> dict:
    """The demo's four information pages, a draft one, and places that speak of cafés."""
    creer_pages_information()
    InformationPageFactory(parent=arbre["accueil"], title=BROUILLON, slug="brouillon", live=False)
    for n, titre in enumerate(["La Remise", "La Forge", "Le Comptoir", "L'Atelier", "Le Relais"]):
        LieuPageFactory(
            parent=arbre["lieux"],
            title=titre,
            slug=f"tiers-lieu-{n}",
            type_activite="tiers-lieu",
            description="<p>Un atelier partagé, et un café associatif le samedi.</p>",
        )
    for titre in ["Café de la Fontaine", "Café des Alpages"]:
        LieuPageFactory(parent=arbre["lieux"], title=titre, type_activite="cafe")
    LieuPageFactory(parent=arbre["lieux"], title="Le Bistrot de la Place", type_activite="cafe")
    return arbre


@pytest.mark.parametrize("appareil", list(APPAREILS))
def test_pied_ouvre_les_quatre_pages(appareil, donnees, live_server, new_context, dossier_captures):
    page = new_context(**APPAREILS[appareil]).new_page()
    ouvrir_page(page, live_server.url + "/", donnees["accueil"].accroche, BROUILLON)
    pied = page.locator("footer.pied")
    expect(pied.locator(".pied__liens--informations a")).to_have_text(list(PAGES_PIED))
    page.screenshot(path=dossier_captures / f"visiteur-accueil-pied-{appareil}.png", full_page=True)

    for libelle, slug in PAGES_PIED.items():
        page.goto(live_server.url + "/")
        page.locator("footer.pied").get_by_role("link", name=libelle, exact=True).click()
        expect(page).to_have_url(f"{live_server.url}/{slug}/")
        ouvrir_page(page, page.url, libelle, BROUILLON)
        expect(page.locator(".chapo")).to_be_visible()
        page.screenshot(path=dossier_captures / f"visiteur-{slug}-{appareil}.png", full_page=True)
        verifier_axe(page)


@pytest.mark.parametrize("appareil", list(APPAREILS))
def test_flux_explique_et_adresse_copiee(
    appareil, donnees, live_server, new_context, dossier_captures
):
    contexte = new_context(**APPAREILS[appareil])
    contexte.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page = contexte.new_page()
    page.goto(live_server.url + "/")
    page.locator("footer.pied").get_by_role("link", name="Suivre les récits (flux RSS)").click()
    ouvrir_page(page, page.url, "Suivre les récits avec le flux RSS", BROUILLON)
    assert page.url == f"{live_server.url}/recits/flux/a-propos/"

    adresse = f"{live_server.url}/recits/flux/"
    champ = page.get_by_label("Adresse à copier dans votre lecteur de flux")
    expect(champ).to_have_value(adresse)
    bouton = page.get_by_role("button", name="Copier l'adresse")
    expect(bouton).to_be_visible()
    bouton.click()
    expect(page.get_by_role("status")).to_have_text(
        "Adresse copiée. Collez-la dans votre lecteur de flux."
    )
    assert page.evaluate("() => navigator.clipboard.readText()") == adresse
    page.screenshot(path=dossier_captures / f"visiteur-flux-{appareil}.png", full_page=True)
    verifier_axe(page)

    # The feed itself is still XML at its address, for readers.
    reponse = page.request.get(adresse)
    assert reponse.ok and reponse.headers["content-type"].startswith("application/rss+xml")


def test_flux_sans_javascript(donnees, live_server, new_context, dossier_captures):
    page = new_context(**APPAREILS["telephone"], java_script_enabled=False).new_page()
    ouvrir_page(
        page,
        live_server.url + "/recits/flux/a-propos/",
        "Suivre les récits avec le flux RSS",
        BROUILLON,
    )
    expect(page.get_by_label("Adresse à copier dans votre lecteur de flux")).to_have_value(
        f"{live_server.url}/recits/flux/"
    )
    expect(page.get_by_role("button", name="Copier l'adresse")).to_be_hidden()
    # The field is still there to select by hand. (axe-core cannot run with JavaScript
    # off; the same page is checked with it in the test above.)
    expect(page.get_by_text("appuyez longuement dessus")).to_be_visible()
    page.screenshot(path=dossier_captures / "visiteur-flux-sans-js.png", full_page=True)


@pytest.mark.parametrize("appareil", list(APPAREILS))
def test_recherche_cafes(appareil, donnees, live_server, new_context, dossier_captures):
    page = new_context(**APPAREILS[appareil]).new_page()
    ouvrir_page(page, live_server.url + "/recherche/", "Rechercher", BROUILLON)
    page.get_by_label("Un mot, un lieu, une commune…").fill("cafés")
    page.locator("main").get_by_role("button", name="Rechercher").click()
    expect(page.locator("h1")).to_have_text("Rechercher")

    lieux = page.locator(".lieux-trouves a")
    expect(lieux).to_have_count(6)
    premiers = lieux.all_inner_texts()
    assert set(premiers[:3]) == {
        "Café de la Fontaine",
        "Café des Alpages",
        "Le Bistrot de la Place",
    }
    page.screenshot(path=dossier_captures / f"visiteur-recherche-{appareil}.png", full_page=True)
    verifier_axe(page)

    page.get_by_role("link", name="Voir les 8 lieux").click()
    expect(page.locator(".compte")).to_have_text("8 lieux trouvés pour « cafés »")
    expect(lieux).to_have_count(8)
    assert lieux.all_inner_texts()[:6] == premiers
    page.screenshot(
        path=dossier_captures / f"visiteur-recherche-lieux-{appareil}.png", full_page=True
    )
    verifier_axe(page)
    page.get_by_role("link", name="Revenir aux récits et lieux trouvés").click()
    expect(page.locator("#titre-recits-trouves")).to_be_visible()
