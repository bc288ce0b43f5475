"""The search page says how it read the query: the correction, the concepts, why each card matched,
the matched words marked; and on a phone the filters fold behind one control."""

import html
import re
from urllib.parse import parse_qs, urlparse

import pytest


def page(client, language="en", **params):
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def search_box(content):
    return html.unescape(re.search(r'<input id="q" type="search" name="q" value="([^"]*)"', content).group(1))


def test_a_corrected_query_says_so_and_offers_the_words_as_typed(client, demo):
    content = page(client, q="helth insurance", theme="outreach")
    assert "Showing results for <strong>health insurance</strong>." in content
    assert search_box(content) == "helth insurance"  # the box keeps what was typed
    link = html.unescape(re.search(r'Search instead for <a href="([^"]+)">helth insurance</a>', content).group(1))
    params = parse_qs(urlparse(link).query)
    assert params == {"q": ["helth insurance"], "theme": ["outreach"], "correct": ["0"]}
    assert 'name="correct"' not in content  # a new search from the box corrects again

    as_typed = client.get("/en/search/" + link).content.decode()
    assert "Showing results for" not in as_typed and "corrected from" not in as_typed
    assert search_box(as_typed) == "helth insurance"


def test_each_card_of_a_corrected_search_says_which_word_was_corrected(client, demo):
    content = page(client, q="helth insurance")
    assert "Matched “health insurance” (corrected from “helth”)" in content


def test_a_concept_named_in_french_is_shown_and_cards_say_what_they_matched_through(client, demo):
    content = page(client, "fr", q="santé", type="event")
    understood = re.search(r'<p class="meta understood">(.*?)</p>', content, re.S).group(1)
    assert "Soins de santé essentiels" in understood
    assert re.search(r'<p class="meta matched-by">[^<]*Soins de santé essentiels', content)
    assert "Trouvé grâce à\u00a0:" in content  # "Matched through:" in French


def test_a_concept_that_is_the_word_typed_is_not_repeated(client, demo):
    content = page(client, q="Laos")
    assert 'class="meta understood"' not in content


def test_a_partial_match_says_that_some_words_are_missing(client, demo):
    content = page(client, q="Laos pension")
    assert "No result contains all your words; showing results with some of them." in content


def test_the_matched_words_are_marked_in_titles_and_summaries(client, demo):
    content = page(client, q="health insurance")
    summaries = re.findall(r'<p class="summary">(.*?)</p>', content, re.S)
    assert any("<mark>health insurance</mark>" in summary for summary in summaries)
    titles = re.findall(r"<h2><a [^>]*>(.*?)</a></h2>", content, re.S)
    assert any("<mark>health insurance</mark>" in title for title in titles)
    assert all(len(re.sub(r"<[^>]+>", "", summary).split()) <= 41 for summary in summaries)  # still truncated


def test_marked_words_are_found_inside_a_thai_sentence(client, demo):
    content = page(client, "th", q="ประกันสังคม")
    assert "<mark>ประกันสังคม</mark>" in content


def test_a_query_with_markup_is_escaped_everywhere(client, demo):
    content = page(client, q='<script>alert("x")</script> health')
    assert "<script>alert" not in content
    assert "&lt;script&gt;" in content
    assert "<mark>" in content


@pytest.mark.parametrize("filtered", [False, True])
def test_no_results_offers_to_remove_a_filter_only_when_one_is_set(client, demo, filtered):
    params = {"q": "zzqxv", "correct": "0"} | ({"country": "NP", "theme": "mis"} if filtered else {})
    content = page(client, **params)
    assert "Nothing matches your search." in content
    help_block = re.search(r'<div class="no-results">(.*?)</div>', content, re.S).group(1)
    assert ("Remove a filter" in help_block) == filtered
    assert "/experts/request/" in help_block
    if filtered:
        removals = re.findall(r'<a href="([^"]+)" aria-label="Remove filter', help_block)
        assert len(removals) == 2
        assert {tuple(sorted(parse_qs(urlparse(html.unescape(url)).query))) for url in removals} == {
            ("correct", "country", "q"),
            ("correct", "q", "theme"),
        }


