"""Server time and SQL queries of the coding workspace on a 10,000-word story.

Run from the project root:

    .venv/bin/python bench/atelier.py [--mots 10000] [--codages 300] [--repetitions 20]
                                      [--base /tmp/bench-atelier.sqlite3]

It never touches db.sqlite3: the story lives in its own SQLite file (or the database given
with --database-url), migrated, with the site tree, one place and one story of --mots words
in paragraphs and testimonies, published from a revision, --codages passage codings, the
helper's reading of it and a history of decisions. Then, in-process through
django.test.Client (DEBUG off, no network), as a logged-in superuser:

- ``atelier``: GET of the workspace, once to warm up, once under CaptureQueriesContext to
  count queries, then --repetitions times (wall time);
- ``coder``: POST of one coding action (a sentence of the story coded against an
  indicator, the stale-page check, the decision row, the redirect), --repetitions times,
  each on another sentence;
- ``annuler``: POST of the undo action, as many times.

One JSON object is printed on stdout, progress on stderr. Targets: workspace ≤ 300 ms and
≤ 20 queries, one coding action ≤ 100 ms (median). The figures are what was measured.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
CIBLE_ATELIER_MS = 300.0
CIBLE_REQUETES = 20
CIBLE_ACTION_MS = 100.0

TEXTE_MOTS = (
    "le café du village ouvre tôt et les anciens se retrouvent autour du comptoir pour "
    "parler de tout et de rien on joue à la belote le jeudi la boulangère passe avec "
    "son pain les enfants viennent après l'école chercher des bonbons et le maire "
    "s'arrête pour saluer tout le monde la fête du quinze août rassemble les voisins"
)
MOTS = TEXTE_MOTS.split(" ")


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mots", type=int, default=10_000, help="words in the story")
    parser.add_argument("--codages", type=int, default=300, help="passage codings")
    parser.add_argument("--repetitions", type=int, default=20, help="timed requests each")
    parser.add_argument("--base", default="/tmp/bench-atelier.sqlite3", help="SQLite file")
    parser.add_argument("--database-url", default=None, help="another database instead")
    return parser.parse_args()


def configurer(args: argparse.Namespace) -> None:
    """Point Django at the bench database before anything imports settings."""
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        base = Path(args.base).resolve()
        if base == (RACINE / "db.sqlite3").resolve():
            sys.exit("Refus : le banc ne doit pas utiliser db.sqlite3.")
        base.unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{base}"
    os.environ.setdefault("MEDIA_ROOT", "/tmp/bench-atelier-media")
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


def phrase(alea: random.Random) -> str:
    mots = [alea.choice(MOTS) for _ in range(alea.randint(8, 22))]
    return " ".join(mots).capitalize() + "."


def preparer(args: argparse.Namespace):
    """The tree, one story of --mots words, its codings, analysis and history."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from indicateurs.atelier import services
    from indicateurs.models import Analyse, Codage, Indicateur
    from recits.arborescence import initialiser_site
    from recits.models import LieuIndexPage, LieuPage, RecitIndexPage, RecitPage
    from recits.passages import blocs_du_recit

    debut = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    log(f"migrations : {time.perf_counter() - debut:.1f} s")
    initialiser_site(hostname="testserver")
    alea = random.Random(42)
    lieu = LieuIndexPage.objects.get().add_child(
        instance=LieuPage(
            title="Café des Tilleuls",
            slug="tilleuls",
            commune="Lamastre",
            departement="07",
            type_activite=LieuPage.TypeActivite.CAFE,
        )
    )
    corps, mots = [], 0
    while mots < args.mots:
        texte = " ".join(phrase(alea) for _ in range(alea.randint(4, 9)))
        mots += len(texte.split())
        if len(corps) % 7 == 6:
            corps.append(("temoignage", {"citation": texte, "nom": "Odette"}))
        else:
            corps.append(("paragraphe", f"<p>{texte}</p>"))
    import datetime

    recit = RecitIndexPage.objects.get().add_child(
        instance=RecitPage(
            title="Une année au café",
            slug="une-annee",
            lieu=lieu,
            chapo=phrase(alea),
            date=datetime.date(2025, 6, 1),
            corps=corps,
            live=False,
            auteur_nom="Josette",
        )
    )
    recit.save_revision().publish()
    recit = RecitPage.objects.get(pk=recit.pk)
    blocs = blocs_du_recit(recit)
    log(f"récit : {sum(len(b.texte.split()) for b in blocs)} mots, {len(blocs)} blocs")
    utilisateur = get_user_model().objects.create_superuser("bench", "b@exemple.fr", "x" * 12)
    indicateurs = list(Indicateur.objects.filter(actif=True))
    for i in range(args.codages):
        bloc = blocs[i % len(blocs)]
        debut_ = alea.randrange(0, max(1, len(bloc.texte) - 40))
        services.coder_passage(
            recit, bloc.cle, debut_, debut_ + 30, indicateurs[i % len(indicateurs)].pk, utilisateur
        )
    texte = recit.texte_brut()
    Analyse.objects.create(
        recit=recit,
        empreinte="bench",
        empreinte_regles="bench",
        longueur=len(texte),
        indicateurs={
            i.slug: {
                "score": 0.7,
                "indices": [{"texte": "café", "debut": 10, "fin": 14, "nie": False}],
                "phrases": [{"texte": texte[:120], "debut": 0, "fin": 120}],
            }
            for i in indicateurs
        },
    )
    Codage.objects.bulk_create(
        Codage(recit=recit, indicateur=i, origine="assistant", statut="suggere", score=0.7)
        for i in indicateurs[:5]
    )
    return recit, utilisateur, blocs


