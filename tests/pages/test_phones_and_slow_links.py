"""Readers on phones and slow links (issue 20), without a browser: statement pages in ten
languages, record dates, meta and og tags, footer links, favicon, compression, PDF colophon,
licence and absolute URLs of the open data, the request form's hints and the centred network."""

import datetime
import gzip
import io
import re
import tomllib
from html import unescape

import pytest
from django.conf import settings
from django.test import override_settings
from pypdf import PdfReader

from casestudies.models import CaseStudyPage
from experts.models import ExpertPage

pytestmark = pytest.mark.django_db
STATEMENTS = settings.BASE_DIR / "compendium" / "ops" / "statements"  # the data files the site setup reads
LANGUAGES = settings.LANGUAGE_CODES
STATEMENT_SLUGS = ("about", "accessibility", "privacy", "terms")
CASE = "/{lang}/countries/za/sassa-mobile-outreach/"


def _statement(slug):
    return tomllib.loads((STATEMENTS / f"{slug}.toml").read_text(encoding="utf-8"))


def _title(html):
    return unescape(re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip())


@pytest.mark.parametrize("slug", STATEMENT_SLUGS)
def test_statement_pages_exist_in_all_ten_languages_with_their_own_text(client, demo, slug):
    data = _statement(slug)
    english = client.get(f"/en/{slug}/").content.decode()
    assert _title(english) == data["title"]
    for language in LANGUAGES:
        if language == "en":
            continue
        response = client.get(f"/{language}/{slug}/")
        assert response.status_code == 200, language
        html = response.content.decode()
        translated = data["translations"][language]
        assert _title(html) == translated["title"], language
        assert _title(html) != data["title"], language  # real translation, not the English text
        first_heading = re.search(r"<h2>(.*?)</h2>", translated["body"]).group(1)
        assert first_heading in unescape(html), language
        assert "fallback-notice" not in html and "translation-notice" not in html  # the page is translated


def test_the_accessibility_statement_says_what_was_tested_what_does_not_work_and_how_to_report(client, demo):
    html = client.get("/en/accessibility/").content.decode()
    for part in ("What we tested, and how", "What is known not to work well", "How to report a barrier", "390 pixels", "axe-core"):
        assert part in html


def test_the_privacy_notice_says_what_the_form_stores_for_how_long_and_who_sees_it(client, demo):
    html = client.get("/en/privacy/").content.decode()
    for part in ("What the request form stores", "Who sees it", "For how long", "e-mail address", "two years"):
        assert part in html


@pytest.mark.parametrize("language", ["en", "km", "th"])
def test_every_page_footer_links_the_statements_and_states_the_licence(client, demo, language):
    for path in (f"/{language}/", CASE.format(lang=language), f"/{language}/experts/request/", f"/{language}/search/?q=health"):
        html = client.get(path).content.decode()
        footer = html[html.index('<footer class="site-footer">') :]
        for slug in STATEMENT_SLUGS:
            assert f'href="/{language}/{slug}/"' in footer, (path, slug)
        assert 'rel="license" href="https://creativecommons.org/licenses/by/4.0/"' in footer, path


def test_the_site_name_is_translated_in_the_header(client, demo):
    english = client.get("/en/").content.decode()
    khmer = client.get("/km/").content.decode()
    brand = re.compile(r'<a class="brand"[^>]*>(.*?)</a>')
    assert brand.search(english).group(1) == "SPF South-South Exchange"
    assert brand.search(khmer).group(1) not in ("", "SPF South-South Exchange")


@pytest.mark.parametrize(
    "url",
    [
        "/{lang}/countries/za/sassa-mobile-outreach/",
        "/{lang}/experts/netnapis-suchonwanich/",
        "/{lang}/events/siem-reap-workshop-2013/",
        "/{lang}/projects/ilo-china-ssc-project/",
    ],
)
def test_every_kind_of_record_says_when_it_was_published_in_one_format(client, demo, url):
    for language, published in (("en", "Published"), ("km", None)):
        html = client.get(url.format(lang=language)).content.decode()
        dates = re.search(r'<p class="record-dates meta">(.*?)</p>', html, re.S)
        assert dates, (url, language)
        assert re.search(r'<time datetime="\d{4}-\d{2}-\d{2}">[^<]+</time>', dates.group(1))
        if published:
            assert published in dates.group(1)


def test_records_show_when_they_were_published_and_last_reviewed_in_the_readers_format(client, demo):
    case = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    case.last_reviewed = datetime.date(2025, 3, 14)
    case.save_revision().publish()
    english = client.get(CASE.format(lang="en")).content.decode()
    dates = re.search(r'<p class="record-dates meta">(.*?)</p>', english, re.S).group(1)
    assert "Published" in dates and "Last reviewed" in dates
    assert '<time datetime="2025-03-14">March 14, 2025</time>' in dates  # CLDR's English pattern
    khmer = client.get(CASE.format(lang="km")).content.decode()
    assert '<time datetime="2025-03-14">14 មីនា 2025</time>' in khmer
    thai = client.get(CASE.format(lang="th")).content.decode()
    assert '<time datetime="2025-03-14">14 มีนาคม 2025</time>' in thai
    expert = ExpertPage.objects.live().first()
    assert 'class="record-dates meta"' in client.get(expert.url).content.decode()
    assert 'class="record-dates meta"' in client.get("/en/events/siem-reap-workshop-2013/").content.decode()


