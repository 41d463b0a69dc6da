"""Real processes for the production tests: gunicorn, workers, free ports, required services."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

RACINE = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


def service_requis(variable: str, raison: str) -> str:
    """The service's address; skipped without it, but a failure under CI=true."""
    valeur = os.environ.get(variable, "")
    if valeur:
        return valeur
    message = f"{variable} n'est pas défini : {raison} (.ci/run démarre ce service)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def port_libre() -> int:
    """A TCP port nobody listens on right now, on the loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def environnement_production(**extra: str) -> dict[str, str]:
    """The environment of a production process on this machine (HTTPS said by the proxy)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "REDIS_", "AWS_", "PYTEST"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def requete(url: str, entetes: dict | None = None, timeout: float = 10):
    """GET url: (status, headers, body text); HTTP errors are answers too."""
    demande = urllib.request.Request(url, headers=entetes or {})
    try:
        with urllib.request.urlopen(demande, timeout=timeout) as reponse:
            return reponse.status, reponse.headers, _texte(reponse.read())
    except urllib.error.HTTPError as erreur:
        return erreur.code, erreur.headers, _texte(erreur.read())


def _texte(contenu: bytes) -> str:
    return contenu.decode(errors="replace")


class Gunicorn:
    """gunicorn with deploy/gunicorn.conf.py (or `config`) on a free port, stopped on exit."""

    def __init__(
        self,
        env: dict[str, str],
        workers: int = 1,
        journal: Path | None = None,
        config: str = "deploy/gunicorn.conf.py",
    ):
        self.port = port_libre()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_WORKERS": str(workers),
        }
        self.journal = journal
        self.config = config
        self.processus: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        sortie = open(self.journal, "wb") if self.journal else subprocess.DEVNULL  # noqa: SIM115
        self.processus = subprocess.Popen(
            [GUNICORN, "-c", self.config, "config.wsgi"],
            cwd=RACINE,
            env=self.env,
            stdout=sortie,
            stderr=subprocess.STDOUT,
        )
        limite = time.monotonic() + 60
        while time.monotonic() < limite:
            if self.processus.poll() is not None:
                raise RuntimeError(f"gunicorn s'est arrêté (code {self.processus.returncode})")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn ne répond pas")

    def get(self, chemin: str, **entetes: str):
        """GET through gunicorn as the HTTPS proxy would forward it."""
        return requete(
            self.url + chemin, {"X-Forwarded-Proto": "https", "Host": "127.0.0.1", **entetes}
        )

    def __exit__(self, *exc) -> None:
        if self.processus and self.processus.poll() is None:
            self.processus.terminate()
            try:
                self.processus.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.processus.kill()
                self.processus.wait()


# A site with open invitation links, built in the server's own database by a subprocess.
SCRIPT_SITE = """
import json, os
from wagtail.models import Site
from recits.arborescence import initialiser_site
from tests.factories import InvitationFactory, LieuPageFactory
from recits.models import LieuIndexPage
initialiser_site(hostname="127.0.0.1")
Site.objects.update(hostname="127.0.0.1", port=80)
parent = LieuIndexPage.objects.get()
jetons = []
for n in range(int(os.environ["RECITS_LIEUX_A_INVITER"])):
    lieu = LieuPageFactory(parent=parent, title=f"Lieu {n}", slug=f"lieu-{n}")
    jetons.append(InvitationFactory(lieu=lieu).jeton())
print("JETONS " + json.dumps(jetons))
"""


def base_de_test(moteur: str, dossier: Path) -> str:
    """A fresh database URL: a SQLite file in `dossier`, or a new PostgreSQL database."""
    if moteur == "sqlite":
        return f"sqlite:///{dossier / 'site.sqlite3'}"
    suite = os.environ.get("DATABASE_URL", "")
    if suite.startswith("postgres") and not os.environ.get("RECITS_POSTGRES_URL"):
        serveur = suite.rsplit("/", 1)[0]
    else:
        serveur = service_requis(
            "RECITS_POSTGRES_URL", "les envois concurrents se testent aussi sur PostgreSQL"
        ).rstrip("/")
    import psycopg

    nom = f"recits_essai_{secrets.token_hex(4)}"
    with psycopg.connect(f"{serveur}/postgres", autocommit=True) as connexion:
        connexion.execute(f'CREATE DATABASE "{nom}"')
    return f"{serveur}/{nom}"


def supprimer_base(url: str) -> None:
    """Drop a PostgreSQL database made by base_de_test (SQLite files go with their folder)."""
    if url.startswith("postgres"):
        import psycopg

        serveur, nom = url.rsplit("/", 1)
        with psycopg.connect(f"{serveur}/postgres", autocommit=True) as connexion:
            connexion.execute(f'DROP DATABASE IF EXISTS "{nom}" WITH (FORCE)')


def preparer_site(env: dict[str, str], lieux: int = 1) -> list[str]:
    """Migrate the server's database, build the page tree and `lieux` invited places."""
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=RACINE, env=env, check=True
    )
    sortie = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", SCRIPT_SITE],
        cwd=RACINE,
        env={**env, "RECITS_LIEUX_A_INVITER": str(lieux)},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    ligne = next(ligne for ligne in sortie.splitlines() if ligne.startswith("JETONS "))
    if not (Path(env["STATIC_ROOT"]) / "staticfiles.json").exists():
        subprocess.run(
            [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=RACINE,
            env=env,
            check=True,
        )
    return json.loads(ligne.removeprefix("JETONS "))


def lancer_manage(env: dict[str, str], code: str) -> str:
    """Run Python in `manage.py shell` with the server's settings; its stdout."""
    return subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=RACINE,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


class Formulaire:
    """One person on a phone: opens the form behind a link, then sends it (requests)."""

    def __init__(self, url: str, jeton: str, adresse: str = "203.0.113.7"):
        import requests

        self.session = requests.Session()
        self.url = f"{url}/contribuer/{jeton}/"
        self.entetes = {
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": adresse,
            "Host": "127.0.0.1",
            "Referer": f"https://127.0.0.1/contribuer/{jeton}/",
        }
        self.champs: dict[str, str] = {}

    def ouvrir(self) -> None:
        """GET the form: the CSRF cookie and the hidden fields a browser would send back."""
        from bs4 import BeautifulSoup

        reponse = self.session.get(self.url, headers=self.entetes, timeout=60)
        reponse.raise_for_status()
        # The cookies are Secure (HTTPS behind the proxy): sent back by hand over loopback.
        self.entetes["Cookie"] = "; ".join(f"{c.name}={c.value}" for c in reponse.cookies)
        soupe = BeautifulSoup(reponse.text, "html.parser")
        self.champs = {
            champ["name"]: champ.get("value", "")
            for champ in soupe.find_all("input", {"type": "hidden"})
            if champ.get("name")
        }

    def envoyer(self, donnees: dict, fichiers: dict | None = None, timeout: float = 120):
        """POST the form with the hidden fields of `ouvrir`; the requests response."""
        return self.session.post(
            self.url,
            data={**donnees, **self.champs},
            files=fichiers or {},
            headers=self.entetes,
            allow_redirects=False,
            timeout=timeout,
        )
