"""The public pages in a real Chromium, on a phone and on a desktop.

Each page must show its title, fit the phone's width, load its photos, pass axe-core's
WCAG 2.1 A/AA rules and never show the draft story. Screenshots are saved in
tests/e2e/screenshots/ for a human look.
"""

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from recits.models import RecitPage
from tests.factories import ImageFactory, fichier_jpeg

from .utils import APPAREILS, ouvrir_page, verifier_axe

pytestmark = [
    pytest.mark.browser,
    # Transactions so the live server's thread sees the data; serialized rollback so that
    # Wagtail's root page and the default indicators (data migrations) survive the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BROUILLON = "Brouillon confidentiel du moulin"


def photo(nom: str, couleur: tuple[int, int, int]):
    """A landscape photo big enough to look like one in the screenshots."""
    return ImageFactory(title=nom, file=fichier_jpeg(f"{nom}.jpg", (800, 500), couleur))


@pytest.fixture
def donnees(arbre, lieu, creer_recit) -> dict:
    """A place with a photo, three published stories, and a draft that must stay hidden."""
    lieu.photo = photo("facade", (150, 110, 70))
    lieu.code_postal = "07320"
    lieu.date_ouverture = datetime.date(2021, 9, 4)
    lieu.description = (
        "<p>Racheté par la coopérative en 2020, le café a rouvert après dix ans de volets "
        "fermés. On y boit un café, on y trouve du pain et le journal.</p>"
    )
    lieu.save()
    comptoir = photo("comptoir", (90, 120, 100))
    principal = creer_recit(
        indicateurs=["lien-social", "convivialite"],
        title="Le jeudi, tout le village passe au café",
        slug="jeudi-au-cafe",
        genre=RecitPage.Genre.TEMOIGNAGE,
        image=photo("terrasse", (190, 140, 80)),
        chapo="Depuis la réouverture, le marché du jeudi se termine au comptoir.",
        corps=[
            {
                "type": "paragraphe",
                "value": "<p>Le jeudi matin, le café est plein : on s'y retrouve après le "
                "marché, on prend des nouvelles des voisins.</p>",
            },
            {
                "type": "temoignage",
                "value": {
                    "citation": "Avant, on ne se voyait qu'aux enterrements. "
                    "Maintenant on se voit au café.",
                    "nom": "Josette",
                    "role": "habitante",
                },
            },
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": comptoir.pk,
                        "decorative": False,
                        "alt_text": "Le comptoir du café",
                    },
                    "legende": "Le comptoir, un jeudi de marché.",
                },
            },
        ],
    )
    soupe = creer_recit(
        indicateurs=["lien-social"],
        title="La soupe partagée de l'hiver",
        slug="soupe-partagee",
        image=photo("soupe", (170, 90, 60)),
        date=datetime.date(2024, 1, 20),
    )
    concert = creer_recit(
        indicateurs=["convivialite"],
        title="Un concert dans la cour du café",
        slug="concert-cour",
        genre=RecitPage.Genre.TEMOIGNAGE,
        image=photo("concert", (80, 90, 140)),
        date=datetime.date(2023, 7, 2),
    )
    creer_recit(
        indicateurs=["lien-social"],
        title=BROUILLON,
        slug="brouillon-moulin",
        genre=RecitPage.Genre.TEMOIGNAGE,
        image=photo("brouillon", (60, 60, 60)),
        live=False,
    )
    return {"arbre": arbre, "lieu": lieu, "recit": principal, "soupe": soupe, "concert": concert}


# Each page: how to reach it and which h1 it must show, from the test data.
PAGES = {
    "accueil": lambda d: ("/", d["arbre"]["accueil"].accroche),
    "recits": lambda d: ("/recits/", "Les récits"),
    "recits-filtres": lambda d: ("/recits/?indicateur=lien-social", "Les récits"),
    "recit": lambda d: (d["recit"].url, "Le jeudi, tout le village passe au café"),
    "lieu": lambda d: ("/lieux/cafe-tilleuls/", "Café des Tilleuls"),
    "indicateur": lambda d: ("/indicateurs/lien-social/", "Lien social"),
    "recherche": lambda d: ("/recherche/?q=cafe", "Rechercher"),
}


# Scrolls each visible image into view (lazy loading), waits for it, then back to the top.
CHARGER_IMAGES = """async () => {
    const visibles = [...document.images].filter((img) => img.getClientRects().length > 0);
    for (const img of visibles) {
        img.scrollIntoView({block: "center"});
        if (!img.complete) {
            await Promise.race([
                new Promise((fin) => {
                    img.addEventListener("load", fin, {once: true});
                    img.addEventListener("error", fin, {once: true});
                }),
                new Promise((fin) => setTimeout(fin, 5000)),
            ]);
        }
    }
    window.scrollTo(0, 0);
    return visibles.map((img) => ({src: img.currentSrc || img.src, largeur: img.naturalWidth}));
}"""


