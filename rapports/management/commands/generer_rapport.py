"""Generate a report's evidence blocks from the command line, and write it as a document."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from recits.territoires import DEPARTEMENTS, REGION_CHOICES


class Command(BaseCommand):
    help = (
        "Génère les blocs de preuve d'un rapport (année, périmètre) et l'écrit au format "
        "voulu. Le rapport est créé en brouillon s'il n'existe pas."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("annee", type=int, help="Année du rapport, p. ex. 2025")
        parser.add_argument(
            "--perimetre",
            default="tous",
            help="« tous », « departement:07 », « region:Auvergne-Rhône-Alpes » ou « lieux:slug1,slug2 »",
        )
        parser.add_argument("--format", choices=["docx", "pdf", "xlsx", "md"], default=None)
        parser.add_argument("--sortie", type=Path, default=None, help="Fichier à écrire")

    def handle(
        self, *args, annee: int, perimetre: str, format: str | None, sortie: Path | None, **options
    ) -> None:
        from recits.models import LieuPage

        from ...exports import exporter
        from ...generation import generer_blocs
        from ...models import RapportIndexPage, RapportPage

        if not 1990 <= annee <= 2100:
            raise CommandError("Indiquez une année entre 1990 et 2100.")
        champs, lieux = self._perimetre(perimetre, LieuPage)
        index = RapportIndexPage.objects.first()
        if index is None:
            raise CommandError(
                "Aucune page « Les rapports » : lancez d'abord initialiser_site ou load_initial_data."
            )
        slug = f"rapport-{annee}" + (
            f"-{champs.get('departement') or ''}" if champs.get("departement") else ""
        )
        rapport = RapportPage.objects.child_of(index).filter(slug=slug).first()
        if rapport is None:
            rapport = RapportPage(
                title=f"Rapport d'utilité sociale {annee}",
                slug=slug,
                annee=annee,
                live=False,
                **champs,
            )
            index.add_child(instance=rapport)
        else:
            rapport = rapport.get_latest_revision_as_object()
            for cle, valeur in champs.items():
                setattr(rapport, cle, valeur)
        if lieux is not None:
            rapport.lieux.set(lieux)
            rapport.save()

        def avancer(fait: int, total: int) -> None:
            largeur = 30
            plein = round(largeur * fait / total) if total else largeur
            self.stdout.write(
                f"\r[{'#' * plein}{'.' * (largeur - plein)}] {fait}/{total} indicateurs", ending=""
            )
            self.stdout.flush()

        generer_blocs(rapport, progression=avancer)
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"Blocs de preuve générés pour « {rapport.title} » (page {rapport.pk})."
            )
        )
        if format:
            contenu = exporter(rapport, format)
            if sortie is None or str(sortie) == "-":
                if format in ("md",):
                    self.stdout.write(contenu.decode("utf-8"))
                    return
                sortie = Path(f"{slug}.{format}")
            try:
                sortie.write_bytes(contenu)
            except OSError as erreur:
                raise CommandError(f"Impossible d'écrire {sortie} : {erreur.strerror}") from erreur
            self.stdout.write(self.style.SUCCESS(f"Écrit : {sortie} ({len(contenu)} octets)."))

    @staticmethod
    def _perimetre(texte: str, LieuPage) -> tuple[dict, list | None]:
        if texte == "tous":
            return {"perimetre": "tous"}, None
        genre, _, valeur = texte.partition(":")
        if genre == "departement" and valeur in DEPARTEMENTS:
            return {"perimetre": "departement", "departement": valeur}, None
        if genre == "region" and valeur in dict(REGION_CHOICES):
            return {"perimetre": "region", "region": valeur}, None
        if genre == "lieux" and valeur:
            slugs = [s for s in valeur.split(",") if s]
            lieux = list(LieuPage.objects.filter(slug__in=slugs))
            inconnus = set(slugs) - {lieu.slug for lieu in lieux}
            if inconnus:
                raise CommandError(f"Lieux inconnus : {', '.join(sorted(inconnus))}.")
            return {"perimetre": "lieux"}, lieux
        raise CommandError(
            "Périmètre non compris. Exemples : tous, departement:07, "
            "region:Auvergne-Rhône-Alpes, lieux:cafe-tilleuls,epicerie-du-bourg."
        )
