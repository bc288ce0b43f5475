"""Admin: how complete each page's translation is, field by field and language by language.

A per-page view (linked from the page's header in the editor: "Translation status") and a report
of every translatable page with its completeness in each language (Reports → Translation status).
Both read compendium.core.translation_status, the same function the public pages and the API use.
"""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from compendium.core import translation_status as ts
from compendium.core.models import TranslatedPage
from compendium.taxonomy import names

REPORT_PAGE_SIZE = 50


def translatable_page_models():
    """The concrete page types whose texts are translated field by field."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatedPage) and not model._meta.abstract and ts.translated_field_names(model)
    ]


def completeness(page):
    """Rows for a table: each reader-facing part of `page` with, per language, True (written),
    False (shown in English) or None (no text); and per language the count written / to write."""
    statuses = ts.translation_statuses(page)
    languages = list(statuses)
    keys = []
    labels = {}
    for status in statuses.values():
        for key in [*status.translated, *status.in_english]:
            if key not in labels:
                keys.append(key)
                labels[key] = status.labels[key]
    rows = [
        {
            "key": key,
            "label": labels[key],
            "cells": [key in statuses[code].translated if key in statuses[code].labels else None for code in languages],
        }
        for key in keys
    ]
    totals = [
        {
            "language": code,
            "name": names.native_language_name(code),
            "written": len(statuses[code].translated),
            "total": len(statuses[code].translated) + len(statuses[code].in_english),
            "complete": statuses[code].complete,
        }
        for code in languages
    ]
    return rows, totals


def page_translation_status(request, page_id):
    """One page's completeness, field by field and language by language."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not ts.translated_field_names(type(page)):
        rows, totals = [], []
    else:
        rows, totals = completeness(page)
    return TemplateResponse(
        request,
        "compendium/admin/translation_status.html",
        {
            "page_obj": page,
            "rows": rows,
            "totals": totals,
            "page_title": _("Translation status"),
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "globe",
            "report_url": reverse("translation_status_report"),
        },
    )


def translation_status_report(request):
    """Every translatable page the user may edit, with how many of its texts each language has."""
    models = translatable_page_models()
    editable = PagePermissionPolicy().instances_user_has_permission_for(request.user, "change")
    queryset = editable.type(*models).specific().order_by("path") if models else Page.objects.none()
    paginator = Paginator(queryset, REPORT_PAGE_SIZE)
    page_number = request.GET.get("p", "1")
    listing = paginator.get_page(page_number if str(page_number).isdigit() else 1)
    items = []
    for page in listing:
        _rows, totals = completeness(page)
        items.append({"page": page, "totals": totals, "url": reverse("page_translation_status", args=[page.pk])})
    return TemplateResponse(
        request,
        "compendium/admin/translation_status_report.html",
        {
            "items": items,
            "listing": listing,
            "languages": [(code, names.native_language_name(code)) for code in settings.LANGUAGE_CODES],
            "page_title": _("Translation status"),
            "header_icon": "globe",
        },
    )
