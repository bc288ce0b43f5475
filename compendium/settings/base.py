"""Settings shared by every environment. Secure by default: secrets and URLs come from the
environment, DEBUG is off, and nothing here is specific to a developer's machine."""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail_modeltranslation must come before the apps whose models it translates; its
    # migrate/makemigrations wrappers add the translated columns of Wagtail's own Page.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "compendium",
    "compendium.sources",
    "casestudies",
    "experts",
    "events",
    "contributors",
    "projects",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
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
    "wagtail.api.v2",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_countries",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost but one: it sees the final answer (cookies, CSRF token) before it says who may store it.
    "compendium.core.middleware.EdgeCacheHeadersMiddleware",
    "compendium.core.middleware.SecurityHeadersMiddleware",
    "compendium.core.middleware.RequestGuardMiddleware",
    # Compressed pages for browsers that accept gzip (a Khmer profile: 79 KB -> ~11 KB). Django's
    # GZipMiddleware pads each response with random bytes (its BREACH mitigation) and the CSRF
    # token is masked per response, so compressing pages with a token leaks nothing (README).
    # Above ConditionalGet, so the ETag is computed on the uncompressed body.
    "django.middleware.gzip.GZipMiddleware",
    # ETag on every page and API answer: a repeat view over a slow link gets 304 and no body.
    "django.middleware.http.ConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "compendium.core.middleware.ApiRateLimitMiddleware",
    "compendium.core.middleware.LoginThrottleMiddleware",
    "compendium.core.middleware.AnonymousPageCacheMiddleware",
    # Pages from the read model (compendium/core/read_model.py), before anything of the visitor is read.
    "compendium.core.read_model.ReadModelMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "compendium.core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "compendium.core.middleware.DatabaseUnavailableMiddleware",
]
if env_bool("SPF_QUERY_COUNT_HEADER"):  # benchmarks only: counts every query of a request
    MIDDLEWARE.insert(0, "compendium.core.middleware.QueryCountHeaderMiddleware")
# Anonymous full-page cache (Redis in production, local memory by default); 0 turns it off.
# The read model of the public pages (README "The read path"); 0 draws every page on every view.
SPF_READ_MODEL = env_bool("SPF_READ_MODEL", True)
SPF_PAGE_CACHE_SECONDS = int(os.environ.get("SPF_PAGE_CACHE_SECONDS", "300"))
SPF_API_RATE_LIMIT = int(os.environ.get("SPF_API_RATE_LIMIT", "120"))  # requests a minute per client on /api/
SPF_LOGIN_ATTEMPTS = int(os.environ.get("SPF_LOGIN_ATTEMPTS", "10"))  # failed admin sign-ins per client and per user name...
SPF_LOGIN_WINDOW = int(os.environ.get("SPF_LOGIN_WINDOW", "900"))  # ...in this many seconds
# Behind a reverse proxy: how many proxies append to X-Forwarded-For (the client address is read
# from the right, past them), and whether X-Forwarded-Proto may say the request came over HTTPS.
# Both off by default: a client talking to the app directly could otherwise forge them.
SPF_TRUSTED_PROXY_COUNT = int(os.environ.get("SPF_TRUSTED_PROXY_COUNT", "0"))
SPF_BEHIND_PROXY = env_bool("SPF_BEHIND_PROXY", False)
if SPF_BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# An HTTP cache in front (README "Behind an edge cache"): anonymous public answers say
# `s-maxage` and `stale-while-revalidate`, and a publish purges what it changed through Wagtail's
# frontend_cache. Off (0) unless the deployment has a cache that takes PURGE from this app.
SPF_EDGE_CACHE_SECONDS = int(os.environ.get("SPF_EDGE_CACHE_SECONDS", "0"))
SPF_EDGE_STALE_SECONDS = int(os.environ.get("SPF_EDGE_STALE_SECONDS", "30"))
SPF_EDGE_CACHE_HOST = os.environ.get("SPF_EDGE_CACHE_HOST", "localhost")  # the Host a purge names
if os.environ.get("SPF_EDGE_CACHE_URL"):  # where PURGE requests go, e.g. http://127.0.0.1:6081
    WAGTAILFRONTENDCACHE = {
        "edge": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": os.environ["SPF_EDGE_CACHE_URL"]}
    }

