"""Load the demo content (places, stories, codings, pictures, accounts) in one command."""

import time

from django.core.management.base import BaseCommand

from demo.chargement import Chargeur
from recits.models import LieuPage


class Command(BaseCommand):
    help = (
        "Charge le contenu de démonstration : lieux, récits, codages, photos et comptes. "
        "Sans doublon : ce qui existe déjà (même adresse) est laissé tel quel."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--premiere-fois",
            action="store_true",
            help="Ne rien faire si un lieu existe déjà (utilisé à chaque « make run »).",
        )

    def handle(self, *args, premiere_fois: bool = False, **options) -> None:
        if premiere_fois and LieuPage.objects.exists():
            self.stdout.write(
                self.style.SUCCESS("Contenu de démonstration déjà présent : rien à charger.")
            )
            return
        debut = time.perf_counter()
        bilan = Chargeur().charger()
        duree = time.perf_counter() - debut
        succes = self.style.SUCCESS
        self.stdout.write(
            succes(f"Lieux : {bilan.lieux_crees} créés, {bilan.lieux_existants} déjà présents.")
        )
        self.stdout.write(
            succes(
                f"Récits publiés : {bilan.recits_crees} créés, {bilan.recits_existants} déjà "
                f"présents ; brouillons : {bilan.brouillons_crees} créés, "
                f"{bilan.brouillons_existants} déjà présents."
            )
        )
        self.stdout.write(
            succes(f"Photos : {bilan.images_creees} dessinées ; codages : {bilan.codages_crees}.")
        )
        for ligne in bilan.comptes:
            self.stdout.write(succes(ligne))
        if bilan.campagne:
            self.stdout.write(
                succes(
                    f"{bilan.campagne}, tous les lieux invités : "
                    "`manage.py inviter --lieu cafe-de-la-fontaine` affiche un lien."
                )
            )
        self.stdout.write(succes(f"Contenu de démonstration prêt en {duree:.1f} s."))