def test_no_results_for_words_as_typed_asks_did_you_mean(client, demo):
    content = page(client, q="helth insurance", correct="0", country="NP", type="expert")
    help_block = re.search(r'<div class="no-results">(.*?)</div>', content, re.S).group(1)
    match = re.search(r'Did you mean <a href="([^"]+)">health insurance</a>\?', help_block)
    assert match
    assert parse_qs(urlparse(html.unescape(match.group(1))).query) == {"q": ["health insurance"], "country": ["NP"], "type": ["expert"]}


def test_no_results_offers_the_concept_on_its_own(client, demo):
    content = page(client, q="health", country="NP", type="event")
    help_block = re.search(r'<div class="no-results">(.*?)</div>', content, re.S).group(1)
    assert re.search(r'See everything on <a href="\?guarantee=health">Essential health care</a>', help_block)


def test_the_filters_fold_behind_a_control_that_counts_the_active_ones(client, demo):
    content = page(client, q="health", theme="outreach", country="KH")
    control = re.search(r'<details class="filters"[^>]*>\s*<summary[^>]*>(.*?)</summary>', content, re.S)
    assert control and "Filters" in control.group(1)
    assert re.search(r'class="filter-count"[^>]*>2 active<', control.group(1))
    unfiltered = re.search(r"<summary[^>]*>(.*?)</summary>", page(client, q="health"), re.S).group(1)
    assert "active" not in unfiltered
    assert '<details class="filters" open' not in content  # folded unless opened (wide screens show it by CSS)


def test_a_guide_chapter_is_labelled_as_one(client, demo):
    content = page(client, q="coordination mechanisms", type="chapter")
    assert '<p class="card-type">Guide chapter</p>' in content


def facet_links(content, facet):
    """{value: (href's parameters, aria-checked)} of the options of `facet` on a search page."""
    block = re.search(rf'<fieldset class="facet" data-facet="{facet}">(.*?)</fieldset>', content, re.S).group(1)
    options = re.findall(r'<a class="facet-option[^"]*" href="([^"]*)" role="checkbox" aria-checked="(\w+)" data-value="([^"]*)"', block)
    return {value: (parse_qs(urlparse(html.unescape(href)).query), checked) for href, checked, value in options}


def test_each_filter_option_adds_or_removes_itself_and_keeps_the_rest_of_the_search(client, demo):
    content = page(client, q="health", theme="outreach", country="KH", page="1")
    themes = facet_links(content, "theme")
    assert themes["outreach"] == ({"q": ["health"], "country": ["KH"]}, "true")  # chosen: its link takes it away
    other = next(value for value in themes if value != "outreach")
    assert themes[other] == ({"q": ["health"], "theme": ["outreach", other], "country": ["KH"]}, "false")
    countries = facet_links(content, "country")
    assert countries["KH"][1] == "true" and countries["KH"][0] == {"q": ["health"], "theme": ["outreach"]}
    types = facet_links(content, "type")
    assert types["case-study"] == ({"q": ["health"], "theme": ["outreach"], "country": ["KH"], "type": ["case-study"]}, "false")
    assert all("page" not in params for links in (themes, countries, types) for params, _checked in links.values())


def test_cards_name_their_countries_themes_and_languages_in_the_readers_language(client, demo):
    content = page(client, "km", q="health", country="KH")
    card = re.search(r'<article class="card result result-case-study">.*?</article>', content, re.S).group(0)
    assert '<li class="tag tag-country"><a href="/km/countries/kh/">កម្ពុជា</a></li>' in card
    assert re.search(r'<li class="tag tag-theme"><span>[^<]*[\u1780-\u17ff][^<]*</span></li>', card)  # a theme's Khmer label
    assert re.search(r'<p class="available-in meta">[^<]+ (<span lang="[a-z-]+">[^<]+</span>(, )?)+</p>', card)
    assert '<span lang="en">English</span>' in card
