"""The search behaviour every engine must have: ranking, facets, counts, languages, segmentation.

Content is built here, in Nepal (which has no demo content), so each test can isolate it with
the country facet; the demo content around it keeps the engine honest about scale and noise.
"""

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from compendium import search
from compendium.core.bitsets import bits_of, bits_of_words, ids_of
from compendium.search import SearchError, parse_query
from compendium.search.facet_index import FacetIndex
from tests import factories

pytestmark = pytest.mark.django_db


def run(language="en", **params):
    params = {key: value if isinstance(value, list) else [value] for key, value in params.items()}
    return search.search(parse_query(params, language))


def titles(results):
    return [result["title"] for result in results.results]


@pytest.fixture
def nepal(demo):
    """Five case studies and an expert in Nepal, with text in several languages and scripts."""
    profile = factories.country_page(demo["countries"], "NP")
    pages = {
        "title_hit": factories.case_study(
            profile,
            "Pension reform for informal workers",
            "A summary about coverage.",
            ["coordination"],
            ["elderly"],
            ["a", "e"],
            stage="design",
        ),
        "body_hit": factories.case_study(
            profile,
            "Coverage of rural families",
            "The pension is paid at the village office.",
            ["outreach"],
            ["elderly", "children"],
            ["a"],
            stage="delivery",
        ),
        "khmer": factories.case_study(
            profile,
            "Health insurance for workers",
            "Insurance for private-sector workers.",
            ["coordination"],
            ["health"],
            ["c"],
            stage="design",
            title_km="ការធានារ៉ាប់រងសុខភាពសម្រាប់ពលករ",
            summary_km="គម្រោងធានារ៉ាប់រងសុខភាពសម្រាប់ពលករក្នុងវិស័យឯកជន",
        ),
        "lao_thai_chinese": factories.case_study(
            profile,
            "Social protection strategy",
            "A national strategy.",
            ["mis"],
            ["working-age"],
            ["p"],
            stage="assessment",
            title_lo="ຍຸດທະສາດການປົກປ້ອງສັງຄົມແຫ່ງຊາດ",
            summary_lo="ແຜນການປົກປ້ອງສັງຄົມແຫ່ງຊາດສໍາລັບທຸກຄົນ",
            title_th="ระบบหลักประกันสุขภาพถ้วนหน้า",
            summary_th="การขยายความคุ้มครองสุขภาพให้ครอบคลุมทุกคน",
            title_zh_hans="中国社会保障信息系统建设",
            summary_zh_hans="统一的社会保障信息系统覆盖全国",
        ),
        "spanish": factories.case_study(
            profile,
            "Youth employment",
            "Training and allowances.",
            ["employment"],
            ["working-age"],
            ["l"],
            stage="delivery",
            title_es="Empleo juvenil",
            summary_es="Capacitación y protección para jóvenes desempleados.",
        ),
    }
    factories.expert(demo["experts"], "Pension Expert", country="NP", themes=["coordination"], guarantees=["elderly"])
    return pages


def test_title_matches_rank_above_body_matches(nepal):
    results = run(q="pension", country="NP")
    assert results.count == 3  # two case studies and the expert
    found = titles(results)
    assert found.index("Pension reform for informal workers") < found.index("Coverage of rural families")
    assert found.index("Pension Expert") < found.index("Coverage of rural families")


def test_items_with_every_word_come_first_and_inflections_match(nepal):
    assert titles(run(q="pension village", country="NP")) == ["Coverage of rural families"]
    assert "Pension reform for informal workers" in titles(run(q="pensions", country="NP"))
    # One word found nowhere does not empty the page: the items with the other one, said so.
    partial = run(q="pension submarine", country="NP")
    assert partial.partial and partial.count == 3
    assert set(titles(partial)[:2]) == {"Pension reform for informal workers", "Pension Expert"}  # the title matches
    assert not run(q="pension village", country="NP").partial


@pytest.mark.parametrize(
    ("facet", "value", "expected"),
    [
        ("theme", "coordination", {"Pension reform for informal workers", "Health insurance for workers", "Pension Expert"}),
        ("guarantee", "elderly", {"Pension reform for informal workers", "Coverage of rural families", "Pension Expert"}),
        ("principle", "a", {"Pension reform for informal workers", "Coverage of rural families"}),
        ("stage", "design", {"Pension reform for informal workers", "Health insurance for workers"}),
        ("type", "expert", {"Pension Expert"}),
    ],
)
def test_each_facet_filters_exactly(nepal, facet, value, expected):
    results = run(country="NP", **{facet: value})
    assert set(titles(results)) == expected
    assert results.count == len(expected)


def test_or_within_a_facet_and_across_facets(nepal):
    either = run(country="NP", theme=["mis", "employment"])
    assert set(titles(either)) == {"Social protection strategy", "Youth employment"}
    both = run(country="NP", theme=["coordination", "outreach"], guarantee="elderly", type="case-study")
    assert set(titles(both)) == {"Pension reform for informal workers", "Coverage of rural families"}


