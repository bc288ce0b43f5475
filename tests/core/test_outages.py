"""Outages of real servers, not mocks: Redis and PostgreSQL are started here, stopped mid-test and
started again, and the site must keep answering (Redis away: every page and API still 200,
uncached; PostgreSQL away: 503, never 500) and recover by itself.

    .venv/bin/pytest tests/core/test_outages.py -m outage -rA

The servers come from bench/faults.py (free loopback ports, temporary directories, stopped in
`finally` and at exit). The Redis test runs in every CI leg (its own redis-server, the site
in-process through the test client). The PostgreSQL test serves the production settings with
gunicorn on a cluster of its own; it copies the test database (demo loaded) with pg_dump, so it
runs where the tests run on PostgreSQL (DATABASE_URL=postgres://..., CI's second leg). Elsewhere
it skips, unless SPF_OUTAGE_FULL=1 (then it migrates and loads the demo itself: ~2 minutes).
"""

import json
import os
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.test import override_settings
from django.utils.html import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "bench"))
import faults  # noqa: E402

pytestmark = pytest.mark.outage

REDIS_MISSING = None if Path(faults.REDIS_SERVER).exists() else f"redis-server is not installed ({faults.REDIS_SERVER})"
POSTGRES_MISSING = faults.postgres_unavailable_reason()
ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
FULL = os.environ.get("SPF_OUTAGE_FULL") == "1"

HEALTH_OK = {"status": "ok", "database": "ok", "cache": "ok"}
HEALTH_CACHE_DOWN = {"status": "degraded", "database": "ok", "cache": "down"}


def _json(response_body):
    try:
        return json.loads(response_body)
    except ValueError:
        return None


def _demo_expectations(client):
    """(url, what the body must contain) for a page or API of each kind, read from the demo content."""
    from casestudies.models import CaseStudyPage

    case = CaseStudyPage.objects.live().order_by("pk").first()
    found = client.get("/api/search/", {"q": "health"}).json()["results"]
    return [
        ("/en/", "SPF South-South Exchange"),
        ("/km/", "ការផ្លាស់ប្តូរបទពិសោធន៍"),
        ("/en/guide/", "SPF Good Practices Guide"),
        (case.url, escape(case.title)),
        ("/en/search/?q=health", f'href="{found[0]["url"]}"'),  # the title's matched words are in <mark>
        ("/api/search/?q=health", lambda data: data and data["count"] > 0 and data["results"]),
        ("/api/match/?country=KH", lambda data: data and data.get("country") == "KH"),
        ("/en/countries/kh/", "Cambodia"),
    ]


def _problem(phase, url, response, expected, seconds):
    """What is wrong with an answer that should be a 200 with the real content, or None."""
    if response.status_code != 200:
        error = ""
        if getattr(response, "exc_info", None):
            error = f" ({type(response.exc_info[1]).__module__}.{type(response.exc_info[1]).__name__}: {str(response.exc_info[1])[:120]})"
        return f"{phase}: GET {url} answered {response.status_code}{error} in {seconds:.2f} s"
    body = response.content.decode("utf-8", "replace")
    if callable(expected):
        if not expected(_json(body)):
            return f"{phase}: GET {url} answered 200 without the expected data: {body[:120]!r}"
    elif expected not in body:
        return f"{phase}: GET {url} answered 200 without {expected!r}"
    if seconds > 5:
        return f"{phase}: GET {url} took {seconds:.1f} s"
    return None


def _get_all(client, phase, expectations):
    problems = []
    for url, expected in expectations:
        started = time.monotonic()
        response = client.get(url)
        problems.append(_problem(phase, url, response, expected, time.monotonic() - started))
    return [problem for problem in problems if problem]


def _health(client):
    response = client.get("/healthz")
    return response.status_code, _json(response.content)


def _poll(check, seconds, interval=0.2):
    """Call check() until it is true or `seconds` pass; (result, seconds waited)."""
    started = time.monotonic()
    deadline = started + seconds
    while True:
        result = check()
        if result or time.monotonic() >= deadline:
            return result, round(time.monotonic() - started, 2)
        time.sleep(interval)


def test_production_redis_cache_fails_fast():
    """A Redis that does not answer (host down, packets dropped) must not hold a request: the
    production cache sets socket timeouts (django-redis waits forever without them)."""
    options = faults.production_cache_config("redis://127.0.0.1:6399/0").get("OPTIONS", {})
    for name in ("SOCKET_CONNECT_TIMEOUT", "SOCKET_TIMEOUT"):
        assert options.get(name) is not None and float(options[name]) <= 2, f"production CACHES OPTIONS[{name!r}] = {options.get(name)!r}"


