"""Load test: gunicorn as deployed, on a large generated site, under concurrent visitors.

Run from the project root:

    .venv/bin/python bench/charge.py [--nombre 10000] [--lieux 50] [--utilisateurs 20]
                                     [--duree 20] [--base /tmp/bench-charge.sqlite3]

It never touches db.sqlite3: the database is its own SQLite file (or --database-url),
migrated and filled by `generer_recits` when it holds fewer stories than asked. Static
files are collected into a temporary folder; gunicorn starts with deploy/gunicorn.conf.py
and the production settings on a free loopback port. Then, for each regime, --utilisateurs
threads (each a visitor with a keep-alive connection, no think time) request a mix of story
pages, the story index (with page numbers) and searches, for --duree seconds after a warm-up
and at most --requetes-max requests; then gunicorn is stopped. Traffic goes to 127.0.0.1 only.

- ``cache``: the page cache on (as deployed): repeated pages are served whole from the cache.
- ``sans_cache``: RECITS_CACHE_PAGES=0, every request renders its page (data caches warm).

One JSON object is printed on stdout (progress on stderr): per regime requests per second,
latency percentiles overall and per kind of page, errors, and whether the targets are met.
The submission of contributions with photos is not part of it (see bench/contribution.py).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
HOTE = "127.0.0.1"

# Targets (from the brief): do not edit them to make a run pass.
CIBLES = {
    "cache": {"requetes_par_seconde": 200.0, "p95_ms": 100.0},
    "sans_cache": {"requetes_par_seconde": 40.0},
}
RECHERCHES = ["epicerie", "marche", "boulangerie", "fete", "cafe associatif", "jardin", "village"]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nombre", type=int, default=10_000, help="stories wanted")
    parser.add_argument("--lieux", type=int, default=50, help="places wanted")
    parser.add_argument("--utilisateurs", type=int, default=20, help="concurrent visitors")
    parser.add_argument("--duree", type=float, default=20.0, help="measured seconds per regime")
    parser.add_argument(
        "--echauffement",
        type=float,
        default=120.0,
        help="most seconds of warm-up (cache: until 95%% of answers are cache hits)",
    )
    parser.add_argument("--recits", type=int, default=100, help="distinct story pages visited")
    parser.add_argument("--requetes-max", type=int, default=50_000, help="bound per regime")
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers")
    parser.add_argument("--base", default="/tmp/bench-charge.sqlite3", help="SQLite file")
    parser.add_argument("--database-url", default=None, help="another database (postgres://…)")
    parser.add_argument("--redis-url", default=None, help="share the cache through Redis")
    parser.add_argument("--regimes", default="cache,sans_cache", help="regimes to run")
    return parser.parse_args()


def info(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def environnement(args: argparse.Namespace, **extra: str) -> dict[str, str]:
    base = args.database_url or f"sqlite:///{Path(args.base).resolve()}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOTE,
        DATABASE_URL=base,
        MEDIA_ROOT=str(Path(args.base).with_suffix("")) + "-media",
        PRIVATE_MEDIA_ROOT=str(Path(args.base).with_suffix("")) + "-prive",
        LOG_LEVEL="ERROR",
    )
    if args.redis_url:
        env["REDIS_URL"] = args.redis_url
    env.update(extra)
    return env


def manage(env: dict[str, str], *commande: str, sortie: bool = False) -> str:
    resultat = subprocess.run(
        [PYTHON, "manage.py", *commande],
        cwd=RACINE,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if sortie else sys.stderr,
    )
    return resultat.stdout or ""


def preparer(args: argparse.Namespace, env: dict[str, str]) -> list[str]:
    """Migrate, fill the database if needed, collect static files; return story URLs."""
    manage(env, "migrate", "--noinput", "-v0")
    code = (
        "import json; from recits.models import RecitPage; print(RecitPage.objects.live().count())"
    )
    nombre = int(manage(env, "shell", "-c", code, sortie=True).split()[-1])
    if nombre < args.nombre:
        info(f"Génération : {args.nombre - nombre} récits de plus (quelques minutes)…")
        manage(env, "generer_recits", "--nombre", str(args.nombre - nombre),
               "--lieux", str(args.lieux if nombre == 0 else 0), "--graine", "42")  # fmt: skip
    manage(env, "collectstatic", "--noinput", "-v0")
    code = (
        "import json, random; from recits.models import RecitPage; "
        "ids = list(RecitPage.objects.live().values_list('pk', flat=True)); "
        f"random.seed(7); choisis = random.sample(ids, min({args.recits}, len(ids))); "
        "print(json.dumps([p.url for p in RecitPage.objects.filter(pk__in=choisis)]))"
    )
    return json.loads(manage(env, "shell", "-c", code, sortie=True).strip().splitlines()[-1])


def port_libre() -> int:
    with socket.socket() as s:
        s.bind((HOTE, 0))
        return s.getsockname()[1]


def demarrer_gunicorn(env: dict[str, str], workers: int | None) -> tuple[subprocess.Popen, int]:
    port = port_libre()
    env = {**env, "GUNICORN_BIND": f"{HOTE}:{port}", "GUNICORN_ACCESS_LOG": ""}
    if workers:
        env["GUNICORN_WORKERS"] = str(workers)
    processus = subprocess.Popen(
        [GUNICORN, "-c", "deploy/gunicorn.conf.py", "config.wsgi"],
        cwd=RACINE, env=env, stdout=subprocess.DEVNULL, stderr=sys.stderr,
    )  # fmt: skip
    limite = time.monotonic() + 60
    while time.monotonic() < limite:
        try:
            with socket.create_connection((HOTE, port), timeout=0.5):
                return processus, port
        except OSError:
            time.sleep(0.2)
    processus.kill()
    raise SystemExit("gunicorn ne démarre pas")


class Visiteur(threading.Thread):
    """One visitor on a keep-alive connection, recording (kind, status, seconds)."""

    def __init__(self, port: int, adresses: list[tuple[str, str]], fin: float, compteur):
        super().__init__(daemon=True)
        self.port, self.adresses, self.fin, self.compteur = port, adresses, fin, compteur
        self.mesures: list[tuple[str, int, float]] = []
        self.succes_cache = 0
        self.hasard = random.Random()

    def run(self) -> None:
        connexion = http.client.HTTPConnection(HOTE, self.port, timeout=30)
        entetes = {"Host": HOTE, "X-Forwarded-Proto": "https"}
        while time.monotonic() < self.fin and self.compteur.prendre():
            genre, chemin = self.hasard.choice(self.adresses)
            debut = time.perf_counter()
            try:
                connexion.request("GET", chemin, headers=entetes)
                reponse = connexion.getresponse()
                reponse.read()
                statut = reponse.status
                self.succes_cache += reponse.getheader("X-Cache-Recits") == "hit"
            except (OSError, http.client.HTTPException):
                connexion.close()
                connexion = http.client.HTTPConnection(HOTE, self.port, timeout=30)
                statut = 0
            self.mesures.append((genre, statut, time.perf_counter() - debut))
        connexion.close()


class Compteur:
    """A bound on the number of requests, shared by the visitors."""

    def __init__(self, maximum: int):
        self.reste, self.verrou = maximum, threading.Lock()

    def prendre(self) -> bool:
        with self.verrou:
            self.reste -= 1
            return self.reste >= 0


def charger(port: int, adresses, utilisateurs: int, duree: float, maximum: int):
    fin = time.monotonic() + duree
    compteur = Compteur(maximum)
    visiteurs = [Visiteur(port, adresses, fin, compteur) for _ in range(utilisateurs)]
    debut = time.monotonic()
    for v in visiteurs:
        v.start()
    for v in visiteurs:
        v.join(timeout=duree + 60)
    ecoule = time.monotonic() - debut
    mesures = [m for v in visiteurs for m in v.mesures]
    taux = sum(v.succes_cache for v in visiteurs) / len(mesures) if mesures else 0.0
    return mesures, ecoule, taux


def centile(valeurs: list[float], p: float) -> float:
    if not valeurs:
        return float("nan")
    valeurs = sorted(valeurs)
    return valeurs[min(len(valeurs) - 1, int(round(p / 100 * (len(valeurs) - 1))))]


def resumer(mesures, ecoule: float) -> dict:
    durees = [d * 1000 for _, _, d in mesures]
    resume = {
        "requetes": len(mesures),
        "secondes": round(ecoule, 2),
        "requetes_par_seconde": round(len(mesures) / ecoule, 1) if ecoule else 0,
        "erreurs": sum(1 for _, s, _ in mesures if s != 200),
        "statuts": {
            str(s): sum(1 for _, t, _ in mesures if t == s) for s in {s for _, s, _ in mesures}
        },
        "p50_ms": round(centile(durees, 50), 1),
        "p95_ms": round(centile(durees, 95), 1),
        "p99_ms": round(centile(durees, 99), 1),
        "max_ms": round(max(durees), 1) if durees else None,
        "par_page": {},
    }
    for genre in sorted({g for g, _, _ in mesures}):
        d = [x * 1000 for g, _, x in mesures if g == genre]
        resume["par_page"][genre] = {
            "requetes": len(d),
            "median_ms": round(statistics.median(d), 1),
            "p95_ms": round(centile(d, 95), 1),
        }
    return resume


def main() -> None:
    args = arguments()
    debut = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bench-charge-static-") as statiques:
        env = environnement(args, STATIC_ROOT=statiques)
        recits = preparer(args, env)
        adresses = [("recit", u) for u in recits]
        adresses += [("index", "/recits/")] * 20 + [
            ("index", f"/recits/?page={n}") for n in range(2, 22)
        ]
        adresses += [("recherche", f"/recherche/?q={q.replace(' ', '+')}") for q in RECHERCHES] * 6
        resultats = {}
        for regime in [r for r in args.regimes.split(",") if r]:
            cache = "1" if regime == "cache" else "0"
            processus, port = demarrer_gunicorn({**env, "RECITS_CACHE_PAGES": cache}, args.workers)
            try:
                info(f"{regime} : échauffement (au plus {args.echauffement:.0f} s)…")
                fin_echauffement = time.monotonic() + args.echauffement
                while time.monotonic() < fin_echauffement:
                    _, _, taux = charger(port, adresses, args.utilisateurs, 4, args.requetes_max)
                    info(f"  part servie par le cache : {taux:.0%}")
                    if regime != "cache" or taux >= 0.95:
                        break
                info(f"{regime} : {args.utilisateurs} visiteurs pendant {args.duree:.0f} s…")
                charge_avant = os.getloadavg()
                mesures, ecoule, taux = charger(
                    port, adresses, args.utilisateurs, args.duree, args.requetes_max
                )
                resume = resumer(mesures, ecoule)
                resume["part_servie_par_le_cache"] = round(taux, 3)
                resume["charge_machine_avant_apres"] = [
                    round(charge_avant[0], 2), round(os.getloadavg()[0], 2)
                ]  # fmt: skip
                cibles = CIBLES.get(regime, {})
                resume["cibles"] = cibles
                resume["cibles_atteintes"] = (
                    resume["erreurs"] == 0
                    and resume["requetes_par_seconde"] >= cibles.get("requetes_par_seconde", 0)
                    and resume["p95_ms"] <= cibles.get("p95_ms", float("inf"))
                )
                resultats[regime] = resume
            finally:
                processus.terminate()
                processus.wait(timeout=30)
    print(
        json.dumps(
            {
                "regimes": resultats,
                "utilisateurs": args.utilisateurs,
                "workers_gunicorn": args.workers or (os.cpu_count() or 1) * 2 + 1,
                "recits": args.nombre,
                "base": "postgresql" if args.database_url else "sqlite",
                "cache": "redis" if args.redis_url else "memoire locale (par worker)",
                "cpu_count": os.cpu_count(),
                "python": platform.python_version(),
                "duree_totale_s": round(time.monotonic() - debut, 1),
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
