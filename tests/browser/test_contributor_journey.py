"""A practitioner becomes a contributor and her case study reaches the public site, in a real
browser: the application in Khmer, staff approval, the set-password mail, writing and submitting
in the admin, a moderator's preview and approval, then the home page, the profile and search.
And an editor saves a brand-new case study as a draft with only its title."""

import re

import pytest
from django.core import mail
from django.utils import translation

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-password"
CONTRIBUTOR_PASSWORD = "Kampot-pepper-2026-salt"
EMAIL = "sokha.journey@example.org"
# A Khmer title whose words ICU finds: "Health insurance for tuk-tuk drivers in Kampot".
TITLE_KM = "ធានារ៉ាប់រងសុខភាពសម្រាប់អ្នករត់តុកតុកនៅកំពត"
SEARCH_WORD_KM = "កំពត"  # Kampot, inside the title without a space
TITLE_EN = "Health insurance for tuk-tuk drivers in Kampot"
SUMMARY_KM = "មូលនិធិជាតិរបបសន្តិសុខសង្គមបានចុះឈ្មោះអ្នករត់តុកតុកចំនួនបីពាន់នាក់ក្នុងរបបធានារ៉ាប់រងសុខភាព។"
SUMMARY_EN = "The National Social Security Fund enrolled three thousand tuk-tuk drivers of Kampot in its health insurance."
SET_PASSWORD_LINK = re.compile(r"http://testserver(/admin/password_reset/[^\s]+)")


def sign_in(page, site, username, password):
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def show_language(page, code):
    """Show a language's fields with the editor's language toggle (each toggle shows or hides one)."""
    toggle = page.locator("button.locale-toggle", has_text=re.compile(f"^{code}$", re.I))
    if "showing-locale" not in (toggle.get_attribute("class") or ""):
        toggle.click()


