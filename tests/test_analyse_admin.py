"""The helper's panel in the story editor and the accept / reject decisions."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from indicateurs.analysis.stockage import analyser_recits
from indicateurs.models import Codage, Indicateur

pytestmark = pytest.mark.django_db


@pytest.fixture
def recit_analyse(creer_recit):
    Indicateur.objects.exclude(slug="lien-social").update(lexique="")
    Indicateur.objects.filter(slug="lien-social").update(lexique="se retrouver")
    recit = creer_recit(
        title="Le comptoir",
        chapo="Chez Marie Dupont, les anciens se retrouvent au café tous les matins.",
        corps=[
            {
                "type": "paragraphe",
                "value": "<p>« On se retrouve ici pour parler de tout et de rien, c'est notre "
                "rendez-vous », dit Paulette.</p>",
            }
        ],
    )
    analyser_recits([recit])
    return recit


def test_the_edit_view_shows_suggestions_quotes_and_names(admin_client, recit_analyse):
    reponse = admin_client.get(reverse("wagtailadmin_pages:edit", args=[recit_analyse.pk]))
    assert reponse.status_code == 200
    html = reponse.content.decode()
    assert "Suggestions de l&#x27;assistant" in html or "Suggestions de l'assistant" in html
    assert "Lien social" in html
    assert "<mark>se retrouvent</mark>" in html
    assert "Accepter « Lien social »" in html and "Rejeter « Lien social »" in html
    codage = Codage.objects.get(recit=recit_analyse, origine="assistant")
    assert f'formaction="{reverse("indicateurs_decider_codage", args=[codage.pk])}"' in html
    assert "On se retrouve ici pour parler de tout et de rien" in html
    assert "Marie Dupont" in html


def test_accepting_redirects_back_with_a_french_message(admin_client, admin_user, recit_analyse):
    codage = Codage.objects.get(recit=recit_analyse, origine="assistant")
    url = reverse("indicateurs_decider_codage", args=[codage.pk])
    reponse = admin_client.post(url, {"decision": "accepte", "title": "ignoré"}, follow=True)
    assert reponse.redirect_chain[-1][0] == reverse(
        "wagtailadmin_pages:edit", args=[recit_analyse.pk]
    )
    assert "Suggestion « Lien social » acceptée." in reponse.content.decode()
    codage.refresh_from_db()
    assert (codage.statut, codage.decide_par) == ("accepte", admin_user)
    assert codage.decide_le is not None
    # An accepted suggestion is an editor-confirmed coding: the story now shows it.
    recit_analyse.refresh_from_db()
    assert [i.slug for i in recit_analyse.indicateurs] == ["lien-social"]
    # It is not suggested again when the text changes.
    recit_analyse.chapo = "Les anciens se retrouvent encore au café."
    recit_analyse.save()
    analyser_recits([recit_analyse])
    assert not Codage.objects.filter(recit=recit_analyse, statut="suggere").exists()


def test_rejecting_by_fetch_answers_json(admin_client, recit_analyse):
    codage = Codage.objects.get(recit=recit_analyse, origine="assistant")
    url = reverse("indicateurs_decider_codage", args=[codage.pk])
    reponse = admin_client.post(url, {"decision": "rejete"}, HTTP_ACCEPT="application/json")
    assert reponse.json() == {
        "message": "Suggestion « Lien social » rejetée.",
        "statut": "Rejeté",
        "codage": codage.pk,
        "indicateur": codage.indicateur_id,
        "accepte": False,
    }
    deja = admin_client.post(url, {"decision": "accepte"}, HTTP_ACCEPT="application/json")
    assert deja.status_code == 409
    assert deja.json()["message"] == "La suggestion « Lien social » a déjà été rejetée."


def test_bad_decisions_and_unauthorised_users_are_refused(client, admin_client, recit_analyse):
    codage = Codage.objects.get(recit=recit_analyse, origine="assistant")
    url = reverse("indicateurs_decider_codage", args=[codage.pk])
    assert admin_client.get(url).status_code == 405
    mauvaise = admin_client.post(url, {"decision": "peut-etre"}, HTTP_ACCEPT="application/json")
    assert mauvaise.status_code == 400
    utilisateur = get_user_model().objects.create_user("lecteur", password="x")
    client.force_login(utilisateur)
    assert client.post(url, {"decision": "accepte"}).status_code in (302, 403)
    codage.refresh_from_db()
    assert codage.statut == "suggere"
