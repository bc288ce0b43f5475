"""Content that reaches the public site and its PDFs: imported rich text is sanitised like the
editor's, and the PDF's URL fetcher serves only the site's own images, stylesheets and fonts."""

import csv
import io
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.rich_text import RichText

from casestudies.models import CaseStudyPage
from compendium.ops.importer import Importer

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent.parent

MALICIOUS_BODY = (
    "Harmless opening paragraph about cash transfers.\n\n"
    '<a rel="attachment" href="http://x/media/../.secret_key">k</a>\n\n'
    "<script>alert('body')</script>\n\n"
    '<img src="x" onerror="alert(1)">\n\n'
    '<a href="javascript:alert(2)">click here</a> and <a href="JaVa&#x09;ScRiPt:alert(3)">there</a>\n\n'
    '<meta http-equiv="refresh" content="0;url=http://evil.example/">\n\n'
    '<p onclick="alert(4)" style="color:red">Second <b>harmless</b> paragraph with a <a href="https://www.ilo.org/">safe link</a>.</p>'
)
MALICIOUS_LESSONS = (
    "Keep <b>good</b> records|<script>alert('lesson')</script>Train the staff"
    '|<a href="javascript:alert(5)">Pay</a> on time|<img src=x onerror=alert(6)>Count twice'
)
FORBIDDEN = ("<script", "onerror", "onclick", "javascript:", "http-equiv", 'rel="attachment"', "<img", "<meta")


def write_csv(path, **values):
    row = {
        "slug": "malicious-import",
        "title": "A harmless-looking case study",
        "country": "NP",
        "summary": "Nepal's Social Security Fund covers formal-sector workers.",
        "themes": "coordination",
        "body": MALICIOUS_BODY,
        "lessons": MALICIOUS_LESSONS,
    }
    row.update(values)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    return path


def body_of(response):
    html = response.content.decode()
    return html[html.index("<body") : html.index("</body>")]


# Imported rich text


def test_imported_html_is_sanitised_like_the_editors(client, demo, tmp_path):
    call_command("import_case_studies", str(write_csv(tmp_path / "evil.csv")), verbosity=0)
    page = CaseStudyPage.objects.get(slug="malicious-import")
    stored = "".join(block.value.source for block in page.body_en) + page.lessons_en
    for needle in FORBIDDEN:
        assert needle not in stored.lower(), (needle, stored)
    response = client.get(page.url)
    assert response.status_code == 200
    body = body_of(response)
    for needle in FORBIDDEN:
        assert needle not in body.lower(), needle
    assert "Harmless opening paragraph about cash transfers." in body
    assert "<b>harmless</b>" in body and 'href="https://www.ilo.org/"' in body  # what an editor could type stays
    assert "<b>good</b>" in body and "Train the staff" in body and "Count twice" in body


def test_plain_text_cells_stay_readable_text(client, demo, tmp_path):
    call_command(
        "import_case_studies",
        str(write_csv(tmp_path / "plain.csv", body="Benefits: a < b & c, and x<y.\n\nSecond paragraph", lessons="1 < 2 & 3|Fish & chips")),
        verbosity=0,
    )
    page = CaseStudyPage.objects.get(slug="malicious-import")
    assert [block.value.source for block in page.body_en] == ["<p>Benefits: a &lt; b &amp; c, and x&lt;y.</p><p>Second paragraph</p>"]
    assert page.lessons_en == "<ul><li>1 &lt; 2 &amp; 3</li><li>Fish &amp; chips</li></ul>"
    body = body_of(client.get(page.url))
    assert "Benefits: a &lt; b &amp; c, and x&lt;y." in body and "Fish &amp; chips" in body


def test_reimporting_sanitised_content_changes_nothing(demo, tmp_path):
    path = write_csv(tmp_path / "evil.csv")
    assert Importer().run(path).created == ["malicious-import"]
    assert Importer().run(path).unchanged == ["malicious-import"]


def test_html_that_cannot_be_read_is_a_row_error_and_nothing_is_written(demo, tmp_path):
    from compendium.ops.importer import ImportFailed

    with pytest.raises(ImportFailed) as failure:
        Importer().run(write_csv(tmp_path / "broken.csv", body="<b>bold<p>inside</p></b>"))
    assert [(error.row, error.column) for error in failure.value.report.errors] == [(2, "body")]
    assert not CaseStudyPage.objects.filter(slug="malicious-import").exists()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", ""),
        ("a < b & c", "<p>a &lt; b &amp; c</p>"),
        ("one\n\ntwo", "<p>one</p><p>two</p>"),
        ("Some <i>emphasis</i>\n\nand more", "<p>Some <i>emphasis</i></p><p>and more</p>"),
        ("<p>x</p><script>alert(1)</script>", "<p>x</p>"),
        ('<p><a href="javascript:alert(1)" onclick="y">go</a></p>', "<p><a>go</a></p>"),
        ('<h2 style="x">Title</h2><p>t</p>', "<h2>Title</h2><p>t</p>"),
    ],
)
def test_clean_rich_text(value, expected):
    from compendium.ops.importer import clean_rich_text

    assert clean_rich_text(value) == expected


# The PDF's URL fetcher


@pytest.fixture
def secret():
    """A file just outside MEDIA_ROOT, as the server's own .secret_key would be."""
    name = f"spf-secret-{uuid.uuid4().hex}"
    path = Path(settings.MEDIA_ROOT).parent / name
    text = f"TOPSECRET-{uuid.uuid4().hex}"
    path.write_text(text)
    yield name, text
    path.unlink(missing_ok=True)


