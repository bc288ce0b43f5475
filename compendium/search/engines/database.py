"""The database engine: the search tables and the database's own full-text index.

SQLite: an FTS5 external-content table ranked by bm25() (title weighted 10 to 1).
PostgreSQL: a generated tsvector column with a GIN index, ranked by ts_rank.
Both read the same segmented text (compendium.catalogue.text). The database answers which items
match the words and which page to show; the counts of each facet (over the other facets'
filters only) come from bitsets held in memory (compendium.search.facet_index).
"""

import re

from django.db import connection, transaction

from compendium.catalogue.models import SearchFacet, SearchItem, SearchText
from compendium.catalogue.text import bigrams, is_unspaced, words
from compendium.search import FACETS, SearchResults, facet_index

from .base import fallback_language, format_facets, result_from_item

MAX_QUERY_WORDS = 12
MATCHED = "spf_search_matched"
RANK_WINDOW = 2000  # PostgreSQL ranks at most this many matches with ts_rank (see _ranked_postgres)
POSTGRES_CONFIGS = {"en": "english", "fr": "french", "es": "spanish", "pt": "portuguese", "id": "indonesian"}
_NOT_WORD = re.compile(r"[^\w]", re.UNICODE)


def query_words(text):
    """The distinct words of a query, at most MAX_QUERY_WORDS, in order."""
    return list(dict.fromkeys(words(text)))[:MAX_QUERY_WORDS]


def _fts5_phrase(tokens):
    return '"' + " ".join(token.replace('"', '""') for token in tokens) + '"'


def sqlite_match_expression(text):
    """An FTS5 MATCH expression: every word must match (AND). Never raw user syntax."""
    clauses = []
    for word in query_words(text):
        if is_unspaced(word):
            clauses.append(f"grams : {_fts5_phrase(bigrams(word))}" + ("*" if len(word) == 1 else ""))
        else:
            clauses.append("{title_terms terms} : " + _fts5_phrase([word]) + ("*" if len(word) >= 3 else ""))
    return " AND ".join(clauses)


def postgres_match(text, language):
    """(SQL producing a tsquery, params) with every word required."""
    parts, params = [], []
    for word in query_words(text):
        if is_unspaced(word):
            parts.append("phraseto_tsquery('simple', %s)")
            params.append(" ".join(bigrams(word)))
            continue
        lexeme = _NOT_WORD.sub("", word)
        if not lexeme:
            continue
        configs = dict.fromkeys([POSTGRES_CONFIGS.get(language, "simple"), "english"])
        alternatives = ["to_tsquery('simple', %s)"] + [f"plainto_tsquery('{config}', %s)" for config in configs]
        parts.append("(" + " || ".join(alternatives) + ")")
        params.extend([f"{lexeme}:*", *([word] * len(configs))])
    return " && ".join(parts), params


