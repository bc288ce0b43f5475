"""Test settings: fast hashing, in-memory e-mail, the same database switch as production."""

import os
from pathlib import Path

from .base import *  # noqa: F401,F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SPF_BASE_URL = WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = "http://testserver"
# Static files are served by the test client from the finders; whitenoise would warn that
# STATIC_ROOT has not been collected.
MIDDLEWARE = [entry for entry in MIDDLEWARE if entry != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405

# With REDIS_URL (CI's PostgreSQL leg) the cache is Redis, as in production; each pytest-xdist
# worker gets a Redis database of its own, since clearing the cache between tests flushes it.
if os.environ.get("REDIS_URL"):
    _worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or "0"
    _base = os.environ["REDIS_URL"].rsplit("/", 1)[0] if os.environ["REDIS_URL"].count("/") > 2 else os.environ["REDIS_URL"]
    CACHES = {"default": redis_cache(f"{_base}/{2 + int(_worker) % 14}")}  # noqa: F405
SPF_API_RATE_LIMIT = 100_000  # tests hammer the APIs; the rate-limit test lowers it
SPF_PAGE_CACHE_SECONDS = 0  # tests see every change at once; the page-cache test turns it on

# Uploaded and generated files of the test runs stay out of the working tree.
import tempfile  # noqa: E402

MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="spf-test-media-"))  # noqa: F405
SPF_STATE_DIR = Path(tempfile.mkdtemp(prefix="spf-test-state-"))  # noqa: F405