@pytest.fixture
def media_files(secret):
    root = Path(settings.MEDIA_ROOT)
    (root / "images").mkdir(parents=True, exist_ok=True)
    (root / "documents").mkdir(parents=True, exist_ok=True)
    image = root / "images" / f"pic-{uuid.uuid4().hex}.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    document = root / "documents" / f"doc-{uuid.uuid4().hex}.txt"
    document.write_text("internal draft")
    link = root / "images" / f"link-{uuid.uuid4().hex}.png"
    link.symlink_to(root.parent / secret[0])
    yield {"image": image, "document": document, "link": link}
    for path in (image, document, link):
        path.unlink(missing_ok=True)


REFUSED = [
    "http://testserver/media/../{secret}",
    "http://testserver/media/%2e%2e/{secret}",
    "http://testserver/media/%2E%2E%2F{secret}",
    "http://testserver/media/images/../../{secret}",
    "http://testserver/media/images/%2e%2e/%2e%2e/{secret}",
    "http://x/media/..%2f{secret}",
    "file:///etc/passwd",
    "file://{media_root}/../{secret}",
    "file:///media/../{secret}",
    "http://testserver/static/../../etc/passwd",
    "http://testserver/static/../../../../../../../../etc/passwd",
    "http://testserver/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "http://testserver/static/../../../../../../../proc/self/environ",
    "ftp://testserver/media/images/x.png",
    "http://testserver/etc/passwd",
    "http://testserver/media/{document}",
    "http://testserver/media/{link}",
]


@pytest.mark.parametrize("template", REFUSED)
def test_the_pdf_fetcher_refuses_anything_outside_the_site_files(media_files, secret, template):
    from compendium.core.pdf import local_fetcher

    url = template.format(
        secret=secret[0],
        media_root=settings.MEDIA_ROOT,
        document=media_files["document"].relative_to(settings.MEDIA_ROOT),
        link=media_files["link"].relative_to(settings.MEDIA_ROOT),
    )
    try:
        response = local_fetcher().fetch(url)
    except Exception:  # noqa: BLE001 - any exception is a refusal: WeasyPrint leaves the resource out
        return
    body = response.read() if hasattr(response, "read") else b""
    pytest.fail(f"{url} was served ({len(body)} bytes, secret inside: {secret[1].encode() in body})")


def test_the_pdf_fetcher_serves_images_stylesheets_and_fonts(media_files):
    from compendium.core.pdf import local_fetcher

    fetcher = local_fetcher()
    image = fetcher.fetch(f"http://testserver/media/{media_files['image'].relative_to(settings.MEDIA_ROOT)}")
    assert image.read() == media_files["image"].read_bytes() and image.content_type == "image/png"
    css = fetcher.fetch("http://testserver/static/css/site.css?v=3")
    assert css.read() == (ROOT / "static" / "css" / "site.css").read_bytes() and css.content_type == "text/css"
    font = fetcher.fetch("https://testserver/static/fonts/noto-sans-khmer-khmer-400-normal.woff2")
    assert font.read() == (ROOT / "static" / "fonts" / "noto-sans-khmer-khmer-400-normal.woff2").read_bytes()
    assert fetcher.fetch("data:text/plain,hello").read() == b"hello"


def pdf_payload(content):
    """Every stream of the PDF, decompressed, plus its extracted text."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    reader = PdfReader(io.BytesIO(content))
    chunks = [content]
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(IndirectObject(number, 0, reader))
        except Exception:  # noqa: BLE001
            continue
        if hasattr(obj, "get_data"):
            try:
                chunks.append(obj.get_data())
            except Exception:  # noqa: BLE001
                pass
    text = "".join(page.extract_text() for page in reader.pages)
    return b"".join(chunks), text


def test_a_case_study_pdf_embeds_no_file_from_outside_media(client, demo, secret):
    name, text = secret
    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    page.body_en = list(page.body_en.raw_data) + [
        {
            "type": "paragraph",
            "value": f'<p>Old content. <a rel="attachment" href="http://x/media/../{name}">k</a> '
            f'<a rel="attachment" href="/media/%2e%2e/{name}">k2</a> '
            f'<a rel="attachment" href="file://{settings.MEDIA_ROOT}/../{name}">k3</a></p>',
        }
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    assert any(isinstance(block.value, RichText) and name in block.value.source for block in page.body_en)

    response = client.get(page.url + "pdf/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    payload, extracted = pdf_payload(response.content)
    assert "16.1 million" in extracted.replace("\n", " ")
    assert text.encode() not in payload and text not in extracted
    assert b"/EmbeddedFile" not in payload and b"/FileAttachment" not in payload


def test_the_pdf_still_embeds_the_sites_images_and_fonts(client, demo):
    """The fetcher's limits leave what a page really uses: an image block's rendition (under
    media/images/) and the stylesheet's Khmer font (under static/fonts/)."""
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 30, 30)).save(buffer, "PNG")
    image = get_image_model().objects.create(title="Red square", file=ImageFile(io.BytesIO(buffer.getvalue()), name="red-square.png"))
    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    page.body_en = list(page.body_en.raw_data) + [{"type": "image", "value": {"image": image.pk, "caption": "", "alt_text": "red"}}]
    page.save_revision().publish()

    response = client.get(f"/km{page.url[3:]}pdf/")
    assert response.status_code == 200
    payload, _ = pdf_payload(response.content)
    assert b"/Subtype /Image" in payload or b"/Subtype/Image" in payload
    assert b"Khmer" in payload  # the embedded font's name
