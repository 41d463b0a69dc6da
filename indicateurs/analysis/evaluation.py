"""Measuring the helper against labelled passages (JSON Lines), the way editors would."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Passage:
    """One labelled passage of the evaluation file."""

    ident: str
    texte: str
    indicateurs: set[str]
    noms: list[str] | None = None


@dataclass
class Lecture:
    """Passages read from a file, and the lines that had to be skipped."""

    passages: list[Passage] = field(default_factory=list)
    rejets: list[tuple[int, str]] = field(default_factory=list)


def lire_jsonl(lignes: Iterable[str], slugs_connus: set[str]) -> Lecture:
    """Parse JSON Lines; bad lines are reported with their number (from 1) and skipped."""
    lecture = Lecture()
    for numero, ligne in enumerate(lignes, start=1):
        if not ligne.strip():
            continue
        try:
            objet = json.loads(ligne)
        except json.JSONDecodeError as exc:
            lecture.rejets.append((numero, f"JSON invalide ({exc.msg})"))
            continue
        if not isinstance(objet, dict):
            lecture.rejets.append((numero, "un objet JSON est attendu"))
            continue
        texte = objet.get("text")
        if not isinstance(texte, str) or not texte.strip():
            lecture.rejets.append((numero, "texte manquant"))
            continue
        etiquettes = objet.get("indicators", [])
        if not isinstance(etiquettes, list) or not all(isinstance(e, str) for e in etiquettes):
            lecture.rejets.append((numero, "« indicators » doit être une liste d'identifiants"))
            continue
        inconnus = sorted(set(etiquettes) - slugs_connus)
        if inconnus:
            lecture.rejets.append((numero, f"indicateur inconnu : {', '.join(inconnus)}"))
            continue
        noms = objet.get("names")
        if noms is not None and (
            not isinstance(noms, list) or not all(isinstance(n, str) for n in noms)
        ):
            lecture.rejets.append((numero, "« names » doit être une liste de noms"))
            continue
        ident = str(objet.get("id", numero))
        lecture.passages.append(Passage(ident, texte, set(etiquettes), noms))
    return lecture


def _prf(vp: int, fp: int, fn: int) -> dict[str, float]:
    precision = vp / (vp + fp) if vp + fp else 0.0
    rappel = vp / (vp + fn) if vp + fn else 0.0
    f1 = 2 * precision * rappel / (precision + rappel) if precision + rappel else 0.0
    return {"precision": round(precision, 4), "recall": round(rappel, 4), "f1": round(f1, 4)}


def mesurer(passages: list[Passage], predictions: list[set[str]], slugs: list[str]) -> dict:
    """Precision, recall and F1 per indicator, micro and macro, and false labels on negatives.

    The macro average covers the indicators present in the labels or the suggestions (an
    indicator absent from both says nothing about the helper).
    """
    comptes = {s: {"vp": 0, "fp": 0, "fn": 0, "support": 0} for s in slugs}
    faux_negatifs_vides = 0
    vides = 0
    for passage, predit in zip(passages, predictions, strict=True):
        for slug in predit | passage.indicateurs:
            c = comptes.setdefault(slug, {"vp": 0, "fp": 0, "fn": 0, "support": 0})
            if slug in predit and slug in passage.indicateurs:
                c["vp"] += 1
            elif slug in predit:
                c["fp"] += 1
            else:
                c["fn"] += 1
        for slug in passage.indicateurs:
            comptes[slug]["support"] += 1
        if not passage.indicateurs:
            vides += 1
            faux_negatifs_vides += len(predit)
    par_indicateur = {}
    for slug, c in comptes.items():
        par_indicateur[slug] = {**_prf(c["vp"], c["fp"], c["fn"]), "support": c["support"]}
    presents = [s for s, c in comptes.items() if c["vp"] + c["fp"] + c["fn"]]
    micro = _prf(*(sum(comptes[s][k] for s in comptes) for k in ("vp", "fp", "fn")))
    macro = {
        k: round(sum(par_indicateur[s][k] for s in presents) / len(presents), 4)
        if presents
        else 0.0
        for k in ("precision", "recall", "f1")
    }
    return {
        "micro": micro,
        "macro": macro,
        "per_indicator": par_indicateur,
        "negatives": {
            "passages": vides,
            "false_labels_per_passage": round(faux_negatifs_vides / vides, 4) if vides else 0.0,
        },
        "passages": len(passages),
    }


def _trouve(attendu: str, detectes: list[str]) -> bool:
    from .noms import plier

    cible = plier(attendu).strip()
    return any(cible in plier(d) or plier(d) in cible for d in detectes if d.strip())


def mesurer_noms(passages: list[Passage], detectes: list[list[str]]) -> dict | None:
    """Name recall and precision on the passages that list their names (None if none do).

    A name counts as found when a detected span contains it or is contained in it,
    ignoring case and accents; a detected name that matches no expected one is false.
    """
    attendus = trouves = justes = faux = lus = 0
    for passage, noms in zip(passages, detectes, strict=True):
        if passage.noms is None:
            continue
        lus += 1
        attendus += len(passage.noms)
        trouves += sum(_trouve(n, noms) for n in passage.noms)
        for nom in noms:
            if any(_trouve(a, [nom]) for a in passage.noms):
                justes += 1
            else:
                faux += 1
    if not lus:
        return None
    return {
        "recall": round(trouves / attendus, 4) if attendus else 1.0,
        "precision": round(justes / (justes + faux), 4) if justes + faux else 1.0,
        "false_per_passage": round(faux / lus, 4),
        "expected": attendus,
        "passages": lus,
    }


def tableau(mesures: dict) -> list[str]:
    """The figures as a plain-text table, in French."""
    lignes = [
        f"Passages évalués : {mesures['passages']}",
        f"{'indicateur':<24} {'précision':>9} {'rappel':>7} {'F1':>6} {'positifs':>8}",
    ]
    for slug, m in mesures["per_indicator"].items():
        lignes.append(
            f"{slug:<24} {m['precision']:>9.3f} {m['recall']:>7.3f} {m['f1']:>6.3f} "
            f"{m['support']:>8}"
        )
    for nom in ("micro", "macro"):
        m = mesures[nom]
        lignes.append(f"{nom:<24} {m['precision']:>9.3f} {m['recall']:>7.3f} {m['f1']:>6.3f}")
    negatifs = mesures["negatives"]
    lignes.append(
        f"Passages sans indicateur : {negatifs['passages']} ; indicateurs suggérés à tort "
        f"par passage : {negatifs['false_labels_per_passage']:.2f}"
    )
    noms = mesures.get("names")
    if noms:
        lignes.append(
            f"Noms de personnes : {noms['expected']} attendus ; rappel {noms['recall']:.3f}, "
            f"précision {noms['precision']:.3f}, faux noms par passage "
            f"{noms['false_per_passage']:.2f}"
        )
    return lignes
