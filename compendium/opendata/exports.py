"""Open-data exports of published content: public fields only, never private contact details."""

from django.conf import settings
from django.utils import translation

from casestudies.models import CaseStudyPage
from compendium.sources.models import Citation
from events.models import EventPage
from experts.models import ExpertPage
from projects.models import IATI_ROLE, IATI_STATUS, ProjectPage

LICENCE = "Content: Creative Commons Attribution 4.0 (CC BY 4.0), SPF South-South Exchange and the source documents cited."
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"

FIELDS = {
    "case-studies": [
        "slug",
        "title",
        "programme",
        "url",
        "countries",
        "principles",
        "guarantees",
        "themes",
        "stage",
        "period_start",
        "period_end",
        "summary",
        "languages",
        "first_published",
        "sources",
    ],
    "experts": ["slug", "name", "role", "organisation", "country", "themes", "guarantees", "languages", "available", "url", "sources"],
    "events": [
        "slug",
        "title",
        "type",
        "start_date",
        "end_date",
        "place",
        "country",
        "participant_countries",
        "participants",
        "themes",
        "summary",
        "url",
        "start_precision",
        "end_precision",
        "sources",
    ],
    # A project's budget lines as structured rows (in JSON; in CSV one cell, a line as
    # "component; beneficiary; amount currency"), and fields named after IATI's activity standard.
    "projects": [
        "slug",
        "title",
        "iati_identifier",
        "status",
        "iati_activity_status",
        "start_date",
        "end_date",
        "start_precision",
        "end_precision",
        "countries",
        "themes",
        "modalities",
        "participating_orgs",
        "budget_lines",
        "budget_totals",
        "indicators",
        "previous_phase",
        "summary",
        "url",
        "sources",
    ],
}


def sources_of(pages):
    """{page id: [citation as data]} for `pages`, in each page's order (one query).

    A citation is its source's slug, title, kind, publisher, date (ISO 8601 at the precision
    known), public URL and document-library URL, with the locator and what it supports."""
    found = {page.pk: [] for page in pages}
    citations = Citation.objects.filter(page_id__in=list(found)).select_related("source", "source__document").order_by("sort_order", "pk")
    for citation in citations:
        found[citation.page_id].append(citation.as_data())
    return found


def csv_value(value):
    """A cell: lists joined with "|"; a citation as "title (locator) <url>"; a budget line as
    "component; beneficiary; amount currency"; totals as "amount currency"; an organisation as "name (role)"."""
    if isinstance(value, list):
        return "|".join(csv_value(item) for item in value)
    if isinstance(value, dict) and "amount" in value:
        return f"{value['component']}; {value['beneficiary']}; {value['amount']} {value['currency']}"
    if isinstance(value, dict) and "iati_role" in value:
        return f"{value['name']} ({value['role']})"
    if isinstance(value, dict) and "baseline" in value:
        return f"{value['name']}: {value['baseline'] or ''} → {value['target'] or ''}"
    if isinstance(value, dict) and "title" not in value:
        return "|".join(f"{amount} {currency}" for currency, amount in value.items())
    if isinstance(value, dict):
        text = value.get("title", "")
        if value.get("locator"):
            text += f" ({value['locator']})"
        link = value.get("url") or value.get("document")
        return f"{text} <{link}>" if link else text
    return value


def _url(page):
    """The page's address under the configured public URL (SPF_BASE_URL), not the Wagtail Site's
    hostname or whatever Host a request carried."""
    with translation.override(settings.LANGUAGE_CODE):
        _site_id, _root, path = page.get_url_parts() or (None, None, None)
    return settings.SPF_BASE_URL + path if path else None


