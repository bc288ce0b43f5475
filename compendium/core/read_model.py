"""The read model of the public pages: each page, in each language, as an anonymous reader gets it.

A reader's view of a page is a pure function of the published content, the language and the code:
it carries no session, no form token and nothing of the visitor. So it is drawn once and kept in
a table (`PublishedView`, one row per address such as `/km/countries/kh/idpoor/`), and a view of the
page reads that row instead of compiling a dozen queries and walking the template tree again. It
is part of the read path, not a cache: a row never expires by time, and it is never served when
it may be out of date.

When a row holds
- **Its own page and what it shows** (case studies, experts, events, projects, statements:
  `read_model_scope = "page"`). The row lists the pages whose link it shows (every `pageurl` drawn
  while it was made: its country profile, the experts and events it names…). Publishing,
  unpublishing or changing the links of one of those pages makes the row dirty
  (`compendium/ops/read_model.py`), and the publish draws the page again in every language.
  A list that depends on the whole collection (a case study's related case studies) is not in the
  row: it is a slot, filled when the page is served (`register_slot`).
- **One version of all the content** (home, the Guide, chapters, country profiles, the
  directories: `read_model_scope = "site"`, the default): they count, rank and list everything,
  so their row holds for the content version of the moment it was drawn and for that day.
- **One build.** Every row carries the hash of the code, templates and translations that drew it,
  and the site-wide epoch, bumped by a change that may show on any page (a taxonomy label, a
  source, an image, a view restriction, a move, a deletion): such a row is stale at once.

Exactly current: a reader whose page has no valid row gets it drawn by the full view, which then
stores it. The content version is read before the page is drawn and again after it is stored: a
publish that committed in between makes the new row dirty (or the publish, which marks its rows
dirty after its version is announced, finds it). So no row outlives the content it was drawn from
by more than the instant between a publish's commit and its marking.

Only GETs with no query string, no session or CSRF cookie and no Authorization header are read
from or stored; a response is stored only when it is a 200 HTML page of a page, sets no cookie,
carries no form token and is not private (restricted pages never answer 200 to an anonymous reader).
"""

import datetime
import functools
import hashlib
import json
import logging
import threading
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIRequest
from django.db import DatabaseError, connection, transaction
from django.db.models import Q
from django.http import HttpResponse
from django.urls import set_urlconf
from django.utils import translation

from compendium.core import drawing, versions
from compendium.core.drawing import fill_slots
from compendium.core.models import PublishedView, PublishedViewDependency

log = logging.getLogger(__name__)

BUILD_REQUEST = "spf.read_model.build"  # in a request's environ: draw afresh, never read (no client can set it)
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary")

_local = threading.local()


# ---------------------------------------------------------------------------------------------
# What makes a row valid


@functools.cache
def code_hash():
    """A hash of everything that draws a page besides the content: Python code, templates,
    compiled translations, the static files' manifest, and the settings that show in a page."""
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256()
    skip = {".venv", "node_modules", "tests", "bench", "var", "media", "staticfiles", "static"}
    folders = sorted(path for path in root.iterdir() if path.is_dir() and not path.name.startswith(".") and path.name not in skip)
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".py", ".html", ".mo", ".toml", ".txt") and "migrations" not in path.parts and path.is_file():
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    static_root = getattr(settings, "STATIC_ROOT", None)
    if static_root and (Path(static_root) / "staticfiles.json").exists():
        digest.update((Path(static_root) / "staticfiles.json").read_bytes())
    digest.update(repr((settings.LANGUAGE_CODES, getattr(settings, "SPF_BASE_URL", ""), settings.WAGTAIL_SITE_NAME)).encode())
    return digest.hexdigest()[:16]


def enabled():
    return getattr(settings, "SPF_READ_MODEL", True)


def current_build():
    return f"{code_hash()}:{versions.stamp('readmodel')}"


def site_version():
    """What a row of a page that shows the whole collection holds for: one content version, one day
    (upcoming events and the current year's matches change at midnight)."""
    return f"{versions.stamp('pages')}|{datetime.date.today().isoformat()}"


# ---------------------------------------------------------------------------------------------
# Reading


