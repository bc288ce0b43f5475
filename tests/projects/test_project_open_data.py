"""Projects in search, the open-data exports, the sitemap, the feeds and /api/v2/; their private
progress reports stay private."""

import csv
import datetime
import io
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from projects.models import ProjectPage, ProjectReport

pytestmark = pytest.mark.django_db

SEED_PROJECTS = {
    "ilo-china-ssc-project",
    "china-pes-ssc-project",
    "japan-ilo-phase-1",
    "japan-ilo-phase-2",
    "japan-ilo-phase-3",
    "lao-luxembourg-health-protection",
}


def test_search_api_lists_the_seed_projects_as_type_project(client, demo):
    data = client.get("/api/search/", {"type": "project", "lang": "en"}).json()
    assert data["count"] == 6
    assert {result["url"].rstrip("/").rsplit("/", 1)[-1] for result in data["results"]} == SEED_PROJECTS
    assert {result["type"] for result in data["results"]} == {"project"}
    types = {facet["value"]: facet for facet in data["facets"]["type"]}
    assert types["project"]["count"] == 6 and types["project"]["label"] == "Cooperation project"


def test_the_type_facet_label_is_translated(client, demo):
    data = client.get("/api/search/", {"type": "project", "lang": "fr"}).json()
    assert {facet["value"]: facet["label"] for facet in data["facets"]["type"]}["project"] == "Projet de coopération"


def test_search_finds_a_project_by_its_donor_and_filters_by_country(client, demo):
    data = client.get("/api/search/", {"q": "Luxembourg", "type": "project", "lang": "en"}).json()
    assert "lao-luxembourg-health-protection" in data["results"][0]["url"]
    data = client.get("/api/search/", {"type": "project", "country": "ID", "lang": "en"}).json()
    assert [result["url"].rstrip("/").rsplit("/", 1)[-1] for result in data["results"]] == ["japan-ilo-phase-3"]


def test_events_no_longer_hold_projects(client, demo):
    events = client.get("/api/export/events.json").json()["items"]
    assert not {item["slug"] for item in events} & SEED_PROJECTS
    assert "project" not in {item["type"] for item in events}


def test_loading_the_demo_over_an_older_one_moves_its_project_events_and_redirects_them(client, demo):
    """A site loaded before projects were their own type holds them as events: the loader deletes
    those (their content is in content/projects/) and redirects their addresses to the projects."""
    from compendium.ops.demo.loader import Loader
    from compendium.ops.models import GeneratedPage
    from events.models import EventPage
    from tests import factories

    old = factories.event(demo["events"], title="Japan-ILO collaboration, Phase 1 (old record)")
    old.slug = "japan-ilo-phase-1"
    old.save_revision().publish()
    GeneratedPage.objects.create(source="demo", key="event:japan-ilo-phase-1", digest="old", page=old)
    assert client.get("/en/events/japan-ilo-phase-1/").status_code == 200
    Loader().run()
    assert not EventPage.objects.filter(slug="japan-ilo-phase-1").exists()
    response = client.get("/en/events/japan-ilo-phase-1/")
    assert response.status_code == 301 and response["Location"].endswith("/en/projects/japan-ilo-phase-1/")
    assert client.get("/km/events/japan-ilo-phase-1/")["Location"].endswith("/km/projects/japan-ilo-phase-1/")


def test_json_export_carries_the_ilo_china_budget_lines_as_structured_rows(client, demo):
    response = client.get("/api/export/projects.json")
    data = response.json()
    assert "CC BY 4.0" in data["licence"]
    items = {item["slug"]: item for item in data["items"]}
    assert set(items) == SEED_PROJECTS
    ilo_china = items["ilo-china-ssc-project"]
    lines = ilo_china["budget_lines"]
    assert [(line["beneficiary"], line["amount"], line["currency"]) for line in lines] == [
        ("KH", "800000.00", "USD"),
        ("LA", "800000.00", "USD"),
        ("ASEAN countries", "300000.00", "USD"),
    ]
    assert all(line["component"] and line["duration_months"] == 36 for line in lines)
    assert sum(Decimal(line["amount"]) for line in lines) == Decimal("1900000")
    assert ilo_china["budget_totals"] == {"USD": "1900000.00"}
    assert ilo_china["status"] == "planned" and ilo_china["iati_activity_status"] == 1
    assert {(org["name"], org["iati_role"]) for org in ilo_china["participating_orgs"]} == {
        ("Government of the People's Republic of China", 1),
        ("International Labour Organization", 4),
    }
    assert [indicator["baseline"] for indicator in ilo_china["indicators"]] == ["12.40", "27.00"]
    assert {source["slug"] for source in ilo_china["sources"]} >= {"ilo-china-brochure"}
    phase = items["japan-ilo-phase-2"]
    assert (phase["start_date"], phase["end_date"], phase["previous_phase"]) == ("2014", "2016", "japan-ilo-phase-1")


