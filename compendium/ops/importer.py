"""Bulk import of case studies from a spreadsheet (CSV or Excel), one row per case study.

Columns (see static/import/case-studies-template.csv): slug, title, country (the lead country's
ISO code), countries, programme, summary, body, lessons, principles, guarantees, themes, stage,
modalities, period_start, period_end, institutions, and translations as extra columns named
<field>_<language> (title_km, summary_lo, programme_th...). Lists are separated by "|".

All rows are checked first; any error stops the import with a report of every error (row
number, column, what is wrong) and nothing is written. Otherwise everything is written in one
transaction. Rows are matched by slug, so importing the same file again updates, never duplicates.
"""

import csv
import html
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, Comment
from django.conf import settings
from django.db import transaction
from django.utils import translation
from draftjs_exporter.error import ExporterException
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import RichText
from wagtail.rich_text import features as feature_registry

from casestudies.models import CaseStudyPage, CaseStudyPrinciple
from compendium.ops.site_setup import ensure_site_structure
from compendium.pages.models import CountryPage
from compendium.taxonomy.models import Country, Guarantee, Modality, Principle, Stage, Theme
from compendium.taxonomy.validation import TaxonomyError, clean_codes

REQUIRED = ("slug", "title", "country", "summary", "themes")
LIST_COLUMNS = ("countries", "principles", "guarantees", "themes", "modalities", "lessons", "institutions")
TRANSLATED = ("title", "summary", "programme")
FACET_COLUMNS = {"principles": "principle", "guarantees": "guarantee", "themes": "theme", "modalities": "modality", "stage": "stage"}
KNOWN = {
    "slug",
    "title",
    "country",
    "countries",
    "programme",
    "summary",
    "body",
    "lessons",
    "principles",
    "guarantees",
    "themes",
    "stage",
    "modalities",
    "period_start",
    "period_end",
    "institutions",
}


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


