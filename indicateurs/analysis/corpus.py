"""The development corpus and its deterministic splits (no spaCy, no database).

Every passage goes to one split by a hash of its id, so adding passages never moves the
others: ``entrainement`` (fit and threshold calibration), ``validation`` (never tuned on),
and ``registre`` (one whole register held out, a kind of writing the model never saw).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

DOSSIER_CORPUS = Path(__file__).resolve().parent.parent / "corpus"
REGISTRE_TENU = "compte-rendu"
PART_VALIDATION = 20  # percent


@dataclass
class Exemple:
    """One labelled passage."""

    ident: str
    registre: str
    texte: str
    indicateurs: set[str]
    noms: list[str] | None = None
    source: str = "corpus"


@dataclass
class Corpus:
    """Passages read from files, and the lines that were skipped (file, line, reason)."""

    exemples: list[Exemple] = field(default_factory=list)
    rejets: list[tuple[str, int, str]] = field(default_factory=list)


def lire_corpus(chemins: list[Path], slugs: set[str]) -> Corpus:
    """Read JSON Lines files; bad lines are reported and skipped, duplicate ids kept once."""
    corpus = Corpus()
    vus: set[str] = set()
    for chemin in sorted(chemins):
        registre_fichier = chemin.stem
        for numero, ligne in enumerate(chemin.read_text(encoding="utf-8").splitlines(), 1):
            if not ligne.strip():
                continue
            try:
                objet = json.loads(ligne)
            except json.JSONDecodeError as exc:
                corpus.rejets.append((chemin.name, numero, f"JSON invalide ({exc.msg})"))
                continue
            texte = objet.get("text") if isinstance(objet, dict) else None
            etiquettes = objet.get("indicators", []) if isinstance(objet, dict) else None
            if not isinstance(texte, str) or not texte.strip() or not isinstance(etiquettes, list):
                corpus.rejets.append((chemin.name, numero, "texte ou indicateurs manquants"))
                continue
            inconnus = set(etiquettes) - slugs
            if inconnus:
                corpus.rejets.append(
                    (chemin.name, numero, f"indicateur inconnu : {', '.join(sorted(inconnus))}")
                )
                continue
            ident = str(objet.get("id") or f"{registre_fichier}-{numero}")
            if ident in vus:
                corpus.rejets.append((chemin.name, numero, f"identifiant en double : {ident}"))
                continue
            vus.add(ident)
            noms = objet.get("names")
            corpus.exemples.append(
                Exemple(
                    ident=ident,
                    registre=str(objet.get("registre") or registre_fichier),
                    texte=texte,
                    indicateurs=set(etiquettes),
                    noms=[str(n) for n in noms] if isinstance(noms, list) else None,
                )
            )
    return corpus


def fichiers_corpus(dossier: Path | None = None) -> list[Path]:
    """The corpus files (every ``*.jsonl`` of the folder)."""
    return sorted(Path(dossier or DOSSIER_CORPUS).glob("*.jsonl"))


def part_de(exemple: Exemple, registre_tenu: str = REGISTRE_TENU) -> str:
    """Which split a passage belongs to: entrainement, validation or registre."""
    if exemple.registre == registre_tenu:
        return "registre"
    if exemple.source != "corpus":
        return "entrainement"  # editors' decisions only ever train
    empreinte = int(hashlib.sha256(exemple.ident.encode("utf-8")).hexdigest()[:8], 16)
    return "validation" if empreinte % 100 < PART_VALIDATION else "entrainement"


def rang_melange(exemple: Exemple) -> str:
    """A deterministic shuffle key (folds are taken by position after sorting on it)."""
    return hashlib.sha256(f"pli:{exemple.ident}".encode()).hexdigest()