def eligible(request):
    """A request whose answer is the same for every reader and may come from the read model."""
    if not enabled() or request.method != "GET" or request.META.get("QUERY_STRING"):
        return False
    parts = request.path.split("/", 2)
    if len(parts) < 3 or parts[1] not in settings.LANGUAGE_CODES:
        return False
    cookies = request.COOKIES
    return not (settings.SESSION_COOKIE_NAME in cookies or settings.CSRF_COOKIE_NAME in cookies or "HTTP_AUTHORIZATION" in request.META)


def lookup(path):
    """The stored answer for `path` if it is valid now: (html, headers), else None. One query."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT html, headers, build, version, dirty FROM compendium_publishedview WHERE path = %s", [path])
        row = cursor.fetchone()
    if row is None:
        return None
    html, headers, build, version, dirty = row
    if dirty or build != current_build() or (version and version != site_version()):
        return None
    if isinstance(headers, str):  # SQLite hands JSON back as text to a raw cursor
        headers = json.loads(headers)
    return html, headers


def response_from(html, headers, language):
    response = HttpResponse(fill_slots(html, language))
    for name, value in headers:
        response[name] = value
    return response


# ---------------------------------------------------------------------------------------------
# Storing


def storable(request, response):
    if getattr(request, "read_model_page", None) is None or response.status_code != 200 or response.cookies:
        return False
    if getattr(response, "streaming", False) or not response.get("Content-Type", "").startswith("text/html"):
        return False
    if any(word in response.get("Cache-Control", "") for word in ("private", "no-store")):
        return False
    return b"csrfmiddlewaretoken" not in response.content


def store(request, response, build, site, content_version, pages_shown):
    """Keep the page just drawn; dirty at once if a publish committed while it was being drawn."""
    page_id, scope = request.read_model_page
    path = request.path
    headers = [[name, response[name]] for name in STORED_HEADERS if name in response]
    try:
        with transaction.atomic():
            view, _created = PublishedView.objects.update_or_create(
                path=path,
                defaults={
                    "page_id": page_id,
                    "language": path.split("/", 2)[1],
                    "html": response.content.decode(response.charset),
                    "headers": headers,
                    "build": build,
                    "version": site if scope == "site" else "",
                    "dirty": False,
                },
            )
            view.dependencies.all().delete()
            if scope == "page":
                PublishedViewDependency.objects.bulk_create(
                    [PublishedViewDependency(view=view, page_id=shown_id) for shown_id in sorted(pages_shown - {page_id})]
                )
        if versions.fresh("pages") != content_version:
            PublishedView.objects.filter(pk=view.pk).update(dirty=True)
    except DatabaseError:  # another reader stored it first, or SQLite is busy: the next view stores it
        log.info("read model: %s not stored this time", path, exc_info=True)


class ReadModelMiddleware:
    """Serve a page from its row when it has a valid one; otherwise let the view draw it and store it.

    Sits where nothing of the visitor has been read yet (before sessions and CSRF); everything
    it serves is the same for every anonymous reader."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not eligible(request):
            return self.get_response(request)
        request.get_host()  # a forged Host header: 400 before anything is read
        language = request.path.split("/", 2)[1]
        if not request.META.get(BUILD_REQUEST):
            try:
                found = lookup(request.path)
                response = response_from(*found, language) if found is not None else None
            except DatabaseError:  # the database is away: the view answers (503, DatabaseUnavailableMiddleware)
                log.warning("read model: %s not read", request.path, exc_info=True)
                response = None
            if response is not None:
                response["X-Read-Model"] = "hit"
                return response
        # The request's snapshot of the versions is taken before anything of the page is read.
        build, site, content_version = current_build(), site_version(), versions.stamp("pages")
        request.META[drawing.DRAWING] = True
        with drawing.collecting() as pages_shown:
            response = self.get_response(request)
        if storable(request, response):
            store(request, response, build, site, content_version, pages_shown)
            response["X-Read-Model"] = "stored"
        if not getattr(response, "streaming", False) and b"<!--spf-slot:" in response.content:
            response.content = fill_slots(response.content.decode(response.charset), language)
        return response


