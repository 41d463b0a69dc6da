"""A story's text as addressable blocks, so a coded passage can point into exactly one of them.

Codings (`indicateurs.Codage.bloc`, `debut`, `fin`) count characters inside one block's plain
text, never in the whole story: editing one paragraph leaves the offsets of every other block
valid. Keys are stable across revisions because StreamField block ids are.

Keys: ``"chapo"``; ``"<id>"`` for a paragraph; ``"<id>:citation"`` for a testimony's words;
``"<id>:legende"`` for a photo caption; ``"<galerie id>:<photo id>:legende"`` for a gallery
caption.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from django.utils.html import strip_tags

CHAPO = "chapo"


@dataclass(frozen=True)
class BlocTexte:
    """One block of a story's text, as it reads once markup is gone."""

    cle: str
    genre: str
    libelle: str
    texte: str


def texte_riche_en_clair(source: str) -> str:
    """Rich text as plain text with one line per paragraph, entities decoded."""
    source = source.replace("</p>", "</p>\n").replace("<br/>", "\n").replace("<br>", "\n")
    return html.unescape(strip_tags(source)).strip()


def _de(nom: str) -> str:
    """« de Paul », « d'Odette »: French elides before a vowel or a mute h."""
    return f"d'{nom}" if nom[:1].lower() in "aeiouyhàâéèêîôû" else f"de {nom}"


def blocs_du_recit(recit) -> list[BlocTexte]:
    """The story's codable text blocks, in reading order (empty blocks left out)."""
    blocs: list[BlocTexte] = []
    if (recit.chapo or "").strip():
        blocs.append(BlocTexte(CHAPO, "chapo", "Chapô", recit.chapo.strip()))
    numero = 0
    for bloc in recit.corps or []:
        valeur = bloc.value
        if bloc.block_type == "paragraphe":
            numero += 1
            source = valeur.source if hasattr(valeur, "source") else str(valeur)
            texte = texte_riche_en_clair(source)
            if texte:
                blocs.append(BlocTexte(bloc.id, "paragraphe", f"Paragraphe {numero}", texte))
        elif bloc.block_type == "temoignage":
            texte = (valeur.get("citation") or "").strip()
            if texte:
                qui = (valeur.get("nom") or "").strip()
                libelle = f"Témoignage {_de(qui)}" if qui else "Témoignage"
                blocs.append(BlocTexte(f"{bloc.id}:citation", "temoignage", libelle, texte))
        elif bloc.block_type == "image":
            texte = (valeur.get("legende") or "").strip()
            if texte:
                blocs.append(BlocTexte(f"{bloc.id}:legende", "legende", "Légende de photo", texte))
        elif bloc.block_type == "galerie":
            for rang, photo in enumerate(valeur.get("photos") or [], start=1):
                texte = (photo.get("legende") or "").strip()
                ident = getattr(photo, "id", None) or str(rang)
                if texte:
                    blocs.append(
                        BlocTexte(
                            f"{bloc.id}:{ident}:legende",
                            "legende",
                            f"Légende de la photo {rang} de la galerie",
                            texte,
                        )
                    )
    return blocs


def bloc_par_cle(recit, cle: str) -> BlocTexte | None:
    """The block a coding points into, or None when it no longer exists."""
    return next((bloc for bloc in blocs_du_recit(recit) if bloc.cle == cle), None)
