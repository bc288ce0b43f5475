"""An editor picks a case study's other countries by typing part of their names, by keyboard and
mouse, sees them as chips, removes one, and saves; the admin asks no other host meanwhile."""

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

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
    expect(search).to_be_visible()
    expect(page.locator("select[name=countries]")).to_be_hidden()  # the script replaced the long list

    listbox = page.get_by_role("listbox", name=re.compile("other countries", re.I))
    names = page.locator(".searchable-select__chip span")
    expect(names).to_have_count(len(before))  # the chosen countries are chips from the start
    assert before

    # keyboard: part of the name, not its start; Enter picks the match (and does not submit)
    search.fill("mbod")
    expect(listbox.get_by_role("option")).to_have_text(["Cambodia"])
    search.press("ArrowDown")
    search.press("Enter")
    expect(names.filter(has_text="Cambodia")).to_have_count(1)
    expect(search).to_have_value("")

    # case does not matter; the mouse works too; no match says so
    search.fill("CAMER")
    listbox.get_by_role("option", name="Cameroon", exact=True).click()
    expect(names.filter(has_text="Cameroon")).to_have_count(1)
    expect(names.filter(has_text="Cambodia")).to_have_count(1)
    search.fill("zzzz")
    expect(page.locator(".searchable-select__none")).to_have_text("No match")
    search.fill("")
    search.press("ArrowDown")  # in the empty box: every country not yet chosen, Escape closes
    expect(listbox.get_by_role("option", name="Brazil", exact=True)).to_be_visible()
    listed = listbox.get_by_role("option").all_inner_texts()
    assert len(listed) > 150 and "Cambodia" not in listed and "Brazil" in listed
    search.press("Escape")
    expect(listbox).to_be_hidden()

    # a chip's button removes its country; Backspace in the empty box removes the last chip
    page.get_by_role("button", name="Remove Cambodia").click()
    expect(names.filter(has_text="Cambodia")).to_have_count(0)
    count = names.count()
    last = names.last.inner_text()
    search.press("Backspace")
    expect(names).to_have_count(count - 1)
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
