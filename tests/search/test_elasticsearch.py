"""The Elasticsearch engine: its mapping, the request bodies it builds and how it reads responses
(no cluster needed), its fallback when the cluster is down, and — when ELASTICSEARCH_URL is set —
the whole shared search suite against a real cluster."""

import logging
import os

import pytest
from django.test import override_settings

from compendium import search
from compendium.search import SearchQuery
from compendium.search.engines.elastic import ElasticsearchEngine, document_class

pytestmark = pytest.mark.django_db


def properties(icu):
    return document_class(icu)._doc_type.mapping.to_dict()["properties"]


def test_mapping_has_keyword_facets_and_per_language_analysis():
    mapping = properties(icu=True)
    for facet in ("country", "principle", "guarantee", "theme", "stage", "type"):
        assert mapping[facet] == {"type": "keyword"}
    assert mapping["title_en"]["analyzer"] == "english"
    assert mapping["body_fr"]["analyzer"] == "french"
    assert mapping["title_th"]["analyzer"] == "thai"
    assert mapping["title_km"]["analyzer"] == "spf_icu" and mapping["body_lo"]["analyzer"] == "spf_icu"
    assert mapping["title_zh_hans"]["analyzer"] == "spf_icu"
    assert mapping["title_ind"]["analyzer"] == "indonesian"  # modeltranslation's suffix for 'id'
    assert mapping["summary_km"]["index"] is False
    assert properties(icu=False)["title_km"]["analyzer"] == "standard"


def test_query_body_searches_the_readers_language_then_english_with_facet_filters():
    query = SearchQuery(text="health insurance", filters={"theme": ("mis",), "country": ("KH", "TH")}, language="km", page=2)
    body = ElasticsearchEngine().build(query)._s.to_dict()
    match = body["query"]["multi_match"]
    assert match["query"] == "health insurance" and match["operator"] == "and"
    assert match["fields"] == ["title_km^10", "body_km", "title_en^10", "body_en"]
    assert body["from"] == 20 and body["size"] == 20
    post_filter = str(body["post_filter"])
    assert "'theme': ['mis']" in post_filter and "'country': ['KH', 'TH']" in post_filter
    theme_agg = body["aggs"]["_filter_theme"]
    assert "country" in str(theme_agg["filter"]) and "'theme'" not in str(theme_agg["filter"])  # own filter left out
    assert theme_agg["aggs"]["theme"]["terms"]["field"] == "theme"


def test_empty_query_sorts_by_date():
    body = ElasticsearchEngine().build(SearchQuery(language="en"))._s.to_dict()
    assert "query" not in body and body["sort"] == [{"date": {"order": "desc"}}]


def test_response_is_read_into_the_common_shape():
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
                        "title_en": "SSDM",
                        "title_km": "យន្តការ SSDM",
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
                        "title_en": "An expert",
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
