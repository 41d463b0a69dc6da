"""Retrain the helper from the corpus and the editors' decisions; install it only if better."""

import json
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from indicateurs.analysis.classifieur import DOSSIER_PAR_DEFAUT, GROUPES, charger_assistant
from indicateurs.analysis.corpus import REGISTRE_TENU, Exemple, fichiers_corpus, lire_corpus
from indicateurs.analysis.entrainement import (
    PARTS,
    Jeu,
    ajuster,
    croiser_registres,
    exemples_des_editeurs,
    mesurer_jeu,
    repartir,
)
from indicateurs.analysis.evaluation import lire_jsonl
from indicateurs.analysis.moteur import Analyseur
from indicateurs.analysis.stockage import lexiques_actifs
from indicateurs.models import Indicateur

NOMS_PARTS = {
    "entrainement": "entraînement",
    "validation": "validation",
    "registre": "registre jamais vu",
    "reel": "texte réel",
}
# Why a model needs real text to be installed: measured on two sets of real press and
# testimony passages (kept outside the project, the text is not ours), every model trained
# on the team's corpus scored below the lexicons alone (bench/README.md, issue 10).
SANS_TEXTE_REEL = (
    "Modèle non installé : sans passages réels étiquetés (--reel FICHIER), rien ne montre "
    "qu'il fait mieux que l'assistant actuel sur de vrais textes ; sur des articles et des "
    "témoignages réels, les modèles appris sur le corpus de l'équipe ont fait moins bien que "
    "les lexiques seuls. --forcer pour l'installer quand même."
)


