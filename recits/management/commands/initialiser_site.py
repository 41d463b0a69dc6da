"""Create the page tree (home, stories, places, indicators) on a new database."""

from django.core.management.base import BaseCommand

from recits.arborescence import initialiser_site


class Command(BaseCommand):
    help = "Crée l'accueil et les pages « récits », « lieux » et « indicateurs » (sans doublon)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--hostname", help="Nom de domaine public du site (par ex. recits.exemple.fr)."
        )
        parser.add_argument("--port", type=int, help="Port public du site (80 ou 443).")

    def handle(self, *args, **options) -> None:
        accueil = initialiser_site(hostname=options["hostname"], port=options["port"])
        self.stdout.write(self.style.SUCCESS(f"Arborescence prête sous « {accueil.title} »."))
