"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Without a browser they skip with the reason; with SPF_REQUIRE_BROWSER=1 (set by CI) a missing
browser is a failure instead.
"""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("SPF_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        message = "no Chromium found (install Debian's chromium: ./scripts/system-deps.sh --browser)"
        if os.environ.get("SPF_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop runs beside Django's ORM in tests
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.set_default_navigation_timeout(30_000)  # an admin page under a loaded CI machine
    yield page
    context.close()


@pytest.fixture
def site(transactional_db, live_server):
    """The live server's URL, with the demo content present (a previous live test flushed it)."""
    from compendium.ops.demo.loader import Loader
    from compendium.ops.models import GeneratedPage

    if not GeneratedPage.objects.filter(source="demo").exists():
        Loader().run()
    return live_server.url
