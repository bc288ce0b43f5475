"""The denormalised search index: one item per published page, its facet values, its text per language.

Maintained on publish/unpublish/delete (compendium.catalogue.indexing); read by the faceted search
engines (compendium.search.engines). Keeping facets apart from text lets facet counts be plain
SQL aggregates over the filtered set, whatever the number of languages.
"""

from django.db import models
from wagtail.models import Page

# The facets every item carries and the kinds of item: the store's vocabulary, which search reads.
FACETS = ("country", "principle", "guarantee", "theme", "stage", "type")
TYPES = ("case-study", "expert", "event", "project", "chapter", "exchange")
# Kept with the facets but not one: a case study's lead country (search ranks it first for its country).
STORED_FACETS = (*FACETS, "lead")


class SearchItem(models.Model):
    """A searchable page (case study, expert, event, project or chapter) with what a result card needs."""

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="search_item")
    kind = models.CharField(max_length=20, db_index=True)
    path = models.CharField(max_length=512, help_text="URL path after the language prefix.")
    date = models.DateField(null=True, db_index=True)
    reviewed = models.DateField(null=True, db_index=True, help_text="When an editor last checked the page against its sources.")
    languages = models.CharField(max_length=100, default="en", help_text="Languages the page is translated into.")
    facets = models.JSONField(default=dict, help_text="Facet values by facet name, for result cards.")
    analysis = models.PositiveSmallIntegerField(
        default=0, help_text="The text analysis the item was indexed with (compendium.catalogue.indexing.ANALYSIS)."
    )

    class Meta:
        indexes = [models.Index(fields=["kind", "date"])]

    def __str__(self):
        return f"{self.kind} {self.path}"


class SearchFacet(models.Model):
    """One facet value of an item, e.g. (country, KH) or (principle, e)."""

    item = models.ForeignKey(SearchItem, on_delete=models.CASCADE, related_name="facet_values")
    facet = models.CharField(max_length=16)
    value = models.CharField(max_length=32)

    class Meta:
        indexes = [models.Index(fields=["facet", "value", "item"]), models.Index(fields=["item", "facet"])]
        constraints = [models.UniqueConstraint(fields=["item", "facet", "value"], name="unique_item_facet_value")]

    def __str__(self):
        return f"{self.facet}={self.value}"


class SearchText(models.Model):
    """An item's text in one language it is written in; `terms` is the segmented form engines match."""

    item = models.ForeignKey(SearchItem, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(max_length=10)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    title_terms = models.TextField(blank=True, help_text="The title and programme name as index tokens (and their bigrams).")
    tag_terms = models.TextField(blank=True, help_text="The labels of the item's tags in every language, as index tokens.")
    terms = models.TextField(blank=True, help_text="The body as index tokens: segmented, stemmed, accents folded.")
    grams = models.TextField(blank=True, help_text="Character bigrams of the body's unspaced scripts (km, lo, th, my, zh).")
    title_key = models.CharField(
        max_length=255, blank=True, help_text="The title alone as index tokens (cut at 255 characters): an exact title is one lookup."
    )

    class Meta:
        indexes = [models.Index(fields=["language", "item"]), models.Index(fields=["title_key"], name="searchtext_title_key")]
        constraints = [models.UniqueConstraint(fields=["item", "language"], name="unique_item_language")]

    def __str__(self):
        return f"{self.language}: {self.title}"


class SearchWord(models.Model):
    """A word (normalised, accents folded, not stemmed) of the indexed text in one language: the
    vocabulary a misspelt query word is corrected against (compendium.search.spelling).

    Kept as pages are indexed; a word of content since removed stays until the index is rebuilt,
    which costs nothing but a suggestion that finds nothing (and is then not offered)."""

    language = models.CharField(max_length=10)
    word = models.CharField(max_length=64)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="unique_search_word")]

    def __str__(self):
        return f"{self.language}: {self.word}"
