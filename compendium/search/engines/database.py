"""The database engine: the search tables and the database's own full-text index.

SQLite: an FTS5 external-content table with one column per field (title, tags, body, bigrams).
PostgreSQL: one generated tsvector per field, each with a GIN index.
Both read the same index tokens (compendium.catalogue.text: segmented, stemmed, folded), and
answer one question per clause of the analysed query (compendium.search.analysis): which items
match it, and which of them in the title and in the tags. The ranking is arithmetic on those sets
(compendium.search.ranking), the facet counts come from bitsets held in memory
(compendium.search.facet_index), so SQLite and PostgreSQL rank alike.
"""

import contextlib
import datetime
import json
from dataclasses import replace
from typing import NamedTuple

from django.db import connection, transaction
from django.db.models import F

from compendium.catalogue.indexing import title_key
from compendium.catalogue.models import SearchFacet, SearchItem, SearchText
from compendium.core.bitsets import bits_of, bits_of_words, ids_of
from compendium.search import FACETS, SearchResults, facet_index, postings, tag_match
from compendium.search.analysis import analyse, split, splittable, stemmers
from compendium.search.ranking import Hits, bm25, rank

from .base import fallback_language, format_facets, matched_by, result_from_item


class CardItem(NamedTuple):
    """The fields of a SearchItem that a result card shows (compendium.search.engines.base.result_from_item)."""

    kind: str
    path: str
    date: datetime.date | None
    languages: str
    facets: dict


def page_rows(ids, language):
    """{id: (CardItem, title, summary)} of the items `ids`, in their order, with the title and summary
    in `language`, or else in the fallback language (an item with neither is left out).

    One statement in plain SQL for the page's items and texts: the two ORM queries it replaces
    took longer to compile than the database to answer them."""
    if not ids:
        return {}
    languages = list(dict.fromkeys([language, fallback_language()]))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT i.id, i.kind, i.path, i.date, i.languages, i.facets, t.language, t.title, t.summary "
            f"FROM {SearchItem._meta.db_table} i JOIN {SearchText._meta.db_table} t ON t.item_id = i.id "
            f"WHERE i.id IN ({', '.join(['%s'] * len(ids))}) AND t.language IN ({', '.join(['%s'] * len(languages))})",
            [*ids, *languages],
        )
        found = {}
        for pk, kind, path, date, item_languages, facets, text_language, title, summary in cursor.fetchall():
            if text_language == language or pk not in found:
                if isinstance(date, str):  # SQLite without the column's converter
                    date = datetime.date.fromisoformat(date)
                if isinstance(facets, str):  # a JSON column comes back as text (Django decodes it in the ORM)
                    facets = json.loads(facets)
                found[pk] = (CardItem(kind, path, date, item_languages, facets), title, summary)
    return {pk: found[pk] for pk in ids if pk in found}


# The tags' labels are matched in memory (compendium.search.tag_match), not by the database.
SQLITE_FIELDS = {"title": ("title_terms",)}
POSTGRES_VECTORS = {"any": "vector", "title": "title_vector"}


def _fts5_phrase(phrase):
    quoted = '"' + " ".join(token.replace('"', '""') for token in phrase.tokens if token) + '"'
    return quoted + ("*" if phrase.prefix else "")


def sqlite_match_expression(phrases, field="any"):
    """An FTS5 MATCH expression: any of `phrases`, in `field` ("any": title or body; "title"). Never raw user syntax.

    One column filter per kind of phrase (words, or bigrams of the unspaced scripts) over the OR
    of its phrases: FTS5 then reads each phrase's positions once."""
    groups = {}
    for phrase in phrases:
        if any(phrase.tokens):
            columns = SQLITE_FIELDS.get(field) or ("title_terms", "grams" if phrase.grams else "terms")
            groups.setdefault(columns, []).append(_fts5_phrase(phrase))
    return " OR ".join("{" + " ".join(columns) + "} : (" + " OR ".join(quoted) + ")" for columns, quoted in groups.items())


