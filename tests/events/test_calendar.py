"""The events calendar: upcoming and past, filters, bad input, iCalendar feed and "Add to calendar".

Dates are relative to the real today, so the events built here sit years away from it on either
side (and a month- or year-precision event in the current month or year shows the partial-date
rule: not past while its month or year lasts).
"""

import datetime

import pytest
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events import calendar
from events.models import EventPage
from tests import factories

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()
FUTURE = TODAY.replace(year=TODAY.year + 2, month=3, day=10)
PAST = TODAY.replace(year=TODAY.year - 3, month=6, day=2)


@pytest.fixture
def events(demo):
    index = demo["events"]
    made = {
        "future": factories.event(
            index,
            "Pension reform workshop marigold",
            event_type="workshop",
            start_date=FUTURE,
            end_date=FUTURE + datetime.timedelta(days=2),
            place="Phnom Penh",
            country="KH",
            participants=["LA", "VN"],
            themes=["coordination"],
            summary_en="Peers compare pension reforms.",
            title_km="សិក្ខាសាលាកំណែទម្រង់សោធននិវត្តន៍ marigold",
            summary_km="ការប្រៀបធៀបកំណែទម្រង់សោធននិវត្តន៍។",
        ),
        "past": factories.event(
            index,
            "Study tour to Ulaanbaatar marigold",
            event_type="study-tour",
            start_date=PAST,
            place="Ulaanbaatar",
            country="MN",
            themes=["employment"],
        ),
        "this_month": factories.event(
            index, "Webinar this month marigold", event_type="webinar", start_date=TODAY.replace(day=1), start_precision="month"
        ),
        "last_year": factories.event(
            index,
            "Meeting last year marigold",
            event_type="meeting",
            start_date=TODAY.replace(year=TODAY.year - 1, month=1, day=1),
            start_precision="year",
        ),
        "undated": factories.event(index, "Undated mission marigold", event_type="mission"),
    }
    return index, made


def _sections(client, url):
    response = client.get(url)
    html = response.content.decode()
    upcoming, _sep, past = html.partition('id="past-heading"')
    return response, upcoming.split('id="upcoming-heading"')[-1], past


def test_listing_splits_upcoming_and_past_honouring_partial_dates(client, events):
    response, upcoming, past = _sections(client, "/en/events/")
    assert response.status_code == 200
    assert "Pension reform workshop marigold" in upcoming and "Pension reform workshop marigold" not in past
    # Known only to the month: not over while the month lasts.
    assert "Webinar this month marigold" in upcoming
    for title in ("Study tour to Ulaanbaatar marigold", "Meeting last year marigold", "Undated mission marigold"):
        assert title in past and title not in upcoming
    # Past: newest first, the undated one last.
    assert past.index("Meeting last year marigold") < past.index("Study tour to Ulaanbaatar marigold") < past.index("Undated mission")


def test_split_reads_the_end_of_a_month_and_the_end_date(events):
    index, made = events
    queryset = calendar.public_events(EventPage.objects.child_of(index), {})
    upcoming, past = calendar.split(queryset, today=datetime.date(TODAY.year, TODAY.month, 1) + datetime.timedelta(days=40))
    # Forty days after the first of this month, this month is over.
    assert made["this_month"].pk in {event.pk for event in past}
    # A multi-day event is upcoming until its last day is over.
    upcoming, past = calendar.split(queryset, today=FUTURE + datetime.timedelta(days=1))
    assert made["future"].pk in {event.pk for event in upcoming}
    upcoming, past = calendar.split(queryset, today=FUTURE + datetime.timedelta(days=3))
    assert made["future"].pk in {event.pk for event in past}


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("type=study-tour", "Study tour to Ulaanbaatar", "Pension reform workshop"),
        ("country=la", "Pension reform workshop", "Study tour to Ulaanbaatar"),  # a participant, lower case
        ("country=MN", "Study tour to Ulaanbaatar", "Pension reform workshop"),  # the host
        ("theme=employment", "Study tour to Ulaanbaatar", "Pension reform workshop"),
        ("type=workshop,study-tour&theme=coordination", "Pension reform workshop", "Study tour to Ulaanbaatar"),
    ],
)
def test_filters(client, events, query, shown, hidden):
    response = client.get(f"/en/events/?{query}")
    html = response.content.decode()
    assert response.status_code == 200
    assert shown in html and hidden not in html
    # The feed link keeps the same filters.
    assert "/en/events/calendar.ics?" in html


