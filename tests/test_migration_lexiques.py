"""Migration 0008 replaces the shipped lexicons and keeps the ones an editor rewrote."""

from __future__ import annotations

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from indicateurs.defaults import INDICATEURS_PAR_DEFAUT
from indicateurs.models import Indicateur

MIGRATION = importlib.import_module("indicateurs.migrations.0008_lexiques_texte_reel")
NOUVEAUX = {d["slug"]: d["lexique"] for d in INDICATEURS_PAR_DEFAUT}


def _migrer(cibles) -> None:
    executeur = MigrationExecutor(connection)
    executeur.loader.build_graph()
    executeur.migrate(cibles)


def _lexiques() -> dict[str, str]:
    return dict(Indicateur.objects.values_list("slug", "lexique"))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_lexiques_livres_remplaces_et_lexique_d_un_editeur_garde():
    precedents = MIGRATION.LEXIQUES_PRECEDENTS
    assert "convivialite" not in precedents and len(precedents) == 8
    _migrer([("indicateurs", "0007_groupes_atelier")])
    # Back at 0007 every lexicon is the previous wording; an editor then rewrites one.
    assert {s: x for s, x in _lexiques().items() if s in precedents} == precedents
    Indicateur.objects.filter(slug="mixite").update(lexique="mixité\nnos mots à nous")
    _migrer(MigrationExecutor(connection).loader.graph.leaf_nodes())
    apres = _lexiques()
    assert apres["mixite"] == "mixité\nnos mots à nous"
    for slug, lexique in NOUVEAUX.items():
        if slug != "mixite":
            assert apres[slug] == lexique, slug
    assert "faire revivre" in apres["dynamisme-territorial"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_0009_marque_les_besoins_et_garde_le_lexique_d_une_editrice():
    precedents = importlib.import_module(
        "indicateurs.migrations.0009_lexiques_besoins"
    ).LEXIQUES_PRECEDENTS
    assert set(precedents) == {
        "lien-social",
        "lutte-isolement",
        "services-proximite",
        "mixite",
        "dynamisme-territorial",
    }
    _migrer([("indicateurs", "0008_lexiques_texte_reel")])
    # At 0008 the five lexicons read as 0008 shipped them, then an editor rewrites one.
    assert {s: x for s, x in _lexiques().items() if s in precedents} == precedents
    Indicateur.objects.filter(slug="services-proximite").update(lexique="épicerie\nnos mots")
    _migrer(MigrationExecutor(connection).loader.graph.leaf_nodes())
    apres = _lexiques()
    assert apres["services-proximite"] == "épicerie\nnos mots"
    for slug in precedents.keys() - {"services-proximite"}:
        assert apres[slug] == NOUVEAUX[slug], slug
    # A need said in the negative now counts: every line of these lexicons is marked « ! ».
    for slug in ("lien-social", "lutte-isolement"):
        assert all(ligne.startswith("!") for ligne in apres[slug].splitlines()), slug
    assert "multigénérationnel" in apres["mixite"].splitlines()