class Command(BaseCommand):
    help = (
        "Entraîne l'assistant sur le corpus et les décisions de l'équipe éditoriale, affiche "
        "les chiffres de validation avant et après, et n'installe le nouveau modèle que s'il "
        "fait au moins aussi bien sur du texte réel (--reel), sauf --forcer."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--corpus", metavar="DOSSIER", help="Dossier des fichiers JSON Lines du corpus."
        )
        parser.add_argument("--dossier", metavar="DOSSIER", help="Où installer le modèle.")
        parser.add_argument("--graine", type=int, default=13, help="Graine (13 par défaut).")
        parser.add_argument(
            "--registre-tenu",
            default=REGISTRE_TENU,
            help=f"Registre gardé à part pour le test (« {REGISTRE_TENU} » par défaut).",
        )
        parser.add_argument(
            "--reel",
            metavar="FICHIER",
            help="Passages réels étiquetés (JSON Lines, format d'evaluer_suggestions) : le "
            "modèle n'est installé que s'il y fait au moins aussi bien que l'assistant actuel.",
        )
        parser.add_argument("--forcer", action="store_true", help="Installer même si moins bon.")
        parser.add_argument(
            "--sans-editeurs", action="store_true", help="Ignorer les décisions de l'équipe."
        )
        parser.add_argument(
            "--ablation", action="store_true", help="Mesurer l'apport de chaque famille de traits."
        )
        parser.add_argument(
            "--min-registres",
            type=int,
            default=1,
            help="Ne garder que les n-grammes présents dans au moins N registres (1 par défaut).",
        )
        parser.add_argument(
            "--plis-registres",
            action="store_true",
            help="Calibrer les seuils sur des plis qui tiennent à part des registres entiers.",
        )
        parser.add_argument(
            "--croise",
            action="store_true",
            help="Mesurer aussi en validation croisée par registre (un registre laissé de côté "
            "à tour de rôle ; plusieurs minutes).",
        )
        parser.add_argument("--json", action="store_true", help="Chiffres en JSON à la fin.")

    def handle(self, *args, **options):
        debut = time.perf_counter()
        dossier_corpus = Path(options["corpus"]) if options["corpus"] else None
        fichiers = fichiers_corpus(dossier_corpus)
        if not fichiers:
            raise CommandError(
                f"Aucun fichier .jsonl dans « {dossier_corpus or 'indicateurs/corpus'} »."
            )
        lexiques = lexiques_actifs()
        slugs = list(
            Indicateur.objects.filter(actif=True)
            .order_by("ordre", "nom")
            .values_list("slug", flat=True)
        )
        corpus = lire_corpus(fichiers, set(slugs))
        for fichier, numero, raison in corpus.rejets:
            self.stderr.write(f"{fichier}, ligne {numero} ignorée : {raison}.")
        exemples = list(corpus.exemples)
        if not options["sans_editeurs"]:
            editeurs = exemples_des_editeurs(slugs)
            exemples += editeurs
            self.stdout.write(f"Décisions de l'équipe éditoriale : {len(editeurs)} passage(s).")
        parts = repartir(exemples, options["registre_tenu"])
        if len(parts["entrainement"]) < 8:
            raise CommandError(
                "Trop peu de passages pour entraîner le modèle "
                f"({len(parts['entrainement'])} en entraînement, 8 au moins)."
            )
        self.stdout.write(
            "Passages : "
            + ", ".join(f"{NOMS_PARTS[p]} {len(parts[p])}" for p in PARTS)
            + f" (registre tenu à part : « {options['registre_tenu']} »)."
        )
        analyseur = Analyseur(lexiques, assistant=None)
        jeux = {}
        for part in PARTS:
            textes = [e.texte for e in parts[part]]
            jeux[part] = Jeu(parts[part], analyseur.lectures(textes))
        mesures_parts = list(PARTS)
        if options["reel"]:
            reels = self._lire_reel(Path(options["reel"]), slugs)
            jeux["reel"] = Jeu(reels, analyseur.lectures([e.texte for e in reels]))
            mesures_parts.append("reel")
        dossier = Path(
            options["dossier"]
            or getattr(settings, "RECITS_DOSSIER_ASSISTANT", None)
            or DOSSIER_PAR_DEFAUT
        )
        ancien = charger_assistant(dossier)
        if ancien is not None and (
            ancien.meta.get("spacy") != analyseur.modele or set(ancien.slugs) != set(slugs)
        ):
            ancien = None
        if options["min_registres"] < 1:
            raise CommandError("--min-registres doit valoir au moins 1.")
        reglages = {
            "min_registres": options["min_registres"],
            "plis_registres": options["plis_registres"],
        }
        nouveau = ajuster(jeux["entrainement"], slugs, options["graine"], **reglages)
        figures = {
            "avant": {
                p: mesurer_jeu(ancien, jeux[p], slugs) for p in mesures_parts if jeux[p].exemples
            },
            "apres": {
                p: mesurer_jeu(nouveau, jeux[p], slugs) for p in mesures_parts if jeux[p].exemples
            },
        }
        quoi = "modèle installé" if ancien is not None else "règles seules (aucun modèle)"
        self.stdout.write(f"Avant ({quoi}) :")
        self._resume(figures["avant"])
        self.stdout.write("Après (nouveau modèle) :")
        self._resume(figures["apres"])
        self.stdout.write("Nouveau modèle, validation, par indicateur :")
        if "validation" in figures["apres"]:
            for slug, m in figures["apres"]["validation"]["per_indicator"].items():
                self.stdout.write(
                    f"  {slug:<24} P {m['precision']:.3f}  R {m['recall']:.3f}  "
                    f"F1 {m['f1']:.3f}  ({m['support']} positifs)"
                )
        if options["croise"]:
            croise = croiser_registres(jeux["entrainement"], slugs, options["graine"], **reglages)
            figures["croise"] = croise
            if "moyenne" in croise:
                m = croise["moyenne"]
                self.stdout.write(
                    f"Validation croisée par registre ({m['registres']} registres, moyenne) : "
                    f"F1 micro {m['micro']:.3f}  F1 macro {m['macro']:.3f}  rappel "
                    f"{m['recall']:.3f}  faux par passage sans preuve "
                    f"{m['false_labels_per_passage']:.2f}"
                )
        if options["ablation"]:
            figures["ablation"] = self._ablation(jeux, slugs, options["graine"])
        reference = "reel" if options["reel"] else "validation"
        if not jeux[reference].exemples:
            reference = "entrainement"
        f_avant = figures["avant"][reference]["micro"]["f1"]
        f_apres = figures["apres"][reference]["micro"]["f1"]
        nouveau.meta = {
            "spacy": analyseur.modele,
            "graine": options["graine"],
            "registre_tenu": options["registre_tenu"],
            "passages": {p: len(parts[p]) for p in PARTS},
            "reglages": reglages,
            "validation": figures["apres"].get("validation", {}).get("micro"),
        }
        installe = False
        if options["forcer"] or (reference == "reel" and f_apres + 1e-9 >= f_avant):
            nouveau.enregistrer(dossier)
            installe = True
            self.stdout.write(
                self.style.SUCCESS(
                    f"Modèle installé dans {dossier} (F1 micro en {NOMS_PARTS[reference]} : "
                    f"{f_avant:.3f} → {f_apres:.3f}), en {time.perf_counter() - debut:.0f} s."
                )
            )
        elif reference != "reel":
            self.stderr.write(SANS_TEXTE_REEL)
        else:
            self.stderr.write(
                f"Nouveau modèle moins bon en {NOMS_PARTS[reference]} (F1 micro {f_apres:.3f} contre "
                f"{f_avant:.3f}) : il n'est pas installé. --forcer pour l'installer quand même."
            )
        if options["json"]:
            figures["installe"] = installe
            self.stdout.write(json.dumps(figures, ensure_ascii=False, sort_keys=True))

    def _lire_reel(self, chemin: Path, slugs: list[str]) -> list[Exemple]:
        """The real passages of --reel; a file that cannot be used stops the command."""
        try:
            lignes = chemin.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Impossible de lire « {chemin} » : {exc}") from exc
        lecture = lire_jsonl(lignes, set(slugs))
        for numero, raison in lecture.rejets:
            self.stderr.write(f"{chemin.name}, ligne {numero} ignorée : {raison}.")
        if not lecture.passages:
            raise CommandError(f"Aucun passage étiqueté utilisable dans « {chemin} ».")
        self.stdout.write(f"Texte réel : {len(lecture.passages)} passage(s) de {chemin.name}.")
        return [
            Exemple(p.ident, "reel", p.texte, set(p.indicateurs), source="reel")
            for p in lecture.passages
        ]

    def _resume(self, figures: dict) -> None:
        for part, m in figures.items():
            self.stdout.write(
                f"  {NOMS_PARTS[part]:<20} F1 micro {m['micro']['f1']:.3f}  "
                f"F1 macro {m['macro']['f1']:.3f}  faux par passage sans preuve "
                f"{m['negatives']['false_labels_per_passage']:.2f}"
            )

    def _ablation(self, jeux: dict, slugs: list[str], graine: int) -> dict:
        """Each feature family alone and the full model without it."""
        self.stdout.write("Ablation (F1 micro / macro en validation, puis registre jamais vu) :")
        variantes = {"tout": GROUPES}
        for groupe in GROUPES:
            variantes[f"sans {groupe}"] = tuple(g for g in GROUPES if g != groupe)
        variantes["n-grammes seuls"] = ("ngrammes",)
        sortie = {}
        for nom, groupes in variantes.items():
            modele = ajuster(jeux["entrainement"], slugs, graine, groupes)
            ligne = {p: mesurer_jeu(modele, jeux[p], slugs) for p in PARTS[1:] if jeux[p].exemples}
            sortie[nom] = {
                p: {"micro": m["micro"]["f1"], "macro": m["macro"]["f1"]} for p, m in ligne.items()
            }
            self.stdout.write(
                f"  {nom:<20} "
                + "  ".join(
                    f"{NOMS_PARTS[p]} {m['micro']['f1']:.3f}/{m['macro']['f1']:.3f}"
                    for p, m in ligne.items()
                )
            )
        return sortie
