"""Thin views: parse the request, call a plain function, render."""

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from compendium import forms, match_service, search


@require_GET
def healthz(request):
    """Liveness for load balancers: answers 200 only when the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means "not healthy"
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
def ping(request):
    """The bare endpoint: no database, no template. Benchmarks measure pages against it."""
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


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
    context = {"query": query, "results": results, "error": error, "facet_titles": forms.facet_titles()}
    if results is not None:
        context["pages"] = forms.page_links(request, results)
        context["active_filters"] = forms.active_filters(request, results)
        context["labels"] = {facet: {entry["value"]: entry["label"] for entry in entries} for facet, entries in results.facets.items()}
        context["facet_order"] = ["type", "theme", "guarantee", "principle", "stage", "country"]
    return render(request, "compendium/search_page.html", context, status=400 if error else 200)


@require_GET
def match_page(request):
    language = get_language()
    form = forms.MatchForm(request.GET or None)
    needs = providers = None
    if form.is_bound and form.is_valid():
        needs, providers = match_service.match(form.cleaned_data["country"], form.needs(), language=language)
    status = 400 if form.is_bound and not form.is_valid() else 200
    context = {"form": form, "needs": needs, "providers": providers, "languages": settings.LANGUAGE_CODES}
    context.update(match_service.exchange_pictures(language))
    return render(request, "compendium/match_page.html", context, status=status)
