"""Real processes for the production tests: gunicorn, workers, free ports, required services."""

from __future__ import annotations

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
    """gunicorn with deploy/gunicorn.conf.py on a free port, stopped on exit."""

    def __init__(self, env: dict[str, str], workers: int = 1, journal: Path | None = None):
        self.port = port_libre()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_WORKERS": str(workers),
        }
        self.journal = journal
        self.processus: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        sortie = open(self.journal, "wb") if self.journal else subprocess.DEVNULL  # noqa: SIM115
        self.processus = subprocess.Popen(
            [GUNICORN, "-c", "deploy/gunicorn.conf.py", "config.wsgi"],
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