def main() -> None:
    args = arguments()
    configurer(args)
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from indicateurs.atelier.lecture import phrases_du_bloc
    from indicateurs.atelier.services import version_codage
    from indicateurs.models import Indicateur

    recit, utilisateur, blocs = preparer(args)
    client = Client()
    client.force_login(utilisateur)
    url = reverse("indicateurs_atelier", args=[recit.pk])
    action = reverse("indicateurs_atelier_action", args=[recit.pk])
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as capture:
        reponse = client.get(url)
    # Read the capture now: the next request's request_started signal empties the log.
    requetes = list(capture.captured_queries)
    if os.environ.get("BENCH_PROFIL"):
        import cProfile
        import pstats

        profil = cProfile.Profile()
        profil.enable()
        client.get(url)
        profil.disable()
        pstats.Stats(profil, stream=sys.stderr).sort_stats(
            os.environ.get("BENCH_PROFIL_TRI", "cumulative")
        ).print_stats(35)
    taille = len(reponse.content)
    temps_atelier, cpu_atelier = [], []
    for _ in range(args.repetitions):
        debut, debut_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        temps_atelier.append((time.perf_counter() - debut) * 1000)
        cpu_atelier.append((time.process_time() - debut_cpu) * 1000)

    phrases = [p for b in blocs for p in phrases_du_bloc(b)]
    indicateur = Indicateur.objects.get(slug="lien-social")
    temps_coder, temps_annuler, cpu_coder = [], [], []
    for rang in range(args.repetitions):
        p = phrases[(rang * 7) % len(phrases)]
        donnees = {
            "action": "coder",
            "bloc": p.cle,
            "debut": p.debut,
            "fin": p.fin,
            "passage": p.texte,
            "indicateur": indicateur.pk,
            "version": version_codage(recit.pk),
        }
        debut, debut_cpu = time.perf_counter(), time.process_time()
        reponse = client.post(action, donnees)
        temps_coder.append((time.perf_counter() - debut) * 1000)
        cpu_coder.append((time.process_time() - debut_cpu) * 1000)
        assert reponse.status_code == 302, reponse.status_code
    with CaptureQueriesContext(connection) as capture:
        client.post(action, {"action": "annuler", "version": version_codage(recit.pk)})
    requetes_action = list(capture.captured_queries)
    for _ in range(args.repetitions - 1):
        debut = time.perf_counter()
        client.post(action, {"action": "annuler", "version": version_codage(recit.pk)})
        temps_annuler.append((time.perf_counter() - debut) * 1000)

    def resume(valeurs: list[float]) -> dict:
        valeurs = sorted(valeurs)
        return {
            "mediane_ms": round(statistics.median(valeurs), 1),
            "p95_ms": round(valeurs[int(0.95 * (len(valeurs) - 1))], 1),
            "max_ms": round(valeurs[-1], 1),
        }

    atelier = resume(temps_atelier)
    coder = resume(temps_coder)
    resultat = {
        "mots": sum(len(b.texte.split()) for b in blocs),
        "blocs": len(blocs),
        "codages": args.codages,
        "atelier": {
            **atelier,
            "cpu_mediane_ms": round(statistics.median(cpu_atelier), 1),
            "requetes": len(requetes),
            "octets": taille,
        },
        "charge_machine": os.getloadavg()[0],
        "coder": {**coder, "cpu_mediane_ms": round(statistics.median(cpu_coder), 1)},
        "annuler": {**resume(temps_annuler), "requetes": len(requetes_action)},
        "calibration_note": "temps murs sur une machine partagée : voir charge_machine",
        "cibles": {
            "atelier_ms": CIBLE_ATELIER_MS,
            "atelier_requetes": CIBLE_REQUETES,
            "action_ms": CIBLE_ACTION_MS,
        },
        "tenues": {
            "atelier_ms": atelier["mediane_ms"] <= CIBLE_ATELIER_MS,
            "atelier_cpu_ms": statistics.median(cpu_atelier) <= CIBLE_ATELIER_MS,
            "atelier_requetes": len(requetes) <= CIBLE_REQUETES,
            "action_ms": coder["mediane_ms"] <= CIBLE_ACTION_MS,
            "action_cpu_ms": statistics.median(cpu_coder) <= CIBLE_ACTION_MS,
        },
    }
    print(json.dumps(resultat, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