ROOT_URLCONF = "compendium.urls"
WSGI_APPLICATION = "compendium.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "compendium.core.context_processors.site_context",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60"))
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers (gunicorn workers) and a writer (an editor publishing) work at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------------------------
# Lao is missing from Django's table: without this entry /lo/ is not recognised as a language
# prefix and get_language_info("lo") fails in the admin.
LANG_INFO.setdefault("lo", {"bidi": False, "code": "lo", "name": "Lao", "name_local": "ລາວ"})

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("zh-hans", "简体中文"),
    ("km", "ខ្មែរ"),
    ("lo", "ລາວ"),
    ("th", "ไทย"),
    ("vi", "Tiếng Việt"),
    ("id", "Bahasa Indonesia"),
]
LANGUAGE_CODES = [code for code, _name in LANGUAGES]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(LANGUAGE_CODES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)


def localized_verbose_name(verbose_name, lang):
    """ "Title [id]", not modeltranslation's "Title [ind]": the admin's language toggle finds a
    field's language by the code in its label, and it knows Indonesian as "id"."""
    return f"{verbose_name} [{'id' if lang == 'ind' else lang}]"


MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = localized_verbose_name
# Slugs stay one per page: /km/countries/kh/ and /en/countries/kh/ are the same page, and
# Wagtail keeps its indexed routing instead of scanning siblings in Python.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True

# --- Static and media ------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail ---------------------------------------------------------------------------------
# Embedded mode serves image renditions from MEDIA_ROOT (production puts them on object storage).
# Never the rest of the media folder: documents go through Wagtail's document view, which checks
# the collection's privacy and that a live public page uses them; original images are not served.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
SERVED_MEDIA_FOLDERS = ("images/",)
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_SITE_NAME = "SPF South-South Exchange"
# The site's public address: the links in e-mails to staff and requesters, /api/v2/ URLs, feeds.
# Production refuses to start without it (compendium.settings.production).
SPF_BASE_URL = os.environ.get("SPF_BASE_URL", os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")).rstrip("/")
WAGTAILADMIN_BASE_URL = SPF_BASE_URL
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no request to an outside avatar service: the admin shows its own default avatar
WAGTAIL_I18N_ENABLED = False  # content languages are fields (modeltranslation), not page trees
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "csv", "ppt", "pptx", "txt"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "compendium.core.uploads.DocumentForm"  # size limit, content checked against the extension
SPF_MAX_DOCUMENT_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000  # all frames of an animation together (compendium.core.uploads)
WAGTAILIMAGES_IMAGE_FORM_BASE = "compendium.core.uploads.ImageForm"  # damaged images are a form error, not a 500
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100

LOCAL_MEMORY_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "spf",
    # Django's default of 300 entries is fewer than the pages one worker serves: past it a
    # third of them are dropped at a time and repeat views miss (pages are ~10-50 KB each).
    "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("SPF_LOCAL_CACHE_ENTRIES", "3000"))},
}
CACHES = {"default": LOCAL_MEMORY_CACHE}
# Version stamps of cached content (compendium.core.versions) when the cache is process-local.
SPF_STATE_DIR = Path(os.environ.get("SPF_STATE_DIR", BASE_DIR / "var"))


def redis_cache(location):
    """Redis as the shared cache; when it is away every call answers "nothing cached" quickly
    instead of raising (django-redis IGNORE_EXCEPTIONS), so pages are served uncached and the
    version stamps fall back to the current second (compendium.core.versions); /healthz says so."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.25")),
            "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
        },
    }


if os.environ.get("REDIS_URL"):
    CACHES["default"] = redis_cache(os.environ["REDIS_URL"])

# --- Search engine for the public faceted search ---------------------------------------------
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
SPF_SEARCH_ENGINE = os.environ.get("SPF_SEARCH_ENGINE", "elasticsearch" if ELASTICSEARCH_URL else "database")

# --- E-mail ----------------------------------------------------------------------------------
# Console by default; SMTP with EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend and the EMAIL_* below.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "SPF South-South Exchange <no-reply@localhost>")
SPF_STAFF_EMAILS = env_list("SPF_STAFF_EMAILS", "staff@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
