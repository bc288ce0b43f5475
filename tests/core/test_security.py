"""Security findings of the adversarial review (issue #14), each proved on the path a user takes:
cache poisoning, restricted pages in search and matching, private documents, the request chooser,
stale answers after a publish, rate limits behind a proxy, admin sign-in throttling, methods."""

import re

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from casestudies.models import CaseStudyPage
from compendium.core import versions
from compendium.taxonomy.models import Country
from tests import factories

pytestmark = pytest.mark.django_db


# --- 6. Cache poisoning -----------------------------------------------------------------------


def test_a_forged_host_is_refused_before_the_page_cache_and_never_seeds_it(client, demo, settings):
    settings.SPF_PAGE_CACHE_SECONDS = 300
    settings.ALLOWED_HOSTS = ["spf.example.org"]
    honest = client.get("/en/", HTTP_HOST="spf.example.org")
    assert honest.status_code == 200 and honest["X-Page-Cache"] == "miss"
    # a cache hit used to skip the host check altogether
    assert client.get("/en/", HTTP_HOST="localhost:6666").status_code == 400
    assert client.get("/en/about-nothing/", HTTP_HOST="localhost:6666").status_code == 400
    html = client.get("/en/", HTTP_HOST="spf.example.org").content.decode()
    # Absolute addresses come from the configured SPF_BASE_URL, never from a Host header.
    assert "localhost:6666" not in html and f"{settings.SPF_BASE_URL}/en/" in html


def test_the_page_cache_keeps_hosts_and_schemes_apart(client, demo, settings):
    settings.SPF_PAGE_CACHE_SECONDS = 300
    settings.ALLOWED_HOSTS = ["a.example.org", "b.example.org"]
    client.get("/en/", HTTP_HOST="a.example.org")
    assert client.get("/en/", HTTP_HOST="a.example.org")["X-Page-Cache"] == "hit"
    other = client.get("/en/", HTTP_HOST="b.example.org")
    assert other["X-Page-Cache"] == "miss" and "a.example.org" not in other.content.decode()
    # X-Forwarded-Proto is not trusted unless SPF_BEHIND_PROXY says a proxy sets it
    spoofed = client.get("/en/", HTTP_HOST="a.example.org", HTTP_X_FORWARDED_PROTO="https")
    assert spoofed["X-Page-Cache"] == "hit" and "https://a.example.org" not in spoofed.content.decode()


def test_robots_and_feeds_are_not_poisoned_either(client, demo, settings):
    settings.SPF_PAGE_CACHE_SECONDS = 300
    settings.ALLOWED_HOSTS = ["spf.example.org"]
    for url in ("/robots.txt", "/en/feed/", "/sitemap.xml"):
        body = client.get(url, HTTP_HOST="spf.example.org").content.decode()
        assert client.get(url, HTTP_HOST="evil.example:6666").status_code == 400, url
        assert "spf.example.org" in body and "evil.example" not in body, url


def test_cached_pages_keep_their_security_headers(client, demo, settings):
    settings.SPF_PAGE_CACHE_SECONDS = 300
    client.get("/en/guide/")
    hit = client.get("/en/guide/")
    assert hit["X-Page-Cache"] == "hit"
    assert hit["X-Frame-Options"] == "DENY" and "default-src 'self'" in hit["Content-Security-Policy"]
    assert hit["X-Content-Type-Options"] == "nosniff"


def test_trace_options_and_write_verbs_are_not_answered(client, demo):
    for url in ("/sitemap.xml", "/en/feed/", "/en/", "/api/search/", "/robots.txt"):
        for method in ("trace", "options", "put", "delete"):
            response = getattr(client, method)(url)
            assert response.status_code == 405, (method, url)
            assert "GET" in response["Allow"]
    assert client.get("/sitemap.xml").status_code == 200


# --- 2. Restricted pages leave search, matching and country profiles at once --------------------


def _restrict(page, kind="password"):
    if kind == "password":
        return PageViewRestriction.objects.create(page=page, restriction_type="password", password="pw")
    return PageViewRestriction.objects.create(page=page, restriction_type="login")