def verifier_images(page: Page) -> int:
    """Every visible image is loaded and decoded (naturalWidth > 0); returns how many."""
    images = page.evaluate(CHARGER_IMAGES)
    cassees = [image["src"] for image in images if image["largeur"] == 0]
    assert not cassees, f"images non chargées : {cassees}"
    return len(images)


@pytest.mark.parametrize("appareil", list(APPAREILS))
@pytest.mark.parametrize("nom_page", list(PAGES))
def test_page_publique(nom_page, appareil, donnees, live_server, new_context, dossier_captures):
    url, titre = PAGES[nom_page](donnees)
    page = new_context(**APPAREILS[appareil]).new_page()

    largeurs = ouvrir_page(page, live_server.url + url, titre, BROUILLON)
    # A phone browser zooms out on content that overflows: the window must stay 390 px.
    assert largeurs["fenetre"] == APPAREILS[appareil]["viewport"]["width"], largeurs

    assert verifier_images(page) > 0, "aucune photo visible"
    page.screenshot(path=dossier_captures / f"{nom_page}-{appareil}.png", full_page=True)
    verifier_axe(page)


def test_lien_d_evitement_au_clavier(donnees, live_server, new_context):
    page = new_context(**APPAREILS["ordinateur"]).new_page()
    page.goto(live_server.url + "/recits/")

    page.keyboard.press("Tab")
    lien = page.locator("a.lien-evitement")
    expect(lien).to_be_focused()
    expect(lien).to_have_text("Aller au contenu")
    expect(lien).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page.locator("main#contenu")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.querySelector('main').contains(document.activeElement)")


@pytest.mark.parametrize("appareil", list(APPAREILS))
def test_retirer_un_filtre(appareil, donnees, live_server, new_context):
    page = new_context(**APPAREILS[appareil]).new_page()
    page.goto(live_server.url + "/recits/")
    cartes = page.locator(".grille .carte__titre")
    expect(cartes).to_have_count(3)

    # The form is folded on the list (stories first on a phone): open it.
    page.locator("details.filtres > summary").click()
    page.get_by_label("Indicateur", exact=True).select_option("lien-social")
    page.get_by_label("Genre", exact=True).select_option("temoignage")
    page.get_by_role("button", name="Filtrer").click()

    expect(page).to_have_url(re.compile(r"indicateur=lien-social.*genre=temoignage"))
    puces = page.locator("a.filtre-actif")
    expect(puces).to_have_count(2)
    expect(puces.nth(0)).to_contain_text("Indicateur : Lien social")
    expect(puces.nth(1)).to_contain_text("Genre : Témoignage")
    expect(page.locator(".compte")).to_have_text("1 récit")
    expect(cartes).to_have_text(["Le jeudi, tout le village passe au café"])

    page.get_by_role("link", name="Retirer le filtre Indicateur : Lien social").get_by_text(
        "×"
    ).click()

    expect(page).to_have_url(re.compile(r"/recits/\?genre=temoignage$"))
    expect(puces).to_have_count(1)
    expect(puces).to_contain_text("Genre : Témoignage")
    expect(page.locator(".compte")).to_have_text("2 récits")
    expect(cartes).to_have_text(
        ["Le jeudi, tout le village passe au café", "Un concert dans la cour du café"]
    )
    expect(page.get_by_label("Genre", exact=True)).to_have_value("temoignage")
    expect(page.get_by_label("Indicateur", exact=True)).to_have_value("")


def test_filtres_ouverts_sur_telephone(donnees, arbre, live_server, new_context):
    """Open on a phone, the filter panel stays within the screen, long place names included;
    a filter value that is not understood is explained where the person looks first."""
    from tests.factories import LieuPageFactory

    LieuPageFactory(
        parent=arbre["lieux"],
        title="Boulangerie du Vieux Four",
        slug="boulangerie-vieux-four",
        commune="Saint-Auban-sur-Roubion-les-Deux-Fontaines",
    )
    page = new_context(**APPAREILS["telephone"]).new_page()
    page.goto(live_server.url + "/recits/")
    page.locator("details.filtres > summary").click()
    liste = page.get_by_label("Lieu", exact=True)
    expect(liste).to_be_visible()
    cadre, panneau = liste.bounding_box(), page.locator("details.filtres").bounding_box()
    assert cadre["x"] + cadre["width"] <= panneau["x"] + panneau["width"] <= 390, (cadre, panneau)

    page.goto(live_server.url + "/recits/?annee=abc&lieu=nimportequoi")
    alerte = page.get_by_role("alert")
    expect(alerte).to_contain_text("Le filtre « Année » ne connaît pas la valeur « abc »")
    expect(alerte).to_be_in_viewport()
    # Above the (opened) panel, not under it.
    assert alerte.bounding_box()["y"] < page.locator("details.filtres").bounding_box()["y"]
