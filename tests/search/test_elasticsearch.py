"""The Elasticsearch engine: its mapping, the request bodies it builds and how it reads responses
(no cluster needed), its fallback when the cluster is down, and — when ELASTICSEARCH_URL is set —
the whole shared search suite against a real cluster."""

import logging
import os

import pytest
from django.test import override_settings

from compendium import search
from compendium.catalogue.text import bigrams
from compendium.search import SearchQuery
from compendium.search.engines.elastic import ElasticsearchEngine, document_class, document_for

pytestmark = pytest.mark.django_db


def properties():
    return document_class()._doc_type.mapping.to_dict()["properties"]


def test_mapping_has_keyword_facets_and_the_database_engines_index_tokens_per_language():
    mapping = properties()
    for facet in ("country", "principle", "guarantee", "theme", "stage", "type", "lead"):
        assert mapping[facet] == {"type": "keyword"}
    # The tokens are made by compendium.catalogue.text for every engine: the index splits on spaces.
    for field in ("title_en", "tags_fr", "body_km", "title_zh_hans", "body_ind"):  # 'ind': modeltranslation's suffix for 'id'
        assert mapping[field]["analyzer"] == "spf_tokens", field
    assert mapping["display_title_km"]["index"] is False and mapping["summary_km"]["index"] is False


def test_a_document_carries_the_same_tokens_as_the_database_rows(demo):
    from compendium.catalogue.models import SearchItem

    item = SearchItem.objects.get(path__endswith="thailand-long-term-care/")
    document = document_for(item, item.texts.all())
    english = item.texts.get(language="en")
    assert document["title_en"] == english.title_terms and "long" in document["title_en"].split()
    assert document["tags_en"] == english.tag_terms and {"thailand", "tailandia", "泰国"} <= set(document["tags_en"].split())
    assert document["display_title_en"] == english.title and document["lead"] == ["TH"]


def _clauses(body):
    return body["query"]["bool"]["must"][0]["bool"] if "must" in body["query"]["bool"] else body["query"]["bool"]


def test_query_body_runs_the_analysed_query_in_the_readers_language_then_english_with_facet_filters(demo):
    query = SearchQuery(text="helth insurance Laos", filters={"theme": ("mis",), "country": ("KH", "TH")}, language="km", page=2)
    body = ElasticsearchEngine().build(query)._s.to_dict()
    text = str(body["query"])
    # The typo is corrected, "health insurance" is a concept (its labels in every language, at
    # half weight), Laos a country that must match (its tag, its lead case studies, its names).
    assert "'title_km': {'query': 'health insur', 'boost': 4.0}" in text and "'title_en': {'query': 'health insur', 'boost': 4.0}" in text
    assert "'body_en': {'query': 'medic insur', 'boost': 0.5}" in text  # "medical insurance", English stems
    khmer = " ".join(bigrams("ធានារ៉ាប់រងសុខភាព"))  # the Khmer label, as bigrams of the unspaced script
    assert f"'body_km': {{'query': '{khmer}', 'boost': 0.5}}" in text
    assert "assur" not in text  # French labels: neither the reader's language nor English
    laos = [clause for clause in _clauses(body)["must"] if "'country': 'LA'" in str(clause)]
    assert len(laos) == 1 and "'lead': 'LA'" in str(laos[0])
    assert body["from"] == 20 and body["size"] == 20
    post_filter = str(body["post_filter"])
    assert "'theme': ['mis']" in post_filter and "'country': ['KH', 'TH']" in post_filter
    theme_agg = body["aggs"]["_filter_theme"]
    assert "country" in str(theme_agg["filter"]) and "'theme'" not in str(theme_agg["filter"])  # own filter left out
    assert theme_agg["aggs"]["theme"]["terms"]["field"] == "theme"


def test_enough_clauses_must_match_and_a_relaxed_query_needs_one(demo):
    query = SearchQuery(text="violence women pension", language="en")
    strict = ElasticsearchEngine().build(query)._s.to_dict()["query"]
    relaxed = ElasticsearchEngine().build(query, relaxed=True)._s.to_dict()["query"]
    assert _clauses({"query": strict})["minimum_should_match"] == 2  # two of three
    assert _clauses({"query": relaxed})["minimum_should_match"] == 1
    assert "'boost': 8.0" in str(strict)  # the whole query as a title phrase, a bonus


def test_empty_query_sorts_by_date():
    body = ElasticsearchEngine().build(SearchQuery(language="en"))._s.to_dict()
    assert "query" not in body and body["sort"] == [{"date": {"order": "desc"}}]


