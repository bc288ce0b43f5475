"""Cross-cutting HTTP behaviour: security headers, a clean 503 when the database is away, API rate limits."""

import hashlib
import logging
import os
import time

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string

from compendium import versions

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


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(("/admin/", "/documents/")):
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


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
    """At most SPF_API_RATE_LIMIT requests per minute per client address on /api/; then 429."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/"):
            limit = getattr(settings, "SPF_API_RATE_LIMIT", 120)
            window = int(time.time() // 60)
            client = hashlib.sha256(request.META.get("REMOTE_ADDR", "").encode()).hexdigest()[:24]
            key = f"api-rate:{client}:{window}"
            # Incremented first: within a minute the key exists, and this is one call to the cache
            # (a round trip to Redis in production) fewer than adding it first.
            try:
                count = cache.incr(key)
            except ValueError:
                count = 1 if cache.add(key, 1, 90) else cache.incr(key)
            if count > limit:
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


def bump_page_cache():
    """Invalidate every cached page at once, in every worker (called on publish, unpublish, delete, taxonomy edits)."""
    versions.bump("pages")


class AnonymousPageCacheMiddleware:
    """Full-page cache for anonymous GETs of public pages and APIs, invalidated on any publish.

    A page is cached only when the visitor sends no session or CSRF cookie and the response sets
    none (so forms, which carry a CSRF token, and the admin are never cached). The key holds the
    whole URL (language prefix and query string included) and a version bumped on publish.
    Off when SPF_PAGE_CACHE_SECONDS is 0.
    """

    SKIP_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/healthz", "/ping", "/i18n/")

    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def cacheable(response):
        """200, no cookie set, not streamed, and no form with a CSRF token in it."""
        if response.status_code != 200 or response.cookies or getattr(response, "streaming", False):
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
        version = versions.current("pages")
        key = "page:" + hashlib.sha256(f"{version}:{request.get_full_path()}".encode()).hexdigest()
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