def test_a_restricted_case_study_leaves_search_and_returns_when_the_restriction_goes(client, demo):
    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    title = page.title
    assert title in client.get("/api/search/", {"q": "SASSA"}).content.decode()
    restriction = _restrict(page)
    for url, params in (("/api/search/", {"q": "SASSA"}), ("/en/search/", {"q": "SASSA"}), ("/api/search/", {"country": "ZA"})):
        assert title not in client.get(url, params).content.decode(), url
    assert page.slug not in client.get("/en/countries/za/").content.decode()
    restriction.delete()
    assert title in client.get("/api/search/", {"q": "SASSA"}).content.decode()


def test_a_restriction_on_an_ancestor_hides_the_whole_subtree_from_matching(client, demo):
    from compendium.pages.models import CountryPage

    thailand = CountryPage.objects.get(country__code="TH")
    before = client.get("/api/match/", {"country": "KH"}).json()
    assert "TH" in [provider["country"] for provider in before["providers"]]
    restriction = _restrict(thailand, "login")
    thai_case_study = re.compile(r"/countries/th/[a-z0-9-]+/")
    assert thai_case_study.search(str(before))
    after = client.get("/api/match/", {"country": "KH"}).json()
    assert not thai_case_study.search(str(after))
    assert not thai_case_study.search(client.get("/en/match/", {"country": "KH"}).content.decode())
    assert not thai_case_study.search(client.get("/en/countries/kh/").content.decode())
    assert not thai_case_study.search(client.get("/api/search/", {"country": "TH", "type": "case-study"}).content.decode())
    restriction.delete()
    assert thai_case_study.search(client.get("/api/search/", {"country": "TH", "type": "case-study"}).content.decode())


# --- 3. Documents of drafts and private collections ----------------------------------------------