def rows(kind):
    if kind == "case-studies":
        pages = (
            CaseStudyPage.objects.live()
            .public()
            .select_related("stage")
            .prefetch_related("countries", "guarantees", "themes", "principle_links__principle")
            .order_by("pk")
        )
        cited = sources_of(pages)
        return [
            {
                "slug": page.slug,
                "title": page.title_en,
                "programme": page.programme_name_en or "",
                "url": _url(page),
                "countries": sorted(c.iso2 for c in page.countries.all()),
                "principles": sorted(link.principle.code for link in page.principle_links.all()),
                "guarantees": sorted(g.slug for g in page.guarantees.all()),
                "themes": sorted(t.slug for t in page.themes.all()),
                "stage": page.stage.slug if page.stage_id else "",
                "period_start": page.period_start,
                "period_end": page.period_end,
                "summary": page.summary_en,
                "languages": page.available_languages,
                "first_published": page.first_published_at.date().isoformat() if page.first_published_at else None,
                "sources": cited[page.pk],
            }
            for page in pages
        ]
    if kind == "experts":
        pages = (
            ExpertPage.objects.live()
            .public()
            .select_related("country")
            .prefetch_related("themes", "guarantees", "languages")
            .order_by("pk")
        )
        cited = sources_of(pages)
        return [
            {
                "slug": page.slug,
                "name": page.display_name,
                "role": page.role_en,
                "organisation": page.organisation_en or "",
                "country": page.country_code,  # empty for staff of international organisations and donors
                "themes": sorted(t.slug for t in page.themes.all()),
                "guarantees": sorted(g.slug for g in page.guarantees.all()),
                "languages": sorted(language.code for language in page.languages.all()),
                "available": page.available,
                "url": _url(page),
                "sources": cited[page.pk],
            }
            for page in pages
        ]

    if kind == "projects":
        return project_rows()

    pages = EventPage.objects.live().public().select_related("country").prefetch_related("participant_countries", "themes").order_by("pk")
    cited = sources_of(pages)
    # Dates as precisely as known, in ISO 8601 reduced precision ("2011", "2013-05", "2013-05-29").
    return [
        {
            "slug": page.slug,
            "title": page.title_en,
            "type": page.event_type,
            "start_date": page.start,
            "end_date": page.end,
            "place": page.place_en or "",
            "country": page.country.iso2 if page.country_id else "",
            "participant_countries": sorted(c.iso2 for c in page.participant_countries.all()),
            "participants": page.participant_count,
            "themes": sorted(t.slug for t in page.themes.all()),
            "summary": page.summary_en,
            "url": _url(page),
            "start_precision": page.start_precision if page.start_date else None,
            "end_precision": page.end_precision if page.end_date else None,
            "sources": cited[page.pk],
        }
        for page in pages
    ]


def project_rows():
    """Public projects with their budget lines as rows (amount as a decimal string, ISO 4217
    currency, component, beneficiary: a country's ISO code or the body's name) and totals per currency."""
    pages = (
        ProjectPage.objects.live()
        .public()
        .select_related("previous_phase")
        .prefetch_related(
            "countries", "themes", "modalities", "participants__organisation", "budget_lines__beneficiary_country", "indicators__values"
        )
        .order_by("pk")
    )
    cited = sources_of(pages)
    return [
        {
            "slug": page.slug,
            "title": page.title_en,
            "iati_identifier": page.iati_identifier,
            "status": page.status,
            "iati_activity_status": IATI_STATUS[page.status],
            "start_date": page.start,
            "end_date": page.end,
            "start_precision": page.start_precision if page.start_date else None,
            "end_precision": page.end_precision if page.end_date else None,
            "countries": page.country_codes,
            "themes": page.theme_slugs,
            "modalities": page.modality_slugs,
            "participating_orgs": [
                {**participant.as_data(), "iati_role": IATI_ROLE[participant.role]} for participant in page.participants.all()
            ],
            "budget_lines": page.budget["lines"],
            "budget_totals": page.budget["totals"],
            "indicators": page.indicator_list,
            "previous_phase": page.previous_phase.slug if page.previous_phase_id and page.previous_phase.live else None,
            "summary": page.summary_en,
            "url": _url(page),
            "sources": cited[page.pk],
        }
        for page in pages
    ]
