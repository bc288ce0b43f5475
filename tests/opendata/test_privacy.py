"""Privacy: nothing private ever reaches a public surface.

The platform promises that expert contacts (e-mail, telephone), peer-support requests, drafts,
unpublished revisions, restricted pages (a password, login or groups view restriction, on the page
itself or on an ancestor) and documents in private collections, or attached only to drafts, never
reach a public page, search, API, feed, export, PDF or file URL.

The main test builds one private thing of each kind, each carrying its own secret string, then
asks every public surface, as an anonymous visitor, for every secret. Every (surface, secret) leak
is collected and reported in one assertion message. Public control strings (a live public case
study, expert and document built the same way) must show where they are expected, so that an
empty or failing answer cannot pass for a private one; a public surface that does not answer 200
is reported too.
"""

import io
import json
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from casestudies.models import CaseStudyPage
from compendium.taxonomy.models import Country, Guarantee, Principle, Stage, Theme
from experts import lifecycle
from experts.models import ExpertPage, PeerSupportRequest
from tests import factories

pytestmark = pytest.mark.django_db

LANGS = ("en", "km")
COMMON_WORD = "marigoldfund"  # in every page built here (secret or not), nowhere in the demo content

# label -> secret token (searched case-insensitively in every public answer)
SECRETS = {
    "draft case study (never published)": "SECRETDRAFT7f3",
    "draft case study slug": "hush-draft-a7",
    "password-restricted case study": "SECRETRESTRICTEDq9",
    "password-restricted case study slug": "hush-restricted-b7",
    "case study under login-restricted country page": "SECRETSUBTREEx2",
    "case study under login-restricted country page, slug": "hush-subtree-c7",
    "groups-restricted expert": "SECRETGROUPEXPERTg6",
    "groups-restricted expert slug": "hush-groupexpert-d7",
    "unpublished latest revision": "SECRETREVISIONk4",
    "document in password-protected collection": "SECRETDOCp1",
    "document attached only to a draft": "SECRETDRAFTDOCd3",
    "expert e-mail": "SECRETEMAILz8",
    "expert telephone": "85512SECRET",
    "peer-support request e-mail": "SECRETREQUESTm5",
    "peer-support request contact name": "SECRETREQNAMEn2",
    "peer-support request institution": "SECRETREQINSTi9",
    "peer-support request telephone": "66SECRETREQPHONE",
    "peer-support request need": "SECRETREQNEEDw3",
}
SLUG_LABELS = {label for label in SECRETS if "slug" in label}
# Byte content of the two private documents' files.
FILE_SECRETS = {"SECRETDOCp1": b"SECRETDOCp1-FILE-BYTES", "SECRETDRAFTDOCd3": b"SECRETDRAFTDOCd3-FILE-BYTES"}

CONTROL_CASE = "PUBLICCONTROLc0"
CONTROL_EXPERT = "PUBLICEXPERTc1"
CONTROL_DOC = "PUBLICDOCc2"
CONTROL_REVBASE = "PUBLICREVBASEc3"


# --------------------------------------------------------------------------------------------
# Building the content


def _all_tags():
    return {
        "themes": list(Theme.objects.values_list("slug", flat=True)),
        "guarantees": list(Guarantee.objects.values_list("slug", flat=True)),
        "principles": list(Principle.objects.values_list("code", flat=True)),
        "stage": Stage.objects.order_by("pk").values_list("slug", flat=True).first(),
    }


def _case(parent, title, summary, slug, countries=("KH",), body_html=None, document=None, km=True, publish=True):
    """A case study with every tag (so that it ranks first for Cambodia's stated needs)."""
    tags = _all_tags()
    fields = {}
    body = []
    if body_html:
        body.append(("paragraph", body_html))
    if document is not None:
        body.append(("document", {"document": document, "title": document.title, "description": ""}))
    if body:
        fields["body"] = body
    if km:
        fields["title_km"] = f"{title} (km)"
        fields["summary_km"] = f"{summary} (km)"
    lead = parent.specific.country.code if hasattr(parent.specific, "country") else None
    page = CaseStudyPage(
        title_en=title,
        slug=slug,
        summary_en=summary,
        lessons_en=f"<p>{summary}</p>",
        institutions_en=f"Ministry {title}",
        stage=Stage.objects.get(slug=tags["stage"]) if tags["stage"] else None,
        **fields,
    )
    page.themes = list(Theme.objects.filter(slug__in=tags["themes"]))
    page.guarantees = list(Guarantee.objects.filter(slug__in=tags["guarantees"]))
    page.countries = list(Country.objects.filter(code__in={*countries, lead} - {None}))
    from casestudies.models import CaseStudyPrinciple

    for code in tags["principles"]:
        page.principle_links.add(CaseStudyPrinciple(principle=Principle.objects.get(code=code), explanation_en=f"{title} serves {code}."))
    page.live = publish
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.save_revision()
    page.refresh_from_db()
    return page


