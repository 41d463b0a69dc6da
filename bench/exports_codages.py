"""Time and memory of the codings exports on a 10,000-story database.

Run from the project root:

    .venv/bin/python bench/exports_codages.py [--nombre 10000] [--base /tmp/bench-exports.sqlite3]
                                              [--formats csv,xlsx,qdpx]

It never touches db.sqlite3: a separate SQLite file (or --database-url) is migrated, filled
with `generer_recits` when it holds fewer stories than asked, then given two coded passages
per story (through `indicateurs.services.creer_codages`) and one pseudonymised name per
tenth story, so the exports do all their work. Each format is written to a temporary file
twice: once timed (wall and CPU time), once under tracemalloc for the peak of Python
allocations; the process's maximum resident size is reported too. Target (issue 11): the
codings export of the 10,000-story database in ≤ 10 s, with memory that does not grow with
the collection (compare --nombre 2000 and 10000). One JSON object is printed on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
CIBLE_S = 10.0


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nombre", type=int, default=10_000)
    parser.add_argument("--lieux", type=int, default=50)
    parser.add_argument("--base", default="/tmp/bench-exports.sqlite3")
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--formats", default="csv,xlsx,qdpx")
    return parser.parse_args()


def configurer(args: argparse.Namespace) -> None:
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        base = Path(args.base).resolve()
        if base == (RACINE / "db.sqlite3").resolve():
            sys.exit("Refus : le banc ne doit pas utiliser db.sqlite3.")
        os.environ["DATABASE_URL"] = f"sqlite:///{base}"
    os.environ.setdefault("MEDIA_ROOT", str(Path(args.base).resolve().with_suffix(".media")))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    sys.path.insert(0, str(RACINE))
    os.chdir(RACINE)
    import django

    django.setup()


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def preparer(args: argparse.Namespace) -> None:
    from django.core.management import call_command

    from indicateurs.models import Codage, Indicateur, NomPersonne
    from indicateurs.services import creer_codages
    from recits.models import RecitPage
    from recits.passages import blocs_du_recit

    call_command("migrate", verbosity=0, interactive=False)
    manque = args.nombre - RecitPage.objects.count()
    if manque > 0:
        debut = time.perf_counter()
        call_command("generer_recits", nombre=manque, lieux=args.lieux, stdout=sys.stderr)
        log(f"génération : {time.perf_counter() - debut:.1f} s")
    if Codage.objects.exclude(bloc="").exists():
        return
    debut = time.perf_counter()
    indicateurs = list(Indicateur.objects.filter(actif=True))
    codages, noms = [], []
    for rang, recit in enumerate(RecitPage.objects.order_by("pk").iterator(chunk_size=500)):
        for numero, bloc in enumerate(blocs_du_recit(recit)[:2]):
            fin = min(len(bloc.texte), 80)
            codages.append(
                Codage(
                    recit_id=recit.pk,
                    indicateur=indicateurs[(rang + numero) % len(indicateurs)],
                    bloc=bloc.cle,
                    debut=0,
                    fin=fin,
                    passage=bloc.texte[:fin],
                    origine=Codage.Origine.EDITEUR,
                    statut=Codage.Statut.ACCEPTE,
                    citation=numero == 0,
                )
            )
        if rang % 10 == 0:
            noms.append(
                NomPersonne(
                    recit_id=recit.pk,
                    nom="Josette",
                    remplacement="Claire",
                    decision=NomPersonne.Decision.PSEUDONYME,
                    source=NomPersonne.Source.EDITEUR,
                )
            )
    creer_codages(codages)
    NomPersonne.objects.bulk_create(noms, ignore_conflicts=True)
    log(f"{len(codages)} passages codés, {len(noms)} noms : {time.perf_counter() - debut:.1f} s")


def exporter(format_: str, fichier) -> int:
    from indicateurs.exports.lignes import lignes
    from indicateurs.exports.refiqda import ecrire_qdpx
    from indicateurs.exports.tableur import csv_en_flux, ecrire_xlsx
    from indicateurs.models import Codage

    if format_ == "csv":
        n = 0
        for texte in csv_en_flux(lignes(Codage.objects.all())):
            fichier.write(texte.encode("utf-8"))
            n += 1
        return n - 1
    if format_ == "xlsx":
        return ecrire_xlsx(lignes(Codage.objects.all()), fichier)
    comptes = ecrire_qdpx(Codage.objects.all(), fichier)
    return comptes["selections"] + comptes["codages_recit"]


def mesurer(format_: str) -> dict:
    with tempfile.TemporaryFile() as fichier:
        debut, cpu = time.perf_counter(), time.process_time()
        lignes = exporter(format_, fichier)
        duree, duree_cpu = time.perf_counter() - debut, time.process_time() - cpu
        taille = fichier.tell()
    with tempfile.TemporaryFile() as fichier:
        tracemalloc.start()
        exporter(format_, fichier)
        _courant, pic = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {
        "format": format_,
        "codages": lignes,
        "secondes": round(duree, 2),
        "secondes_cpu": round(duree_cpu, 2),
        "octets": taille,
        "pic_python_mo": round(pic / 1e6, 1),
        "rss_max_mo": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "cible_s": CIBLE_S,
        "dans_la_cible": duree <= CIBLE_S,
    }


def main() -> None:
    args = arguments()
    configurer(args)
    preparer(args)
    from indicateurs.models import Codage
    from recits.models import RecitPage

    resultats = []
    for format_ in args.formats.split(","):
        log(f"export {format_}…")
        resultats.append(mesurer(format_.strip()))
        log(json.dumps(resultats[-1], ensure_ascii=False))
    print(
        json.dumps(
            {
                "recits": RecitPage.objects.count(),
                "codages": Codage.objects.count(),
                "resultats": resultats,
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
