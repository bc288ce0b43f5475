"""Uploads: images verified (type, size, decompression bombs), documents limited by type and size."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("uploader", "up@example.org", "pw"))
    return client


def png(width, height):
    buffer = io.BytesIO()
    Image.new("L", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def test_a_real_image_is_accepted(admin_client, demo):
    from wagtail.images import get_image_model

    response = admin_client.post("/admin/images/add/", {"title": "A map", "file": SimpleUploadedFile("map.png", png(40, 30), "image/png")})
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="A map").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("fake.png", b"this is not an image at all", "Upload a valid image"),
        ("bomb.png", png(9000, 9000), "pixels"),  # 81 million pixels: a decompression bomb for this site
    ],
)
def test_bad_images_are_refused(admin_client, demo, name, content, message):
    from wagtail.images import get_image_model

    before = get_image_model().objects.count()
    response = admin_client.post("/admin/images/add/", {"title": "Bad", "file": SimpleUploadedFile(name, content, "image/png")})
    assert response.status_code == 200 and message in response.content.decode()
    assert get_image_model().objects.count() == before


def test_documents_are_checked_by_content_and_size(admin_client, demo, settings):
    from wagtail.documents import get_document_model

    Document = get_document_model()
    ok = admin_client.post(
        "/admin/documents/add/", {"title": "Report", "file": SimpleUploadedFile("report.pdf", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n")}
    )
    assert ok.status_code == 302 and Document.objects.filter(title="Report").exists()
    disguised = admin_client.post(
        "/admin/documents/add/", {"title": "Disguised", "file": SimpleUploadedFile("report.pdf", b"MZ\x90\x00" + b"\x00" * 64)}
    )
    assert disguised.status_code == 200 and "does not match its extension" in disguised.content.decode()
    wrong_type = admin_client.post("/admin/documents/add/", {"title": "Script", "file": SimpleUploadedFile("run.exe", b"MZ")})
    assert wrong_type.status_code == 200 and not Document.objects.filter(title="Script").exists()
    settings.SPF_MAX_DOCUMENT_SIZE = 10
    big = admin_client.post("/admin/documents/add/", {"title": "Big", "file": SimpleUploadedFile("notes.txt", b"x" * 100)})
    assert big.status_code == 200 and "documents may be at most" in big.content.decode()
    assert not Document.objects.filter(title__in=["Disguised", "Big"]).exists()


def test_uploaded_file_names_are_sanitised(admin_client, demo):
    from wagtail.documents import get_document_model

    admin_client.post("/admin/documents/add/", {"title": "Odd name", "file": SimpleUploadedFile("../../etc/pass wd<script>.txt", b"hello")})
    document = get_document_model().objects.get(title="Odd name")
    assert ".." not in document.file.name and "<" not in document.file.name and " " not in document.file.name
    assert document.file.name.startswith("documents/")
