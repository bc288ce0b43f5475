"""The number of SQL queries of each page type does not grow with the content it shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _draw_every_view(settings):
    """The budgets are of the views that draw the pages; what the read model serves (one query, a
    case study three) is held in tests/core/test_read_model.py."""
    settings.SPF_READ_MODEL = False


def queries(client, url):
    """The queries of one view, once what a process derives from the content once per publish
    (section pages, facet bitsets, match records) is loaded: the cost every further reader pays."""
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def grow(demo, n, stamp):
    """Add `n` case studies in Nepal on outreach, each with experts and an event linked, and n experts."""
    profile = factories.country_page(demo["countries"], "NP")
    for index in range(n):
        expert = factories.expert(demo["experts"], f"Expert {stamp}{index}", country="NP", themes=["outreach"], languages=["ne", "en"])
        event = factories.event(demo["events"], f"Event {stamp}{index}", country="NP", participants=["KH", "TH"], themes=["outreach"])
        factories.case_study(
            profile,
            f"Outreach {stamp}{index}",
            themes=["outreach"],
            guarantees=["health", "children"],
            principles=["a", "e"],
            countries=["NP", "IN"],
            stage="delivery",
            experts=[expert],
            events=[event],
        )
    return profile


# The queries each page type may make, whatever the size of the compendium, measured on SQLite
# (PostgreSQL's search makes fewer: its match needs no temporary table).
# Each page's budget includes one query for its sources (compendium.sources, shared by the list and JSON-LD).
BUDGET = {
    "/en/": 7,
    "/en/guide/": 5,
    "/en/guide/outreach/": 11,
    "/en/countries/": 6,
    "/en/countries/np/": 14,
    "/en/experts/": 8,
    "/en/events/": 11,  # upcoming and past, each counted and read; the filter choices (countries, themes)
    "/en/search/?q=outreach&theme=outreach&country=NP&guarantee=health": 6,  # 3 measured (2026-12-01): text, ranking, page
    "/api/search/?q=outreach&theme=outreach": 6,
    "/api/match/?country=KH": 5,
}
PAGES = list(BUDGET)


def test_query_counts_do_not_grow_with_content(client, demo):
    grow(demo, 3, "a")
    small = {url: queries(client, url) for url in PAGES}
    grow(demo, 15, "b")
    large = {url: queries(client, url) for url in PAGES}
    for url in PAGES:
        assert large[url] <= small[url], (url, small[url], large[url])
        assert large[url] <= BUDGET[url], (url, large[url], BUDGET[url])


def test_case_study_expert_and_event_pages_are_constant(client, demo):
    from casestudies.models import CaseStudyPage

    profile = grow(demo, 2, "c")
    few = CaseStudyPage.objects.child_of(profile).first()
    counts_few = queries(client, few.url)
    many = factories.case_study(
        profile,
        "Many links",
        themes=["outreach"],
        guarantees=["health"],
        principles=list("abcdefgh"),
        countries=["NP", "IN", "KH", "TH", "LA"],
    )
    for index in range(8):
        many.experts.add(factories.expert(demo["experts"], f"Linked {index}", country="NP", themes=["outreach"]))
        many.events.add(factories.event(demo["events"], f"Linked event {index}", country="NP"))
        many.figures.create(value=str(index), label_en="things")
    many.save_revision().publish()
    assert queries(client, many.url) <= counts_few + 2, (counts_few, queries(client, many.url))
