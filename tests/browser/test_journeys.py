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


def test_from_a_country_profile_to_a_request_staff_see_in_the_admin(page, site, django_user_model):
    from compendium.taxonomy.models import Country

    page.goto(f"{site}/en/countries/kh/")
    assert page.locator("#who-can-help .provider").count() >= 1
    page.locator("#who-can-help").get_by_role("link", name="See the full ranking and choose other needs").click()
    page.wait_for_url(re.compile(r"/en/match/\?country=KH"))
    assert page.locator(".provider h3").first.inner_text().startswith("Thailand")
    page.locator(".provider a.request-expert").first.click()
    page.wait_for_url(re.compile(r"/en/experts/request/\?expert=\d+"))
    assert "You are requesting" in page.content()
    assert page.locator("#id_country").input_value() == str(Country.objects.get(code="KH").pk)
    page.fill("#id_institution", "National Social Security Fund (browser test)")
    page.fill("#id_contact_name", "Sok Dara")
    page.fill("#id_contact_email", "dara@example.org")
    page.fill("#id_need", "We need a peer review of our health insurance design for private-sector workers.")
    page.get_by_role("button", name="Send the request").click()
    page.wait_for_url(re.compile(r"/en/experts/request/thanks/"))

    django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-test-password")
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", "staff")
    page.fill("#id_password", "a-long-test-password")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(f"{site}/admin/snippets/experts/peersupportrequest/")
    assert "National Social Security Fund (browser test)" in page.content()
    page.locator("a[href*='/admin/snippets/experts/peersupportrequest/edit/']").first.click()
    page.wait_for_url(re.compile(r"/edit/\d+/"))
    assert "Suggested matches" in page.content()
