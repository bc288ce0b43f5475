"""Bulk import in the admin: upload a CSV or Excel file, read the dry-run report, apply it.

The view runs compendium.ops.importer (the command line's importer): the same checks, the same
all-or-nothing rule. The upload is kept server-side between dry run and apply, keyed by a random
token in the session, and apply refuses a file that changed since its dry run.
"""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from casestudies.models import CaseStudyPage
from compendium.ops import bulk_import

pytestmark = pytest.mark.django_db
COLUMNS = ["slug", "title", "country", "summary", "themes", "principles", "title_km"]


def good_row(**values):
    row = {
        "slug": "nepal-social-security-fund",
        "title": "Nepal: a contributory Social Security Fund",
        "country": "NP",
        "summary": "Nepal's Social Security Fund covers formal-sector workers.",
        "themes": "coordination",
        "principles": "a|h",
        "title_km": "នេប៉ាល់៖ មូលនិធិសន្តិសុខសង្គម",
    }
    row.update(values)
    return row


def csv_file(rows, name="cases.csv"):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile(name, out.getvalue().encode("utf-8"), content_type="text/csv")


def xlsx_file(rows, name="cases.xlsx"):
    book = Workbook()
    sheet = book.active
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([row[column] for column in COLUMNS])
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile(name, out.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@pytest.fixture
def importer_client(client, django_user_model):
    user = django_user_model.objects.create_user("importer", "importer@example.org", "pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="bulk_import"))
    client.force_login(user)
    return client


def dry_run(client, upload):
    return client.post(reverse("bulk_import"), {"file": upload})


def token_of(response):
    match = re.search(r'name="token" value="([^"]+)"', response.content.decode())
    assert match, "the dry-run report offers no apply button"
    return match.group(1)


def test_people_without_the_import_permission_are_refused(client, users, demo):
    url = reverse("bulk_import")
    assert client.get(url).status_code == 302  # to the admin login
    client.force_login(users["Editors"])
    response = client.post(url, {"file": csv_file([good_row()])})
    assert response.status_code in (302, 403)
    assert not CaseStudyPage.objects.filter(slug="nepal-social-security-fund").exists()
    assert "Bulk import" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_menu_offers_bulk_import_to_importers(importer_client, demo):
    home = importer_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Bulk import" in home and reverse("bulk_import") in home


def test_a_dry_run_reports_errors_by_row_and_column_and_changes_nothing(importer_client, demo):
    response = dry_run(importer_client, csv_file([good_row(), good_row(slug="nepal-two", country="XX", themes="")]))
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<tr data-row="3" data-column="country">.*unknown country code “XX”', html, re.S)
    assert 'data-row="3" data-column="themes"' in html
    assert 'name="token"' not in html  # nothing to apply
    assert "Nothing was imported" in html
    assert not CaseStudyPage.objects.filter(slug__in=["nepal-social-security-fund", "nepal-two"]).exists()


def test_a_good_dry_run_says_what_would_be_created_then_apply_creates_it(importer_client, demo):
    response = dry_run(importer_client, csv_file([good_row()]))
    html = response.content.decode()
    assert "nepal-social-security-fund" in html and "Would be created" in html
    assert not CaseStudyPage.objects.filter(slug="nepal-social-security-fund").exists()
    applied = importer_client.post(reverse("bulk_import_apply"), {"token": token_of(response)}, follow=True)
    page = CaseStudyPage.objects.get(slug="nepal-social-security-fund")
    assert page.live  # as the command line does
    assert page.title_km == "នេប៉ាល់៖ មូលនិធិសន្តិសុខសង្គម"
    assert page.get_parent().specific.country.iso2 == "NP"
    assert "Imported: 1 created, 0 updated, 0 unchanged." in applied.content.decode()
    # the same token cannot be applied twice
    again = importer_client.post(reverse("bulk_import_apply"), {"token": token_of(response)}, follow=True)
    assert "no longer available" in again.content.decode()


def test_an_excel_file_works_too(importer_client, demo):
    response = dry_run(importer_client, xlsx_file([good_row(slug="nepal-excel")]))
    assert "nepal-excel" in response.content.decode()
    importer_client.post(reverse("bulk_import_apply"), {"token": token_of(response)})
    assert CaseStudyPage.objects.get(slug="nepal-excel").principle_links.count() == 2


def test_a_half_bad_file_changes_nothing_even_at_apply(importer_client, demo):
    response = dry_run(importer_client, csv_file([good_row()]))
    token = token_of(response)
    # the stored upload is replaced by a half-bad file behind the report's back
    path = bulk_import.stored_path(token)
    path.write_bytes(csv_file([good_row(), good_row(slug="nepal-two", principles="z")]).read())
    applied = importer_client.post(reverse("bulk_import_apply"), {"token": token}, follow=True)
    assert "changed since its dry run" in applied.content.decode()
    assert not CaseStudyPage.objects.filter(slug__in=["nepal-social-security-fund", "nepal-two"]).exists()


def test_a_half_bad_file_reports_and_writes_nothing(importer_client, demo):
    response = dry_run(importer_client, csv_file([good_row(), good_row(slug="nepal-two", principles="z")]))
    html = response.content.decode()
    assert 'data-row="3" data-column="principles"' in html
    assert not CaseStudyPage.objects.filter(slug__in=["nepal-social-security-fund", "nepal-two"]).exists()


def test_a_token_of_another_session_is_refused(importer_client, client, demo, django_user_model):
    token = token_of(dry_run(importer_client, csv_file([good_row()])))
    other = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(other)
    response = client.post(reverse("bulk_import_apply"), {"token": token}, follow=True)
    assert "no longer available" in response.content.decode()
    assert not CaseStudyPage.objects.filter(slug="nepal-social-security-fund").exists()


def test_an_unreadable_file_is_a_clear_message(importer_client, demo):
    response = dry_run(importer_client, SimpleUploadedFile("cases.pdf", b"%PDF-1.4", content_type="application/pdf"))
    assert response.status_code == 200
    assert "CSV or Excel" in response.content.decode()


def test_administrators_can_give_the_import_to_a_group(client, django_user_model, demo):
    from django.contrib.auth.models import Group

    client.force_login(django_user_model.objects.create_superuser("boss", "boss@example.org", "pw"))
    editors = Group.objects.get(name="Editors")
    html = client.get(reverse("wagtailusers_groups:edit", args=[editors.pk])).content.decode()
    permission = Permission.objects.get(codename="bulk_import")
    assert f'value="{permission.pk}"' in html


def test_uploads_never_applied_are_deleted_after_a_day(importer_client, demo):
    import os
    import time

    token = token_of(dry_run(importer_client, csv_file([good_row()])))
    path = bulk_import.stored_path(token)
    old = time.time() - bulk_import.KEEP_SECONDS - 60
    os.utime(path, (old, old))
    dry_run(importer_client, csv_file([good_row(slug="nepal-later")]))
    assert not path.exists()
