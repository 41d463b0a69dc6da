"""The report in Markdown, every piece of text escaped so no markup gets through."""

from __future__ import annotations

import re

from ..contenu import Contenu

_SPECIAUX = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def echapper(texte: str) -> str:
    """Markdown's special characters escaped, lines kept."""
    return _SPECIAUX.sub(r"\\\1", texte or "")


def _lien(base_url: str, lien: str) -> str:
    return f"{base_url}{lien}" if lien.startswith("/") else lien


def en_markdown(contenu: Contenu, base_url: str = "") -> str:
    """The whole report as one Markdown document."""
    rapport = contenu.rapport
    lignes = [f"# {echapper(rapport.title)}", ""]
    lignes += [
        f"Période : {echapper(rapport.libelle_periode)} — périmètre : {echapper(rapport.libelle_perimetre)}",
        "",
    ]
    if rapport.introduction:
        from django.utils.html import strip_tags

        lignes += [echapper(strip_tags(rapport.introduction)), ""]
    for section in contenu.sections:
        if section.genre == "intertitre":
            lignes += [f"## {echapper(section.texte)}", ""]
        elif section.genre == "texte":
            lignes += [echapper(section.texte), ""]
        elif section.genre == "graphique":
            lignes += [
                f"*{echapper(section.titre)}* (graphique dans la version web et les documents)",
                "",
            ]
        elif section.genre == "preuve":
            p = section.preuve
            nom = p.indicateur.nom if p.indicateur else "Indicateur supprimé"
            lignes += [f"## {echapper(nom)}", ""]
            if p.indicateur:
                lignes += [f"*{echapper(p.indicateur.definition)}*", ""]
            if p.vide:
                lignes += [echapper(p.message_vide), ""]
                continue
            c = p.chiffres
            lignes += [
                f"- Récits qui en témoignent : {c.get('recits', 0)}",
                f"- Lieux : {c.get('lieux', 0)} ; départements : {c.get('departements', 0)}",
                f"- Part des lieux du périmètre : {c.get('part_lieux', 0)} %",
            ]
            if c.get("recits_precedent") is not None:
                lignes.append(f"- Période précédente : {c['recits_precedent']} récits")
            lignes += ["", echapper(p.synthese), ""]
            for citation in p.citations:
                lignes += [
                    f"> {echapper(citation.texte)}",
                    ">",
                    f"> — {echapper(citation.attribution)}",
                ]
                if citation.lien:
                    lignes.append(f"> <{_lien(base_url, citation.lien)}>")
                lignes.append("")
            if p.citations_retirees:
                lignes += [
                    f"*{p.citations_retirees} citation(s) retirée(s) à la demande des personnes.*",
                    "",
                ]
            for photo in p.photos:
                lignes += [f"- Photo : {echapper(photo.legende or photo.texte_alternatif)}"]
            if p.photos:
                lignes.append("")
    sources = contenu.sources()
    if sources:
        lignes += [
            "## Sources",
            "",
            "| Récit | Lieu | Commune | Année | Lien |",
            "|---|---|---|---|---|",
        ]
        for s in sources:
            lien = _lien(base_url, s["lien"]) if s["lien"] else "non public"
            lignes.append(
                f"| {echapper(s['reference'])} | {echapper(s['lieu'])} | {echapper(s['commune'])} | {s['annee'] or ''} | {echapper(lien)} |"
            )
        lignes.append("")
    return "\n".join(lignes)