def test_each_page_has_its_own_description_and_an_absolute_og_image(client, demo):
    descriptions = set()
    for path in (CASE.format(lang="en"), "/en/guide/outreach/", "/en/experts/netnapis-suchonwanich/", "/en/about/"):
        html = client.get(path).content.decode()
        description = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
        image = re.search(r'<meta property="og:image" content="([^"]*)"', html).group(1)
        assert description and image.startswith(settings.SPF_BASE_URL + "/"), path
        descriptions.add(description)
    assert len(descriptions) == 4
    assert "SASSA" in re.search(r'<meta name="description" content="([^"]*)"', client.get(CASE.format(lang="en")).content.decode()).group(1)


def test_favicon_is_served_and_linked(client, demo):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # the ICO signature
    assert 'rel="icon" href="/static/favicon.svg"' in client.get("/en/").content.decode()


def test_pages_are_gzipped_for_browsers_that_ask_and_padded_against_breach(client, demo):
    plain = client.get("/km/countries/kh/")
    assert "Content-Encoding" not in plain
    first = client.get("/km/countries/kh/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert first["Content-Encoding"] == "gzip" and "Accept-Encoding" in first["Vary"]
    assert gzip.decompress(first.content) == plain.content
    assert len(first.content) < len(plain.content) / 4
    # A page with a CSRF token: the token is masked per response and GZipMiddleware adds random
    # padding, so two compressed answers to the same request differ (BREACH mitigation).
    forms = {client.get("/en/experts/request/", HTTP_ACCEPT_ENCODING="gzip").content for _ in range(4)}
    assert len(forms) == 4


def test_the_request_forms_hints_are_named_by_aria_describedby_and_ticks_are_grouped(client, demo):
    html = client.get("/en/experts/request/").content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', html)
    assert described, "no field points at a hint"
    for target in described:
        for ident in target.split():
            assert f'id="{ident}"' in html, ident
    assert 'id="id_need_helptext"' in html and 'aria-describedby="id_need_helptext"' in html
    for name in ("themes", "guarantees", "languages"):
        group = re.search(rf'<fieldset class="field choice-group choices-{name}.*?</fieldset>', html, re.S).group(0)
        assert "<legend>" in group
        assert re.search(r'<label for="id_\w+_0"><input type="checkbox"[^>]*id="id_\w+_0"[^>]*><span>', group), name


def test_the_network_is_centred_on_the_country_asked_about(client, demo):
    html = client.get("/en/match/?country=KH").content.decode()
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert 'class="network network-focus"' in svg and 'viewBox="0 0 480 480"' in svg
    assert re.search(r'<circle class="focus"[^>]*fill="#b3261e"', svg)
    assert "Exchanges of Cambodia with other countries" in svg
    assert "Cambodia at the centre" in html
    whole = re.search(r"<svg.*?</svg>", client.get("/en/match/").content.decode(), re.S).group(0)
    assert "network-focus" not in whole and 'viewBox="0 0 760 760"' in whole
    assert 'class="table-scroll" tabindex="0" role="region" aria-labelledby="matrix-caption"' in html


def test_the_country_profile_has_jump_links_and_folds_its_long_lists(client, demo):
    html = client.get("/km/countries/kh/").content.decode()
    nav = re.search(r'<nav class="page-sections".*?</nav>', html, re.S).group(0)
    for anchor in ("#needs", "#who-can-help", "#whom-we-can-help", "#case-studies", "#experts", "#events"):
        assert f'href="{anchor}"' in nav
        assert f'id="{anchor[1:]}"' in html
    assert html.count('<details class="fold') >= 4


def test_pdfs_carry_the_page_address_dates_credits_and_licence(client, demo):
    with override_settings(SPF_BASE_URL="https://spf.example.org"):
        response = client.get(CASE.format(lang="en") + "pdf/", HTTP_HOST="testserver")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    flat = re.sub(r"\s+", "", text)
    assert "https://spf.example.org/en/countries/za/sassa-mobile-outreach/" in flat
    assert "CCBY4.0" in flat and "creativecommons.org/licenses/by/4.0" in flat
    assert "Printed" in text and "Published" in text
    assert "Source:SPFSouth-SouthExchange" in flat


@override_settings(SPF_BASE_URL="https://spf.example.org")
def test_exports_use_the_configured_address_and_state_the_licence(client, demo):
    csv_response = client.get("/api/export/case-studies.csv", HTTP_HOST="127.0.0.1")
    assert csv_response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    body = csv_response.content.decode()
    assert "https://spf.example.org/en/countries/za/sassa-mobile-outreach/" in body
    assert "http://localhost" not in body and "127.0.0.1" not in body
    data = client.get("/api/export/experts.json").json()
    assert data["licence_url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert all(item["url"].startswith("https://spf.example.org/") for item in data["items"])
    assert client.get("/api/search/?q=health")["Link"].endswith('rel="license"')