def _tsquery_lexeme(token, prefix=False):
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if prefix else "")


def postgres_tsquery(phrases):
    """The text of a tsquery (for to_tsquery('simple', …)): any of `phrases`, each a <-> chain."""
    alternatives = []
    for phrase in phrases:
        tokens = [token for token in phrase.tokens if token]
        if not tokens:
            continue
        lexemes = [_tsquery_lexeme(token, phrase.prefix and i == len(tokens) - 1) for i, token in enumerate(tokens)]
        alternatives.append("(" + " <-> ".join(lexemes) + ")")
    return " | ".join(alternatives)


def postgres_tsqueries(phrases):
    """The tsqueries that together ask for any of `phrases`: the one-word phrases in one, the
    longer ones in another. A tsquery with a phrase in it makes PostgreSQL re-read the vector of
    every row its index found, those found by a one-word alternative included: "enrolment OR
    smart card" re-read nine rows in ten of the synthetic volume (389 ms), asked apart 54 + 1 ms."""
    single = [phrase for phrase in phrases if len([token for token in phrase.tokens if token]) == 1]
    longer = [phrase for phrase in phrases if len([token for token in phrase.tokens if token]) > 1]
    return [expression for expression in (postgres_tsquery(single), postgres_tsquery(longer)) if expression]


def pruned(phrases, others=()):
    """`phrases` without those that can only match where a one-token phrase (of `phrases` or
    `others`) matches already: "old-age pension" adds nothing to "pension". The same items, fewer
    phrases to check (PostgreSQL re-reads each candidate row's vector to check a phrase)."""
    single = {phrase.tokens[0] for phrase in (*phrases, *others) if len(phrase.tokens) == 1 and not phrase.grams and not phrase.prefix}
    return tuple(phrase for phrase in phrases if len(phrase.tokens) == 1 or phrase.grams or not single.intersection(phrase.tokens))


def _postgres_grouped(number, condition, languages):
    """One question's part of matching()'s statement on PostgreSQL: the item ids of the texts meeting
    `condition` in the languages of placeholders `languages`, grouped by 64 as the words of a bitset
    (compendium.core.bitsets.bits_of_words).

    The index first, then the language: the materialised step keeps the planner from starting at
    the language index and unpacking every row's vector to test it. A common word's 9,000 ids at
    N = 10,000 cost as much to fetch and loop over in Python as the statement itself; as 140 words
    they cost nothing, and the grouping about as much as sorting."""
    return (
        f"(WITH hits AS MATERIALIZED (SELECT item_id, language FROM {SearchText._meta.db_table} WHERE {condition}) "
        f"SELECT {number}, item_id >> 6, bit_or(1::bigint << (item_id & 63)::int) "
        f"FROM hits WHERE language IN ({languages}) GROUP BY 2)"
    )