def _document(title, collection=None):
    document = get_document_model()(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(f"{title.lower().replace(' ', '-')}.txt", ContentFile(f"contents of {title}".encode()), save=True)
    return document


def _link_document(page, document, publish=True):
    from wagtail.rich_text import RichText

    page.body_en = [("paragraph", RichText(f'<p><a linktype="document" id="{document.pk}">{document.title}</a></p>'))]
    revision = page.save_revision()
    if publish:
        revision.publish()
    else:
        page.save()
    from wagtail.models import ReferenceIndex

    ReferenceIndex.create_or_update_for_object(page)


def test_documents_download_only_when_a_public_page_uses_them(client, demo):
    parent = factories.country_page(demo["countries"], "KH")
    draft = factories.case_study(parent, title="Draft with a file")
    draft.unpublish()
    draft_document = _document("Draft only annex")
    _link_document(CaseStudyPage.objects.get(pk=draft.pk), draft_document, publish=False)
    public_page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    public_document = _document("Public annex")
    _link_document(public_page, public_document)

    assert client.get(public_document.url).status_code == 200
    assert b"contents of Public annex" in b"".join(client.get(public_document.url).streaming_content)
    assert client.get(draft_document.url).status_code == 404
    # the raw media folder is never served: not even the public document's file
    for document in (draft_document, public_document):
        assert client.get(f"/media/{document.file.name}").status_code == 404, document.file.name


def test_documents_of_a_restricted_collection_ask_for_the_password(client, demo):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Private papers")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="password", password="pw")
    document = _document("Board minutes", collection=private)
    _link_document(CaseStudyPage.objects.get(slug="sassa-mobile-outreach"), document)
    response = client.get(document.url)
    assert response.status_code == 200 and b"contents of Board minutes" not in response.content
    assert "password" in response.content.decode().lower()


def test_staff_may_fetch_a_draft_document(client, demo, users):
    document = _document("Unused annex")
    client.force_login(users["Editors"])
    assert client.get(document.url).status_code == 200


# --- 7. Requests are private in every corner of the admin -----------------------------------------


def test_editors_cannot_reach_requests_through_the_snippet_chooser(client, demo, users):
    from experts.models import PeerSupportRequest

    request = PeerSupportRequest.objects.create(
        country=Country.objects.get(code="KH"), institution="Secret Ministry", contact_name="N", contact_email="n@example.org", need="x"
    )
    urls = (
        "/admin/snippets/choose/experts/peersupportrequest/",
        "/admin/snippets/choose/experts/peersupportrequest/results/",
        f"/admin/snippets/choose/experts/peersupportrequest/chosen/{request.pk}/",
    )
    client.force_login(users["Editors"])
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Secret Ministry" not in response.content.decode(), url
    client.force_login(users["Moderators"])
    assert "Secret Ministry" in client.get(urls[0]).content.decode()


# --- 5. A publish is announced after it commits, once -----------------------------------------------


def test_other_processes_learn_of_a_publish_only_after_it_commits(demo, django_capture_on_commit_callbacks):
    shared_before = versions._read_shared(("pages", "search"))
    own_before = versions.current("pages")
    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        with transaction.atomic():
            page.title_en = "Renamed inside a transaction"
            page.save_revision().publish()
            page.save_revision().publish()
            # this process sees its own change at once; every other process still sees the old stamp
            assert versions.current("pages") != own_before
            assert versions._read_shared(("pages", "search")) == shared_before
    assert callbacks
    for callback in callbacks:
        callback()
    shared_after = versions._read_shared(("pages", "search"))
    assert shared_after["pages"] != shared_before["pages"] and shared_after["search"] != shared_before["search"]


def test_version_stamps_are_read_once_per_request(client, demo, monkeypatch):
    reads = []
    real = versions._read_shared

    def counting(names):
        reads.append(names)
        return real(names)

    monkeypatch.setattr(versions, "_read_shared", counting)
    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    response = client.get(page.url)
    assert "SASSA" in response.content.decode()
    # Drawn and stored in the read model: the snapshot, then after storing the page (and the
    # related cards it drew) a check of the content version alone, that no publish committed
    # meanwhile (compendium/core/read_model.py).
    assert response["X-Read-Model"] == "stored"
    assert len(reads) <= 3 and all(names == ("pages",) for names in reads[1:]), reads
    reads.clear()
    response = client.get(page.url)
    assert response["X-Read-Model"] == "hit"
    assert "SASSA" in response.content.decode()
    assert len(reads) == 1, reads


# --- 10. Rate limits see the real client; sign-in is throttled -----------------------------------


def test_rate_limits_behind_a_proxy_count_each_client(client, demo, settings):
    settings.SPF_API_RATE_LIMIT = 3
    settings.SPF_TRUSTED_PROXY_COUNT = 1
    for _ in range(3):
        assert client.get("/api/search/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 200
    assert client.get("/api/search/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    assert client.get("/api/search/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 200
    # a client cannot pick a fresh bucket by prepending its own X-Forwarded-For entry
    forged = client.get("/api/search/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.9, 203.0.113.5")
    assert forged.status_code == 429


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(client, demo, settings):
    settings.SPF_API_RATE_LIMIT = 2
    for forwarded in ("1.1.1.1", "2.2.2.2"):
        assert client.get("/api/search/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR=forwarded).status_code == 200
    assert client.get("/api/search/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="3.3.3.3").status_code == 429


def test_admin_sign_in_is_throttled_after_repeated_failures(client, demo, users, settings):
    settings.SPF_LOGIN_ATTEMPTS = 3
    for _ in range(3):
        failed = client.post("/admin/login/", {"username": "editors", "password": "wrong"}, REMOTE_ADDR="10.1.1.1")
        assert failed.status_code == 200 and "password" in failed.content.decode().lower()
    blocked = client.post("/admin/login/", {"username": "editors", "password": "pw"}, REMOTE_ADDR="10.1.1.1")
    assert blocked.status_code == 429 and "Too many failed sign-ins" in blocked.content.decode()
    assert blocked["Retry-After"]
    # the same account from elsewhere is throttled too (per user name), another account is not
    assert client.post("/admin/login/", {"username": "editors", "password": "pw"}, REMOTE_ADDR="10.2.2.2").status_code == 429
    ok = client.post("/admin/login/", {"username": "moderators", "password": "pw"}, REMOTE_ADDR="10.2.2.2")
    assert ok.status_code == 302


def test_healthz_reports_the_cache(client, demo):
    data = client.get("/healthz").json()
    assert data == {"status": "ok", "database": "ok", "cache": "ok"}
