"""The Elasticsearch engine, through elasticsearch-dsl: the scale-out implementation of the same
search interface as the database engine.

The database tables (SearchItem/SearchFacet/SearchText) stay the source of truth; this engine
mirrors them into an index behind an alias, so a rebuild fills a new index and switches the alias
atomically (no downtime).

It indexes the same index tokens as the database engines (compendium.catalogue.text: ICU
segmentation, Snowball stems for en/fr/es/pt/id, accents folded, bigrams of the unspaced
scripts), split on spaces by a whitespace analyser, and runs the same analysed query
(compendium.search.analysis: corrected words, concepts and their labels in every language, country
names): so the three engines agree on what matches, where Lucene's own language analysers would
stem otherwise (its Indonesian stemmer is not Snowball's) and a synonym graph would expand
otherwise than the thesaurus does for the database. The ranking follows
compendium.search.ranking with Lucene's BM25: each clause a `should` of its phrases per field
(title 4, tags 2, body 1; another name of the concept at half), its tags as a constant score of 3,
the whole query as a title phrase as a bonus; at least n - n // 3 of n clauses must match, a
country named always, and when nothing does the query is run again needing one.
"""

import logging
import time

from django.conf import settings
from elasticsearch import ApiError, NotFoundError, TransportError
from elasticsearch import ConnectionError as ESConnectionError
from elasticsearch.helpers import bulk
from elasticsearch_dsl import Date, Document, FacetedSearch, Index, Keyword, Q, TermsFacet, Text, analyzer, connections, tokenizer
from modeltranslation.utils import build_localized_fieldname

from compendium.catalogue.models import SearchItem
from compendium.search import FACETS, SearchResults
from compendium.search.analysis import analyse
from compendium.search.ranking import WEIGHTS, relaxed_coverage, strict_coverage

from .base import fallback_language, format_facets

log = logging.getLogger(__name__)

FACET_SIZES = {"country": 300, "principle": 20, "guarantee": 10, "theme": 20, "stage": 20, "type": 5}
# The tokens are made in Python: the index only splits them on spaces.
index_tokens = analyzer("spf_tokens", tokenizer=tokenizer("whitespace"))
FIELDS = ("title", "tags", "body")


def suffix(language):
    return build_localized_fieldname("x", language)[2:]  # 'zh-hans' -> 'zh_hans', 'id' -> 'ind'


def alias_name():
    return getattr(settings, "ELASTICSEARCH_INDEX", "spf-search")


def client():
    """The connection for settings.ELASTICSEARCH_URL (re-made if the setting changes)."""
    url = settings.ELASTICSEARCH_URL or "http://127.0.0.1:9200"  # only building requests needs no server
    if _connected.get("url") != url:
        connections.create_connection("spf", hosts=[url], request_timeout=5, max_retries=1)
        _connected["url"] = url
    return connections.get_connection("spf")


_connected = {}


def document_class():
    """The Document mapping: per language, the title, tags and body as index tokens, and the
    title and summary as written (stored for the result cards, not indexed)."""
    fields = {
        "kind": Keyword(),
        "path": Keyword(index=False),
        "date": Date(),
        "languages": Keyword(),
        "lead": Keyword(),
        **{facet: Keyword() for facet in FACETS},
    }
    for language in settings.LANGUAGE_CODES:
        for field in FIELDS:
            fields[f"{field}_{suffix(language)}"] = Text(analyzer=index_tokens)
        fields[f"display_title_{suffix(language)}"] = Text(index=False)
        fields[f"summary_{suffix(language)}"] = Text(index=False)
    return type("SearchDocument", (Document,), fields)


def document_for(item, texts):
    """The indexed document of a SearchItem and its SearchText rows."""
    body = {
        "kind": item.kind,
        "path": item.path,
        "date": item.date.isoformat() if item.date else None,
        "languages": [code for code in (item.languages or "").split(",") if code],
        "lead": (item.facets or {}).get("lead", []),
        **{facet: (item.facets or {}).get(facet, []) for facet in FACETS},
    }
    for text in texts:
        language = suffix(text.language)
        body[f"title_{language}"] = text.title_terms
        body[f"tags_{language}"] = text.tag_terms
        body[f"body_{language}"] = f"{text.terms} {text.grams}".strip()
        body[f"display_title_{language}"] = text.title
        body[f"summary_{language}"] = text.summary
    return body


