"""Measure the helper on labelled passages with the lexicons currently in the database."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from indicateurs.analysis.evaluation import lire_jsonl, mesurer, mesurer_noms, tableau
from indicateurs.analysis.moteur import Analyseur
from indicateurs.analysis.stockage import lexiques_actifs
from indicateurs.models import Indicateur


class Command(BaseCommand):
    help = (
        "Évalue les suggestions de l'assistant sur un fichier JSON Lines "
        '({"id": …, "text": …, "indicators": [slugs], "names": [noms, facultatif]}) : '
        "précision, rappel et F1 ; pour les noms de personnes, rappel, précision et faux noms "
        "par passage."
    )

    def add_arguments(self, parser):
        parser.add_argument("fichier", help="Fichier JSON Lines de passages étiquetés.")
        parser.add_argument("--json", action="store_true", help="Un seul objet JSON en sortie.")

    def handle(self, *args, **options):
        chemin = Path(options["fichier"])
        try:
            contenu = chemin.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Impossible de lire « {chemin} » : {exc}") from exc
        slugs = list(Indicateur.objects.order_by("ordre", "nom").values_list("slug", flat=True))
        lecture = lire_jsonl(contenu.splitlines(), set(slugs))
        for numero, raison in lecture.rejets:
            self.stderr.write(f"Ligne {numero} ignorée : {raison}.")
        lexiques = lexiques_actifs()
        analyseur = Analyseur(lexiques)
        predictions, noms = [], []
        for reponse in analyseur.analyser_lot(p.texte for p in lecture.passages):
            predictions.append({s for s, r in reponse["indicateurs"].items() if r["suggere"]})
            noms.append([n["nom"] for n in reponse["noms"]])
        actifs = [s for s in slugs if s in lexiques]
        mesures = mesurer(lecture.passages, predictions, actifs)
        figures_noms = mesurer_noms(lecture.passages, noms)
        if figures_noms is not None:
            mesures["names"] = figures_noms
        if options["json"]:
            self.stdout.write(json.dumps(mesures, ensure_ascii=False, sort_keys=True))
            return
        for ligne in tableau(mesures):
            self.stdout.write(ligne)
