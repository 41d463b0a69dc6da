"""The report in DOCX (python-docx): styled headings, quotes as quotes, photos, charts, sources."""

from __future__ import annotations

import io

from docx import Document
from docx.shared import Cm

from ..contenu import Contenu
from ..graphiques import image_graphique


def _chiffres(document, preuve) -> None:
    c = preuve.chiffres
    lignes = [
        ("Récits qui en témoignent", c.get("recits", 0)),
        ("Lieux", c.get("lieux", 0)),
        ("Départements", c.get("departements", 0)),
        ("Part des lieux du périmètre", f"{c.get('part_lieux', 0)} %"),
    ]
    if c.get("recits_precedent") is not None:
        lignes.append(("Récits sur la période précédente", c["recits_precedent"]))
    tableau = document.add_table(rows=0, cols=2)
    tableau.style = "Light List Accent 1"
    for libelle, valeur in lignes:
        cellules = tableau.add_row().cells
        cellules[0].text = libelle
        cellules[1].text = str(valeur)


def en_docx(contenu: Contenu, base_url: str = "") -> bytes:
    """The whole report as a Word document."""
    rapport = contenu.rapport
    document = Document()
    document.core_properties.title = rapport.title
    document.core_properties.language = "fr-FR"
    document.add_heading(rapport.title, level=0)
    document.add_paragraph(
        f"Période : {rapport.libelle_periode} — périmètre : {rapport.libelle_perimetre}"
    )
    if rapport.introduction:
        from django.utils.html import strip_tags

        document.add_paragraph(strip_tags(rapport.introduction))
    for section in contenu.sections:
        if section.genre == "intertitre":
            document.add_heading(section.texte, level=1)
        elif section.genre == "texte":
            for paragraphe in section.texte.split("\n"):
                if paragraphe.strip():
                    document.add_paragraph(paragraphe.strip())
        elif section.genre == "graphique":
            document.add_heading(section.titre, level=2)
            document.add_picture(
                io.BytesIO(image_graphique(rapport, section.graphique)), width=Cm(16)
            )
            document.add_paragraph(section.titre, style="Caption")
        elif section.genre == "preuve":
            p = section.preuve
            document.add_heading(
                p.indicateur.nom if p.indicateur else "Indicateur supprimé", level=1
            )
            if p.indicateur:
                document.add_paragraph().add_run(p.indicateur.definition).italic = True
            if p.vide:
                document.add_paragraph(p.message_vide)
                continue
            _chiffres(document, p)
            document.add_paragraph(p.synthese)
            for citation in p.citations:
                document.add_paragraph(f"« {citation.texte} »", style="Quote")
                attribution = document.add_paragraph(f"— {citation.attribution}")
                if citation.lien:
                    attribution.add_run(f" ({base_url}{citation.lien})")
            if p.citations_retirees:
                document.add_paragraph(
                    f"{p.citations_retirees} citation(s) retirée(s) à la demande des personnes."
                )
            for photo in p.photos:
                if photo.chemin:
                    try:
                        document.add_picture(photo.chemin, width=Cm(10))
                    except Exception:  # a damaged file: the caption says so, the file stays whole
                        document.add_paragraph("Photo illisible.")
                        continue
                    document.add_paragraph(photo.legende or photo.texte_alternatif, style="Caption")
                else:
                    document.add_paragraph(
                        f"Photo manquante dans le stockage : {photo.legende or photo.texte_alternatif}"
                    )
    sources = contenu.sources()
    document.add_heading("Sources", level=1)
    if not sources:
        document.add_paragraph("Aucune citation dans ce rapport.")
    else:
        tableau = document.add_table(rows=1, cols=5)
        tableau.style = "Table Grid"
        for cellule, titre in zip(
            tableau.rows[0].cells, ("Récit", "Lieu", "Commune", "Année", "Lien"), strict=True
        ):
            cellule.text = titre
        for s in sources:
            cellules = tableau.add_row().cells
            valeurs = (
                s["reference"],
                s["lieu"],
                s["commune"],
                str(s["annee"] or ""),
                f"{base_url}{s['lien']}" if s["lien"] else "non public",
            )
            for cellule, valeur in zip(cellules, valeurs, strict=True):
                cellule.text = valeur
    tampon = io.BytesIO()
    document.save(tampon)
    return tampon.getvalue()
