"""The case-study importer: a good file, bad rows, a dry run, a re-import, Excel."""

import csv
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from casestudies.models import CaseStudyPage
from compendium.ops.importer import Importer, ImportFailed

pytestmark = pytest.mark.django_db
TEMPLATE = Path(__file__).resolve().parent.parent.parent / "static" / "import" / "case-studies-template.csv"
COLUMNS = ["slug", "title", "country", "countries", "summary", "themes", "guarantees", "principles", "stage", "period_start", "title_km"]


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def row(**values):
    base = {
        "slug": "nepal-social-security-fund",
        "title": "Nepal: a contributory Social Security Fund",
        "country": "NP",
        "countries": "NP|IN",
        "summary": "Nepal's Social Security Fund covers formal-sector workers.",
        "themes": "coordination",
        "guarantees": "working-age|health",
        "principles": "a|h",
        "stage": "design",
        "period_start": "2019",
        "title_km": "នេប៉ាល់៖ មូលនិធិសន្តិសុខសង្គម",
    }
    base.update(values)
    return base


def test_the_shipped_template_imports(demo):
    report = Importer().run(TEMPLATE)
    assert report.created == ["ghana-livelihood-empowerment"]
    page = CaseStudyPage.objects.get(slug="ghana-livelihood-empowerment")
    assert page.live and page.get_parent().specific.country.iso2 == "GH"
    assert {t.slug for t in page.themes.all()} == {"integrated-packages", "mis"}
    assert [link.principle.code for link in page.principle_links.all()] == ["a", "e", "h"]


def test_a_good_file_creates_searchable_translated_case_studies(client, demo, tmp_path):
    call_command("import_case_studies", str(write(tmp_path / "good.csv", [row(), row(slug="nepal-two", title="Nepal two")])), verbosity=0)
    page = CaseStudyPage.objects.get(slug="nepal-social-security-fund")
    assert page.title_km == "នេប៉ាល់៖ មូលនិធិសន្តិសុខសង្គម" and {c.iso2 for c in page.countries.all()} == {"NP", "IN"}
    assert page.stage.slug == "design" and page.period_start == 2019
    assert client.get("/api/search/", {"q": "Social Security Fund", "country": "NP"}).json()["count"] >= 1


def test_bad_rows_are_all_reported_and_nothing_is_written(demo, tmp_path):
    rows = [row(), row(slug="Bad Slug", country="XX", themes="", stage="nope", period_start="19"), row(principles="z")]
    with pytest.raises(ImportFailed) as failure:
        Importer().run(write(tmp_path / "bad.csv", rows))
    messages = {(error.row, error.column) for error in failure.value.report.errors}
    assert {(3, "slug"), (3, "country"), (3, "themes"), (3, "stage"), (3, "period_start"), (4, "principles"), (4, "slug")} <= messages
    assert not CaseStudyPage.objects.filter(slug="nepal-social-security-fund").exists()
    with pytest.raises(CommandError, match="Nothing imported"):
        call_command("import_case_studies", str(tmp_path / "bad.csv"), verbosity=0)


def test_dry_run_writes_nothing(demo, tmp_path):
    report = Importer().run(write(tmp_path / "dry.csv", [row()]), dry_run=True)
    assert report.created == ["nepal-social-security-fund"]
    assert not CaseStudyPage.objects.filter(slug="nepal-social-security-fund").exists()


def test_reimport_updates_by_slug_without_duplicates(demo, tmp_path):
    path = write(tmp_path / "file.csv", [row()])
    Importer().run(path)
    again = Importer().run(path)
    assert again.unchanged == ["nepal-social-security-fund"] and not again.created
    changed = Importer().run(write(tmp_path / "changed.csv", [row(title="Nepal: the Social Security Fund, revised")]))
    assert changed.updated == ["nepal-social-security-fund"]
    assert CaseStudyPage.objects.filter(slug="nepal-social-security-fund").count() == 1
    assert CaseStudyPage.objects.get(slug="nepal-social-security-fund").title_en == "Nepal: the Social Security Fund, revised"


def test_excel_files_import_too(demo, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(COLUMNS)
    sheet.append([row()[column] for column in COLUMNS])
    workbook.save(tmp_path / "file.xlsx")
    assert Importer().run(tmp_path / "file.xlsx").created == ["nepal-social-security-fund"]


def test_an_unreadable_file_is_a_clear_error(demo, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    with pytest.raises(ImportFailed) as failure:
        Importer().run(broken)
    assert "cannot be read" in str(failure.value.report.errors[0])
