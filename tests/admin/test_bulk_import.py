"""Bulk import in the admin: upload a CSV or Excel file, read the dry-run report, apply it.

The view runs compendium.ops.bulk_import (the command line's importer for case studies): the same checks, the same
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
from django.utils.html import escape
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


# --- Issue 18 item 4: figures, principle explanations, sources, translations; experts and events --------


def sheet(rows, name="import.csv", encoding="utf-8"):
    """A CSV upload whose header is every column the rows use, in the order first seen."""
    columns = list(dict.fromkeys(column for row in rows for column in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="")
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile(name, out.getvalue().encode(encoding), content_type="text/csv")


def dry_run_kind(client, upload, kind):
    return client.post(reverse("bulk_import"), {"file": upload, "kind": kind})


def import_ok(client, upload, kind="case-studies"):
    """Dry-run then apply `upload`; returns the message page after the apply."""
    response = dry_run_kind(client, upload, kind)
    return client.post(reverse("bulk_import_apply"), {"token": token_of(response)}, follow=True).content.decode()


def public(client, page, language="en"):
    url = page.get_url()
    if language != "en":
        url = url.replace("/en/", f"/{language}/", 1)
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def rich_row(**values):
    row = good_row(
        figure_1_value="4.5 million",
        figure_1_label="workers registered",
        figure_1_label_km="កម្មករបានចុះឈ្មោះ",
        figure_2_value="77",
        figure_2_label="districts served",
        principle_a="Every formal-sector worker is enrolled by law, whatever the employer's size.",
        principle_a_km="កម្មករគ្រប់រូបត្រូវបានចុះឈ្មោះតាមច្បាប់។",
        principle_h="Employers and workers share the contribution, 20 and 11 per cent.",
        sources="siem-reap-workshop-report: Session II | siem-reap-press-release",
    )
    row.pop("principles")
    row.update(values)
    return row


def test_figures_principle_explanations_and_sources_reach_the_public_page_in_each_language(importer_client, client, demo):
    from compendium.sources.models import Source

    message = import_ok(importer_client, sheet([rich_row()]))
    assert "Imported: 1 created" in message
    page = CaseStudyPage.objects.get(slug="nepal-social-security-fund")
    assert [(f.value, f.label_en, f.label_km) for f in page.figures.all()] == [
        ("4.5 million", "workers registered", "កម្មករបានចុះឈ្មោះ"),
        ("77", "districts served", None),
    ]
    links = {link.principle.code: link for link in page.principle_links.all()}
    assert set(links) == {"a", "h"}
    assert links["a"].explanation_km == "កម្មករគ្រប់រូបត្រូវបានចុះឈ្មោះតាមច្បាប់។"
    assert [(c.source.slug, c.locator) for c in page.citations.all().order_by("sort_order")] == [
        ("siem-reap-workshop-report", "Session II"),
        ("siem-reap-press-release", ""),
    ]
    english = public(client, page)
    assert re.search(r"<strong>4\.5 million</strong>\s*<span[^>]*>workers registered</span>", english)
    assert "whatever the employer&#x27;s size" in english or "whatever the employer's size" in english
    assert escape(Source.objects.get(slug="siem-reap-workshop-report").title) in english and "Session II" in english
    khmer = public(client, page, "km")
    assert "កម្មករបានចុះឈ្មោះ" in khmer and "កម្មករគ្រប់រូបត្រូវបានចុះឈ្មោះតាមច្បាប់។" in khmer


def test_a_reimport_of_figures_principles_and_sources_updates_and_never_duplicates(importer_client, demo):
    import_ok(importer_client, sheet([rich_row()]))
    again = dry_run_kind(importer_client, sheet([rich_row()]), "case-studies").content.decode()
    assert re.search(r'data-slug="nepal-social-security-fund".*Unchanged', again, re.S)
    changed = rich_row(figure_1_value="4.6 million", principle_h="", sources="siem-reap-press-release: p. 2")
    assert "1 updated" in import_ok(importer_client, sheet([changed]))
    page = CaseStudyPage.objects.get(slug="nepal-social-security-fund")
    assert [f.value for f in page.figures.all()] == ["4.6 million", "77"]
    assert [link.principle.code for link in page.principle_links.all()] == ["a"]
    assert [(c.source.slug, c.locator) for c in page.citations.all()] == [("siem-reap-press-release", "p. 2")]
    assert CaseStudyPage.objects.filter(slug="nepal-social-security-fund").count() == 1


def test_bad_figures_principles_and_sources_are_named_by_row_and_column(importer_client, demo):
    bad = rich_row(figure_1_value="", principle_z="No such principle", sources="no-such-source: p. 1", figure_2_label_xx="?")
    html = dry_run_kind(importer_client, sheet([rich_row(slug="nepal-fine"), bad]), "case-studies").content.decode()
    assert re.search(r'data-row="3" data-column="figure_1_value">.*?a figure needs its value', html, re.S)
    assert re.search(r'data-row="3" data-column="principle_z">.*?unknown', html, re.S)
    assert re.search(r'data-row="3" data-column="sources">.*?no source with the slug “no-such-source”', html, re.S)
    assert 'data-row="1" data-column="figure_2_label_xx"' in html
    assert 'name="token"' not in html
    assert not CaseStudyPage.objects.filter(slug__in=["nepal-fine", "nepal-social-security-fund"]).exists()


def expert_row(**values):
    row = {
        "slug": "sita-rai",
        "name": "Sita Rai",
        "honorific": "Dr.",
        "role": "Director of the Social Security Fund",
        "role_km": "នាយកមូលនិធិសន្តិសុខសង្គម",
        "organisation": "Social Security Fund of Nepal",
        "affiliation": "national",
        "country": "NP",
        "themes": "coordination|mis",
        "guarantees": "working-age",
        "languages": "en|ne",
        "bio": "Led the fund's registration of formal-sector workers.",
        "available": "yes",
        "email": "sita.rai@example.org",
        "phone": "+977 1 555 0100",
        "sources": "siem-reap-participants-list",
    }
    row.update(values)
    return row


def test_experts_are_imported_with_translations_and_private_contacts_stay_private(importer_client, client, demo):
    from experts.models import ExpertPage

    assert "Imported: 1 created" in import_ok(importer_client, sheet([expert_row()]), "experts")
    expert = ExpertPage.objects.get(slug="sita-rai")
    assert expert.live and expert.get_parent().slug == "experts"
    assert (expert.title, expert.role_km, expert.country.iso2) == ("Sita Rai", "នាយកមូលនិធិសន្តិសុខសង្គម", "NP")
    assert expert.theme_slugs == ["coordination", "mis"] and expert.available
    assert (expert.email, expert.phone) == ("sita.rai@example.org", "+977 1 555 0100")
    english = public(client, expert)
    assert "Director of the Social Security Fund" in english and "Social Security Fund of Nepal" in english
    assert "នាយកមូលនិធិសន្តិសុខសង្គម" in public(client, expert, "km")
    exported = client.get("/api/export/experts.csv").content.decode() + client.get("/api/export/experts.json").content.decode()
    assert "Sita Rai" in exported
    for private in ("sita.rai@example.org", "555 0100"):
        assert private not in english and private not in exported


def test_a_reimport_of_experts_updates_by_slug(importer_client, demo):
    from experts.models import ExpertPage

    import_ok(importer_client, sheet([expert_row()]), "experts")
    assert "0 created, 0 updated, 1 unchanged" in import_ok(importer_client, sheet([expert_row()]), "experts")
    assert "1 updated" in import_ok(importer_client, sheet([expert_row(available="no", role="Adviser")]), "experts")
    expert = ExpertPage.objects.get(slug="sita-rai")
    assert (expert.role, expert.available, ExpertPage.objects.filter(slug="sita-rai").count()) == ("Adviser", False, 1)


def test_a_file_whose_last_row_is_bad_changes_nothing(importer_client, demo):
    from experts.models import ExpertPage

    import_ok(importer_client, sheet([expert_row()]), "experts")
    rows = [expert_row(role="Changed role"), expert_row(slug="new-expert", name="New Expert"), expert_row(slug="bad", affiliation="nope")]
    html = dry_run_kind(importer_client, sheet(rows), "experts").content.decode()
    assert re.search(r'data-row="4" data-column="affiliation">.*?unknown value “nope”', html, re.S)
    assert ExpertPage.objects.get(slug="sita-rai").role == "Director of the Social Security Fund"
    assert not ExpertPage.objects.filter(slug__in=["new-expert", "bad"]).exists()


def test_a_row_that_fails_while_writing_rolls_back_the_rows_before_it(importer_client, demo, monkeypatch):
    from django.core.exceptions import ValidationError

    from compendium.ops.bulk_import.experts import ExpertImporter
    from experts.models import ExpertPage

    rows = [expert_row(), expert_row(slug="second", name="Second Expert"), expert_row(slug="third", name="Third Expert")]
    token = token_of(dry_run_kind(importer_client, sheet(rows), "experts"))
    original = ExpertImporter.apply

    def fail_on_the_last_row(self, number, row, report):
        if row["slug"] == "third":
            raise ValidationError("the database refused it")
        return original(self, number, row, report)

    monkeypatch.setattr(ExpertImporter, "apply", fail_on_the_last_row)
    html = importer_client.post(reverse("bulk_import_apply"), {"token": token}, follow=True).content.decode()
    assert re.search(r'data-row="4" data-column="row">.*?the database refused it', html, re.S)
    assert not ExpertPage.objects.filter(slug__in=["sita-rai", "second", "third"]).exists()


def test_expert_errors_name_row_and_column(importer_client, demo):
    rows = [expert_row(affiliation="international"), expert_row(slug="x", email="not-an-address", available="perhaps", languages="xx")]
    html = dry_run_kind(importer_client, sheet(rows), "experts").content.decode()
    assert re.search(r'data-row="2" data-column="country">.*?international', html, re.S)
    assert re.search(r'data-row="3" data-column="email">.*?e-mail address', html, re.S)
    assert re.search(r'data-row="3" data-column="available">.*?yes or no', html, re.S)
    assert re.search(r'data-row="3" data-column="languages">.*?unknown', html, re.S)


def event_row(**values):
    row = {
        "slug": "kathmandu-workshop-2025",
        "title": "Kathmandu workshop on contributory schemes",
        "title_km": "សិក្ខាសាលាកាត់ម៉ាន់ឌូ",
        "type": "workshop",
        "start": "2025-03-10",
        "end": "2025-03-12",
        "place": "Hotel Annapurna, Kathmandu",
        "country": "NP",
        "organisers": "Ministry of Labour|ILO",
        "participants": "45",
        "participant_countries": "NP|KH|LA",
        "themes": "coordination",
        "summary": "Three days on extending contributory schemes to informal workers.",
        "summary_km": "បីថ្ងៃស្តីពីការពង្រីករបបភាគទាន។",
        "outcomes": "A roadmap for registration|A follow-up study tour",
        "sources": "siem-reap-workshop-report: Annex 1",
    }
    row.update(values)
    return row


def test_events_are_imported_with_dates_as_precise_as_given(importer_client, client, demo):
    from events.models import EventPage

    rows = [event_row(), event_row(slug="vientiane-tour", title="Vientiane study tour", type="study-tour", start="2024-11", end="")]
    assert "Imported: 2 created" in import_ok(importer_client, sheet(rows), "events")
    event = EventPage.objects.get(slug="kathmandu-workshop-2025")
    assert (event.start, event.end, event.event_type, event.participant_count) == ("2025-03-10", "2025-03-12", "workshop", 45)
    assert event.participant_country_codes == ["KH", "LA", "NP"] and event.organiser_list == ["Ministry of Labour", "ILO"]
    assert EventPage.objects.get(slug="vientiane-tour").start == "2024-11"
    english = public(client, event)
    assert "Hotel Annapurna, Kathmandu" in english and "A roadmap for registration" in english and "Annex 1" in english
    assert "បីថ្ងៃស្តីពីការពង្រីករបបភាគទាន។" in public(client, event, "km")
    again = dry_run_kind(importer_client, sheet(rows), "events").content.decode()
    assert again.count("Unchanged</td>") == 2


def test_event_errors_name_row_and_column(importer_client, demo):
    rows = [event_row(start="2025-13-40", type="party", participants="many", end="2024-01-01")]
    html = dry_run_kind(importer_client, sheet(rows), "events").content.decode()
    assert re.search(r'data-row="2" data-column="start">', html)
    assert re.search(r'data-row="2" data-column="type">.*?unknown value “party”', html, re.S)
    assert re.search(r'data-row="2" data-column="participants">.*?whole number', html, re.S)


@pytest.mark.parametrize(
    ("kind", "template"),
    [("case-studies", "case-studies-template.csv"), ("experts", "experts-template.csv"), ("events", "events-template.csv")],
)
def test_each_kind_offers_a_template_that_imports_cleanly(importer_client, demo, kind, template):
    from django.conf import settings

    page = importer_client.get(reverse("bulk_import")).content.decode()
    assert f"import/{template}" in page and f'value="{kind}"' in page
    path = settings.BASE_DIR / "static" / "import" / template
    html = dry_run_kind(importer_client, SimpleUploadedFile(template, path.read_bytes()), kind).content.decode()
    assert "Would be created" in html and 'name="token"' in html, re.findall(r"<tr data-row.*?</tr>", html, re.S)


def test_bad_files_get_a_clear_message_never_a_server_error(importer_client, demo):
    french = good_row(title="Nepal: Fonds de sécurité sociale")
    french.pop("title_km")  # Khmer has no latin-1 bytes
    latin1 = sheet([french], encoding="latin-1")
    html = dry_run_kind(importer_client, latin1, "case-studies").content.decode()
    assert "not UTF-8" in html and 'data-column="file"' in html
    missing = sheet([{"slug": "x", "title": "No summary nor country"}])
    html = dry_run_kind(importer_client, missing, "case-studies").content.decode()
    assert re.search(r'data-row="1" data-column="country">.*?missing column', html, re.S)
    assert re.search(r'data-row="1" data-column="summary">.*?missing column', html, re.S)
    fake = SimpleUploadedFile("cases.xlsx", b"this is not a workbook")
    response = dry_run_kind(importer_client, fake, "experts")
    assert response.status_code == 200 and "not an Excel workbook" in response.content.decode()
    empty = SimpleUploadedFile("empty.csv", b"")
    assert "The submitted file is empty" in dry_run_kind(importer_client, empty, "events").content.decode()
    header_only = SimpleUploadedFile("header.csv", b"slug,title,summary\n")
    assert "no rows" in dry_run_kind(importer_client, header_only, "events").content.decode()
    unknown_kind = dry_run_kind(importer_client, sheet([good_row()]), "projects")
    assert unknown_kind.status_code == 200 and "Select a valid choice" in unknown_kind.content.decode()
    wrong_kind = dry_run_kind(importer_client, sheet([good_row()]), "experts").content.decode()
    assert re.search(r'data-row="1" data-column="name">.*?missing column', wrong_kind, re.S)


def test_the_report_speaks_the_editors_language(importer_client, demo, django_user_model):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(django_user_model.objects.get(username="importer"))
    profile.preferred_language = "fr"
    profile.save()
    html = dry_run_kind(importer_client, sheet([{"slug": "x", "title": "Sans pays"}]), "case-studies").content.decode()
    assert re.search(r'data-row="1" data-column="country">.*?colonne manquante', html, re.S)
    assert "Ce que contient le fichier" in html


def test_a_file_without_figure_principle_or_source_columns_keeps_what_the_page_has(importer_client, demo):
    import_ok(importer_client, sheet([rich_row()]))
    plain = good_row(principles="a|h")  # no figure_*, principle_* or sources column
    html = dry_run_kind(importer_client, sheet([plain]), "case-studies").content.decode()
    assert re.search(r'data-slug="nepal-social-security-fund".*Unchanged', html, re.S)
    import_ok(importer_client, sheet([plain]))
    page = CaseStudyPage.objects.get(slug="nepal-social-security-fund")
    assert [f.value for f in page.figures.all()] == ["4.5 million", "77"]
    assert {link.principle.code: link.explanation_km for link in page.principle_links.all()}["a"] == "កម្មករគ្រប់រូបត្រូវបានចុះឈ្មោះតាមច្បាប់។"
    assert page.citations.count() == 2