def _expert(index, name, slug, country="TH", **fields):
    from compendium.taxonomy.models import Language

    page = ExpertPage(
        title_en=name,
        title_km=f"{name} (km)",
        slug=slug,
        role_en=f"Adviser {COMMON_WORD}",
        role_km=f"Adviser {COMMON_WORD} (km)",
        organisation_en=f"Office of {name}",
        country=Country.objects.get(code=country),
        available=True,
        **fields,
    )
    page.themes = list(Theme.objects.all())
    page.guarantees = list(Guarantee.objects.all())
    page.languages = list(Language.objects.filter(code__in=["km", "en"]))
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _document(title, filename, content, collection):
    Document = get_document_model()
    document = Document(title=title, collection=collection)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def build_private_world(demo):
    """Every kind of private thing, each with its secret, plus public controls. Returns what the checks need."""
    countries = demo["countries"]
    thailand = factories.country_page(countries, "TH")
    myanmar = factories.country_page(countries, "MM")
    root_collection = Collection.get_first_root_node()

    # 5a. A document in a private (password) collection.
    private_collection = root_collection.add_child(name="Private working papers")
    CollectionViewRestriction.objects.create(collection=private_collection, restriction_type="password", password="x")
    private_doc = _document(
        "SECRETDOCp1 internal memo", "SECRETDOCp1.txt", FILE_SECRETS["SECRETDOCp1"] + b" and more text", private_collection
    )
    # 5b. A document that only a draft page refers to (in the public root collection).
    draft_doc = _document(
        "SECRETDRAFTDOCd3 draft annex", "SECRETDRAFTDOCd3.txt", FILE_SECRETS["SECRETDRAFTDOCd3"] + b" and more", root_collection
    )
    # Control: a public document, referred to by a live public case study.
    public_doc = _document(f"{CONTROL_DOC} public report", f"{CONTROL_DOC}.txt", f"{CONTROL_DOC}-FILE-BYTES".encode(), root_collection)

    # 1. A never-published draft under a country page, with the draft-only document in its body.
    draft = _case(
        thailand,
        f"SECRETDRAFT7f3 draft {COMMON_WORD}",
        f"SECRETDRAFT7f3 summary of a draft {COMMON_WORD}.",
        "hush-draft-a7",
        body_html=f'<p>SECRETDRAFT7f3 body, see <a linktype="document" id="{draft_doc.pk}">the annex</a>.</p>',
        document=draft_doc,
        publish=False,
    )
    assert not draft.live

    # 2. A live case study, then a password restriction on it (published first: it was indexed).
    restricted = _case(
        thailand,
        f"SECRETRESTRICTEDq9 restricted {COMMON_WORD}",
        f"SECRETRESTRICTEDq9 summary {COMMON_WORD}.",
        "hush-restricted-b7",
        body_html="<p>SECRETRESTRICTEDq9 body text.</p>",
    )

    # 3. A live case study under a country page that is then restricted to logged-in readers.
    subtree = _case(
        myanmar,
        f"SECRETSUBTREEx2 under a restricted profile {COMMON_WORD}",
        f"SECRETSUBTREEx2 summary {COMMON_WORD}.",
        "hush-subtree-c7",
        body_html="<p>SECRETSUBTREEx2 body text.</p>",
    )

    # 3b. A live expert restricted to a group (experts live under the directory, not a country).
    group_expert = _expert(demo["experts"], "Aaa SECRETGROUPEXPERTg6", "hush-groupexpert-d7")

    # 4. A live case study whose latest revision (saved, not published) carries a secret.
    revised = _case(
        thailand, f"{CONTROL_REVBASE} live title {COMMON_WORD}", f"{CONTROL_REVBASE} live summary {COMMON_WORD}.", "publicrevbasec3-case"
    )
    revised.title = revised.title_en = f"SECRETREVISIONk4 revised title {COMMON_WORD}"
    revised.draft_title = revised.title_en
    revised.summary_en = f"SECRETREVISIONk4 revised summary {COMMON_WORD}."
    revised.title_km = "SECRETREVISIONk4 (km)"
    revised.save_revision()
    revised = CaseStudyPage.objects.get(pk=revised.pk)
    assert CONTROL_REVBASE in revised.title_en and revised.has_unpublished_changes

    # 6. A live public expert with a secret e-mail and telephone (its name is a public control).
    contact_expert = _expert(
        demo["experts"], f"Aaa {CONTROL_EXPERT}", "publicexpertc1", email="SECRETEMAILz8@example.org", phone="+85512SECRET"
    )

    # Control: a live public case study (created last: the newest), with the public document.
    control = _case(
        thailand,
        f"{CONTROL_CASE} public case {COMMON_WORD}",
        f"{CONTROL_CASE} public summary {COMMON_WORD}.",
        "publiccontrolc0-case",
        body_html=f'<p>{CONTROL_CASE} body, see <a linktype="document" id="{public_doc.pk}">the report</a>.</p>',
        document=public_doc,
    )

    # The restrictions, added after publishing, through the model as the admin's privacy dialog does.
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="x")
    PageViewRestriction.objects.create(page=myanmar, restriction_type="login")
    staff = Group.objects.create(name="Ministry staff (privacy test)")
    group_restriction = PageViewRestriction.objects.create(page=group_expert, restriction_type="groups")
    group_restriction.groups.set([staff])

    # 7. A peer-support request, sent through the public form by another visitor.
    sender = Client()
    response = sender.post(
        "/en/experts/request/",
        {
            "country": Country.objects.get(code="KH").pk,
            "institution": "SECRETREQINSTi9 Ministry",
            "contact_name": "SECRETREQNAMEn2 Person",
            "contact_email": "SECRETREQUESTm5@example.org",
            "contact_phone": "+66SECRETREQPHONE",
            "need": "SECRETREQNEEDw3: we need help designing a single window for social protection.",
            "themes": [Theme.objects.order_by("pk").first().pk],
            "timeframe": "soon",
            "expert": contact_expert.pk,
            "website": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert PeerSupportRequest.objects.filter(contact_email="SECRETREQUESTm5@example.org").exists()

    return {
        "thailand": thailand,
        "myanmar": myanmar,
        "draft": draft,
        "restricted": restricted,
        "subtree": subtree,
        "group_expert": group_expert,
        "revised": revised,
        "contact_expert": contact_expert,
        "control": control,
        "private_doc": private_doc,
        "draft_doc": draft_doc,
        "public_doc": public_doc,
    }


# --------------------------------------------------------------------------------------------
# Asking the surfaces


def _url_of(page, language="en"):
    """/<lang>/<path>/ from the page's tree path (works for drafts and restricted pages too)."""
    return "/" + language + page.url_path.replace("/home/", "/", 1)


class Audit:
    """Requests public surfaces as an anonymous visitor and records leaks and failures."""

    def __init__(self, client):
        self.client = client
        self.client.raise_request_exception = False
        self.requested = 0
        self.leaks = []  # "surface → label (token)"
        self.failures = []  # "surface: what went wrong"
        self.seen = {}  # url -> lowercased text, for the control checks
        self.notes = []  # how the private URLs answered (for the report)

    def fetch(self, url):
        self.requested += 1
        response = self.client.get(url)
        if getattr(response, "streaming", False):
            raw = b"".join(response.streaming_content)
        else:
            raw = response.content  # (the test client has closed the response: closing it again would
        return response, raw  # fire request_finished and, on PostgreSQL, drop the test's connection)

    @staticmethod
    def text_of(response, raw):
        content_type = response.get("Content-Type", "")
        if content_type.startswith("application/pdf") or raw[:5] == b"%PDF-":
            import pypdf

            try:
                reader = pypdf.PdfReader(io.BytesIO(raw))
                extracted = "\n".join(page.extract_text() or "" for page in reader.pages)
            except Exception as exc:  # noqa: BLE001 - a broken PDF is a failure, reported below
                extracted = f"<<unreadable PDF: {exc}>>"
            return extracted + "\n" + raw.decode("latin-1")
        return raw.decode("utf-8", errors="replace")

    def scan(self, surface, text, skip_labels=()):
        low = text.lower()
        for label, token in SECRETS.items():
            if label in skip_labels:
                continue
            if token.lower() in low:
                self.leaks.append(f"{surface} → {label} ({token})")
        return low

    @staticmethod
    def explain(response):
        """Why a status was unexpected: the redirect target, or the exception of a 500."""
        if response.get("Location"):
            return f" → Location {response['Location']}"
        exc_info = getattr(response, "exc_info", None)
        if exc_info and exc_info[1] is not None:
            return f" ({type(exc_info[1]).__name__}: {str(exc_info[1])[:160]})"
        return ""

    def public(self, url, expect=(), statuses=(200,), query_token=None, forbid=(), skip_labels=()):
        """A public surface: must answer one of `statuses`, show no secret and show every control in `expect`.

        `query_token`: the secret the visitor typed (a search query); the page may echo it back,
        so it is cut out before scanning, and `forbid` (strings only a result would show) and a
        JSON `count`/`total_count` above 0 tell whether the secret found anything.
        """
        response, raw = self.fetch(url)
        text = self.text_of(response, raw)
        if response.status_code not in statuses:
            self.failures.append(f"{url}: answered {response.status_code}, expected {'/'.join(map(str, statuses))}{self.explain(response)}")
        scanned = text
        if query_token:
            scanned = re.sub(re.escape(query_token), "<query>", text, flags=re.IGNORECASE)
            for shown in forbid:
                if shown.lower() in scanned.lower():
                    self.leaks.append(f"{url} → a search for a secret finds {shown!r}")
            try:
                data = json.loads(text) if response.get("Content-Type", "").startswith("application/json") else None
            except ValueError:
                data = None
            if isinstance(data, dict):
                found = data.get("count", (data.get("meta") or {}).get("total_count", 0))
                if found:
                    self.leaks.append(f"{url} → a search for a secret returns {found} result(s)")
        low = self.scan(url, scanned, skip_labels=skip_labels)
        # a redirect's target is part of what the visitor is told (its path: the query string is ours)
        location = response.get("Location", "")
        if location:
            self.scan(f"{url} (redirect target)", urlsplit(location).path, skip_labels=skip_labels)
        self.seen[url] = low
        for control in expect:
            if control.lower() not in low:
                self.failures.append(f"{url}: public control {control!r} missing (status {response.status_code})")
        return response, low

    def private_page(self, url):
        """A private page's own URL: a password form, a login redirect or a 404, never its content."""
        response, raw = self.fetch(url)
        text = self.text_of(response, raw)
        if response.status_code not in (200, 302, 401, 403, 404):
            self.failures.append(f"{url} (private page): answered {response.status_code}{self.explain(response)}")
        self.notes.append(f"{url} (private page) → {response.status_code}")
        self.scan(f"{url} (private page's own URL)", text, skip_labels=SLUG_LABELS)
        if response.status_code == 200 and not any(word in text.lower() for word in ("password", "log in", "login", "sign in")):
            self.failures.append(f"{url} (private page): answered 200 without a password or login form")
        return response

    def private_file(self, url, secret_bytes):
        """A private document's URL must not answer 200 with the file's bytes."""
        response, raw = self.fetch(url)
        self.notes.append(f"{url} (private file) → {response.status_code}")
        if response.status_code == 200 and secret_bytes in raw:
            self.leaks.append(f"{url} → file bytes served ({secret_bytes.decode()})")
        elif response.status_code >= 500:
            self.failures.append(f"{url} (private file): answered {response.status_code}{self.explain(response)}")
        else:
            # an error page may echo the requested path (which names the file): cut it out first
            text = self.text_of(response, raw)
            for echo in (url, url.rsplit("/", 1)[-1]):
                text = re.sub(re.escape(echo), "<requested path>", text, flags=re.IGNORECASE)
            self.scan(f"{url} (private file URL, answered {response.status_code})", text, skip_labels=SLUG_LABELS)
        return response

    def api_json(self, url, expect=()):
        response, low = self.public(url, expect=expect)
        try:
            return json.loads(low) if response.status_code == 200 else {}
        except ValueError:
            self.failures.append(f"{url}: not JSON")
            return {}


def run_audit(client, demo, world):
    audit = Audit(client)
    # The detector itself: a planted secret and a planted file are reported.
    audit.scan("self-check", "<p>x secretdocP1 y</p>")
    assert audit.leaks == ["self-check → document in password-protected collection (SECRETDOCp1)"], audit.leaks
    audit.leaks.clear()
    thailand, myanmar = world["thailand"], world["myanmar"]
    private_pages = [world["draft"], world["restricted"], world["subtree"], world["group_expert"], myanmar]

    # Home pages, the Guide and its chapters, the directories.
    for language in LANGS:
        audit.public(f"/{language}/", expect=[CONTROL_CASE])
    audit.public("/en/guide/")
    for chapter in demo["chapters"].values():
        audit.public(_url_of(chapter), expect=[CONTROL_CASE])
    first_chapter = next(iter(demo["chapters"].values()))
    audit.public(_url_of(first_chapter) + "pdf/", expect=[CONTROL_CASE])
    audit.public("/en/countries/")
    audit.public("/en/experts/", expect=[CONTROL_EXPERT])
    audit.public("/en/events/")

    # Country profiles concerned: the lead country (TH), the partner (KH).
    for language in LANGS:
        audit.public(f"/{language}/countries/th/", expect=[CONTROL_CASE, CONTROL_EXPERT])
        audit.public(f"/{language}/countries/kh/", expect=[CONTROL_CASE])

    # The live case studies that are public, their PDFs; the revised one shows its live version.
    for page, control in ((world["control"], CONTROL_CASE), (world["revised"], CONTROL_REVBASE)):
        for language in LANGS:
            audit.public(_url_of(page, language), expect=[control])
        audit.public(_url_of(page) + "pdf/", expect=[control])
    audit.public(_url_of(world["contact_expert"]), expect=[CONTROL_EXPERT])

    # Search: the site's own, its JSON API and Wagtail's API, for every secret.
    # A search for a secret must find nothing: no count, no result card (a control's name shows on a
    # card of the expert or the revised case study), and no other secret.
    result_names = [CONTROL_CASE, CONTROL_EXPERT, CONTROL_REVBASE, CONTROL_DOC, "hush-"]
    for token in sorted(SECRETS[label] for label in SECRETS if label not in SLUG_LABELS):
        for url in (
            f"/en/search/?q={token}",
            f"/km/search/?q={token}",
            f"/api/search/?q={token}",
            f"/api/search/?q={token}&lang=km",
            f"/api/v2/pages/?search={token}",
            f"/api/v2/documents/?fields=*&search={token}",
        ):
            audit.public(url, query_token=token, forbid=result_names)
    audit.public(f"/en/search/?q={CONTROL_CASE}", expect=[CONTROL_CASE])
    audit.public(f"/api/search/?q={CONTROL_CASE}", expect=[CONTROL_CASE])
    audit.public(f"/api/search/?q={CONTROL_EXPERT}", expect=[CONTROL_EXPERT])
    audit.public(f"/api/search/?q={CONTROL_REVBASE}", expect=[CONTROL_REVBASE])
    audit.public(f"/api/v2/pages/?search={CONTROL_CASE}", expect=[CONTROL_CASE])
    audit.public(f"/api/v2/documents/?fields=*&search={CONTROL_DOC}", expect=[CONTROL_DOC])
    for language in ("en", "km"):
        audit.public(f"/api/search/?q={COMMON_WORD}&lang={language}", expect=[CONTROL_CASE, CONTROL_EXPERT])
        audit.public(f"/{language}/search/?q={COMMON_WORD}", expect=[CONTROL_CASE])
        audit.public(f"/api/search/?q=health&lang={language}")
        audit.public(f"/api/search/?q={COMMON_WORD}&lang={language}&type=case-study", expect=[CONTROL_CASE])
        audit.public(f"/api/search/?q={COMMON_WORD}&lang={language}&country=KH", expect=[CONTROL_CASE])
        audit.public(f"/api/search/?q={COMMON_WORD}&lang={language}&type=expert", expect=[CONTROL_EXPERT])
    audit.public("/api/search/?country=KH")
    audit.public("/api/search/?country=TH&type=case-study", expect=[CONTROL_CASE])
    audit.public("/api/search/?country=MM")

    # Matchmaking, for Cambodia (whose needs these case studies answer), Thailand and Myanmar.
    for code in ("KH", "TH", "MM"):
        expect = [CONTROL_CASE, CONTROL_EXPERT] if code == "KH" else []
        audit.public(f"/en/match/?country={code}", expect=expect)
        audit.public(f"/api/match/?country={code}", expect=expect)
        audit.public(f"/api/match/?country={code}&lang=km")
    audit.public("/km/match/?country=KH", expect=[CONTROL_CASE])
    themes = "&".join(f"theme={slug}" for slug in Theme.objects.values_list("slug", flat=True))
    audit.public(f"/api/match/?country=KH&{themes}", expect=[CONTROL_CASE])
    audit.public("/en/match/")

    # Wagtail's read API: every page it lists (all offsets), each type with all its fields.
    first = audit.api_json("/api/v2/pages/?fields=*&limit=100")
    total = (first.get("meta") or {}).get("total_count", 0)
    if not total:
        audit.failures.append("/api/v2/pages/: no total_count")
    for offset in range(100, total, 100):
        audit.public(f"/api/v2/pages/?fields=*&limit=100&offset={offset}")
    for model, expect in (
        ("casestudies.CaseStudyPage", [CONTROL_CASE, CONTROL_REVBASE]),
        ("experts.ExpertPage", [CONTROL_EXPERT]),
        ("events.EventPage", []),
        ("compendium.CountryPage", []),
    ):
        listing = audit.api_json(f"/api/v2/pages/?type={model}&fields=*&limit=100")
        listed = (listing.get("meta") or {}).get("total_count", 0)
        for offset in range(100, listed, 100):
            audit.public(f"/api/v2/pages/?type={model}&fields=*&limit=100&offset={offset}", expect=[])
        # `expect` checked on the first page only
        for control in expect:
            if control.lower() not in audit.seen.get(f"/api/v2/pages/?type={model}&fields=*&limit=100", ""):
                audit.failures.append(f"/api/v2/pages/?type={model}: public control {control!r} missing")
    audit.public(f"/api/v2/pages/{world['control'].pk}/", expect=[CONTROL_CASE])
    audit.public(f"/api/v2/pages/{world['revised'].pk}/", expect=[CONTROL_REVBASE])
    audit.public(f"/api/v2/pages/{world['contact_expert'].pk}/", expect=[CONTROL_EXPERT])
    audit.public(f"/api/v2/pages/{thailand.pk}/")
    audit.public(f"/api/v2/pages/?child_of={thailand.pk}&fields=*", expect=[CONTROL_CASE])
    audit.public(f"/api/v2/pages/?descendant_of={demo['countries'].pk}&limit=100")
    audit.public(f"/api/v2/pages/?child_of={demo['experts'].pk}&fields=*&limit=100", expect=[CONTROL_EXPERT])
    control_path = world["control"].url_path.replace("/home/", "/", 1)
    audit.public(f"/api/v2/pages/find/?html_path={control_path}", statuses=(302,))
    for page in private_pages:
        response, _low = audit.public(f"/api/v2/pages/{page.pk}/", statuses=(404,))
        path = page.url_path.replace("/home/", "/", 1)
        for html_path in (path, "/en" + path):
            # (the not-found page may echo the path the visitor typed, so its slug is not a finding)
            audit.public(f"/api/v2/pages/find/?html_path={html_path}", statuses=(404,), skip_labels=SLUG_LABELS)
    audit.public("/api/v2/images/?fields=*&limit=100")
    audit.public("/api/v2/documents/?fields=*&limit=100", expect=[CONTROL_DOC])
    for document in (world["private_doc"], world["draft_doc"]):
        audit.public(f"/api/v2/documents/{document.pk}/", statuses=(404,))
    audit.public(f"/api/v2/documents/{world['public_doc'].pk}/", expect=[CONTROL_DOC])

    # Feeds, sitemap, robots, open-data exports.
    for language in LANGS:
        audit.public(f"/{language}/feed/", expect=[CONTROL_CASE])
    audit.public("/en/feed/?country=KH", expect=[CONTROL_CASE])
    audit.public("/en/feed/?country=MM")
    audit.public("/sitemap.xml", expect=[CONTROL_CASE])
    audit.public("/robots.txt")
    for kind, expect in (("case-studies", [CONTROL_CASE, CONTROL_REVBASE]), ("experts", [CONTROL_EXPERT]), ("events", [])):
        for fmt in ("csv", "json"):
            audit.public(f"/api/export/{kind}.{fmt}", expect=expect)

    # Error page, the request form and its thank-you page (this visitor sent nothing).
    audit.public("/en/no-such-page/", statuses=(404,))
    audit.public("/km/no-such-page/", statuses=(404,))
    audit.public("/en/experts/request/")
    audit.public(f"/en/experts/request/?expert={world['contact_expert'].pk}", expect=[CONTROL_EXPERT])
    audit.public(f"/en/experts/request/?expert={world['group_expert'].pk}")
    audit.public("/en/experts/request/thanks/")

    # The private pages' own URLs (and their PDFs): a password form, a login redirect or a 404.
    for page in private_pages:
        for language in LANGS:
            audit.private_page(_url_of(page, language))
        if isinstance(page.specific, CaseStudyPage):
            audit.private_page(_url_of(page) + "pdf/")

    # Documents: the control downloads; the private ones must not, neither through Wagtail nor /media/.
    response, raw = audit.fetch(world["public_doc"].url)
    if response.status_code != 200 or f"{CONTROL_DOC}-FILE-BYTES".encode() not in raw:
        audit.failures.append(f"{world['public_doc'].url}: public control document not served ({response.status_code})")
    for document, token in ((world["private_doc"], "SECRETDOCp1"), (world["draft_doc"], "SECRETDRAFTDOCd3")):
        audit.private_file(document.url, FILE_SECRETS[token])
        audit.private_file(document.file.url, FILE_SECRETS[token])
    return audit


def _report(audit):
    lines = [f"{audit.requested} public surfaces requested."]
    if audit.leaks:
        lines.append(f"{len(audit.leaks)} LEAKS (surface → secret):")
        lines += [f"  {leak}" for leak in audit.leaks]
    lines.append("Private URLs answered: " + "; ".join(audit.notes))
    if audit.failures:
        lines.append(f"{len(audit.failures)} FAILING SURFACES OR MISSING CONTROLS:")
        lines += [f"  {failure}" for failure in audit.failures]
    return "\n".join(lines)


def test_nothing_private_reaches_a_public_surface(client, demo, settings):
    assert settings.SPF_PAGE_CACHE_SECONDS == 0
    world = build_private_world(demo)
    audit = run_audit(client, demo, world)
    print(_report(audit))
    assert audit.requested > 150
    assert not audit.leaks and not audit.failures, _report(audit)


# --------------------------------------------------------------------------------------------
# Adding and removing a restriction updates the catalogue at once.


def _shows(client, url, slug):
    """Whether `url` lists the page whose slug is `slug` (its URL shows in every listing; a search
    page's echo of the visitor's query does not contain it). None when `url` does not answer 200."""
    response = client.get(url)
    if response.status_code != 200:
        return None
    return slug in response.content.decode()


def test_a_restriction_hides_a_page_at_once_and_its_removal_shows_it_again(client, demo, settings):
    assert settings.SPF_PAGE_CACHE_SECONDS == 0
    client.raise_request_exception = False
    thailand = factories.country_page(demo["countries"], "TH")
    token = "SECRETTOGGLEt8"
    slug = "hush-toggle-e7"
    page = _case(thailand, f"{token} case {COMMON_WORD}", f"{token} summary {COMMON_WORD}.", slug)
    problems = []
    watched = (f"/api/search/?q={token}", f"/en/search/?q={token}", "/api/match/?country=KH", "/en/countries/th/", "/en/", "/en/feed/")
    for url in watched:
        if not _shows(client, url, slug):
            problems.append(f"control: the live public case study is not listed by {url} before any restriction")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    for url in watched:
        if _shows(client, url, slug) is not False:
            problems.append(f"after the restriction was added, still listed by {url}")
    # An editor republishes it while it is restricted: whatever the code did on the restriction, the
    # page is now out of every public list (checked), so that its return below means something.
    page.save_revision().publish()
    for url in watched:
        if _shows(client, url, slug) is not False:
            problems.append(f"republished while restricted, still listed by {url}")
    restriction.delete()
    for url in watched:
        if not _shows(client, url, slug):
            problems.append(f"after the restriction was deleted, not listed again by {url}")
    assert not problems, "\n".join(problems)


def test_experts_under_a_restricted_directory_never_leak(client, demo, settings):
    """A login restriction on an ancestor (the expert directory) hides every expert beneath it, at once."""
    assert settings.SPF_PAGE_CACHE_SECONDS == 0
    client.raise_request_exception = False
    token, slug = "SECRETDIREXPERTe1", "hush-direxpert-f7"
    expert = _expert(demo["experts"], f"Aaa {token}", slug)
    listings = [  # each shows the expert's URL while the expert is public (checked first)
        f"/api/search/?q={token}",
        f"/en/search/?q={token}",
        f"/api/search/?q={COMMON_WORD}&type=expert",
        "/api/match/?country=KH",
        "/en/match/?country=KH",
        "/en/countries/th/",
        "/api/export/experts.csv",
        "/api/export/experts.json",
        f"/api/v2/pages/?search={token}",
        "/api/v2/pages/?type=experts.ExpertPage&fields=*&limit=100",
        "/sitemap.xml",
        "/en/experts/",
    ]
    problems = [f"control: the public expert is not listed by {url}" for url in listings if not _shows(client, url, slug)]
    PageViewRestriction.objects.create(page=demo["experts"], restriction_type="login")
    for url in listings:
        if _shows(client, url, slug):
            problems.append(f"{url} → expert under the login-restricted directory ({slug})")
    # Pages that would name it (not by its URL): its API record, the request form for it, its own URL.
    for url in (f"/api/v2/pages/{expert.pk}/", f"/en/experts/request/?expert={expert.pk}", _url_of(expert)):
        response = client.get(url)
        if response.status_code >= 500:
            problems.append(f"{url}: answered {response.status_code}")
        elif token.lower() in response.content.decode().lower():
            problems.append(f"{url} → expert under the login-restricted directory ({token})")
    assert not problems, "\n".join(problems)


def test_a_requests_lifecycle_pages_open_only_with_a_valid_signature_and_its_evaluation_stays_private(
    client, demo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/experts/request/", factories.request_form_data(institution="SECRETLIFEINSTl1 Fund"))
    request_obj = PeerSupportRequest.objects.get(institution="SECRETLIFEINSTl1 Fund")
    expert = ExpertPage.objects.live().first()
    request_obj.matched_experts.set([expert])
    request_obj.tor_objectives, request_obj.tor_funding, request_obj.report = "o", "f", "SECRETLIFEREPORTr2"
    request_obj.activity_event = factories.event(demo["events"])
    request_obj.save()
    for stage in ["in_review", "matched", "agreed", "activity", "report", "evaluation"]:
        with django_capture_on_commit_callbacks(execute=True):
            lifecycle.advance(request_obj, stage)
    lifecycle.evaluate(request_obj, "requester", {"usefulness": 5, "what_changed": "SECRETLIFEEVALe3", "publish_consent": False})
    status_token, expert_token = lifecycle.status_token(request_obj), lifecycle.expert_token(request_obj, expert)
    secrets = ("SECRETLIFEINSTl1", "SECRETLIFEREPORTr2", "SECRETLIFEEVALe3", request_obj.reference)
    anonymous = Client()
    for url in (
        f"/en/experts/request/status/{status_token[:-3]}abc/",
        f"/en/experts/request/status/{expert_token}/",
        f"/en/experts/request/invitation/{expert_token[:-3]}abc/",
        f"/en/experts/request/invitation/{status_token}/",
        "/en/experts/request/status/",
        "/en/",
        "/en/experts/",
        "/en/search/?q=fund",
        "/api/search/?q=fund",
        "/api/v2/pages/?search=fund",
        "/api/export/experts.json",
        "/en/feed/",
        "/sitemap.xml",
    ):
        body = anonymous.get(url).content.decode()
        assert not [secret for secret in secrets if secret.lower() in body.lower()], url
    valid = anonymous.get(f"/en/experts/request/status/{status_token}/")
    assert valid.status_code == 200 and "SECRETLIFEINSTl1" in valid.content.decode()
    assert "no-store" in valid["Cache-Control"]
