"""Bulk run of the spaCy helper over stories, skipping those whose text has not changed."""

import time

from django.core.management.base import BaseCommand, CommandError

from indicateurs.analysis.stockage import analyser_recits
from recits.models import RecitPage


class Command(BaseCommand):
    help = (
        "Analyse les récits avec l'assistant (suggestions d'indicateurs, citations, noms). "
        "Par défaut, seuls les récits modifiés depuis leur dernière analyse sont relus ; "
        "la commande peut être interrompue et relancée sans perte."
    )

    def add_arguments(self, parser):
        quoi = parser.add_mutually_exclusive_group()
        quoi.add_argument("--tous", action="store_true", help="Relire tous les récits.")
        quoi.add_argument(
            "--modifies", action="store_true", help="Seulement les récits modifiés (défaut)."
        )
        parser.add_argument("--lieu", metavar="SLUG", help="Seulement les récits de ce lieu.")
        parser.add_argument("--annee", type=int, metavar="AAAA", help="Seulement cette année.")

    def handle(self, *args, **options):
        recits = RecitPage.objects.order_by("pk")
        if options["lieu"]:
            recits = recits.filter(lieu__slug=options["lieu"])
            if not recits.exists():
                raise CommandError(f"Aucun récit pour le lieu « {options['lieu']} ».")
        if options["annee"]:
            recits = recits.filter(date__year=options["annee"])
        total = recits.count()
        if not total:
            self.stdout.write("Aucun récit à analyser.")
            return
        self.stdout.write(f"{total} récit(s) à examiner…")
        debut = time.perf_counter()
        faits = 0

        def avancer(nombre: int) -> None:
            nonlocal faits
            faits += nombre
            plein = int(30 * faits / total)
            self.stdout.write(f"\r[{'#' * plein}{'.' * (30 - plein)}] {faits}/{total}", ending="")
            self.stdout.flush()

        try:
            bilan = analyser_recits(
                recits.iterator(chunk_size=200), forcer=options["tous"], progression=avancer
            )
        except KeyboardInterrupt:
            self.stdout.write("")
            self.stderr.write(
                f"Interrompu après {faits} récit(s) ; relancez la commande pour reprendre."
            )
            return
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"{bilan.analyses} récit(s) analysé(s), {bilan.inchanges} inchangé(s), "
                f"en {time.perf_counter() - debut:.1f} s."
            )
        )
