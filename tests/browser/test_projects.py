"""A donor-facing reader in a browser: find the ILO-China project, read its budget lines and
indicators, and download a progress report."""

import datetime
import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from projects.models import ProjectPage, ProjectReport

pytestmark = pytest.mark.browser


def test_a_donor_reads_the_ilo_china_project_and_downloads_a_progress_report(page, site):
    # The seeds hold no progress report: the test publishes one, as an editor would.
    project = ProjectPage.objects.get(slug="ilo-china-ssc-project")
    document = get_document_model().objects.create(
        title="ILO-China progress report",
        file=ContentFile(b"%PDF-1.4 ILO-China progress", name="ilo-china-progress.pdf"),
        collection=Collection.get_first_root_node(),
    )
    project.reports.add(ProjectReport(title_en="Progress report, first year", date=datetime.date(2019, 6, 30), document=document))
    project.save_revision().publish()

    page.goto(f"{site}/en/projects/")
    page.select_option("select[name=country]", "KH")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"country=KH"))
    page.get_by_role("link", name=re.compile("ILO-China South-South cooperation project")).first.click()
    page.wait_for_url(re.compile(r"/en/projects/ilo-china-ssc-project/"))

    rows = page.locator("table.budget tbody tr")
    assert rows.count() == 3
    budget = page.locator("table.budget").inner_text()
    assert budget.count("800,000") == 2 and "300,000" in budget
    assert "1,900,000" in page.locator("table.budget tfoot").inner_text()
    indicators = page.locator("table.indicators").inner_text()
    assert "Social protection coverage in Cambodia" in indicators and "12.4" in indicators

    with page.expect_download() as download:
        page.locator("#reports").get_by_role("link", name="Progress report, first year").click()
    assert open(download.value.path(), "rb").read() == b"%PDF-1.4 ILO-China progress"
    # At phone width the page does not scroll sideways; the budget table keeps to its box.
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
