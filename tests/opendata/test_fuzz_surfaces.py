"""Every public surface, fed bad input: a clear 4xx or a result, never a 500, never markup echoed.

The first tests pin the server errors an adversarial run found (NUL bytes reaching PostgreSQL,
integers beyond a database integer, filter values of the wrong type, "²".isdigit(), in-memory
relations in a preview, a truncated PNG, an animated decompression bomb, a lost notification,
documents of drafts and private collections in the public API). The last one walks every public
URL (from the demo content and the URL resolver) with a fixed list of bad values for each of its
parameters; it is deterministic and runs in well under a minute on SQLite.
"""

import io
import itertools
import json
import logging
import re
import smtplib

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.base import BaseEmailBackend
from django.test import TestCase
from django.urls import URLPattern, URLResolver, get_resolver
from PIL import Image
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from casestudies.models import CaseStudyPage
from compendium.taxonomy.models import Theme
from events.models import EventPage
from experts.models import ExpertPage, PeerSupportRequest
from tests import factories

pytestmark = pytest.mark.django_db

MARKUP = "<script>alert(1)</script>"


def bad_request_json(response):
    assert response.status_code == 400, (response.status_code, response.content[:300])
    body = json.loads(response.content)
    assert body.get("error"), body
    return body["error"]


# --- NUL bytes, huge integers, wrong types ------------------------------------------------


@pytest.mark.parametrize("query", ["theme=%00", "country=A%00", "theme=" + "a" * 10_000, "country=%00%00", "country=ZZ", "theme=x%3Cy"])
def test_feed_answers_4xx_for_malformed_filters(client, demo, query):
    response = client.get("/en/feed/?" + query)
    if "%00" in query:  # refused before any view reaches the database
        assert response.status_code == 400 and "Null characters are not allowed" in response.content.decode()
    else:
        assert response.status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?search=%00",
        "/api/v2/pages/?locale=%00",
        "/api/v2/pages/find/?html_path=%00",
        "/api/v2/pages/?title=A%00",
        "/api/v2/documents/?search=%00",
        "/api/v2/images/?search=%00",
        "/api/v2/pages/?offset=100000000000000000000",
        "/api/v2/pages/?limit=100000000000000000000",
        "/api/v2/images/?offset=100000000000000000000",
        "/api/v2/images/?limit=100000000000000000000",
        "/api/v2/documents/?offset=100000000000000000000",
        "/api/v2/documents/?limit=100000000000000000000",
        "/api/v2/pages/?first_published_at=abc",
        "/api/v2/pages/?type=casestudies.CaseStudyPage&first_published_at=abc",
        "/api/v2/pages/?id=100000000000000000000",
        "/api/v2/pages/find/?id=abc",
        "/api/v2/pages/find/?id=%C2%B2",
    ],
)
def test_api_v2_answers_400_with_a_json_error(client, demo, url):
    assert bad_request_json(client.get(url))


def test_api_v2_offset_beyond_the_end_is_an_empty_page(client, demo):
    response = client.get("/api/v2/pages/?offset=1000")
    assert response.status_code == 200 and json.loads(response.content)["items"] == []


@pytest.mark.parametrize("value", ["%C2%B2", "%D9%A1", "100000000000000000000", "-1", "abc", "1%C2%B2"])
def test_request_form_ignores_a_malformed_expert_id(client, demo, value):
    response = client.get("/en/experts/request/?expert=" + value)
    assert response.status_code == 200 and "You are requesting" not in response.content.decode()


# --- Preview and view_draft with in-memory relations ------------------------------------------


@pytest.fixture
def staff(django_user_model):
    made = {}
    for role in ("Editors", "Moderators"):
        user = django_user_model.objects.create_user(role.lower(), f"{role.lower()}@example.org", "pw")
        user.groups.add(Group.objects.get(name=role))
        made[role] = user
    return made


def _drafted(demo):
    """A case study, an expert and an event, each with an unpublished change to its relations."""
    case_study = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    expert = ExpertPage.objects.live().first()
    event = EventPage.objects.live().first()
    case_study.experts = [expert]
    case_study.events = [event]
    case_study.save_revision()
    expert.themes = list(Theme.objects.all()[:2])
    expert.save_revision()
    event.themes = list(Theme.objects.all()[:2])
    event.save_revision()
    return {"case study": case_study, "expert": expert, "event": event}


