"""The shared vocabulary every content type is tagged with (DESIGN.md, "Taxonomy").

Codes and slugs are part of the public contract (URLs, JSON, CSV), so they are fixed by data
migrations and never edited casually; labels are translatable.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel

from compendium.taxonomy import names


class TaxonomyTerm(models.Model):
    """A term of one of the controlled vocabularies; `key` is its public code or slug."""

    name = models.CharField(_("name"), max_length=255, help_text=_("Short label shown on tags and facets."))
    description = models.TextField(_("description"), blank=True, help_text=_("One or two sentences shown on hover and on chapter pages."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    key_field = "slug"

    class Meta:
        abstract = True
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name

    @property
    def key(self):
        return getattr(self, self.key_field)


class Principle(TaxonomyTerm):
    """One of the 18 guiding principles of Recommendation No. 202, Paragraph 3 (codes a to r)."""

    code = models.CharField(_("code"), max_length=1, unique=True, help_text=_("The letter of Paragraph 3 of R202, a to r."))
    key_field = "code"
    panels = [FieldPanel("code", read_only=True), FieldPanel("name"), FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("R202 principle")
        verbose_name_plural = _("R202 principles")
        ordering = ["code"]

    def __str__(self):
        return f"{self.code}. {self.name}"


class SluggedTerm(TaxonomyTerm):
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in URLs and the API; do not change."))
    panels = [FieldPanel("slug", read_only=True), FieldPanel("name"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta(TaxonomyTerm.Meta):
        abstract = True


class Guarantee(SluggedTerm):
    """One of the four basic social security guarantees of an SPF (R202 Paragraph 5)."""

    class Meta(SluggedTerm.Meta):
        verbose_name = _("SPF guarantee")
        verbose_name_plural = _("SPF guarantees")


class Theme(SluggedTerm):
    """A theme of the Good Practices Guide; each theme is one chapter."""

    class Meta(SluggedTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class Stage(SluggedTerm):
    """A stage in building a sustainable SPF, from advocacy to knowledge sharing."""

    class Meta(SluggedTerm.Meta):
        verbose_name = _("implementation stage")
        verbose_name_plural = _("implementation stages")


class Modality(SluggedTerm):
    """A way countries share experience: study tour, expert mission, triangular project..."""

    class Meta(SluggedTerm.Meta):
        verbose_name = _("cooperation modality")
        verbose_name_plural = _("cooperation modalities")


class Region(SluggedTerm):
    """A world region used to group countries (ASEAN, South Asia, Latin America...)."""

    class Meta(SluggedTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Language(models.Model):
    """A language people work in; names come from CLDR (through ICU) in the reader's language."""

    code = models.CharField(_("code"), max_length=12, unique=True, help_text=_("ISO 639-1 code, e.g. km for Khmer, lo for Lao."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    panels = [FieldPanel("code"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return self.name

    @property
    def key(self):
        return self.code

    @property
    def name(self):
        return names.language_name(self.code, get_language())


class Country(models.Model):
    """A country (ISO 3166-1 alpha-2), its region and the SPF coverage figures known for it."""

    code = CountryField(_("country"), unique=True)
    region = models.ForeignKey(Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="countries")
    coverage_percent = models.DecimalField(
        _("SPF coverage (%)"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Share of the population covered by at least one social protection benefit, when a source gives it."),
    )
    coverage_note = models.CharField(
        _("coverage source"), max_length=255, blank=True, help_text=_("Where the coverage figure comes from, and its year.")
    )
    languages = models.ManyToManyField(
        Language,
        verbose_name=_("working languages"),
        blank=True,
        related_name="countries",
        help_text=_("Languages officials work in; used to suggest partners who share a language."),
    )

    key_field = "iso2"
    panels = [
        FieldPanel("code", read_only=True),
        FieldPanel("region"),
        FieldPanel("coverage_percent"),
        FieldPanel("coverage_note"),
        FieldPanel("languages"),
    ]

    class Meta:
        # Not "code": modelcluster sorts in Python and CountryField values do not compare.
        # Rows are created in django-countries' (alphabetical) order.
        ordering = ["pk"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name

    @property
    def iso2(self):
        return str(self.code)

    @property
    def key(self):
        return self.iso2

    @property
    def name(self):
        return names.country_name(self.iso2, get_language())
