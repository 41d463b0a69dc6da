"""Real servers on real databases (SQLite file, PostgreSQL): concurrency, abuse, faults.

Thirty people on one link, or one address behind the proxy sending on several links at
once: never more stored than the limit, the others refused in French, no 500. Paths that
climb out of /static/ get the 404 page under gunicorn and under `make run`'s runserver.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from .serveurs import (
    PYTHON,
    RACINE,
    Formulaire,
    Gunicorn,
    base_de_test,
    environnement_production,
    lancer_manage,
    port_libre,
    preparer_site,
    supprimer_base,
)
from .utils import donnees_valides, fichiers_sous

LIEUX = 12


@pytest.fixture(scope="module")
def statiques(tmp_path_factory):
    return tmp_path_factory.mktemp("statiques")


def _moteur_de_la_suite() -> str:
    """The engine this run of the suite is on: CI runs it once per engine, not twice each."""
    return "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"


@pytest.fixture(scope="module", params=[_moteur_de_la_suite()])
def site_reel(request, tmp_path_factory, statiques):
    """A production server (4 gunicorn workers) on its own database, LIEUX invited places."""
    dossier = tmp_path_factory.mktemp(f"site-{request.param}")
    url = base_de_test(request.param, dossier)
    env = environnement_production(
        DATABASE_URL=url,
        MEDIA_ROOT=str(dossier / "media"),
        PRIVATE_MEDIA_ROOT=str(dossier / "prive"),
        STATIC_ROOT=str(statiques),
        RECITS_PROXY_DE_CONFIANCE="1",
        RECITS_CACHE_PAGES="0",
    )
    try:
        jetons = preparer_site(env, lieux=LIEUX)
        with Gunicorn(env, workers=4, journal=dossier / "gunicorn.log") as serveur:
            yield {"serveur": serveur, "env": env, "jetons": jetons, "dossier": dossier}
    finally:
        supprimer_base(url)


def compter(env: dict[str, str]) -> dict:
    """Stored rows, read by the server's own settings."""
    code = (
        "import json; from collecte.models import Contribution, PhotoContribution; "
        "from recits.models import RecitPage; "
        "print('COMPTE ' + json.dumps({'contributions': Contribution.objects.count(), "
        "'photos': PhotoContribution.objects.count(), 'pages': RecitPage.objects.count(), "
        "}))"
    )
    sortie = lancer_manage(env, code)
    ligne = next(ligne for ligne in sortie.splitlines() if ligne.startswith("COMPTE "))
    return json.loads(ligne.removeprefix("COMPTE "))


def envoyer_ensemble(serveur, envois: list[tuple[str, str]]) -> list:
    """Open every form, wait as a person would, then send them all at the same instant."""
    formulaires = [Formulaire(serveur.url, jeton, adresse) for jeton, adresse in envois]
    with ThreadPoolExecutor(max_workers=8) as executeur:
        list(executeur.map(Formulaire.ouvrir, formulaires))
    time.sleep(3.2)  # the form refuses what is sent faster than a person writes
    depart = threading.Barrier(len(formulaires))

    def envoyer(formulaire):
        depart.wait()
        return formulaire.envoyer(donnees_valides())

    with ThreadPoolExecutor(max_workers=len(formulaires)) as executeur:
        return list(executeur.map(envoyer, formulaires))


def test_trente_envois_simultanes_sur_un_lien_n_en_gardent_que_dix(site_reel):
    avant = compter(site_reel["env"])
    jeton = site_reel["jetons"][0]
    reponses = envoyer_ensemble(
        site_reel["serveur"], [(jeton, f"198.51.100.{n}") for n in range(30)]
    )
    statuts = sorted(r.status_code for r in reponses)
    assert statuts.count(302) == 10, statuts
    assert statuts.count(429) == 20, statuts
    for reponse in reponses:
        if reponse.status_code == 429:
            assert "Réessayez dans une heure" in reponse.text
    apres = compter(site_reel["env"])
    assert apres["contributions"] - avant["contributions"] == 10
    assert apres["pages"] - avant["pages"] == 10


def test_une_adresse_derriere_le_proxy_ne_passe_pas_la_limite_en_changeant_de_lien(site_reel):
    avant = compter(site_reel["env"])
    # 28 posts on four links from one client who writes a new leftmost hop each time;
    # nginx appends the real address, the only one believed.
    envois = [(site_reel["jetons"][1 + n % 4], f"10.{n}.0.1, 203.0.113.99") for n in range(28)]
    reponses = envoyer_ensemble(site_reel["serveur"], envois)
    statuts = sorted(r.status_code for r in reponses)
    assert statuts.count(302) == 20, statuts
    assert statuts.count(429) == 8, statuts
    apres = compter(site_reel["env"])
    assert apres["contributions"] - avant["contributions"] == 20


