"""An editor adds a missed name from a selection and pseudonymises it; the Codages listing."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from indicateurs.models import Analyse, Codage, Indicateur, NomPersonne
from recits.models import RecitPage

from .utils import APPAREILS, verifier_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def editrice(django_user_model):
    personne = django_user_model.objects.create_user(
        "editrice", "e@exemple.fr", "mot-de-passe-solide", is_staff=True
    )
    personne.groups.add(Group.objects.get(name="Editors"))
    personne.groups.add(Group.objects.get(name="Moderators"))
    return personne


def connecter(page, url: str) -> None:
    page.goto(url + "/admin/login/")
    page.fill("#id_username", "editrice")
    page.fill("#id_password", "mot-de-passe-solide")
    page.locator("button[type=submit]").click()
    page.wait_for_url("**/admin/")


@pytest.mark.parametrize("appareil", ["ordinateur", "telephone"])
def test_ajouter_un_nom_depuis_une_selection_puis_le_pseudonymiser(
    creer_recit, editrice, live_server, new_context, dossier_captures, appareil
):
    recit = creer_recit(
        title="Le bal",
        chapo="Ginette Delorme danse encore. Marcel, son voisin, tient la buvette.",
    )
    Analyse.objects.update_or_create(
        recit=recit,
        defaults={"empreinte": "x", "empreinte_regles": "y", "noms": [{"nom": "Ginette Delorme"}]},
    )
    # Whatever the real helper found: here it is said to have missed « Marcel ».
    NomPersonne.objects.filter(recit=recit).exclude(nom="Ginette Delorme").delete()
    page = new_context(**APPAREILS[appareil]).new_page()
    connecter(page, live_server.url)
    page.goto(live_server.url + f"/admin/indicateurs/noms/{recit.pk}/")
    expect(page.locator("main")).to_contain_text("Un nom oublié est une fuite")
    verifier_axe(page)
    # The helper missed « Marcel »: select it in the excerpt, the field fills itself.
    page.evaluate(
        """() => {
            const mark = document.querySelector('[data-noms-extraits] li');
            const texte = [...mark.childNodes].find(n => n.nodeType === 3 && n.data.includes('Marcel'));
            const debut = texte.data.indexOf('Marcel');
            const plage = document.createRange();
            plage.setStart(texte, debut); plage.setEnd(texte, debut + 6);
            const s = window.getSelection(); s.removeAllRanges(); s.addRange(plage);
            document.dispatchEvent(new MouseEvent('mouseup'));
        }"""
    )
    expect(page.locator("#nom-ajoute")).to_have_value("Marcel")
    page.get_by_role("button", name="Ajouter ce nom").click()
    expect(page.locator(".messages")).to_contain_text("« Marcel » ajouté")
    formulaire = page.locator("article", has_text="Que devient « Ginette Delorme »")
    formulaire.get_by_label("Remplacer par un pseudonyme").check()
    formulaire.get_by_role("textbox", name="Pseudonyme").fill("Claire")
    page.screenshot(path=dossier_captures / f"noms-{appareil}.png", full_page=True)
    formulaire.get_by_role("button", name="Enregistrer la décision").click()
    expect(page.locator(".messages")).to_contain_text("devient « Claire »")
    page.screenshot(path=dossier_captures / f"noms-decide-{appareil}.png", full_page=True)
    verifier_axe(page)
    assert RecitPage.objects.get(pk=recit.pk).chapo.startswith("Claire danse encore")
    assert NomPersonne.objects.filter(recit=recit, nom="Marcel", source="editeur").exists()


def test_liste_des_codages(creer_recit, editrice, live_server, new_context, dossier_captures):
    recit = creer_recit(title="Le marché", chapo="Le marché du samedi réunit le village.")
    Codage.objects.create(
        recit=recit,
        indicateur=Indicateur.objects.get(slug="lien-social"),
        bloc="chapo",
        debut=0,
        fin=24,
        passage="Le marché du samedi réun",
        origine="editeur",
        statut="accepte",
        citation=True,
    )
    page = new_context(**APPAREILS["ordinateur"]).new_page()
    connecter(page, live_server.url)
    page.goto(live_server.url + "/admin/snippets/indicateurs/codage/")
    expect(page.locator("main")).to_contain_text("Le marché du samedi réun")
    page.screenshot(path=dossier_captures / "codages-liste.png", full_page=True)