def test_bad_value_is_not_echoed_as_markup(client, events):
    feed = client.get("/en/events/calendar.ics?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert feed.status_code == 400
    assert b"<script>" not in feed.content and b"&lt;script&gt;" in feed.content


@pytest.mark.parametrize("query", ["type=party", "country=XX", "theme=nonsense", "country=" + ",".join(["KH"] * 60), "type=%ff"])
def test_bad_filter_values_get_a_clear_message(client, events, query):
    response = client.get(f"/en/events/?{query}")
    assert response.status_code == 400
    assert 'class="notice error"' in response.content.decode()
    feed = client.get(f"/en/events/calendar.ics?{query}")
    assert feed.status_code == 400
    assert not feed["Content-Type"].startswith("text/calendar")
    assert ("Unknown value" in feed.content.decode()) or ("Too many values" in feed.content.decode())


def test_bad_filter_message_is_translated(client, events):
    response = client.get("/fr/events/?type=party")
    assert response.status_code == 400
    assert "Valeur inconnue" in response.content.decode()


def test_past_events_are_paginated_keeping_filters(client, events):
    index, _made = events
    for number in range(21):
        factories.event(
            index, f"Old meeting {number:02d} marigold", event_type="meeting", start_date=PAST - datetime.timedelta(days=number)
        )
    html = client.get("/en/events/?type=meeting").content.decode()
    assert "Page 1 of 2" in html
    assert "?type=meeting&amp;page=2" in html
    second = client.get("/en/events/?type=meeting&page=2").content.decode()
    assert "Meeting last year marigold" not in second.split("Upcoming events")[0]
    assert "Old meeting 20 marigold" in second and "Old meeting 00 marigold" not in second


def _parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def _entries(feed):
    return {str(entry["uid"]): entry for entry in feed.walk("VEVENT")}


def test_feed_is_valid_icalendar_with_every_day_precise_event(client, events):
    _index, made = events
    feed = _parse(client.get("/en/events/calendar.ics"))
    assert str(feed["version"]) == "2.0" and feed["prodid"]
    entries = _entries(feed)
    # Every public event whose days are known, demo ones included.
    day_precise = [event for event in calendar.public_events(EventPage.objects.all(), {}) if calendar.in_calendar(event)]
    assert len(day_precise) >= 3
    assert {f"event-{event.pk}@localhost" for event in day_precise} == set(entries)
    future = entries[f"event-{made['future'].pk}@localhost"]
    assert future.decoded("dtstart") == FUTURE
    assert future.decoded("dtend") == FUTURE + datetime.timedelta(days=3)  # exclusive end: the day after the last
    assert isinstance(future.decoded("dtstart"), datetime.date) and not isinstance(future.decoded("dtstart"), datetime.datetime)
    assert str(future["summary"]) == "Pension reform workshop marigold"
    assert str(future["location"]) == "Phnom Penh, Cambodia"
    assert str(future["url"]).endswith(made["future"].url) and "/en/events/" in str(future["url"])
    assert "Peers compare pension reforms." in str(future["description"])
    one_day = entries[f"event-{made['past'].pk}@localhost"]
    assert one_day.decoded("dtend") == PAST + datetime.timedelta(days=1)
    # Month, year and no date: not in the feed.
    for name in ("this_month", "last_year", "undated"):
        assert f"event-{made[name].pk}@localhost" not in entries


def test_feed_in_khmer_with_the_same_uids(client, events):
    _index, made = events
    english = _entries(_parse(client.get("/en/events/calendar.ics")))
    khmer = _entries(_parse(client.get("/km/events/calendar.ics")))
    assert set(english) == set(khmer)
    entry = khmer[f"event-{made['future'].pk}@localhost"]
    assert str(entry["summary"]) == "សិក្ខាសាលាកំណែទម្រង់សោធននិវត្តន៍ marigold"
    assert "ការប្រៀបធៀបកំណែទម្រង់សោធននិវត្តន៍។" in str(entry["description"])
    assert "/km/events/" in str(entry["url"])
    assert "កម្ពុជា" in str(entry["location"])


def test_feed_filters(client, events):
    _index, made = events
    entries = _entries(_parse(client.get("/en/events/calendar.ics?country=MN")))
    assert f"event-{made['past'].pk}@localhost" in entries
    assert f"event-{made['future'].pk}@localhost" not in entries
    for uid in entries:
        event = EventPage.objects.get(pk=int(uid.split("-")[1].split("@")[0]))
        assert event.host_country == "MN" or "MN" in event.participant_country_codes


def test_add_to_calendar_on_an_event_page(client, events):
    _index, made = events
    page = client.get(made["future"].url).content.decode()
    link = f"/en/events/{made['future'].slug}/event.ics"
    assert f'href="{link}"' in page and "Add to calendar" in page
    response = client.get(link)
    assert "attachment" in response["Content-Disposition"]
    entries = _entries(_parse(response))
    assert list(entries) == [f"event-{made['future'].pk}@localhost"]
    khmer = client.get(f"/km/events/{made['future'].slug}/").content.decode()
    assert f'href="/km/events/{made["future"].slug}/event.ics"' in khmer
    # A month-precision event has no day to add.
    month = client.get(made["this_month"].url).content.decode()
    assert "event.ics" not in month
    assert client.get(f"/en/events/{made['this_month'].slug}/event.ics").status_code == 404


def test_private_events_never_reach_the_listing_or_the_feed(client, events):
    index, _made = events
    restricted = factories.event(index, "Restricted HUSHEVENT1", start_date=FUTURE)
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="x")
    logged_in = factories.event(index, "Login HUSHEVENT2", start_date=PAST)
    PageViewRestriction.objects.create(page=logged_in, restriction_type=PageViewRestriction.LOGIN)
    draft = EventPage(title_en="Draft HUSHEVENT3", slug="draft-hushevent3", summary_en="x", start_date=FUTURE, live=False)
    index.add_child(instance=draft)
    draft.save_revision()
    unpublished = factories.event(index, "Unpublished HUSHEVENT4", start_date=FUTURE)
    unpublished.unpublish()
    for language in ("en", "km"):
        for url in (f"/{language}/events/", f"/{language}/events/calendar.ics"):
            body = client.get(url).content.decode()
            assert "Pension reform workshop" in body or "marigold" in body  # the control is there
            assert "HUSHEVENT" not in body, url
        for page in (restricted, logged_in, draft, unpublished):
            assert client.get(f"/{language}/events/{page.slug}/event.ics").status_code == 404