CHEMINS_DOUTEUX = [
    "/static/../../../../etc/passwd",
    "/static/css/../../../../etc/passwd",
    "/static/..%2f..%2f..%2fetc/passwd",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/%252e%252e/%252e%252e/etc/passwd",
    "/static/..\\..\\etc\\passwd",
    "/static/a%00b",
    "/media/../../etc/passwd",
    "/media/images/../../../etc/passwd",
]


def get_brut(port: int, chemin: str) -> tuple[int, bytes]:
    """GET the path exactly as written (no client normalises it): status and body."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connexion:
        connexion.sendall(
            f"GET {chemin} HTTP/1.0\r\nHost: 127.0.0.1\r\nX-Forwarded-Proto: https\r\n\r\n".encode()
        )
        recu = b""
        while morceau := connexion.recv(65536):
            recu += morceau
    return int(recu.split(b" ", 2)[1]), recu


def verifier_chemins(port: int, page_du_site: bool = True) -> None:
    for chemin in CHEMINS_DOUTEUX:
        statut, recu = get_brut(port, chemin)
        assert statut == 404, (chemin, statut)
        assert b"root:" not in recu
        if page_du_site:  # runserver under DEBUG shows Django's own 404 page
            assert b"Cette page est introuvable" in recu, chemin


def test_les_chemins_qui_sortent_des_fichiers_donnent_404_sous_gunicorn(site_reel):
    verifier_chemins(site_reel["serveur"].port)


def test_les_chemins_qui_sortent_des_fichiers_donnent_404_sous_make_run(site_reel):
    port = port_libre()
    env = {**site_reel["env"], "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    serveur = subprocess.Popen(
        [PYTHON, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=RACINE,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        limite = time.monotonic() + 60
        while time.monotonic() < limite:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.2)
        verifier_chemins(port, page_du_site=False)
        # Static files themselves are still served (by whitenoise, from the finders).
        statut, _ = get_brut(port, "/static/css/site.css")
        assert statut == 200
    finally:
        serveur.terminate()
        serveur.wait(timeout=20)


def photo_lourde(octets: int = 4_000_000) -> bytes:
    """A real JPEG of about `octets` bytes (noise compresses badly), so the body takes time."""
    import io

    import numpy as np
    from PIL import Image

    cote = int((octets / 1.2) ** 0.5)
    pixels = np.random.default_rng(3).integers(0, 255, (cote, cote, 3), dtype=np.uint8)
    tampon = io.BytesIO()
    Image.fromarray(pixels, "RGB").save(tampon, "JPEG", quality=95)
    return tampon.getvalue()


def test_tuer_le_serveur_pendant_un_envoi_ne_laisse_rien(site_reel, tmp_path):
    import requests

    env = site_reel["env"]
    prive = site_reel["dossier"] / "prive"
    temporaire = tmp_path / "envois-en-cours"
    avant, fichiers_avant = compter(env), fichiers_sous(prive)
    jeton = site_reel["jetons"][11]
    with Gunicorn({**env, "RECITS_ENVOIS_EN_COURS": str(temporaire)}, workers=1) as serveur:
        formulaire = Formulaire(serveur.url, jeton, "198.51.100.200")
        formulaire.ouvrir()
        time.sleep(3.2)
        donnees = {
            **donnees_valides(),
            **formulaire.champs,
            "photos-0-description": "Le marché sous la pluie",
            "photos-0-reconnaissable": "personne",
        }
        fichiers = {"photos-0-fichier": ("marche.jpg", photo_lourde(), "image/jpeg")}
        preparee = requests.Request(
            "POST", formulaire.url, data=donnees, files=fichiers, headers=formulaire.entetes
        ).prepare()
        corps = preparee.body
        entetes = "".join(f"{k}: {v}\r\n" for k, v in preparee.headers.items())
        with socket.create_connection(("127.0.0.1", serveur.port), timeout=30) as connexion:
            connexion.sendall(
                f"POST {preparee.path_url} HTTP/1.1\r\n{entetes}\r\n".encode()
                + corps[: len(corps) * 2 // 3]
            )
            time.sleep(1.0)  # the worker is reading the body
            # SIGKILL the master and its worker: no handler, no cleanup, as a crash.
            enfants = subprocess.run(
                ["ps", "-o", "pid=", "--ppid", str(serveur.processus.pid)],
                capture_output=True,
                text=True,
            ).stdout.split()
            for pid in [serveur.processus.pid, *map(int, enfants)]:
                os.kill(pid, signal.SIGKILL)
            serveur.processus.wait()
    apres = compter(env)
    assert apres == avant, (avant, apres)
    assert fichiers_sous(prive) == fichiers_avant
    # The same form, sent whole to the restarted server: stored once, photo included.
    with Gunicorn({**env, "RECITS_ENVOIS_EN_COURS": str(temporaire)}, workers=1) as serveur:
        formulaire.url = f"{serveur.url}/contribuer/{jeton}/"
        reponse = formulaire.envoyer(donnees, fichiers)
        assert reponse.status_code == 302, reponse.text[:3000]
        assert formulaire.envoyer(donnees, fichiers).status_code == 302
    fin = compter(env)
    assert fin["contributions"] == avant["contributions"] + 1
    assert fin["photos"] == avant["photos"] + 1
    # What the killed worker had received of the photo (a part-file, GPS included) is
    # in the private folder, never in /tmp, and the sweep of `make run` removes it.
    assert list(temporaire.iterdir()), "la photo en cours d'envoi n'a pas été mise de côté"
    sortie = subprocess.run(
        [PYTHON, "manage.py", "nettoyer_fichiers_prives", "--delai", "0"],
        cwd=RACINE,
        env={**env, "RECITS_ENVOIS_EN_COURS": str(temporaire)},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "envois-en-cours/" in sortie
    assert list(temporaire.iterdir()) == []


def test_tuer_le_serveur_pendant_l_enregistrement_ne_laisse_qu_un_orphelin_balaye(
    site_reel, tmp_path
):
    """SIGKILL while the view writes the photos, inside the storing transaction.

    The body is read and the photos cleaned; the worker has written the first photo to the
    private folder and inserted the contribution's row, not committed (a test-only gunicorn
    config pauses it there). Afterwards: no contribution row (so none without its photos),
    one private file no row points to, which the existing sweep removes.
    """
    from .utils import DONNEES_PHOTOS

    env = site_reel["env"]
    prive = site_reel["dossier"] / "prive"
    marqueur = tmp_path / "premier-fichier-ecrit"
    avant, fichiers_avant = compter(env), fichiers_sous(prive)
    jeton = site_reel["jetons"][10]
    env_pause = {**env, "RECITS_TEST_MARQUEUR": str(marqueur)}
    config = "tests/gunicorn_pause_stockage.py"
    with Gunicorn(env_pause, workers=1, config=config) as serveur:
        formulaire = Formulaire(serveur.url, jeton, "198.51.100.201")
        formulaire.ouvrir()
        time.sleep(3.2)
        donnees = {**donnees_valides(genre="photos"), **formulaire.champs}
        fichiers = {}
        for i, nom in enumerate(("photo_gps.jpg", "photo_gps.heic")):
            fichiers[f"photos-{i}-fichier"] = (nom, (DONNEES_PHOTOS / nom).read_bytes())
            donnees[f"photos-{i}-description"] = f"Photo {i}"
            donnees[f"photos-{i}-reconnaissable"] = "personne"
        donnees["photos-TOTAL_FORMS"] = "2"

        def envoyer():
            try:
                return formulaire.envoyer(donnees, fichiers, timeout=90)
            except Exception as erreur:  # the server dies under the request
                return erreur

        with ThreadPoolExecutor(max_workers=1) as executeur:
            envoi = executeur.submit(envoyer)
            limite = time.monotonic() + 60
            while not marqueur.exists() and time.monotonic() < limite:
                time.sleep(0.05)
            assert marqueur.exists(), "le worker n'a écrit aucune photo"
            ecrit = marqueur.read_text()
            assert (prive / ecrit).is_file()
            enfants = subprocess.run(
                ["ps", "-o", "pid=", "--ppid", str(serveur.processus.pid)],
                capture_output=True,
                text=True,
            ).stdout.split()
            for pid in [serveur.processus.pid, *map(int, enfants)]:
                os.kill(pid, signal.SIGKILL)
            serveur.processus.wait()
            reponse = envoi.result(timeout=30)
        assert not hasattr(reponse, "status_code"), reponse  # no answer came back

    apres = compter(env)
    assert apres == avant, (avant, apres)  # no contribution, photo or page row
    orphelins = fichiers_sous(prive) - fichiers_avant
    assert [str(c.relative_to(prive)) for c in orphelins] == [ecrit]
    sortie = subprocess.run(
        [PYTHON, "manage.py", "nettoyer_fichiers_prives", "--delai", "0"],
        cwd=RACINE,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert ecrit in sortie
    assert fichiers_sous(prive) == fichiers_avant
    # The same form sent again to a normal server is stored whole, both photos included.
    with Gunicorn(env, workers=1) as serveur:
        formulaire.url = f"{serveur.url}/contribuer/{jeton}/"
        reponse = formulaire.envoyer(donnees, fichiers)
        assert reponse.status_code == 302, reponse.text[:3000]
    fin = compter(env)
    assert fin["contributions"] == avant["contributions"] + 1
    assert fin["photos"] == avant["photos"] + 2
