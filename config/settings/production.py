"""Production: every secret and host comes from the environment; nothing insecure by default.

`manage.py check --deploy --fail-level WARNING` passes with these settings (tested, and
run by .ci/run). The HTTPS toggles exist for a first start behind a proxy that is not yet
serving HTTPS; they are documented in docs/deploiement.md.
"""

import os

from .base import *  # noqa: F403


def _oui(nom: str, defaut: str) -> bool:
    return os.environ.get(nom, defaut).strip().lower() in ("1", "true", "oui", "yes")


DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

# HTTPS: the proxy terminates TLS and says so in X-Forwarded-Proto (deploy/nginx/recits.conf).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = _oui("RECITS_HTTPS_REDIRECTION", "1")
# A load balancer probes /sante/ over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^sante/$"]
# One year, subdomains included, once HTTPS works everywhere; RECITS_HSTS_SECONDES=0 to
# start with (browsers remember HSTS: a mistake cannot be taken back for a year).
SECURE_HSTS_SECONDS = int(os.environ.get("RECITS_HSTS_SECONDES", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _oui("RECITS_HSTS_SOUS_DOMAINES", "1")
# The `preload` token only says the domain accepts the browsers' preload list; getting on
# it takes a manual submission (hstspreload.org), so it is on by default.
SECURE_HSTS_PRELOAD = _oui("RECITS_HSTS_PRELOAD", "1")
SESSION_COOKIE_SECURE = _oui("RECITS_COOKIES_SECURISES", "1")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# X_FRAME_OPTIONS stays Django's "DENY": Wagtail's preview view allows its own frame.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"simple": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # A contribution link's secret never reaches the journal (exploitation/journal_web.py).
    "filters": {"jetons": {"()": "exploitation.journal_web.MasqueJetons"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "simple",
            "filters": ["jetons"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Dead workers, abandoned tasks, failed health checks: worth reading in the journal.
        "exploitation": {"level": "INFO"},
    },
}
