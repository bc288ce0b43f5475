"""The events calendar: upcoming and past, filters by type, country and theme, and iCalendar.

Partial dates (compendium.core.dates) are treated as what they say and no more:

- An event is *past* once the last day it can have taken place is over: its end date, or its
  start date when it has no end, read to the end of its month or year when only the month or year
  is known ("May 2026" is not past until June). Anything else dated is *upcoming*. An event with
  no date at all cannot be placed in time; it is listed with the past ones, last (the sources
  record exchanges that have happened), and left out of the calendar feed.
- The iCalendar feed (RFC 5545) holds the events whose days are known: a start known to the day,
  and an end known to the day or no end (a one-day event). They are all-day entries (DATE values;
  DTEND is the day after the last day, as the RFC wants). An event known only to the month or
  year is left out: a calendar entry claims days, and any day or a month-long block would invent
  what the sources do not say; its page and the listing show the date as precisely as it is known.
"""

import datetime

from django.db.models import Exists, F, OuterRef, Q
from icalendar import Calendar, Event

from compendium.catalogue import cards
from compendium.core.dates import Precision
from compendium.taxonomy.models import Country, Theme
from compendium.taxonomy.validation import clean_codes, split_values

FILTERS = ("type", "country", "theme")
PRODID = "-//SPF South-South Exchange//Events calendar//EN"


def parse_filters(params, types):
    """{'type': (...), 'country': (...), 'theme': (...)} from GET parameters, each checked by the
    taxonomy's one validator (repeated or comma-separated values, any of which may match);
    `types` are the event types' values.
    Raises compendium.taxonomy.validation.TaxonomyError with a message for the reader."""
    return {
        "type": clean_codes("type", split_values(params.getlist("type")), known=set(types)),
        "country": clean_codes("country", split_values(params.getlist("country"))),
        "theme": clean_codes("theme", split_values(params.getlist("theme"))),
    }


def filtered(queryset, filters):
    """`queryset` narrowed to the filters: a type among those given, a host or participating
    country among those given, a theme of the event or of one of its sessions among those given."""
    model = queryset.model

    if filters.get("type"):
        queryset = queryset.filter(event_type__in=filters["type"])
    if filters.get("country"):
        attended = model.participant_countries.through.objects.filter(eventpage_id=OuterRef("pk"), country__code__in=filters["country"])
        queryset = queryset.filter(Q(country__code__in=filters["country"]) | Exists(attended))
    if filters.get("theme"):
        tagged = model.themes.through.objects.filter(eventpage_id=OuterRef("pk"), theme__slug__in=filters["theme"])
        in_session = model.sessions.rel.related_model.objects.filter(page_id=OuterRef("pk"), theme__slug__in=filters["theme"])
        queryset = queryset.filter(Exists(tagged) | Exists(in_session))
    return queryset


def _over_by(date_field, precision_field, today):
    """Q: the partial date in `date_field` (its precision in `precision_field`) is over by `today`."""
    return (
        (Q(**{precision_field: Precision.DAY}) & Q(**{f"{date_field}__lt": today}))
        | (Q(**{precision_field: Precision.MONTH}) & Q(**{f"{date_field}__lt": today.replace(day=1)}))
        | (Q(**{precision_field: Precision.YEAR}) & Q(**{f"{date_field}__lt": today.replace(month=1, day=1)}))
    )


def past_q(today):
    """Q for events whose last possible day is before `today`, or that have no date at all."""
    ended = Q(end_date__isnull=False) & _over_by("end_date", "end_precision", today)
    started = Q(end_date__isnull=True, start_date__isnull=False) & _over_by("start_date", "start_precision", today)
    return ended | started | Q(start_date__isnull=True, end_date__isnull=True)


def public_events(events, filters):
    """The live, public events of `events` that pass `filters` (drafts and restricted pages never)."""
    return filtered(cards.event_cards(events), filters)


def split(queryset, today=None):
    """(upcoming soonest first, past newest first) relative to `today` (default: today)."""
    today = today or datetime.date.today()
    past = past_q(today)
    upcoming = queryset.exclude(past).order_by("start_date", "pk")
    # Newest first and the undated last on every database (PostgreSQL puts NULL first when descending).
    earlier = queryset.filter(past).order_by(F("start_date").desc(nulls_last=True), "-pk")
    return upcoming, earlier


def in_calendar(event):
    """True when the event's days are known: a start to the day and an end to the day or none."""
    return bool(
        event.start_date and event.start_precision == Precision.DAY and (event.end_date is None or event.end_precision == Precision.DAY)
    )


def _location(event):
    parts = [event.place] if event.place else []
    if event.country_id and event.country.name not in (event.place or ""):
        parts.append(event.country.name)
    return ", ".join(parts)


def _uid(event, host):
    # The page's id never changes (a slug or title may): the same event keeps its UID in every
    # language and across edits, so a subscribed calendar updates the entry instead of adding one.
    return f"event-{event.pk}@{host}"


def calendar_entry(event, request, host):
    """One VEVENT for `event` in the active language (its page URL in that language)."""
    entry = Event()
    entry.add("uid", _uid(event, host))
    entry.add("dtstamp", event.last_published_at or event.latest_revision_created_at or datetime.datetime.now(datetime.UTC))
    entry.add("dtstart", event.start_date)
    entry.add("dtend", (event.end_date or event.start_date) + datetime.timedelta(days=1))
    entry.add("summary", event.title)
    url = event.get_full_url(request)
    if url:
        entry.add("url", url)
    location = _location(event)
    if location:
        entry.add("location", location)
    description = "\n\n".join(filter(None, [event.summary, url]))
    entry.add("description", description)
    entry.add("categories", [str(event.get_event_type_display())])
    if event.last_published_at:
        entry.add("last-modified", event.last_published_at)
    return entry


def calendar(events, request, name, host):
    """An iCalendar (bytes) of the `events` that have known days, in the active language; `host`
    (the site's configured host name, not the request's) makes their UIDs."""
    feed = Calendar()
    feed.add("prodid", PRODID)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("x-wr-calname", name)
    feed.add("x-wr-timezone", "UTC")
    for event in events:
        if in_calendar(event):
            feed.add_component(calendar_entry(event, request, host))
    return feed.to_ical()


def filter_choices(events, types):
    """What the listing's filter form offers: every type, the countries that hosted or attended
    one of `events`, and every theme; labels in the active language."""
    events = cards.event_cards(events).order_by()  # public ones only: a restricted event names no country here
    countries = Country.objects.filter(Q(events_hosted__in=events) | Q(events_attended__in=events)).distinct()
    return {
        "type": [(value, str(label)) for value, label in types],
        "country": sorted(((country.iso2, country.name) for country in countries), key=lambda item: item[1]),
        "theme": [(theme.slug, theme.name) for theme in Theme.objects.all()],
    }
