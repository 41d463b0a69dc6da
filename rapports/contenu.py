"""The report as every output reads it: its sections, withdrawn material already left out.

The public page, DOCX, PDF, XLSX and Markdown all draw from `contenu_du_rapport`, so what
a contributor withdraws disappears from each of them at once, frozen report or not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.files.storage import default_storage
from django.utils.html import strip_tags
from wagtail.images import get_image_model

from indicateurs.models import Indicateur
from recits.models import RecitPage

from .consentements import retraits
from .donnees import VIDE, _valeurs

INTITULES_GRAPHIQUES = {
    "couverture": "Couverture des indicateurs par année",
    "matrice": "Lieux et indicateurs : qui témoigne de quoi",
    "comparaison": "Récits par indicateur : période précédente et période du rapport",
}


@dataclass
class Citation:
    """A quote ready to show, with its attribution line."""

    texte: str
    nom: str
    role: str
    lieu: str
    commune: str
    annee: int | None
    lien: str
    recit: int | None

    @property
    def attribution(self) -> str:
        """« Josette, porteuse du lieu — Café des Tilleuls, Saint-Agrève, 2025 »."""
        qui = ", ".join(x for x in (self.nom or "Anonyme", self.role) if x)
        ou = ", ".join(str(x) for x in (self.lieu, self.commune, self.annee) if x)
        return f"{qui} — {ou}" if ou else qui


@dataclass
class Photo:
    """A photo ready to show; `chemin` is None when its file is missing from storage."""

    image: object
    texte_alternatif: str
    legende: str
    chemin: str | None


@dataclass
class Preuve:
    """One evidence block as shown."""

    indicateur: Indicateur | None
    chiffres: dict
    synthese: str
    citations: list[Citation]
    photos: list[Photo]
    citations_retirees: int = 0
    photos_retirees: int = 0

    @property
    def vide(self) -> bool:
        return not self.chiffres.get("recits")

    @property
    def message_vide(self) -> str:
        return VIDE

    @property
    def evolution(self) -> int | None:
        precedent = self.chiffres.get("recits_precedent")
        if precedent is None:
            return None
        return (self.chiffres.get("recits") or 0) - precedent


@dataclass
class Section:
    """One element of the report's body: `genre` is preuve, texte, intertitre or graphique."""

    genre: str
    preuve: Preuve | None = None
    texte: str = ""
    html: str = ""
    graphique: str = ""
    titre: str = ""


@dataclass
class Contenu:
    """The whole report, ready for any output."""

    rapport: object
    sections: list[Section] = field(default_factory=list)

    @property
    def preuves(self) -> list[Preuve]:
        return [s.preuve for s in self.sections if s.preuve]

    def sources(self) -> list[dict]:
        """Each quoted story once: its place, year and link or reference."""
        vues: dict[int, dict] = {}
        for preuve in self.preuves:
            for c in preuve.citations:
                cle = c.recit or id(c)
                if cle not in vues:
                    vues[cle] = {
                        "reference": f"Récit n° {c.recit}" if c.recit else "",
                        "lieu": c.lieu,
                        "commune": c.commune,
                        "annee": c.annee,
                        "lien": c.lien,
                        "indicateurs": [],
                    }
                if preuve.indicateur and preuve.indicateur.nom not in vues[cle]["indicateurs"]:
                    vues[cle]["indicateurs"].append(preuve.indicateur.nom)
        return list(vues.values())


def _chemin_image(image) -> str | None:
    """A local file of a bounded size for documents, or None when the original is missing."""
    try:
        if not (image.file and default_storage.exists(image.file.name)):
            return None
        rendition = image.get_rendition("max-1200x1200|format-jpeg|jpegquality-80")
        return rendition.file.path
    except Exception:  # missing or unreadable source, remote storage without paths
        return None


def contenu_du_rapport(rapport, request=None, fichiers: bool = False) -> Contenu:
    """The report's sections with withdrawn or no-longer-public material left out.

    `fichiers` checks each photo's file in storage (documents embed them); the web page
    links to renditions and skips that check.
    """
    retires = retraits()
    brut = list(rapport.corps.raw_data)
    valeurs = [e for e in brut if e.get("type") == "preuve"]
    indicateurs = Indicateur.objects.in_bulk(
        [e["value"].get("indicateur") for e in valeurs if e["value"].get("indicateur")]
    )
    recits = {
        c.get("recit")
        for e in valeurs
        for c in _valeurs(e["value"].get("citations"))
        if c.get("recit")
    }
    publics = dict(
        RecitPage.objects.filter(pk__in=recits).values_list("pk", "live")
    )  # an erased story no longer exists: its quotes are withdrawn
    images = get_image_model().objects.in_bulk(
        [
            p.get("image")
            for e in valeurs
            for p in _valeurs(e["value"].get("photos"))
            if p.get("image")
        ]
    )
    contenu = Contenu(rapport)
    for element in brut:
        genre, valeur = element.get("type"), element.get("value")
        if genre == "preuve":
            contenu.sections.append(
                Section(
                    "preuve",
                    preuve=_preuve(valeur, indicateurs, publics, images, retires, fichiers),
                )
            )
        elif genre == "texte":
            contenu.sections.append(
                Section("texte", html=valeur or "", texte=strip_tags(valeur or ""))
            )
        elif genre == "intertitre":
            contenu.sections.append(Section("intertitre", texte=valeur or ""))
        elif genre == "graphique":
            cle = (valeur or {}).get("genre") or "couverture"
            titre = (valeur or {}).get("titre") or INTITULES_GRAPHIQUES.get(cle, "")
            contenu.sections.append(Section("graphique", graphique=cle, titre=titre))
    return contenu


def _preuve(valeur, indicateurs, publics, images, retires, fichiers) -> Preuve:
    citations, retirees = [], 0
    for c in _valeurs(valeur.get("citations")):
        if not c.get("choisie"):
            continue
        if retires.citation_retiree(c) or (c.get("recit") and c["recit"] not in publics):
            retirees += 1
            continue
        lien = c.get("lien") or ""
        if not publics.get(c.get("recit")):
            lien = ""  # unpublished since: the quote stays (report consent), the link goes
        citations.append(
            Citation(
                texte=c.get("texte") or "",
                nom=c.get("nom") or "Anonyme",
                role=c.get("role") or "",
                lieu=c.get("lieu") or "",
                commune=c.get("commune") or "",
                annee=c.get("annee"),
                lien=lien,
                recit=c.get("recit"),
            )
        )
    photos, photos_retirees = [], 0
    for p in _valeurs(valeur.get("photos")):
        if not p.get("choisie"):
            continue
        image = images.get(p.get("image"))
        if retires.photo_retiree(p) or image is None:
            photos_retirees += 1
            continue
        photos.append(
            Photo(
                image=image,
                texte_alternatif=p.get("texte_alternatif") or image.title,
                legende=p.get("legende") or "",
                chemin=_chemin_image(image) if fichiers else None,
            )
        )
    return Preuve(
        indicateur=indicateurs.get(valeur.get("indicateur")),
        chiffres=dict(valeur.get("chiffres") or {}),
        synthese=valeur.get("synthese") or "",
        citations=citations,
        photos=photos,
        citations_retirees=retirees,
        photos_retirees=photos_retirees,
    )
