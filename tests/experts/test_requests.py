"""The peer-support request form: validation, storage, notifications, privacy."""

import pytest
from django.core import mail

from experts.models import ExpertPage, PeerSupportRequest
from tests import factories

pytestmark = pytest.mark.django_db


def valid_data(**overrides):
    return factories.request_form_data(**overrides)


def test_form_renders_with_csrf_and_honeypot(client, demo):
    html = client.get("/en/experts/request/").content.decode()
    assert "csrfmiddlewaretoken" in html
    assert 'name="website"' in html and 'class="hp-field"' in html
    assert "Cambodia" in html


def test_prefilled_from_an_expert(client, demo):
    expert = ExpertPage.objects.get(slug="netnapis-suchonwanich")
    html = client.get("/en/experts/request/", {"expert": expert.pk, "country": "kh"}).content.decode()
    assert "You are requesting" in html and "Netnapis Suchonwanich" in html
    assert f'name="expert" value="{expert.pk}"' in html


def test_valid_request_is_stored_and_notified(client, demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/experts/request/", valid_data())
    assert response.status_code == 302 and response["Location"] == "/en/experts/request/thanks/"
    request_obj = PeerSupportRequest.objects.get()
    assert request_obj.status == "new" and request_obj.country.iso2 == "KH"
    assert [t.slug for t in request_obj.themes.all()] == ["coordination"]
    recipients = [message.to for message in mail.outbox]
    assert ["dara@example.org"] in recipients and any("staff@localhost" in to for to in recipients)


def test_invalid_request_says_what_is_wrong_and_stores_nothing(client, demo):
    response = client.post("/en/experts/request/", valid_data(contact_email="not-an-email", need="short"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter a valid email address." in html
    assert "at least 20 characters" in html
    assert PeerSupportRequest.objects.count() == 0


def test_validation_messages_are_in_the_users_language(client, demo):
    response = client.post("/fr/experts/request/", valid_data(contact_email="nope"))
    assert response.status_code == 400
    assert "Saisissez une adresse de courriel valide." in response.content.decode()


def test_honeypot_rejects_bots(client, demo):
    response = client.post("/en/experts/request/", valid_data(website="http://spam.example"))
    assert response.status_code == 400
    assert PeerSupportRequest.objects.count() == 0


def test_rate_limit_answers_429(client, demo):
    # forms with errors do not count: a visitor correcting mistakes is not locked out
    for _ in range(6):
        assert client.post("/en/experts/request/", valid_data(contact_email="not-an-address")).status_code == 400
    for number in range(5):
        assert client.post("/en/experts/request/", valid_data(institution=f"Fund {number}")).status_code == 302
    response = client.post("/en/experts/request/", valid_data())
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert PeerSupportRequest.objects.count() == 5


def test_requests_never_appear_publicly(client, demo):
    client.post("/en/experts/request/", valid_data(institution="Secret Ministry Unit"))
    assert PeerSupportRequest.objects.count() == 1
    for url in ("/en/", "/en/countries/kh/", "/api/search/?q=Secret", "/api/export/experts.json", "/api/v2/pages/", "/sitemap.xml"):
        body = client.get(url).content.decode()
        assert "Secret Ministry Unit" not in body and "dara@example.org" not in body
    assert client.get("/admin/snippets/experts/peersupportrequest/").status_code == 302  # login required


def test_staff_triage_in_the_admin(client, demo, django_user_model):
    client.post("/en/experts/request/", valid_data())
    request_obj = PeerSupportRequest.objects.get()
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    listing = client.get("/admin/snippets/experts/peersupportrequest/").content.decode()
    assert "National Social Security Fund" in listing
    edit_url = f"/admin/snippets/experts/peersupportrequest/edit/{request_obj.pk}/"
    assert client.get(edit_url).status_code == 200


def test_staff_see_suggested_matches_and_move_the_status(client, demo, django_user_model):
    from compendium.taxonomy.models import Guarantee

    client.post("/en/experts/request/", valid_data(guarantees=[Guarantee.objects.get(slug="health").pk]))
    request_obj = PeerSupportRequest.objects.get()
    admin = django_user_model.objects.create_superuser("triage", "triage@example.org", "pw")
    client.force_login(admin)
    edit_url = f"/admin/snippets/experts/peersupportrequest/edit/{request_obj.pk}/"
    html = client.get(edit_url).content.decode()
    assert "Suggested matches" in html and "Thailand" in html  # NHSO's experience for health and coordination
    data = {
        "status": "in_review",
        "staff_notes": "Call NHSO.",
        "country": request_obj.country.pk,
        "institution": request_obj.institution,
        "contact_name": request_obj.contact_name,
        "contact_email": request_obj.contact_email,
        "contact_phone": "",
        "need": request_obj.need,
        "timeframe": "soon",
        "themes": [t.pk for t in request_obj.themes.all()],
        "guarantees": [g.pk for g in request_obj.guarantees.all()],
    }
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    request_obj.refresh_from_db()
    assert request_obj.status == "in_review" and request_obj.staff_notes == "Call NHSO."
    listing = client.get("/admin/snippets/experts/peersupportrequest/", {"status": "in_review"}).content.decode()
    assert "National Social Security Fund" in listing


@pytest.mark.parametrize(
    ("language", "message"),
    [("lo", "ກະລຸນາປ້ອນທີ່ຢູ່ອີເມວທີ່ຖືກຕ້ອງ."), ("km", "សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលត្រឹមត្រូវ។"), ("th", "ป้อนที่อยู่อีเมลที่ถูกต้อง")],
)
def test_core_validation_messages_in_lao_khmer_and_thai(client, demo, language, message):
    response = client.post(f"/{language}/experts/request/", valid_data(contact_email="nope", institution=""))
    html = response.content.decode()
    assert response.status_code == 400 and message in html
    assert "This field is required." not in html and "Enter a valid email address." not in html


def test_dashboard_shows_new_requests_to_staff_only(client, demo, django_user_model):
    from django.contrib.auth.models import Group

    client.post("/en/experts/request/", valid_data(institution="Ministry of Planning"))
    moderator = django_user_model.objects.create_user("mod", "mod@example.org", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    html = client.get("/admin/").content.decode()
    assert "1 new peer-support request" in html and "Ministry of Planning" in html
    editor = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert "Ministry of Planning" not in client.get("/admin/").content.decode()
