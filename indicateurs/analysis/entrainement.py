"""Training the helper from the corpus and the editors' decisions, and measuring it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .classifieur import GROUPES, Lecture, ModeleAssistant, entrainer
from .corpus import REGISTRE_TENU, Exemple, part_de, rang_melange
from .evaluation import Passage, mesurer

PARTS = ("entrainement", "validation", "registre")


@dataclass
class Jeu:
    """Passages of one split with what the classifier reads of them."""

    exemples: list[Exemple]
    lectures: list[Lecture]


def repartir(exemples: list[Exemple], registre_tenu: str = REGISTRE_TENU) -> dict[str, list]:
    """Split passages deterministically; training passages in a hash order for the folds."""
    parts: dict[str, list[Exemple]] = {p: [] for p in PARTS}
    for exemple in exemples:
        parts[part_de(exemple, registre_tenu)].append(exemple)
    parts["entrainement"].sort(key=rang_melange)
    return parts


def etiquettes(exemples: list[Exemple], slugs: list[str]) -> np.ndarray:
    """The 0/1 label matrix (passages × indicators)."""
    return np.array([[1.0 if s in e.indicateurs else 0.0 for s in slugs] for e in exemples])


def ajuster(
    jeu: Jeu,
    slugs: list[str],
    graine: int = 13,
    groupes: tuple[str, ...] = GROUPES,
    **options,
) -> ModeleAssistant:
    """Fit a model on a split (seeded: the same data give the same weights)."""
    return entrainer(
        jeu.lectures,
        etiquettes(jeu.exemples, slugs),
        slugs,
        [e.texte for e in jeu.exemples],
        graine=graine,
        groupes=groupes,
        registres=[e.registre for e in jeu.exemples],
        **options,
    )


def predictions(modele: ModeleAssistant | None, jeu: Jeu) -> list[set[str]]:
    """Suggested indicators per passage: the model's, or the rules' when there is none."""
    if modele is None:
        return [{s for s, score in lec.regles.items() if score >= 0.5} for lec in jeu.lectures]
    probas = modele.probabilites(jeu.lectures)
    return [
        {s for j, s in enumerate(modele.slugs) if ligne[j] >= modele.seuils[j]} for ligne in probas
    ]


def mesurer_jeu(modele: ModeleAssistant | None, jeu: Jeu, slugs: list[str]) -> dict:
    """Precision, recall and F1 (per indicator, micro, macro) on one split."""
    passages = [Passage(e.ident, e.texte, e.indicateurs) for e in jeu.exemples]
    return mesurer(passages, predictions(modele, jeu), slugs)


def exemples_des_editeurs(slugs: list[str]) -> list[Exemple]:
    """Editors' decisions as training passages: accepted and editor-coded ones are positives,
    rejected helper suggestions negatives, grouped by passage text."""
    from ..models import Codage

    par_passage: dict[tuple[int, str], dict[str, bool]] = {}
    lignes = (
        Codage.objects.filter(statut__in=[Codage.Statut.ACCEPTE, Codage.Statut.REJETE])
        .exclude(passage="")
        .values_list("recit_id", "passage", "indicateur__slug", "statut")
    )
    for recit_id, passage, slug, statut in lignes:
        if slug not in slugs:
            continue
        decisions = par_passage.setdefault((recit_id, passage.strip()), {})
        decisions[slug] = statut == Codage.Statut.ACCEPTE or decisions.get(slug, False)
    exemples = []
    for (recit_id, passage), decisions in sorted(par_passage.items()):
        exemples.append(
            Exemple(
                ident=f"editeurs-{recit_id}-{len(exemples)}",
                registre="editeurs",
                texte=passage,
                indicateurs={s for s, accepte in decisions.items() if accepte},
                source="editeurs",
            )
        )
    return exemples


def croiser_registres(jeu: Jeu, slugs: list[str], graine: int = 13, **options) -> dict[str, dict]:
    """Leave-one-register-out figures: train on every other register, measure on this one.

    This is the proxy for text written by people the model never read; the mean over
    registers is under ``"moyenne"`` (micro, macro, recall, false labels per no-evidence
    passage).
    """
    registres = sorted({e.registre for e in jeu.exemples})
    sortie: dict[str, dict] = {}
    for registre in registres:
        dedans = [i for i, e in enumerate(jeu.exemples) if e.registre != registre]
        dehors = [i for i, e in enumerate(jeu.exemples) if e.registre == registre]
        if len(dedans) < 8:
            continue
        partiel = Jeu([jeu.exemples[i] for i in dedans], [jeu.lectures[i] for i in dedans])
        teste = Jeu([jeu.exemples[i] for i in dehors], [jeu.lectures[i] for i in dehors])
        modele = ajuster(partiel, slugs, graine, **options)
        sortie[registre] = mesurer_jeu(modele, teste, slugs)
    if sortie:
        mesures = list(sortie.values())
        avec_vides = [m for m in mesures if m["negatives"]["passages"]]
        sortie["moyenne"] = {
            "micro": round(float(np.mean([m["micro"]["f1"] for m in mesures])), 4),
            "macro": round(float(np.mean([m["macro"]["f1"] for m in mesures])), 4),
            "recall": round(float(np.mean([m["micro"]["recall"] for m in mesures])), 4),
            "false_labels_per_passage": round(
                float(np.mean([m["negatives"]["false_labels_per_passage"] for m in avec_vides])),
                4,
            )
            if avec_vides
            else 0.0,
            "registres": len(mesures),
        }
    return sortie
