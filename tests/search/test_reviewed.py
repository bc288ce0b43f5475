"""Listings by review date: ?sort=reviewed puts the most recently reviewed first, ?reviewed_since=
keeps only what an editor reviewed on or after a day; one parser for the page and /api/search/."""

import datetime

import pytest

from casestudies.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def _review(slug, day):
    page = CaseStudyPage.objects.get(slug=slug)
    page.last_reviewed = day
    page.save_revision().publish()  # publishing re-indexes the page, its review date with it
    return page


@pytest.fixture
def reviewed(demo):
    older = _review("sassa-mobile-outreach", datetime.date(2024, 6, 1))
    newer = _review("thailand-13-digit-id", datetime.date(2025, 2, 10))
    return older, newer


def test_sort_by_last_reviewed_puts_the_latest_review_first(client, reviewed):
    older, newer = reviewed
    titles = [result["title"] for result in client.get("/api/search/", {"sort": "reviewed", "type": "case-study"}).json()["results"]]
    assert titles[:2] == [newer.title, older.title]
    # with words too: the reviewed ones come first among what matched
    data = client.get("/api/search/", {"q": "health", "sort": "reviewed"}).json()
    assert data["count"] > 1


def test_reviewed_since_keeps_only_what_was_reviewed_on_or_after_that_day(client, reviewed):
    older, newer = reviewed
    data = client.get("/api/search/", {"reviewed_since": "2025-01-01"}).json()
    assert [result["title"] for result in data["results"]] == [newer.title]
    data = client.get("/api/search/", {"reviewed_since": "2024-06-01"}).json()
    assert {result["title"] for result in data["results"]} == {newer.title, older.title}
    page = client.get("/en/search/", {"q": "", "reviewed_since": "2025-01-01", "sort": "reviewed"}).content.decode()
    assert newer.title in page and older.title not in page
    assert 'value="2025-01-01"' in page and '<option value="reviewed" selected>' in page


@pytest.mark.parametrize(
    "params,param",
    [
        ({"sort": "oldest"}, "sort"),
        ({"reviewed_since": "last year"}, "reviewed_since"),
        ({"reviewed_since": "2025-13-01"}, "reviewed_since"),
    ],
)
def test_bad_sort_or_date_is_a_clear_400(client, demo, params, param):
    response = client.get("/api/search/", params)
    assert response.status_code == 400 and response.json()["param"] == param
    page = client.get("/en/search/", params)
    assert page.status_code in (200, 400) and 'class="notice error"' in page.content.decode()
