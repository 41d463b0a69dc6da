"""What the workspace shows for one story: its blocks with highlights and three readings.

Pure reading (no writes), a fixed number of queries whatever the story's length: blocks,
segments and sentences are computed in Python from the latest revision's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from recits.passages import BlocTexte, blocs_du_recit

from ..models import Analyse, Codage, DecisionCodage, Indicateur
from .services import texte_courant

_PHRASE = re.compile(r"[^\n.!?…]+(?:[.!?…]+[ \u00a0]?[»”\"]?)?")
LONGUEUR_PHRASE_AFFICHEE = 140
HISTORIQUE_AFFICHE = 100


@dataclass
class Segment:
    """A stretch of a block's text and the accepted codings covering it."""

    texte: str
    codages: list[Codage] = field(default_factory=list)

    @property
    def couleur(self) -> str:
        return self.codages[0].indicateur.couleur if self.codages else ""

    @property
    def libelle(self) -> str:
        return ", ".join(dict.fromkeys(c.indicateur.nom for c in self.codages))


@dataclass
class Phrase:
    """One sentence of a block, offered as a ready-made selection (keyboard, no script)."""

    cle: str
    debut: int
    fin: int
    texte: str

    @property
    def valeur(self) -> str:
        return f"{self.cle}|{self.debut}|{self.fin}"

    @property
    def apercu(self) -> str:
        if len(self.texte) <= LONGUEUR_PHRASE_AFFICHEE:
            return self.texte
        return self.texte[: LONGUEUR_PHRASE_AFFICHEE - 1].rstrip() + "…"


@dataclass
class BlocAffiche:
    """A block as the workspace shows it."""

    bloc: BlocTexte
    segments: list[Segment]
    phrases: list[Phrase]
    codages: list[Codage]


def phrases_du_bloc(bloc: BlocTexte) -> list[Phrase]:
    """The block's sentences with their offsets (a simple split, good enough to select)."""
    phrases = []
    for trouve in _PHRASE.finditer(bloc.texte):
        morceau = trouve.group()
        gauche = len(morceau) - len(morceau.lstrip())
        texte = morceau.strip()
        if texte:
            debut = trouve.start() + gauche
            phrases.append(Phrase(bloc.cle, debut, debut + len(texte), texte))
    return phrases


def segmenter(texte: str, codages: list[Codage]) -> list[Segment]:
    """Cut a block's text where codings begin or end, so overlaps show as such."""
    bornes = {0, len(texte)}
    for c in codages:
        bornes.update((min(c.debut, len(texte)), min(c.fin, len(texte))))
    bornes = sorted(bornes)
    segments = []
    for debut, fin in zip(bornes, bornes[1:], strict=False):
        if debut == fin:
            continue
        couvrants = [c for c in codages if c.debut <= debut and c.fin >= fin]
        segments.append(Segment(texte[debut:fin], couvrants))
    return segments


def _surligner_mots(phrase: dict, indices: list[dict]) -> list[tuple[str, bool]]:
    """A helper sentence cut into (text, is a trigger word) pieces (offsets into the story)."""
    texte, debut = phrase.get("texte", ""), phrase.get("debut", 0)
    morceaux, position = [], 0
    for indice in sorted(indices, key=lambda i: i.get("debut", 0)):
        d, f = indice.get("debut", 0) - debut, indice.get("fin", 0) - debut
        if d < position or d < 0 or f > len(texte) or indice.get("nie") or indice.get("role"):
            continue
        morceaux += [(texte[position:d], False), (texte[d:f], True)]
        position = f
    morceaux.append((texte[position:], False))
    return [m for m in morceaux if m[0]]


def lire_suggestion(codage: Codage, details: dict) -> dict:
    """A helper suggestion with its score, its trigger words and its sentences."""
    detail = details.get(codage.indicateur.slug) or {}
    indices = [i for i in detail.get("indices") or [] if isinstance(i, dict)]
    # Per word: counted, not counted (negative), not counted (it presents a named person).
    comptes: dict[str, list[int]] = {}
    for indice in indices:
        compte = comptes.setdefault(indice.get("texte", ""), [0, 0, 0])
        compte[1 if indice.get("nie") else 2 if indice.get("role") else 0] += 1
    return {
        "codage": codage,
        "indices": indices,
        "mots": [(mot, n) for mot, (n, _, _) in sorted(comptes.items()) if n],
        "nies": [(mot, n, c) for mot, (c, n, _) in sorted(comptes.items()) if n],
        "roles": [(mot, n) for mot, (_, _, n) in sorted(comptes.items()) if n],
        "phrases": [
            _surligner_mots(p, indices)
            for p in (detail.get("phrases") or [])[:3]
            if isinstance(p, dict)
        ],
    }


def contexte_atelier(recit) -> dict:
    """Everything the workspace template needs, in a bounded number of queries."""
    courant = texte_courant(recit)
    blocs = blocs_du_recit(courant)
    codages = list(
        Codage.objects.filter(recit=recit)
        .select_related("indicateur", "decide_par")
        .order_by("indicateur__ordre", "debut", "pk")
    )
    analyse = Analyse.objects.filter(recit=recit).only("indicateurs", "analysee_le").first()
    details = analyse.indicateurs if analyse and isinstance(analyse.indicateurs, dict) else {}
    acceptes = [c for c in codages if c.statut == Codage.Statut.ACCEPTE]
    par_bloc: dict[str, list[Codage]] = {}
    for c in acceptes:
        if c.bloc and c.debut is not None and not c.a_revoir:
            par_bloc.setdefault(c.bloc, []).append(c)
    libelles = {b.cle: b.libelle for b in blocs}
    for c in codages:
        c.libelle_bloc = libelles.get(c.bloc, "Récit entier" if not c.bloc else "Bloc disparu")
    affiches = [
        BlocAffiche(
            b,
            segmenter(b.texte, par_bloc.get(b.cle, [])),
            phrases_du_bloc(b),
            par_bloc.get(b.cle, []),
        )
        for b in blocs
    ]
    historique = list(
        DecisionCodage.objects.filter(recit=recit)
        .select_related("utilisateur", "indicateur", "codage")
        .order_by("-pk")[:HISTORIQUE_AFFICHE]
    )
    indicateurs = list(Indicateur.objects.filter(actif=True).order_by("ordre", "nom"))
    utilises = {c.indicateur_id for c in acceptes}
    return {
        "recit_courant": courant,
        "blocs": affiches,
        "contributeur": [c for c in codages if c.origine == Codage.Origine.CONTRIBUTEUR],
        "suggestions": [
            lire_suggestion(c, details) for c in codages if c.origine == Codage.Origine.ASSISTANT
        ],
        "codages_equipe": [c for c in acceptes if not c.a_revoir],
        "a_revoir": [c for c in acceptes if c.a_revoir],
        "citations": [c for c in acceptes if c.citation],
        "recit_entier": [c for c in acceptes if not c.bloc and c.debut is None],
        "historique": historique,
        "version": historique[0].pk if historique else 0,
        "indicateurs": indicateurs,
        "legende": [i for i in indicateurs if i.pk in utilises]
        + list({c.indicateur for c in acceptes if not c.indicateur.actif}),
        "analyse": analyse,
    }