def test_a_practitioner_applies_writes_a_case_study_and_sees_it_published(page, browser, site, django_user_model):
    from django.contrib.auth.models import Group

    from casestudies.models import CaseStudyPage
    from compendium.pages.models import CountryPage
    from compendium.taxonomy.models import Country, Theme
    from contributors.models import ContributorApplication

    cambodia = CountryPage.objects.get(country__code="KH")
    moderator = django_user_model.objects.create_user("moderator", "moderator@example.org", PASSWORD)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    mail.outbox.clear()

    # 1. The practitioner applies in Khmer.
    page.goto(f"{site}/km/contribute/")
    assert page.locator("html").get_attribute("lang") == "km"
    page.fill("#id_name", "Sokha Chan")
    page.fill("#id_email", EMAIL)
    page.fill("#id_institution", "National Social Security Fund")
    page.select_option("#id_country", str(Country.objects.get(code="KH").pk))
    page.fill("#id_role", "Deputy Director, health insurance")
    page.fill("#id_motivation", "How NSSF brought tuk-tuk drivers of Kampot into health insurance.")
    page.locator("form.request-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/km/contribute/thanks/$"))
    application = ContributorApplication.objects.get(email=EMAIL)
    assert application.status == "pending" and application.language == "km"

    # 2. Staff approve it in Admin → Contributors → Applications.
    staff = browser.new_context(locale="en-GB")
    staff_page = staff.new_page()
    staff_page.set_default_timeout(15_000)
    sign_in(staff_page, site, "moderator", PASSWORD)
    staff_page.get_by_role("button", name="Contributors").click()
    staff_page.get_by_role("link", name="Applications").click()
    row = staff_page.locator("tr", has_text="Sokha Chan")
    row.get_by_role("button", name=re.compile("More options|Actions")).click()
    row.get_by_role("link", name="Approve").click()
    staff_page.wait_for_url(re.compile(r"/admin/contributors/applications/\d+/approve/$"))
    staff_page.locator("main form button[type=submit]", has_text="Approve").click()
    staff_page.wait_for_url(re.compile(r"/admin/snippets/contributors/contributorapplication/"))
    assert "can now contribute for Cambodia" in staff_page.content()
    application.refresh_from_db()
    assert application.status == "approved" and application.user.email == EMAIL

    # 3. The contributor sets her password through the link in the mail.
    welcome = [m for m in mail.outbox if EMAIL in m.to][-1]
    link = SET_PASSWORD_LINK.search(welcome.body).group(1)
    page.goto(site + link)
    page.fill("#id_new_password1", CONTRIBUTOR_PASSWORD)
    page.fill("#id_new_password2", CONTRIBUTOR_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()
    assert "/admin/password_reset/complete/" in page.url, page.content()[:2000]

    # 4. She signs in; her dashboard offers to write for Cambodia; she writes in Khmer and English
    #    and submits to moderation. Her admin speaks Khmer, the language she applied in.
    with translation.override("km"):
        country_km = Country.objects.get(code="KH").name
        write_label = translation.gettext("Write a case study for %(country)s") % {"country": country_km}
        taxonomy_tab = translation.gettext("Taxonomy")
        in_moderation = translation.gettext("In moderation")
        latest_heading = translation.gettext("Latest case studies")
    sign_in(page, site, application.user.get_username(), CONTRIBUTOR_PASSWORD)
    page.get_by_role("link", name=write_label).first.click()
    page.wait_for_url(re.compile(rf"/admin/pages/add/casestudies/casestudypage/{cambodia.pk}/$"))
    show_language(page, "en")
    show_language(page, "km")
    page.fill("#id_title_en", TITLE_EN)
    page.fill("#id_title_km", TITLE_KM)
    page.fill("#id_summary_en", SUMMARY_EN)
    page.fill("#id_summary_km", SUMMARY_KM)
    page.get_by_role("tab", name=taxonomy_tab).click()
    page.check(f"input[name=themes][value='{Theme.objects.get(slug='outreach').pk}']")
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name=re.compile("Submit to Moderators approval")).click()
    page.wait_for_load_state()
    case_study = CaseStudyPage.objects.get(title_en=TITLE_EN)
    assert case_study.get_parent().pk == cambodia.pk and not case_study.live
    assert case_study.owner == application.user and case_study.workflow_in_progress
    assert (case_study.title_km, case_study.summary_km) == (TITLE_KM, SUMMARY_KM)
    page.goto(f"{site}/admin/")
    submission = page.locator("#my-submissions-heading ~ table tbody tr").first
    assert TITLE_KM in submission.inner_text() and in_moderation in submission.inner_text()

    # 5. A moderator opens the preview of the submitted revision from "Awaiting your review", reads
    #    it, then approves and publishes it through the workflow in the editor.
    staff_page.goto(f"{site}/admin/")
    edit_link = staff_page.locator(f"a[href='/admin/pages/{case_study.pk}/edit/']")
    review = staff_page.locator("#awaiting-review-section tbody tr", has=edit_link)
    review.get_by_role("button", name="Actions").click()
    with staff.expect_page() as opened:
        review.get_by_role("link", name="Preview").click()
    preview = opened.value
    preview.wait_for_load_state()
    assert re.search(rf"/admin/pages/workflow/preview/{case_study.pk}/\d+/$", preview.url)
    assert TITLE_EN in preview.locator("h1").inner_text()
    assert SUMMARY_EN in preview.locator("main").inner_text()
    preview.close()
    staff_page.goto(f"{site}/admin/pages/{case_study.pk}/edit/")
    staff_page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    staff_page.get_by_role("button", name=re.compile("Approve and publish", re.I)).click()
    staff_page.wait_for_url(re.compile(r"/admin/"))
    case_study.refresh_from_db()
    assert case_study.live and not case_study.workflow_in_progress
    published_mail = [m for m in mail.outbox if EMAIL in m.to][-1]
    assert TITLE_KM in published_mail.subject and f"http://testserver/km/countries/kh/{case_study.slug}/" in published_mail.body

    # 6. The public site shows it: among the home page's latest case studies, on Cambodia's
    #    profile, and in search for a word inside its Khmer title.
    page.goto(f"{site}/km/")
    latest = page.locator("section", has=page.get_by_role("heading", name=latest_heading, level=2))
    assert latest.get_by_role("link", name=TITLE_KM).count() == 1
    page.goto(f"{site}/km/countries/kh/")
    assert page.get_by_role("link", name=TITLE_KM).count() >= 1
    page.goto(f"{site}/km/search/?q={SEARCH_WORD_KM}")
    result = page.get_by_role("link", name=TITLE_KM)
    assert result.count() >= 1 and result.first.get_attribute("href").endswith(f"/km/countries/kh/{case_study.slug}/")
    staff.close()


def test_an_editor_saves_a_new_case_study_as_a_draft_with_only_a_title(page, site, django_user_model):
    from django.contrib.auth.models import Group

    from casestudies.models import CaseStudyPage
    from compendium.pages.models import CountryPage

    laos = CountryPage.objects.get(country__code="LA")
    editor = django_user_model.objects.create_user("editor", "editor@example.org", PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in(page, site, "editor", PASSWORD)

    page.goto(f"{site}/admin/pages/{laos.pk}/")
    page.get_by_role("link", name=re.compile("Add child page")).first.click()
    page.wait_for_url(re.compile(rf"/admin/pages/add/casestudies/casestudypage/{laos.pk}/$"))
    assert "validation errors" not in page.locator("body").inner_text()
    # Typed, as a person does: each keystroke also fills the slug (Wagtail syncs it on keyup).
    page.locator("#id_title_en").press_sequentially("Village health volunteers in Savannakhet")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))

    body = page.locator("body").inner_text()
    assert "could not be created" not in body and "validation errors" not in body
    assert page.locator(".error-message:visible, .w-field--error:visible").count() == 0
    assert page.locator(".messages .success", has_text="Page 'Village health volunteers in Savannakhet' created.").count() == 1
    draft = CaseStudyPage.objects.get(title_en="Village health volunteers in Savannakhet")
    assert not draft.live and draft.get_parent().pk == laos.pk and draft.owner == editor
    assert [country.iso2 for country in draft.countries.all()] == ["LA"]
    assert draft.summary_en in ("", None) and not draft.themes.exists()