class DatabaseEngine:
    """Full-text matching in the reader's language and English, facets by SQL aggregates."""

    unavailable_errors = ()

    def rebuild(self):
        pass  # the tables are the index: nothing to mirror

    def on_indexed(self, item):
        pass

    def on_removed(self, item_ids):
        pass

    def match_sql(self, query):
        """(SQL selecting item_id and score — lower is better —, params), or None when nothing can match.

        On PostgreSQL the score is left NULL here: ranking every match with ts_rank is the costly
        part, so only the filtered matches of the page asked for are ranked (see _ranked_postgres).
        """
        languages = sorted({query.language, fallback_language()})
        placeholders = ", ".join(["%s"] * len(languages))
        if connection.vendor == "postgresql":
            tsquery, params = postgres_match(query.text, query.language)
            if not tsquery:
                return None
            # The GIN index first, then the language (the materialised step keeps the planner from
            # starting at the language index and testing every vector of that language instead).
            sql = (
                f"WITH hits AS MATERIALIZED (SELECT t.item_id, t.language FROM {SearchText._meta.db_table} t "
                f"WHERE t.vector @@ ({tsquery})) "
                f"SELECT item_id, NULL::double precision AS score FROM hits WHERE language IN ({placeholders})"
            )
            return sql, [*params, *languages]
        expression = sqlite_match_expression(query.text)
        if not expression:
            return None
        # bm25() must run in the query that scans the FTS table, hence the materialised step.
        sql = (
            f"SELECT t.item_id, MIN(f.score) AS score FROM ("
            f"SELECT rowid, bm25(compendium_searchtext_fts, 10.0, 1.0, 1.0) AS score FROM compendium_searchtext_fts "
            f"WHERE compendium_searchtext_fts MATCH %s LIMIT -1) f "
            f"JOIN {SearchText._meta.db_table} t ON t.id = f.rowid WHERE t.language IN ({placeholders}) GROUP BY t.item_id"
        )
        return sql, [expression, *languages]

    @staticmethod
    def _filter(items, filters):
        for facet, values in filters.items():
            if values:
                items = items.filter(pk__in=SearchFacet.objects.filter(facet=facet, value__in=values).values("item_id"))
        return items

    def search(self, query):
        index = facet_index.current()
        if not query.text:
            return self._search(query, index, index.every_item)
        matched = self.match_sql(query)
        if matched is None:
            return self._empty(query)
        if connection.vendor == "postgresql":
            with transaction.atomic(), connection.cursor() as cursor:
                # A common word matches most rows, and the planner then prefers a sequential scan,
                # not counting that it must unpack every row's (TOASTed) tsvector to test it: 2.5 to
                # 3 times slower than the GIN index, which answers without reading the vectors.
                cursor.execute("SET LOCAL enable_seqscan = off")
                cursor.execute(*matched)
                ids = [row[0] for row in cursor.fetchall()]
                cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")
            return self._search(query, index, facet_index.bits_of(ids) & index.every_item)
        # SQLite: the full-text match runs once; its (item, bm25 score) rows go to a temporary
        # table that the page query ranks by (temporary tables are private to the connection).
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {MATCHED} (item_id bigint PRIMARY KEY, score double precision)")
            cursor.execute(f"DELETE FROM {MATCHED}")
            cursor.execute(f"INSERT INTO {MATCHED} (item_id, score) {matched[0]}", matched[1])
            cursor.execute(f"SELECT item_id FROM {MATCHED}")
            ids = [row[0] for row in cursor.fetchall()]
        try:
            return self._search(query, index, facet_index.bits_of(ids) & index.every_item)
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {MATCHED}")

    def _search(self, query, index, matched):
        """Counts from the facet bitsets (compendium.search.facet_index), one page from SQL.

        `matched` holds the bits of the items the text matched (every item without text).
        """
        # A facet with a value chosen is counted over the other filters (so its other values stay
        # reachable); every facet with nothing chosen over the filtered set.
        chosen = [facet for facet in FACETS if query.filters.get(facet)]
        filtered = matched & index.chosen(query.filters)
        counts = index.counts(filtered, [facet for facet in FACETS if facet not in chosen])
        for facet in chosen:
            counts.update(index.counts(matched & index.chosen(query.filters, skip=facet), [facet]))
        count = filtered.bit_count()

        page_items = self._page(query, filtered, count) if count else []
        texts = {}
        for text in SearchText.objects.filter(
            item__in=[item.pk for item in page_items], language__in={query.language, fallback_language()}
        ).only("item_id", "language", "title", "summary"):
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

    def _page(self, query, filtered, count):
        """The search items of the page asked for: by relevance with text, newest first without."""
        start = (query.page - 1) * query.per_page
        if not query.text:
            return list(self._filter(SearchItem.objects.all(), query.filters).order_by("-date", "-pk")[start : start + query.per_page])
        if connection.vendor == "postgresql":
            ids = self._ranked_postgres(query, facet_index.ids_of(filtered), count, start)
        else:
            filtered_sql, filtered_params = self._filter(SearchItem.objects.all(), query.filters).values("pk").query.sql_with_params()
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT m.item_id FROM {MATCHED} m WHERE m.item_id IN ({filtered_sql}) "
                    f"ORDER BY m.score, m.item_id DESC LIMIT %s OFFSET %s",
                    [*filtered_params, query.per_page, start],
                )
                ids = [row[0] for row in cursor.fetchall()]
        by_id = SearchItem.objects.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]

    def _ranked_postgres(self, query, ids, count, start):
        """One page of `ids` (the filtered matches), ranked with ts_rank.

        ts_rank reads each match's vector, so it ranks the RANK_WINDOW newest matches; past them
        (a word found in most of 100,000 items) the matches follow newest first. The count and
        the facets still cover every match.
        """
        languages = sorted({query.language, fallback_language()})
        placeholders = ", ".join(["%s"] * len(languages))
        items = SearchItem._meta.db_table
        newest = f"SELECT id FROM {items} WHERE id = ANY(%s) ORDER BY date DESC NULLS LAST, id DESC"
        page = []
        with connection.cursor() as cursor:
            if start < min(count, RANK_WINDOW):
                tsquery, params = postgres_match(query.text, query.language)
                cursor.execute(
                    f"SELECT t.item_id FROM {SearchText._meta.db_table} t, (SELECT {tsquery} AS query) q "
                    f"WHERE t.item_id IN ({newest} LIMIT {RANK_WINDOW}) AND t.language IN ({placeholders}) AND t.vector @@ q.query "
                    f"GROUP BY t.item_id ORDER BY MAX(ts_rank(t.vector, q.query)) DESC, t.item_id DESC LIMIT %s OFFSET %s",
                    [*params, ids, *languages, min(query.per_page, RANK_WINDOW - start), start],
                )
                page = [row[0] for row in cursor.fetchall()]
            if len(page) < query.per_page and count > RANK_WINDOW:
                cursor.execute(f"{newest} LIMIT %s OFFSET %s", [ids, query.per_page - len(page), max(start, RANK_WINDOW)])
                page += [row[0] for row in cursor.fetchall()]
        return page

    def _empty(self, query):
        return SearchResults(
            count=0, results=[], facets=format_facets({}, query.filters, query.language), page=query.page, per_page=query.per_page
        )
