"""On a phone, a place rereads what it sent, withdraws it, and later finds its closed link."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from collecte.models import Contribution
from tests.utils import envoyer_contribution

from .utils import APPAREILS, verifier_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def envois(invitation):
    client = Client()
    gardee = envoyer_contribution(
        client,
        invitation,
        photos=[("La fête", "Des gens dansent sous les guirlandes")],
        titre="Le bal des pompiers",
    )
    a_retirer = envoyer_contribution(
        client,
        invitation,
        photos=[("Le marché", "Des étals sous les platanes"), ("", "Un cageot de pommes")],
    )
    return gardee, a_retirer


def test_relire_puis_retirer_depuis_un_telephone(
    invitation, envois, live_server, new_context, dossier_captures
):
    _gardee, a_retirer = envois
    page = new_context(**APPAREILS["telephone"]).new_page()
    page.goto(live_server.url + f"/contribuer/{invitation.jeton()}/merci/")
    page.get_by_role("link", name="Relire « Le premier marché de Noël »").click()
    expect(page.locator("h1")).to_have_text("Le premier marché de Noël")
    vignette = page.get_by_role("img", name="Des étals sous les platanes")
    expect(vignette).to_be_visible()
    # Served to this link: wait for the load (or the error) rather than racing it.
    largeur = vignette.evaluate(
        """image => image.complete ? image.naturalWidth : new Promise(fini => {
            image.addEventListener("load", () => fini(image.naturalWidth));
            image.addEventListener("error", () => fini(0));
        })"""
    )
    assert largeur > 0
    page.screenshot(path=dossier_captures / "retrait-relire.png", full_page=True)
    verifier_axe(page)

    page.get_by_role("link", name="Retirer ce récit").click()
    expect(page.locator("h1")).to_have_text("Retirer « Le premier marché de Noël » ?")
    expect(page.locator("main")).to_contain_text("Nous gardons seulement une ligne")
    page.screenshot(path=dossier_captures / "retrait-confirmer.png", full_page=True)
    verifier_axe(page)

    page.get_by_role("button", name="Oui, retirer ce récit").click()
    expect(page.locator("h1")).to_have_text("Votre récit a été retiré")
    expect(page.locator(".liste-envois")).to_contain_text("Récit effacé")
    expect(page.locator(".liste-envois")).to_contain_text("Le bal des pompiers")
    page.screenshot(path=dossier_captures / "retrait-fait.png", full_page=True)
    verifier_axe(page)
    assert Contribution.objects.get(pk=a_retirer.pk).effacee_le is not None

    ordinateur = new_context(**APPAREILS["ordinateur"]).new_page()
    ordinateur.goto(live_server.url + f"/contribuer/{invitation.jeton()}/envoi/{_gardee.pk}/")
    expect(
        ordinateur.get_by_role("img", name="Des gens dansent sous les guirlandes")
    ).to_be_visible()
    ordinateur.screenshot(path=dossier_captures / "retrait-relire-ordinateur.png", full_page=True)


def test_lien_expire_sur_un_telephone(
    invitation, envois, live_server, new_context, dossier_captures
):
    invitation.expire_le = timezone.now() - datetime.timedelta(days=1)
    invitation.save()
    page = new_context(**APPAREILS["telephone"]).new_page()
    page.goto(live_server.url + invitation.chemin())
    expect(page.locator("h1")).to_have_text(f"La collecte {invitation.campagne.annee} est close")
    expect(page.get_by_role("link", name="Retirer « Le bal des pompiers »")).to_be_visible()
    expect(page.get_by_role("button", name="Envoyer mon récit")).to_have_count(0)
    page.screenshot(path=dossier_captures / "retrait-lien-expire.png", full_page=True)
    verifier_axe(page)


def test_effacement_par_la_moderation(
    invitation, envois, live_server, new_context, dossier_captures, django_user_model
):
    moderatrice = django_user_model.objects.create_user(
        "moderatrice", "moderation@exemple.fr", "mot-de-passe-solide", is_staff=True
    )
    moderatrice.groups.add(Group.objects.get(name="Moderators"))
    gardee, _ = envois
    page = new_context(**APPAREILS["ordinateur"]).new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "moderatrice")
    page.fill("#id_password", "mot-de-passe-solide")
    page.locator("button[type=submit]").click()
    page.wait_for_url("**/admin/")
    page.goto(live_server.url + f"/admin/collecte/contributions/inspect/{gardee.pk}/")
    page.get_by_role("link", name="Effacer à la demande de la personne").click()
    expect(page.locator("main")).to_contain_text("Ce qui sera effacé")
    page.screenshot(path=dossier_captures / "effacement-confirmation.png", full_page=True)
    page.get_by_role("button", name="Oui, effacer définitivement").click()
    expect(page.locator(".messages")).to_contain_text("La contribution de « Café des Tilleuls »")
    page.screenshot(path=dossier_captures / "effacement-fait.png", full_page=True)
    assert Contribution.objects.get(pk=gardee.pk).effacee_le is not None
