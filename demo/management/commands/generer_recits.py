"""Generate a large, realistic-looking set of places and stories, fast (for benchmarks)."""

import time

from django.core.management.base import BaseCommand, CommandError

from demo.generation import generer


class Command(BaseCommand):
    help = (
        "Crée N récits publiés répartis sur M lieux (sud-est de la France, 2021–2025), "
        "avec mots-clés, codages acceptés et index de recherche, par insertions groupées."
    )

    def add_arguments(self, parser):
        parser.add_argument("--nombre", type=int, default=1000, help="Récits à créer.")
        parser.add_argument("--lieux", type=int, default=50, help="Lieux à créer.")
        parser.add_argument("--graine", type=int, default=42, help="Graine du hasard.")
        parser.add_argument(
            "--images", type=int, default=6, help="Petites photos partagées (0 : aucune)."
        )
        parser.add_argument(
            "--sans-index",
            action="store_true",
            help="Ne pas remplir l'index de recherche (lancer ensuite update_index).",
        )

    def handle(self, *args, **options):
        nombre, lieux = options["nombre"], options["lieux"]
        if nombre < 0 or lieux < 0 or options["images"] < 0:
            raise CommandError("Les nombres doivent être positifs.")
        self.stdout.write(f"Génération de {nombre} récits sur {lieux} lieux…")
        debut = time.perf_counter()
        try:
            bilan = generer(
                nombre,
                lieux,
                graine=options["graine"],
                images=options["images"],
                indexer=not options["sans_index"],
                ecrire=self.stdout.write,
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        duree = time.perf_counter() - debut
        for etape, secondes in bilan.durees.items():
            self.stdout.write(f"  {etape} : {secondes:.1f} s")
        if bilan.problemes:
            for probleme in bilan.problemes:
                self.stderr.write(f"Arbre : {probleme}")
            raise CommandError("L'arbre des pages est incohérent après la génération.")
        self.stdout.write(
            self.style.SUCCESS(
                f"{bilan.recits} récits, {bilan.lieux} lieux, {bilan.tags} mots-clés, "
                f"{bilan.codages} codages, {bilan.entrees_index} entrées d'index "
                f"en {duree:.1f} s."
            )
        )
