"""Events (workshops, study tours, webinars, missions, meetings) from a spreadsheet, one row per
event, under the event index.

Columns (static/import/events-template.csv; README "Editors: bulk import"):
- slug, title, summary: required.
- type (workshop, study-tour, webinar, mission, side-event, meeting; workshop if empty),
  start and end (as precisely as known: 2016, 2016-05 or 2016-05-29), place, country (the host,
  ISO code), organisers and partners ("|" between names), participants (how many),
  participant_countries, themes, body, outcomes ("|" between items),
  sources ("slug: where in it | slug").
- translations: <column>_<language> for title, summary, place, body, outcomes, organisers, partners.
Sessions are written in the admin.
"""

from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.rich_text import RichText

from compendium.core import dates
from compendium.ops.site_setup import ensure_site_structure
from compendium.taxonomy.models import Theme
from events.models import EventIndexPage, EventPage

from . import citations
from .base import RowImporter
from .richtext import clean_rich_text, clean_rich_text_list, split

# column -> model field
TRANSLATED = {
    "title": "title",
    "summary": "summary",
    "place": "place",
    "body": "body",
    "outcomes": "outcomes",
    "organisers": "organisers",
    "partners": "partners",
}


class EventImporter(RowImporter):
    required = ("slug", "title", "summary")
    known = (
        "slug",
        "title",
        "type",
        "start",
        "end",
        "place",
        "country",
        "organisers",
        "partners",
        "participants",
        "participant_countries",
        "themes",
        "summary",
        "body",
        "outcomes",
        citations.COLUMN,
    )
    translated = tuple(TRANSLATED)

    def __init__(self, progress=None):
        super().__init__(progress)
        self.themes = {term.slug: term for term in Theme.objects.all()}
        self.citations = citations.Citations()
        self.index = EventIndexPage.objects.first()

    def check_row(self, row):
        errors = []
        kind = row.get("type") or EventPage.EventType.WORKSHOP
        if kind not in EventPage.EventType.values:
            errors.append(
                (
                    "type",
                    _("unknown value “%(value)s”: use %(choices)s") % {"value": kind, "choices": ", ".join(EventPage.EventType.values)},
                )
            )
        parsed = {}
        for column in ("start", "end"):
            if row.get(column):
                try:
                    parsed[column] = dates.parse(row[column])
                except ValueError:
                    errors.append((column, _("a date as precisely as known: 2016, 2016-05 or 2016-05-29")))
        if "start" in parsed and "end" in parsed:
            coarser = dates.coarser(parsed["start"][1], parsed["end"][1])
            if dates.normalise(parsed["end"][0], coarser) < dates.normalise(parsed["start"][0], coarser):
                errors.append(("end", _("before %(column)s") % {"column": "start"}))
        elif "end" in parsed and not row.get("start"):
            errors.append(("start", _("an end date needs a start date")))
        errors += self.unknown_countries("country", row, single=True)
        errors += self.unknown_countries("participant_countries", row)
        errors += [
            ("themes", _("unknown value “%(value)s”") % {"value": value})
            for value in self.unknown("theme", split(row.get("themes")), self.themes)
        ]
        if row.get("participants") and not (row["participants"].isdigit() and int(row["participants"]) < 10**6):
            errors.append(("participants", _("a whole number of people, e.g. 45")))
        for column in ["summary"] + [f"summary_{code}" for code in self.languages]:
            if len(row.get(column) or "") > 600:
                errors.append((column, _("at most %(count)s characters") % {"count": 600}))
        for column in ["place"] + [f"place_{code}" for code in self.languages]:
            if len(row.get(column) or "") > 255:
                errors.append((column, _("at most %(count)s characters") % {"count": 255}))
        for name in ("body", "outcomes"):
            for column in [name] + [f"{name}_{code}" for code in self.languages]:
                try:
                    self.rich_text(column, row)
                except ValueError as exc:
                    errors.append((column, _("the HTML cannot be read (%(error)s)") % {"error": exc}))
        errors += self.citations.check(row)
        if (
            self.index
            and row.get("slug")
            and self.index.get_children().filter(slug=row["slug"]).exclude(content_type__model="eventpage").exists()
        ):
            errors.append(("slug", _("already used by another kind of page in the same place")))
        return errors

    @staticmethod
    def rich_text(column, row):
        if column.startswith("body"):
            features = EventPage._meta.get_field("body").stream_block.child_blocks["paragraph"].features
            return clean_rich_text(row.get(column, ""), features)
        return clean_rich_text_list(row.get(column, ""), EventPage._meta.get_field("outcomes").features)

    def value(self, column, row):
        """The cell of `column` (which may carry a language) as the model field stores it."""
        name = column.split("_")[0] if not column.startswith("participant") else column
        if name == "body":
            text = self.rich_text(column, row)
            return [("paragraph", RichText(text))] if text else []
        if name == "outcomes":
            return self.rich_text(column, row)
        if name in ("organisers", "partners"):
            return "\n".join(split(row.get(column)))
        return row.get(column, "")

    def apply(self, number, row, report):
        index = self.index or ensure_site_structure()["events"]
        page = EventPage.objects.child_of(index).filter(slug=row["slug"]).first()
        before = self.snapshot(page) if page is not None else None
        if page is None:
            page = EventPage(slug=row["slug"])
        for column, field_name in TRANSLATED.items():
            setattr(page, build_localized_fieldname(field_name, self.default_language), self.value(column, row))
            for language in self.languages:
                if f"{column}_{language}" in row:
                    setattr(page, build_localized_fieldname(field_name, language), self.value(f"{column}_{language}", row) or None)
        page.event_type = row.get("type") or EventPage.EventType.WORKSHOP
        page.start_date, page.start_precision = dates.parse(row["start"]) if row.get("start") else (None, dates.Precision.DAY)
        page.end_date, page.end_precision = dates.parse(row["end"]) if row.get("end") else (None, dates.Precision.DAY)
        page.country = self.countries[row["country"].upper()] if row.get("country") else None
        page.participant_count = int(row["participants"]) if row.get("participants") else None
        page.participant_countries = [self.countries[code.upper()] for code in split(row.get("participant_countries"))]
        page.themes = [self.themes[value] for value in split(row.get("themes"))]
        self.citations.apply(page, row)
        self.publish(page, index, before, row["slug"], report)

    def snapshot(self, page):
        values = {}
        for field_name in TRANSLATED.values():
            for code in [self.default_language] + self.languages:
                name = build_localized_fieldname(field_name, code)
                value = getattr(page, name, None)
                if field_name == "body":
                    value = [(block.block_type, getattr(block.value, "source", str(block.value))) for block in value or []]
                values[name] = value or ""
        values.update(
            {
                name: getattr(page, name)
                for name in ("event_type", "start_date", "start_precision", "end_date", "end_precision", "country_id", "participant_count")
            },
            participant_countries=sorted(country.pk for country in page.participant_countries.all()),
            themes=sorted(term.pk for term in page.themes.all()),
            citations=citations.snapshot(page),
        )
        return values
