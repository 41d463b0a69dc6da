"""Codings follow their passage when the story's text changes, or are flagged, never lost."""

import pytest
from django.contrib.auth import get_user_model

from indicateurs.atelier import services
from indicateurs.models import Codage, DecisionCodage, Indicateur
from recits.passages import blocs_du_recit

pytestmark = pytest.mark.django_db

PREMIER = "On joue à la belote le jeudi. Les anciens se retrouvent au café."
SECOND = "Le marché du samedi attire les voisins."


@pytest.fixture
def editrice(db):
    return get_user_model().objects.create_superuser("camille", "c@exemple.fr", "motdepasse")


@pytest.fixture
def recit(creer_recit):
    recit = creer_recit(
        title="La belote",
        chapo="Le jeudi au café.",
        corps=[("paragraphe", f"<p>{PREMIER}</p>"), ("paragraphe", f"<p>{SECOND}</p>")],
    )
    recit.save_revision().publish()
    return recit


def frais(recit):
    """The story as stored now (the test's instance caches its latest revision)."""
    return type(recit).objects.get(pk=recit.pk)


def paragraphes(recit):
    courant = frais(recit).get_latest_revision_as_object()
    return [b for b in blocs_du_recit(courant) if b.genre == "paragraphe"]


def coder(recit, editrice, rang: int, passage: str) -> Codage:
    bloc = paragraphes(recit)[rang]
    debut = bloc.texte.index(passage)
    return services.coder_passage(
        frais(recit),
        bloc.cle,
        debut,
        debut + len(passage),
        Indicateur.objects.get(slug="lien-social").pk,
        editrice,
    ).codage


def reecrire(recit, rang: int, texte: str, publier: bool = False) -> None:
    """Save a new revision with one paragraph rewritten, its block id kept (as the editor does)."""
    from wagtail.rich_text import RichText

    page = frais(recit).get_latest_revision_as_object()
    rangs = [i for i, bloc in enumerate(page.corps) if bloc.block_type == "paragraphe"]
    ancien = page.corps[rangs[rang]]
    page.corps[rangs[rang]] = ("paragraphe", RichText(f"<p>{texte}</p>"), ancien.id)
    revision = page.save_revision()
    if publier:
        revision.publish()


def actions(recit) -> list[str]:
    return list(
        DecisionCodage.objects.filter(recit=recit).order_by("pk").values_list("action", flat=True)
    )


def test_un_autre_bloc_change_le_codage_reste(recit, editrice):
    codage = coder(recit, editrice, 0, "Les anciens se retrouvent au café.")
    reecrire(recit, 1, "Le marché du dimanche attire tout le canton.", publier=True)
    codage.refresh_from_db()
    assert (codage.debut, codage.a_revoir) == (PREMIER.index("Les anciens"), False)
    assert actions(recit) == ["ajout"]


def test_une_autre_phrase_du_bloc_change_le_passage_est_reancre(recit, editrice):
    codage = coder(recit, editrice, 0, "Les anciens se retrouvent au café.")
    cle = codage.bloc
    reecrire(recit, 0, "Chaque semaine, on joue à la belote. Les anciens se retrouvent au café.")
    codage.refresh_from_db()
    nouveau = paragraphes(recit)[0].texte
    assert codage.bloc == cle and not codage.a_revoir
    assert nouveau[codage.debut : codage.fin] == "Les anciens se retrouvent au café."
    assert actions(recit) == ["ajout", "reancrage"]
    decision = DecisionCodage.objects.get(action="reancrage")
    assert decision.details["avant"]["debut"] == PREMIER.index("Les anciens")
    assert decision.utilisateur is None


def test_plusieurs_occurrences_la_plus_proche(recit, editrice):
    reecrire(recit, 0, "Au café. On y joue. Au café. On y rit. Au café.")
    codage = coder(recit, editrice, 0, "On y rit")
    bloc = paragraphes(recit)[0]
    debut = bloc.texte.index("Au café.", codage.debut)
    codage = services.coder_passage(
        frais(recit),
        bloc.cle,
        debut,
        debut + 8,
        Indicateur.objects.get(slug="convivialite").pk,
        editrice,
    ).codage
    reecrire(recit, 0, "Au café. On y joue. Au café. On y rit fort. Au café. Au café.")
    codage.refresh_from_db()
    # The third « Au café. » moved by five characters; the nearest one is chosen.
    assert codage.debut == debut + len(" fort")


def test_le_passage_lui_meme_change_il_est_a_revoir(recit, editrice):
    codage = coder(recit, editrice, 0, "Les anciens se retrouvent au café.")
    reecrire(recit, 0, "On joue à la belote le jeudi. Les aînés viennent au café.", publier=True)
    codage.refresh_from_db()
    assert codage.a_revoir and codage.statut == "accepte"
    assert codage.passage == "Les anciens se retrouvent au café."
    assert actions(recit) == ["ajout", "a_revoir"]
    # Saving again does not repeat the flag in the history.
    reecrire(recit, 1, "Le marché change de jour.")
    assert actions(recit) == ["ajout", "a_revoir"]
    # The editor points it at its passage as it now reads.
    bloc = paragraphes(recit)[0]
    services.reancrer_a_la_main(
        frais(recit), codage.pk, bloc.cle, "Les aînés viennent au café.", editrice
    )
    codage.refresh_from_db()
    assert not codage.a_revoir and codage.passage == "Les aînés viennent au café."
    assert actions(recit)[-1] == "reancrage"


def test_le_passage_passe_dans_un_autre_bloc(recit, editrice):
    codage = coder(recit, editrice, 0, "Les anciens se retrouvent au café.")
    reecrire(recit, 0, "On joue à la belote le jeudi.")
    reecrire(recit, 1, f"{SECOND} Les anciens se retrouvent au café.")
    codage.refresh_from_db()
    second = paragraphes(recit)[1]
    assert codage.bloc == second.cle and not codage.a_revoir
    assert second.texte[codage.debut : codage.fin] == codage.passage


def test_un_remplacement_par_le_code_est_suivi(recit, editrice):
    """A pseudonymisation that writes a revision from code is covered like an editor's save."""
    codage = coder(recit, editrice, 0, "Les anciens se retrouvent au café.")
    page = frais(recit).get_latest_revision_as_object()
    page.chapo = "Le jeudi au café, chez R."
    page.save_revision(log_action=False)
    codage.refresh_from_db()
    assert codage.debut == PREMIER.index("Les anciens") and not codage.a_revoir


def test_un_passage_raccourci_en_fin_de_bloc_est_reancre(creer_recit):
    """A slice past the block's end is clipped by Python: it must not pass for intact."""
    from indicateurs.atelier.ancrage import reancrer_codages
    from indicateurs.models import Codage, Indicateur
    from recits.passages import blocs_du_recit

    recit = creer_recit(
        title="Fin", chapo="Le chapô.", corps=[{"type": "paragraphe", "value": "<p>Il rit.</p>"}]
    )
    bloc = blocs_du_recit(recit)[1]
    codage = Codage.objects.create(
        recit=recit, indicateur=Indicateur.objects.get(slug="convivialite"), bloc=bloc.cle,
        debut=3, fin=len(bloc.texte) + 1, passage="rit.", origine="editeur", statut="accepte",
    )  # fmt: skip
    comptes = reancrer_codages(recit.pk, recit)
    codage.refresh_from_db()
    assert comptes["reancres"] == 1
    assert (codage.debut, codage.fin) == (3, 7) and bloc.texte[3:7] == "rit."
