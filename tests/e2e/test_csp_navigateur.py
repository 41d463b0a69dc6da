"""The Content-Security-Policy in a real Chromium: nothing it enforces breaks a page.

Public pages and the admin (login, dashboard, a story's editor) are loaded with the
policy enforced; every `securitypolicyviolation` event is collected: there may be none
(public pages allow no inline script and no style="" attribute at all), and the indicator
colours, which come from a stylesheet, must still be painted.
"""

import pytest
from playwright.sync_api import Page

from indicateurs.models import Indicateur

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ECOUTE = """document.addEventListener('securitypolicyviolation', e => {
  (window.__violations = window.__violations || []).push(
    {directive: e.violatedDirective, mode: e.disposition, bloque: e.blockedURI});
});"""


def violations(page: Page, url: str) -> list[dict]:
    page.goto(url, wait_until="networkidle")
    return page.evaluate("window.__violations || []")


def test_la_csp_ne_bloque_rien_sur_le_site_ni_dans_l_administration(
    page: Page, live_server, creer_recit, django_user_model
):
    recit = creer_recit(indicateurs=["lien-social"], title="Le bal des pompiers")
    django_user_model.objects.create_superuser("admin", "admin@exemple.fr", "mot-de-passe-long")
    page.add_init_script(ECOUTE)
    vues = {}
    for chemin in ("/", "/recits/", recit.url, "/indicateurs/", "/indicateurs/lien-social/",
                   "/recherche/?q=bal", "/admin/login/"):  # fmt: skip
        vues[chemin] = violations(page, live_server.url + chemin)
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "mot-de-passe-long")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    for chemin in ("/admin/", f"/admin/pages/{recit.pk}/edit/", "/admin/images/"):
        vues[chemin] = violations(page, live_server.url + chemin)
        assert page.locator("main, #main").first.is_visible()

    assert {c: v for c, v in vues.items() if v} == {}

    page.goto(live_server.url + "/indicateurs/lien-social/")
    couleur = page.locator("h1.titre-indicateur").evaluate(
        "h1 => getComputedStyle(h1).getPropertyValue('--couleur').trim()"
    )
    assert couleur.lower() == Indicateur.objects.get(slug="lien-social").couleur.lower()
