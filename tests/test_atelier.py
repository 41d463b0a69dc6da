"""The coding workspace: each action, its French refusals, the stale page and the history."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse

from indicateurs.atelier import services
from indicateurs.models import Codage, DecisionCodage, Indicateur
from recits.passages import blocs_du_recit

pytestmark = pytest.mark.django_db

TEXTE = "On joue à la belote le jeudi. Les anciens se retrouvent au café. Vous savez jouer ?"


@pytest.fixture
def editrice(db):
    return get_user_model().objects.create_superuser("camille", "c@exemple.fr", "motdepasse")


@pytest.fixture
def recit(creer_recit):
    recit = creer_recit(
        title="La belote du jeudi",
        chapo="Le jeudi, le café se remplit.",
        corps=[
            ("paragraphe", f"<p>{TEXTE}</p>"),
            ("temoignage", {"citation": "On revit !", "nom": "Odette"}),
        ],
    )
    recit.save_revision().publish()
    return recit


def bloc_paragraphe(recit):
    return next(b for b in blocs_du_recit(recit) if b.genre == "paragraphe")


def indicateur(slug="lien-social") -> Indicateur:
    return Indicateur.objects.get(slug=slug)


def test_coder_un_passage_garde_le_texte_et_la_decision(recit, editrice):
    bloc = bloc_paragraphe(recit)
    debut = bloc.texte.index("Les anciens")
    fin = debut + len("Les anciens se retrouvent au café.")
    resultat = services.coder_passage(recit, bloc.cle, debut, fin, indicateur().pk, editrice)
    codage = resultat.codage
    assert (codage.origine, codage.statut, codage.bloc) == ("editeur", "accepte", bloc.cle)
    assert codage.passage == "Les anciens se retrouvent au café."
    assert codage.decide_par == editrice
    decision = DecisionCodage.objects.get(recit=recit)
    assert (decision.action, decision.codage, decision.utilisateur) == ("ajout", codage, editrice)
    assert resultat.message == "Passage codé « Lien social » dans « Paragraphe 1 »."


@pytest.mark.parametrize(
    ("debut", "fin", "passage", "message"),
    [
        (0, 5000, None, "La sélection sort du texte de « Paragraphe 1 »"),
        (-3, 4, None, "La sélection sort du texte"),
        (7, 3, None, "La sélection sort du texte"),
        ("x", "y", None, "La position du passage est illisible"),
        (0, 7, "Autre chose", "Le passage ne correspond plus au texte de « Paragraphe 1 »"),
        (None, None, "Une phrase absente", "Ce passage ne se trouve pas dans « Paragraphe 1 »"),
        (None, None, "x" * 1_000_000, "Ce passage fait 1000000 caractères"),
    ],
)
def test_passages_refuses_en_francais(recit, editrice, debut, fin, passage, message):
    bloc = bloc_paragraphe(recit)
    with pytest.raises(ValidationError) as erreur:
        services.coder_passage(recit, bloc.cle, debut, fin, indicateur().pk, editrice, passage)
    assert message in erreur.value.messages[0]
    assert not Codage.objects.filter(recit=recit).exists()
    assert not DecisionCodage.objects.exists()


def test_indicateur_inconnu_ou_inactif_et_bloc_disparu(recit, editrice):
    bloc = bloc_paragraphe(recit)
    inactif = indicateur("mixite")
    inactif.actif = False
    inactif.save()
    for valeur in (inactif.pk, 999_999, "abc", None):
        with pytest.raises(ValidationError, match="Indicateur inconnu ou retiré"):
            services.coder_passage(recit, bloc.cle, 0, 5, valeur, editrice)
    with pytest.raises(ValidationError, match="Ce bloc de texte n'existe plus"):
        services.coder_passage(recit, "bloc-inconnu", 0, 5, indicateur().pk, editrice)
    assert not Codage.objects.filter(recit=recit).exists()


def test_passage_retrouve_par_son_texte(recit, editrice):
    bloc = bloc_paragraphe(recit)
    codage = services.coder_passage(
        recit, bloc.cle, None, None, indicateur().pk, editrice, passage="Vous savez jouer ?"
    ).codage
    assert bloc.texte[codage.debut : codage.fin] == "Vous savez jouer ?"
    with pytest.raises(ValidationError, match="déjà codé « Lien social »"):
        services.coder_passage(recit, bloc.cle, codage.debut, codage.fin, indicateur().pk, editrice)


def test_coder_le_recit_entier_coche_la_case(recit, editrice):
    from indicateurs.services import indicateurs_du_recit

    services.coder_recit(recit, indicateur("convivialite").pk, editrice)
    assert indicateur("convivialite").pk in indicateurs_du_recit(recit.pk)
    with pytest.raises(ValidationError, match="déjà codé"):
        services.coder_recit(recit, indicateur("convivialite").pk, editrice)


def suggestion(recit, slug="lien-social", passage="Les anciens se retrouvent au café."):
    texte = recit.texte_brut()
    debut = texte.index(passage)
    return Codage.objects.create(
        recit=recit,
        indicateur=indicateur(slug),
        origine="assistant",
        statut="suggere",
        score=0.8,
        debut=debut,
        fin=debut + len(passage),
        passage=passage,
    )


def test_accepter_une_suggestion_l_ancre_et_coche_la_case(recit, editrice):
    from indicateurs.forms import IndicateursRecitForm  # noqa: F401
    from recits.models import RecitPage

    codage = suggestion(recit)
    services.decider_suggestion(recit, codage.pk, True, editrice)
    codage.refresh_from_db()
    bloc = bloc_paragraphe(recit)
    assert (codage.statut, codage.bloc) == ("accepte", bloc.cle)
    assert bloc.texte[codage.debut : codage.fin] == codage.passage
    # One truth: the editor's box is ticked, and saving the editor form keeps it accepted.
    classe = RecitPage.get_edit_handler().get_form_class()
    formulaire = classe(instance=recit, for_user=editrice, parent_page=recit.get_parent())
    assert indicateur().pk in formulaire.initial["indicateurs"]
    with pytest.raises(ValidationError, match="déjà été acceptée"):
        services.decider_suggestion(recit, codage.pk, False, editrice)


def test_decocher_la_case_retire_les_codages_acceptes(recit, editrice):
    from indicateurs.services import definir_indicateurs_recit, indicateurs_du_recit

    codage = suggestion(recit)
    services.decider_suggestion(recit, codage.pk, True, editrice)
    definir_indicateurs_recit(recit, [], editrice)
    codage.refresh_from_db()
    assert codage.statut == "rejete"
    assert indicateurs_du_recit(recit.pk) == []
    assert DecisionCodage.objects.filter(codage=codage, action="suppression").exists()


def test_rejeter_puis_annuler(recit, editrice):
    codage = suggestion(recit)
    services.decider_suggestion(recit, codage.pk, False, editrice)
    codage.refresh_from_db()
    assert codage.statut == "rejete"
    resultat = services.annuler_derniere(recit, editrice)
    codage.refresh_from_db()
    assert codage.statut == "suggere" and codage.decide_par is None
    assert resultat.message == "Annulé : suggestion rejetée « Lien social »."
    with pytest.raises(ValidationError, match="Aucune décision de votre part à annuler"):
        services.annuler_derniere(recit, editrice)


def test_retirer_puis_annuler_remet_le_codage(recit, editrice):
    bloc = bloc_paragraphe(recit)
    codage = services.coder_passage(recit, bloc.cle, 0, 6, indicateur().pk, editrice).codage
    services.retirer_codage(recit, codage.pk, editrice)
    assert not Codage.objects.filter(pk=codage.pk).exists()
    services.annuler_derniere(recit, editrice)
    remis = Codage.objects.get(recit=recit, bloc=bloc.cle)
    assert (remis.debut, remis.fin, remis.passage, remis.statut) == (0, 6, "On jou", "accepte")
    # Undo again: the removal was undone, now the addition goes.
    services.annuler_derniere(recit, editrice)
    assert not Codage.objects.filter(recit=recit, bloc=bloc.cle).exists()
    actions = list(
        DecisionCodage.objects.filter(recit=recit).order_by("pk").values_list("action", flat=True)
    )
    assert actions == ["ajout", "suppression", "annulation", "annulation"]


def test_citation_avec_note_puis_retiree(recit, editrice):
    bloc = bloc_paragraphe(recit)
    codage = services.coder_passage(recit, bloc.cle, 0, 6, indicateur().pk, editrice).codage
    services.marquer_citation(recit, codage.pk, True, editrice, " Belle phrase ")
    codage.refresh_from_db()
    assert (codage.citation, codage.note) == (True, "Belle phrase")
    services.marquer_citation(recit, codage.pk, False, editrice)
    codage.refresh_from_db()
    assert codage.citation is False
    with pytest.raises(ValidationError, match="La note fait 2001 caractères"):
        services.marquer_citation(recit, codage.pk, True, editrice, "n" * 2001)
    services.annuler_derniere(recit, editrice)
    codage.refresh_from_db()
    assert codage.citation is True


def test_une_suggestion_inconnue(recit, editrice):
    with pytest.raises(ValidationError, match="Ce codage n'existe plus"):
        services.decider_suggestion(recit, 123456, True, editrice)


# --- The workspace page and its one POST endpoint -------------------------------------


def url_atelier(recit) -> str:
    return reverse("indicateurs_atelier", args=[recit.pk])


def poster(client, recit, suivre=True, **donnees):
    from indicateurs.atelier.services import version_codage

    donnees.setdefault("version", version_codage(recit.pk))
    url = reverse("indicateurs_atelier_action", args=[recit.pk])
    return client.post(url, donnees, follow=suivre)


def test_l_atelier_montre_le_texte_et_les_trois_lectures(client, recit, editrice):
    bloc = bloc_paragraphe(recit)
    services.coder_passage(recit, bloc.cle, 0, 6, indicateur().pk, editrice)
    suggestion(recit, "convivialite")
    Codage.objects.create(recit=recit, indicateur=indicateur("bien-vivre"), origine="contributeur")
    client.force_login(editrice)
    reponse = client.get(url_atelier(recit))
    assert reponse.status_code == 200
    html = reponse.content.decode()
    assert "Le choix du contributeur" in html and "Bien vivre" in html
    assert "Les suggestions de l&#x27;assistant" in html or "Les suggestions de l'assistant" in html
    assert f'data-cle="{bloc.cle}"' in html
    assert '<mark class="atelier-marque"' in html and "On jou</mark>" in html
    assert "Historique du codage" in html and "Passage codé" in html


def test_coder_sans_javascript_par_le_texte_du_passage(client, recit, editrice):
    client.force_login(editrice)
    bloc = bloc_paragraphe(recit)
    reponse = poster(
        client,
        recit,
        action="coder",
        bloc=bloc.cle,
        passage="Vous savez jouer ?",
        indicateur=indicateur().pk,
    )
    assert reponse.status_code == 200
    assert "Passage codé « Lien social »" in reponse.content.decode()
    assert Codage.objects.get(recit=recit, origine="editeur").passage == "Vous savez jouer ?"


def test_coder_une_phrase_choisie_dans_la_liste(client, recit, editrice):
    client.force_login(editrice)
    bloc = bloc_paragraphe(recit)
    debut = bloc.texte.index("Les anciens")
    valeur = f"{bloc.cle}|{debut}|{debut + len('Les anciens se retrouvent au café.')}"
    poster(client, recit, action="coder", phrase=valeur, indicateur=indicateur().pk)
    assert Codage.objects.get(recit=recit).passage == "Les anciens se retrouvent au café."


def test_page_perimee_dit_ce_qui_a_change(client, recit, editrice):
    autre = get_user_model().objects.create_superuser("paul", "p@exemple.fr", "motdepasse")
    autre.first_name, autre.last_name = "Paul", "Martin"
    autre.save()
    client.force_login(editrice)
    version = services.version_codage(recit.pk)
    services.coder_recit(recit, indicateur("mixite").pk, autre)
    reponse = poster(
        client, recit, version=version, action="coder_recit", indicateur=indicateur().pk
    )
    html = reponse.content.decode()
    assert "La page n&#x27;était plus à jour" in html or "La page n'était plus à jour" in html
    assert "Paul Martin : passage codé « Mixité »" in html
    assert not Codage.objects.filter(recit=recit, indicateur=indicateur()).exists()


def test_mauvaises_entrees_sans_500_et_saisie_gardee(client, recit, editrice):
    client.force_login(editrice)
    bloc = bloc_paragraphe(recit)
    for donnees, message in (
        ({"bloc": bloc.cle, "debut": "0", "fin": "99999", "indicateur": "1"}, "La sélection sort"),
        ({"bloc": bloc.cle, "passage": "introuvable", "indicateur": "x"}, "Indicateur inconnu"),
        ({"phrase": "n'importe quoi", "indicateur": indicateur().pk}, "Phrase choisie illisible"),
        ({"action": "inconnue"}, "Action inconnue"),
        ({"action": "accepter", "codage": "abc"}, "Ce codage n&#x27;existe plus"),
        ({"action": "citation", "codage": "999999"}, "Ce codage n&#x27;existe plus"),
        (
            {"bloc": bloc.cle, "passage": "é" * 1_000_000, "indicateur": indicateur().pk},
            "Ce passage fait 1000000 caractères",
        ),
    ):
        donnees.setdefault("action", "coder")
        reponse = poster(client, recit, **donnees)
        assert reponse.status_code == 200
        assert message in reponse.content.decode()
    assert not Codage.objects.filter(recit=recit).exists()
    reponse = poster(client, recit, version="pas un nombre", action="annuler")
    assert "La page n&#x27;indique pas sa version" in reponse.content.decode()
    # What was typed comes back in the form.
    poster(
        client,
        recit,
        False,
        action="coder",
        bloc=bloc.cle,
        passage="Une phrase à moi",
        indicateur="",
    )
    assert "Une phrase à moi</textarea>" in client.get(url_atelier(recit)).content.decode()


def test_json_pour_le_script(client, recit, editrice):
    client.force_login(editrice)
    bloc = bloc_paragraphe(recit)
    reponse = client.post(
        reverse("indicateurs_atelier_action", args=[recit.pk]),
        {
            "action": "coder",
            "bloc": bloc.cle,
            "debut": 0,
            "fin": 6,
            "passage": "On jou",
            "indicateur": indicateur().pk,
            "version": 0,
        },
        HTTP_ACCEPT="application/json",
    )
    assert reponse.status_code == 200
    assert reponse.json()["version"] == DecisionCodage.objects.get().pk


def test_echappement(client, recit, editrice):
    client.force_login(editrice)
    recit.chapo = "<script>alert('x')</script> & fin"
    recit.save_revision()
    reponse = client.get(url_atelier(recit))
    html = reponse.content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_panneau_de_l_editeur(client, recit, editrice):
    from indicateurs.models import Analyse

    texte = recit.texte_brut()
    debut = texte.index("belote")
    Analyse.objects.create(
        recit=recit,
        empreinte="x",
        empreinte_regles="y",
        indicateurs={
            "convivialite": {
                "indices": [
                    {"texte": "belote", "debut": debut, "fin": debut + 6, "nie": False},
                    {"texte": "belote", "debut": 0, "fin": 6, "nie": True},
                    {"texte": "bénévole", "debut": 0, "fin": 8, "nie": False, "role": True},
                ],
                "phrases": [],
            }
        },
        citations=[{"texte": "Pourquoi ce moment compte\nParce que le village s'est retrouvé."}],
        noms=[{"nom": "Odette", "occurrences": [1]}],
    )
    suggestion(recit, "convivialite")
    client.force_login(editrice)
    html = client.get(f"/admin/pages/{recit.pk}/edit/").content.decode()
    assert "Mots repérés : belote" in html
    assert "Non comptés, à la forme négative : belote (1 fois ; compté 1 fois ailleurs)" in html
    assert "Ignorés (forme négative)" not in html
    presente = "Non comptés, ils présentent une personne nommée (« Ginette, bénévole ») : bénévole"
    assert presente in html
    assert presente in client.get(url_atelier(recit)).content.decode()
    assert "<q>Parce que le village s&#x27;est retrouvé.</q>" in html
    assert "Pourquoi ce moment compte Parce" not in html
    atelier = url_atelier(recit)
    assert f'href="{atelier}"' in html
    assert f"{atelier}?passage=Parce%20que" in html
    assert "Atelier de codage" in html


def test_effacer_les_lectures_efface_l_historique(recit, editrice):
    from indicateurs.services import effacer_lectures_du_recit

    bloc = bloc_paragraphe(recit)
    codage = services.coder_passage(recit, bloc.cle, 0, 6, indicateur().pk, editrice).codage
    services.retirer_codage(recit, codage.pk, editrice)
    assert DecisionCodage.objects.filter(recit=recit).count() == 2
    effacer_lectures_du_recit(recit.pk)
    assert not DecisionCodage.objects.filter(recit=recit).exists()
    assert not Codage.objects.filter(recit=recit).exists()


def test_bouton_atelier_dans_la_liste_des_pages(admin_client, recit):
    html = admin_client.get(f"/admin/pages/{recit.get_parent().pk}/").content.decode()
    assert url_atelier(recit) in html
