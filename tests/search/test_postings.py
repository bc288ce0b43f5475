"""The database engine keeps each word's matches for one version of the index
(compendium.search.postings): a word searched before is not asked of the database again, and a
publish makes every answer new."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from compendium import search
from compendium.search import postings
from tests import factories

pytestmark = pytest.mark.django_db


def full_text_statements(**params):
    """The results of a search, and how many of its statements were full-text matches."""
    query = search.parse_query({key: [value] for key, value in params.items()}, "en")
    with CaptureQueriesContext(connection) as captured:
        results = search.search(query)
    asked = [q["sql"] for q in captured.captured_queries if " MATCH " in q["sql"] or "to_tsquery" in q["sql"]]
    return results, asked


def test_a_word_searched_before_is_not_asked_again_until_the_index_changes(demo):
    profile = factories.country_page(demo["countries"], "NP")
    factories.case_study(profile, "Zebu herders' pension", "Herders in the hills.", countries=["NP"])
    first, asked = full_text_statements(q="zebu pension", country="NP")
    assert first.count == 1 and asked
    again, asked = full_text_statements(q="zebu pension", theme="outreach")
    assert asked == []  # the same words, other filters: answered from memory
    assert [r["title"] for r in full_text_statements(q="zebu", country="NP")[0].results] == ["Zebu herders' pension"]
    _results, asked = full_text_statements(q="zebu herders", country="NP")
    assert asked and all("herde" in sql for sql in asked)  # only what was not asked before: "herders", the phrase

    factories.case_study(profile, "Zebu vaccination and pensions", countries=["NP"])  # the index changes
    after, asked = full_text_statements(q="zebu pension", country="NP")
    assert asked and after.count == 2  # asked afresh: the new case study is found at once


def test_the_memory_kept_stays_within_its_budget(demo, monkeypatch):
    monkeypatch.setattr(postings, "BUDGET_BYTES", 4096)
    postings.clear()
    for word in ("pension", "health", "insurance", "children", "coverage", "workers", "cash", "transfer"):
        full_text_statements(q=word)
    assert 0 < postings._memo["bytes"] <= 4096
    assert sum(postings._size(bits) for bits in postings._memo["answers"].values()) == postings._memo["bytes"]


def test_a_worker_reads_the_words_another_worker_asked(demo):
    """With a shared cache (Redis, as in production) a word one worker asked of the database is
    read by the others from the cache, for the same version of the index; with the process-local
    cache of the embedded default each worker asks on its own."""
    profile = factories.country_page(demo["countries"], "NP")
    factories.case_study(profile, "Zebu herders' pension", "Herders in the hills.", countries=["NP"])
    first, asked = full_text_statements(q="zebu pension", country="NP")
    assert first.count == 1 and asked
    postings.clear()  # another worker: nothing of its own in memory
    again, asked = full_text_statements(q="zebu pension", country="NP")
    assert [r["title"] for r in again.results] == [r["title"] for r in first.results]
    if postings.shared_cache():
        assert asked == []
    else:
        assert asked

    factories.case_study(profile, "Zebu vaccination and pensions", countries=["NP"])  # the index changes
    postings.clear()
    after, asked = full_text_statements(q="zebu pension", country="NP")
    assert asked and after.count == 2  # the answers kept for the old version are not read


def test_an_exact_title_searched_again_is_not_looked_up_again(demo):
    """The exact-title lookup is kept like the words: the next page or another filter of the same
    text costs no statement for it, and a new case study with that title is found at once."""
    profile = factories.country_page(demo["countries"], "NP")
    factories.case_study(profile, "Zebu herders' pension", "Herders in the hills.", countries=["NP"])

    def title_lookups(**params):
        query = search.parse_query({key: [value] for key, value in params.items()}, "en")
        with CaptureQueriesContext(connection) as captured:
            results = search.search(query)
        return results, [q["sql"] for q in captured.captured_queries if "title_key" in q["sql"]]

    first, looked_up = title_lookups(q="zebu herders pension")
    assert looked_up and first.results[0]["title"] == "Zebu herders' pension"
    again, looked_up = title_lookups(q="zebu herders pension", country="NP")
    assert looked_up == [] and again.results[0]["title"] == "Zebu herders' pension"

    factories.case_study(profile, "Zebu herders pension", "A second one, titled the same.", countries=["NP"])
    after, looked_up = title_lookups(q="zebu herders pension", country="NP")
    assert looked_up and {r["title"] for r in after.results[:2]} == {"Zebu herders' pension", "Zebu herders pension"}
