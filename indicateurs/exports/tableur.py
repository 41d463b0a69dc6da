"""Codings as CSV (streamed row by row) and XLSX (openpyxl write-only, on disk, not in memory).

Every cell is text a person typed or chose: a passage starting with « = » stays a passage in
Excel and LibreOffice, never a formula (CSV: a leading apostrophe; XLSX: a forced text cell).
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterable, Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .lignes import COLONNES, LARGEURS

DEBUTS_DE_FORMULE = ("=", "+", "-", "@", "\t", "\r")
TYPE_CSV = "text/csv; charset=utf-8"
TYPE_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def neutraliser(valeur) -> str | int:
    """A CSV value a spreadsheet will not run as a formula."""
    if isinstance(valeur, str) and valeur.startswith(DEBUTS_DE_FORMULE):
        return "'" + valeur
    return valeur


class _Tampon:
    """A file-like object that hands back what csv.writer writes (for streaming)."""

    def write(self, valeur: str) -> str:
        return valeur


def csv_en_flux(lignes: Iterable[tuple]) -> Iterator[str]:
    """The CSV text, one row at a time (BOM first, so Excel reads UTF-8; « ; » as in France)."""
    ecrivain = csv.writer(_Tampon(), delimiter=";")
    yield "\ufeff" + ecrivain.writerow(COLONNES)
    for ligne in lignes:
        yield ecrivain.writerow([neutraliser(v) for v in ligne])


def _texte_force(feuille, valeur: str) -> WriteOnlyCell:
    cellule = WriteOnlyCell(feuille, value=ILLEGAL_CHARACTERS_RE.sub("", valeur))
    cellule.data_type = "s"  # never a formula, whatever the first character
    return cellule


def _rangee(feuille, ligne: tuple) -> list:
    """Plain values where they are safe (fast), forced text cells where they could run."""
    rangee = []
    for valeur in ligne:
        if isinstance(valeur, str):
            if valeur.startswith(DEBUTS_DE_FORMULE):
                rangee.append(_texte_force(feuille, valeur))
                continue
            if ILLEGAL_CHARACTERS_RE.search(valeur):
                valeur = ILLEGAL_CHARACTERS_RE.sub("", valeur)
        rangee.append(valeur)
    return rangee


def ecrire_xlsx(lignes: Iterable[tuple], sortie) -> int:
    """Write the workbook to `sortie` (a path or a binary file); the number of rows."""
    classeur = Workbook(write_only=True)
    feuille = classeur.create_sheet("Codages")
    for rang, largeur in enumerate(LARGEURS, start=1):
        feuille.column_dimensions[get_column_letter(rang)].width = largeur
    feuille.freeze_panes = "A2"
    gras = Font(bold=True)
    entetes = []
    for titre in COLONNES:
        cellule = WriteOnlyCell(feuille, value=titre)
        cellule.font = gras
        entetes.append(cellule)
    feuille.append(entetes)
    nombre = 0
    for ligne in lignes:
        feuille.append(_rangee(feuille, ligne))
        nombre += 1
    classeur.save(sortie)
    return nombre


def xlsx_temporaire(lignes: Iterable[tuple]):
    """The workbook in a temporary file (deleted when closed), rewound for reading."""
    fichier = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 (closed by the response)
    ecrire_xlsx(lignes, fichier)
    fichier.seek(0)
    return fichier
