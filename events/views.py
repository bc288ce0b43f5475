"""The events calendar as iCalendar files: the whole (filtered) feed and one event's entry."""

from django.http import Http404, HttpResponse
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from compendium.taxonomy.validation import TaxonomyError
from events import calendar
from events.models import EventIndexPage, EventPage


def _index():
    index = EventIndexPage.objects.live().first()
    if index is None:
        raise Http404
    return index


def _ics(body, filename, attachment):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'{"attachment" if attachment else "inline"}; filename="{filename}"'
    return response


@require_GET
def calendar_feed(request):
    """/<lang>/events/calendar.ics?type=&country=&theme=: every public event whose days are known."""
    try:
        filters = calendar.parse_filters(request.GET, EventPage.EventType.values)
    except TaxonomyError as exc:
        # The message quotes the value given: escaped, since a browser shows this answer.
        return HttpResponse(escape(exc.message), status=400, content_type="text/html; charset=utf-8")
    index = _index()
    events = calendar.public_events(EventPage.objects.child_of(index), filters).order_by("start_date", "pk")
    body = calendar.calendar(events, request, _("SPF South-South Exchange: events"), index.get_site().hostname)
    return _ics(body, "events.ics", attachment=False)


@require_GET
def event_ics(request, slug):
    """/<lang>/events/<slug>/event.ics: one public event, for "Add to calendar"; 404 when its days are not known."""
    index = _index()
    event = calendar.public_events(EventPage.objects.child_of(index).filter(slug=slug), {}).first()
    if event is None or not calendar.in_calendar(event):
        raise Http404
    body = calendar.calendar([event], request, event.title, index.get_site().hostname)
    return _ics(body, f"{event.slug}.ics", attachment=True)
