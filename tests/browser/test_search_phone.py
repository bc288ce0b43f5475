"""The search page on a phone: the count and the first result on the first screen, the filters
behind one control; on a wide screen the filters in view as before."""

import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
AXE = Path(__file__).resolve().parent.parent.parent / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="en-GB", viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_on_a_phone_the_count_and_first_result_show_and_the_filters_fold(phone, site):
    phone.goto(f"{site}/en/search/?q=health")
    for selector in (".result-count", "article.result >> nth=0"):
        box = phone.locator(selector).bounding_box()
        assert box and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (selector, box)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # nothing wider than the screen
    facet = phone.locator('fieldset[data-facet="theme"]')
    assert not facet.is_visible()
    phone.get_by_text("Filters", exact=True).click()
    assert facet.is_visible()
    option = facet.locator('a[data-value="outreach"]')
    option.click()
    phone.wait_for_url(re.compile(r"theme=outreach"))
    assert "1 active" in phone.locator("details.filters summary").inner_text()


def test_without_javascript_the_filters_still_open(browser, site):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{site}/en/search/?q=health")
        facet = page.locator('fieldset[data-facet="type"]')
        assert not facet.is_visible()
        page.locator("details.filters summary").click()
        assert facet.is_visible()
    finally:
        context.close()


def test_on_a_wide_screen_the_filters_are_in_view_without_a_control(page, site):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site}/en/search/?q=health")
    assert page.locator('fieldset[data-facet="theme"]').is_visible()
    assert not page.locator("details.filters summary").is_visible()


def test_on_a_phone_the_open_filters_and_the_notes_pass_axe(browser, site):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (npm ci)")
    context = browser.new_context(viewport=PHONE, bypass_csp=True)  # axe is an injected script
    page = context.new_page()
    try:
        page.goto(f"{site}/en/search/?q=helth+insurance&theme=outreach")
        page.locator("details.filters summary").click()
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        serious = [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert not serious, json.dumps(serious, ensure_ascii=False)
    finally:
        context.close()
