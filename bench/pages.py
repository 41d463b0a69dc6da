"""Server time and SQL queries of the public pages on a large generated database.

Run from the project root:

    .venv/bin/python bench/pages.py [--nombre 10000] [--lieux 50] [--repetitions 30]
                                    [--base /tmp/bench-pages.sqlite3]

It never touches db.sqlite3: the database is a separate SQLite file (or the PostgreSQL
database given with --database-url), migrated, then filled with `generer_recits` when it
holds fewer stories than asked. Each page is measured in three regimes:

- ``rendu``: the page cache off (RECITS_CACHE_PAGES = False), the data caches warm
  (counts, site and section pages, related stories): every request renders the page.
  The targets are judged here.
- ``froid``: the whole cache emptied before each request, as for the first visitor
  after something is published.
- ``cache_pages``: the page cache on, as deployed: repeated visits are cache hits.

In each regime a page is requested once to warm up (renditions, caches), once under
CaptureQueriesContext to count queries, then --repetitions times, timed in-process around
django.test.Client.get (no network, DEBUG off; wall time, and the process's CPU time,
which a busy machine disturbs less). The speed of the machine's CPU varies from minute to
minute on shared hosts: a fixed pure-Python loop is timed before and after
(``calibration_ms``) so that runs can be compared. One JSON object is printed on stdout;
progress goes to stderr. The figures are what was measured.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import sys
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent

# Targets (from the brief): do not edit them to make a run pass.
CIBLE_MS = {"index": 30.0, "index_filtre": 30.0, "recit": 30.0, "recherche": 100.0}
CIBLE_REQUETES = 15
REGIMES = ("rendu", "froid", "cache_pages")
REGIME_CIBLE = "rendu"


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nombre", type=int, default=10_000, help="stories wanted")
    parser.add_argument("--lieux", type=int, default=50, help="places wanted")
    parser.add_argument("--repetitions", type=int, default=30, help="timed requests per page")
    parser.add_argument("--graine", type=int, default=42, help="generator seed")
    parser.add_argument(
        "--base", default="/tmp/bench-pages.sqlite3", help="SQLite file used for the bench"
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="benchmark another database instead (e.g. postgres://…); overrides --base",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=60.0,
        help="seconds per page after which timing stops (at least 3 requests are timed)",
    )
    parser.add_argument("--sql", action="store_true", help="include each page's SQL in the JSON")
    parser.add_argument(
        "--analyze",
        action="store_true",
        help="run ANALYZE before measuring (planner statistics; not done by Django)",
    )
    return parser.parse_args()


def configurer(args: argparse.Namespace) -> None:
    """Point Django at the bench database before anything imports settings."""
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        base = Path(args.base).resolve()
        if base == (RACINE / "db.sqlite3").resolve():
            sys.exit("Refus : le banc ne doit pas utiliser db.sqlite3.")
        os.environ["DATABASE_URL"] = f"sqlite:///{base}"
    media = Path(args.base).resolve().with_name(Path(args.base).stem + "-media")
    os.environ.setdefault("MEDIA_ROOT", str(media))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    sys.path.insert(0, str(RACINE))
    os.chdir(RACINE)

    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["*"]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def preparer_base(args: argparse.Namespace) -> None:
    from django.core.management import call_command

    from recits.models import LieuPage, RecitPage

    debut = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    log(f"migrations : {time.perf_counter() - debut:.1f} s")
    recits = RecitPage.objects.count()
    if recits < args.nombre:
        lieux = LieuPage.objects.count()
        manque_lieux = max(0, args.lieux - lieux)
        log(f"génération de {args.nombre - recits} récits et {manque_lieux} lieux…")
        debut = time.perf_counter()
        call_command(
            "generer_recits",
            nombre=args.nombre - recits,
            lieux=manque_lieux,
            graine=args.graine,
            stdout=sys.stderr,
        )
        log(f"génération : {time.perf_counter() - debut:.1f} s")


def pages_a_mesurer() -> dict[str, str]:
    from recits.models import LieuPage, RecitPage

    recits = RecitPage.objects.live().order_by("pk")
    recit = recits[recits.count() // 2]
    lieu = LieuPage.objects.live().order_by("pk").first()
    return {
        "accueil": "/",
        "index": "/recits/",
        "index_filtre": "/recits/?indicateur=lien-social&annee=2024",
        "recit": recit.url,
        "lieu": lieu.url,
        "recherche": "/recherche/?q=epiceries",
    }


def percentile(valeurs: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordonnees = sorted(valeurs)
    rang = max(1, math.ceil(p / 100 * len(ordonnees)))
    return ordonnees[rang - 1]


def calibration_ms() -> float:
    """Median time of a fixed pure-Python loop: how fast this CPU is right now."""
    durees = []
    for _ in range(5):
        debut = time.perf_counter()
        total = 0
        for n in range(1_000_000):
            total += n
        durees.append((time.perf_counter() - debut) * 1000)
    return round(statistics.median(durees), 1)


def mesurer(
    nom: str, url: str, regime: str, repetitions: int, budget: float, avec_sql: bool
) -> dict:
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.RECITS_CACHE_PAGES = regime == "cache_pages"
    avant = cache.clear if regime == "froid" else (lambda: None)
    client = Client(raise_request_exception=False)
    client.get(url)  # warm-up: renditions, template and site caches
    reset_queries()
    avant()
    with CaptureQueriesContext(connection) as requetes:
        reponse = client.get(url)
    # Read the capture now: the next request's request_started signal empties the log.
    sql = [q["sql"] for q in requetes.captured_queries]
    statuts = {reponse.status_code}
    durees, durees_cpu = [], []
    limite = time.perf_counter() + budget
    for n in range(repetitions):
        if n >= 3 and time.perf_counter() > limite:
            break  # a pathologically slow page: keep the run short, say how many were timed
        avant()
        debut, debut_cpu = time.perf_counter(), time.process_time()
        reponse = client.get(url)
        durees.append((time.perf_counter() - debut) * 1000)
        durees_cpu.append((time.process_time() - debut_cpu) * 1000)
        statuts.add(reponse.status_code)
    resultat = {
        "url": url,
        "median_ms": round(statistics.median(durees), 2),
        "p95_ms": round(percentile(durees, 95), 2),
        "min_ms": round(min(durees), 2),
        "cpu_median_ms": round(statistics.median(durees_cpu), 2),
        "timed_requests": len(durees),
        "queries": len(sql),
        "status": reponse.status_code if len(statuts) == 1 else sorted(statuts),
        "bytes": len(reponse.content),
    }
    if avec_sql:
        resultat["sql"] = sql
    log(
        f"{regime:11} {nom:13} {resultat['median_ms']:8.1f} ms (p95 {resultat['p95_ms']:.1f}) "
        f"{resultat['queries']:3d} requêtes  {resultat['status']}  {url}"
    )
    return resultat


def main() -> None:
    args = arguments()
    configurer(args)
    preparer_base(args)

    import django
    import wagtail
    from django.db import connection

    from recits.models import LieuPage, RecitPage

    if args.analyze:
        with connection.cursor() as curseur:
            curseur.execute("ANALYZE")
    charge_avant = os.getloadavg()
    calibration_avant = calibration_ms()
    urls = pages_a_mesurer()
    regimes = {
        regime: {
            nom: mesurer(nom, url, regime, args.repetitions, args.budget, args.sql)
            for nom, url in urls.items()
        }
        for regime in REGIMES
    }
    calibration_apres = calibration_ms()
    charge_apres = os.getloadavg()

    cibles = {}
    for nom, page in regimes[REGIME_CIBLE].items():
        ok_statut = page["status"] == 200
        # Judged like the time, after one warm-up request; the count right after the
        # cache is emptied (first visitor after a publication) is reported beside it.
        requetes = page["queries"]
        ok_requetes = requetes <= CIBLE_REQUETES
        cible_ms = CIBLE_MS.get(nom)
        ok_temps = None if cible_ms is None else page["median_ms"] <= cible_ms
        cibles[nom] = {
            "regime": REGIME_CIBLE,
            "median_ms": page["median_ms"],
            "median_ms_target": cible_ms,
            "time_met": ok_temps,
            "queries": requetes,
            "queries_cold_cache": regimes["froid"][nom]["queries"],
            "queries_target": CIBLE_REQUETES,
            "queries_met": ok_requetes,
            "status_ok": ok_statut,
            "met": ok_statut and ok_requetes and ok_temps is not False,
        }

    resultat = {
        "regimes": regimes,
        "stories": RecitPage.objects.live().count(),
        "places": LieuPage.objects.live().count(),
        "database": connection.vendor,
        "database_version": ".".join(map(str, connection.Database.sqlite_version_info))
        if connection.vendor == "sqlite"
        else str(connection.pg_version if connection.vendor == "postgresql" else ""),
        "analyze": args.analyze,
        "repetitions": args.repetitions,
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "cpu_count": os.cpu_count(),
        "loadavg_before": [round(x, 2) for x in charge_avant],
        "loadavg_after": [round(x, 2) for x in charge_apres],
        "calibration_ms_before_after": [calibration_avant, calibration_apres],
        "targets": cibles,
        "all_targets_met": all(c["met"] for c in cibles.values()),
    }
    print(json.dumps(resultat, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
