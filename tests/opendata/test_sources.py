"""Sources on public pages, in the PDF, the exports and JSON-LD; their files in the document library."""

import csv
import io
import json
import re

import pytest
from django.utils.html import escape

pytestmark = pytest.mark.django_db


def citations_of(page):
    from compendium.sources.models import Citation

    return list(Citation.objects.filter(page_id=page.pk).select_related("source", "source__document"))


def test_a_case_study_lists_its_sources_with_links_and_locators(client, demo):
    from casestudies.models import CaseStudyPage

    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    citations = citations_of(page)
    assert citations, "the demo case study cites its sources"
    html = client.get(page.url).content.decode()
    section = html.split('id="sources"', 1)[1].split("</section>", 1)[0]
    for citation in citations:
        assert escape(citation.source.title) in section and citation.locator in section
        if citation.source.document_id:
            assert f'href="{citation.source.document.url}"' in section
    assert "16.1 million" in section  # the figure's own citation says what it supports
    assert "002:" not in html  # the old seed-number citations are gone


def test_a_public_original_is_linked_and_the_seed_text_is_in_the_document_library(client, demo):
    from compendium.sources.models import Source

    release = Source.objects.get(slug="siem-reap-press-release")
    assert release.url.startswith("http://www.ilo.org/") and release.date_iso == "2013-06-04"
    assert release.document_id, "the press release's text is in the document library"
    workshop = Source.objects.get(slug="siem-reap-workshop-page")
    assert workshop.kind == "web-page" and "pid=2207" in workshop.url and workshop.document_id is None
    html = client.get("/en/events/siem-reap-workshop-2013/").content.decode()
    assert f'href="{release.url}"' in html and "June 4, 2013" in html
    # The file is downloadable because a public page cites its source; an uncited file is not.
    response = client.get(release.document.url)
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert b"For immediate release: Tuesday, 4 June 2013" in body


def test_a_document_no_public_page_cites_stays_private(client, demo):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from compendium.sources.models import Source

    Document = get_document_model()
    private = Document.objects.create(title="Draft notes", file=ContentFile(b"secret notes", name="notes.txt"))
    Source.objects.create(slug="draft-notes", title="Draft notes", document=private)  # a source nobody cites
    assert client.get(private.url).status_code == 404


def test_sources_show_in_the_readers_language_with_english_titles_marked(client, demo):
    html = client.get("/km/events/siem-reap-workshop-2013/").content.decode()
    section = html.split('id="sources"', 1)[1].split("</section>", 1)[0]
    assert "ប្រភព" in html.split('id="sources-heading"', 1)[1][:80]  # "Sources" in Khmer
    assert '<cite lang="en">' in section and "មិនបានបញ្ជាក់កាលបរិច្ឆេទ" in section  # "date not stated"
    assert "មិថុនា 2013" in section  # June 2013, in Khmer, for the press release


def test_every_page_type_that_states_facts_shows_sources(client, demo):
    urls = ("/en/", "/en/guide/", "/en/guide/outreach/", "/en/countries/kh/", "/en/experts/sok-kanha/", "/en/projects/japan-ilo-phase-1/")
    for url in urls:
        html = client.get(url).content.decode()
        assert 'id="sources"' in html and "<cite>" in html, url


def test_a_country_need_and_coverage_cite_their_sources(client, demo):
    html = client.get("/en/countries/kh/").content.decode()
    section = html.split('id="sources"', 1)[1].split("</section>", 1)[0]
    assert "Health insurance for the private sector" in section and "12.4 %" in section
    assert "source 001" not in html and "The source documents give no" not in html


def test_exports_carry_sources_and_dates_as_precise_as_known(client, demo):
    items = {item["slug"]: item for item in client.get("/api/export/events.json").json()["items"]}
    phase = {item["slug"]: item for item in client.get("/api/export/projects.json").json()["items"]}["japan-ilo-phase-1"]
    assert (phase["start_date"], phase["end_date"]) == ("2011", "2013")
    assert (phase["start_precision"], phase["end_precision"]) == ("year", "year")
    assert items["global-flagship-side-event"]["start_date"] is None
    assert items["siem-reap-workshop-2013"]["start_date"] == "2013-05-29"
    assert {source["slug"] for source in phase["sources"]} == {"global-flagship-side-event-summary", "siem-reap-workshop-report"}
    cases = {item["slug"]: item for item in client.get("/api/export/case-studies.json").json()["items"]}
    sassa = cases["sassa-mobile-outreach"]
    assert sassa["sources"][0]["title"].startswith("Report of the technical workshop") and sassa["sources"][0]["locator"] == "Session II"
    assert all(set(source) >= {"slug", "title", "publisher", "date", "url", "document", "locator", "note"} for source in sassa["sources"])
    # The fields that were there before are all still there.
    assert set(sassa) >= {"slug", "title", "programme", "url", "countries", "principles", "period_start", "summary", "first_published"}
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/case-studies.csv").content.decode())))
    row = next(row for row in rows if row["slug"] == "sassa-mobile-outreach")
    assert "(Session II)" in row["sources"] and "Report of the technical workshop" in row["sources"]
    experts = {item["slug"]: item for item in client.get("/api/export/experts.json").json()["items"]}
    assert experts["sok-kanha"]["sources"][0]["locator"] == "Session II"


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_json_ld_cites_its_sources_and_dates_events_as_precisely_as_known(client, demo):
    data = json_ld(client.get("/en/projects/japan-ilo-phase-1/").content.decode())
    assert data["@type"] == "Project" and data["foundingDate"] == "2011" and data["dissolutionDate"] == "2013"
    assert {work["name"][:20] for work in data["citation"]} == {"South-South and Tria", "Report of the techni"}
    side = json_ld(client.get("/en/events/global-flagship-side-event/").content.decode())
    assert "startDate" not in side
    case = json_ld(client.get("/en/countries/za/sassa-mobile-outreach/").content.decode())
    assert any(work.get("url", "").endswith(".txt") for work in case["citation"])  # the document-library text


def test_event_pages_show_dates_as_known_in_each_language(client, demo):
    html = client.get("/en/projects/japan-ilo-phase-1/").content.decode()
    assert '<time datetime="2011">2011</time> – <time datetime="2013">2013</time>' in html
    html = client.get("/en/events/global-flagship-side-event/").content.decode()
    assert "not stated in the sources" in html and "2016" not in html.split("<main", 1)[1].split("</dl>", 1)[0]
    html = client.get("/lo/events/siem-reap-workshop-2013/").content.decode()
    assert "29 ພຶດສະພາ 2013" in html and "31 ພຶດສະພາ 2013" in html
    html = client.get("/zh-hans/events/").content.decode()
    assert "2013年5月29日" in html
    assert ">2011年<" in client.get("/zh-hans/projects/").content.decode()  # Japan-ILO phase 1, known to the year


def test_the_pdf_of_a_case_study_carries_its_sources(client, demo):
    from casestudies.models import CaseStudyPage

    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Sources" in text and "Report of the technical workshop" in text and "Session II" in text
