"""`make run` serves the site as users see it: config.settings.local."""

import importlib
import os
import signal
import stat
import subprocess
import time

import pytest

from config.settings import local

from .serveurs import PYTHON, port_libre, requete


def test_la_cle_secrete_est_tiree_une_fois_et_gardee(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    fichier = tmp_path / ".cle-secrete"
    premiere = local.cle_secrete(fichier)
    assert len(premiere) >= 50
    assert stat.S_IMODE(fichier.stat().st_mode) == 0o600
    assert local.cle_secrete(fichier) == premiere
    monkeypatch.setenv("SECRET_KEY", "venue-de-l-environnement")
    assert local.cle_secrete(fichier) == "venue-de-l-environnement"


def test_reglages_servis_sans_debogage():
    reglages = importlib.import_module("config.settings.local")
    assert reglages.DEBUG is False
    assert "localhost" in reglages.ALLOWED_HOSTS
    assert reglages.WHITENOISE_USE_FINDERS is True


def test_la_cle_secrete_est_ignoree_par_git():
    racine = local.FICHIER_CLE.parent
    sortie = subprocess.run(
        ["git", "check-ignore", "-q", str(local.FICHIER_CLE)],
        cwd=racine,
        check=False,
    )
    assert sortie.returncode == 0


def test_make_run_sert_le_site_et_des_liens_qui_marchent_sur_son_port(tmp_path):
    """scripts/run.sh on PORT=N: French 404, static files, and an invitation link on port N."""
    port = port_libre()
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST", "RECITS_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.local",
        PORT=str(port),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "prive"),
        SECRET_KEY="cle-du-test-de-make-run",
        PYTHONUNBUFFERED="1",
    )
    racine = local.FICHIER_CLE.parent
    journal = (tmp_path / "run.log").open("w")
    processus = subprocess.Popen(
        ["scripts/run.sh"],
        cwd=racine,
        env=env,
        stdout=journal,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        adresse = f"http://127.0.0.1:{port}"
        for _ in range(600):
            if f"tourne sur {adresse}/" in (tmp_path / "run.log").read_text():
                break
            assert processus.poll() is None, (tmp_path / "run.log").read_text()
            time.sleep(0.5)
        else:
            pytest.fail((tmp_path / "run.log").read_text())
        statut, _, html = requete(f"{adresse}/ceci-n-existe-pas/")
        assert statut == 404
        assert "Page introuvable" in html and "Page not found" not in html
        statut, entetes, _ = requete(f"{adresse}/static/css/site.css")
        assert statut == 200 and entetes["Content-Type"].startswith("text/css")
        lien = subprocess.run(
            [PYTHON, "manage.py", "inviter", "--lieu", "cafe-de-la-fontaine"],
            cwd=racine,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert lien.startswith(f"{adresse}/contribuer/")
        statut, _, formulaire = requete(lien)
        assert statut == 200 and "Café de la Fontaine" in formulaire
    finally:
        if processus.poll() is None:
            os.killpg(processus.pid, signal.SIGINT)
            processus.wait(timeout=30)
        journal.close()
