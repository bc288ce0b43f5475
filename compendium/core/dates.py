"""Partial dates: a year, a month of a year, or a day, stored and shown only as precisely as known.

A partial date is stored as a ``DateField`` (the first day of its year or month, so that ordering
and range filters keep working) beside a precision field (``year``, ``month`` or ``day``). It is
shown with CLDR's patterns for the reader's language through ICU ("May 2013", "mai 2013",
"2013年5月", "ឧសភា 2013", "ພຶດສະພາ 2013") and written for machines in ISO 8601 reduced precision
("2013", "2013-05", "2013-05-29"), never padded to an invented "1 January".
"""

import datetime
import functools
import re

import icu
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from compendium.taxonomy.names import icu_locale


class Precision(models.TextChoices):
    YEAR = "year", _("Year")
    MONTH = "month", _("Month and year")
    DAY = "day", _("Day")


def precision_field(verbose_name, default=Precision.DAY):
    return models.CharField(
        verbose_name,
        max_length=5,
        choices=Precision.choices,
        default=default,
        help_text=_("How much of the date the source gives: only the year, the month and year, or the day."),
    )


_SKELETONS = {Precision.YEAR: "y", Precision.MONTH: "yMMMM", Precision.DAY: "yMMMMd"}
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse(text):
    """'2013' / '2013-05' / '2013-05-29' -> (date, precision); a malformed value raises ValueError."""
    match = _ISO.match(str(text or "").strip())
    if not match:
        raise ValueError(f"not a year, year-month or date in ISO 8601: {text!r}")
    year, month, day = match.groups()
    if day:
        return datetime.date(int(year), int(month), int(day)), Precision.DAY
    if month:
        return datetime.date(int(year), int(month), 1), Precision.MONTH
    return datetime.date(int(year), 1, 1), Precision.YEAR


def normalise(value, precision):
    """The stored form of `value` at `precision`: the first day of its year or month."""
    if value is None:
        return None
    if precision == Precision.YEAR:
        return value.replace(month=1, day=1)
    if precision == Precision.MONTH:
        return value.replace(day=1)
    return value


def coarser(first, second):
    """The less precise of two precisions (comparing a day with a year compares years)."""
    order = [Precision.YEAR, Precision.MONTH, Precision.DAY]
    return min(first or Precision.DAY, second or Precision.DAY, key=lambda item: order.index(Precision(item)))


def iso(value, precision=Precision.DAY):
    """ISO 8601 at the precision known: '2016', '2013-05', '2013-05-29' ('' for no date)."""
    if value is None:
        return ""
    if precision == Precision.YEAR:
        return f"{value.year:04d}"
    if precision == Precision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


@functools.lru_cache(maxsize=128)
def _formatter(language_code, precision):
    # Gregorian years everywhere, Thai included, so that the dates agree with the years written in
    # the texts and the exports.
    locale = icu.Locale(f"{icu_locale(language_code or 'en')}@calendar=gregorian")
    pattern = icu.DateTimePatternGenerator.createInstance(locale).getBestPattern(_SKELETONS[precision])
    formatter = icu.SimpleDateFormat(pattern, locale)
    formatter.setTimeZone(icu.TimeZone.getGMT())
    return formatter


def display(value, precision=Precision.DAY, language_code="en"):
    """`value` written the reader's way at `precision` ('' for no date)."""
    if value is None:
        return ""
    if precision not in _SKELETONS:
        precision = Precision.DAY
    moment = datetime.datetime(value.year, value.month, value.day, 12, tzinfo=datetime.UTC)
    return _formatter(language_code or "en", Precision(precision)).format(moment.timestamp())


def display_range(start, start_precision, end, end_precision, language_code="en"):
    """'29 May 2013 – 31 May 2013' style range; one date when both ends say the same thing."""
    first = display(start, start_precision, language_code)
    last = display(end, end_precision, language_code)
    if not last or last == first:
        return first
    if not first:
        return last
    return f"{first} – {last}"


class PartialPeriod:
    """What a page with a period known to the day, month or year does with it: events and
    cooperation projects. The model declares `start_date`, `start_precision`, `end_date` and
    `end_precision` (their help texts differ); this mixin, placed before the page class, checks
    the order of the two ends, stores each as the first day of what is known, and gives them in
    ISO 8601 and in the reader's language."""

    def clean(self):
        super().clean()
        both = coarser(self.start_precision, self.end_precision)
        if self.start_date and self.end_date and normalise(self.end_date, both) < normalise(self.start_date, both):
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    def save(self, *args, **kwargs):
        # Stored as the first day of the month or year known, so that ordering, filters and the
        # "one date" check compare like with like.
        self.start_date = normalise(self.start_date, self.start_precision)
        self.end_date = normalise(self.end_date, self.end_precision)
        return super().save(*args, **kwargs)

    @property
    def start(self):
        """The start in ISO 8601 at the precision known ("2016", "2013-05", "2013-05-29"), or None."""
        return iso(self.start_date, self.start_precision) or None

    @property
    def end(self):
        return iso(self.end_date, self.end_precision) or None

    def dates_display(self, language_code=None):
        """The period in the reader's language, as precisely as known ('' when no date is known)."""
        return display_range(
            self.start_date, self.start_precision, self.end_date, self.end_precision, language_code or translation.get_language()
        )