@pytest.mark.django_db
@pytest.mark.skipif(bool(REDIS_MISSING), reason=REDIS_MISSING or "")
def test_pages_and_apis_are_served_while_redis_is_down_and_the_cache_comes_back(client, demo):
    client.raise_request_exception = False  # a failure is a 500 answer to count, not an exception out of the client
    expectations = _demo_expectations(client)  # (on the test settings' cache, before the override)
    redis = faults.RedisServer().start()
    problems, timings = [], {}
    try:
        # The cache as production configures it for REDIS_URL (IGNORE_EXCEPTIONS and timeouts
        # included, if it sets them), at this Redis; timeouts kept short if production sets none.
        config = faults.production_cache_config(redis.url)
        config["LOCATION"] = redis.url
        config.setdefault("OPTIONS", {}).setdefault("SOCKET_CONNECT_TIMEOUT", 0.5)
        config["OPTIONS"].setdefault("SOCKET_TIMEOUT", 0.5)
        with override_settings(CACHES={"default": config}, SPF_PAGE_CACHE_SECONDS=300):
            started = time.monotonic()
            problems += _get_all(client, "Redis up", expectations)
            status, health = _health(client)
            if (status, health) != (200, HEALTH_OK):
                problems.append(f"Redis up: /healthz answered {status} {health}, expected 200 {HEALTH_OK}")
            timings["up"] = round(time.monotonic() - started, 2)

            redis.stop()
            started = time.monotonic()
            problems += _get_all(client, "Redis down", expectations)
            status, health = _health(client)
            if (status, health) != (200, HEALTH_CACHE_DOWN):
                problems.append(f"Redis down: /healthz answered {status} {health}, expected 200 {HEALTH_CACHE_DOWN}")
            timings["down"] = round(time.monotonic() - started, 2)

            redis.start()  # the same port: the site must find it again by itself
            healthy, waited = _poll(lambda: _health(client) == (200, HEALTH_OK), 15)
            timings["healthz ok after restart"] = waited
            if not healthy:
                problems.append(f"Redis back: /healthz still answers {_health(client)} {waited} s after the restart")
            problems += _get_all(client, "Redis back", expectations)

            def cached_again():
                client.get("/en/guide/")
                return client.get("/en/guide/").get("X-Page-Cache") == "hit"

            hit, waited = _poll(cached_again, 15)
            timings["page cache hit after restart"] = waited
            if not hit:
                problems.append(f"Redis back: a repeat GET /en/guide/ is still not a page-cache hit {waited} s after the restart")
    finally:
        redis.close()
    print("timings (s):", timings)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def _database_url(settings_dict):
    user = quote(settings_dict.get("USER") or "postgres", safe="")
    password = settings_dict.get("PASSWORD")
    credentials = f"{user}:{quote(password, safe='')}" if password else user
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or "5432"
    return f"postgres://{credentials}@{host}:{port}/{settings_dict['NAME']}"


@pytest.mark.django_db
@pytest.mark.skipif(bool(POSTGRES_MISSING), reason=POSTGRES_MISSING or "")
@pytest.mark.skipif(
    not ON_POSTGRES and not FULL,
    reason="copies the PostgreSQL test database (migrate + demo from scratch take ~2 minutes): runs when DATABASE_URL is postgres:// "
    "(CI's second leg), or anywhere with SPF_OUTAGE_FULL=1",
)
def test_a_postgresql_outage_answers_503_never_500_and_the_site_recovers(demo):
    from django.db import connection

    started = time.monotonic()
    cluster = faults.PostgresCluster().start()
    site = None
    problems, timings = [], {}
    try:
        cluster.create_database("spf_outage")
        demo_loaded = False
        if ON_POSTGRES:
            cluster.restore_from(_database_url(connection.settings_dict), "spf_outage")
            import psycopg

            with psycopg.connect(cluster.url("spf_outage"), connect_timeout=10) as conn:
                demo_loaded = conn.execute("SELECT count(*) FROM casestudies_casestudypage").fetchone()[0] > 0
        # Every request reaches the database (no page cache), and no connection is kept between them.
        site = faults.Site(cluster.url("spf_outage"), collect_static=False, extra_env={"SPF_PAGE_CACHE_SECONDS": "0"})
        timings["prepare"] = site.prepare(migrate=not ON_POSTGRES, demo=not demo_loaded)
        site.start()
        timings["ready"] = round(time.monotonic() - started, 1)
        case = faults.case_study_path(site)
        if case is None:
            problems.append("PostgreSQL up: no case study found through /api/v2/pages/")
        urls = ["/en/", "/km/", "/en/guide/", case, "/en/search/?q=health", "/en/countries/kh/"]
        urls = [url for url in [*urls, "/api/search/?q=health", "/api/match/?country=KH"] if url]

        for url in [*urls, "/healthz"]:
            status, _headers, body = site.get(url)
            if status != 200:
                problems.append(f"PostgreSQL up: GET {url} answered {status}: {body[:120]!r}")
        status, _headers, body = site.get("/healthz")
        if status != 200 or _json(body) != HEALTH_OK:
            problems.append(f"PostgreSQL up: /healthz answered {status} {body[:120]}, expected 200 {HEALTH_OK}")

        cluster.stop("fast")
        for url in urls:
            try:
                status, _headers, body = site.get(url)
            except OSError as error:
                problems.append(f"PostgreSQL down: GET {url} failed: {error!r}")
                continue
            if status != 503:
                problems.append(f"PostgreSQL down: GET {url} answered {status}, expected 503: {body[:120]!r}")
            elif url.startswith("/api/") and not (_json(body) or {}).get("error"):
                problems.append(f"PostgreSQL down: GET {url} answered 503 without a JSON error: {body[:120]!r}")
        status, _headers, body = site.get("/healthz")
        if status != 503 or (_json(body) or {}).get("database") != "down":
            problems.append(f'PostgreSQL down: /healthz answered {status} {body[:120]}, expected 503 with "database": "down"')

        restarted = time.monotonic()
        cluster.start()
        back, waited = _poll(lambda: site.get("/en/")[0] == 200, 20)
        timings["first 200 after restart"] = round(time.monotonic() - restarted, 2)
        if not back or waited > 10:
            problems.append(f"PostgreSQL back: /en/ answered 200 only after {waited} s (back: {back})")
        for url in [*urls, "/healthz"]:
            status, _headers, body = site.get(url)
            if status != 200:
                problems.append(f"PostgreSQL back: GET {url} answered {status}: {body[:120]!r}")
        if problems:
            print("server log:", site.log_text(3000))
    finally:
        if site is not None:
            site.close()
        cluster.close()
    timings["total"] = round(time.monotonic() - started, 1)
    print("timings (s):", timings)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
