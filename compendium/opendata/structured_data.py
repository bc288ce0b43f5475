"""schema.org descriptions of pages (JSON-LD), so search engines and partner platforms understand them."""

from urllib.parse import urlsplit

from django.conf import settings

from casestudies.models import CaseStudyPage
from compendium.sources.models import citations_of
from compendium.taxonomy import names
from events.models import EventPage
from experts.models import ExpertPage
from projects.models import ProjectPage


def citation_data(page):
    """schema.org `citation`: the works the page cites, each once, dated as precisely as known."""
    works = {}
    for citation in citations_of(page):
        source = citation.source
        works.setdefault(
            source.pk,
            {
                "@type": "WebPage" if source.kind == source.Kind.WEB_PAGE else "CreativeWork",
                "name": source.title,
                "url": source.link or None,
                "publisher": {"@type": "Organization", "name": source.publisher} if source.publisher else None,
                "datePublished": source.date_iso or None,
            },
        )
    return [{key: value for key, value in work.items() if value is not None} for work in works.values()]


def page_data(page, request, language):
    """A JSON-serialisable schema.org object for `page` (specific), in `language`; its `citation`
    lists the sources the page cites."""
    data = _page_data(page, request, language)
    data["citation"] = citation_data(page)
    return data


def _page_data(page, request, language):
    # The configured public address (SPF_BASE_URL), never the Host header a request carried.
    url = settings.SPF_BASE_URL + urlsplit(page.get_url(request) or "").path
    publisher = {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME}
    if isinstance(page, CaseStudyPage):
        return {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": page.title,
            "description": page.summary,
            "url": url,
            "inLanguage": language if page.has_translation(language) else settings.LANGUAGE_CODE,
            "datePublished": page.first_published_at.date().isoformat() if page.first_published_at else None,
            "dateModified": page.last_published_at.date().isoformat() if page.last_published_at else None,
            "about": [theme.name for theme in page.themes.all()],
            "spatialCoverage": [
                {"@type": "Country", "name": names.country_name(c.iso2, language), "identifier": c.iso2} for c in page.countries.all()
            ],
            "publisher": publisher,
        }
    if isinstance(page, ExpertPage):
        return {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": page.title,
            "honorificPrefix": page.honorific or None,
            "jobTitle": page.role,
            "worksFor": {"@type": "Organization", "name": page.organisation} if page.organisation else None,
            "knowsLanguage": [language_.code for language_ in page.languages.all()],
            "url": url,
        }
    if isinstance(page, EventPage):
        return {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": page.title,
            "description": page.summary,
            # ISO 8601 at the precision known: "2011", "2013-05" or "2013-05-29".
            "startDate": page.start,
            "endDate": page.end,
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": {
                "@type": "Place",
                "name": page.place or None,
                "address": {"@type": "PostalAddress", "addressCountry": page.country.iso2} if page.country_id else None,
            },
            "organizer": [{"@type": "Organization", "name": name} for name in page.organiser_list],
            "url": url,
        }
    if isinstance(page, ProjectPage):
        # schema.org's Project (an Organization kind): its period as founding and dissolution
        # dates at the precision known, its donors as funders.
        return {
            "@context": "https://schema.org",
            "@type": "Project",
            "name": page.title,
            "description": page.summary,
            "foundingDate": page.start,
            "dissolutionDate": page.end,
            "funder": [{"@type": "Organization", "name": donor.name} for donor in page.donors()],
            "areaServed": [
                {"@type": "Country", "name": names.country_name(code, language), "identifier": code} for code in page.country_codes
            ],
            "url": url,
        }
    return {"@context": "https://schema.org", "@type": "WebPage", "name": page.title, "url": url, "publisher": publisher}
