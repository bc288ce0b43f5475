"""The edge cache: Cache-Control on shareable answers only, and a publish purges what it changed.

The end-to-end tests put Debian's Varnish (deploy/varnish/default.vcl, on a free loopback port)
in front of pytest-django's live server. Without varnishd they skip; with SPF_REQUIRE_VARNISH=1
(set by CI) a missing varnishd is a failure.
"""

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection
from modeltranslation.utils import build_localized_fieldname

from compendium.ops import edge_cache
from events.models import EventPage

VARNISHD = shutil.which("varnishd") or next((p for p in ("/usr/sbin/varnishd",) if os.path.exists(p)), None)
VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "default.vcl"
LANGUAGES = [code for code, _name in django_settings.LANGUAGES]


# --- Headers (no Varnish needed) ------------------------------------------------------------


@pytest.fixture
def edge_on(settings):
    settings.SPF_EDGE_CACHE_SECONDS = 600
    settings.SPF_EDGE_STALE_SECONDS = 30
    return settings


@pytest.mark.django_db
def test_anonymous_public_pages_are_shareable(client, demo, edge_on):
    for url in ("/en/", "/km/events/", "/en/events/calendar.ics", "/api/search/?q=pension"):
        control = client.get(url)["Cache-Control"]
        assert "public" in control and "s-maxage=600" in control and "stale-while-revalidate=30" in control, url
        assert "max-age=0" in control


@pytest.mark.django_db
def test_forms_sessions_and_admin_are_never_shareable(client, demo, edge_on, django_user_model):
    form = client.get("/en/experts/request/")
    assert b"csrfmiddlewaretoken" in form.content
    assert "s-maxage" not in form["Cache-Control"] and "private" in form["Cache-Control"]
    client.cookies["sessionid"] = "anything"
    assert "s-maxage" not in client.get("/en/")["Cache-Control"]
    del client.cookies["sessionid"]
    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    assert "s-maxage" not in client.get("/en/").get("Cache-Control", "")
    assert "s-maxage" not in client.get("/admin/").get("Cache-Control", "")


@pytest.mark.django_db
def test_no_header_when_off(client, demo, settings):
    settings.SPF_EDGE_CACHE_SECONDS = 0
    assert "s-maxage" not in client.get("/en/").get("Cache-Control", "")


@pytest.mark.django_db
def test_affected_paths_cover_every_language_and_the_listings(demo):
    event = EventPage.objects.live().filter(country__isnull=False).order_by("pk").first()
    paths = edge_cache.affected_paths(event)
    slug_path = event.url[3:]  # without /en
    for language in LANGUAGES:
        assert f"/{language}{slug_path}" in paths
        assert f"/{language}/events/" in paths  # the listing
        assert f"/{language}/" in paths  # home
        assert f"/{language}/events/calendar.ics" in paths
        assert f"/{language}/search/" in paths
    assert f"/en/countries/{event.country.iso2.lower()}/" in paths  # the host's country profile
    assert "/api/export/events.json" in paths and "/sitemap.xml" in paths


# --- Varnish in front of the live server ----------------------------------------------------


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def varnish(live_server, tmp_path, settings):
    if not VARNISHD:
        message = "no varnishd found (install Debian's varnish: ./scripts/system-deps.sh --varnish)"
        if os.environ.get("SPF_REQUIRE_VARNISH"):
            pytest.fail(message)
        pytest.skip(message)
    app_port = live_server.url.rsplit(":", 1)[1]
    port = _free_port()
    vcl = tmp_path / "test.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{app_port}";'))
    process = subprocess.Popen(
        [VARNISHD, "-F", "-j", "none", "-n", str(tmp_path / "work"), "-a", f"127.0.0.1:{port}", "-f", str(vcl), "-s", "malloc,32m"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"varnishd did not start: {process.stderr.read().decode()[:2000]}")
            time.sleep(0.1)
    settings.SPF_EDGE_CACHE_SECONDS = 600
    settings.SPF_PAGE_CACHE_SECONDS = 0  # what Varnish holds is all that is cached
    settings.WAGTAILFRONTENDCACHE = {"edge": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}}
    yield url
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def site(transactional_db, live_server):
    from compendium.ops.demo.loader import Loader
    from compendium.ops.models import GeneratedPage

    if not GeneratedPage.objects.filter(source="demo").exists():
        Loader().run()


def _server_threads_idle(seconds=10):
    """On SQLite the live server's threads share this test's in-memory connection (so that they see
    its rows); a request still being answered there (a fetch Varnish makes in the background) holds
    it inside a transaction, and a publish from here would then fail ("on_commit() cannot be used
    in manual transaction management"). Wait until no thread is inside one. On PostgreSQL each
    thread has its own connection and this returns at once."""
    deadline = time.monotonic() + seconds
    while (connection.in_atomic_block or not connection.get_autocommit()) and time.monotonic() < deadline:
        time.sleep(0.05)


def _get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def _hit(headers):
    """Served from Varnish's store: X-Varnish carries this request's id and the stored object's."""
    return len(headers.get("X-Varnish", "").split()) == 2


def test_pages_are_cached_and_a_publish_purges_them_in_every_language(site, varnish):
    event = EventPage.objects.live().public().order_by("pk").first()
    old_title = event.title_en
    paths = [f"/{language}{event.url[3:]}" for language in LANGUAGES] + [f"/{language}/events/" for language in LANGUAGES]
    for path in paths:
        _get(varnish + path)
        status, headers, body = _get(varnish + path)
        assert status == 200 and _hit(headers), (path, headers)
        assert int(headers.get("Age", "0")) >= 0
    filtered = f"/en/events/?type={event.event_type}"
    _get(varnish + filtered)
    assert _hit(_get(varnish + filtered)[1])

    # Each language shows its own title (a translated title, not the English one): rename them all.
    new_title = "Renamed edge-cache marigold"
    for language in LANGUAGES:
        setattr(event, build_localized_fieldname("title", language), new_title)
    _server_threads_idle()
    event.save_revision().publish()
    # The purge is sent when the publish commits, before publish() returns: the very next request
    # (sent at once, well within a second) is not served from the store and shows the new title.
    # (Its render may take longer than a second on a busy machine; that is the app, not the cache.)
    status, headers, body = _get(varnish + paths[0])
    assert not _hit(headers), headers
    assert new_title in body
    for path in paths + [filtered]:
        status, headers, body = _get(varnish + path)
        assert status == 200
        assert new_title in body, path  # no language, listing or filtered view left stale
    # Cached again after the purge.
    assert _hit(_get(varnish + paths[0])[1])
    assert old_title != new_title


def test_a_session_or_a_form_token_is_never_stored(site, varnish):
    # With a session cookie: passed to the app every time.
    for _ in range(2):
        status, headers, _body = _get(varnish + "/en/", {"Cookie": "sessionid=abc"})
        assert status == 200 and not _hit(headers)
    # The request form carries a CSRF token and sets its cookie: never stored.
    for _ in range(2):
        status, headers, body = _get(varnish + "/en/experts/request/")
        assert status == 200 and "csrfmiddlewaretoken" in body
        assert not _hit(headers) and "private" in headers.get("Cache-Control", "")
    # A PURGE is taken from localhost (this test) and answered.
    request = urllib.request.Request(varnish + "/en/", method="PURGE")
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.status == 200
