"""Case studies from a spreadsheet (CSV or Excel), one row per case study.

Columns (static/import/case-studies-template.csv; README "Editors: bulk import"):
- slug, title, country (the lead country's ISO code), summary, themes: required.
- countries, programme, body, lessons, principles, guarantees, themes, stage, modalities,
  period_start, period_end, institutions. Lists are separated by "|".
- figure_<n>_value, figure_<n>_label (n = 1, 2, 3...): the coverage figures, in the order of n,
  e.g. figure_1_value "7.2 million", figure_1_label "households covered".
- principle_<code> (principle_a ... principle_r): how the experience serves that R202 principle;
  a filled cell also tags the principle, as listing it under `principles` does.
- sources: citations of the source library, "slug: where in it | slug" (see citations.py).
- translations: <column>_<language> for title, summary, programme, body, lessons, institutions,
  figure_<n>_label and principle_<code> (title_km, figure_1_label_lo, principle_a_th...).
Figures and sources are left as they are when the file has none of their columns; an
explanation or a figure's translation the file does not give is kept from the page.
"""

import re

from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.rich_text import RichText

from casestudies.models import CaseStudyFigure, CaseStudyPage, CaseStudyPrinciple
from compendium.ops.site_setup import ensure_site_structure
from compendium.pages.models import CountryPage
from compendium.taxonomy.models import Guarantee, Modality, Principle, Stage, Theme

from . import citations
from .base import RowImporter
from .richtext import clean_rich_text, clean_rich_text_list, split

LIST_COLUMNS = ("countries", "principles", "guarantees", "themes", "modalities", "lessons", "institutions")
FACET_COLUMNS = {"principles": "principle", "guarantees": "guarantee", "themes": "theme", "modalities": "modality", "stage": "stage"}
# column -> model field, for the translated columns
TRANSLATED = {
    "title": "title",
    "summary": "summary",
    "programme": "programme_name",
    "body": "body",
    "lessons": "lessons",
    "institutions": "institutions",
}
FIGURE = re.compile(r"^figure_(\d{1,2})_(value|label)(?:_(.+))?$")
PRINCIPLE = re.compile(r"^principle_([a-z])(?:_(.+))?$")
VALUE_MAX = CaseStudyFigure._meta.get_field("value").max_length
LABEL_MAX = CaseStudyFigure._meta.get_field("label").max_length


