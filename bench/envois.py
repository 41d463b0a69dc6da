"""Load test: 50 people send the contribution form with photos at the same instant.

Run from the project root:

    .venv/bin/python bench/envois.py [--envois 50] [--liens 4] [--workers N]
                                     [--base /tmp/bench-envois.sqlite3 | --database-url URL]

A fresh database (the SQLite file is recreated; a PostgreSQL URL must name an empty,
existing database) is migrated and given --liens invited places; gunicorn starts with
deploy/gunicorn.conf.py and the production settings on a free loopback port, behind a
pretend nginx (RECITS_PROXY_DE_CONFIANCE=1, each sender its own address). Each of the
--envois threads opens the form, waits as a person would, then all send at once, each with
two real phone photos (JPEG and HEIC with GPS, tests/data/photos). A tenth of them send
their form a second time (a double tap). Then the database and the private files are
counted.

What must hold: every answer is a redirect to the thank-you page (stored) or the French
429 page of the rate limit (10 per link and hour: with 50 senders on 4 links, 40 are
stored and 10 refused); no 5xx; every stored contribution has its two photos and its page,
exactly once, double taps included. One JSON object is printed on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from charge import RACINE, centile, demarrer_gunicorn, environnement, info, manage  # noqa: E402

PHOTOS = RACINE / "tests" / "data" / "photos"
MESSAGE_LIMITE = "Réessayez dans une heure"
SCRIPT_SITE = """
import json, os
from wagtail.models import Site
from recits.arborescence import initialiser_site
from recits.models import LieuIndexPage
from tests.factories import InvitationFactory, LieuPageFactory
initialiser_site(hostname="127.0.0.1")
Site.objects.update(hostname="127.0.0.1", port=80)
parent = LieuIndexPage.objects.get()
jetons = [
    InvitationFactory(lieu=LieuPageFactory(parent=parent, title=f"Lieu {n}", slug=f"lieu-{n}")).jeton()
    for n in range(int(os.environ["BENCH_LIENS"]))
]
print("JETONS " + json.dumps(jetons))
"""
SCRIPT_COMPTE = """
import json
from collecte.models import Contribution, PhotoContribution
from recits.models import RecitPage
print("COMPTE " + json.dumps({
    "contributions": Contribution.objects.count(),
    "photos": PhotoContribution.objects.count(),
    "pages": RecitPage.objects.filter(source="contribution").count(),
    "contributions_sans_deux_photos": sum(
        1 for c in Contribution.objects.all() if c.photos.count() != 2
    ),
    "contributions_sans_page": Contribution.objects.filter(page__isnull=True).count(),
    "cles": sorted(Contribution.objects.values_list("cle_envoi", flat=True)),
}))
"""


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--envois", type=int, default=50, help="simultaneous senders")
    parser.add_argument("--liens", type=int, default=4, help="invited places (links)")
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers")
    parser.add_argument("--base", default="/tmp/bench-envois.sqlite3", help="SQLite file")
    parser.add_argument("--database-url", default=None, help="an empty PostgreSQL database")
    parser.add_argument("--redis-url", default=None)
    return parser.parse_args()


def ligne(sortie: str, prefixe: str):
    return json.loads(next(x for x in sortie.splitlines() if x.startswith(prefixe))[len(prefixe) :])


class Personne:
    """One sender on a phone: GET the form, then POST it with two photos (requests)."""

    def __init__(self, port: int, jeton: str, numero: int):
        import requests

        self.session = requests.Session()
        self.url = f"http://127.0.0.1:{port}/contribuer/{jeton}/"
        self.entetes = {
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": f"198.51.{numero // 250}.{numero % 250 + 1}",
            "Host": "127.0.0.1",
            "Referer": f"https://127.0.0.1/contribuer/{jeton}/",
        }
        self.numero = numero
        self.resultats: list[tuple[int, float, bool, str]] = []

    def ouvrir(self) -> None:
        page = self.session.get(self.url, headers=self.entetes, timeout=120)
        page.raise_for_status()
        self.entetes["Cookie"] = "; ".join(f"{c.name}={c.value}" for c in page.cookies)
        self.champs = dict(
            re.findall(
                r'name="(csrfmiddlewaretoken|horodatage|cle_envoi)" value="([^"]+)"', page.text
            )
        )

    def envoyer(self) -> None:
        donnees = {
            **self.champs,
            "genre": "photos",
            "titre": f"La fête du village, vue par {self.numero}",
            "texte": "Toute la journée sur la place, jusqu'au soir.",
            "consentement_site": "on",
            "signature": "anonyme",
            "photos-TOTAL_FORMS": "6",
            "photos-INITIAL_FORMS": "0",
            "photos-MIN_NUM_FORMS": "0",
            "photos-MAX_NUM_FORMS": "6",
        }
        fichiers = {}
        for i, nom in enumerate(["photo_gps.jpg", "photo_gps.heic"]):
            fichiers[f"photos-{i}-fichier"] = (nom, (PHOTOS / nom).read_bytes())
            donnees[f"photos-{i}-description"] = f"Photo {i + 1} de la fête"
            donnees[f"photos-{i}-reconnaissable"] = "personne"
        debut = time.monotonic()
        reponse = self.session.post(
            self.url, data=donnees, files=fichiers, headers=self.entetes,
            allow_redirects=False, timeout=300,
        )  # fmt: skip
        self.resultats.append(
            (
                reponse.status_code,
                time.monotonic() - debut,
                MESSAGE_LIMITE in reponse.text,
                reponse.headers.get("Location", ""),
            )
        )


def main() -> None:
    args = arguments()
    debut_total = time.monotonic()
    if not args.database_url:
        for suffixe in ("", "-wal", "-shm"):
            Path(args.base + suffixe).unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-envois-") as dossier:
        env = environnement(
            args,
            STATIC_ROOT=str(Path(dossier) / "static"),
            MEDIA_ROOT=str(Path(dossier) / "media"),
            PRIVATE_MEDIA_ROOT=str(Path(dossier) / "prive"),
            RECITS_PROXY_DE_CONFIANCE="1",
        )
        manage(env, "migrate", "--noinput", "-v0")
        jetons = ligne(
            manage(
                {**env, "BENCH_LIENS": str(args.liens)}, "shell", "-c", SCRIPT_SITE, sortie=True
            ),
            "JETONS ",
        )
        manage(env, "collectstatic", "--noinput", "-v0")
        processus, port = demarrer_gunicorn(env, args.workers)
        try:
            personnes = [Personne(port, jetons[n % len(jetons)], n) for n in range(args.envois)]
            with ThreadPoolExecutor(max_workers=10) as executeur:
                list(executeur.map(Personne.ouvrir, personnes))
            time.sleep(3.2)  # the form refuses what is sent faster than a person writes
            depart = threading.Barrier(len(personnes))

            def envoyer(personne: Personne) -> None:
                depart.wait()
                personne.envoyer()

            info(f"{len(personnes)} envois simultanés…")
            charge_avant = os.getloadavg()
            debut = time.monotonic()
            with ThreadPoolExecutor(max_workers=len(personnes)) as executeur:
                list(executeur.map(envoyer, personnes))
            ecoule = time.monotonic() - debut
            charge_apres = os.getloadavg()
            # A tenth send the same form again (a double tap on a slow connection).
            doubles = personnes[::10]
            with ThreadPoolExecutor(max_workers=len(doubles)) as executeur:
                list(executeur.map(Personne.envoyer, doubles))
        finally:
            processus.terminate()
            processus.wait(timeout=30)
        compte = ligne(manage(env, "shell", "-c", SCRIPT_COMPTE, sortie=True), "COMPTE ")
        prives = [p for p in (Path(dossier) / "prive").rglob("*") if p.is_file()]

    premiers = [p.resultats[0] for p in personnes]
    statuts = [s for s, _, _, _ in premiers]
    durees = [d * 1000 for _, d, _, _ in premiers]
    stockes = [p for p in personnes if p.resultats[0][0] == 302]
    refuses = [p for p in personnes if p.resultats[0][0] == 429]
    cles_stockees = {p.champs["cle_envoi"] for p in stockes}
    resume = {
        "envois": len(personnes),
        "liens": len(jetons),
        "statuts": {str(s): statuts.count(s) for s in sorted(set(statuts))},
        "erreurs_5xx": sum(1 for s in statuts if s >= 500),
        "refuses_avec_le_message_francais": sum(1 for p in refuses if p.resultats[0][2]),
        "contributions_en_base": compte["contributions"],
        "photos_en_base": compte["photos"],
        "pages_creees": compte["pages"],
        "fichiers_prives": len(prives),
        "contributions_sans_deux_photos": compte["contributions_sans_deux_photos"],
        "contributions_sans_page": compte["contributions_sans_page"],
        "chaque_envoi_accepte_stocke_une_fois": set(compte["cles"]) == cles_stockees
        and len(compte["cles"]) == len(cles_stockees),
        "doubles_envois": len(doubles),
        "doubles_envois_meme_reponse": sum(
            1
            for p in doubles
            if p.resultats[1][0] == p.resultats[0][0] and p.resultats[1][3] == p.resultats[0][3]
        ),  # fmt: skip
        "secondes": round(ecoule, 2),
        "envois_par_seconde": round(len(personnes) / ecoule, 1),
        "median_ms": round(statistics.median(durees), 1),
        "p95_ms": round(centile(durees, 95), 1),
        "max_ms": round(max(durees), 1),
        "charge_machine_avant_apres": [round(charge_avant[0], 2), round(charge_apres[0], 2)],
        "workers_gunicorn": args.workers or (os.cpu_count() or 1) * 2 + 1,
        "base": "postgresql" if args.database_url else "sqlite",
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "duree_totale_s": round(time.monotonic() - debut_total, 1),
    }
    resume["rien_de_perdu"] = (
        resume["erreurs_5xx"] == 0
        and len(stockes) + len(refuses) == len(personnes)
        and resume["refuses_avec_le_message_francais"] == len(refuses)
        and resume["chaque_envoi_accepte_stocke_une_fois"]
        and compte["photos"] == 2 * compte["contributions"] == resume["fichiers_prives"]
        and compte["pages"] == compte["contributions"]
        and resume["doubles_envois_meme_reponse"] == len(doubles)
    )
    print(json.dumps(resume, indent=2, ensure_ascii=False))
    if not resume["rien_de_perdu"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