def read_rows(path):
    """[(row number as a person counts it, {column: text})] from a .csv or .xlsx file."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).active
        rows = list(sheet.iter_rows(values_only=True))
        if not rows:
            return []
        header = [str(cell or "").strip() for cell in rows[0]]
        return [
            (number, {name: "" if value is None else str(value).strip() for name, value in zip(header, values, strict=False) if name})
            for number, values in enumerate(rows[1:], start=2)
            if any(value not in (None, "") for value in values)
        ]
    text = path.read_bytes().decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    return [
        (number, {key.strip(): (value or "").strip() for key, value in row.items() if key}) for number, row in enumerate(reader, start=2)
    ]


HTML_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?|/[a-zA-Z][a-zA-Z0-9-]*\s*|!--.*?--|![a-zA-Z][^<>]*)>", re.DOTALL)
BLOCK_START = re.compile(r"\s*</?(?:p|h[1-6]|ul|ol|li|div|blockquote|pre|table|section|article|hr)\b", re.IGNORECASE)
NOT_CONTENT = ("script", "style", "template", "noscript", "textarea", "title", "head", "iframe", "object", "svg", "math")


def clean_rich_text(value, features=None):
    """Rich text (database format) made from a spreadsheet cell, kept to what an editor could type.

    `value` is plain text or HTML. Plain text (anything without an HTML tag, e.g. "a < b & c") is
    escaped, so it reads as written. Paragraphs are separated by blank lines; a part that does not
    start with a block element (p, h2, ul...) becomes a paragraph. The result then makes the same
    round trip through Draftail's contentstate as the admin's editor does, with `features` (the
    field's rich-text features; Wagtail's defaults if None): only what those features allow stays
    (paragraphs, bold, italic, links with safe schemes, lists, allowed headings...), every other
    tag and attribute is dropped (script, style and similar elements with their content). The
    output is deterministic, so importing the same cell twice gives the same text.
    Raises ValueError if the HTML cannot be read.
    """
    parts = []
    for part in re.split(r"\n\s*\n", (value or "").strip()):
        part = part.strip()
        if not part:
            continue
        if not HTML_TAG.search(part):
            parts.append(f"<p>{html.escape(part, quote=False)}</p>")
        elif BLOCK_START.match(part):
            parts.append(part)
        else:
            parts.append(f"<p>{part}</p>")
    if not parts:
        return ""
    # Well-formed first (void and unclosed elements closed, stray end tags dropped), as the
    # converter expects from the editor; what is not content goes with its text.
    soup = BeautifulSoup("".join(parts), "html.parser")
    for element in soup.find_all(NOT_CONTENT):
        element.decompose()
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    converter = ContentstateConverter(features if features is not None else feature_registry.get_default_features())
    try:
        contentstate = json.loads(converter.from_database_format(str(soup)))
        contentstate["blocks"] = [
            dict(block, key=None)  # no random block keys: the same cell always gives the same text
            for block in contentstate["blocks"]
            if block["text"].strip()
            or block["entityRanges"]
            or block["type"] not in ("unstyled", "unordered-list-item", "ordered-list-item")
        ]
        return converter.to_database_format(json.dumps(contentstate)) if contentstate["blocks"] else ""
    except (AssertionError, ExporterException) as exc:  # tags that do not nest as the editor's would
        raise ValueError(str(exc) or type(exc).__name__) from exc


def clean_rich_text_list(value, features=None):
    """A "|"-separated cell as a bulleted list of rich text, each item escaped or sanitised like
    clean_rich_text (a cell that already holds an HTML list is sanitised as it is)."""
    if re.search(r"<(?:ul|ol)\b", value or "", re.IGNORECASE):
        return clean_rich_text(value, features)
    items = [item if HTML_TAG.search(item) else html.escape(item, quote=False) for item in split(value)]
    if not items:
        return ""
    return clean_rich_text("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>", features)


def split(value):
    return [part.strip() for part in (value or "").split("|") if part.strip()]


class Importer:
    def __init__(self, progress=None):
        self.progress = progress
        self.vocabularies = {
            "principles": {term.code: term for term in Principle.objects.all()},
            "guarantees": {term.slug: term for term in Guarantee.objects.all()},
            "themes": {term.slug: term for term in Theme.objects.all()},
            "modalities": {term.slug: term for term in Modality.objects.all()},
            "stage": {term.slug: term for term in Stage.objects.all()},
        }
        self.countries = {country.iso2: country for country in Country.objects.all()}
        self.languages = [code for code in settings.LANGUAGE_CODES if code != settings.LANGUAGE_CODE]

    def check(self, rows):
        """Every error of every row; an empty list means the file can be imported."""
        errors, seen = [], {}
        translated_columns = {f"{name}_{language}" for name in TRANSLATED for language in self.languages}
        for number, row in rows:
            for column in row:
                if column not in KNOWN and column not in translated_columns:
                    errors.append(RowError(number, column, "unknown column"))
            for column in REQUIRED:
                if not row.get(column):
                    errors.append(RowError(number, column, "required"))
            slug = row.get("slug", "")
            if slug:
                if slug != slug.lower() or not all(char.isalnum() or char == "-" for char in slug):
                    errors.append(RowError(number, "slug", "use lower-case letters, digits and hyphens only"))
                if slug in seen:
                    errors.append(RowError(number, "slug", f"already used on row {seen[slug]}"))
                seen[slug] = number
            lead = row.get("country", "").upper()
            for value in self.unknown("country", [lead] if lead else [], self.countries):
                errors.append(RowError(number, "country", f"unknown country code “{value}”"))
            for value in self.unknown("country", split(row.get("countries")), self.countries):
                errors.append(RowError(number, "countries", f"unknown country code “{value}”"))
            for column, facet in FACET_COLUMNS.items():
                values = split(row.get(column)) if column in LIST_COLUMNS else [row[column]] if row.get(column) else []
                for value in self.unknown(facet, values, self.vocabularies[column]):
                    errors.append(RowError(number, column, f"unknown value “{value}”"))
            for column in ("period_start", "period_end"):
                value = row.get(column, "")
                if value and not (value.isdigit() and 1900 <= int(value) <= 2100):
                    errors.append(RowError(number, column, "a year between 1900 and 2100"))
            if (
                row.get("period_start", "").isdigit()
                and row.get("period_end", "").isdigit()
                and int(row["period_end"]) < int(row["period_start"])
            ):
                errors.append(RowError(number, "period_end", "before period_start"))
            for column in ("body", "lessons"):
                try:
                    self.rich_text(column, row)
                except ValueError as exc:
                    errors.append(RowError(number, column, f"the HTML cannot be read ({exc})"))
            if len(row.get("summary", "")) > 600:
                errors.append(RowError(number, "summary", "at most 600 characters"))
            if slug and lead in self.countries:
                existing = CaseStudyPage.objects.filter(slug=slug).select_related().first()
                if existing and getattr(existing.get_parent().specific, "country", None) != self.countries[lead]:
                    errors.append(RowError(number, "slug", "already used by a case study of another country"))
        return errors

    def apply(self, number, row, report):
        lead = self.countries[row["country"].upper()]
        profile = CountryPage.objects.filter(country=lead).first()
        if profile is None:
            parent = ensure_site_structure()["countries"]
            profile = CountryPage(title_en=lead.name, slug=lead.iso2.lower(), country=lead)
            parent.add_child(instance=profile)
            profile.save_revision().publish()
        page = CaseStudyPage.objects.child_of(profile).filter(slug=row["slug"]).first()
        created = page is None
        if created:
            page = CaseStudyPage(slug=row["slug"])
        before = self.snapshot(page) if not created else None
        page.title_en = row["title"]
        page.summary_en = row["summary"]
        page.programme_name_en = row.get("programme", "")
        for name in TRANSLATED:
            for language in self.languages:
                value = row.get(f"{name}_{language}")
                if value is not None:
                    target = "programme_name" if name == "programme" else name
                    setattr(page, build_localized_fieldname(target, language), value)
        paragraphs = self.rich_text("body", row)
        page.body_en = [("paragraph", RichText(paragraphs))] if paragraphs else []
        page.lessons_en = self.rich_text("lessons", row)
        page.institutions_en = "\n".join(split(row.get("institutions")))
        page.period_start = int(row["period_start"]) if row.get("period_start") else None
        page.period_end = int(row["period_end"]) if row.get("period_end") else None
        page.stage = self.vocabularies["stage"].get(row.get("stage"))
        page.countries = [lead] + [self.countries[code.upper()] for code in split(row.get("countries")) if code.upper() != lead.iso2]
        page.themes = [self.vocabularies["themes"][value] for value in split(row.get("themes"))]
        page.guarantees = [self.vocabularies["guarantees"][value] for value in split(row.get("guarantees"))]
        page.modalities = [self.vocabularies["modalities"][value] for value in split(row.get("modalities"))]
        wanted = split(row.get("principles"))
        if [link.principle.code for link in page.principle_links.all()] != wanted:
            page.principle_links.clear()
            for order, code in enumerate(wanted):
                page.principle_links.add(CaseStudyPrinciple(principle=self.vocabularies["principles"][code], sort_order=order))
        if created:
            profile.add_child(instance=page)
            page.save_revision().publish()
            report.created.append(row["slug"])
        elif self.snapshot(page) != before:
            page.save_revision().publish()
            report.updated.append(row["slug"])
        else:
            report.unchanged.append(row["slug"])

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
    def rich_text(column, row):
        """The body or lessons cell as sanitised rich text, with the features of the field it goes
        into (what an editor could type there); ValueError if its HTML cannot be read."""
        if column == "body":
            features = CaseStudyPage._meta.get_field("body").stream_block.child_blocks["paragraph"].features
            return clean_rich_text(row.get("body", ""), features)
        return clean_rich_text_list(row.get("lessons", ""), CaseStudyPage._meta.get_field("lessons").features)

    @staticmethod
    def snapshot(page):
        fields = [
            name
            for name in ("title", "summary", "programme_name", "lessons", "institutions")
            for name in (build_localized_fieldname(name, code) for code in settings.LANGUAGE_CODES)
        ]
        values = {name: getattr(page, name, None) or "" for name in fields}
        values.update(
            body=[(block.block_type, getattr(block.value, "source", str(block.value))) for block in page.body_en or []],
            period=(page.period_start, page.period_end),
            stage=page.stage_id,
            countries=sorted(country.pk for country in page.countries.all()),
            themes=sorted(term.pk for term in page.themes.all()),
            guarantees=sorted(term.pk for term in page.guarantees.all()),
            modalities=sorted(term.pk for term in page.modalities.all()),
            principles=[link.principle.code for link in page.principle_links.all()],
        )
        return values

    def run(self, path, dry_run=False):
        """Import `path`; raises ImportFailed (nothing written) if any row is wrong."""
        report = ImportReport(dry_run=dry_run)
        try:
            rows = read_rows(path)
        except (OSError, UnicodeDecodeError, csv.Error, ValueError, KeyError, zipfile.BadZipFile) as exc:
            report.errors.append(RowError(0, "file", f"cannot be read: {exc}"))
            raise ImportFailed(report) from exc
        report.errors = self.check(rows)
        if report.errors:
            raise ImportFailed(report)
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            for done, (number, row) in enumerate(rows, start=1):
                self.apply(number, row, report)
                if self.progress:
                    self.progress(done, len(rows))
            if dry_run:
                transaction.set_rollback(True)
        return report
