"""What people do in a real browser: search with facets, switch language, ask for a peer."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_search_facet_click_changes_count_and_results(page, site):
    page.goto(f"{site}/en/search/?q=")
    total = int(re.search(r"\d+", page.locator(".result-count").inner_text()).group())
    assert total >= 40
    option = page.locator('fieldset[data-facet="theme"] a[data-value="mis"]')
    expected = int(option.locator(".count").inner_text())
    assert 0 < expected < total
    option.click()
    page.wait_for_url(re.compile(r"theme=mis"))
    count = int(re.search(r"\d+", page.locator(".result-count").inner_text()).group())
    assert count == expected
    assert page.locator('fieldset[data-facet="theme"] a[data-value="mis"][aria-checked="true"]').count() == 1
    assert page.locator(".chips a").count() == 1
    titles = page.locator(".result h2").all_inner_texts()
    assert titles and len(titles) == min(count, 20)


def test_language_switch_keeps_the_case_study(page, site):
    page.goto(f"{site}/en/countries/za/sassa-mobile-outreach/")
    heading = page.locator("h1").inner_text()
    page.locator('.language-switcher a[hreflang="km"]').click()
    page.wait_for_url(re.compile(r"/km/countries/za/sassa-mobile-outreach/"))
    assert page.locator("html").get_attribute("lang") == "km"
    assert "16.1 million" in page.content()
    page.locator('.language-switcher a[hreflang="en"]').click()
    assert page.locator("h1").inner_text() == heading
