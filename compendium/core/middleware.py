"""Cross-cutting HTTP behaviour: security headers, allowed methods, a clean 503 when the database
is away, rate limits (API and admin login), and the anonymous page cache."""

import hashlib
import logging
import os
import time

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext

from compendium.core import versions

log = logging.getLogger(__name__)

# Public pages load nothing from elsewhere and run no script; the Wagtail admin keeps its own policy.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "font-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()"


def client_address(request):
    """The client's IP address: REMOTE_ADDR, or behind SPF_TRUSTED_PROXY_COUNT proxies the address
    the outermost trusted proxy saw (X-Forwarded-For read from the right, so a client cannot
    choose its own bucket by sending the header itself)."""
    proxies = getattr(settings, "SPF_TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _client_key(prefix, *parts):
    return f"{prefix}:" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]


def count_in_window(key, window):
    """Add one to a counter that lives `window` seconds; its new value, or None when the cache is away."""
    try:
        count = cache.incr(key)
    except ValueError:  # not there yet
        count = 1 if cache.add(key, 1, window) else cache.incr(key)
    if count is None:  # django-redis with IGNORE_EXCEPTIONS: Redis is away
        versions.cache_unavailable("rate limits fail open")
    return count


class SecurityHeadersMiddleware:
    """Headers every answer carries, cached ones included (the page cache answers before Django's
    clickjacking middleware runs, so X-Frame-Options is set here too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Wagtail renders a preview through the middleware with a request for the page's public
        # path (is_preview); the admin shows it in an iframe of its own, which 'none' would block.
        preview = getattr(request, "is_preview", False)
        if not request.path.startswith(("/admin/", "/documents/")):
            policy = (
                CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'") if preview else CONTENT_SECURITY_POLICY
            )
            response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN" if preview else getattr(settings, "X_FRAME_OPTIONS", "DENY"))
        return response


class RequestGuardMiddleware:
    """Requests no view should see: TRACE, OPTIONS and the write verbs get 405 (the public site
    answers GET, HEAD and POST; Wagtail's admin keeps what it uses), and a NUL character anywhere
    in the path or the parameters gets 400 (PostgreSQL refuses it in a string, and no URL of the
    site has a use for it)."""

    PUBLIC = ("GET", "HEAD", "POST")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        method = request.method
        if method not in self.PUBLIC and (method in ("TRACE", "TRACK", "CONNECT") or not request.path.startswith("/admin/")):
            return HttpResponseNotAllowed(self.PUBLIC)
        if "\x00" in request.path or any("\x00" in key or "\x00" in value for key, values in request.GET.lists() for value in values):
            message = gettext("Null characters are not allowed in a web address.")
            if request.path.startswith("/api/"):
                return JsonResponse({"error": message}, status=400)
            return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 of a language-free address (the APIs, health,
    documents) stays a 404 instead of a redirect to /en/api/…, which a script cannot follow
    usefully."""

    LANGUAGE_FREE = ("/api/", "/healthz", "/documents/", "/media/", "/static/", "/sitemap.xml", "/robots.txt")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.LANGUAGE_FREE):
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """The database going away mid-request gives a 503 page (JSON for APIs), logged, with Retry-After.

    Django drops the broken connection at the end of the request, so the next request reconnects:
    the site recovers by itself when the database returns.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)) and type(exception) is not DatabaseError:
            return None
        log.error("database unavailable while serving %s: %s", request.path, exception)
        if request.path.startswith("/api/") or request.path == "/healthz":
            response = JsonResponse({"error": "The service is temporarily unavailable. Please retry shortly."}, status=503)
        else:
            response = HttpResponse(render_to_string("503.html", request=None), status=503)
        response["Retry-After"] = "30"
        return response


class ApiRateLimitMiddleware:
    """At most SPF_API_RATE_LIMIT requests per minute per client address on /api/; then 429.
    With the cache away the limit fails open (logged): the API stays up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/"):
            limit = getattr(settings, "SPF_API_RATE_LIMIT", 120)
            window = int(time.time() // 60)
            # Incremented first: within a minute the key exists, and this is one call to the cache
            # (a round trip to Redis in production) fewer than adding it first.
            count = count_in_window(_client_key("api-rate", client_address(request), str(window)), 90)
            if count is not None and count > limit:
                response = JsonResponse({"error": f"Too many requests: at most {limit} a minute. Please wait and retry."}, status=429)
                response["Retry-After"] = str(60 - int(time.time()) % 60)
                return response
        return self.get_response(request)


class QueryCountHeaderMiddleware:
    """X-Query-Count and X-Worker (the process id) on every response, for benchmarks; only
    installed when SPF_QUERY_COUNT_HEADER=1."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Counted by an execute wrapper, which (unlike CaptureQueriesContext) opens no
        # connection: a view that makes no query stays as cheap as without the header.
        from django.db import connection

        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        response["X-Query-Count"] = str(count)
        response["X-Worker"] = str(os.getpid())
        return response


class LoginThrottleMiddleware:
    """At most SPF_LOGIN_ATTEMPTS failed sign-ins per client address, and per user name, in
    SPF_LOGIN_WINDOW seconds on /admin/login/; then 429 until the window passes."""

    PATH = "/admin/login/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path == self.PATH:
            limit = getattr(settings, "SPF_LOGIN_ATTEMPTS", 10)
            keys = login_failure_keys(request, request.POST.get("username", ""))
            counts = cache.get_many(keys)
            if any((counts.get(key) or 0) >= limit for key in keys):
                log.warning("admin sign-in throttled for %s", client_address(request))
                response = HttpResponse(
                    render_to_string("429.html", {"minutes": getattr(settings, "SPF_LOGIN_WINDOW", 900) // 60}, request=None),
                    status=429,
                )
                response["Retry-After"] = str(getattr(settings, "SPF_LOGIN_WINDOW", 900))
                return response
        return self.get_response(request)


def login_failure_keys(request, username):
    return [_client_key("login-fail-ip", client_address(request)), _client_key("login-fail-user", username.strip().lower())]


@receiver(user_login_failed, dispatch_uid="count-login-failures")
def count_login_failure(sender, credentials, request=None, **kwargs):
    if request is None:
        return
    for key in login_failure_keys(request, credentials.get("username", "")):
        count_in_window(key, getattr(settings, "SPF_LOGIN_WINDOW", 900))


def bump_page_cache():
    """Invalidate every cached page at once, in every worker (called on publish, unpublish, delete, taxonomy edits)."""
    versions.bump("pages")


class AnonymousPageCacheMiddleware:
    """Full-page cache for anonymous GETs of public pages and APIs, invalidated on any publish.

    A page is cached only when the visitor sends no session or CSRF cookie and the response sets
    none (so forms, which carry a CSRF token, and the admin are never cached). The key holds the
    scheme, the host (checked against ALLOWED_HOSTS before any read: a forged Host header gets 400
    and can never seed an entry), the language the request resolves to, the whole path and query
    string, and a version bumped after each publish commits. The scheme is the request's own, or
    X-Forwarded-Proto only where SPF_BEHIND_PROXY trusts it. Off when SPF_PAGE_CACHE_SECONDS is 0;
    with the cache away every page is served uncached.

    Kept rather than Django's cache middleware: ours is invalidated by the shared version stamps
    (every page current within a second of a publish, in every worker), fails open, and skips
    anything with a CSRF token; Django's keys on URL and Vary only and expires by time.
    """

    SKIP_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/healthz", "/ping", "/i18n/")

    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def cacheable(response):
        """200, no cookie set, not streamed, not marked private or no-store (e.g. a request's
        status page, reached by a signed link), and no form with a CSRF token in it."""
        if response.status_code != 200 or response.cookies or getattr(response, "streaming", False):
            return False
        if any(word in response.get("Cache-Control", "") for word in ("private", "no-store")):
            return False
        return b"csrfmiddlewaretoken" not in response.content

    def __call__(self, request):
        seconds = getattr(settings, "SPF_PAGE_CACHE_SECONDS", 0)
        if (
            not seconds
            or request.method not in ("GET", "HEAD")
            or request.path.startswith(self.SKIP_PREFIXES)
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or settings.CSRF_COOKIE_NAME in request.COOKIES
        ):
            return self.get_response(request)
        host = request.get_host()  # DisallowedHost (400) before anything is read or stored
        language = translation.get_language_from_request(request, check_path=True)
        version = versions.current("pages")
        address = f"{version}|{request.scheme}|{host}|{language}|{request.get_full_path()}"
        key = "page:" + hashlib.sha256(address.encode()).hexdigest()
        cached = cache.get(key)
        if cached is not None:
            status, content_type, body, headers = cached
            response = HttpResponse(body, status=status, content_type=content_type)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self.cacheable(response):
            headers = [
                (name, response[name])
                for name in ("Content-Language", "Access-Control-Allow-Origin", "Content-Disposition")
                if name in response
            ]
            cache.set(key, (response.status_code, response["Content-Type"], response.content, headers), seconds)
            response["X-Page-Cache"] = "miss"
        return response


class EdgeCacheHeadersMiddleware:
    """`Cache-Control: public, max-age=0, s-maxage=N, stale-while-revalidate=M` on answers a
    shared cache may keep (SPF_EDGE_CACHE_SECONDS > 0), `private, no-store` on the others.

    Shared only when it is the same for every reader: a GET or HEAD of a public address (not the
    admin, documents or media), a 200, from a visitor who sends no session or CSRF cookie and no
    Authorization, whose answer sets no cookie, carries no form with a CSRF token, is not
    already marked private or no-store, and does not vary on a cookie the visitor sent.
    Browsers keep nothing (max-age=0; ETags make their revalidation cheap): a publish is seen at
    once, since it purges the edge (compendium/ops/edge_cache.py) and nothing else holds a copy.
    """

    SKIP_PREFIXES = ("/admin/", "/documents/", "/media/", "/healthz", "/ping", "/i18n/")

    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def shareable(request, response):
        """Whether a shared cache may store `response` for everyone (see the class)."""
        if (
            request.method not in ("GET", "HEAD")
            or response.status_code != 200
            or request.path.startswith(EdgeCacheHeadersMiddleware.SKIP_PREFIXES)
        ):
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES or settings.CSRF_COOKIE_NAME in request.COOKIES:
            return False
        if "HTTP_AUTHORIZATION" in request.META or response.cookies:
            return False
        if request.COOKIES and "cookie" in response.get("Vary", "").lower():
            return False
        control = response.get("Cache-Control", "").lower()
        if "private" in control or "no-store" in control:
            return False
        return getattr(response, "streaming", False) or b"csrfmiddlewaretoken" not in response.content

    def __call__(self, request):
        response = self.get_response(request)
        seconds = getattr(settings, "SPF_EDGE_CACHE_SECONDS", 0)
        if not seconds or request.path.startswith("/admin/"):
            return response
        if self.shareable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=seconds,
                stale_while_revalidate=getattr(settings, "SPF_EDGE_STALE_SECONDS", 30),
            )
        elif response.status_code != 304 and "Cache-Control" not in response:
            # A 304 keeps what the 200 it revalidates said (its body cannot be checked for a token).
            patch_cache_control(response, private=True, no_store=True)
        return response
