"""What every kind of import shares: reading the file, the report, the row-by-row checks and the
all-or-nothing run.

A kind (case studies, experts, events) is a subclass of RowImporter that names its columns and
says how to check a row and write it. RowImporter.run reads the file, checks every row first
(any error: nothing is written, every error is reported by row and column), then writes all rows
in one transaction; a row that still fails while being written rolls back every row before it.
Rows are matched by slug, so importing the same file again updates, never duplicates.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils import translation
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from openpyxl import load_workbook

from compendium.core import read_model
from compendium.taxonomy.models import Country
from compendium.taxonomy.validation import TaxonomyError, clean_codes

from .richtext import split

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        return f"row {self.row}, column {self.column}: {self.message}"


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self):
        return not self.errors


class ImportFailed(Exception):
    def __init__(self, report):
        super().__init__(f"{len(report.errors)} error(s)")
        self.report = report


class UnreadableFile(ValueError):
    """The file is not a UTF-8 CSV or an Excel workbook; the message says what to do."""


def read_table(path):
    """(header, [(row number as a person counts it, {column: text})]) from a .csv or .xlsx file.
    Raises UnreadableFile with a message for the person who uploaded it."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            sheet = load_workbook(path, read_only=True, data_only=True).active
            rows = list(sheet.iter_rows(values_only=True))
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise UnreadableFile(_("not an Excel workbook (.xlsx): save it from Excel or LibreOffice as .xlsx, or as CSV UTF-8")) from exc
        if not rows:
            return [], []
        header = [str(cell or "").strip() for cell in rows[0]]
        return header, [
            (number, {name: "" if value is None else str(value).strip() for name, value in zip(header, values, strict=False) if name})
            for number, values in enumerate(rows[1:], start=2)
            if any(value not in (None, "") for value in values)
        ]
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = _("not UTF-8 text (byte %(position)s cannot be read): save it as “CSV UTF-8” and upload it again")
        raise UnreadableFile(message % {"position": exc.start + 1}) from exc
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = [name.strip() for name in reader.fieldnames or []]
        rows = [
            (number, {key.strip(): (value or "").strip() for key, value in row.items() if key})
            for number, row in enumerate(reader, start=2)
            if any((value or "").strip() for value in row.values() if isinstance(value, str))
        ]
    except csv.Error as exc:
        raise UnreadableFile(_("not a CSV file that can be read (%(error)s)") % {"error": exc}) from exc
    return header, rows


def read_rows(path):
    """[(row number, {column: text})] of a .csv or .xlsx file (see read_table)."""
    return read_table(path)[1]


YES = {"yes", "y", "true", "1", "x"}
NO = {"no", "n", "false", "0", ""}


def other_languages():
    """The content languages besides the default, whose translations come in <field>_<language> columns."""
    return [code for code in settings.LANGUAGE_CODES if code != settings.LANGUAGE_CODE]


def set_translations(obj, row, column, field_name, languages, convert=lambda value: value):
    """Copy the <column>_<language> cells present in `row` into `obj`'s translated field."""
    for language in languages:
        value = row.get(f"{column}_{language}")
        if value is not None:
            setattr(obj, build_localized_fieldname(field_name, language), convert(value) if value else "")


