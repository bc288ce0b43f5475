"""The JSON contract of DESIGN.md: /api/search/, /api/match/ and the open-data exports."""

import csv
import io

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.views.decorators.http import require_GET

from compendium import search
from compendium.matching import scoring as matching
from compendium.matching import service as match_service
from compendium.opendata import exports
from compendium.taxonomy.models import Country
from compendium.taxonomy.validation import TaxonomyError, clean_codes, split_values


class HTMLSafeJSONEncoder(DjangoJSONEncoder):
    """JSON with <, > and & as \\u escapes (as json_script does): the same data for a parser, and
    nothing a browser could run even when an error message repeats a parameter."""

    def encode(self, o):
        return super().encode(o).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def with_licence(response):
    """States the content's licence on an API answer (RFC 8288 link), which CSV readers leave untouched."""
    response["Link"] = f'<{exports.LICENCE_URL}>; rel="license"'
    return response


def json_response(data, status=200):
    return with_licence(JsonResponse(data, status=status, encoder=HTMLSafeJSONEncoder, json_dumps_params={"ensure_ascii": False}))


def error(message, param=None, status=400):
    return json_response({"error": message, "param": param}, status=status)


def _language(request):
    language = request.GET.get("lang") or settings.LANGUAGE_CODE
    if language not in settings.LANGUAGE_CODES:
        return None
    return language


@require_GET
def search_api(request):
    language = _language(request)
    if language is None:
        return error("Unknown language.", "lang")
    with translation.override(language):
        try:
            query = search.parse_query(request.GET, language)
        except search.SearchError as exc:
            return error(exc.message, exc.param)
        results = search.search(query)
    return json_response(results.as_json())


def _codes(request, name):
    # No limit on the number of values here (there never was one); the messages of this API are
    # in English whatever the request's language, as its other errors are.
    with translation.override(settings.LANGUAGE_CODE):
        return frozenset(clean_codes(name, split_values(request.GET.getlist(name)), max_values=None))


@require_GET
def match_api(request):
    language = _language(request)
    if language is None:
        return error("Unknown language.", "lang")
    code = (request.GET.get("country") or "").strip().upper()
    if not code:
        return error("The country parameter is required (ISO alpha-2 code).", "country")
    if not (len(code) == 2 and code.isascii() and code.isalpha()) or not Country.objects.filter(code=code).exists():
        return error(f"Unknown country “{code[:10]}”.", "country")
    try:
        themes = _codes(request, "theme")
        guarantees = _codes(request, "guarantee")
        principles = _codes(request, "principle")
        stages = _codes(request, "stage")
    except TaxonomyError as exc:
        return error(exc.message, exc.facet)
    needs = None
    if themes or guarantees or principles or stages:
        needs = matching.Needs(themes=themes, guarantees=guarantees, principles=principles, stages=stages)
    result = match_service.match_in_full(code, needs, language=language)
    return json_response(
        {
            "country": code,
            "needs": result.needs.as_json(),
            "stated_needs": match_service.stated_needs_json(code, language),
            "providers": [entry.as_json() for entry in result.providers],
            "peers": [entry.as_json() for entry in result.peers],
            "facilitators": [entry.as_json() for entry in result.facilitators],
        }
    )


@require_GET
def export(request, kind, fmt):
    """Open data: public fields of published content, as CSV or JSON."""
    rows = exports.rows(kind)
    filename = f"spf-{kind}.{fmt}"
    if fmt == "json":
        response = json_response({"licence": exports.LICENCE, "licence_url": exports.LICENCE_URL, "count": len(rows), "items": rows})
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=exports.FIELDS[kind])
        writer.writeheader()
        for row in rows:
            writer.writerow({key: exports.csv_value(value) for key, value in row.items()})
        response = with_licence(HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8"))
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
