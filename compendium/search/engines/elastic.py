"""The Elasticsearch engine, through elasticsearch-dsl: the scale-out implementation of the same
search interface as the database engine.

The database tables (SearchItem/SearchFacet/SearchText) stay the source of truth; this engine
mirrors them into an index behind an alias, so a rebuild fills a new index and switches the alias
atomically (no downtime). Each language has its own analysed fields (language analyzers for
en/fr/es/pt/id/th, the ICU tokenizer for km/lo/zh/my when the cluster has analysis-icu); facets
are keyword fields counted by a FacetedSearch, each facet with the other facets' filters.
"""

import logging
import time

from django.conf import settings
from elasticsearch import ApiError, NotFoundError, TransportError
from elasticsearch import ConnectionError as ESConnectionError
from elasticsearch.helpers import bulk
from elasticsearch_dsl import Date, Document, FacetedSearch, Index, Keyword, TermsFacet, Text, analyzer, connections, tokenizer
from modeltranslation.utils import build_localized_fieldname

from compendium.catalogue.models import SearchItem
from compendium.search import FACETS, SearchResults

from .base import fallback_language, format_facets

log = logging.getLogger(__name__)

# Built-in language analyzers; the rest use ICU segmentation (or the standard analyzer without it).
LANGUAGE_ANALYZERS = {"en": "english", "fr": "french", "es": "spanish", "pt": "portuguese", "id": "indonesian", "th": "thai"}
FACET_SIZES = {"country": 300, "principle": 20, "guarantee": 10, "theme": 20, "stage": 20, "type": 5}
icu_text = analyzer("spf_icu", tokenizer=tokenizer("icu_tokenizer"), filter=["icu_folding"])


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


def language_analyzer(language, icu):
    if language in LANGUAGE_ANALYZERS:
        return LANGUAGE_ANALYZERS[language]
    return icu_text if icu else "standard"


def document_class(icu=True):
    """The Document mapping, per-language analysed fields built from settings.LANGUAGE_CODES."""
    fields = {
        "kind": Keyword(),
        "path": Keyword(index=False),
        "date": Date(),
        "languages": Keyword(),
        "lead": Keyword(),
        **{facet: Keyword() for facet in FACETS},
    }
    for language in settings.LANGUAGE_CODES:
        chosen = language_analyzer(language, icu)
        fields[f"title_{suffix(language)}"] = Text(analyzer=chosen)
        fields[f"body_{suffix(language)}"] = Text(analyzer=chosen)
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
        body[f"title_{suffix(text.language)}"] = text.title
        body[f"body_{suffix(text.language)}"] = text.body
        body[f"summary_{suffix(text.language)}"] = text.summary
    return body


class SPFFacetedSearch(FacetedSearch):
    """Full text in the reader's language and English; one terms facet per public facet."""

    facets = {facet: TermsFacet(field=facet, size=size) for facet, size in FACET_SIZES.items()}
    using = "spf"

    def __init__(self, language, text, filters, index):
        self.index = index
        self.language = language
        languages = dict.fromkeys([language, fallback_language()])
        self.fields = [field for code in languages for field in (f"title_{suffix(code)}^10", f"body_{suffix(code)}")]
        super().__init__(text or None, {facet: list(values) for facet, values in filters.items()}, sort=[] if text else ["-date"])

    def query(self, search, query):
        return search.query("multi_match", query=query, fields=self.fields, operator="and", type="best_fields")

    def highlight(self, search):
        return search  # result cards show summaries, not highlights


class ElasticsearchEngine:
    unavailable_errors = (ESConnectionError, TransportError, ApiError)

    def build(self, query):
        """The FacetedSearch for a SearchQuery, sliced to its page (its body: .build(q)._s.to_dict())."""
        client()  # registers the "spf" connection the FacetedSearch uses
        search = SPFFacetedSearch(query.language, query.text, query.filters, alias_name())
        start = (query.page - 1) * query.per_page
        return search[start : start + query.per_page]

    def search(self, query):
        faceted = self.build(query)
        response = faceted.execute()
        return self.parse(response, query)

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
                    "title": pick("title"),
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
    def has_icu(self):
        try:
            plugins = client().cat.plugins(format="json")
        except self.unavailable_errors:
            return False
        return any(plugin.get("component") == "analysis-icu" for plugin in plugins)

    def create_index(self, name, icu=None):
        icu = self.has_icu() if icu is None else icu
        index = Index(name, using="spf")
        index.settings(number_of_shards=1, number_of_replicas=0)
        index.document(document_class(icu))
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
