"""Create the page tree (home, stories, places, indicators) on a new database."""

from django.core.management.base import BaseCommand

from recits.arborescence import initialiser_site


class Command(BaseCommand):
    help = "Crée l'accueil et les pages « récits », « lieux » et « indicateurs » (sans doublon)."

    def handle(self, *args, **options) -> None:
        accueil = initialiser_site()
        self.stdout.write(self.style.SUCCESS(f"Arborescence prête sous « {accueil.title} »."))
