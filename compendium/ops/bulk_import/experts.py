"""Experts (reference-group members) from a spreadsheet, one row per expert, under the expert
directory.

Columns (static/import/experts-template.csv; README "Editors: bulk import"):
- slug, name, role: required.
- honorific, organisation, affiliation (national, international, donor, academia,
  social-partners, private; national if empty), country (ISO code: required for national
  affiliations, empty for international organisations and donors), themes, guarantees,
  languages (ISO 639-1 codes), bio, available and reference_group (yes/no; yes if empty),
  sources ("slug: where in it | slug").
- email, phone: private. Stored for staff to forward requests; never shown, indexed or exported.
- translations: name_<language>, role_<language>, organisation_<language>, bio_<language>.
"""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from compendium.ops.site_setup import ensure_site_structure
from compendium.taxonomy.models import Guarantee, Language, Theme
from experts.models import NATIONAL_KINDS, AffiliationKind, ExpertIndexPage, ExpertPage

from . import citations
from .base import RowImporter, set_translations
from .richtext import clean_rich_text, split

# column -> model field
TRANSLATED = {"name": "title", "role": "role", "organisation": "organisation", "bio": "bio"}
LENGTHS = {"name": 255, "role": 255, "organisation": 255, "honorific": 20, "phone": 40, "email": 254}


class ExpertImporter(RowImporter):
    required = ("slug", "name", "role")
    known = (
        "slug",
        "name",
        "honorific",
        "role",
        "organisation",
        "affiliation",
        "country",
        "themes",
        "guarantees",
        "languages",
        "bio",
        "available",
        "reference_group",
        "email",
        "phone",
        citations.COLUMN,
    )
    translated = tuple(TRANSLATED)

    def __init__(self, progress=None):
        super().__init__(progress)
        self.vocabularies = {
            "themes": ("theme", {term.slug: term for term in Theme.objects.all()}),
            "guarantees": ("guarantee", {term.slug: term for term in Guarantee.objects.all()}),
            "languages": ("language", {term.code: term for term in Language.objects.all()}),
        }
        self.citations = citations.Citations()
        self.index = ExpertIndexPage.objects.first()

    def check_row(self, row):
        errors = []
        kind = row.get("affiliation") or AffiliationKind.NATIONAL
        if kind not in AffiliationKind.values:
            errors.append(
                (
                    "affiliation",
                    _("unknown value “%(value)s”: use %(choices)s") % {"value": kind, "choices": ", ".join(AffiliationKind.values)},
                )
            )
        errors += self.unknown_countries("country", row, single=True)
        if kind in NATIONAL_KINDS and not row.get("country"):
            errors.append(("country", _("a national affiliation needs the country whose experience the expert brings")))
        if kind in AffiliationKind.values and kind not in NATIONAL_KINDS and row.get("country"):
            errors.append(("country", _("leave it empty: staff of international organisations and donors bring no country’s experience")))
        for column, (facet, known) in self.vocabularies.items():
            if facet == "language":
                errors += [
                    (column, _("unknown language code “%(value)s”") % {"value": value})
                    for value in split(row.get(column))
                    if value not in known
                ]
            else:
                errors += [
                    (column, _("unknown value “%(value)s”") % {"value": value})
                    for value in self.unknown(facet, split(row.get(column)), known)
                ]
        if row.get("email"):
            try:
                validate_email(row["email"])
            except ValidationError:
                errors.append(("email", _("not an e-mail address")))
        for column in ("available", "reference_group"):
            errors += self.check_yes_no(row, column)
        for column, limit in LENGTHS.items():
            for name in [column] + ([f"{column}_{code}" for code in self.languages] if column in TRANSLATED else []):
                if len(row.get(name) or "") > limit:
                    errors.append((name, _("at most %(count)s characters") % {"count": limit}))
        for column in ["bio"] + [f"bio_{code}" for code in self.languages]:
            try:
                self.bio(row, column)
            except ValueError as exc:
                errors.append((column, _("the HTML cannot be read (%(error)s)") % {"error": exc}))
        errors += self.citations.check(row)
        if (
            self.index
            and row.get("slug")
            and self.index.get_children().filter(slug=row["slug"]).exclude(content_type__model="expertpage").exists()
        ):
            errors.append(("slug", _("already used by another kind of page in the same place")))
        return errors

    @staticmethod
    def bio(row, column="bio"):
        return clean_rich_text(row.get(column, ""), ExpertPage._meta.get_field("bio").features)

    def apply(self, number, row, report):
        index = self.index or ensure_site_structure()["experts"]
        page = ExpertPage.objects.child_of(index).filter(slug=row["slug"]).first()
        before = self.snapshot(page) if page is not None else None
        if page is None:
            page = ExpertPage(slug=row["slug"])
        page.title_en = row["name"]
        page.honorific = row.get("honorific", "")
        page.role_en = row["role"]
        page.organisation_en = row.get("organisation", "")
        page.bio_en = self.bio(row)
        for column, field_name in TRANSLATED.items():
            convert = (lambda value, column=column: self.bio({column: value}, column)) if column == "bio" else (lambda value: value)
            set_translations(page, row, column, field_name, self.languages, convert)
        page.affiliation_kind = row.get("affiliation") or AffiliationKind.NATIONAL
        if page.affiliation_id and page.affiliation.kind != page.affiliation_kind:
            page.affiliation = None  # the organisation record chosen in the admin no longer fits
        page.country = self.countries[row["country"].upper()] if row.get("country") else None
        page.themes = [self.vocabularies["themes"][1][value] for value in split(row.get("themes"))]
        page.guarantees = [self.vocabularies["guarantees"][1][value] for value in split(row.get("guarantees"))]
        page.languages = [self.vocabularies["languages"][1][value] for value in split(row.get("languages"))]
        page.available = self.yes_no(row, "available", True)
        page.reference_group = self.yes_no(row, "reference_group", True)
        page.email = row.get("email", "")
        page.phone = row.get("phone", "")
        self.citations.apply(page, row)
        self.publish(page, index, before, row["slug"], report)

    def snapshot(self, page):
        values = {
            build_localized_fieldname(field_name, code): getattr(page, build_localized_fieldname(field_name, code), None) or ""
            for field_name in TRANSLATED.values()
            for code in [self.default_language] + self.languages
        }
        values.update(
            {
                name: getattr(page, name)
                for name in (
                    "honorific",
                    "affiliation_kind",
                    "affiliation_id",
                    "country_id",
                    "available",
                    "reference_group",
                    "email",
                    "phone",
                )
            },
            themes=sorted(term.pk for term in page.themes.all()),
            guarantees=sorted(term.pk for term in page.guarantees.all()),
            languages=sorted(term.pk for term in page.languages.all()),
            citations=citations.snapshot(page),
        )
        return values