@pytest.mark.parametrize("role", ["Editors", "Moderators"])
@pytest.mark.parametrize("kind", ["case study", "expert", "event"])
def test_view_draft_and_preview_render_for_editors(client, demo, staff, role, kind):
    page = _drafted(demo)[kind]
    client.force_login(staff[role])
    draft = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert draft.status_code == 200, draft.content[:500]
    assert page.title in draft.content.decode()

    edit = client.get(f"/admin/pages/{page.pk}/edit/")
    assert edit.status_code == 200
    data = querydict_from_html(edit.content.decode(), form_id="page-edit-form")

    # Stream fields are drawn by the admin's JavaScript: the preview is posted with them empty
    # (what is under test is the page's in-memory relations, not its body).
    def empty_streams(model, prefix):
        for field in model._meta.get_fields():
            if isinstance(field, StreamField) and f"{prefix}{field.name}-count" not in data:
                data.update(nested_form_data({prefix + field.name: streamfield([])}))

    empty_streams(type(page), "")
    for key in [key for key in data if key.endswith("-TOTAL_FORMS")]:
        relation = key.removesuffix("-TOTAL_FORMS")
        for index in range(int(data[key])):
            empty_streams(type(page)._meta.get_field(relation).related_model, f"{relation}-{index}-")
    posted = client.post(f"/admin/pages/{page.pk}/edit/preview/", data)
    assert posted.status_code == 200 and json.loads(posted.content)["is_valid"], posted.content[:500]
    preview = client.get(f"/admin/pages/{page.pk}/edit/preview/?mode=")
    assert preview.status_code == 200 and page.title in preview.content.decode()


def test_listings_accept_in_memory_relations(demo):
    from django.test import RequestFactory

    case_study = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    expert = ExpertPage.objects.live().first()
    event = EventPage.objects.live().first()
    case_study.experts = [expert]
    case_study.events = [event]  # modelcluster keeps both in memory: FakeQuerySets
    context = case_study.get_context(RequestFactory().get("/"))
    assert [e.pk for e in context["linked_experts"]] == [expert.pk]
    assert [e.pk for e in context["linked_events"]] == [event.pk]


# --- Image uploads ----------------------------------------------------------------------------


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("uploader", "up@example.org", "pw"))
    return client


def truncated_png():
    buffer = io.BytesIO()
    Image.effect_noise((300, 300), 50).save(buffer, "PNG")
    return buffer.getvalue()[:2000]


def animated_gif(frames=40, size=2000):
    buffer = io.BytesIO()
    images = [Image.new("P", (size, size), color=i) for i in range(frames)]
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:])
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cut.png", truncated_png, "damaged or incomplete"),
        ("anim.gif", animated_gif, "40 frames"),
    ],
)
@pytest.mark.parametrize("truncated_images_allowed", [False, True], ids=["pillow-default", "after-weasyprint"])
def test_broken_and_animated_bomb_images_are_refused(admin_client, demo, name, content, message, truncated_images_allowed, monkeypatch):
    """Also once WeasyPrint has been imported in the process: it sets Pillow's process-wide
    LOAD_TRUNCATED_IMAGES, under which a truncated file used to pass (the order of the tests
    decided whether this one passed)."""
    from PIL import ImageFile
    from wagtail.images import get_image_model

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", truncated_images_allowed)

    before = get_image_model().objects.count()
    response = admin_client.post("/admin/images/add/", {"title": "Bad", "file": SimpleUploadedFile(name, content(), "image/png")})
    assert response.status_code == 200 and message in response.content.decode()
    assert get_image_model().objects.count() == before


def test_a_small_animation_is_accepted(admin_client, demo):
    from wagtail.images import get_image_model

    response = admin_client.post(
        "/admin/images/add/", {"title": "Anim", "file": SimpleUploadedFile("a.gif", animated_gif(5, 100), "image/gif")}
    )
    assert response.status_code == 302 and get_image_model().objects.filter(title="Anim").exists()


