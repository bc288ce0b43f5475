"""A country's contributors add and choose images and documents in their country's own collection,
made with their group, and never see another country's collection."""

import io

import PIL.Image
import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from contributors.models import CountryContributors

from .helpers import approved_contributor

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()


@pytest.fixture
def contributors(demo, users):
    return {
        "KH": approved_contributor("KH", reviewer=users["Moderators"]),
        "TH": approved_contributor("TH", email="somchai@example.org", name="Somchai Thai", reviewer=users["Moderators"]),
    }


def _document(code, title):
    collection = CountryContributors.objects.get(country__code=code).collection
    document = Document(title=title, collection=collection)
    document.file.save(f"{code.lower()}-memo.txt", ContentFile(b"memo"), save=False)
    document.save()
    return document


def test_each_country_group_gets_its_own_collection(contributors):
    cambodia = CountryContributors.objects.get(country__code="KH")
    thailand = CountryContributors.objects.get(country__code="TH")
    assert cambodia.collection != thailand.collection
    assert cambodia.collection.get_parent() == Collection.get_first_root_node()
    assert "KH" in cambodia.collection.name and "TH" in thailand.collection.name


def test_a_cambodia_contributor_sees_only_cambodias_documents(client, contributors):
    ours = _document("KH", "Cambodia memo GECKO1")
    theirs = _document("TH", "Thailand memo MANTA2")
    client.force_login(contributors["KH"])
    # The chooser (what the case-study editor opens) offers the country's collection only.
    for url in ("/admin/documents/chooser/", "/admin/documents/chooser/results/?q=memo"):
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert "GECKO1" in html and "MANTA2" not in html, url
    # The library lists what they may edit: their own uploads, never another country's.
    assert "MANTA2" not in client.get("/admin/documents/").content.decode()
    for url in (f"/admin/documents/edit/{theirs.pk}/", f"/admin/documents/usage/{theirs.pk}/", f"/admin/documents/delete/{theirs.pk}/"):
        response = client.get(url)
        assert response.status_code in (302, 403, 404) and "MANTA2" not in response.content.decode(), url
    assert client.get(f"/admin/documents/edit/{ours.pk}/").status_code in (302, 403)  # not theirs to edit: staff uploaded it


def _png():
    buffer = io.BytesIO()
    PIL.Image.new("RGB", (8, 8), "red").save(buffer, "PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue(), content_type="image/png")


def test_a_contributor_uploads_an_image_and_a_document_into_their_countrys_collection(client, contributors, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    cambodia = CountryContributors.objects.get(country__code="KH").collection
    thailand = CountryContributors.objects.get(country__code="TH").collection
    client.force_login(contributors["KH"])
    form = client.get("/admin/documents/add/").content.decode()
    assert "<form" in form and thailand.name not in form  # one collection to upload to: Wagtail shows no choice

    response = client.post(
        "/admin/documents/add/",
        {"title": "NSSF annual report", "collection": cambodia.pk, "file": SimpleUploadedFile("report.txt", b"2025 report")},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get(title="NSSF annual report")
    assert document.collection_id == cambodia.pk and document.uploaded_by_user == contributors["KH"]
    response = client.post("/admin/images/add/", {"title": "Enrolment day in Kampot", "collection": cambodia.pk, "file": _png()})
    assert response.status_code == 302, response.content.decode()[:2000]
    image = Image.objects.get(title="Enrolment day in Kampot")
    assert image.collection_id == cambodia.pk
    assert "Enrolment day in Kampot" in client.get("/admin/images/chooser/").content.decode()

    client.post("/admin/documents/add/", {"title": "Into Thailand", "collection": thailand.pk, "file": SimpleUploadedFile("x.txt", b"x")})
    client.post("/admin/images/add/", {"title": "Into Thailand", "collection": thailand.pk, "file": _png()})
    assert not Document.objects.filter(collection=thailand).exists() and not Image.objects.filter(collection=thailand).exists()
