"""An editor picks a case study's other countries by typing part of their names, by keyboard and
mouse, sees them as chips, removes one, and saves; the admin asks no other host meanwhile."""

import re
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser


def test_editor_searches_picks_and_removes_countries(page, site, django_user_model):
    from casestudies.models import CaseStudyPage

    case_study = CaseStudyPage.objects.live().filter(slug="sassa-mobile-outreach").first() or CaseStudyPage.objects.live().first()
    before = {country.iso2 for country in case_study.countries.all()}
    assert not before & {"KH", "CM"}
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname))
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-test-password")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(f"{site}/admin/pages/{case_study.pk}/edit/")
    page.locator("[role=tab]", has_text="Taxonomy").click()
    search = page.get_by_role("combobox", name=re.compile("other countries", re.I))
    assert not page.locator("select[name=countries]").is_visible()  # the script replaced the long list

    listbox = page.get_by_role("listbox", name=re.compile("other countries", re.I))
    names = page.locator(".searchable-select__chip span")
    shown = names.all_inner_texts()
    assert len(shown) == len(before) and shown  # the chosen countries are chips from the start

    # keyboard: part of the name, not its start; Enter picks the match (and does not submit)
    search.fill("mbod")
    assert listbox.get_by_role("option").all_inner_texts() == ["Cambodia"]
    search.press("ArrowDown")
    search.press("Enter")
    assert "Cambodia" in names.all_inner_texts()
    assert search.input_value() == ""

    # case does not matter; the mouse works too; no match says so
    search.fill("CAMER")
    listbox.get_by_role("option", name="Cameroon", exact=True).click()
    assert {"Cambodia", "Cameroon"} <= set(names.all_inner_texts())
    search.fill("zzzz")
    assert page.locator(".searchable-select__none").inner_text() == "No match"
    search.fill("")
    search.press("ArrowDown")  # in the empty box: every country not yet chosen, Escape closes
    listed = listbox.get_by_role("option").all_inner_texts()
    assert len(listed) > 150 and "Cambodia" not in listed and "Brazil" in listed
    search.press("Escape")
    assert not listbox.is_visible()

    # a chip's button removes its country; Backspace in the empty box removes the last chip
    page.get_by_role("button", name="Remove Cambodia").click()
    assert "Cambodia" not in names.all_inner_texts()
    last = names.last.inner_text()
    search.press("Backspace")
    assert last not in names.all_inner_texts()
    search.fill(last)
    listbox.get_by_role("option", name=last, exact=True).click()
    selected = page.eval_on_selector("select[name=countries]", "s => Array.from(s.selectedOptions, o => o.text)")
    assert "Cameroon" in selected and "Cambodia" not in selected and last in selected

    page.get_by_role("button", name="Save draft").click()
    page.wait_for_selector(".messages")
    latest = CaseStudyPage.objects.get(pk=case_study.pk).get_latest_revision_as_object()
    assert {country.iso2 for country in latest.countries.all()} == before | {"CM"}
    assert hosts <= {"localhost", "127.0.0.1"}, hosts
