"""Names are decided one by one, and a decision rewrites every text of the story."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from indicateurs.models import Analyse, Codage, DecisionCodage, Indicateur, NomPersonne
from indicateurs.noms import (
    NomInvalide,
    ajouter_nom,
    appliquer_regles,
    decider_nom,
    initiale,
    regle,
    synchroniser_noms,
)
from recits.models import RecitPage
from recits.passages import blocs_du_recit

pytestmark = pytest.mark.django_db

CORPS = [
    {
        "type": "paragraphe",
        "value": "<p>Ce jeudi, <b>Ginette Delorme</b> a ouvert le bal. Mme Delorme rit.</p>",
    },
    {
        "type": "temoignage",
        "value": {"citation": "GINETTE m'a appris la belote.", "nom": "Ginette", "role": "voisine"},
    },
    {"type": "galerie", "value": {"titre": "Le bal de Ginette", "photos": []}},
]


@pytest.fixture
def editrice(db):
    return get_user_model().objects.create_superuser("camille", "c@exemple.fr", "motdepasse")


@pytest.fixture
def recit_nomme(creer_recit):
    recit = creer_recit(
        title="Le bal de Ginette",
        slug="le-bal-de-ginette",
        chapo="Ginette Delorme, 82 ans, danse encore. La rose du jardin de Hélène.",
        corps=CORPS,
        search_description="Ginette au bal",
    )
    Analyse.objects.create(
        recit=recit,
        empreinte="x",
        empreinte_regles="y",
        noms=[{"nom": "Ginette Delorme", "occurrences": []}, {"nom": "Helene"}, "bizarre", 3],
    )
    return RecitPage.objects.get(pk=recit.pk)


def test_initials_and_matching_rules():
    assert initiale("Ginette") == "G."
    assert initiale("Mme Delorme") == "D."
    assert initiale("Jean-Pierre Roux") == "J.-P. R."
    r = regle("Hélène", NomPersonne.Decision.PSEUDONYME, "Claire")
    # Whole word, accents and case ignored, but a name starts with a capital.
    assert appliquer_regles("Helene, HÉLÈNE et hélène ; Hélènes", [r]) == (
        "Claire, Claire et hélène ; Hélènes"
    )
    r = regle("Rose", NomPersonne.Decision.PSEUDONYME, "Louise")
    assert appliquer_regles("Rose aime la rose.", [r]) == "Louise aime la rose."
    r = regle("Ginette Delorme", NomPersonne.Decision.INITIALE)
    assert appliquer_regles("Ginette Delorme, Mme Delorme et Ginette", [r]) == (
        "G. D., Mme D. et G."
    )
    r = regle("Ginette Delorme", NomPersonne.Decision.RETIRER)
    assert appliquer_regles("Merci à Mme Delorme !", [r]) == "Merci à […] !"


def test_helper_names_fill_the_list_and_decisions_survive_a_new_reading(recit_nomme, editrice):
    synchroniser_noms(recit_nomme.pk)
    assert set(NomPersonne.objects.values_list("nom", "source")) == {
        ("Ginette Delorme", "assistant"),
        ("Helene", "assistant"),
        ("bizarre", "assistant"),
    }
    nom = NomPersonne.objects.get(nom="Ginette Delorme")
    decider_nom(nom, "pseudonyme", editrice, "Claire")
    # The helper reads the story again: it now finds the pseudonym and an old name.
    analyse = Analyse.objects.get(recit=recit_nomme)
    analyse.noms = [{"nom": "Claire"}, {"nom": "Ginette Delorme"}, {"nom": "Paulette"}]
    analyse.save()  # the post_save hook synchronises
    nom.refresh_from_db()
    assert nom.decision == "pseudonyme" and nom.remplacement == "Claire"
    assert NomPersonne.objects.filter(nom="Paulette", decision="a_decider").exists()
    assert not NomPersonne.objects.filter(nom="Claire").exists()


def test_pseudonym_rewrites_every_text_into_a_new_revision(recit_nomme, editrice):
    synchroniser_noms(recit_nomme.pk)
    nb_revisions = recit_nomme.revisions.count()
    indicateur = Indicateur.objects.get(slug="convivialite")
    bloc = blocs_du_recit(recit_nomme)[1]
    debut = bloc.texte.index("Mme Delorme")
    codage = Codage.objects.create(
        recit=recit_nomme,
        indicateur=indicateur,
        bloc=bloc.cle,
        debut=debut,
        fin=debut + len("Mme Delorme rit."),
        passage="Mme Delorme rit.",
        origine="editeur",
        statut="accepte",
    )
    nom = NomPersonne.objects.get(nom="Ginette Delorme")
    decider_nom(nom, "pseudonyme", editrice, "Claire")

    recit = RecitPage.objects.get(pk=recit_nomme.pk)
    assert recit.revisions.count() == nb_revisions + 1
    assert recit.live and not recit.has_unpublished_changes
    assert recit.title == "Le bal de Claire"
    assert recit.slug == "le-bal-de-claire"
    assert recit.chapo.startswith("Claire, 82 ans")
    assert recit.search_description == "Claire au bal"
    assert "<b>Claire</b> a ouvert le bal. Mme Claire rit." in recit.corps[0].value.source
    assert recit.corps[1].value["citation"] == "Claire m'a appris la belote."
    assert recit.corps[1].value["nom"] == "Claire"
    assert recit.corps[2].value["titre"] == "Le bal de Claire"
    codage.refresh_from_db()
    assert codage.passage == "Mme Claire rit." and not codage.a_revoir
    assert blocs_du_recit(recit)[1].texte[codage.debut : codage.fin] == "Mme Claire rit."
    # The workspace's anchoring saw the new passage in the new text: never flagged.
    assert not DecisionCodage.objects.filter(action="a_revoir").exists()
    decision = DecisionCodage.objects.get(action="nom")
    assert decision.utilisateur == editrice and decision.details["remplacement"] == "Claire"
    assert "Ginette" not in str(decision.details)


def test_a_waiting_draft_is_not_published_but_the_public_row_loses_the_name(recit_nomme, editrice):
    brouillon = recit_nomme.get_latest_revision_as_object()
    brouillon.chapo = "Un chapô en attente de relecture, avec Ginette."
    brouillon.save_revision(user=editrice)
    synchroniser_noms(recit_nomme.pk)
    decider_nom(NomPersonne.objects.get(nom="Ginette Delorme"), "initiale", editrice)

    recit = RecitPage.objects.get(pk=recit_nomme.pk)
    assert recit.has_unpublished_changes
    assert recit.chapo.startswith("G. D., 82 ans")  # live row: old chapô, name gone
    assert recit.get_latest_revision_as_object().chapo.endswith("avec G.")


def test_removed_attribution_becomes_anonymous(recit_nomme, editrice):
    NomPersonne.objects.create(recit=recit_nomme, nom="Ginette", source="editeur")
    decider_nom(NomPersonne.objects.get(nom="Ginette"), "retirer", editrice)
    recit = RecitPage.objects.get(pk=recit_nomme.pk)
    assert recit.corps[1].value["nom"] == ""
    assert recit.corps[1].value.attribution() == "voisine"
    assert recit.title == "Le bal de […]"


def test_bad_decisions_are_refused_in_french(recit_nomme, editrice):
    nom = NomPersonne.objects.create(recit=recit_nomme, nom="Ginette", source="editeur")
    with pytest.raises(NomInvalide, match="Choisissez une décision"):
        decider_nom(nom, "n'importe quoi", editrice)
    with pytest.raises(NomInvalide, match="différent"):
        decider_nom(nom, "pseudonyme", editrice, "ginette")
    with pytest.raises(NomInvalide, match="trop long"):
        decider_nom(nom, "pseudonyme", editrice, "x" * 201)
    decider_nom(nom, "pseudonyme", editrice, "")  # a suggested first name
    nom.refresh_from_db()
    assert nom.remplacement and nom.remplacement != "Ginette"
    with pytest.raises(NomInvalide, match="déjà été remplacé"):
        decider_nom(nom, "garder", editrice)
    for texte, message in [
        ("", "Écrivez le nom"),
        ("Fernand", "n'apparaît pas"),
        ("x" * 300, "au plus"),
    ]:
        with pytest.raises(NomInvalide, match=message):
            ajouter_nom(recit_nomme, texte, editrice)


def test_names_page_lists_occurrences_and_adds_a_missed_name(client, recit_nomme, editrice):
    client.force_login(editrice)
    url = f"/admin/indicateurs/noms/{recit_nomme.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    contenu = page.content.decode()
    assert "Un nom oublié est une fuite" in contenu
    assert "<mark>Ginette Delorme</mark>" in contenu
    assert "<mark>Mme Delorme</mark>" in contenu

    # « Helene » came from the helper: the same name with accents is not added twice.
    reponse = client.post(url + "ajouter/", {"nom": "Hélène"}, follow=True)
    assert "déjà dans la liste" in reponse.content.decode()
    reponse = client.post(url + "ajouter/", {"nom": "Mme Delorme"}, follow=True)
    assert "ajouté" in reponse.content.decode()
    assert NomPersonne.objects.filter(nom="Mme Delorme", source="editeur").exists()
    reponse = client.post(url + "ajouter/", {"nom": "Inconnu"}, follow=True)
    assert "n&#x27;apparaît pas" in reponse.content.decode()

    nom = NomPersonne.objects.get(nom="Ginette Delorme")
    reponse = client.post(
        f"{url}{nom.pk}/decider/", {"decision": "pseudonyme", "pseudonyme": "Claire"}, follow=True
    )
    assert "devient « Claire »" in reponse.content.decode()
    assert client.get(url).status_code == 200
    assert client.get(f"{url}{nom.pk}/decider/").status_code == 405


def test_names_page_needs_the_right_to_edit_the_story(client, recit_nomme):
    lecteur = get_user_model().objects.create_user("lecteur", "l@exemple.fr", "motdepasse")
    lecteur.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(lecteur)
    url = f"/admin/indicateurs/noms/{recit_nomme.pk}/"
    assert client.get(url).status_code == 403
    assert client.post(url + "ajouter/", {"nom": "Ginette"}).status_code == 403
    nom = NomPersonne.objects.create(recit=recit_nomme, nom="Ginette", source="editeur")
    assert client.post(f"{url}{nom.pk}/decider/", {"decision": "garder"}).status_code == 403
    nom.refresh_from_db()
    assert nom.decision == "a_decider"


def test_csrf_is_required(recit_nomme, editrice):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editrice)
    reponse = client.post(f"/admin/indicateurs/noms/{recit_nomme.pk}/ajouter/", {"nom": "Ginette"})
    assert reponse.status_code == 403
    assert not NomPersonne.objects.filter(nom="Ginette").exists()


def test_publishing_with_undecided_names_warns_without_blocking(rf, recit_nomme, editrice):
    from django.contrib.messages import get_messages
    from django.contrib.messages.storage.fallback import FallbackStorage
    from wagtail import hooks

    requete = rf.post(f"/admin/pages/{recit_nomme.pk}/edit/")
    requete.user = editrice
    requete.session = {}
    requete._messages = FallbackStorage(requete)
    reponses = [h(requete, recit_nomme) for h in hooks.get_hooks("before_publish_page")]
    assert not any(r is not None and hasattr(r, "status_code") for r in reponses)
    textes = [str(m) for m in get_messages(requete)]
    assert any("sans décision" in t and "Ginette Delorme" in t for t in textes)
    assert any(f"/admin/indicateurs/noms/{recit_nomme.pk}/" in t for t in textes)

    for nom in NomPersonne.objects.filter(recit=recit_nomme):
        decider_nom(nom, "garder", editrice)
    requete._messages = FallbackStorage(requete)
    for h in hooks.get_hooks("before_publish_page"):
        h(requete, recit_nomme)
    assert not [m for m in get_messages(requete) if "sans décision" in str(m)]


def test_story_editor_links_to_the_names_page(client, recit_nomme, editrice):
    client.force_login(editrice)
    reponse = client.get(f"/admin/pages/{recit_nomme.pk}/edit/")
    assert reponse.status_code == 200
    assert f"/admin/indicateurs/noms/{recit_nomme.pk}/" in reponse.content.decode()


def test_a_pseudonymised_name_is_absent_from_every_public_output(client, recit_nomme, editrice):
    synchroniser_noms(recit_nomme.pk)
    for nom in NomPersonne.objects.filter(recit=recit_nomme):
        decider_nom(nom, "pseudonyme" if nom.nom != "bizarre" else "garder", editrice, "")
    recit = RecitPage.objects.get(pk=recit_nomme.pk)
    assert recit.live
    pseudonyme = NomPersonne.objects.get(nom="Ginette Delorme").remplacement

    page = client.get(recit.url).content.decode()
    assert pseudonyme in page and 'property="og:title"' in page
    sorties = {
        "page": page,
        "recherche": client.get("/recherche/", {"q": pseudonyme}).content.decode(),
        "flux": client.get("/recits/flux/").content.decode(),
        "plan": client.get("/sitemap.xml").content.decode(),
        "liste": client.get("/recits/").content.decode(),
    }
    assert recit.title in sorties["recherche"]
    # Searching the original name finds nothing (the page echoes the query, so not grepped).
    assert recit.title not in client.get("/recherche/", {"q": "Ginette"}).content.decode()
    assert recit.title not in client.get("/recherche/", {"q": "Delorme"}).content.decode()
    for quoi, texte in sorties.items():
        for original in ("Ginette", "Delorme", "ginette", "Hélène", "Helene"):
            assert original not in texte, f"« {original} » dans {quoi}"


def test_the_raw_contribution_keeps_the_original_name(client, arbre, lieu, editrice):
    from tests.factories import InvitationFactory
    from tests.utils import envoyer_contribution

    contribution = envoyer_contribution(client, InvitationFactory(lieu=lieu))
    assert "Marcel" in contribution.texte
    nom, _ = NomPersonne.objects.get_or_create(
        recit_id=contribution.page_id, nom="Marcel", defaults={"source": "editeur"}
    )
    decider_nom(nom, "initiale", editrice)

    contribution.refresh_from_db()
    assert "Même Marcel est venu" in contribution.texte
    brouillon = RecitPage.objects.get(pk=contribution.page_id).get_latest_revision_as_object()
    assert "Marcel" not in brouillon.texte_brut() and "M. est venu" in brouillon.texte_brut()
    assert "Marcel" not in RecitPage.objects.get(pk=contribution.page_id).texte_brut()
