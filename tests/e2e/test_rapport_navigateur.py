"""An editor generates the report, rewrites a synthesis, publishes; a contributor takes a quote back."""

import pytest
from django.test import Client
from playwright.sync_api import expect

from tests.rapport_donnees import P1, P4, construire_collection

from .utils import APPAREILS, verifier_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_generer_publier_puis_retirer_une_citation(
    arbre, lieu, live_server, new_context, dossier_captures, django_user_model
):
    donnees = construire_collection(arbre, lieu, Client())
    rapport = donnees["rapport"]
    django_user_model.objects.create_superuser(
        "editrice", "editrice@exemple.fr", "mot-de-passe-solide"
    )
    editeur = new_context(**APPAREILS["ordinateur"]).new_page()
    editeur.goto(live_server.url + "/admin/login/")
    editeur.fill("#id_username", "editrice")
    editeur.fill("#id_password", "mot-de-passe-solide")
    editeur.locator("button[type=submit]").click()
    editeur.wait_for_url("**/admin/")

    editeur.goto(live_server.url + f"/admin/pages/{rapport.pk}/edit/")
    editeur.get_by_role("link", name="Générer les blocs de preuve").click()
    editeur.get_by_role("button", name="Générer les blocs de preuve").click()
    expect(editeur.locator("main p[role=status]")).to_contain_text("Terminée")
    editeur.screenshot(path=dossier_captures / "rapport-progression.png", full_page=True)
    editeur.get_by_role("link", name="Relire et modifier le rapport").click()

    synthese = editeur.locator("textarea[name$='-value-synthese']").nth(1)  # Lien social
    expect(synthese).to_be_visible()
    synthese.fill("Notre synthèse : le café est devenu le salon du village.")
    editeur.locator("footer [data-w-dropdown-target='toggle']").first.click()
    editeur.locator("button[name='action-publish']").click()
    expect(editeur.locator(".messages")).to_contain_text("publiée")

    visiteur = new_context(**APPAREILS["telephone"]).new_page()
    visiteur.goto(live_server.url + "/rapports/rapport-2025/")
    expect(visiteur.locator("h1")).to_have_text("Rapport 2025")
    expect(visiteur.locator("main")).to_contain_text(
        "Notre synthèse : le café est devenu le salon du village."
    )
    expect(visiteur.locator("main")).to_contain_text(P1)
    expect(visiteur.locator("main")).to_contain_text(P4)
    verifier_axe(visiteur)
    visiteur.screenshot(path=dossier_captures / "rapport-telephone.png", full_page=True)
    bureau = new_context(**APPAREILS["ordinateur"]).new_page()
    bureau.goto(live_server.url + "/rapports/rapport-2025/")
    verifier_axe(bureau)
    bureau.screenshot(path=dossier_captures / "rapport-ordinateur.png", full_page=True)

    personne = new_context(**APPAREILS["telephone"]).new_page()
    personne.goto(live_server.url + f"/contribuer/{donnees['invitation'].jeton()}/rapports/")
    expect(personne.locator("main")).to_contain_text(P4)
    verifier_axe(personne)
    personne.screenshot(path=dossier_captures / "rapport-mes-mots.png", full_page=True)
    personne.get_by_role("button", name="Retirer cette citation").first.click()
    expect(personne.get_by_role("status")).to_contain_text("C'est fait")
    expect(personne.locator("main")).not_to_contain_text(P4)

    visiteur.reload()
    expect(visiteur.locator("main")).not_to_contain_text(P4)
    expect(visiteur.locator("main")).to_contain_text("Une citation a été retirée")
