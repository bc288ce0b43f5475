"""An editor opens a case study in the admin, opens its preview panel and reads its figures there."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_editor_previews_a_case_study_and_sees_its_figures(page, site, django_user_model):
    from casestudies.models import CaseStudyPage

    case_study = CaseStudyPage.objects.live().filter(figures__isnull=False).distinct().first()
    figure = case_study.figures.first()
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-test-password")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(f"{site}/admin/pages/{case_study.pk}/edit/")
    page.locator("button[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("iframe[id='w-preview-iframe'], .preview-panel iframe, iframe[title*='Preview']").first
    preview.locator(".key-figure, .figures").first.wait_for()
    assert figure.value in preview.locator("body").inner_text()
    assert "Something went wrong" not in preview.locator("body").inner_text()
