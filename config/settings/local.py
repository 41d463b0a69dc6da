"""What `make run` serves: the site as its users see it, on this machine.

DEBUG is off (French 404 and 500 pages, no debug page), whitenoise serves the static files
straight from the source folders (no `collectstatic` step), media are served by Django,
and the secret key is generated once into a git-ignored `.cle-secrete` so sessions survive
a restart. `make dev` (config.settings.dev) is the developers' target with DEBUG on.
"""

import os
import secrets
from pathlib import Path

from .base import *  # noqa: F403

FICHIER_CLE = Path(__file__).resolve().parents[2] / ".cle-secrete"


def cle_secrete(fichier: Path = FICHIER_CLE) -> str:
    """SECRET_KEY from the environment, else the one written in `fichier` on first start."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    try:
        cle = fichier.read_text().strip()
    except FileNotFoundError:
        cle = ""
    if not cle:
        cle = secrets.token_urlsafe(50)
        # Readable by its owner only; written before use so every process shares it.
        descripteur = os.open(fichier, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descripteur, "w") as sortie:
            sortie.write(cle + "\n")
    return cle


DEBUG = False
SECRET_KEY = cle_secrete()
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
# No collectstatic on a laptop: whitenoise reads the source folders (STATICFILES_DIRS and
# the apps' static/), the way `make dev` finds them, and refreshes when they change.
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
# Notifications point at the port `make run` / `make dev` serves (scripts/run.sh exports PORT).
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
)
