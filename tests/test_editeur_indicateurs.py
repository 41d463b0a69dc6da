"""In the page editor, ticked indicators become accepted whole-story codings."""

import pytest
from django.contrib.auth import get_user_model

from indicateurs.models import Codage, Indicateur
from indicateurs.services import definir_indicateurs_recit
from recits.forms import RecitPageForm
from recits.models import RecitPage

pytestmark = pytest.mark.django_db


def slugs_acceptes(recit) -> set[str]:
    return set(
        Codage.objects.filter(recit=recit, statut="accepte").values_list(
            "indicateur__slug", flat=True
        )
    )


@pytest.fixture
def editrice(db):
    return get_user_model().objects.create_superuser("camille", "c@exemple.fr", "motdepasse")


def test_definir_puis_decocher_garde_l_historique(creer_recit, editrice):
    recit = creer_recit()
    lien, convivialite = (Indicateur.objects.get(slug=s) for s in ("lien-social", "convivialite"))
    definir_indicateurs_recit(recit, [lien, convivialite], editrice)
    assert slugs_acceptes(recit) == {"lien-social", "convivialite"}
    definir_indicateurs_recit(recit, [lien], editrice)
    assert slugs_acceptes(recit) == {"lien-social"}
    rejete = Codage.objects.get(recit=recit, indicateur=convivialite)
    assert rejete.statut == "rejete" and rejete.decide_par == editrice
    definir_indicateurs_recit(recit, [lien, convivialite], editrice)
    assert slugs_acceptes(recit) == {"lien-social", "convivialite"}
    assert Codage.objects.filter(recit=recit).count() == 2


def test_suggestion_acceptee_par_la_case(creer_recit, editrice):
    recit = creer_recit()
    mixite = Indicateur.objects.get(slug="mixite")
    suggestion = Codage.objects.create(
        recit=recit, indicateur=mixite, origine="assistant", statut="suggere", score=0.8
    )
    definir_indicateurs_recit(recit, [mixite], editrice)
    suggestion.refresh_from_db()
    assert suggestion.statut == "accepte" and suggestion.origine == "assistant"


def test_lecture_du_contributeur_et_indicateur_inactif_intacts(creer_recit, editrice):
    recit = creer_recit(indicateurs=["bien-vivre"])
    participation = Indicateur.objects.get(slug="participation")
    du_contributeur = Codage.objects.create(
        recit=recit, indicateur=participation, origine="contributeur", statut="accepte"
    )
    Indicateur.objects.filter(slug="bien-vivre").update(actif=False)
    definir_indicateurs_recit(recit, [], editrice)
    du_contributeur.refresh_from_db()
    assert du_contributeur.statut == "accepte"
    assert Codage.objects.get(recit=recit, indicateur__slug="bien-vivre").statut == "accepte"


def test_formulaire_propose_les_indicateurs_actifs(creer_recit):
    recit = creer_recit(indicateurs=["lien-social"])
    Indicateur.objects.filter(slug="mixite").update(actif=False)
    classe = RecitPage.get_edit_handler().get_form_class()
    assert issubclass(classe, RecitPageForm)
    formulaire = classe(instance=recit, for_user=None, parent_page=recit.get_parent())
    noms = [label for _, label in formulaire.fields["indicateurs"].choices]
    assert "Lien social" in noms and "Mixité" not in noms
    assert formulaire.initial["indicateurs"] == [Indicateur.objects.get(slug="lien-social").pk]


def test_edition_dans_l_admin(client, creer_recit, editrice):
    recit = creer_recit(title="Avant", indicateurs=["lien-social"])
    client.force_login(editrice)
    page_edition = client.get(f"/admin/pages/{recit.pk}/edit/")
    assert page_edition.status_code == 200
    assert "Indicateurs" in page_edition.content.decode()
    formulaire = page_edition.context["form"]
    donnees = {}
    for nom in formulaire.fields:
        valeur = formulaire[nom].value()
        if valeur is not None:
            donnees[nom] = valeur
    donnees.update(
        title="Après",
        indicateurs=[Indicateur.objects.get(slug="convivialite").pk],
        **{"corps-count": "0", "tags": "marché", "action-publish": "publish"},
    )
    # Wagtail's formsets and StreamField need their management data.
    donnees = {k: v for k, v in donnees.items() if not k.startswith("corps")}
    donnees["corps-count"] = "0"
    for prefixe in formulaire.formsets:  # inline panels (consent of editor-written stories)
        donnees.update({f"{prefixe}-TOTAL_FORMS": "0", f"{prefixe}-INITIAL_FORMS": "0"})
    reponse = client.post(f"/admin/pages/{recit.pk}/edit/", donnees)
    assert reponse.status_code in (200, 302)
    if reponse.status_code == 200:
        erreurs = reponse.context["form"].errors
        pytest.fail(f"Formulaire refusé : {erreurs}")
    recit.refresh_from_db()
    assert recit.title == "Après"
    assert slugs_acceptes(recit) == {"convivialite"}
