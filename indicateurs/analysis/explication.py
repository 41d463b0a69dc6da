"""A faster `ModeleAssistant.expliquer` for the worker: same answer, fewer Python loops.

The classifier's own `expliquer` reads the passage's n-grams twice and, for every indicator,
walks every n-gram in Python. Here the n-grams are read once and the weight of each distinct
known n-gram for every indicator comes from one numpy product; only the few positive ones
are then walked. Every figure is computed with the same floating-point operations in the
same order, so the result is identical (``tests/test_analyse_explication.py`` checks it on
the corpus). No spaCy import here.
"""

from __future__ import annotations

import bisect

import numpy as np

from .classifieur import Lecture, ModeleAssistant, _phrase_de, _sigmoide, _unitaire, construire


def ngrammes_vite(lecture: Lecture) -> list[tuple[str, int, int]]:
    """`classifieur.ngrammes` with `bisect` instead of one numpy call per token."""
    sortie: list[tuple[str, int, int]] = []
    debuts = [p[0] for p in lecture.phrases]
    precedent: tuple[str, int, int, int] | None = None
    for lemme, debut, fin, plein in lecture.jetons:
        if not plein:
            continue
        phrase = bisect.bisect_right(debuts, debut) if debuts else 0
        sortie.append((f"u:{lemme}", debut, fin))
        if precedent is not None and precedent[3] == phrase:
            sortie.append((f"b:{precedent[0]} {lemme}", precedent[1], fin))
        precedent = (lemme, debut, fin, phrase)
    return sortie


def _probabilite_une(
    modele: ModeleAssistant, lecture: Lecture, grammes: list[tuple[str, int, int]]
) -> np.ndarray:
    """`ModeleAssistant._probabilite_une` from n-grams already read."""
    taille = len(modele.vocabulaire)
    reste = tuple(g for g in modele.groupes if g != "ngrammes")
    dense = construire([lecture], {}, modele.slugs, modele.exemples, modele.etiquettes, reste)[0]
    z = modele.biais + dense @ modele.poids[taille:]
    colonnes = sorted({modele.vocabulaire[g[0]] for g in grammes if g[0] in modele.vocabulaire})
    if colonnes:
        z = z + modele.poids[colonnes].sum(axis=0) / np.sqrt(len(colonnes))
    return _sigmoide(z)


def expliquer(modele: ModeleAssistant, lecture: Lecture, texte: str) -> dict[str, dict]:
    """Same as `modele.expliquer(lecture, texte)`, faster on long passages."""
    if "ngrammes" not in modele.groupes:
        return modele.expliquer(lecture, texte)
    grammes = ngrammes_vite(lecture)
    proba = _probabilite_une(modele, lecture, grammes)
    vecteur = _unitaire(lecture.vecteur)
    similarites = modele.exemples @ vecteur if len(modele.exemples) else np.zeros(0)
    vocabulaire = modele.vocabulaire
    # Known n-grams, each once, in order of first appearance with where it first appears.
    # Every known n-gram has the same value in the normalised row, so an n-gram's
    # contribution to an indicator is the same at each of its occurrences and the first
    # one is the one kept (the classifier keeps a later one only when strictly larger).
    premiers: dict[str, tuple[int, int]] = {}
    for nom, debut, fin in grammes:
        if nom in vocabulaire and nom not in premiers:
            premiers[nom] = (debut, fin)
    noms = list(premiers)
    apports = np.zeros((0, len(modele.slugs)))
    if noms:
        valeur = 1.0 / np.sqrt(len(noms))
        apports = modele.poids[[vocabulaire[n] for n in noms]] * valeur
    phrases_de: dict[int, tuple[int, int]] = {}
    sortie: dict[str, dict] = {}
    for k, slug in enumerate(modele.slugs):
        colonne = apports[:, k]
        contributions: dict[str, tuple[float, int, int]] = {}
        for rang in np.flatnonzero(colonne > 0.0):
            nom = noms[rang]
            contributions[nom] = (colonne[rang], *premiers[nom])
        mots = sorted(contributions.items(), key=lambda x: (-x[1][0], x[1][1]))[:5]
        par_phrase: dict[tuple[int, int], float] = {}
        for _nom, (apport, debut, _fin) in contributions.items():
            phrase = phrases_de.get(debut)
            if phrase is None:
                phrase = phrases_de[debut] = _phrase_de(lecture.phrases, debut)
            par_phrase[phrase] = par_phrase.get(phrase, 0.0) + apport
        exemple = None
        positifs = np.flatnonzero(modele.etiquettes[:, k]) if len(modele.etiquettes) else []
        if len(positifs):
            meilleur = positifs[int(np.argmax(similarites[positifs]))]
            exemple = {
                "texte": modele.textes[meilleur],
                "similarite": round(float(similarites[meilleur]), 3),
            }
        sortie[slug] = {
            "probabilite": round(float(proba[k]), 3),
            "seuil": round(float(modele.seuils[k]), 3),
            "mots": [
                {"texte": texte[d:f], "trait": nom[2:], "debut": d, "fin": f, "poids": round(a, 3)}
                for nom, (a, d, f) in mots
                if a > 0.02
            ],
            # The three best sentences, rounded after the cut (the classifier rounds all).
            "phrases": [
                {"debut": d, "fin": f, "texte": texte[d:f], "poids": round(p, 3)}
                for (d, f), p in [
                    x
                    for x in sorted(par_phrase.items(), key=lambda x: (-x[1], x[0]))
                    if x[1] > 0.02
                ][:3]
            ],
            "exemple": exemple,
        }
    return sortie


class AssistantRapide:
    """The trained model as `resumer` sees it, with the faster `expliquer`."""

    def __init__(self, modele: ModeleAssistant):
        self.modele = modele

    def expliquer(self, lecture: Lecture, texte: str) -> dict[str, dict]:
        """Delegates to the module's `expliquer` (identical answer)."""
        return expliquer(self.modele, lecture, texte)

    def __getattr__(self, nom: str):
        return getattr(self.modele, nom)