def phrase_query(phrase, fields, boost):
    """Any of `fields` holding the Phrase's tokens in order."""
    text = " ".join(token for token in phrase.tokens if token)
    kind = "match_phrase_prefix" if phrase.prefix else "match_phrase"
    return [Q(kind, **{field: {"query": text, "boost": boost}}) for field in fields]


def clause_query(clause, languages):
    """One clause of the analysed query: its words, what they name (at half weight), its tags."""
    fields = {field: [f"{field}_{suffix(language)}" for language in languages] for field in FIELDS}
    should = []
    for phrases, scale in ((clause.literal, 1.0), (clause.expansion, 0.5)):
        for phrase in phrases:
            for field in FIELDS:
                weight = WEIGHTS["title" if field == "title" else "tags" if field == "tags" else "body"] * scale
                should += phrase_query(phrase, fields[field], weight)
    for facet, code in clause.tags:
        should.append(Q("constant_score", filter=Q("term", **{facet: code}), boost=WEIGHTS["tagged"]))
    if clause.country:  # a country's own case studies count as its name in their title
        should.append(Q("constant_score", filter=Q("term", lead=clause.country), boost=WEIGHTS["title"]))
    return Q("bool", should=should, minimum_should_match=1)


def text_query(analysis, relaxed=False):
    """The whole query: enough clauses (every country named), the title phrase as a bonus."""
    languages = list(dict.fromkeys([analysis.language, fallback_language()]))
    clauses = [clause_query(clause, languages) for clause in analysis.clauses]
    required = [query for query, clause in zip(clauses, analysis.clauses, strict=True) if clause.required]
    optional = [query for query, clause in zip(clauses, analysis.clauses, strict=True) if not clause.required]
    n = len(clauses)
    need = (relaxed_coverage(n) if relaxed else strict_coverage(n)) - len(required)
    bonus = [
        q for phrase in analysis.phrase for q in phrase_query(phrase, [f"title_{suffix(code)}" for code in languages], 2 * WEIGHTS["title"])
    ]
    if optional and need > 0:
        matching = Q("bool", must=required, should=optional, minimum_should_match=need)
    else:
        matching = Q("bool", must=required, should=optional) if required else Q("bool", should=optional, minimum_should_match=1)
    return Q("bool", must=[matching], should=bonus) if bonus else matching


def led_bonus(countries):
    """The items no other country led, first, when the reader filtered on countries (compendium.search.ranking)."""
    others_led = Q("bool", must=[Q("exists", field="lead")], must_not=[Q("terms", lead=list(countries))])
    return Q("constant_score", filter=Q("bool", must_not=[others_led]), boost=2 * WEIGHTS["title"])


class SPFFacetedSearch(FacetedSearch):
    """The analysed query in the reader's language and English; one terms facet per public facet."""

    facets = {facet: TermsFacet(field=facet, size=size) for facet, size in FACET_SIZES.items()}
    using = "spf"

    def __init__(self, analysis, filters, index, relaxed=False):
        self.index = index
        self.analysis = analysis
        self.relaxed = relaxed
        self._filters_requested = {facet: list(values) for facet, values in filters.items()}
        text = analysis.text if analysis else None
        super().__init__(text or None, {facet: list(values) for facet, values in filters.items()}, sort=[] if text else ["-date"])

    def query(self, search, query):
        matching = text_query(self.analysis, self.relaxed)
        countries = self._filters_requested.get("country") if hasattr(self, "_filters_requested") else None
        return search.query(Q("bool", must=[matching], should=[led_bonus(countries)]) if countries else matching)

    def highlight(self, search):
        return search  # result cards highlight the words themselves (compendium.search.highlight)


