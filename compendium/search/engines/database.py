"""The database engine: the search tables queried with the ORM, on SQLite or PostgreSQL."""

from django.db.models import Count

from compendium.models import SearchFacet, SearchItem, SearchText
from compendium.search import FACETS, SearchResults
from compendium.search.text import words

from .base import fallback_language, format_facets, result_from_item


class DatabaseEngine:
    """Matches every query word against the segmented terms of the reader's language and English."""

    unavailable_errors = ()

    def reset(self):
        pass

    def on_indexed(self, item):
        pass

    def on_removed(self, item_ids):
        pass

    def matching_items(self, query):
        """Item ids matching the text (None when there is no text: everything matches)."""
        query_words = words(query.text)
        if not query.text:
            return None
        texts = SearchText.objects.filter(language__in={query.language, fallback_language()})
        if not query_words:
            return SearchText.objects.none().values("item_id")
        for word in query_words:
            texts = texts.filter(terms__contains=word)
        return texts.values("item_id")

    @staticmethod
    def _filter(items, filters, skip=None):
        for facet, values in filters.items():
            if facet != skip and values:
                items = items.filter(pk__in=SearchFacet.objects.filter(facet=facet, value__in=values).values("item_id"))
        return items

    def search(self, query):
        items = SearchItem.objects.all()
        matched = self.matching_items(query)
        if matched is not None:
            items = items.filter(pk__in=matched)
        filtered = self._filter(items, query.filters)
        count = filtered.count()

        counts = {}
        for facet in FACETS:
            scope = self._filter(items, query.filters, skip=facet)
            rows = (
                SearchFacet.objects.filter(facet=facet, item__in=scope.values("pk"))
                .values("value")
                .annotate(n=Count("item_id", distinct=True))
            )
            counts[facet] = {row["value"]: row["n"] for row in rows}

        start = (query.page - 1) * query.per_page
        page_items = list(filtered.order_by("-date", "-pk")[start : start + query.per_page])
        texts = {}
        for text in SearchText.objects.filter(item__in=page_items, language__in={query.language, fallback_language()}):
            if text.language == query.language or text.item_id not in texts:
                texts[text.item_id] = text
        results = [
            result_from_item(item, texts[item.pk].title, texts[item.pk].summary, query.language) for item in page_items if item.pk in texts
        ]
        return SearchResults(
            count=count,
            results=results,
            facets=format_facets(counts, query.filters, query.language),
            page=query.page,
            per_page=query.per_page,
        )
