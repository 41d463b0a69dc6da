"""Export the codings for scripts and analysts: CSV, XLSX, REFI-QDA codebook or project."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from indicateurs.exports.filtres import filtrer_periode
from indicateurs.exports.lignes import lignes
from indicateurs.exports.refiqda import codebook_qdc, ecrire_qdpx
from indicateurs.exports.tableur import csv_en_flux, ecrire_xlsx
from indicateurs.models import Codage

FORMATS = ("csv", "xlsx", "qdc", "qdpx")


class Command(BaseCommand):
    help = (
        "Exporte les codages (CSV, XLSX), le livre de codes (REFI-QDA .qdc) ou tout le corpus "
        "codé (REFI-QDA .qdpx). Seul le texte pseudonymisé des récits sort du site."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", required=True, help="csv, xlsx, qdc ou qdpx")
        parser.add_argument("--sortie", required=True, help="Chemin du fichier à écrire")
        parser.add_argument("--annee", type=int, help="Seulement les récits de cette année")
        parser.add_argument("--campagne", type=int, help="Seulement la campagne de cette année")

    def handle(self, *args, **options) -> None:
        format_ = (options["format"] or "").lower().lstrip(".")
        if format_ not in FORMATS:
            raise CommandError(
                f"Format inconnu : « {options['format']} ». Choisissez parmi : {', '.join(FORMATS)}."
            )
        sortie = Path(options["sortie"])
        if sortie.is_dir():
            raise CommandError(f"« {sortie} » est un dossier : donnez un nom de fichier.")
        if not sortie.parent.exists():
            raise CommandError(f"Le dossier « {sortie.parent} » n'existe pas.")
        for cle in ("annee", "campagne"):
            if options[cle] is not None and not 1900 <= options[cle] <= 2200:
                raise CommandError(f"--{cle} attend une année, par exemple 2025.")
        codages = filtrer_periode(
            Codage.objects.all(), annee=options["annee"], campagne=options["campagne"]
        )
        debut = time.perf_counter()
        # Written beside the target, then renamed: a failed export leaves no half file.
        descripteur, provisoire = tempfile.mkstemp(dir=sortie.parent, suffix=".partiel")
        try:
            with os.fdopen(descripteur, "wb") as fichier:
                message = self._ecrire(format_, codages, fichier)
            os.replace(provisoire, sortie)
        except BaseException:
            Path(provisoire).unlink(missing_ok=True)
            raise
        self.stdout.write(
            self.style.SUCCESS(f"{message} → {sortie} ({time.perf_counter() - debut:.1f} s).")
        )

    def _ecrire(self, format_: str, codages, fichier) -> str:
        if format_ == "qdc":
            fichier.write(codebook_qdc())
            return "Livre de codes exporté"
        if format_ == "qdpx":
            total = codages.filter(statut=Codage.Statut.ACCEPTE).values("recit_id").distinct()
            total = total.count()
            if not total:
                self.stdout.write("Aucun codage accepté : le projet ne contient que les codes.")
            comptes = ecrire_qdpx(codages, fichier, progression=self._barre(total))
            self.stdout.write("")
            return (
                f"{comptes['sources']} récit(s), {comptes['selections']} passage(s) codé(s) et "
                f"{comptes['codages_recit']} codage(s) de récit entier exportés"
                + (
                    f", {comptes['ignores']} passage(s) introuvable(s) laissé(s) de côté"
                    if comptes["ignores"]
                    else ""
                )
            )
        total = codages.count()
        if not total:
            self.stdout.write("Aucun codage ne correspond : le fichier n'aura que les en-têtes.")
        rangees = self._compter(lignes(codages), self._barre(total))
        if format_ == "csv":
            for texte in csv_en_flux(rangees):
                fichier.write(texte.encode("utf-8"))
        else:
            ecrire_xlsx(rangees, fichier)
        self.stdout.write("")
        return f"{total} codage(s) exporté(s)"

    def _barre(self, total: int):
        faits = 0

        def avancer(nombre: int) -> None:
            nonlocal faits
            faits += nombre
            if total:
                plein = int(30 * faits / total)
                self.stdout.write(
                    f"\r[{'#' * plein}{'.' * (30 - plein)}] {faits}/{total}", ending=""
                )
                self.stdout.flush()

        return avancer

    @staticmethod
    def _compter(rangees: Iterable[tuple], avancer, pas: int = 1000) -> Iterator[tuple]:
        n = 0
        for rangee in rangees:
            yield rangee
            n += 1
            if n % pas == 0:
                avancer(pas)
        avancer(n % pas)
