"""Settings shared by every environment; secrets come from the environment only."""

import os
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
    "demo",
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
    "django.contrib.sitemaps",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "recits.cache_pages.CachePagesPubliquesMiddleware",
    "recits.routage.SiteEnCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
        config = dj_database_url.parse(url, conn_max_age=60)
        if config["ENGINE"] == "django.db.backends.sqlite3":
            config["OPTIONS"] = dict(SQLITE_OPTIONS)
            config["CONN_MAX_AGE"] = 0
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
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# ------------------------------------------------------------------------------
# Cache: local memory by default, Redis when REDIS_URL is set
# ------------------------------------------------------------------------------
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# ------------------------------------------------------------------------------
# Background tasks: a database queue read by `manage.py db_worker`
# ------------------------------------------------------------------------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# ------------------------------------------------------------------------------
# The spaCy helper (run by the task worker and the commands, never by the web process)
# ------------------------------------------------------------------------------
RECITS_MODELE_SPACY = os.environ.get("RECITS_MODELE_SPACY", "fr_core_news_sm")
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
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "prive"))
RECITS_PHOTOS_MAX = 6
RECITS_PHOTO_TAILLE_MAX = 15 * 1024 * 1024
RECITS_ENVOIS_PAR_LIEN_ET_HEURE = 10
RECITS_ENVOIS_PAR_ADRESSE_ET_HEURE = 20
RECITS_PROXY_DE_CONFIANCE = os.environ.get("RECITS_PROXY_DE_CONFIANCE", "") == "1"
# Largest accepted contribution request: six photos of 15 MB and the text.
RECITS_TAILLE_ENVOI_MAX = 6 * 15 * 1024 * 1024 + 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 10
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# Long side of stored contributed photos: enough for the site (1200 px) and a printed
# report (17 cm at 300 dpi); lets libjpeg decode 12 MP phone photos at half scale.
RECITS_PHOTO_COTE_MAX = 2000
# Whole public pages cached for anonymous visitors (recits/cache_pages.py).
RECITS_CACHE_PAGES = os.environ.get("RECITS_CACHE_PAGES", "1") == "1"
