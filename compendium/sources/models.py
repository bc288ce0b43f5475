"""Sources and citations: every fact the content states can be traced to a document or web page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable

from compendium.core import dates


class Source(models.Model):
    """A document or web page the content is written from, with where to read it."""

    class Kind(models.TextChoices):
        DOCUMENT = "document", _("Document")
        WEB_PAGE = "web-page", _("Web page")

    slug = models.SlugField(_("slug"), max_length=80, unique=True, help_text=_("A short stable name, used by imports and the demo data."))
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.DOCUMENT)
    publisher = models.CharField(_("publisher"), max_length=255, blank=True)
    date = models.DateField(_("date"), null=True, blank=True, help_text=_("As precisely as the source gives it; empty if it gives none."))
    date_precision = dates.precision_field(_("precision of the date"))
    url = models.URLField(_("link to the public original"), max_length=500, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file in the document library"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The text or file, where it may be shared."),
    )
    description = models.TextField(_("description"), blank=True, help_text=_("What the source is, in a sentence."))

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("publisher")]),
        MultiFieldPanel([FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")])], heading=_("Date")),
        FieldPanel("url"),
        FieldPanel("document"),
        FieldPanel("description"),
    ]

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.date = dates.normalise(self.date, self.date_precision)
        super().save(*args, **kwargs)

    @property
    def date_iso(self):
        return dates.iso(self.date, self.date_precision)

    @property
    def link(self):
        """Where a reader can open it: the public original, else the file in the document library."""
        if self.url:
            return self.url
        return self.document.url if self.document_id else ""

    def as_data(self):
        """The source for machines (exports, JSON-LD, API)."""
        return {
            "slug": self.slug,
            "title": self.title,
            "kind": self.kind,
            "publisher": self.publisher,
            "date": self.date_iso or None,
            "url": self.url or None,
            "document": self.document.url if self.document_id else None,
        }


class Citation(Orderable):
    """A page's citation of a source, with where in it (session, page, paragraph, slide)."""

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="citations")
    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="citations")
    locator = models.CharField(
        _("where in the source"), max_length=255, blank=True, help_text=_("Session, page, paragraph or slide, e.g. Session II.")
    )
    note = models.CharField(
        _("what it supports"),
        max_length=255,
        blank=True,
        help_text=_("The fact this citation backs when it is not the whole page, e.g. a figure, a quote or a stated need."),
    )

    panels = [FieldPanel("source"), FieldRowPanel([FieldPanel("locator"), FieldPanel("note")])]

    class Meta(Orderable.Meta):
        verbose_name = _("citation")
        verbose_name_plural = _("citations")

    def __str__(self):
        return f"{self.source} ({self.locator})" if self.locator else str(self.source)

    def as_data(self):
        return {**self.source.as_data(), "locator": self.locator, "note": self.note}


def citations_of(page):
    """A page's citations with their sources, in order (one query per page object: the list and the
    JSON-LD of a page share it)."""
    cached = getattr(page, "_cited_sources", None)
    if cached is None or cached[0] != page.pk:
        found = list(Citation.objects.filter(page_id=page.pk).select_related("source", "source__document").order_by("sort_order", "pk"))
        cached = (page.pk, found)
        page._cited_sources = cached
    return cached[1]
