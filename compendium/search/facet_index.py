"""Facet counts from bitsets held in memory: per facet value, one integer whose bit i is set when
the search item with primary key i has that value.

At N = 100,000 a query matching most items joined about a million facet rows in SQL for each
facet scope (100 to 600 ms a search). With bitsets a scope is a few ANDs and each count one
popcount: about a millisecond for every value of every facet. The index is read from the
SearchFacet rows in one aggregate query, kept in each process's memory for one version of the
search index (compendium.core.versions "search", bumped by compendium.catalogue.indexing) and costs
about 20 KB per value at N = 100,000 (a few MB in all).
"""

from array import array
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.models import Case, F, Value, When

from compendium.catalogue.models import STORED_FACETS, SearchFacet, SearchItem, SearchText
from compendium.core import versions
from compendium.core.bitsets import bits_of

TIE_BREAK_KINDS = ("case-study", "chapter", "event", "project", "expert")


@dataclass(frozen=True)
class FacetIndex:
    bits: dict  # (facet, value) -> int, bit i set when item i has the value
    every_item: int  # bit i set for every item in the index
    order: array = None  # order[i]: item i's position in the ranking's last tie-break (see current())
    kinds: array = None  # kinds[i]: the place of item i's kind in TIE_BREAK_KINDS
    text_items: array = None  # text_items[r]: the item of SearchText row r (SQLite: full-text rowids -> items)
    text_languages: array = None  # text_languages[r]: the place of row r's language in settings.LANGUAGE_CODES
    language_items: dict = None  # language code -> bitset of the items with a text in that language

    def items_of_rows(self, rows, languages):
        """The bitset of the items of SearchText rows `rows` written in one of `languages`."""
        wanted = {settings.LANGUAGE_CODES.index(code) for code in languages}
        items, of_language = self.text_items, self.text_languages
        size = len(items)
        return bits_of(items[row] for row in rows if row < size and of_language[row] in wanted)

    def chosen(self, filters, skip=None):
        """The items passing every facet filter but `skip`'s: AND across facets, OR within one."""
        scope = self.every_item
        for facet, values in filters.items():
            if facet != skip and values:
                either = 0
                for value in values:
                    either |= self.bits.get((facet, value), 0)
                scope &= either
        return scope

    def counts(self, scope, facets):
        """{facet: {value: number of items of `scope` with it}} for `facets`, values with none left out."""
        counts = {facet: {} for facet in facets}
        for (facet, value), bits in self.bits.items():
            if facet in counts:
                n = (scope & bits).bit_count()
                if n:
                    counts[facet][value] = n
        return counts


@versions.memoize("search")
def current():
    """The FacetIndex of the search tables as they are now (rebuilt once per change of the index)."""
    facet_table = SearchFacet._meta.db_table
    concat = "string_agg(item_id::text, ',')" if connection.vendor == "postgresql" else "group_concat(item_id)"
    placeholders = ", ".join(["%s"] * len(STORED_FACETS))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT facet, value, {concat} FROM {facet_table} WHERE facet IN ({placeholders}) GROUP BY facet, value", STORED_FACETS
        )
        bits = {(facet, value): bits_of(map(int, ids.split(","))) for facet, value, ids in cursor.fetchall()}
    # Every item has exactly one type (compendium.catalogue.indexing), so the types together are every item.
    every_item = 0
    for (facet, _value), item_bits in bits.items():
        if facet == "type":
            every_item |= item_bits
    # The ranking's last tie-break, as an array indexed by primary key (4 bytes an item, read once
    # per change): experience first (case studies, then the Guide's chapters, events, experts),
    # then newest first.
    kinds = Case(*(When(kind=kind, then=Value(i)) for i, kind in enumerate(TIE_BREAK_KINDS)), default=Value(len(TIE_BREAK_KINDS)))
    ordered = SearchItem.objects.order_by(kinds, F("date").desc(nulls_last=True), "-pk")
    newest = list(ordered.values_list("pk", "kind").iterator(chunk_size=10000))
    size = (max(pk for pk, _kind in newest) + 1) if newest else 0
    order = array("l", [len(newest)]) * size
    kinds = array("b", [len(TIE_BREAK_KINDS)]) * size
    rank_of_kind = {kind: i for i, kind in enumerate(TIE_BREAK_KINDS)}
    for position, (pk, kind) in enumerate(newest):
        order[pk] = position
        kinds[pk] = rank_of_kind.get(kind, len(TIE_BREAK_KINDS))
    text_items, text_languages = array("l"), array("b")
    if connection.vendor == "sqlite":  # PostgreSQL answers with item ids (see engines/database.py)
        rows = list(SearchText.objects.values_list("pk", "item_id", "language").iterator(chunk_size=20000))
        size = (max(pk for pk, _item, _language in rows) + 1) if rows else 0
        text_items, text_languages = array("l", [0]) * size, array("b", [-1]) * size
        position = {code: i for i, code in enumerate(settings.LANGUAGE_CODES)}
        for pk, item_id, language in rows:
            text_items[pk], text_languages[pk] = item_id, position.get(language, -1)
    text_table = SearchText._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT language, {concat} FROM {text_table} GROUP BY language")
        language_items = {language: bits_of(map(int, ids.split(","))) for language, ids in cursor.fetchall()}
    return FacetIndex(
        bits=bits,
        every_item=every_item,
        order=order,
        kinds=kinds,
        text_items=text_items,
        text_languages=text_languages,
        language_items=language_items,
    )