class RowImporter:
    """One kind of content from a spreadsheet; subclasses set the class attributes and implement
    check_row, apply and snapshot."""

    required = ()  # columns every row fills
    known = ()  # columns in the default language
    translated = ()  # columns that also come as <column>_<language>
    patterns = ()  # regular expressions of further column names the kind reads (figure_1_value...)

    def __init__(self, progress=None):
        self.progress = progress
        self.default_language = settings.LANGUAGE_CODE
        self.languages = other_languages()
        self.countries = {country.iso2: country for country in Country.objects.all()}

    # -- checks -------------------------------------------------------------------------------

    def column_allowed(self, column):
        if column in self.known:
            return True
        if any(column == f"{name}_{language}" for name in self.translated for language in self.languages):
            return True
        return any(re.fullmatch(pattern, column) for pattern in self.patterns)

    def missing_columns(self, header):
        """Errors of the header row (row 1): a required column that is not there."""
        return [
            RowError(1, column, _("missing column: add it to the first row (see the template)"))
            for column in self.required
            if column not in header
        ]

    def unknown_columns(self, header):
        """Errors of the header row: a column this kind does not read (a typo would otherwise be
        silently ignored)."""
        return [RowError(1, column, _("unknown column")) for column in header if column and not self.column_allowed(column)]

    def check(self, rows):
        """Every error of every row; an empty list means the file can be imported."""
        errors, seen = [], {}
        for number, row in rows:
            for column in self.required:
                if not row.get(column):
                    errors.append(RowError(number, column, _("required")))
            slug = row.get("slug", "")
            if slug:
                if not SLUG.match(slug):
                    errors.append(RowError(number, "slug", _("use lower-case letters, digits and hyphens only")))
                if slug in seen:
                    errors.append(RowError(number, "slug", _("already used on row %(row)s") % {"row": seen[slug]}))
                seen[slug] = number
            errors.extend(RowError(number, column, message) for column, message in self.check_row(row))
        return errors

    def check_row(self, row):
        """[(column, message)] of what is wrong in `row` beyond the required and known columns."""
        raise NotImplementedError

    def unknown_countries(self, column, row, single=False):
        values = [row[column]] if single and row.get(column) else split(row.get(column))
        return [
            (column, _("unknown country code “%(value)s”") % {"value": value})
            for value in self.unknown("country", [v.upper() for v in values], self.countries)
        ]

    @staticmethod
    def unknown(facet, values, known):
        """Every value not in the vocabulary, as written and in order (a report names them all);
        the check is the taxonomy's own, against the terms this import loaded once."""
        try:
            clean_codes(facet, values, known=known, max_values=None)
        except TaxonomyError as exc:
            return exc.values
        return []

    @staticmethod
    def yes_no(row, column, default):
        value = (row.get(column) or "").strip().lower()
        if not value:
            return default
        return value in YES

    @staticmethod
    def check_yes_no(row, column):
        value = (row.get(column) or "").strip().lower()
        return [] if value in YES | NO else [(column, _("write yes or no"))]

    # -- writing ------------------------------------------------------------------------------

    def apply(self, number, row, report):
        """Create or update the page of `row` and say which in `report`."""
        raise NotImplementedError

    def snapshot(self, page):
        """What an import can change of `page`, comparable before and after."""
        raise NotImplementedError

    def publish(self, page, parent, before, slug, report):
        """Add `page` under `parent` if new; publish it if it changed; record what happened."""
        if before is None:
            parent.add_child(instance=page)
            page.save_revision().publish()
            report.created.append(slug)
        elif self.snapshot(page) != before:
            page.save_revision().publish()
            report.updated.append(slug)
        else:
            report.unchanged.append(slug)

    def run(self, path, dry_run=False):
        """Import `path`; raises ImportFailed (nothing written) if any row is wrong."""
        report = ImportReport(dry_run=dry_run)
        try:
            header, rows = read_table(path)
        except (UnreadableFile, OSError) as exc:
            report.errors.append(RowError(0, "file", _("cannot be read: %(reason)s") % {"reason": exc}))
            raise ImportFailed(report) from exc
        if not any(header):
            report.errors.append(
                RowError(0, "file", _("no rows: the file is empty (the first row names the columns, each further row is one item)"))
            )
            raise ImportFailed(report)
        missing = self.missing_columns(header)
        report.errors = missing + self.unknown_columns(header)
        if not missing:
            if not rows:
                report.errors.append(RowError(0, "file", _("no rows: there is nothing under the first row (the column names)")))
            report.errors += self.check(rows)
        if report.errors:
            raise ImportFailed(report)
        with translation.override(settings.LANGUAGE_CODE), read_model.deferred(), transaction.atomic():
            for done, (number, row) in enumerate(rows, start=1):
                try:
                    with transaction.atomic():
                        self.apply(number, row, report)
                except (ValidationError, DatabaseError) as exc:
                    # A rule the checks did not foresee: the rows already written are rolled back too.
                    transaction.set_rollback(True)
                    message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
                    report.errors.append(RowError(number, "row", _("cannot be saved: %(reason)s") % {"reason": message}))
                    report.created, report.updated, report.unchanged = [], [], []
                    raise ImportFailed(report) from exc
                if self.progress:
                    self.progress(done, len(rows))
            if dry_run:
                transaction.set_rollback(True)
        return report
