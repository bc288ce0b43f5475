"""The events calendar in a browser: filter the listing, subscribe, add one event to a calendar."""

import re

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.browser


def test_filter_events_and_add_one_to_a_calendar(page, site):
    page.goto(f"{site}/en/events/")
    assert page.locator("#upcoming-heading").inner_text() == "Upcoming events"
    page.select_option("#event-type", "workshop")
    page.get_by_role("button", name="Show events").click()
    page.wait_for_url(re.compile(r"type=workshop"))
    past = page.locator(".events-past")
    assert "Siem Reap" in past.inner_text()
    assert all(text.strip().lower() == "workshop" for text in page.locator(".event-card .card-type").all_inner_texts())
    subscribe = page.get_by_role("link", name="Subscribe to these events (iCalendar)")
    assert "/en/events/calendar.ics?" in subscribe.get_attribute("href") and "type=workshop" in subscribe.get_attribute("href")
    past.get_by_role("link", name=re.compile("Integrating Social Policies")).first.click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Add to calendar").click()
    feed = Calendar.from_ical(open(download.value.path(), "rb").read())
    entries = feed.walk("VEVENT")
    assert len(entries) == 1 and "Integrating Social Policies" in str(entries[0]["summary"])
    assert str(entries[0].decoded("dtstart")) == "2013-05-29"


def test_khmer_listing_and_a_bad_filter(page, site):
    response = page.goto(f"{site}/km/events/?theme=nonsense")
    assert response.status == 400
    assert page.locator(".notice.error").is_visible()
    assert page.locator("#past-heading").inner_text() == "ព្រឹត្តិការណ៍កន្លងមក"
