"""`make run` serves the site as users see it: config.settings.local."""

import importlib
import stat
import subprocess

from config.settings import local


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