def stored_parts(kind, language, page_ids, draw):
    """Parts of pages kept like pages (a case study's card, in a language): {page_id: html} for
    `page_ids`, read in one query; those with no valid row are drawn by `draw(ids)` ({page_id:
    html}) and stored. Made dirty with their page, like its views."""
    keys = {f"{kind}:{language}:{page_id}": page_id for page_id in page_ids}
    if not keys:
        return {}
    build, site = current_build(), site_version()
    found = {}
    placeholders = ", ".join(["%s"] * len(keys))
    with connection.cursor() as cursor:  # by hand: the ORM took longer to compile this than the database to answer it
        cursor.execute(f"SELECT path, html, build, version, dirty FROM compendium_publishedview WHERE path IN ({placeholders})", list(keys))
        rows = cursor.fetchall()
    for path, html, row_build, version, dirty in rows:
        if not dirty and row_build == build and (not version or version == site):
            found[keys[path]] = html
    missing = [page_id for page_id in page_ids if page_id not in found]
    if missing:
        content_version = versions.stamp("pages")
        drawn = draw(missing)
        found.update(drawn)
        try:
            with transaction.atomic():
                for page_id, html in drawn.items():
                    PublishedView.objects.update_or_create(
                        path=f"{kind}:{language}:{page_id}",
                        defaults={"page_id": page_id, "language": language, "html": html, "build": build, "version": "", "dirty": False},
                    )
            if versions.fresh("pages") != content_version:
                make_dirty(drawn)
        except DatabaseError:
            log.info("read model: %s parts not stored this time", kind, exc_info=True)
    return found


# ---------------------------------------------------------------------------------------------
# Keeping it current


def make_dirty(page_ids):
    """Rows of these pages, and rows that show them, are stale (marked, not deleted: a reader that
    drew one before the change cannot bring it back clean)."""
    ids = sorted(set(page_ids))
    if ids:
        shown_in = PublishedViewDependency.objects.filter(page_id__in=ids).values("view_id")
        PublishedView.objects.filter(Q(page_id__in=ids) | Q(pk__in=shown_in)).update(dirty=True)


def everything_changed():
    """A change that may show on any page: every row is stale (the epoch is part of the build)."""
    versions.bump("readmodel")


@functools.cache
def _handler():
    handler = BaseHandler()
    handler.load_middleware()
    return handler


def draw(path):
    """Draw `path` through the whole middleware stack as an anonymous reader would get it, storing
    it if it may be stored; the answer's status code."""
    base = urlsplit(getattr(settings, "SPF_BASE_URL", "") or "http://localhost")
    https = base.scheme == "https"
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "SCRIPT_NAME": "",
        "QUERY_STRING": "",
        "SERVER_NAME": base.hostname or "localhost",
        "SERVER_PORT": str(base.port or (443 if https else 80)),
        "HTTP_HOST": base.netloc or "localhost",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": base.scheme or "http",
        "wsgi.input": BytesIO(b""),
        BUILD_REQUEST: True,
    }
    if https:
        environ["HTTP_X_FORWARDED_PROTO"] = "https"
    # Not response.close(): that sends request_finished, which closes the database connection of the
    # publish that asked for the drawing (and ends its request's snapshot of the versions).
    with translation.override(translation.get_language()):
        try:
            response = _handler().get_response(WSGIRequest(environ))
        finally:
            set_urlconf(None)
    return response.status_code


def page_paths(page):
    """The page's address in every language, or [] when it has none."""
    paths = []
    for language in settings.LANGUAGE_CODES:
        with translation.override(language):
            parts = page.get_url_parts()
        if parts is None:
            return []
        paths.append(parts[2])
    return paths


def draw_page(page):
    """Draw a page in every language (after its publish); how many were stored."""
    paths = page_paths(page)
    for path in paths:
        draw(path)
    return PublishedView.objects.filter(path__in=paths, dirty=False).count()


@contextmanager
def deferred():
    """Within: publishing marks rows dirty but draws nothing (bulk loads and imports draw on first view
    or with `manage.py build_read_model`)."""
    previous = getattr(_local, "deferred", False)
    _local.deferred = True
    try:
        yield
    finally:
        _local.deferred = previous


def is_deferred():
    return getattr(_local, "deferred", False)
