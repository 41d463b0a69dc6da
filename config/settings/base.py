"""Settings shared by every environment; secrets come from the environment only."""

import base64
import hashlib
import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"

# ------------------------------------------------------------------------------
# Core
# ------------------------------------------------------------------------------
DEBUG = False
ALLOWED_HOSTS: list[str] = []
ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    # Our apps, bottom layer first (see the README: each imports only those above it here).
    "recits",
    "indicateurs",
    "collecte",
    "search",
    "rapports",
    "demo",
    # Operations (backups, health, worker supervision): knows no domain app.
    "exploitation",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "django.contrib.sitemaps",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

# Order matters: everything that sets a security header sits ABOVE the page cache, so a
# page served from the cache (which answers without calling what is below it) still gets
# X-Frame-Options and the Content-Security-Policy (tests/test_production.py).
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # /static/../../etc/passwd and the like: the French 404, never a 400 or a 500.
    "exploitation.chemins.CheminsDeFichiersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "exploitation.csp.PolitiqueCSPMiddleware",
    # Reads a contribution's body before the CSRF check does (in process_view), below the
    # security headers: Django's request limits answered in French.
    "collecte.requetes.LimitesRequeteMiddleware",
    "exploitation.sante.SanteMiddleware",
    "recits.cache_pages.CachePagesPubliquesMiddleware",
    "recits.routage.SiteEnCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the French lockout page.
    "axes.middleware.AxesMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "recits.context_processors.site_navigation",
            ],
            # French plurals everywhere (« 0 récit »), without a {% load %} per template.
            "builtins": ["recits.templatetags.francais"],
        },
    },
]

# ------------------------------------------------------------------------------
# Database: SQLite file by default, DATABASE_URL overrides it everywhere
# ------------------------------------------------------------------------------
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": ("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"),
}


def database_from_env(default_sqlite_path: Path) -> dict:
    """Read DATABASE_URL when set, else use a local SQLite file in WAL mode."""
    url = os.environ.get("DATABASE_URL")
    if url:
        # Persistent connections are checked before reuse: after a database restart the
        # first request reconnects instead of failing on a dead socket.
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        if config["ENGINE"] == "django.db.backends.sqlite3":
            config["OPTIONS"] = dict(SQLITE_OPTIONS)
            config["CONN_MAX_AGE"] = 0
        elif "postgresql" in config["ENGINE"]:
            # An unreachable server answers the French 503 page in seconds, not minutes.
            config.setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
        return config
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": default_sqlite_path,
        "OPTIONS": dict(SQLITE_OPTIONS),
    }


DATABASES = {"default": database_from_env(BASE_DIR / "db.sqlite3")}

# ------------------------------------------------------------------------------
# Passwords and authentication
# ------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"
# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "exploitation.verrouillage.AxesSiRequete",
    "django.contrib.auth.backends.ModelBackend",
]

# ------------------------------------------------------------------------------
# Login throttling (django-axes): five wrong passwords for one account from one address
# lock that pair out for 15 minutes; attempts are kept in the database (works on SQLite).
# ------------------------------------------------------------------------------
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "exploitation.verrouillage.reponse_verrouillage"
AXES_CLIENT_IP_CALLABLE = "recits.adresses.adresse_ip_client"
# Successful logins are not logged (personal data for nothing); failures are, until reset.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False

# ------------------------------------------------------------------------------
# Language and time
# ------------------------------------------------------------------------------
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]
WAGTAIL_CONTENT_LANGUAGES = [("fr", "Français")]

# ------------------------------------------------------------------------------
# Static and media files
# ------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Photos of contributions not yet published: never served by any URL.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "prive"))


def stockages_from_env(environ: dict | os._Environ = os.environ) -> dict:
    """Local folders by default; S3-compatible buckets when AWS_STORAGE_BUCKET_NAME is set.

    `default` holds what the public may see (images, renditions, documents), `prive` the
    photos of contributions awaiting moderation. On object storage the private bucket is a
    separate one (AWS_STORAGE_BUCKET_NAME_PRIVE), without public access, reached only with
    signed URLs; without it, private files stay in PRIVATE_MEDIA_ROOT (a shared volume when
    there are several machines). Keys come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
    """
    stockages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "prive": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {
                "location": environ.get("PRIVATE_MEDIA_ROOT", str(PRIVATE_MEDIA_ROOT)),
                "base_url": None,
            },
        },
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    seau = environ.get("AWS_STORAGE_BUCKET_NAME")
    if not seau:
        return stockages
    commun = {
        "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": environ.get("AWS_S3_REGION_NAME") or None,
        "default_acl": None,
        "file_overwrite": False,
        "signature_version": "s3v4",
    }
    stockages["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **commun,
            "bucket_name": seau,
            "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Public content: plain URLs, so pages and renditions cache well (the bucket
            # policy lets anyone read it). AWS_QUERYSTRING_AUTH=1 signs them instead.
            "querystring_auth": environ.get("AWS_QUERYSTRING_AUTH", "0") == "1",
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    seau_prive = environ.get("AWS_STORAGE_BUCKET_NAME_PRIVE")
    if seau_prive:
        stockages["prive"] = {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **commun,
                "bucket_name": seau_prive,
                "querystring_auth": True,
                "querystring_expire": 300,
                "object_parameters": {"CacheControl": "private, no-store"},
            },
        }
    return stockages


