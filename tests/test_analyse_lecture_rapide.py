"""The worker's fast paths give exactly what the straightforward readings give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indicateurs.analysis.explication import expliquer
from indicateurs.analysis.moteur import Analyseur
from indicateurs.analysis.pipeline import lire_jetons, lire_jetons_directs

from .modele_entraine import analyseur_entraine

# No database in these tests: the PostgreSQL pass of the CI need not run them again.
pytestmark = pytest.mark.sans_base

CORPUS = Path(__file__).resolve().parent.parent / "indicateurs" / "corpus"


def _textes(nombre_par_registre: int = 4) -> list[str]:
    textes = []
    for chemin in sorted(CORPUS.glob("*.jsonl")):
        lignes = [json.loads(x) for x in chemin.read_text(encoding="utf-8").splitlines() if x]
        textes.extend(d["text"] for d in lignes[:nombre_par_registre])
    return textes


@pytest.fixture(scope="module")
def analyseur() -> Analyseur:
    return analyseur_entraine()


def test_lire_jetons_egale_la_lecture_directe(analyseur):
    textes = _textes()
    assert len(textes) >= 40
    for doc in analyseur.nlp.pipe(textes):
        jetons, somme = lire_jetons(doc, 7)
        attendus, somme_attendue = lire_jetons_directs(doc, 7)
        assert jetons and jetons == attendus
        assert somme.tobytes() == somme_attendue.tobytes()


def test_expliquer_rapide_egale_celui_du_classifieur(analyseur):
    modele = analyseur.assistant
    assert modele is not None
    textes = _textes()
    lectures = analyseur.lectures(textes)
    vus = 0
    for texte, lecture in zip(textes, lectures, strict=True):
        attendu = modele.expliquer(lecture, texte)
        assert expliquer(modele, lecture, texte) == attendu
        vus += sum(len(r["mots"]) for r in attendu.values())
    assert vus > 50


def test_reponses_identiques_avec_et_sans_voie_rapide(analyseur):
    from indicateurs.analysis.resultats import resumer

    textes = _textes(2)
    extraits = analyseur._extraire(textes)
    for texte, parts in zip(textes, extraits, strict=True):
        if isinstance(parts, dict):
            continue
        lent = resumer(texte, parts, analyseur.assistant)
        rapide = resumer(texte, parts, analyseur._assistant_rapide)
        assert rapide == lent
