"""Readers on phones and slow links (issue 20), in Chromium at 390 px: no page type wider than the
screen in en, km, lo and th; the thing a page is about on its first screen; the page-weight
budget with compression; the request form with axe and the keyboard.

How the weight is measured: Chromium's own count of bytes received per request (CDP
Network.loadingFinished.encodedDataLength: headers and body as sent, so HTML compressed by
GZipMiddleware counts compressed). pytest-django's live server serves static files itself, without
compression, where production's WhiteNoise serves them precompressed (collectstatic writes .gz and
.br files); for a static file that arrived uncompressed the test counts its gzip size at level 9
instead (what WhiteNoise's .gz holds; its .br is smaller still), and fonts and images as they are.
"""

import gzip
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
AXE = Path(__file__).resolve().parent.parent.parent / "node_modules" / "axe-core" / "axe.min.js"
LANGUAGES = ["en", "km", "lo", "th"]
# Every public page type, and what a reader comes to it for (None: the page as a whole).
PAGES = {
    "/{lang}/": "form.hero-search",
    "/{lang}/guide/": None,
    "/{lang}/guide/outreach/": None,
    "/{lang}/countries/": None,
    "/{lang}/countries/kh/": "#needs article.need >> nth=0",
    "/{lang}/countries/za/sassa-mobile-outreach/": "h1",
    "/{lang}/experts/": None,
    "/{lang}/experts/netnapis-suchonwanich/": "h1",
    "/{lang}/events/": None,
    "/{lang}/events/siem-reap-workshop-2013/": "h1",
    "/{lang}/projects/": None,
    "/{lang}/projects/ilo-china-ssc-project/": "h1",
    "/{lang}/contribute/": "h1",
    "/{lang}/search/?q=health": "article.result >> nth=0",
    "/{lang}/match/?country=KH": ".match-results .provider >> nth=0",
    "/{lang}/match/": "form.match-form",
    "/{lang}/experts/request/": "form.request-form",
    "/{lang}/about/": "h1",
    "/{lang}/accessibility/": "h1",
    "/{lang}/privacy/": "h1",
    "/{lang}/terms/": "h1",
}
BUDGET = {
    "/en/": 60_000,
    "/en/countries/za/sassa-mobile-outreach/": 60_000,
    "/km/": 100_000,
    "/km/countries/za/sassa-mobile-outreach/": 100_000,
}
REPEAT_BUDGET = 20_000


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="en-GB", viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_type_is_wider_than_a_phone_and_its_subject_is_on_the_first_screen(phone, site, language):
    failures = []
    for pattern, subject in PAGES.items():
        path = pattern.format(lang=language)
        response = phone.goto(site + path)
        if response.status != 200:
            failures.append(f"{path}: HTTP {response.status}")
            continue
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            failures.append(f"{path}: {width} px wide")
        if subject:
            box = phone.locator(subject).bounding_box()
            if not box or box["y"] < 0 or box["y"] >= PHONE["height"]:
                failures.append(f"{path}: {subject} not on the first screen ({box})")
    assert not failures, "\n".join(failures)


def _weight(page, url):
    """Bytes a visit to `url` transfers (Playwright's sizes of each finished request: headers and
    body as received), static text files counted as WhiteNoise would send them (gzip)."""
    finished = []

    def record(request):
        finished.append(request)

    page.on("requestfinished", record)
    page.goto(url, wait_until="networkidle")
    page.remove_listener("requestfinished", record)
    total, rows = 0, []
    for request in finished:
        response = request.response()
        sizes = request.sizes()
        received = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        encoding = (response.headers.get("content-encoding", "") if response else "") or ""
        path = urlsplit(request.url).path
        if response is not None and response.from_service_worker:
            received = 0
        if received > 0 and path.startswith("/static/") and not encoding and path.rsplit(".", 1)[-1] in ("css", "js", "svg", "txt"):
            received = min(received, len(gzip.compress(response.body(), 9)) + sizes["responseHeadersSize"])
        total += max(received, 0)
        rows.append((path, received, encoding, response.status if response else None))
    return total, rows


@pytest.mark.parametrize("path,budget", BUDGET.items())
def test_page_weight_budget_with_compression(browser, site, path, budget):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        first, rows = _weight(page, site + path)
        document = [row for row in rows if row[0] == urlsplit(site + path).path]
        assert document and document[0][2] == "gzip", rows  # the browser asked for and got the page gzipped
        assert any(row[0].endswith(".css") for row in rows), rows
        assert first <= budget, f"first visit {first} B > {budget} B: {rows}"
        if path.startswith("/en/"):
            fonts = [row for row in rows if "/fonts/" in row[0]]
            assert not fonts, f"an English page downloaded webfonts: {fonts}"
        else:
            assert any("/fonts/noto-sans-khmer" in row[0] for row in rows), rows
        repeat, rows = _weight(page, site + path)
        assert repeat <= REPEAT_BUDGET, f"repeat visit {repeat} B > {REPEAT_BUDGET} B: {rows}"
    finally:
        context.close()


@pytest.fixture
def axe_phone(browser):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (npm ci)")
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def _axe(page):
    page.add_script_tag(path=str(AXE))
    return page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")["violations"]


@pytest.mark.parametrize("language", ["en", "km", "th"])
def test_the_request_form_has_no_axe_violation_of_any_impact(axe_phone, site, language):
    axe_phone.goto(f"{site}/{language}/experts/request/")
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in _axe(axe_phone)]
    assert not violations, json.dumps(violations, ensure_ascii=False)


@pytest.mark.parametrize(
    "path", ["/en/", "/en/search/?q=health", "/km/", "/en/match/?country=KH", "/en/countries/kh/", "/en/accessibility/"]
)
def test_landmarks_are_unique_and_nothing_serious_on_a_phone(axe_phone, site, path):
    axe_phone.goto(site + path)
    violations = _axe(axe_phone)
    bad = [(v["id"], v["impact"]) for v in violations if v["id"] == "landmark-unique" or v["impact"] in ("serious", "critical")]
    assert not bad, bad


def test_the_request_form_by_keyboard_at_phone_width(phone, site):
    phone.goto(f"{site}/en/experts/request/")
    phone.focus("#id_need")
    for _ in range(10):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.name") == "themes":
            break
    else:
        pytest.fail("the theme ticks cannot be reached with Tab")
    tick = phone.evaluate("document.activeElement.id")
    phone.keyboard.press("Space")
    assert phone.locator(f"#{tick}").is_checked()
    # the tick sits at the start of its own label, on the same line, and is not stretched
    box = phone.locator(f"#{tick}").bounding_box()
    text = phone.locator(f'label[for="{tick}"] span').bounding_box()
    assert box["width"] < 40 and box["x"] + box["width"] <= text["x"] and abs((box["y"] + box["height"] / 2) - (text["y"] + 12)) < 16
    # the thirty languages stay in a compact box
    languages = phone.locator(".choices-languages .choice-list").bounding_box()
    assert languages["height"] <= 260
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # the hint of the need field is what a screen reader announces with it
    assert phone.evaluate(
        "document.getElementById(document.getElementById('id_need').getAttribute('aria-describedby')).textContent"
    ).startswith("Describe")