STORAGES = stockages_from_env()
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000


# ------------------------------------------------------------------------------
# Cache: local memory by default, Redis (django-redis) when REDIS_URL is set
# ------------------------------------------------------------------------------
def caches_from_env(environ: dict | os._Environ = os.environ) -> dict:
    """Local memory by default; Redis, shared by every process, when REDIS_URL is set.

    django-redis rather than Django's own RedisCache: with IGNORE_EXCEPTIONS a Redis
    outage turns every read into a miss (the site renders pages itself, /sante/ reports
    it) instead of a 500 on every page.
    """
    url = environ.get("REDIS_URL")
    if not url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": environ.get("REDIS_PREFIXE", "recits"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }


CACHES = caches_from_env()
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# ------------------------------------------------------------------------------
# Background tasks: a database queue read by `manage.py db_worker`
# ------------------------------------------------------------------------------
# Queues: `default` (short jobs), `images` (image work), `nlp` (the spaCy helper, slow and
# memory-hungry): each can get its own workers (deploy/systemd/recits-worker@.service).
RECITS_FILES_TACHES = ["default", "images", "nlp", "rapports"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": RECITS_FILES_TACHES}}
# Worker supervision (exploitation/taches.py): a worker silent for RECITS_TACHES_BAIL seconds
# is dead and its running task goes back to the queue, at most RECITS_TACHES_ESSAIS_MAX
# attempts in all; finished results are deleted after RECITS_TACHES_CONSERVATION_JOURS days.
RECITS_TACHES_BAIL = float(os.environ.get("RECITS_TACHES_BAIL", "60"))
RECITS_TACHES_ESSAIS_MAX = int(os.environ.get("RECITS_TACHES_ESSAIS_MAX", "3"))
RECITS_TACHES_CONSERVATION_JOURS = int(os.environ.get("RECITS_TACHES_CONSERVATION_JOURS", "7"))

# ------------------------------------------------------------------------------
# The spaCy helper (run by the task worker and the commands, never by the web process)
# ------------------------------------------------------------------------------
RECITS_MODELE_SPACY = os.environ.get("RECITS_MODELE_SPACY", "fr_core_news_md")
# Longer texts are analysed in parts of at most this many characters.
RECITS_ANALYSE_MAX_CARACTERES = 100_000
# Texts fed to nlp.pipe at once.
RECITS_ANALYSE_TAILLE_LOT = 64

# ------------------------------------------------------------------------------
# E-mail: console by default, SMTP when EMAIL_HOST is set
# ------------------------------------------------------------------------------
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Récits vivants <recits@localhost>")

# ------------------------------------------------------------------------------
# Wagtail
# ------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Récits vivants"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public address in links that leave the site (invitations, e-mails, exports); when
# empty, the default Wagtail Site's hostname and port (recits/url_publique.py).
RECITS_URL_BASE = os.environ.get("RECITS_URL_BASE", "")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL stems with its French dictionary; our own folding handles accents.
        "SEARCH_CONFIG": "french",
    }
}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "heic", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx", "txt"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
TAGGIT_CASE_INSENSITIVE = True
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

# Public site: how many stories a listing page shows.
RECITS_PAR_PAGE = 12