def test_the_site_uses_the_checked_image_form(admin_client, demo):
    response = admin_client.post(
        "/admin/images/add/", {"title": "Bad", "file": SimpleUploadedFile("cut.png", truncated_png(), "image/png")}
    )
    assert response.status_code == 200 and "damaged or incomplete" in response.content.decode()


# --- A lost notification ----------------------------------------------------------------------


class BrokenSMTPBackend(BaseEmailBackend):
    """A mail server that is away, whatever the caller asked."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class SMTPLikeBackend(BaseEmailBackend):
    """A mail server that is away, honouring fail_silently as Django's SMTP backend does."""

    def send_messages(self, email_messages):
        if self.fail_silently:
            return 0
        raise ConnectionRefusedError(111, "Connection refused")


@pytest.fixture
def committed_in_the_view(monkeypatch):
    """As in production (autocommit): the request is committed when receive() returns and its
    notifications run then, inside the view (in a test they would wait for the test's transaction)."""
    from experts import requests as peer_requests

    original = peer_requests.receive

    def receive(form, language):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return original(form, language)

    monkeypatch.setattr(peer_requests, "receive", receive)


def _post_with_mail_down(client, settings, caplog, backend):
    settings.EMAIL_BACKEND = f"{__name__}.{backend.__name__}"
    with caplog.at_level(logging.ERROR):
        response = client.post("/en/experts/request/", factories.request_form_data())
    assert response.status_code == 302 and response["Location"].startswith("/en/experts/request/thanks/?r=")
    stored = PeerSupportRequest.objects.get(contact_email="dara@example.org")
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert errors and any(str(stored.pk) in record.getMessage() for record in errors), [r.getMessage() for r in caplog.records]


def test_a_lost_notification_is_logged_and_the_request_kept(client, demo, settings, caplog, committed_in_the_view):
    _post_with_mail_down(client, settings, caplog, BrokenSMTPBackend)


def test_a_refused_smtp_connection_is_logged(client, demo, settings, caplog, committed_in_the_view):
    _post_with_mail_down(client, settings, caplog, SMTPLikeBackend)


# --- What the public API lists ------------------------------------------------------------------


@pytest.fixture
def documents(demo):
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    Document = get_document_model()

    def document(title, collection=None):
        doc = Document(title=title, collection=collection or Collection.get_first_root_node())
        doc.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
        doc.save()
        return doc

    private = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="password", password="secret")
    made = {"draft": document("Draft only"), "private": document("Board minutes", private), "public": document("Public report")}
    parent = factories.country_page(demo["countries"], "KH")

    def body(doc):
        return [{"type": "document", "value": {"document": doc.pk, "title": ""}}]

    draft = CaseStudyPage(title_en="Never published", slug="never-published", summary_en="Draft.", body_en=body(made["draft"]), live=False)
    for relation in ("countries", "themes", "guarantees", "modalities", "experts", "events"):
        setattr(draft, relation, [])
    parent.add_child(instance=draft)
    draft.save_revision()
    factories.case_study(parent, title="Uses the private one", body_en=body(made["private"]))
    factories.case_study(parent, title="Uses the public one", body_en=body(made["public"]))
    return made


def test_the_api_lists_only_documents_the_public_can_see(client, documents):
    listed = {item["title"] for item in json.loads(client.get("/api/v2/documents/?limit=100").content)["items"]}
    assert "Public report" in listed
    assert not listed & {"Draft only", "Board minutes"}
    assert client.get(f"/api/v2/documents/{documents['public'].pk}/").status_code == 200
    for name in ("draft", "private"):
        # a plain 404, not a redirect to /en/api/... (compendium.core.middleware.LanguageMiddleware)
        assert client.get(f"/api/v2/documents/{documents[name].pk}/").status_code == 404


def test_the_api_lists_only_images_used_on_public_pages(client, demo):
    from wagtail.images import get_image_model

    Image_ = get_image_model()
    listed = {item["id"] for item in json.loads(client.get("/api/v2/images/?limit=100").content)["items"]}
    photos = set(ExpertPage.objects.live().exclude(photo=None).values_list("photo_id", flat=True))
    assert listed <= set(Image_.objects.values_list("pk", flat=True))
    assert photos <= listed or not photos
    unused = Image_.objects.exclude(pk__in=photos).exclude(pk__in=listed).first()
    if unused is not None:
        assert client.get(f"/api/v2/images/{unused.pk}/").status_code == 404


