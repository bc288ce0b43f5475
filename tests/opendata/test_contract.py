"""Every URL of DESIGN.md's public contract exists and answers with real content."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db


def test_healthz_touches_the_database(client, demo):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_healthz_reports_a_database_failure(client, demo, monkeypatch):
    from django.db import OperationalError, connection

    def broken_cursor(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "down"


def test_search_api_answers_the_contract_shape(client, demo):
    response = client.get("/api/search/", {"q": "health", "lang": "en"})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] >= 1 and len(data["results"]) >= 1
    first = data["results"][0]
    assert set(first) >= {"type", "title", "url", "countries", "principles", "guarantees", "themes"}
    assert first["url"].startswith("/en/")
    assert set(data["facets"]) == {"country", "principle", "guarantee", "theme", "stage", "type"}
    assert all({"value", "label", "count"} <= set(entry) for entry in data["facets"]["theme"])


def test_search_api_rejects_bad_input_with_json_errors(client, demo):
    for params in ({"theme": "nope"}, {"page": "abc"}, {"page": "0"}, {"q": "x" * 10_000}, {"lang": "xx"}, {"country": "ZZ"}):
        response = client.get("/api/search/", params)
        assert response.status_code == 400, params
        assert "error" in response.json()


def test_country_codes_are_accepted_in_either_case(client, demo):
    upper = client.get("/api/search/", {"country": "KH"}).json()
    lower = client.get("/api/search/", {"country": "kh"}).json()
    assert upper["count"] == lower["count"] > 0
    assert all("KH" in result["countries"] for result in upper["results"])


def test_match_api_ranks_providers_with_reasons(client, demo):
    response = client.get("/api/match/", {"country": "kh", "lang": "en"})
    assert response.status_code == 200
    data = response.json()
    assert data["country"] == "KH"
    assert "health" in data["needs"]["guarantees"]
    assert data["providers"], "Cambodia's stated needs should find providers"
    assert all(provider["country"] != "KH" for provider in data["providers"])
    top = data["providers"][0]
    assert top["score"] > 0 and top["reasons"] and (top["case_studies"] or top["experts"])
    assert top["case_studies"][0]["url"].startswith("/en/")
    scores = [provider["score"] for provider in data["providers"]]
    assert scores == sorted(scores, reverse=True)


def test_match_api_with_explicit_needs_and_bad_input(client, demo):
    data = client.get("/api/match/", {"country": "LA", "guarantee": "health"}).json()
    assert data["needs"]["guarantees"] == ["health"]
    assert data["providers"][0]["country"] == "TH"  # NHSO, UCS, Naresuan: Thailand's health experience
    assert client.get("/api/match/").status_code == 400
    assert client.get("/api/match/", {"country": "XX"}).status_code == 400
    assert client.get("/api/match/", {"country": "KH", "theme": "bogus"}).status_code == 400


def test_match_page_and_country_link(client, demo):
    response = client.get("/en/match/", {"country": "KH"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thailand" in html and "Request this expert" in html
    assert client.get("/en/match/", {"country": "ZZ"}).status_code == 400


def test_sitemap_lists_every_language_with_hreflang(client, demo):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    assert any(loc.endswith("/km/countries/za/sassa-mobile-outreach/") for loc in locations)
    assert any(loc.endswith("/lo/countries/za/sassa-mobile-outreach/") for loc in locations)
    hreflangs = {link.get("hreflang") for link in root.findall("s:url/x:link", ns)}
    assert {"en", "km", "lo", "zh-hans", "x-default"} <= hreflangs


def test_feed_lists_case_studies_and_filters(client, demo):
    response = client.get("/en/feed/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    assert response.content.decode().count("<item>") == 30  # the 30 newest
    assert "sassa-mobile-outreach" in client.get("/en/feed/", {"country": "za"}).content.decode()
    filtered = client.get("/en/feed/", {"theme": "mis", "country": "br"}).content.decode()
    assert "brazil-cadastro-unico" in filtered and "sassa-mobile-outreach" not in filtered
    assert client.get("/en/feed/", {"theme": "bogus"}).status_code == 404


def test_exports_carry_public_fields_only(client, demo):
    response = client.get("/api/export/case-studies.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) >= 30
    sassa = next(row for row in rows if row["slug"] == "sassa-mobile-outreach")
    assert sassa["countries"] == "ZA" and "outreach" in sassa["themes"]
    experts = client.get("/api/export/experts.json").json()
    assert experts["count"] >= 20 and "licence" in experts
    text = json.dumps(experts)
    assert "@example.org" not in text and "email" not in text and "phone" not in text
    events = client.get("/api/export/events.csv").content.decode()
    assert "siem-reap-workshop-2013" in events
    assert client.get("/api/export/secrets.csv").status_code == 404


def test_wagtail_api_serves_published_pages(client, demo):
    response = client.get("/api/v2/pages/", {"type": "casestudies.CaseStudyPage", "limit": 50})
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert len(titles) >= 30


def test_robots_points_to_the_sitemap(client, demo):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap:" in text and "Disallow: /admin/" in text


def test_country_profiles_show_both_rankings(client, demo):
    html = client.get("/en/countries/kh/").content.decode()
    assert 'id="who-can-help"' in html and "Thailand" in html.split('id="who-can-help"')[1]
    thailand = client.get("/en/countries/th/").content.decode()
    assert 'id="whom-we-can-help"' in thailand
    assert "/en/countries/kh/" in thailand.split('id="whom-we-can-help"')[1]  # Thailand's experience answers Cambodia's needs


def test_match_page_draws_the_network_and_the_matrix_accessibly(client, demo):
    html = client.get("/km/match/").content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html and 'role="img"' in html
    assert '<title id="net-title">' in html and '<desc id="net-desc">' in html
    assert "កម្ពុជា" in html  # country labels in the reader's language
    assert '<table class="matrix">' in html and 'scope="row"' in html and '<caption id="matrix-caption">' in html
    assert 'class="text-alternative"' in html


def test_exchange_links_join_small_groups_and_star_large_events():
    from compendium.matching.graphics import exchange_links
    from compendium.matching.scoring import CaseStudyRecord, EventRecord

    events = [
        EventRecord("Workshop", frozenset({"KH", "TH", "IN", "BR", "CL", "ZA", "LA"}), host="KH"),
        EventRecord("Tour", frozenset({"LA", "CN"})),
    ]
    cases = [CaseStudyRecord(1, "NHSO", "", "TH", frozenset({"TH", "KH"}))]
    links = exchange_links(cases, events)
    assert links[("KH", "TH")] == 2  # the workshop (host link) and the case study
    assert links[("CN", "LA")] == 1 and ("BR", "IN") not in links  # large event: participants link to the host only
