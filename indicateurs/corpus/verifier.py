"""Check the corpus files and print the README count tables, so counts are never typed by hand.

Run from the repository root: ``python3 indicateurs/corpus/verifier.py`` (standard library
only). Exits with status 1 and lists the faults when a line is invalid.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

DOSSIER = Path(__file__).resolve().parent
SLUGS = [
    "bien-vivre",
    "lien-social",
    "convivialite",
    "lutte-isolement",
    "services-proximite",
    "participation",
    "mixite",
    "dynamisme-territorial",
    "transition-ecologique",
    "emploi-insertion",
]


def verifier(dossier: Path = DOSSIER) -> tuple[dict[str, list[dict]], list[str]]:
    """Read every register file and return its passages and the faults found."""
    passages: dict[str, list[dict]] = {}
    fautes: list[str] = []
    vus: set[str] = set()
    for chemin in sorted(dossier.glob("*.jsonl")):
        registre = chemin.stem
        lignes = chemin.read_text(encoding="utf-8").splitlines()
        for numero, ligne in enumerate(lignes, 1):
            ou = f"{chemin.name}:{numero}"
            try:
                d = json.loads(ligne)
            except json.JSONDecodeError as exc:
                fautes.append(f"{ou} JSON invalide ({exc.msg})")
                continue
            ident = d.get("id", "")
            if not re.fullmatch(rf"{re.escape(registre)}-\d{{3}}", ident):
                fautes.append(f"{ou} identifiant {ident!r} hors du registre du fichier")
            if ident in vus:
                fautes.append(f"{ou} identifiant en double {ident!r}")
            vus.add(ident)
            if d.get("registre") != registre:
                fautes.append(f"{ou} registre {d.get('registre')!r} ≠ {registre!r}")
            if not isinstance(d.get("text"), str) or not d["text"].strip():
                fautes.append(f"{ou} texte vide")
                continue
            inconnus = set(d.get("indicators", [])) - set(SLUGS)
            if inconnus or len(set(d.get("indicators", []))) != len(d.get("indicators", [])):
                fautes.append(f"{ou} indicateurs invalides {sorted(inconnus)}")
            for nom in d.get("names", []):
                if nom not in d["text"]:
                    fautes.append(f"{ou} nom absent du texte {nom!r}")
            if len(d.get("names", [])) != len(set(d.get("names", []))):
                fautes.append(f"{ou} nom répété")
            passages.setdefault(registre, []).append(d)
    return passages, fautes


def forme_du_nom(nom: str) -> str:
    """A rough class of a name form, to report how varied the names are."""
    if re.match(r"^(M\.|Mme|Madame|Dr)\s", nom):
        return "titre"
    if re.search(r"\b[A-ZÉ]\.", nom):
        return "initiale"
    if "-" in nom:
        return "trait d'union"
    if " " in re.sub(r"^(la|le) ", "", nom):
        return "prénom + nom"
    return "seul"


def tableaux(passages: dict[str, list[dict]]) -> str:
    """The markdown count tables of the README."""
    registres = sorted(passages)
    tete = "| indicateur | " + " | ".join(registres) + " | total |"
    lignes = [tete, "|" + "---|" * (len(registres) + 2)]

    def ligne(titre: str, compte) -> str:
        valeurs = [compte(passages[r]) for r in registres]
        return f"| {titre} | " + " | ".join(map(str, valeurs)) + f" | {sum(valeurs)} |"

    for slug in SLUGS:
        lignes.append(ligne(f"`{slug}`", lambda ps, s=slug: sum(s in p["indicators"] for p in ps)))
    lignes.append(ligne("sans indice (`[]`)", lambda ps: sum(not p["indicators"] for p in ps)))
    lignes.append(ligne("passages", len))
    lignes.append(ligne("passages avec ≥ 1 nom", lambda ps: sum(bool(p["names"]) for p in ps)))
    lignes.append(ligne("noms", lambda ps: sum(len(p["names"]) for p in ps)))
    tous = [p for ps in passages.values() for p in ps]
    par_passage = Counter(len(p["indicators"]) for p in tous)
    lignes.append("")
    lignes.append(f"étiquettes par passage: {dict(sorted(par_passage.items()))}")
    noms = [n for p in tous for n in p["names"]]
    formes = Counter(forme_du_nom(n) for n in noms)
    lignes.append(
        f"noms : {len(noms)} occurrences, {len(set(noms))} formes distinctes, {dict(formes)}"
    )
    return "\n".join(lignes)


if __name__ == "__main__":
    lus, erreurs = verifier()
    for erreur in erreurs:
        print(erreur)
    print(tableaux(lus))
    print(sum(map(len, lus.values())), "passages,", len(erreurs), "fautes")
    sys.exit(1 if erreurs else 0)
