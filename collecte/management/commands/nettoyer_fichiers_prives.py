"""Remove the private files no contribution refers to (left by a crash), and say which."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from collecte.nettoyage import delai_par_defaut, nettoyer
from collecte.relances import compte


def _taille(octets: int) -> str:
    return f"{octets / 1_000_000:.1f} Mo".replace(".", ",")


class Command(BaseCommand):
    help = (
        "Efface les fichiers privés (photos de contributions) qu'aucune contribution ne "
        "désigne plus, laissés par un envoi interrompu, passé un délai de grâce ; termine "
        "aussi l'effacement des contributions retirées avant qu'il existe et purge les "
        "verrous de limite d'envoi périmés."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--delai",
            type=float,
            metavar="HEURES",
            help=(
                "Âge minimal d'un fichier orphelin avant de l'effacer, en heures "
                f"(par défaut {delai_par_defaut().total_seconds() / 3600:g}) : un envoi en "
                "cours a écrit ses photos sans avoir encore enregistré sa contribution."
            ),
        )
        parser.add_argument(
            "--simulation",
            action="store_true",
            help="Affiche ce qui serait effacé, sans rien effacer.",
        )

    def handle(self, *args, delai=None, simulation: bool = False, **options) -> None:
        if delai is not None and delai < 0:
            raise CommandError("Le délai est un nombre d'heures positif ou nul.")
        duree = datetime.timedelta(hours=delai) if delai is not None else None
        bilan = nettoyer(duree, simulation=simulation)
        verbe = "serait effacé" if simulation else "effacé"
        verbes = "seraient effacés" if simulation else "effacés"
        if bilan.effacees:
            un, plusieurs = (
                ("à effacer", "à effacer")
                if simulation
                else ("maintenant effacée", "maintenant effacées")
            )
            message = compte(
                bilan.effacees,
                f"contribution retirée avant l'effacement automatique, {un}.",
                f"contributions retirées avant l'effacement automatique, {plusieurs}.",
            )
            self.stdout.write(self.style.SUCCESS(message))
        for nom, octets in bilan.fichiers:
            self.stdout.write(f"  – {nom} ({_taille(octets)})")
        if bilan.fichiers:
            resume = compte(
                len(bilan.fichiers),
                f"fichier privé sans contribution {verbe}",
                f"fichiers privés sans contribution {verbes}",
            )
            self.stdout.write(self.style.SUCCESS(f"{resume} ({_taille(bilan.octets)})."))
        else:
            self.stdout.write(self.style.SUCCESS("Aucun fichier privé sans contribution."))
        if bilan.verrous:
            verrou = compte(
                bilan.verrous,
                f"verrou de limite d'envoi périmé {verbe}",
                f"verrous de limite d'envoi périmés {verbes}",
            )
            self.stdout.write(self.style.SUCCESS(f"{verrou}."))
