"""What an editor met: a story that repeats itself, a silent refusal, two e-mails, an hour apart."""

import datetime
import html

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from collecte.models import Contribution
from recits.models import RecitPage
from tests.factories import InvitationFactory
from tests.utils import donnees_valides, envoyer_contribution

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitation(arbre, lieu):
    return InvitationFactory(lieu=lieu)


@pytest.fixture
def moderatrice(client, django_user_model):
    utilisatrice = django_user_model.objects.create_user(
        "mod", "moderation@exemple.fr", "x", is_staff=True
    )
    utilisatrice.groups.add(Group.objects.get(name="Moderators"))
    return utilisatrice


def test_une_seule_notification_par_contribution(
    client, invitation, moderatrice, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        envoyer_contribution(client, invitation)
    recus = [m for m in mail.outbox if "moderation@exemple.fr" in m.to]
    assert len(recus) == 1
    assert "Nouvelle contribution" in recus[0].subject


@pytest.fixture
def superadmin(client, django_user_model):
    utilisateur = django_user_model.objects.create_superuser("admin", "a@exemple.fr", "x")
    client.force_login(utilisateur)
    return utilisateur


def test_une_seule_heure_europe_paris(client, invitation, superadmin):
    contribution = envoyer_contribution(client, invitation)
    # 22:59 UTC on 15 January is 23:59 in Paris (winter time, UTC+1).
    moment = datetime.datetime(2025, 1, 15, 22, 59, tzinfo=datetime.UTC)
    Contribution.objects.filter(pk=contribution.pk).update(recue_le=moment)
    liste = client.get("/admin/collecte/contributions/").content.decode()
    fiche = client.get(f"/admin/collecte/contributions/inspect/{contribution.pk}/").content.decode()
    editeur = client.get(f"/admin/pages/{contribution.page_id}/edit/").content.decode()
    for ecran in (liste, fiche, editeur):
        assert "15 janvier 2025 à 23:59" in ecran
        assert "22:59" not in ecran
    assert timezone.get_current_timezone_name() == "Europe/Paris"


def test_une_soumission_par_l_equipe_garde_la_notification_de_wagtail(
    creer_recit, moderatrice, django_user_model, django_capture_on_commit_callbacks
):
    """Only the form's own start is silenced: an editor's submission still notifies."""
    editrice = django_user_model.objects.create_user("ed", "ed@exemple.fr", "x", is_staff=True)
    editrice.groups.add(Group.objects.get(name="Editors"))
    recit = creer_recit(title="Écrit par l'équipe", live=False)
    recit.save_revision(user=editrice)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        recit.get_workflow().start(recit, editrice)
    assert [m.to for m in mail.outbox] == [["moderation@exemple.fr"]]


def _article(client, page) -> str:
    from bs4 import BeautifulSoup

    html = client.get(RecitPage.objects.get(pk=page.pk).url).content.decode()
    return str(BeautifulSoup(html, "html.parser").find("article"))


def test_le_pourquoi_devient_le_chapo_sans_se_repeter(client, invitation):
    contribution = envoyer_contribution(client, invitation)
    page = contribution.page
    assert page.chapo == "Parce que le village s'est retrouvé."
    html_corps = "".join(str(bloc.value) for bloc in page.corps)
    assert "Pourquoi ce moment compte" not in html_corps
    assert "retrouvé" not in html_corps
    page.save_revision().publish()
    article = _article(client, page)
    assert (
        article.count("village s&#x27;est retrouvé") + article.count("village s'est retrouvé") == 1
    )
    assert article.count("Même Marcel est venu") == 1


def test_un_long_pourquoi_est_coupe_sans_rien_perdre(client, invitation):
    premiere = "Parce que " + "le village entier était là, " * 10 + "enfin."  # 296 signs
    suite = "Depuis, les voisins se parlent.\n\nEt la mairie veut recommencer."
    contribution = envoyer_contribution(client, invitation, pourquoi=f"{premiere} {suite}")
    page = contribution.page
    assert len(page.chapo) <= 300 and page.chapo.endswith("enfin.")
    paragraphes = [str(b.value) for b in page.corps if b.block_type == "paragraphe"]
    assert "<h3>Pourquoi ce moment compte</h3>" in paragraphes
    reste = paragraphes[paragraphes.index("<h3>Pourquoi ce moment compte</h3>") + 1 :]
    assert reste == [
        "<p>Depuis, les voisins se parlent.</p>",
        "<p>Et la mairie veut recommencer.</p>",
    ]


def test_reportage_photo_sans_pourquoi_le_texte_n_est_pas_repete(client, invitation):
    contribution = envoyer_contribution(
        client,
        invitation,
        photos=[("Le marché", "Des étals sous la pluie")],
        genre="photos",
        pourquoi="",
        texte="Le marché sous la pluie.",
    )
    page = contribution.page
    assert page.chapo == "Le marché sous la pluie."
    assert not [b for b in page.corps if b.block_type == "paragraphe"]


def test_recit_sans_pourquoi_accepte_le_debut_du_texte_ouvre_le_recit(client, invitation):
    """« Pourquoi » is optional: a story sent without it opens on its own first sentences."""
    suite = "On était douze autour des tables, et Marcel a gagné deux parties de suite. " * 5
    contribution = envoyer_contribution(
        client,
        invitation,
        genre="recit",
        pourquoi="",
        texte=f"Le jeudi, la belote a repris.\n\n{suite.strip()}",
    )
    page = contribution.page
    assert page.chapo.startswith("Le jeudi, la belote a repris.")
    corps = " ".join(str(b.value) for b in page.corps if b.block_type == "paragraphe")
    assert "Le jeudi, la belote" not in corps, "le chapô n'est pas répété"
    assert corps.count("Marcel a gagné") + page.chapo.count("Marcel a gagné") == 5, "rien perdu"


def test_la_seule_photo_n_apparait_qu_une_fois(client, invitation):
    contribution = envoyer_contribution(
        client, invitation, photos=[("Le marché", "Des étals sous les platanes")]
    )
    contribution.page.save_revision().publish()
    article = _article(client, contribution.page)
    assert article.count("<img") == 1


def test_trois_photos_une_en_tete_deux_dans_le_corps(client, invitation):
    photos = [("Un", "Première photo"), ("Deux", "Deuxième photo"), ("Trois", "Troisième photo")]
    contribution = envoyer_contribution(client, invitation, photos=photos)
    contribution.page.save_revision().publish()
    page = RecitPage.objects.get(pk=contribution.page_id)
    assert page.image.description == "Première photo"
    galeries = [b for b in page.corps if b.block_type == "galerie"]
    assert [p["legende"] for p in galeries[0].value["photos"]] == ["Deux", "Trois"]
    assert _article(client, page).count("<img") == 3


REFUS_SITE = "La personne n'a pas accepté la publication sur le site"


@pytest.fixture
def recit_refuse(client, invitation):
    """A contribution whose contributor said no to the website, waiting in moderation."""
    return envoyer_contribution(client, invitation, consentement_site="").page


def _texte(reponse) -> str:
    return html.unescape(reponse.content.decode())


def test_refus_explique_a_l_approbation_dans_l_editeur(client, superadmin, recit_refuse):
    reponse = client.post(
        f"/admin/pages/{recit_refuse.pk}/edit/",
        {"action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    assert reponse.status_code == 302
    assert reponse["Location"] == f"/admin/pages/{recit_refuse.pk}/edit/"
    suivante = _texte(client.get(reponse["Location"]))
    assert REFUS_SITE in suivante and "Rien n'a été approuvé" in suivante
    assert "a été mise à jour" not in suivante
    etat = WorkflowState.objects.get(object_id=str(recit_refuse.pk))
    assert etat.status == WorkflowState.STATUS_IN_PROGRESS
    assert not RecitPage.objects.get(pk=recit_refuse.pk).live


def test_refus_explique_a_l_approbation_hors_editeur(client, superadmin, recit_refuse):
    etat = TaskState.objects.get(workflow_state__object_id=str(recit_refuse.pk))
    url = f"/admin/pages/workflow/action/{recit_refuse.pk}/approve/{etat.pk}/"
    reponse = client.post(url, {"comment": ""}, follow=True)
    contenu = _texte(reponse)
    assert REFUS_SITE in contenu
    etat.refresh_from_db()
    assert etat.status == TaskState.STATUS_IN_PROGRESS
    # From the dashboard's modal (XHR) the browser is sent to the editor, where it reads why.
    xhr = client.post(url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    assert f"/admin/pages/{recit_refuse.pk}/edit/" in xhr.content.decode()
    assert REFUS_SITE in _texte(client.get(f"/admin/pages/{recit_refuse.pk}/edit/"))


def test_refus_explique_en_publication_groupee(client, superadmin, recit_refuse, creer_recit):
    autre = creer_recit(title="Un brouillon sans histoire", live=False)
    url = (
        f"/admin/bulk/wagtailcore/page/publish/?next=/admin/pages/&id={recit_refuse.pk}"
        f"&id={autre.pk}"
    )
    reponse = client.post(url, {"include_descendants": ""}, follow=True)
    contenu = _texte(reponse)
    assert "Rien n'a été publié" in contenu and REFUS_SITE in contenu
    assert recit_refuse.title in contenu
    assert not RecitPage.objects.get(pk=autre.pk).live  # nothing at all was published


def test_approbation_d_un_recit_consenti_publie(client, superadmin, invitation):
    page = envoyer_contribution(client, invitation).page
    etat = TaskState.objects.get(workflow_state__object_id=str(page.pk))
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{etat.pk}/", {"comment": ""})
    assert RecitPage.objects.get(pk=page.pk).live


def test_le_merci_et_le_guide_disent_la_meme_chose(client, invitation):
    """The thank-you page promises a notice of publication; the guide says it comes."""
    from pathlib import Path

    reponse = client.post(invitation.chemin(), donnees_valides(invitation))
    merci = html.unescape(client.get(reponse["Location"]).content.decode())
    assert "vous serez prévenu·e s'il est publié, si vous avez laissé votre e-mail" in merci
    guide = (Path(__file__).parent.parent / "docs" / "guide-collecte.md").read_text()
    assert "ne prévient pas" not in guide
    assert "« [Récits vivants] Votre récit est publié »" in guide
    editeurs = (Path(__file__).parent.parent / "docs" / "guide-editeurs.md").read_text()
    assert "pas encore en service" not in editeurs
    assert "Soumettre à Modération des contributions" in editeurs


def test_les_libelles_du_guide_sont_ceux_de_l_editeur(client, invitation, moderatrice, creer_recit):
    """The guide names the buttons as Wagtail renders them in French (checked by rendering)."""
    from pathlib import Path

    guide = (Path(__file__).parent.parent / "docs" / "guide-editeurs.md").read_text()
    recit = creer_recit(title="Écrit par l'équipe", live=False)
    recit.save_revision()
    contribution = envoyer_contribution(client, invitation)
    client.force_login(moderatrice)
    editeur = html.unescape(client.get(f"/admin/pages/{recit.pk}/edit/").content.decode())
    relecture = html.unescape(
        client.get(f"/admin/pages/{contribution.page_id}/edit/").content.decode()
    )
    assert "Soumettre à Modération des contributions" in editeur
    for libelle in ("Approuver et Publier", "Approuver avec un commentaire et Publier",
                    "Demander des modifications"):  # fmt: skip
        assert libelle in relecture and f"« {libelle} »" in guide