# --- The fuzzer ---------------------------------------------------------------------------------

BAD_VALUES = [
    "%00",
    "A%00",
    "100000000000000000000",
    "-1",
    "-100000000000000000000",
    "abc",
    "%C2%B2",  # "²": isdigit() but not int()
    "x" * 10_000,
    "%E2%80%AE",  # right-to-left override
    "%EF%BB%BF",  # byte-order mark
    "%ED%A0%80",  # a lone surrogate, UTF-8-encoded
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "..%2F..%2Fetc%2Fpasswd",
    "%",
    "'",
    "",
]
# For parameters a surface ignores (unknown ones, and every parameter of the slow surfaces).
SHORT_VALUES = ["%00", "A%00", "100000000000000000000", "%ED%A0%80", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x" * 10_000]
UNKNOWN_PARAMS = ["zz", "utm_source"]
SEARCH_PARAMS = ["q", "country", "theme", "guarantee", "principle", "stage", "type", "page", "lang"]
API_V2_PARAMS = ["offset", "limit", "fields", "order", "search", "search_operator", "type", "id", "title", "slug"]
PAGE_PARAMS = API_V2_PARAMS + [
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "locale",
    "html_path",
    "first_published_at",
    "show_in_menus",
    "seo_title",
]
# The parameters each surface reads, by URL prefix (the first that matches), each given every
# bad value; the other languages' copies of a surface are given the short list.
PARAMETERS = [
    ("/api/v2/pages/", PAGE_PARAMS),
    ("/api/v2/", API_V2_PARAMS + ["tags", "width"]),
    ("/api/search/", SEARCH_PARAMS + ["limit"]),
    ("/api/match/", ["country", "theme", "guarantee", "principle", "lang"]),
    ("/api/export/", []),
    ("/en/search/", SEARCH_PARAMS),
    ("/en/match/", ["country", "theme", "guarantee", "principle", "stage"]),
    ("/en/experts/request/", ["expert", "country", "provider"]),
    ("/en/feed/", ["theme", "country"]),
    ("/sitemap.xml", []),  # cached per URL and slow to build: the short list for "p"
    ("/en/events/", ["type", "country", "theme", "page", "upcoming"]),  # the listing and calendar.ics
    ("/en/", ["page"]),
]
SHORT_PARAMETERS = {
    "/sitemap.xml": ["p"],
    "/km/search/": ["q", "page", "country"],
    "/km/match/": ["country", "theme"],
    "/km/feed/": ["theme", "country"],
    "/km/events/": ["type", "country", "theme"],
    "/km/experts/request/": ["expert"],
}


def _expand(regex):
    """The paths a parameter-free route (or one whose groups are lists of words) matches."""
    regex = regex.lstrip("^").rstrip("$").replace("\\.", ".").replace("\\/", "/")
    groups = re.findall(r"\(\?P<\w+>([\w|-]+)\)", regex)
    template = re.sub(r"\(\?P<\w+>[\w|-]+\)", "{}", regex)
    if re.search(r"[\\()\[\]*+?<>]", template):
        return []
    return [template.format(*choice) for choice in itertools.product(*(group.split("|") for group in groups))]


def routes(patterns=None, prefix=""):
    """Every concrete path of the URLconf outside the admin, documents, media and Wagtail's page tree."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    found = []
    for entry in patterns:
        pattern = entry.pattern
        text = getattr(pattern, "_route", None)
        text = str(pattern) if text is None else text
        if isinstance(pattern, type(get_resolver().pattern)) or "<" not in text:
            pieces = _expand(pattern.regex.pattern) if "<" in text or "(" in text else [text.lstrip("^").rstrip("$")]
        else:
            pieces = _expand(pattern.regex.pattern)
        if type(pattern).__name__ == "LocalePrefixPattern":
            pieces = ["en/", "km/"]
        for piece in pieces:
            path = prefix + piece
            if path.startswith(("admin/", "documents/", "media/", "i18n/", "static/")) or "__debug__" in path:
                continue
            if isinstance(entry, URLResolver):
                found += routes(entry.url_patterns, path)
            elif isinstance(entry, URLPattern) and "serve" not in getattr(entry.callback, "__name__", ""):
                found.append("/" + path)
    return sorted(set(found))


def public_urls(demo):
    """The routes of the URLconf and a page of every kind from the demo content."""
    from compendium.pages.models import ChapterPage, CountryPage

    case_study = CaseStudyPage.objects.live().public().order_by("pk").first()
    pages = [
        demo["home"],
        demo["guide"],
        ChapterPage.objects.live().order_by("pk").first(),
        demo["countries"],
        CountryPage.objects.live().order_by("pk").first(),
        case_study,
        demo["experts"],
        ExpertPage.objects.live().public().order_by("pk").first(),
        demo["events"],
        EventPage.objects.live().public().order_by("pk").first(),
    ]
    urls = [page.url for page in pages] + ["/km" + pages[5].url[3:], "/zh-hans" + pages[7].url[3:], "/km" + pages[8].url[3:]]
    urls += routes()
    urls += ["/api/v2/pages/find/", f"/api/v2/pages/{case_study.pk}/"]
    return case_study, sorted(set(urls))


def params_for(url):
    """[(parameter, bad values)] for a URL."""
    known = next((names for prefix, names in PARAMETERS if url.startswith(prefix)), [])
    short = next((names for prefix, names in SHORT_PARAMETERS.items() if url.startswith(prefix)), []) + UNKNOWN_PARAMS
    return [(name, BAD_VALUES) for name in known] + [(name, SHORT_VALUES) for name in short if name not in known]


# Failures in files this change could not touch, each with the fix it needs (see the report);
# the fuzzer fails on anything else, and is an expected failure while these remain.
def check(client, url, failures):
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if response.status_code >= 500:
        failures.append(f"{response.status_code} {url[:160]}")
    elif MARKUP.encode() in body:
        failures.append(f"echoes markup: {url[:160]}")
    return response


def test_routes_include_the_public_surfaces():
    found = routes()
    for path in [
        "/healthz",
        "/robots.txt",
        "/sitemap.xml",
        "/api/search/",
        "/api/match/",
        "/api/export/experts.csv",
        "/api/export/events.json",
        "/api/v2/pages/",
        "/api/v2/images/",
        "/api/v2/documents/",
        "/en/feed/",
        "/en/events/calendar.ics",
        "/en/search/",
        "/en/match/",
        "/en/experts/request/",
    ]:
        assert path in found, path


def test_no_public_url_fails_on_bad_input(client, demo):
    client.raise_request_exception = False
    case_study, urls = public_urls(demo)
    failures = []
    for url in urls:
        assert check(client, url, failures).status_code in (200, 301, 302, 400, 404), url
        for name, values in params_for(url):
            for value in values:
                check(client, f"{url}?{name}={value}", failures)
            check(client, f"{url}?{name}=1&{name}=abc&{name}=%00", failures)  # repeated
        # Everything at once, and a bad segment after the path.
        for value in SHORT_VALUES[:5]:
            check(client, url + "?" + "&".join(f"{name}={value}" for name, _values in params_for(url)), failures)
        if url.endswith("/") and not url.startswith("/api/"):
            for segment in ("%00", "%ED%A0%80", "%3Cscript%3E", "x" * 300):
                check(client, f"{url}{segment}/", failures)
    # The PDF is slow: two requests.
    for query in ("zz=%00", "page=%ED%A0%80"):
        check(client, f"{case_study.url}pdf/?{query}", failures)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("method", ["trace", "options"])
def test_trace_and_options_send_no_content(client, demo, method):
    """TRACE and OPTIONS on pages, the sitemap, the feed and the APIs: 405 (GET, HEAD, POST), empty."""
    for url in [
        "/en/",
        CaseStudyPage.objects.live().first().url,
        "/sitemap.xml",
        "/en/feed/",
        "/en/events/calendar.ics",
        "/en/search/",
        "/api/v2/pages/",
        "/api/v2/documents/",
        "/api/search/",
    ]:
        response = getattr(client, method)(url)
        assert response.status_code == 405 and response.content == b"", (url, response.status_code, response.content[:100])