def test_every_facet_count_equals_the_results_of_choosing_it(demo):
    for text in ("", "health"):
        base = run(q=text) if text else run()
        assert base.count > 0
        for facet, entries in base.facets.items():
            for entry in entries:
                chosen = run(q=text, **{facet: entry["value"]}) if text else run(**{facet: entry["value"]})
                assert chosen.count == entry["count"], (text, facet, entry)


def test_counts_of_a_facet_ignore_its_own_selection(nepal):
    results = run(country="NP", theme="mis")
    theme_counts = {entry["value"]: entry["count"] for entry in results.facets["theme"]}
    assert theme_counts["coordination"] == 3 and theme_counts["mis"] == 1  # alternatives stay visible
    guarantee_counts = {entry["value"]: entry["count"] for entry in results.facets["guarantee"]}
    assert guarantee_counts == {"working-age": 1}  # other facets are narrowed by theme=mis
    selected = [entry for entry in results.facets["theme"] if entry["selected"]]
    assert [entry["value"] for entry in selected] == ["mis"]


def test_facet_labels_are_in_the_readers_language(nepal):
    results = run(language="km", country="NP")
    labels = {entry["value"]: entry["label"] for entry in results.facets["country"]}
    assert labels["NP"] == "នេប៉ាល់"


@pytest.mark.parametrize(
    ("language", "word", "expected"),
    [
        ("km", "សុខភាព", "ការធានារ៉ាប់រងសុខភាពសម្រាប់ពលករ"),  # "health" inside an unspaced Khmer title
        ("km", "ពលករ", "ការធានារ៉ាប់រងសុខភាពសម្រាប់ពលករ"),  # "workers", at the end
        ("lo", "ສັງຄົມ", "ຍຸດທະສາດການປົກປ້ອງສັງຄົມແຫ່ງຊາດ"),  # "social": ICU splits it differently in context
        ("lo", "ແຫ່ງຊາດ", "ຍຸດທະສາດການປົກປ້ອງສັງຄົມແຫ່ງຊາດ"),  # "national"
        ("th", "สุขภาพ", "ระบบหลักประกันสุขภาพถ้วนหน้า"),  # "health"
        ("th", "ถ้วนหน้า", "ระบบหลักประกันสุขภาพถ้วนหน้า"),  # "universal"
        ("zh-hans", "信息系统", "中国社会保障信息系统建设"),  # "information system"
        ("zh-hans", "保障", "中国社会保障信息系统建设"),
    ],
)
def test_words_are_found_inside_unspaced_text(nepal, language, word, expected):
    results = run(language=language, q=word, country="NP")
    assert expected in titles(results)


def test_a_language_searches_its_own_text_then_english(nepal):
    spanish = run(language="es", q="jovenes", country="NP")  # accents folded: jóvenes
    assert titles(spanish) == ["Empleo juvenil"]
    assert run(language="en", q="jovenes", country="NP").count == 0  # English text does not say it
    fallback = run(language="km", q="pension", country="NP")  # no Khmer text: English is searched
    assert "Pension reform for informal workers" in titles(fallback)
    result = next(r for r in fallback.results if r["title"] == "Pension reform for informal workers")
    assert result["url"].startswith("/km/") and result["translated"] is False


def test_results_carry_the_contract_fields(nepal):
    result = run(q="pension reform", country="NP").results[0]
    assert result["type"] == "case-study"
    assert result["countries"] == ["NP"] and result["principles"] == ["a", "e"]
    assert result["guarantees"] == ["elderly"] and result["themes"] == ["coordination"]
    assert result["url"].startswith("/en/countries/np/")


def test_pagination(demo):
    first, second = run(page="1"), run(page="2")
    assert first.count == second.count > 20
    assert not set(titles(first)) & set(titles(second))
    assert run(page="99").results == []


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "*",
        "health*",
        "NEAR(health insurance)",
        "a OR b",
        "-health",
        "title_terms:health",
        "{grams}: x",
        "'; DROP TABLE x;--",
        "\u200b\u200d",
        "\u202eevil",
        "😀 health",
        "ä" * 400,
        "(((",
        "AND",
        "health AND",
        ":*",
        "\\",
        "%_%",
    ],
)
def test_search_operators_and_odd_text_never_fail(demo, text):
    results = run(q=text)
    # a consistent answer: the page holds what the count says, and the type facet adds up to it
    assert len(results.results) == min(results.count, results.per_page)
    assert sum(entry["count"] for entry in results.facets["type"]) == results.count


