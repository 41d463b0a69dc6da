"""The worker's fast paths give exactly what the straightforward readings give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indicateurs.analysis.classifieur import ngrammes
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


def test_l_explication_egale_le_calcul_direct(analyseur):
    """The words of an explanation are the known n-grams that weigh most, computed plainly,
    and its probability is the full feature row's."""
    modele = analyseur.assistant
    assert modele is not None
    textes = _textes()
    lectures = analyseur.lectures(textes)
    probas = modele.probabilites(lectures)
    vus = 0
    for texte, lecture, ligne in zip(textes, lectures, probas, strict=True):
        explication = modele.expliquer(lecture, texte)
        connus: dict[str, int] = {}
        for nom, debut, _fin in ngrammes(lecture):
            if nom in modele.vocabulaire:
                connus.setdefault(nom, debut)
        for k, slug in enumerate(modele.slugs):
            assert explication[slug]["probabilite"] == round(float(ligne[k]), 3)
            apports = {
                nom: float(modele.poids[modele.vocabulaire[nom], k]) / len(connus) ** 0.5
                for nom in connus
            }
            meilleurs = sorted(
                (nom for nom, a in apports.items() if a > 0), key=lambda n: (-apports[n], connus[n])
            )[:5]
            attendus = [(n[2:], connus[n]) for n in meilleurs if apports[n] > 0.02]
            mots = explication[slug]["mots"]
            assert [(m["trait"], m["debut"]) for m in mots] == attendus
            for m in mots:
                assert m["poids"] == pytest.approx(
                    apports["u:" + m["trait"]]
                    if "u:" + m["trait"] in apports
                    else apports["b:" + m["trait"]],
                    abs=6e-4,
                )
                assert texte[m["debut"] : m["fin"]] == m["texte"]
            vus += len(mots)
    assert vus > 50
