"""Thin views: parse the request, call a plain function, render."""

import posixpath
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from django.views.static import serve

from compendium import forms, search
from compendium.matching import service as match_service


def _cache_answers():
    """True when the shared cache stores and returns a value (a local-memory cache always does)."""
    token = secrets.token_hex(8)
    try:
        cache.set("healthz", token, 10)
        return cache.get("healthz") == token
    except Exception:  # noqa: BLE001 - any cache failure means "cache down"
        return False


@require_GET
def healthz(request):
    """Health for load balancers and operators: 503 when the database does not answer (nothing
    can be served); 200 "degraded" when only the cache is away (pages are served uncached)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means "not healthy"
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    cache_ok = _cache_answers()
    return JsonResponse({"status": "ok" if cache_ok else "degraded", "database": "ok", "cache": "ok" if cache_ok else "down"})


@require_GET
def serve_media(request, path):
    """Embedded mode's media: only the public folders of SERVED_MEDIA_FOLDERS (image renditions)."""
    path = posixpath.normpath(path).lstrip("/")
    if path.startswith("..") or not path.startswith(tuple(settings.SERVED_MEDIA_FOLDERS)):
        raise Http404("Not a public media file.")
    return serve(request, path, document_root=settings.MEDIA_ROOT)


@require_GET
def ping(request):
    """The bare endpoint: no database, no template. Benchmarks measure pages against it."""
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


FAVICON = settings.BASE_DIR / "static" / "favicon.ico"


@require_GET
def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for whatever the page links: a day's cache."""
    response = HttpResponse(FAVICON.read_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def search_page(request):
    language = get_language()
    error = None
    try:
        query = search.parse_query(request.GET, language)
    except search.SearchError as exc:
        error = exc.message
        query = search.SearchQuery(language=language)
    results = search.search(query) if error is None else None
    context = {"query": query, "results": results, "error": error}
    if results is not None:
        context["facet_groups"] = forms.facet_groups(request, results)
        context["pages"] = forms.page_links(request, results)
        context["active_filters"] = forms.active_filters(request, results)
        context["notes"] = forms.search_notes(request, query, results)
        context["labels"] = {facet: {entry["value"]: entry["label"] for entry in entries} for facet, entries in results.facets.items()}
    return render(request, "compendium/search_page.html", context, status=400 if error else 200)


@require_GET
def match_page(request):
    language = get_language()
    form = forms.MatchForm(request.GET or None)
    needs = providers = None
    peers = facilitators = ()
    if form.is_bound and form.is_valid():
        matched = match_service.match_in_full(form.cleaned_data["country"], form.needs(), language=language)
        needs, providers, peers, facilitators = matched.needs, matched.providers, matched.peers, matched.facilitators
    status = 400 if form.is_bound and not form.is_valid() else 200
    context = {
        "form": form,
        "needs": needs,
        "providers": providers,
        "peers": peers,
        "facilitators": facilitators,
        "languages": settings.LANGUAGE_CODES,
    }
    focus = form.cleaned_data["country"] if form.is_bound and form.is_valid() else None
    context.update(match_service.exchange_pictures(language, focus=focus))
    return render(request, "compendium/match_page.html", context, status=status)
