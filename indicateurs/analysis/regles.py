"""The helper's rules as data: lexicon lines, thresholds, text checks (no spaCy here).

A lexicon line is an expression in ordinary French, matched on lemmas. Optional marks:

- ``expression ; 0.5`` gives the expression a weight (1 by default; 0.5 is a weak clue
  that needs another one, 2 a decisive one);
- ``!expression`` keeps the clue even when the sentence is negative (*elle ne se sent
  plus seule* still speaks of isolation);
- ``…`` (or ``...``) inside an expression lets up to three words come in between
  (*créer … lien* meets *crée vraiment du lien*);
- a leading ``se`` or ``s'`` stands for any reflexive pronoun (*on se retrouve, nous nous
  sommes retrouvés*);
- lines starting with ``#`` are comments.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

# Bump when the matching or scoring changes, so stored analyses are redone.
VERSION_ALGORITHME = "3"

# An indicator is suggested when its score reaches SEUIL. The score is t / (t + 1) where t
# is the summed weight of the clues found: one ordinary clue (weight 1) gives exactly 0.5.
SEUIL = 0.5
# One sentence adds at most this much weight per indicator (a list of words is one clue).
PLAFOND_PAR_PHRASE = 1.5
# The same expression found again in another sentence counts for less each time.
DECROISSANCE_REPETITION = 0.5

CITATION_MIN = 40
CITATION_MIN_DISCOURS = 10
CITATION_MAX = 400
CITATIONS_GARDEES = 8

ECART = "…"
_ECART_RE = re.compile(r"\s*(?:…|\.\.\.)\s*")
_POIDS_RE = re.compile(r"^(?P<expr>.*?)\s*;\s*(?P<poids>\d+(?:[.,]\d+)?)\s*$")


@dataclass(frozen=True)
class Entree:
    """One lexicon line, parsed."""

    expression: str
    poids: float = 1.0
    meme_negatif: bool = False

    @property
    def morceaux(self) -> list[str]:
        """The parts between gaps (``…``)."""
        return [m for m in _ECART_RE.split(self.expression) if m]


def lire_ligne(ligne: str) -> Entree | None:
    """Parse one lexicon line, or None for blank lines and comments."""
    ligne = ligne.strip()
    if not ligne or ligne.startswith("#"):
        return None
    poids = 1.0
    trouve = _POIDS_RE.match(ligne)
    if trouve:
        ligne, poids = trouve["expr"], float(trouve["poids"].replace(",", "."))
    meme_negatif = ligne.startswith("!")
    expression = " ".join(ligne.lstrip("!").split()).replace("’", "'")
    if not expression or poids <= 0:
        return None
    return Entree(expression, poids, meme_negatif)


def lire_lexique(texte: str) -> list[Entree]:
    """Parse a whole lexicon (one entry a line), dropping duplicates."""
    vues: dict[str, Entree] = {}
    for ligne in (texte or "").splitlines():
        entree = lire_ligne(ligne)
        if entree is not None:
            vues.setdefault(entree.expression.lower(), entree)
    return list(vues.values())


def empreinte_texte(texte: str) -> str:
    """Hash of the analysed text: an unchanged text is never analysed twice."""
    return hashlib.sha256(texte.encode("utf-8")).hexdigest()


def empreinte_regles(lexiques: dict[str, str], modele: str, assistant: str = "regles") -> str:
    """Hash of everything else that shapes the result: lexicons, model, trained helper."""
    donnees = json.dumps(
        {
            "lexiques": lexiques,
            "modele": modele,
            "version": VERSION_ALGORITHME,
            "assistant": assistant,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(donnees.encode("utf-8")).hexdigest()


# Frequent French function words: a text where they are rare is not French (or not prose).
_MOTS_FRANCAIS = frozenset(
    str.split(
        "le la les l un une des du de d et est sont à au aux en dans pour par sur avec ne pas "
        "plus qui que qu il elle ils elles on nous vous je j ce c cette ces se s son sa ses "
        "leur leurs y a ont été était mais ou où tout tous très aussi comme depuis chez"
    )
)
_MOTS_RE = re.compile(r"[a-zàâäçéèêëîïôöùûüœ]+", re.IGNORECASE)


def semble_francais(texte: str) -> bool:
    """True when the text reads as French prose (short texts get the benefit of the doubt)."""
    mots = [m.lower() for m in _MOTS_RE.findall(texte)]
    if len(mots) < 6:
        return bool(mots) and any(m in _MOTS_FRANCAIS for m in mots)
    return sum(m in _MOTS_FRANCAIS for m in mots) / len(mots) >= 0.15


def decouper(texte: str, limite: int) -> list[tuple[int, str]]:
    """Cut a long text into parts of at most `limite` characters, at line or sentence ends.

    Returns (offset, part) pairs so that results keep offsets into the whole text.
    """
    parts: list[tuple[int, str]] = []
    debut = 0
    while len(texte) - debut > limite:
        fenetre = texte[debut : debut + limite]
        coupe = max(fenetre.rfind("\n"), fenetre.rfind(". "))
        if coupe < limite // 2:
            coupe = fenetre.rfind(" ")
        if coupe <= 0:
            coupe = limite - 1
        parts.append((debut, texte[debut : debut + coupe + 1]))
        debut += coupe + 1
    parts.append((debut, texte[debut:]))
    return parts
