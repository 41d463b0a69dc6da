"""An editor codes a story in the workspace with a mouse, then reloads and finds it all."""

import pytest
from playwright.sync_api import expect

from indicateurs.analysis.stockage import analyser_recits
from indicateurs.models import Codage, DecisionCodage, Indicateur

from .utils import APPAREILS, AXE, REGLES_AXE, verifier_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHRASE = "Le jeudi, tout le monde joue à la belote."


@pytest.fixture
def recit(creer_recit, settings, tmp_path):
    # The lexicon rules decide here (no trained model), so the suggestion is known.
    settings.RECITS_DOSSIER_ASSISTANT = tmp_path / "sans-modele"
    Indicateur.objects.filter(slug="lien-social").update(lexique="se retrouver")
    recit = creer_recit(
        title="Le comptoir",
        chapo="Les anciens se retrouvent au café tous les matins.",
        corps=[
            {"type": "paragraphe", "value": f"<p>Le café ouvre à sept heures. {PHRASE}</p>"},
            {
                "type": "temoignage",
                "value": {"citation": "Ici, on n'est jamais seul.", "nom": "Odette"},
            },
        ],
    )
    recit.save_revision().publish()
    analyser_recits([recit])
    return recit


def connecter(page, live_server, django_user_model) -> None:
    django_user_model.objects.create_superuser("camille", "c@exemple.fr", "mot-de-passe-long")
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "camille")
    page.fill("#id_password", "mot-de-passe-long")
    page.locator("button[type=submit]").click()
    page.wait_for_url("**/admin/")


def selectionner(page, texte: str) -> None:
    """Select a sentence inside the story's text as a mouse drag would."""
    page.evaluate(
        """texte => {
            for (const bloc of document.querySelectorAll("[data-texte]")) {
                const noeud = [...bloc.childNodes].find(n => n.textContent.includes(texte));
                if (!noeud) continue;
                const feuille = noeud.nodeType === 3 ? noeud : noeud.firstChild;
                const debut = feuille.textContent.indexOf(texte);
                const plage = document.createRange();
                plage.setStart(feuille, debut);
                plage.setEnd(feuille, debut + texte.length);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(plage);
                return;
            }
            throw new Error("texte introuvable : " + texte);
        }""",
        texte,
    )


def test_coder_accepter_citer_puis_recharger(
    recit, live_server, new_context, dossier_captures, django_user_model
):
    suggestion = Codage.objects.get(
        recit=recit, origine="assistant", indicateur__slug="lien-social"
    )
    page = new_context(**APPAREILS["ordinateur"]).new_page()
    connecter(page, live_server, django_user_model)
    page.goto(live_server.url + f"/admin/pages/{recit.pk}/edit/")
    page.get_by_role("link", name="Ouvrir l'atelier de codage").click()
    expect(page.locator("h1")).to_contain_text("Atelier de codage")

    # Select a sentence with the mouse, then code it.
    selectionner(page, PHRASE)
    barre = page.locator("[data-barre-selection]")
    expect(barre).to_be_visible()
    page.get_by_role("button", name="Coder la sélection").click()
    expect(page.locator("#atelier-annonce")).to_contain_text("Passage sélectionné")
    page.get_by_label("Indicateur", exact=True).select_option(label="Convivialité")
    page.get_by_role("button", name="Coder ce passage").click()
    expect(page.locator("body")).to_contain_text(
        "Passage codé « Convivialité » dans « Paragraphe 1 »"
    )
    expect(page.locator("mark.atelier-marque")).to_have_text(PHRASE)

    # Accept the helper's suggestion in one action.
    page.get_by_role("button", name="Accepter « Lien social »").click()
    expect(page.locator("body")).to_contain_text("Suggestion « Lien social » acceptée.")

    # Mark the coded sentence as a quote, with a note.
    codage = Codage.objects.get(recit=recit, origine="editeur")
    element = page.locator(f"#codage-{codage.pk}")
    element.get_by_text("Marquer comme citation").first.click()
    element.get_by_label("Note de l'équipe (facultative)").fill("Pour le rapport 2025.")
    element.get_by_role("button", name="Marquer comme citation").click()
    expect(page.locator("body")).to_contain_text("Passage marqué comme citation pour le rapport.")
    page.screenshot(path=dossier_captures / "atelier-ordinateur.png", full_page=True)
    verifier_axe(page)

    # Reload: everything is there, and in the history.
    page.reload()
    expect(page.locator("mark.atelier-marque").first).to_be_visible()
    expect(page.locator(f"#codage-{codage.pk}")).to_contain_text("Citation pour le rapport.")
    expect(page.locator(f"#codage-{codage.pk}")).to_contain_text("Pour le rapport 2025.")
    historique = page.locator("#historique")
    for action in ("Passage codé", "Suggestion acceptée", "Marqué comme citation"):
        expect(historique).to_contain_text(action)
    suggestion.refresh_from_db()
    codage.refresh_from_db()
    assert suggestion.statut == "accepte" and codage.citation and codage.passage == PHRASE
    assert DecisionCodage.objects.filter(recit=recit).count() == 3

    # The story editor agrees: both indicators are ticked.
    page.goto(live_server.url + f"/admin/pages/{recit.pk}/edit/")
    for nom in ("Lien social", "Convivialité"):
        expect(page.get_by_role("checkbox", name=nom)).to_be_checked()

    telephone = new_context(**APPAREILS["telephone"]).new_page()
    telephone.context.add_cookies(page.context.cookies())
    telephone.goto(live_server.url + f"/admin/indicateurs/atelier/{recit.pk}/")
    expect(telephone.locator("mark.atelier-marque").first).to_be_visible()
    telephone.screenshot(path=dossier_captures / "atelier-telephone.png", full_page=True)
    verifier_axe(telephone)


def test_l_editeur_du_recit_sans_champ_anonyme(
    recit, live_server, new_context, dossier_captures, django_user_model
):
    """The project's own parts of the story editor name every field for screen readers."""
    page = new_context(**APPAREILS["ordinateur"]).new_page()
    connecter(page, live_server, django_user_model)
    page.goto(live_server.url + f"/admin/pages/{recit.pk}/edit/")
    expect(page.get_by_role("link", name="Ouvrir l'atelier de codage")).to_be_visible()
    page.locator(".public-DraftEditor-content").first.wait_for()
    resultats = AXE.run(page, options=REGLES_AXE)
    regles = {v["id"]: v for v in resultats.response["violations"]}
    page.screenshot(path=dossier_captures / "atelier-editeur.png", full_page=True)
    for regle in ("aria-input-field-name", "label", "landmark-unique"):
        assert regle not in regles, resultats.generate_report()
