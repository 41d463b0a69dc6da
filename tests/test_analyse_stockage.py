"""Stored suggestions: replaced when the text changes, editors' decisions never touched."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from indicateurs.analysis.stockage import analyser_recits
from indicateurs.models import Analyse, Codage, Indicateur
from indicateurs.tasks import analyser_recit

pytestmark = pytest.mark.django_db

TEXTE = (
    "<p>Les anciens se retrouvent au café tous les matins. "
    "Le vendredi, la fête dure jusqu'à minuit.</p>"
)


@pytest.fixture
def lexiques(db, settings, tmp_path):
    """Small, fixed lexicons so that the expected suggestions are exact, and no trained
    model (an empty folder): these tests are about storage, on the rules alone."""
    settings.RECITS_DOSSIER_ASSISTANT = tmp_path / "sans-modele"
    Indicateur.objects.exclude(slug__in=["lien-social", "convivialite"]).update(lexique="")
    Indicateur.objects.filter(slug="lien-social").update(lexique="se retrouver\nretrouvailles")
    Indicateur.objects.filter(slug="convivialite").update(lexique="fête\napéro")


def recit_avec(creer_recit, texte=TEXTE, **champs):
    champs.setdefault("chapo", "Au café.")
    champs.setdefault("title", "Le comptoir")
    return creer_recit(corps=[{"type": "paragraphe", "value": texte}], **champs)


def suggestions(recit):
    return sorted(
        Codage.objects.filter(recit=recit, origine="assistant", statut="suggere").values_list(
            "indicateur__slug", flat=True
        )
    )


def test_suggestions_are_passage_level_codings_with_explanations(creer_recit, lexiques):
    recit = recit_avec(creer_recit)
    bilan = analyser_recits([recit])
    assert (bilan.analyses, bilan.inchanges) == (1, 0)
    assert suggestions(recit) == ["convivialite", "lien-social"]
    codage = Codage.objects.get(recit=recit, indicateur__slug="lien-social")
    texte = recit.texte_brut()
    assert codage.passage == "Les anciens se retrouvent au café tous les matins."
    assert texte[codage.debut : codage.fin] == codage.passage
    assert codage.score == 0.5
    assert codage.explication.startswith(
        "Score 0,50 (seuil 0,50). Indices : « se retrouvent » (se retrouver, caractères"
    )
    analyse = Analyse.objects.get(recit=recit)
    assert analyse.langue == "fr"
    assert set(analyse.indicateurs) == {"convivialite", "lien-social"}
    assert analyse.longueur == len(texte)


def test_unchanged_text_is_skipped_and_changed_text_replaces_suggestions(creer_recit, lexiques):
    recit = recit_avec(creer_recit)
    analyser_recits([recit])
    premiere = Analyse.objects.get(recit=recit).empreinte
    assert analyser_recits([recit]).inchanges == 1
    recit.corps = [{"type": "paragraphe", "value": "<p>On prépare l'apéro du dimanche.</p>"}]
    recit.save()
    assert analyser_recits([recit]).analyses == 1
    assert Analyse.objects.get(recit=recit).empreinte != premiere
    assert suggestions(recit) == ["convivialite"]


def test_changed_lexicons_trigger_a_new_analysis(creer_recit, lexiques):
    recit = recit_avec(creer_recit)
    analyser_recits([recit])
    Indicateur.objects.filter(slug="bien-vivre").update(lexique="café")
    assert analyser_recits([recit]).analyses == 1
    assert "bien-vivre" in suggestions(recit)


def test_editor_decisions_are_never_overwritten(creer_recit, lexiques, admin_user):
    recit = recit_avec(creer_recit)
    analyser_recits([recit])
    rejete = Codage.objects.get(recit=recit, indicateur__slug="convivialite")
    rejete.statut, rejete.decide_par, rejete.decide_le = "rejete", admin_user, timezone.now()
    rejete.save()
    editeur = Codage.objects.create(
        recit=recit,
        indicateur=Indicateur.objects.get(slug="mixite"),
        origine="editeur",
        statut="accepte",
    )
    recit.chapo = "Au café, encore une fête."
    recit.save()
    analyser_recits([recit])
    rejete.refresh_from_db()
    assert rejete.statut == "rejete" and rejete.decide_par == admin_user
    assert Codage.objects.filter(pk=editeur.pk, statut="accepte").exists()
    # The rejected indicator is not suggested again; the other suggestion was renewed.
    assert suggestions(recit) == ["lien-social"]


def test_drafts_are_analysed_from_their_latest_revision(creer_recit, lexiques):
    recit = recit_avec(creer_recit, texte="<p>Le café ouvre à huit heures.</p>")
    brouillon = recit.get_latest_revision_as_object() if recit.latest_revision_id else recit
    brouillon.chapo = "Des retrouvailles au café."
    brouillon.save_revision()
    recit.refresh_from_db()
    assert recit.has_unpublished_changes
    analyser_recits([recit])
    assert suggestions(recit) == ["lien-social"]


def test_empty_and_foreign_stories_get_no_suggestion_and_no_error(creer_recit, lexiques):
    vide = creer_recit(title="Vide", chapo=".", corps=[])
    anglais = recit_avec(
        creer_recit,
        title="Open",
        chapo="The café opens every morning.",
        texte="<p>People meet there and have fun together at the party.</p>",
    )
    analyser_recits([vide, anglais])
    assert suggestions(vide) == suggestions(anglais) == []
    assert Analyse.objects.get(recit=anglais).langue == "autre"
    assert Analyse.objects.get(recit=anglais).erreur == ""


def test_the_task_takes_the_page_id_and_runs_on_the_immediate_backend(creer_recit, lexiques):
    recit = recit_avec(creer_recit)
    resultat = analyser_recit.enqueue(str(recit.pk))
    assert resultat.return_value == "analysé"
    assert suggestions(recit) == ["convivialite", "lien-social"]
    assert analyser_recit.enqueue(str(recit.pk)).return_value == "inchangé"
    assert analyser_recit.enqueue("987654").return_value == "absent"


def test_saving_a_story_queues_the_analysis_after_commit(
    creer_recit, lexiques, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as rappels:
        recit = recit_avec(creer_recit)
    assert rappels
    assert suggestions(recit) == ["convivialite", "lien-social"]
    with django_capture_on_commit_callbacks(execute=True):
        brouillon = recit.get_latest_revision_as_object() if recit.latest_revision_id else recit
        brouillon.chapo = "On se retrouve, sans plus de fête."
        brouillon.corps = []
        brouillon.save_revision()
    assert suggestions(recit) == ["lien-social"]


def test_fixture_loads_do_not_queue_anything(creer_recit, lexiques):
    from indicateurs.signals import recit_enregistre

    recit = recit_avec(creer_recit)
    recit_enregistre(sender=type(recit), instance=recit, raw=True)
    assert not Analyse.objects.exists()


def test_the_bulk_command_filters_shows_progress_and_skips_unchanged(creer_recit, lexiques, lieu):
    from tests.factories import LieuPageFactory

    autre_lieu = LieuPageFactory(parent=lieu.get_parent(), slug="epicerie-haute")
    a = recit_avec(creer_recit)
    b = recit_avec(creer_recit, lieu=autre_lieu)
    c = recit_avec(creer_recit, date=timezone.datetime(2021, 3, 1).date())
    sortie = io.StringIO()
    call_command("analyser_recits", "--lieu", "epicerie-haute", stdout=sortie)
    assert set(Analyse.objects.values_list("recit_id", flat=True)) == {b.pk}
    assert "1/1" in sortie.getvalue()
    call_command("analyser_recits", "--annee", "2021", stdout=io.StringIO())
    assert set(Analyse.objects.values_list("recit_id", flat=True)) == {b.pk, c.pk}
    sortie = io.StringIO()
    call_command("analyser_recits", stdout=sortie)
    assert "1 récit(s) analysé(s), 2 inchangé(s)" in sortie.getvalue()
    assert Analyse.objects.filter(recit=a).exists()
    sortie = io.StringIO()
    call_command("analyser_recits", "--tous", stdout=sortie)
    assert "3 récit(s) analysé(s), 0 inchangé(s)" in sortie.getvalue()


def test_the_bulk_command_refuses_an_unknown_place(lexiques, arbre):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="Aucun récit pour le lieu « nulle-part »"):
        call_command("analyser_recits", "--lieu", "nulle-part", stdout=io.StringIO())
