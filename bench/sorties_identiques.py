"""Canonical JSON of everything the helper says on the whole corpus, to prove a speed-up
changed no output.

Run from the project root, before and after a change, then compare the two files:

    .venv/bin/python bench/sorties_identiques.py /tmp/avant.json
    .venv/bin/python bench/sorties_identiques.py /tmp/apres.json --comparer /tmp/avant.json

It analyses every passage of `indicateurs/corpus/*.jsonl` (and the benchmark's first
generated texts) with the default lexicons and the shipped model: suggestions, scores,
explanations, quotes and names, plus what the trained classifier reads of each passage
(tokens, and the exact bytes of the summed vector). Exit status 1 when `--comparer` finds
a difference, with the first differing passages on stderr.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent


def _canonique(valeur):
    """Plain JSON types only (numpy scalars and arrays included), so dumps are comparable."""
    import numpy as np

    if isinstance(valeur, dict):
        return {str(k): _canonique(v) for k, v in valeur.items()}
    if isinstance(valeur, list | tuple):
        return [_canonique(v) for v in valeur]
    if isinstance(valeur, np.ndarray):
        return {"sha256": hashlib.sha256(valeur.astype(np.float32).tobytes()).hexdigest()}
    if isinstance(valeur, np.generic):
        return valeur.item()
    return valeur


def passages() -> list[tuple[str, str]]:
    """(id, text) of every corpus passage, then of the benchmark's first generated texts."""
    sys.path.insert(0, str(RACINE / "bench"))
    from nlp import generer_textes

    sortie: list[tuple[str, str]] = []
    for chemin in sorted((RACINE / "indicateurs" / "corpus").glob("*.jsonl")):
        for ligne in chemin.read_text(encoding="utf-8").splitlines():
            if ligne.strip():
                donnee = json.loads(ligne)
                sortie.append((donnee["id"], donnee["text"]))
    sortie.extend((f"bench-{i}", t) for i, t in enumerate(generer_textes(60)))
    return sortie


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sortie", help="JSON file to write")
    parser.add_argument("--comparer", help="reference JSON file to compare with")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path.insert(0, str(RACINE))
    import django

    django.setup()
    from indicateurs.analysis.moteur import Analyseur
    from indicateurs.defaults import INDICATEURS_PAR_DEFAUT

    lus = passages()
    textes = [t for _i, t in lus]
    assistant = Analyseur({d["slug"]: d["lexique"] for d in INDICATEURS_PAR_DEFAUT})
    reponses = list(assistant.analyser_lot(textes))
    lectures = assistant.lectures(textes)
    resultat = {
        ident: {
            "reponse": _canonique(reponse),
            "lecture": _canonique(
                {
                    "jetons": lecture.jetons,
                    "vecteur": lecture.vecteur,
                    "phrases": lecture.phrases,
                    "regles": lecture.regles,
                }
            ),
        }
        for (ident, _t), reponse, lecture in zip(lus, reponses, lectures, strict=True)
    }
    Path(args.sortie).write_text(
        json.dumps(resultat, ensure_ascii=False, sort_keys=True, indent=1), encoding="utf-8"
    )
    print(f"{len(resultat)} passages écrits dans {args.sortie}")
    if not args.comparer:
        return 0
    reference = json.loads(Path(args.comparer).read_text(encoding="utf-8"))
    actuel = json.loads(Path(args.sortie).read_text(encoding="utf-8"))
    differents = [
        k for k in sorted(set(reference) | set(actuel)) if reference.get(k) != actuel.get(k)
    ]
    if differents:
        print(
            f"{len(differents)} passages diffèrent : {', '.join(differents[:10])}", file=sys.stderr
        )
        return 1
    print(f"identiques : {len(actuel)} passages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