# ------------------------------------------------------------------------------
# Contributions: private photos until publication, limits of the public form
# ------------------------------------------------------------------------------
RECITS_PHOTOS_MAX = 6
RECITS_PHOTO_TAILLE_MAX = 15 * 1024 * 1024
RECITS_ENVOIS_PAR_LIEN_ET_HEURE = 10
RECITS_ENVOIS_PAR_ADRESSE_ET_HEURE = 20
# Our own proxies in front of the application (recits/adresses.py): how many (1 for nginx
# alone) or which addresses and networks; empty: none, REMOTE_ADDR is the client.
RECITS_PROXY_DE_CONFIANCE = os.environ.get("RECITS_PROXY_DE_CONFIANCE", "")
# Largest accepted contribution request: six photos of 15 MB and the text.
RECITS_TAILLE_ENVOI_MAX = 6 * 15 * 1024 * 1024 + 2 * 1024 * 1024
# File parts Django reads at most; empty photo slots send one each and count here, so
# this stays well above RECITS_PHOTOS_MAX (chosen files are counted apart, in French).
DATA_UPLOAD_MAX_NUMBER_FILES = 4 * RECITS_PHOTOS_MAX
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# When the form's script gives up a send (then offers to retry it with the same key):
# nothing uploaded for this long (above nginx's client_body_timeout), or no answer this
# long once everything is uploaded (above nginx's proxy_read_timeout for /contribuer/).
# A whole send has no limit: six photos take minutes on a rural line.
RECITS_ENVOI_SILENCE_SECONDES = 75
RECITS_ENVOI_REPONSE_SECONDES = 130
# Larger uploads are spooled to disk while they arrive: raw photos, GPS included. Not the
# system's /tmp: a killed worker leaves its part-file there for anyone; here it is next
# to the private files and swept with them (nettoyer_fichiers_prives).
FILE_UPLOAD_TEMP_DIR = os.environ.get(
    "RECITS_ENVOIS_EN_COURS", str(PRIVATE_MEDIA_ROOT.parent / "envois-en-cours")
)
# Long side of stored contributed photos: enough for the site (1200 px) and a printed
# report (17 cm at 300 dpi); lets libjpeg decode 12 MP phone photos at half scale.
RECITS_PHOTO_COTE_MAX = 2000
# Whole public pages cached for anonymous visitors (recits/cache_pages.py).
RECITS_CACHE_PAGES = os.environ.get("RECITS_CACHE_PAGES", "1") == "1"


# ------------------------------------------------------------------------------
# Content-Security-Policy (django-csp; exploitation/csp.py picks the policy by path)
# ------------------------------------------------------------------------------
def _empreinte_style_500() -> str:
    """The CSP hash of the inline <style> of site/templates/500.html (rendered without CSS)."""
    gabarit = (SITE_DIR / "templates" / "500.html").read_text(encoding="utf-8")
    trouve = re.search(r"<style>(.*?)</style>", gabarit, re.S)
    if trouve is None:
        return ""
    condensat = hashlib.sha256(trouve.group(1).encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(condensat).decode('ascii')}'"


def _origines_medias(environ: dict | os._Environ = os.environ) -> list[str]:
    """Where images come from besides the site itself (object storage, a CDN)."""
    origines = [o for o in environ.get("RECITS_CSP_MEDIAS", "").split() if o]
    if not environ.get("AWS_STORAGE_BUCKET_NAME"):
        return origines
    if environ.get("AWS_S3_CUSTOM_DOMAIN"):
        origines.append(f"https://{environ['AWS_S3_CUSTOM_DOMAIN']}")
    elif environ.get("AWS_S3_ENDPOINT_URL"):
        origines.append(environ["AWS_S3_ENDPOINT_URL"].rstrip("/"))
    else:
        origines.append("https://*.amazonaws.com")
    return origines


_SOI = "'self'"
_IMAGES = [_SOI, "data:", *_origines_medias()]
# Public pages: no inline script anywhere, no eval. The pages are cached whole for every
# visitor, so a per-request nonce cannot work here: scripts are files, inline styles hashes,
# and no style="" attribute (indicator colours come from /couleurs-indicateurs.css).
CSP_PUBLIQUE = {
    "default-src": [_SOI],
    "script-src": [_SOI],
    "style-src": [_SOI, _empreinte_style_500()],
    "style-src-elem": [_SOI, _empreinte_style_500()],
    "style-src-attr": ["'none'"],
    "img-src": _IMAGES,
    "font-src": [_SOI],
    "connect-src": [_SOI],
    # Video embeds chosen by editors (YouTube, Vimeo, Dailymotion, PeerTube…).
    "frame-src": [_SOI, "https:"],
    "media-src": [_SOI, *_origines_medias()],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": [_SOI],
    "frame-ancestors": ["'none'"],
}
# The Wagtail admin still writes inline scripts and styles (wagtail/wagtail#1288): it gets
# 'unsafe-inline' for both, nothing else (no eval, no other origin, no plugins).
CSP_ADMIN = {
    "default-src": [_SOI],
    "script-src": [_SOI, "'unsafe-inline'"],
    "style-src": [_SOI, "'unsafe-inline'"],
    "img-src": [*_IMAGES, "blob:"],
    "font-src": [_SOI, "data:"],
    "connect-src": [_SOI],
    "frame-src": [_SOI, "https:"],
    "media-src": [_SOI, *_origines_medias()],
    "object-src": ["'none'"],
    "base-uri": [_SOI],
    "form-action": [_SOI],
    "frame-ancestors": [_SOI],
}
_RAPPORTS_CSP = os.environ.get("RECITS_CSP_RAPPORTS", "")
if _RAPPORTS_CSP:
    for _politique in (CSP_PUBLIQUE, CSP_ADMIN):
        _politique["report-uri"] = [_RAPPORTS_CSP]
CONTENT_SECURITY_POLICY = {"DIRECTIVES": CSP_PUBLIQUE}
