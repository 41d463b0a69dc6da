"""Tests: fast hasher, local-memory cache, immediate tasks, media in a temporary folder."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, database_from_env

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": RECITS_FILES_TACHES,  # noqa: F405
    }
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="recits-test-media-"))
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="recits-test-prive-"))
FILE_UPLOAD_TEMP_DIR = tempfile.mkdtemp(prefix="recits-test-envois-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "prive": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATABASES = {"default": database_from_env(BASE_DIR / "test.sqlite3")}
if os.environ.get("DATABASE_URL", "").startswith("sqlite") or "DATABASE_URL" not in os.environ:
    DATABASES["default"]["TEST"] = {"NAME": ""}  # in-memory for speed
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = "http://testserver"
SERVE_MEDIA = True
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="recits-test-static-"))
WHITENOISE_AUTOREFRESH = True
RECITS_CACHE_PAGES = False  # tests check rendering; tests/test_cache_pages.py turns it on
# Tests of worker supervision use short leases (set again in the subprocesses they start).
RECITS_TACHES_BAIL = 2.0
