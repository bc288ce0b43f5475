"""Reliability and security: headers, a database that goes away, abuse limits, private data."""

import pytest
from django.db import OperationalError
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_public_pages_carry_a_content_security_policy(client, demo):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy and "script-src 'self'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]
    assert "Content-Security-Policy" not in client.get("/admin/login/")  # the Wagtail admin needs its inline scripts


def test_a_database_failure_gives_a_clean_503_and_the_next_request_recovers(client, demo, monkeypatch):
    from compendium.pages import listings

    real = listings.home_context

    def database_gone():
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(listings, "home_context", database_gone)
    response = client.get("/en/")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "Temporarily unavailable" in response.content.decode()
    monkeypatch.setattr(listings, "home_context", real)
    assert client.get("/en/").status_code == 200


def test_a_database_failure_in_an_api_answers_json_503(client, demo, monkeypatch):
    from compendium import search

    def database_gone(query):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(search, "search", database_gone)
    response = client.get("/api/search/", {"q": "health"})
    assert response.status_code == 503 and "temporarily unavailable" in response.json()["error"]


@override_settings(SPF_API_RATE_LIMIT=5)
def test_apis_are_rate_limited_per_client_with_a_clear_429(client, demo):
    for _ in range(5):
        assert client.get("/api/search/", REMOTE_ADDR="10.0.0.7").status_code == 200
    limited = client.get("/api/match/", {"country": "KH"}, REMOTE_ADDR="10.0.0.7")
    assert limited.status_code == 429 and "Too many requests" in limited.json()["error"] and limited["Retry-After"]
    assert client.get("/api/search/", REMOTE_ADDR="10.0.0.8").status_code == 200  # another client is not affected


def test_unpublished_pages_and_private_fields_never_leak(client, demo):
    from casestudies.models import CaseStudyPage
    from experts.models import ExpertPage

    draft = CaseStudyPage.objects.get(slug="france-rsa")
    draft.unpublish()
    expert = ExpertPage.objects.get(slug="netnapis-suchonwanich")
    for url in (
        "/api/search/?q=Revenu",
        "/en/search/?q=Revenu",
        "/api/export/case-studies.json",
        "/sitemap.xml",
        "/en/feed/",
        "/api/v2/pages/?type=casestudies.CaseStudyPage&limit=100",
    ):
        body = client.get(url).content.decode()
        assert "france-rsa" not in body and "Revenu de Solidarit" not in body, url
    assert "france-rsa" not in client.get("/en/guide/employment/").content.decode()  # (its background note names the RSA)
    assert client.get(draft.url_path.replace("/home/", "/en/", 1)).status_code == 404
    for url in ("/api/v2/pages/?type=experts.ExpertPage&fields=*", f"/api/v2/pages/{expert.pk}/", "/api/export/experts.csv", expert.url):
        body = client.get(url).content.decode()
        assert expert.email not in body and "@example.org" not in body, url


def test_anonymous_page_cache_serves_repeat_views_and_forgets_on_publish(client, demo, settings):
    from casestudies.models import CaseStudyPage

    settings.SPF_PAGE_CACHE_SECONDS = 300
    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    first = client.get(page.url)
    assert first["X-Page-Cache"] == "miss"
    second = client.get(page.url)
    assert second["X-Page-Cache"] == "hit" and second.content == first.content
    assert client.get(page.url.replace("/en/", "/km/", 1))["X-Page-Cache"] == "miss"  # each language its own entry
    page.title_en = "SASSA trucks, revised"
    page.save_revision().publish()
    fresh = client.get(page.url)
    assert fresh["X-Page-Cache"] == "miss" and "SASSA trucks, revised" in fresh.content.decode()
    # never cached: forms with a CSRF token, visitors with a session, the admin
    client.get("/en/experts/request/")
    assert "X-Page-Cache" not in client.get("/en/experts/request/")
    client.cookies["sessionid"] = "x"
    assert "X-Page-Cache" not in client.get(page.url)


def test_an_interrupted_demo_load_leaves_nothing_half_written(demo, monkeypatch):
    from wagtail.models import Page

    from compendium.ops.demo import data
    from compendium.ops.demo.loader import Loader
    from compendium.ops.models import GeneratedPage

    pages_before, records_before = Page.objects.count(), GeneratedPage.objects.count()
    extra = {**data.CASE_STUDIES[0], "slug": "interrupted-case", "title": "Interrupted"}
    monkeypatch.setattr(data, "CASE_STUDIES", [*data.CASE_STUDIES, extra, {**extra, "slug": "broken", "stage": "no-such-stage"}])
    with pytest.raises(Exception):  # noqa: B017 - the broken row stops the load
        Loader().run()
    assert Page.objects.count() == pages_before and GeneratedPage.objects.count() == records_before
    assert not Page.objects.filter(slug="interrupted-case").exists()
    monkeypatch.setattr(data, "CASE_STUDIES", [*data.CASE_STUDIES[:-1]])
    Loader().run()  # and it can be run again
    assert Page.objects.filter(slug="interrupted-case").exists()


def test_error_pages_speak_the_readers_language(client, demo):
    from django.test import RequestFactory
    from django.utils import translation
    from django.views.defaults import server_error

    with translation.override("km"):
        response = server_error(RequestFactory().get("/km/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="km"' in html
    with translation.override("km"):
        khmer = translation.gettext("Something went wrong")
    assert khmer != "Something went wrong" and khmer in html
    assert "Traceback" not in html
    not_found = client.get("/lo/no-such-page/")
    assert not_found.status_code == 404 and '<html lang="lo"' in not_found.content.decode()


def test_production_settings_pass_the_deployment_checklist():
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent.parent
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "compendium.settings.production",
        "SECRET_KEY": "k" * 24 + "-Production-Check-1234567890",
        "SPF_BASE_URL": "https://spf.example.org",
        "ALLOWED_HOSTS": "spf.example.org",
    }
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], cwd=root, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    env.pop("SECRET_KEY")
    refused = subprocess.run([sys.executable, "manage.py", "check"], cwd=root, env=env, capture_output=True, text=True)
    assert refused.returncode != 0 and "Set SECRET_KEY" in refused.stderr
    # The key `make run` used to generate (32 random bytes in base64: 44 characters) fails W009.
    short_key = {**env, "SECRET_KEY": "A1b2" * 11}
    short = subprocess.run([sys.executable, "manage.py", "check"], cwd=root, env=short_key, capture_output=True, text=True)
    assert short.returncode != 0 and "at least 50 characters" in short.stderr
    # Links in e-mails and /api/v2/ come from SPF_BASE_URL: production will not start without a
    # real one, nor with one whose host it would refuse.
    good_key = {**env, "SECRET_KEY": "k" * 24 + "-Production-Check-1234567890"}
    for base_url, message in (
        (None, "Set SPF_BASE_URL"),
        ("spf.example.org", "Set SPF_BASE_URL"),
        ("https://elsewhere.example.net", "not in ALLOWED_HOSTS"),
    ):
        case = {key: value for key, value in good_key.items() if key != "SPF_BASE_URL"}
        if base_url:
            case["SPF_BASE_URL"] = base_url
        result = subprocess.run([sys.executable, "manage.py", "check"], cwd=root, env=case, capture_output=True, text=True)
        assert result.returncode != 0 and message in result.stderr, (base_url, result.stderr[-300:])
