"""Time of the annual report on a large generated database: blocks, DOCX, PDF, public page.

Run from the project root:

    .venv/bin/python bench/rapport.py [--nombre 10000] [--lieux 50] [--annee 2025]
                                      [--base /tmp/bench-rapport.sqlite3] [--repetitions 20]

Uses its own SQLite file (never db.sqlite3), migrated and filled with `generer_recits`
when it holds fewer stories than asked. The generated stories carry whole-story codings
only, so the bench adds, once, what a curated year has: a report consent on half the
stories and one accepted passage per coding (bulk inserts: fixture data, not the app's
write path). Then it measures generating the blocks for one year (charts drawn included),
the DOCX and the PDF export (first in the process, imports included, then repeated), and
the public page of the published report with the page cache off (server time in-process
with django.test.Client, queries counted by an execute wrapper). Wall and process CPU times are both printed (the CPU time is less disturbed by a busy
machine). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
CIBLES = {"blocs_s": 3.0, "docx_s": 5.0, "pdf_s": 10.0, "page_ms": 50.0, "page_requetes": 15}


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nombre", type=int, default=10_000)
    parser.add_argument("--lieux", type=int, default=50)
    parser.add_argument("--annee", type=int, default=2025)
    parser.add_argument("--graine", type=int, default=42)
    parser.add_argument("--repetitions", type=int, default=20)
    parser.add_argument("--base", default="/tmp/bench-rapport.sqlite3")
    return parser.parse_args()


def configurer(args: argparse.Namespace) -> None:
    base = Path(args.base).resolve()
    if base == (RACINE / "db.sqlite3").resolve():
        sys.exit("Refus : le banc ne doit pas utiliser db.sqlite3.")
    os.environ["DATABASE_URL"] = f"sqlite:///{base}"
    os.environ.setdefault("MEDIA_ROOT", str(base.with_name(base.stem + "-media")))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    sys.path.insert(0, str(RACINE))
    os.chdir(RACINE)
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["*"]
    # Judge the page as rendered, not as served from the page cache.
    settings.RECITS_CACHE_PAGES = False


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def preparer(args: argparse.Namespace) -> None:
    import datetime

    from django.core.management import call_command

    from indicateurs.models import Codage
    from recits.models import ConsentementRecit, LieuPage, RecitPage

    call_command("migrate", verbosity=0, interactive=False)
    recits = RecitPage.objects.count()
    if recits < args.nombre:
        log(f"génération de {args.nombre - recits} récits…")
        call_command(
            "generer_recits",
            nombre=args.nombre - recits,
            lieux=max(0, args.lieux - LieuPage.objects.count()),
            graine=args.graine,
            stdout=sys.stderr,
        )
    if not ConsentementRecit.objects.exists():
        log("ajout des accords et des passages…")
        ids = list(RecitPage.objects.order_by("pk").values_list("pk", flat=True))
        ConsentementRecit.objects.bulk_create(
            ConsentementRecit(
                recit_id=pk,
                personne="Banc",
                canal_rapport=True,
                canal_site=True,
                accorde_le=datetime.date(2025, 1, 1),
                sort_order=0,
            )
            for pk in ids[::2]
        )
        textes = {
            pk: (chapo or "")[:240] for pk, chapo in RecitPage.objects.values_list("pk", "chapo")
        }
        nouveaux = [
            Codage(
                recit_id=c.recit_id,
                indicateur_id=c.indicateur_id,
                origine=c.origine,
                statut=Codage.Statut.ACCEPTE,
                bloc="chapo",
                debut=0,
                fin=len(textes[c.recit_id]),
                passage=textes[c.recit_id],
                score=((c.recit_id * 37) % 100) / 100,
                citation=c.recit_id % 17 == 0,
            )
            for c in Codage.objects.filter(statut=Codage.Statut.ACCEPTE, passage="")
            if textes.get(c.recit_id)
        ]
        Codage.objects.bulk_create(nouveaux, batch_size=2000)
        log(f"{len(nouveaux)} passages ajoutés")


def main() -> None:
    args = arguments()
    configurer(args)
    preparer(args)
    from django.db import connection
    from django.test import Client

    from rapports.exports import exporter
    from rapports.generation import generer_blocs
    from rapports.models import RapportIndexPage, RapportPage
    from recits.arborescence import initialiser_site

    initialiser_site()
    index = RapportIndexPage.objects.get()
    slug = f"banc-{args.annee}"
    rapport = RapportPage.objects.filter(slug=slug).first()
    if rapport is None:
        rapport = RapportPage(title=f"Banc {args.annee}", slug=slug, annee=args.annee, live=False)
        index.add_child(instance=rapport)
    rapport = rapport.get_latest_revision_as_object() if rapport.get_latest_revision() else rapport
    debut, cpu = time.perf_counter(), time.process_time()
    generer_blocs(rapport)
    blocs_s = time.perf_counter() - debut
    blocs_cpu_s = time.process_time() - cpu
    rapport = RapportPage.objects.get(pk=rapport.pk)
    rapport.get_latest_revision().publish()
    rapport = RapportPage.objects.get(pk=rapport.pk)
    mesures = {}
    for format_ in ("docx", "pdf"):
        # First export of the process (its imports included), then a second one.
        for cle in (f"{format_}_s", f"{format_}_s_repete"):
            debut, cpu = time.perf_counter(), time.process_time()
            taille = len(exporter(rapport, format_))
            mesures[cle] = round(time.perf_counter() - debut, 3)
            mesures[cle.replace("_s", "_cpu_s", 1)] = round(time.process_time() - cpu, 3)
        mesures[f"{format_}_octets"] = taille
    client = Client()
    url = rapport.url
    client.get(url)
    requetes = []

    def compter(execute, sql, params, many, context):
        requetes.append(sql)
        return execute(sql, params, many, context)

    # A wrapper, not CaptureQueriesContext: the request's reset_queries would hide them.
    with connection.execute_wrapper(compter):
        statut = client.get(url).status_code
    temps, temps_cpu = [], []
    for _ in range(args.repetitions):
        debut, cpu = time.perf_counter(), time.process_time()
        client.get(url)
        temps.append((time.perf_counter() - debut) * 1000)
        temps_cpu.append((time.process_time() - cpu) * 1000)
    preuves = [e for e in rapport.corps.raw_data if e["type"] == "preuve"]
    resultat = {
        "recits": args.nombre,
        "annee": args.annee,
        "blocs": len(preuves),
        "citations": sum(len(e["value"]["citations"]) for e in preuves),
        "recits_indicateur_max": max(e["value"]["chiffres"]["recits"] for e in preuves),
        "blocs_s": round(blocs_s, 3),
        "blocs_cpu_s": round(blocs_cpu_s, 3),
        **mesures,
        "page_statut": statut,
        "page_ms_mediane": round(statistics.median(temps), 2),
        "page_ms_max": round(max(temps), 2),
        "page_cpu_ms_mediane": round(statistics.median(temps_cpu), 2),
        "charge_machine": os.getloadavg(),
        "page_requetes": len(requetes),
        "cibles": CIBLES,
    }
    print(json.dumps(resultat, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