def test_bad_parameters_raise_clear_errors():
    with pytest.raises(SearchError, match="too long"):
        parse_query({"q": ["x" * 10_000]}, "en")
    with pytest.raises(SearchError, match="Unknown value"):
        parse_query({"principle": ["z"]}, "en")
    with pytest.raises(SearchError, match="whole number"):
        parse_query({"page": ["2.5"]}, "en")


def test_unpublished_and_deleted_pages_leave_the_index(nepal):
    page = nepal["spanish"]
    assert run(q="youth employment", country="NP").count == 1
    page.unpublish()
    assert run(q="youth employment", country="NP").count == 0
    page.save_revision().publish()
    assert run(q="youth employment", country="NP").count == 1
    page.delete()
    assert run(q="youth employment", country="NP").count == 0


def test_search_page_shows_facets_chips_tags_and_help(client, nepal):
    html = client.get("/en/search/", {"q": "pension", "country": "NP", "theme": "coordination"}).content.decode()
    assert 'data-facet="theme"' in html and 'aria-checked="true"' in html
    assert 'class="chips"' in html and "Remove filter" in html
    assert "Coherent strategies and coordination" in html  # a theme tag on a result card
    empty = client.get("/en/search/", {"q": "submarine", "country": "NP"}).content.decode()
    assert "Nothing matches your search." in empty
    khmer = client.get("/km/search/", {"q": "pension", "country": "NP"}).content.decode()
    assert "នេប៉ាល់" in khmer  # country labels in Khmer
    bad = client.get("/en/search/", {"theme": "nope"})
    assert bad.status_code == 400 and "Unknown value" in bad.content.decode()


@given(
    st.dictionaries(
        st.integers(0, 300), st.fixed_dictionaries({"theme": st.sets(st.sampled_from("abc")), "country": st.sets(st.sampled_from("XYZ"))})
    )
)
@hypothesis_settings(max_examples=60, deadline=None)
def test_facet_bitsets_count_what_the_rows_say(items):
    """The in-memory facet index against a plain count over the same (item, facet, value) rows."""
    rows = {
        (facet, value): [item for item, facets in items.items() if value in facets[facet]]
        for facet in ("theme", "country")
        for value in "abcXYZ"
    }
    index = FacetIndex(bits={key: bits_of(ids) for key, ids in rows.items() if ids}, every_item=bits_of(items))
    assert ids_of(index.every_item) == sorted(items)
    filters = {"theme": ("a", "b"), "country": ("X",)}

    def passes(facets, skip=None):
        return all(set(facets[facet]) & set(values) for facet, values in filters.items() if facet != skip)

    assert ids_of(index.chosen(filters)) == sorted(item for item, facets in items.items() if passes(facets))
    scope = index.chosen(filters, skip="country")
    expected = {}
    for facets in items.values():
        if passes(facets, skip="country"):
            for value in facets["country"]:
                expected[value] = expected.get(value, 0) + 1
    assert index.counts(scope, ["country"]) == {"country": expected}


@given(st.lists(st.sets(st.integers(0, 5000)), min_size=1, max_size=3))
@hypothesis_settings(max_examples=80, deadline=None)
def test_bitset_words_as_postgresql_sends_them(parts):
    """PostgreSQL answers a question with the item ids grouped by 64, one signed bigint a group
    (`bit_or(1::bigint << (item_id & 63))`, bit 63 making it negative), once per tsquery of the
    question, so a group can come twice: bits_of_words must give the bitset of every id sent."""

    def words(ids):  # what one tsquery's part of the statement returns
        grouped = {}
        for i in ids:
            grouped[i >> 6] = grouped.get(i >> 6, 0) | 1 << (i & 63)
        return [(k, word - (1 << 64) if word >> 63 else word) for k, word in grouped.items()]

    sent = [pair for ids in parts for pair in words(ids)]
    assert bits_of_words(sent) == bits_of(set().union(*parts))


def test_facet_counts_follow_a_publish_at_once(demo):
    before = run(theme="employment", country="NP").count
    factories.case_study(factories.country_page(demo["countries"], "NP"), "Job centres", themes=["employment"], countries=["NP"])
    after = run(theme="employment", country="NP")
    assert after.count == before + 1
    employment = [(entry["count"], entry["selected"]) for entry in after.facets["theme"] if entry["value"] == "employment"]
    assert employment == [(before + 1, True)]


def test_past_the_text_rank_window_every_match_still_comes_once(nepal, monkeypatch):
    from compendium.search import ranking

    monkeypatch.setattr(ranking, "TEXT_RANK_WINDOW", 2)  # groups of more than 2 items are not read
    everything = search.search(parse_query({"q": ["coverage"]}, "en"))
    assert everything.count > 4
    pages = [search.search(search.SearchQuery(text="coverage", language="en", page=n, per_page=3)) for n in range(1, 20)]
    urls = [result["url"] for page in pages for result in page.results]
    assert len(urls) == len(set(urls)) == everything.count  # every match once, on some page
