"""The report's charts, drawn by matplotlib from the data stored at generation.

Every format (page, DOCX, PDF) takes the same PNG from here, so all show one picture.
"""

from __future__ import annotations

import hashlib
import io
import json

import matplotlib

matplotlib.use("Agg")

from django.core.cache import cache  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

GENRES = ("couverture", "matrice", "comparaison")


def _figure(largeur: float, hauteur: float, marges: dict | None = None) -> Figure:
    # Fixed margins: the constrained layout engine doubled the drawing time.
    figure = Figure(figsize=(largeur, hauteur), dpi=100)
    figure.subplots_adjust(**(marges or {"left": 0.1, "right": 0.97, "top": 0.95, "bottom": 0.15}))
    return figure


def _couverture(donnees: dict) -> Figure:
    figure = _figure(7.5, 5, {"left": 0.1, "right": 0.98, "top": 0.96, "bottom": 0.3})
    axes = figure.add_subplot()
    annees = donnees.get("annees") or []
    for ind in donnees.get("indicateurs") or []:
        valeurs = (donnees.get("couverture") or {}).get(ind["slug"]) or [0] * len(annees)
        axes.plot(annees, valeurs, marker="o", label=ind["nom"], color=ind.get("couleur") or None)
    axes.set_xlabel("Année")
    axes.set_ylabel("Récits qui en témoignent")
    axes.set_xticks(annees)
    if donnees.get("indicateurs"):
        axes.legend(fontsize=7, ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.12))
    return figure


def _matrice(donnees: dict) -> Figure:
    lieux = donnees.get("lieux") or []
    noms = [i["nom"] for i in donnees.get("indicateurs") or []]
    hauteur = max(2.5, 0.3 * len(lieux) + 1.8)
    marges = {"left": 0.28, "right": 0.98, "top": 1 - 0.2 / hauteur, "bottom": 1.5 / hauteur}
    figure = _figure(7.5, hauteur, marges)
    axes = figure.add_subplot()
    if lieux and noms:
        image = axes.imshow(
            donnees["matrice"], aspect="auto", cmap="Greens", interpolation="nearest"
        )
        figure.colorbar(image, ax=axes, label="Récits")
        axes.set_yticks(range(len(lieux)), lieux, fontsize=7)
        axes.set_xticks(range(len(noms)), noms, rotation=45, ha="right", fontsize=7)
    else:
        axes.text(0.5, 0.5, "Aucun récit sur la période", ha="center", va="center")
        axes.set_axis_off()
    return figure


def _comparaison(donnees: dict) -> Figure:
    indicateurs = donnees.get("indicateurs") or []
    figure = _figure(7.5, 4, {"left": 0.1, "right": 0.98, "top": 0.95, "bottom": 0.35})
    axes = figure.add_subplot()
    valeurs = donnees.get("comparaison") or {}
    positions = range(len(indicateurs))
    avant = [(valeurs.get(i["slug"]) or [0, 0])[0] for i in indicateurs]
    apres = [(valeurs.get(i["slug"]) or [0, 0])[1] for i in indicateurs]
    axes.bar(
        [p - 0.2 for p in positions], avant, width=0.4, label="Période précédente", color="#9aa5b1"
    )
    axes.bar(
        [p + 0.2 for p in positions], apres, width=0.4, label="Période du rapport", color="#2f6b3b"
    )
    axes.set_xticks(
        list(positions), [i["nom"] for i in indicateurs], rotation=45, ha="right", fontsize=7
    )
    axes.set_ylabel("Récits")
    axes.legend(fontsize=8)
    return figure


def dessiner(donnees: dict, genre: str) -> bytes:
    """A chart as PNG bytes."""
    figure = {"couverture": _couverture, "matrice": _matrice, "comparaison": _comparaison}[genre](
        donnees or {}
    )
    tampon = io.BytesIO()
    figure.savefig(tampon, format="png")
    return tampon.getvalue()


def image_graphique(rapport, genre: str) -> bytes:
    """The chart of a report, drawn once per content of its data (cached)."""
    donnees = rapport.graphiques or {}
    empreinte = hashlib.sha256(json.dumps(donnees, sort_keys=True).encode()).hexdigest()[:24]
    cle = f"rapports:graphique:{genre}:{empreinte}"
    png = cache.get(cle)
    if png is None:
        png = dessiner(donnees, genre)
        cache.set(cle, png, 24 * 3600)
    return png
