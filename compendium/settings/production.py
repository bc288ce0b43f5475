"""Production: everything from the environment; refuses to start without a real secret."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.http.request import validate_host

from .base import *  # noqa: F401,F403
from .base import ALLOWED_HOSTS, SPF_BASE_URL, env_bool, os

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment for production.")

if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters of at least 5 different ones (check --deploy W009).")

# The public address every link is built from: checked at start, so e-mails and /api/v2/ never
# point at a developer's 127.0.0.1.
if not os.environ.get("SPF_BASE_URL"):
    raise ImproperlyConfigured("Set SPF_BASE_URL to the site's public address, e.g. https://spf.example.org.")
_base = urlsplit(SPF_BASE_URL)
if _base.scheme not in ("http", "https") or not _base.hostname or _base.path not in ("", "/") or _base.query:
    raise ImproperlyConfigured(f"Set SPF_BASE_URL to the site's public address, e.g. https://spf.example.org (got {SPF_BASE_URL!r}).")
if not validate_host(_base.hostname if _base.port is None else f"{_base.hostname}:{_base.port}", ALLOWED_HOSTS) and not validate_host(
    _base.hostname, ALLOWED_HOSTS
):
    raise ImproperlyConfigured(f"The host of SPF_BASE_URL ({_base.hostname}) is not in ALLOWED_HOSTS.")

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
