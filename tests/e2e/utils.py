"""Helpers shared by the browser tests: the two devices, opening a page, the axe-core check."""

import contextlib
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as DelaiDepasse

REGLES_AXE = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
AXE = Axe()

# A real phone photo (with GPS in its EXIF), and what contribution.js says when a send fails.
PHOTO = Path(__file__).resolve().parent.parent / "data" / "photos" / "photo_gps.jpg"
ECHEC = (
    "L'envoi n'a pas abouti. Votre texte est gardé sur cet appareil ; gardez cette page "
    "ouverte pour ne pas avoir à rechoisir les photos. Vérifiez la connexion, puis réessayez."
)

APPAREILS = {
    "telephone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 2,
        "locale": "fr-FR",
    },
    "ordinateur": {"viewport": {"width": 1366, "height": 900}, "locale": "fr-FR"},
}


def ouvrir_page(page: Page, url: str, titre: str, absent: str) -> dict[str, int]:
    """Open `url` and check what every public page owes; return its and the window's widths."""
    # Status 200, a single h1 `titre`, no draft text `absent`, no sideways scroll.
    reponse = page.goto(url)
    assert reponse is not None and reponse.status == 200, url
    h1 = page.locator("h1")
    expect(h1).to_have_count(1)
    expect(h1).to_have_text(titre)
    assert absent not in page.content()
    largeurs = page.evaluate(
        "() => ({page: document.documentElement.scrollWidth, fenetre: window.innerWidth})"
    )
    assert largeurs["page"] <= largeurs["fenetre"], f"défilement horizontal : {largeurs}"
    return largeurs


def verifier_axe(page: Page) -> None:
    """No WCAG 2.1 A/AA violation according to axe-core (bundled in the wheel, offline)."""
    # Colours are judged once finite animations (a message fading in) have ended: halfway
    # through, axe reads a blend that nobody sees for long. Endless ones (spinners) are left.
    with contextlib.suppress(DelaiDepasse):
        page.wait_for_function(
            """() => document.getAnimations().every(a =>
                a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity)""",
            timeout=3000,
        )
    resultats = AXE.run(page, options=REGLES_AXE)
    if resultats.violations_count:
        print(resultats.generate_report())
    assert resultats.violations_count == 0, resultats.generate_report()
