"""The database engine: the search tables and the database's own full-text index.

SQLite: an FTS5 external-content table ranked by bm25() (title weighted 10 to 1).
PostgreSQL: a generated tsvector column with a GIN index, ranked by ts_rank.
Both read the same segmented text (compendium.search.text); facet counts are SQL aggregates
over the filtered set, each facet counted with the other facets' filters only.
"""

import re

from django.db import connection, transaction
from django.db.models import Count
from django.db.models.expressions import RawSQL

from compendium.models import SearchFacet, SearchItem, SearchText
from compendium.search import FACETS, SearchResults
from compendium.search.text import bigrams, is_unspaced, words

from .base import fallback_language, format_facets, result_from_item

MAX_QUERY_WORDS = 12
MATCHED = "spf_search_matched"
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
        part, so only the filtered set a page shows is ranked (see _page).
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
                f"SELECT DISTINCT item_id, NULL::double precision AS score FROM hits WHERE language IN ({placeholders})"
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

    def ranked_page_sql(self, query, filtered_sql, filtered_params, start):
        """PostgreSQL: rank only the filtered matches with ts_rank and return one page of ids."""
        languages = sorted({query.language, fallback_language()})
        placeholders = ", ".join(["%s"] * len(languages))
        tsquery, params = postgres_match(query.text, query.language)
        sql = (
            f"SELECT t.item_id FROM {SearchText._meta.db_table} t, (SELECT {tsquery} AS query) q "
            f"WHERE t.item_id IN ({filtered_sql}) AND t.language IN ({placeholders}) AND t.vector @@ q.query "
            f"GROUP BY t.item_id ORDER BY MAX(ts_rank(t.vector, q.query)) DESC, t.item_id DESC LIMIT %s OFFSET %s"
        )
        return sql, [*params, *filtered_params, *languages, query.per_page, start]

    @staticmethod
    def _filter(items, filters, skip=None):
        for facet, values in filters.items():
            if facet != skip and values:
                items = items.filter(pk__in=SearchFacet.objects.filter(facet=facet, value__in=values).values("item_id"))
        return items

    def search(self, query):
        if not query.text:
            return self._search(query, SearchItem.objects.all(), None)
        matched = self.match_sql(query)
        if matched is None:
            return self._empty(query)
        # The full-text match runs once: its (item, score) rows go to a temporary table that the
        # count, the six facet counts and the page query all join (8 full-text scans otherwise).
        # Temporary tables are private to the connection, so concurrent requests do not meet.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {MATCHED} (item_id bigint PRIMARY KEY, score double precision)")
            cursor.execute(f"DELETE FROM {MATCHED}")
            if connection.vendor == "postgresql":
                # A common word matches most rows, and the planner then prefers a sequential scan,
                # not counting that it must unpack every row's (TOASTed) tsvector to test it: 2.5 to
                # 3 times slower than the GIN index, which answers without reading the vectors.
                cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"INSERT INTO {MATCHED} (item_id, score) {matched[0]}", matched[1])
            if connection.vendor == "postgresql":
                cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")
        try:
            items = SearchItem.objects.filter(pk__in=RawSQL(f"SELECT item_id FROM {MATCHED}", []))
            return self._search(query, items, MATCHED)
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {MATCHED}")

    def _search(self, query, items, matched_table):
        filtered = self._filter(items, query.filters)
        counts = {facet: {} for facet in FACETS}
        # A facet with a value chosen is counted over the other filters (so its other values stay
        # reachable); every facet with nothing chosen over the same filtered set, in one query.
        chosen = [facet for facet in FACETS if query.filters.get(facet)]
        scopes = [([facet], self._filter(items, query.filters, skip=facet)) for facet in chosen]
        scopes.append(([facet for facet in FACETS if facet not in chosen], filtered))
        for facets, scope in scopes:
            rows = SearchFacet.objects.filter(facet__in=facets, item__in=scope.values("pk"))
            rows = rows.values("facet", "value").annotate(n=Count("item_id"))
            for row in rows:
                counts[row["facet"]][row["value"]] = row["n"]
        # Every item has exactly one type, so the type counts add up to the number of results.
        types = query.filters.get("type")
        count = sum(n for value, n in counts["type"].items() if not types or value in types)

        page_items = self._page(filtered, matched_table, query) if count else []
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

    def _page(self, filtered, matched_table, query):
        start = (query.page - 1) * query.per_page
        if matched_table is None:
            return list(filtered.order_by("-date", "-pk")[start : start + query.per_page])
        filtered_sql, filtered_params = filtered.values("pk").query.sql_with_params()
        if connection.vendor == "postgresql":
            sql, params = self.ranked_page_sql(query, filtered_sql, filtered_params, start)
        else:
            sql = (
                f"SELECT m.item_id FROM {matched_table} m WHERE m.item_id IN ({filtered_sql}) "
                f"ORDER BY m.score, m.item_id DESC LIMIT %s OFFSET %s"
            )
            params = [*filtered_params, query.per_page, start]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            ids = [row[0] for row in cursor.fetchall()]
        by_id = SearchItem.objects.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]

    def _empty(self, query):
        return SearchResults(
            count=0, results=[], facets=format_facets({}, query.filters, query.language), page=query.page, per_page=query.per_page
        )
