"""The report in XLSX: one row per figure and per quote; every text cell stays text."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING

from ..contenu import Contenu


def _texte(feuille, ligne: list) -> None:
    """Append a row; strings are typed as strings so « =1+1 » is never read as a formula."""
    feuille.append([None if isinstance(v, str) else v for v in ligne])
    rang = feuille.max_row
    for colonne, valeur in enumerate(ligne, start=1):
        if isinstance(valeur, str):
            cellule = feuille.cell(row=rang, column=colonne)
            cellule.value = valeur
            cellule.data_type = TYPE_STRING


def en_xlsx(contenu: Contenu, base_url: str = "") -> bytes:
    """Figures, quotes and sources, one sheet each."""
    classeur = Workbook()
    chiffres = classeur.active
    chiffres.title = "Chiffres"
    _texte(chiffres, ["Indicateur", "Chiffre", "Valeur", "Période", "Périmètre"])
    libelles = {
        "recits": "Récits qui en témoignent",
        "lieux": "Lieux",
        "departements": "Départements",
        "lieux_perimetre": "Lieux du périmètre",
        "part_lieux": "Part des lieux du périmètre (%)",
        "recits_precedent": "Récits sur la période précédente",
    }
    rapport = contenu.rapport
    for preuve in contenu.preuves:
        nom = preuve.indicateur.nom if preuve.indicateur else "Indicateur supprimé"
        for cle, libelle in libelles.items():
            if preuve.chiffres.get(cle) is not None:
                _texte(
                    chiffres,
                    [
                        nom,
                        libelle,
                        preuve.chiffres[cle],
                        rapport.libelle_periode,
                        rapport.libelle_perimetre,
                    ],
                )
    citations = classeur.create_sheet("Citations")
    _texte(citations, ["Indicateur", "Citation", "Nom", "Rôle", "Lieu", "Commune", "Année", "Lien"])
    for preuve in contenu.preuves:
        nom = preuve.indicateur.nom if preuve.indicateur else "Indicateur supprimé"
        for c in preuve.citations:
            lien = f"{base_url}{c.lien}" if c.lien.startswith("/") else c.lien
            _texte(citations, [nom, c.texte, c.nom, c.role, c.lieu, c.commune, c.annee, lien])
    sources = classeur.create_sheet("Sources")
    _texte(sources, ["Récit", "Lieu", "Commune", "Année", "Lien", "Indicateurs"])
    for s in contenu.sources():
        lien = f"{base_url}{s['lien']}" if s["lien"].startswith("/") else s["lien"]
        _texte(
            sources,
            [
                s["reference"],
                s["lieu"],
                s["commune"],
                s["annee"],
                lien or "non public",
                ", ".join(s["indicateurs"]),
            ],
        )
    tampon = io.BytesIO()
    classeur.save(tampon)
    return tampon.getvalue()
