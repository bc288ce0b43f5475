"""Open data and discovery: the Wagtail API's fields, schema.org and OpenGraph metadata."""

import json
import re

import pytest

pytestmark = pytest.mark.django_db


def test_api_v2_case_study_fields_use_codes_and_carry_translations(client, demo):
    from casestudies.models import CaseStudyPage

    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["country_codes"] == ["ZA"] and data["theme_slugs"] == ["outreach"]
    assert set(data["principle_codes"]) >= {"a"} and data["stage_slug"] == "delivery"
    assert data["coverage_figures"][0]["value"] == "16.1 million"
    assert data["translations"]["km"]["title"].startswith("អាហ្វ្រិកខាងត្បូង")
    assert set(data["available_languages"]) >= {"en", "km", "lo"}
    listing = client.get("/api/v2/pages/", {"type": "casestudies.CaseStudyPage", "fields": "country_codes,theme_slugs", "limit": 50}).json()
    assert listing["meta"]["total_count"] >= 33 and all("country_codes" in item for item in listing["items"])


def test_api_v2_experts_and_events_show_public_fields_only(client, demo):
    from events.models import EventPage
    from experts.models import ExpertPage

    expert = ExpertPage.objects.get(slug="netnapis-suchonwanich")
    data = client.get(f"/api/v2/pages/{expert.pk}/").json()
    # The seeds give nobody's languages: none are claimed.
    assert data["country_code"] == "TH" and data["language_codes"] == []
    assert "email" not in data and "phone" not in data and expert.email not in json.dumps(data)
    event = EventPage.objects.get(slug="siem-reap-workshop-2013")
    data = client.get(f"/api/v2/pages/{event.pk}/").json()
    assert data["host_country"] == "KH" and data["participant_count"] == 120 and "KH" in data["participant_country_codes"]


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("/en/countries/za/sassa-mobile-outreach/", "Article"),
        ("/en/experts/netnapis-suchonwanich/", "Person"),
        ("/km/events/siem-reap-workshop-2013/", "Event"),
        ("/en/guide/", "WebPage"),
    ],
)
def test_pages_describe_themselves_to_machines(client, demo, url, kind):
    html = client.get(url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["@type"] == kind and data["url"].endswith(url)
    assert "@example.org" not in json.dumps(data)
    assert re.search(r'<meta property="og:title" content="[^"]+"', html) and 'property="og:description"' in html
    if kind == "Event":
        assert data["startDate"] == "2013-05-29" and data["location"]["address"]["addressCountry"] == "KH"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/km/countries/za/sassa-mobile-outreach/pdf/", "រថយន្ត"),  # "vehicle", in the Khmer title
        ("/lo/guide/outreach/pdf/", "ກໍລະນີສຶກສາ"),  # "case study", in the Lao interface
        pytest.param(
            "/th/countries/th/thailand-13-digit-id/pdf/",
            "ประจำตัว",
            # WeasyPrint maps each glyph to one text (Kozea/WeasyPrint#2841, still open): Thai
            # SARA AM is drawn from glyphs shared with other clusters, so once the page holds more
            # Thai words ("คำอธิบาย" in the note on languages), "ประจำ" extracts as "ประจ้ำ" in
            # every font tried (Noto Sans Thai, Loma, Garuda, Norasi, Kinnari). The PDF's title
            # is exact (below); strict, so a WeasyPrint that fixes it makes this pass and fail.
            marks=pytest.mark.xfail(strict=True, reason="WeasyPrint's per-glyph ToUnicode loses Thai SARA AM (Kozea/WeasyPrint#2841)"),
        ),
        ("/en/countries/za/sassa-mobile-outreach/pdf/", "16.1 million"),
    ],
)
def test_chapters_and_case_studies_download_as_pdf_in_their_script(client, demo, url, expected):
    import io

    from pypdf import PdfReader

    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages).replace(" ", "").replace("\n", "")
    text = text.replace("\u0e4d\u0e32", "\u0e33")  # Thai SARA AM comes out of some fonts as NIKHAHIT + SARA AA
    assert expected.replace(" ", "") in text
    assert "Requestapeerexpert" not in text  # the print stylesheet hides the navigation


def test_a_thai_pdf_carries_its_exact_title_for_readers_and_search(client, demo):
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(client.get("/th/countries/th/thailand-13-digit-id/pdf/").content))
    assert "ไทย: เลขประจำตัวประชาชน 13 หลักเพื่อการเข้าถึงสิทธิ" in reader.metadata.title


def test_pages_are_light_and_load_nothing_from_elsewhere(client, demo):
    from pathlib import Path

    css = (Path(__file__).resolve().parent.parent.parent / "static" / "css" / "site.css").stat().st_size
    for url in ("/km/countries/za/sassa-mobile-outreach/", "/en/guide/outreach/", "/lo/", "/en/search/?q=health"):
        html = client.get(url).content
        assert len(html) + css < 120_000, (url, len(html), css)  # HTML and stylesheet, before compression
        external = re.findall(rb'<(?:script|link|img)[^>]+(?:src|href)="https?://(?!testserver)', html)
        assert external == [], (url, external)


def test_editors_can_filter_experts_and_preview_pages(client, demo, django_user_model):
    from casestudies.models import CaseStudyPage

    client.force_login(django_user_model.objects.create_superuser("ed2", "ed2@example.org", "pw"))
    html = client.get("/admin/expert_directory/", {"available": "false"}).content.decode()
    # Only those whose countries offered support (002) are shown as available; a minister is not.
    assert "Yim Chhay Ly" in html and "Meena Jain" not in html
    from wagtail.models import Page

    one_of_each = {}
    for page in Page.objects.live().filter(depth__gte=2).specific():
        one_of_each.setdefault(type(page).__name__, page)
    assert len(one_of_each) >= 10  # home, guide, chapter, countries, country, case study, experts, expert, events, event
    for name, page in one_of_each.items():
        assert page.make_preview_request().status_code == 200, name
    assert "16.1 million" in CaseStudyPage.objects.get(slug="sassa-mobile-outreach").make_preview_request().content.decode()