class DatabaseEngine:
    """Full-text matching in the reader's language and English, ranked by compendium.search.ranking."""

    unavailable_errors = ()

    def rebuild(self):
        pass  # the tables are the index: nothing to mirror

    def on_indexed(self, item):
        pass

    def on_removed(self, item_ids):
        pass

    # --- which items match --------------------------------------------------------------------
    def items_matching(self, phrases, languages, field="any"):
        """The bitset of the items whose text in `languages` holds any of `phrases` in `field`."""
        return self.matching({"only": (phrases, field)}, languages)["only"]

    def matching(self, questions, languages):
        """{key: bitset of the items whose text in `languages` holds any of the phrases in the field}
        for questions {key: (phrases, field)}, asked in one statement (a UNION ALL of one full-text
        match per question). Field "title_key": the items whose analysed title is one of `phrases`
        (strings, compendium.catalogue.indexing.title_key).

        SQLite answers with the rows' ids straight from the FTS5 index (no join: the facet index
        maps rows to items and languages in memory); PostgreSQL with item ids from the GIN indexes."""
        # Each question's answer is kept for the current version of the index (compendium.search.postings):
        # a word searched before, since the last change, is not asked of the database again.
        # With a shared cache, what another worker asked is read from it, and what this one asks is put there.
        memo_keys = {key: (field, tuple(phrases), tuple(languages)) for key, (phrases, field) in questions.items()}
        answered = postings.known(memo_keys.values())
        missing = [memo_key for memo_key in memo_keys.values() if memo_key not in answered]
        from_others = postings.shared(missing)
        answered.update(from_others)
        questions = {key: question for key, question in questions.items() if memo_keys[key] not in answered}
        asked = self._ask(questions, languages) if questions else {}
        asked = {memo_keys[key]: bits for key, bits in asked.items()}
        postings.keep({**from_others, **asked})
        postings.share(asked)
        return {key: asked[memo_key] if memo_key in asked else answered[memo_key] for key, memo_key in memo_keys.items()}

    def _ask(self, questions, languages):
        """matching() of the database itself: one statement for every question."""
        parts, params, keys = [], [], list(questions)
        postgres = connection.vendor == "postgresql"
        placeholders = ", ".join(["%s"] * len(languages))
        for number, key in enumerate(keys):
            phrases, field = questions[key]
            if field == "title_key":  # the items whose analysed title is one of `phrases` (exact_titles)
                wanted = ", ".join(["%s"] * len(phrases))
                if postgres:
                    parts.append(_postgres_grouped(number, f"title_key IN ({wanted})", placeholders))
                    params += [*phrases, *languages]
                else:
                    parts.append(f"SELECT {number}, id FROM {SearchText._meta.db_table} WHERE title_key IN ({wanted})")
                    params += list(phrases)
                continue
            if postgres:
                for expression in postgres_tsqueries(phrases):
                    parts.append(_postgres_grouped(number, f"{POSTGRES_VECTORS[field]} @@ to_tsquery('simple', %s)", placeholders))
                    params += [expression, *languages]
                continue
            expression = sqlite_match_expression(phrases, field)
            if expression:
                parts.append(f"SELECT {number}, rowid FROM compendium_searchtext_fts WHERE compendium_searchtext_fts MATCH %s")
                params.append(expression)
        found, rows = {number: [] for number in range(len(keys))}, []
        if parts:
            # PostgreSQL: a transaction, for SET LOCAL. Not SQLite, where Django opens it with BEGIN
            # IMMEDIATE: a write lock taken by every search, which made the workers' searches (and
            # any publish) wait for each other.
            with transaction.atomic() if postgres else contextlib.nullcontext(), connection.cursor() as cursor:
                if postgres:
                    # A common word matches most rows, and the planner then prefers a sequential scan,
                    # not counting that it must unpack every row's (TOASTed) tsvector to test it:
                    # several times slower than the GIN indexes, which answer without reading them.
                    cursor.execute("SET LOCAL enable_seqscan = off")
                cursor.execute(" UNION ALL ".join(parts), params)
                rows = cursor.fetchall()
                if postgres:
                    cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")
        if postgres:
            for number, k, word in rows:
                found[number].append((k, word))
            return {key: bits_of_words(found[number]) for number, key in enumerate(keys)}
        for number, rowid in rows:
            found[number].append(rowid)
        index = facet_index.current()
        return {key: index.items_of_rows(found[number], languages) for number, key in enumerate(keys)}

    def hits(self, clause, languages, index):
        """The Hits of one clause (one statement): its literal words, its expansion, its tagged items.

        Title and body are asked of the database, the tags' labels of the tags in memory
        (compendium.search.tag_match)."""
        literal, expansion = clause.literal, pruned(clause.expansion, clause.literal)
        questions = {
            ("literal", "any"): (literal, "any"),
            ("literal", "title"): (literal, "title"),
            ("expansion", "title"): (expansion, "title"),
        }
        if not clause.tags:
            # A tagged concept or a country: its items are those tagged with it, or whose title names
            # it; its other names in the bodies only order them (compendium.search.ranking.bm25).
            # Looking for every label in every body is what made a common concept slow (each phrase's
            # candidates re-read), for few items the tag had not already found.
            questions["expansion", "any"] = (expansion, "any")
        found = self.matching(questions, languages)
        literal_tags = tag_match.items_tagged_with(literal, languages, index)
        expansion_tags = 0 if clause.tags else tag_match.items_tagged_with(expansion, languages, index)
        expansion_any = found.get(("expansion", "any"), 0) | found["expansion", "title"] | expansion_tags
        tagged = 0
        for facet, code in clause.tags:
            tagged |= index.bits.get((facet, code), 0)
        # A country's own case studies (it leads them) count as its name in their title.
        lead = index.bits.get(("lead", clause.country), 0) if clause.country else 0
        return Hits(
            any=found["literal", "any"] | literal_tags | expansion_any | tagged,
            title=found["literal", "title"] | lead,
            tags=literal_tags | expansion_tags,
            literal=found["literal", "any"] | literal_tags,
            tagged=tagged,
            synonym_title=found["expansion", "title"],
        )

    def text_scores(self, analysis, languages, hits, total):
        """A function ids -> {id: how much its text is about the query} (compendium.search.ranking.bm25),
        computed from the index tokens themselves, so SQLite and PostgreSQL order alike."""

        def scores(groups):
            # One statement for every group the page reaches, in plain SQL (the ORM took longer to compile
            # it than the database to answer); each group scored on its own rows, as BM25 compares a
            # text's length with its group's mean.
            ids = sorted({pk for group in groups for pk in group})
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT item_id, title_terms, terms, grams FROM {SearchText._meta.db_table} "
                    f"WHERE item_id IN ({', '.join(['%s'] * len(ids))}) AND language IN ({', '.join(['%s'] * len(languages))})",
                    [*ids, *languages],
                )
                rows = {}
                for pk, title, body, grams in cursor.fetchall():
                    rows.setdefault(pk, []).append((pk, title, f"{body} {grams}"))
            return [bm25(analysis.clauses, hits, (row for pk in group for row in rows.get(pk, ())), total) for group in groups]

        return scores

    @staticmethod
    def led_by(countries, index):
        """The items not led by another country than `countries`: a reader who filters on Cambodia
        wants Cambodia's own case studies (and its experts and events) before the case studies
        other countries led with Cambodia taking part. Every item when no country is chosen."""
        if not countries:
            return 0
        own = other = 0
        for (facet, code), bits in index.bits.items():
            if facet == "lead":
                if code in countries:
                    own |= bits
                else:
                    other |= bits
        return index.every_item & ~(other & ~own)

    def exact_titles(self, analysis, candidates, languages):
        """The items among `candidates` whose title, analysed, is the query's words: an indexed lookup
        of SearchText.title_key (compendium.catalogue.indexing.title_key), asked and kept as the
        full-text questions are (matching()): a text searched again since the index last changed
        (the next page, another filter) is not asked of the database again."""
        if not candidates:
            return 0
        wanted = tuple(sorted({title_key(analysis.searched_text, stemmer) for stemmer in stemmers(analysis.language)}))
        return self.matching({"exact": (wanted, "title_key")}, languages)["exact"] & candidates

    @staticmethod
    def _filter(items, filters):
        for facet, values in filters.items():
            if values:
                items = items.filter(pk__in=SearchFacet.objects.filter(facet=facet, value__in=values).values("item_id"))
        return items

    # --- the search ---------------------------------------------------------------------------
    def search(self, query):
        index = facet_index.current()
        if not query.text:
            return self._search(query, index, index.every_item)
        analysis = analyse(query.text, query.language, correct=query.correct)
        if not analysis.clauses:
            return self._empty(query)
        languages = sorted({query.language, fallback_language()})
        clauses, hits = [], []
        for clause in analysis.clauses:
            clause_hits = self.hits(clause, languages, index)
            if not clause_hits.any and splittable(clause):
                for part in split(clause, query.language):
                    clauses.append(part)
                    hits.append(self.hits(part, languages, index))
                continue
            clauses.append(clause)
            hits.append(clause_hits)
        analysis = replace(analysis, clauses=tuple(clauses))
        in_title = self.items_matching(analysis.phrase, languages, "title") if analysis.phrase else hits[0].title
        ranking = rank(
            hits,
            [clause.required for clause in analysis.clauses],
            total=index.every_item.bit_count(),
            exact=self.exact_titles(analysis, in_title, languages),
            phrase=in_title if analysis.phrase else 0,
            led=self.led_by(query.filters.get("country", ()), index),
        )
        return self._search(
            query, index, ranking.matched & index.every_item, ranking=ranking, analysis=analysis, hits=hits, languages=languages
        )

    def _search(self, query, index, matched, ranking=None, analysis=None, hits=(), languages=()):
        """Counts from the facet bitsets (compendium.search.facet_index), one page from the ranking.

        `matched` holds the bits of the items the text matched (every item without text).
        """
        # A facet with a value chosen is counted over the other filters (so its other values stay
        # reachable); every facet with nothing chosen over the filtered set.
        chosen = [facet for facet in FACETS if query.filters.get(facet)]
        if query.reviewed_since:  # a filter on the catalogue's review dates, applied like the text
            matched &= bits_of(SearchItem.objects.filter(reviewed__gte=query.reviewed_since).values_list("pk", flat=True))
        filtered = matched & index.chosen(query.filters)
        counts = index.counts(filtered, [facet for facet in FACETS if facet not in chosen])
        for facet in chosen:
            counts.update(index.counts(matched & index.chosen(query.filters, skip=facet), [facet]))
        count = filtered.bit_count()

        start = (query.page - 1) * query.per_page
        if not count:
            ids = []
        elif query.sort in ("newest", "reviewed"):  # an order by date, straight from SQL, over what matched
            date = "reviewed" if query.sort == "reviewed" else "date"
            if ranking is None:  # no text: the filters in SQL (no list of every item's id)
                items = self._filter(SearchItem.objects.all(), query.filters)
                if query.reviewed_since:
                    items = items.filter(reviewed__gte=query.reviewed_since)
            else:
                items = SearchItem.objects.filter(pk__in=ids_of(filtered))
            items = items.order_by(F(date).desc(nulls_last=True), F("date").desc(nulls_last=True), "-pk")
            ids = list(items.values_list("pk", flat=True)[start : start + query.per_page])
        elif ranking is None:  # no text: the newest first, straight from SQL
            items = self._filter(SearchItem.objects.all(), query.filters).order_by(F("date").desc(nulls_last=True), "-pk")
            if query.reviewed_since:
                items = items.filter(reviewed__gte=query.reviewed_since)
            ids = list(items.values_list("pk", flat=True)[start : start + query.per_page])
        else:
            ids = ranking.page(
                filtered,
                start,
                query.per_page,
                index.order,
                self.text_scores(analysis, languages, hits, index.every_item.bit_count()),
                index.kinds,
            )
        results = []
        for pk, (item, title, summary) in page_rows(ids, query.language).items():
            result = result_from_item(item, title, summary, query.language)
            if analysis is not None:
                result["matched_by"] = matched_by(pk, analysis, hits, query.language)
            results.append(result)
        return SearchResults(
            count=count,
            results=results,
            facets=format_facets(counts, query.filters, query.language),
            page=query.page,
            per_page=query.per_page,
            analysis=analysis,
            partial=bool(ranking and ranking.relaxed),
        )

    def _empty(self, query):
        return SearchResults(
            count=0, results=[], facets=format_facets({}, query.filters, query.language), page=query.page, per_page=query.per_page
        )