class ElasticsearchEngine:
    unavailable_errors = (ESConnectionError, TransportError, ApiError)

    def build(self, query, relaxed=False):
        """The FacetedSearch for a SearchQuery, sliced to its page (its body: .build(q)._s.to_dict())."""
        client()  # registers the "spf" connection the FacetedSearch uses
        analysis = analyse(query.text, query.language, correct=query.correct) if query.text else None
        if analysis is not None and not analysis.clauses:
            analysis = None
        search = SPFFacetedSearch(analysis, query.filters, alias_name(), relaxed=relaxed)
        start = (query.page - 1) * query.per_page
        return search[start : start + query.per_page]

    def search(self, query):
        faceted = self.build(query)
        response = faceted.execute()
        results = self.parse(response, query)
        if not results.count and faceted.analysis and len(faceted.analysis.clauses) > 1:
            relaxed = self.build(query, relaxed=True)
            results = self.parse(relaxed.execute(), query)
            results.partial = bool(results.count)
        results.analysis = faceted.analysis
        return results

    def parse(self, response, query):
        """SearchResults from a FacetedResponse (also used on canned responses in tests)."""
        counts = {facet: {value: count for value, count, _selected in getattr(response.facets, facet)} for facet in FACETS}
        results = []
        for hit in response.hits:
            source = hit.to_dict()
            language = query.language if query.language in source.get("languages", []) else fallback_language()

            def pick(field, language=language, source=source):
                return source.get(f"{field}_{suffix(language)}") or source.get(f"{field}_{suffix(fallback_language())}", "")

            results.append(
                {
                    "type": source["kind"],
                    "title": pick("display_title"),
                    "summary": pick("summary"),
                    "url": f"/{query.language}/{source['path']}",
                    "countries": list(source.get("country", [])),
                    "principles": list(source.get("principle", [])),
                    "guarantees": list(source.get("guarantee", [])),
                    "themes": list(source.get("theme", [])),
                    "languages": list(source.get("languages", [])),
                    "translated": query.language in source.get("languages", []),
                    "date": source.get("date"),
                }
            )
        total = response.hits.total
        count = total["value"] if isinstance(total, dict) else total.value
        return SearchResults(
            count=count,
            results=results,
            facets=format_facets(counts, query.filters, query.language),
            page=query.page,
            per_page=query.per_page,
        )

    # --- index management ---------------------------------------------------------------------
    def create_index(self, name):
        index = Index(name, using="spf")
        index.settings(number_of_shards=1, number_of_replicas=0)
        index.document(document_class())
        index.create()
        return index

    def rebuild(self):
        """Fill a new index from the database tables, then move the alias to it atomically."""
        alias = alias_name()
        name = f"{alias}-{int(time.time() * 1000)}"
        self.create_index(name)
        items = SearchItem.objects.prefetch_related("texts").iterator(chunk_size=500)
        actions = ({"_index": name, "_id": item.pk, "_source": document_for(item, item.texts.all())} for item in items)
        indexed, _errors = bulk(client(), actions, chunk_size=500, refresh="wait_for")
        es = client()
        old = list(es.indices.get_alias(name=alias, ignore_unavailable=True) or {}) if es.indices.exists_alias(name=alias) else []
        es.indices.update_aliases(
            actions=[*({"remove": {"index": index, "alias": alias}} for index in old), {"add": {"index": name, "alias": alias}}]
        )
        for index in old:
            es.indices.delete(index=index, ignore_unavailable=True)
        return indexed

    def on_indexed(self, item):
        client().index(
            index=alias_name(),
            id=item.pk,
            document=document_for(item, item.texts.all()),
            refresh=getattr(settings, "ELASTICSEARCH_REFRESH", False),
        )

    def on_removed(self, item_ids):
        for item_id in item_ids:
            try:
                client().delete(index=alias_name(), id=item_id, refresh=getattr(settings, "ELASTICSEARCH_REFRESH", False))
            except NotFoundError:
                pass