def test_response_is_read_into_the_common_shape(demo):
    query = SearchQuery(text="health", filters={"theme": ("outreach",)}, language="km")
    faceted = ElasticsearchEngine().build(query)
    raw = {
        "took": 3,
        "timed_out": False,
        "hits": {
            "total": {"value": 2, "relation": "eq"},
            "max_score": 2.0,
            "hits": [
                {
                    "_index": "spf-search-1",
                    "_id": "7",
                    "_score": 2.0,
                    "_source": {
                        "kind": "case-study",
                        "path": "countries/kh/ssdm/",
                        "languages": ["en", "km"],
                        "country": ["KH"],
                        "principle": ["n"],
                        "guarantee": ["health"],
                        "theme": ["outreach"],
                        "display_title_en": "SSDM",
                        "display_title_km": "យន្តការ SSDM",
                        "summary_en": "One window.",
                        "summary_km": "បង្អួចតែមួយ",
                        "date": "2014-01-01",
                    },
                },
                {
                    "_index": "spf-search-1",
                    "_id": "9",
                    "_score": 1.0,
                    "_source": {
                        "kind": "expert",
                        "path": "experts/x/",
                        "languages": ["en"],
                        "country": ["TH"],
                        "theme": ["outreach"],
                        "display_title_en": "An expert",
                        "summary_en": "Adviser",
                    },
                },
            ],
        },
        "aggregations": {
            **{f"_filter_{facet}": {"doc_count": 2, facet: {"buckets": []}} for facet in ("principle", "guarantee", "stage")},
            "_filter_country": {"doc_count": 2, "country": {"buckets": [{"key": "KH", "doc_count": 1}, {"key": "TH", "doc_count": 1}]}},
            "_filter_theme": {"doc_count": 5, "theme": {"buckets": [{"key": "outreach", "doc_count": 2}, {"key": "mis", "doc_count": 3}]}},
            "_filter_type": {
                "doc_count": 2,
                "type": {"buckets": [{"key": "case-study", "doc_count": 1}, {"key": "expert", "doc_count": 1}]},
            },
        },
    }
    response = faceted._s._response_class(faceted._s, raw)
    response._faceted_search = faceted
    results = ElasticsearchEngine().parse(response, query)
    assert results.count == 2
    first, second = results.results
    assert first["title"] == "យន្តការ SSDM" and first["summary"] == "បង្អួចតែមួយ" and first["translated"] is True
    assert first["url"] == "/km/countries/kh/ssdm/" and first["principles"] == ["n"]
    assert second["title"] == "An expert" and second["translated"] is False  # English fallback
    themes = {entry["value"]: (entry["count"], entry["selected"]) for entry in results.facets["theme"]}
    assert themes == {"outreach": (2, True), "mis": (3, False)}


@override_settings(SPF_SEARCH_ENGINE="elasticsearch", ELASTICSEARCH_URL="http://127.0.0.1:9")
def test_a_cluster_that_is_down_degrades_to_the_database_engine(demo, caplog):
    query = search.parse_query({"q": ["single window"]}, "en")
    with caplog.at_level(logging.WARNING):
        results = search.search(query)
    assert results.count > 0
    assert any("single window" in (r["title"] + r["summary"]).lower() for r in results.results)
    assert "search engine unavailable" in caplog.text


@override_settings(SPF_SEARCH_ENGINE="elasticsearch", ELASTICSEARCH_URL="http://127.0.0.1:9")
def test_publishing_works_while_the_cluster_is_down(demo, caplog):
    from compendium.catalogue.models import SearchItem
    from tests import factories

    profile = factories.country_page(demo["countries"], "NP")
    with caplog.at_level(logging.WARNING):
        page = factories.case_study(profile, "Published while the cluster is down")
    assert SearchItem.objects.filter(page=page).exists()
    assert "not mirrored" in caplog.text


requires_cluster = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="no Elasticsearch cluster: set ELASTICSEARCH_URL to run the shared suite on it"
)


@requires_cluster
@pytest.mark.elasticsearch
class TestSharedSuiteOnElasticsearch:
    """The database engine's behaviour suite, run against the cluster at ELASTICSEARCH_URL."""

    @pytest.fixture(autouse=True)
    def _engine(self, settings, demo):
        settings.SPF_SEARCH_ENGINE = "elasticsearch"
        settings.ELASTICSEARCH_REFRESH = "wait_for"
        settings.ELASTICSEARCH_INDEX = "spf-test"
        ElasticsearchEngine().rebuild()

    from tests.search.test_search import (  # noqa: F401, E402
        nepal,
        test_a_language_searches_its_own_text_then_english,
        test_counts_of_a_facet_ignore_its_own_selection,
        test_each_facet_filters_exactly,
        test_every_facet_count_equals_the_results_of_choosing_it,
        test_facet_labels_are_in_the_readers_language,
        test_or_within_a_facet_and_across_facets,
        test_pagination,
        test_results_carry_the_contract_fields,
        test_title_matches_rank_above_body_matches,
        test_words_are_found_inside_unspaced_text,
    )