def test_csv_export_has_one_row_per_project_with_budget_lines_in_a_cell(client, demo):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/projects.csv").content.decode())))
    assert {row["slug"] for row in rows} == SEED_PROJECTS
    row = next(row for row in rows if row["slug"] == "ilo-china-ssc-project")
    assert row["budget_lines"].count("800000.00 USD") == 2 and "ASEAN countries; 300000.00 USD" in row["budget_lines"]
    assert row["budget_totals"] == "1900000.00 USD"


def test_sitemap_lists_projects_in_every_language(client, demo):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/en/projects/ilo-china-ssc-project/" in xml and "/km/projects/japan-ilo-phase-2/" in xml
    assert "/en/projects/</loc>" in xml


def test_project_feed_lists_new_projects_and_filters_by_country(client, demo):
    root = ET.fromstring(client.get("/en/feed/projects/").content)
    titles = [item.findtext("title") for item in root.iter("item")]
    assert len(titles) == 6 and any("ILO-China" in title for title in titles)
    root = ET.fromstring(client.get("/en/feed/projects/", {"country": "MN"}).content)
    assert [item.findtext("title") for item in root.iter("item")] == [
        "Japan-ILO collaboration on social protection, Phase 2: Mongolia and ASEAN"
    ]
    assert client.get("/en/feed/projects/", {"country": "ZZ"}).status_code == 404


def test_api_v2_exposes_projects_with_their_budget(client, demo):
    data = client.get("/api/v2/pages/", {"type": "projects.ProjectPage", "fields": "budget,status,participant_list,indicator_list"}).json()
    items = {item["meta"]["slug"]: item for item in data["items"]}
    assert set(items) == SEED_PROJECTS
    budget = items["ilo-china-ssc-project"]["budget"]
    assert budget["totals"] == {"USD": "1900000.00"} and len(budget["lines"]) == 3
    assert items["japan-ilo-phase-3"]["status"] == "ongoing"


def _report(page, title, collection=None):
    Document = get_document_model()
    document = Document.objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4 progress", name=f"{title.lower().replace(' ', '-')}.pdf"),
        collection=collection or Collection.get_first_root_node(),
    )
    page.reports.add(ProjectReport(title_en=title, date=datetime.date(2017, 6, 30), document=document))
    page.save_revision().publish()
    assert ProjectReport.objects.filter(page=page, document=document).exists()
    return document


def test_public_progress_report_is_listed_and_downloadable(client, demo):
    page = ProjectPage.objects.get(slug="japan-ilo-phase-3")
    document = _report(page, "Progress report 2017")
    html = client.get("/en/projects/japan-ilo-phase-3/").content.decode()
    reports = html.split('id="reports"', 1)[1].split("</section>", 1)[0]
    assert "Progress report 2017" in reports and document.url in reports
    response = client.get(document.url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 progress"


def test_private_progress_report_is_neither_listed_nor_downloadable(client, demo):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Donor reports (private)")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    page = ProjectPage.objects.get(slug="japan-ilo-phase-3")
    document = _report(page, "Confidential donor report", collection=private)
    html = client.get("/en/projects/japan-ilo-phase-3/").content.decode()
    assert "Confidential donor report" not in html and document.url not in html
    assert client.get(document.url).status_code in (302, 403, 404)
    assert document.title not in client.get("/api/v2/documents/").content.decode()
    assert "Confidential" not in client.get("/api/export/projects.json").content.decode()


def test_a_projects_requests_stay_private(client, demo):
    from compendium.taxonomy.models import Country
    from experts.models import PeerSupportRequest

    page = ProjectPage.objects.get(slug="ilo-china-ssc-project")
    request = PeerSupportRequest.objects.create(
        country=Country.objects.get(code="KH"),
        institution="Secret Institute of Testing",
        contact_name="Ms Private",
        contact_email="private@example.org",
        need="Confidential need",
    )
    page.requests = [request]
    page.save_revision().publish()
    assert list(ProjectPage.objects.get(pk=page.pk).requests.all()) == [request]
    for url in ("/en/projects/ilo-china-ssc-project/", "/api/export/projects.json", f"/api/v2/pages/{page.pk}/", "/en/feed/projects/"):
        text = client.get(url).content.decode()
        assert "Secret Institute" not in text and "private@example.org" not in text and "Confidential need" not in text, url
    found = client.get("/api/search/", {"q": "Secret Institute of Testing", "lang": "en"}).json()
    assert "Secret" not in str(found["results"])
