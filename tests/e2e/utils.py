"""Helpers shared by the browser tests: the two devices and the axe-core check."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

REGLES_AXE = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
AXE = Axe()

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


def verifier_axe(page: Page) -> None:
    """No WCAG 2.1 A/AA violation according to axe-core (bundled in the wheel, offline)."""
    resultats = AXE.run(page, options=REGLES_AXE)
    if resultats.violations_count:
        print(resultats.generate_report())
    assert resultats.violations_count == 0, resultats.generate_report()