class CaseStudyImporter(RowImporter):
    required = ("slug", "title", "country", "summary", "themes")
    known = (
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
        citations.COLUMN,
    )
    translated = tuple(TRANSLATED)

    def __init__(self, progress=None):
        super().__init__(progress)
        self.vocabularies = {
            "principles": {term.code: term for term in Principle.objects.all()},
            "guarantees": {term.slug: term for term in Guarantee.objects.all()},
            "themes": {term.slug: term for term in Theme.objects.all()},
            "modalities": {term.slug: term for term in Modality.objects.all()},
            "stage": {term.slug: term for term in Stage.objects.all()},
        }
        self.citations = citations.Citations()

    def column_allowed(self, column):
        if super().column_allowed(column):
            return True
        for pattern in (FIGURE, PRINCIPLE):
            match = pattern.match(column)
            if match:
                language = match.groups()[-1]
                if pattern is FIGURE and language and match.group(2) != "label":
                    return False
                return language is None or language in self.languages
        return False

    def check_row(self, row):
        errors = []
        lead = row.get("country", "").upper()
        errors += self.unknown_countries("country", {"country": lead}, single=True)
        errors += self.unknown_countries("countries", row)
        for column, facet in FACET_COLUMNS.items():
            values = split(row.get(column)) if column in LIST_COLUMNS else [row[column]] if row.get(column) else []
            errors += [
                (column, _("unknown value “%(value)s”") % {"value": value})
                for value in self.unknown(facet, values, self.vocabularies[column])
            ]
        for column in ("period_start", "period_end"):
            value = row.get(column, "")
            if value and not (value.isdigit() and 1900 <= int(value) <= 2100):
                errors.append((column, _("a year between 1900 and 2100")))
        if (
            row.get("period_start", "").isdigit()
            and row.get("period_end", "").isdigit()
            and int(row["period_end"]) < int(row["period_start"])
        ):
            errors.append(("period_end", _("before %(column)s") % {"column": "period_start"}))
        for column in [name for name in ("body", "lessons") for name in [name] + [f"{name}_{code}" for code in self.languages]]:
            try:
                self.rich_text(column, row)
            except ValueError as exc:
                errors.append((column, _("the HTML cannot be read (%(error)s)") % {"error": exc}))
        for column in ["summary"] + [f"summary_{code}" for code in self.languages]:
            if len(row.get(column) or "") > 600:
                errors.append((column, _("at most %(count)s characters") % {"count": 600}))
        errors += self.check_figures(row)
        errors += self.check_principles(row)
        errors += self.citations.check(row)
        slug = row.get("slug", "")
        if slug and lead in self.countries:
            existing = CaseStudyPage.objects.filter(slug=slug).first()
            if existing and getattr(existing.get_parent().specific, "country", None) != self.countries[lead]:
                errors.append(("slug", _("already used by a case study of another country")))
        return errors

    @staticmethod
    def figure_numbers(row):
        return sorted({int(match.group(1)) for match in map(FIGURE.match, row) if match})

    def check_figures(self, row):
        errors = []
        for n in self.figure_numbers(row):
            value, label = row.get(f"figure_{n}_value", ""), row.get(f"figure_{n}_label", "")
            translations = [row.get(f"figure_{n}_label_{code}") for code in self.languages]
            if (label or any(translations)) and not value:
                errors.append((f"figure_{n}_value", _("a figure needs its value, e.g. 7.2 million")))
            if value and not label:
                errors.append((f"figure_{n}_label", _("a figure needs what it counts, e.g. households covered")))
            if len(value) > VALUE_MAX:
                errors.append((f"figure_{n}_value", _("at most %(count)s characters") % {"count": VALUE_MAX}))
            for column in [f"figure_{n}_label"] + [f"figure_{n}_label_{code}" for code in self.languages]:
                if len(row.get(column) or "") > LABEL_MAX:
                    errors.append((column, _("at most %(count)s characters") % {"count": LABEL_MAX}))
        return errors

    def check_principles(self, row):
        errors = []
        for column in row:
            match = PRINCIPLE.match(column)
            if match and match.group(1) not in self.vocabularies["principles"]:
                errors.append((column, _("unknown R202 principle “%(code)s”: use principle_a … principle_r") % {"code": match.group(1)}))
            elif match and match.group(2) and row[column] and not self.principle_wanted(row, match.group(1)):
                errors.append(
                    (
                        column,
                        _("a translation without the principle: fill %(column)s or list it under principles")
                        % {"column": f"principle_{match.group(1)}"},
                    )
                )
        return errors

    @staticmethod
    def principle_wanted(row, code):
        return code in split(row.get("principles")) or bool(row.get(f"principle_{code}"))

    def wanted_principles(self, row):
        """The principle codes of the row: those listed under `principles`, then those explained."""
        listed = split(row.get("principles"))
        explained = sorted(
            match.group(1)
            for match in map(PRINCIPLE.match, row)
            if match and not match.group(2) and row[match.string] and match.group(1) not in listed
        )
        return listed + explained

    def apply(self, number, row, report):
        lead = self.countries[row["country"].upper()]
        profile = CountryPage.objects.filter(country=lead).first()
        if profile is None:
            parent = ensure_site_structure()["countries"]
            profile = CountryPage(title_en=lead.name, slug=lead.iso2.lower(), country=lead)
            parent.add_child(instance=profile)
            profile.save_revision().publish()
        page = CaseStudyPage.objects.child_of(profile).filter(slug=row["slug"]).first()
        before = self.snapshot(page) if page is not None else None
        if page is None:
            page = CaseStudyPage(slug=row["slug"])
        page.title_en = row["title"]
        page.summary_en = row["summary"]
        page.programme_name_en = row.get("programme", "")
        paragraphs = self.rich_text("body", row)
        page.body_en = [("paragraph", RichText(paragraphs))] if paragraphs else []
        page.lessons_en = self.rich_text("lessons", row)
        page.institutions_en = "\n".join(split(row.get("institutions")))
        for column, field_name in TRANSLATED.items():
            for language in self.languages:
                if f"{column}_{language}" not in row:
                    continue
                value = row[f"{column}_{language}"]
                if column == "body":
                    text = self.rich_text(f"body_{language}", row)
                    value = [("paragraph", RichText(text))] if text else []
                elif column == "lessons":
                    value = self.rich_text(f"lessons_{language}", row)
                elif column == "institutions":
                    value = "\n".join(split(value))
                setattr(page, build_localized_fieldname(field_name, language), value)
        page.period_start = int(row["period_start"]) if row.get("period_start") else None
        page.period_end = int(row["period_end"]) if row.get("period_end") else None
        page.stage = self.vocabularies["stage"].get(row.get("stage"))
        page.countries = [lead] + [self.countries[code.upper()] for code in split(row.get("countries")) if code.upper() != lead.iso2]
        page.themes = [self.vocabularies["themes"][value] for value in split(row.get("themes"))]
        page.guarantees = [self.vocabularies["guarantees"][value] for value in split(row.get("guarantees"))]
        page.modalities = [self.vocabularies["modalities"][value] for value in split(row.get("modalities"))]
        self.apply_principles(page, row)
        self.apply_figures(page, row)
        self.citations.apply(page, row)
        self.publish(page, profile, before, row["slug"], report)

    def apply_principles(self, page, row):
        existing = {link.principle.code: link for link in page.principle_links.all()} if page.pk else {}
        links = []
        for order, code in enumerate(self.wanted_principles(row)):
            link = CaseStudyPrinciple(principle=self.vocabularies["principles"][code], sort_order=order)
            old = existing.get(code)
            for language in [self.default_language] + self.languages:
                column = f"principle_{code}" if language == self.default_language else f"principle_{code}_{language}"
                name = build_localized_fieldname("explanation", language)
                value = row[column] if column in row else getattr(old, name, None) if old else None
                setattr(link, name, value or ("" if language == self.default_language else None))
            links.append(link)
        if self.links_of(existing.values()) != self.links_of(links):
            page.principle_links.clear()
            for link in links:
                page.principle_links.add(link)

    def apply_figures(self, page, row):
        numbers = self.figure_numbers(row)
        if not numbers:
            return  # the file has no figure columns: the page keeps its figures
        existing = list(page.figures.all()) if page.pk else []
        figures = []
        for n in numbers:
            if not row.get(f"figure_{n}_value"):
                continue
            old = existing[len(figures)] if len(figures) < len(existing) else None
            figure = CaseStudyFigure(sort_order=len(figures), value=row[f"figure_{n}_value"], label_en=row[f"figure_{n}_label"])
            for language in self.languages:
                name = build_localized_fieldname("label", language)
                column = f"figure_{n}_label_{language}"
                setattr(figure, name, (row[column] or None) if column in row else getattr(old, name, None) if old else None)
            figures.append(figure)
        if self.figures_of(existing) != self.figures_of(figures):
            page.figures.clear()
            for figure in figures:
                page.figures.add(figure)

    def links_of(self, links):
        return [
            (
                link.principle.code,
                *[getattr(link, build_localized_fieldname("explanation", code)) or "" for code in [self.default_language] + self.languages],
            )
            for link in sorted(links, key=lambda link: link.sort_order)
        ]

    def figures_of(self, figures):
        return [
            (
                figure.value,
                *[getattr(figure, build_localized_fieldname("label", code)) or "" for code in [self.default_language] + self.languages],
            )
            for figure in figures
        ]

    def rich_text(self, column, row):
        """A body or lessons cell (`column` may carry a language) as sanitised rich text, with the
        features of the field it goes into (what an editor could type there); ValueError if its
        HTML cannot be read."""
        if column.startswith("body"):
            features = CaseStudyPage._meta.get_field("body").stream_block.child_blocks["paragraph"].features
            return clean_rich_text(row.get(column, ""), features)
        return clean_rich_text_list(row.get(column, ""), CaseStudyPage._meta.get_field("lessons").features)

    def snapshot(self, page):
        fields = [
            build_localized_fieldname(name, code)
            for name in ("title", "summary", "programme_name", "lessons", "institutions")
            for code in [self.default_language] + self.languages
        ]
        values = {name: getattr(page, name, None) or "" for name in fields}
        values.update(
            body={
                code: [
                    (block.block_type, getattr(block.value, "source", str(block.value)))
                    for block in getattr(page, build_localized_fieldname("body", code)) or []
                ]
                for code in [self.default_language] + self.languages
            },
            period=(page.period_start, page.period_end),
            stage=page.stage_id,
            countries=sorted(country.pk for country in page.countries.all()),
            themes=sorted(term.pk for term in page.themes.all()),
            guarantees=sorted(term.pk for term in page.guarantees.all()),
            modalities=sorted(term.pk for term in page.modalities.all()),
            principles=self.links_of(page.principle_links.all()),
            figures=self.figures_of(page.figures.all()),
            citations=citations.snapshot(page),
        )
        return values


# The command line's name for it (manage.py import_case_studies).
Importer = CaseStudyImporter
