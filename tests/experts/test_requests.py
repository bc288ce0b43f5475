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
    assert response.status_code == 302 and response["Location"].startswith("/en/experts/request/thanks/?r=")
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
        "move_to": "in_review",
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


def _ticked(html, name):
    """The values of the checked checkboxes / selected options of the field `name`."""
    import re

    boxes = re.findall(rf'<input[^>]*name="{name}"[^>]*>', html)
    ticked = [re.search(r'value="([^"]*)"', box).group(1) for box in boxes if " checked" in box]
    select = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', html, re.S)
    if select:
        ticked += re.findall(r'<option value="([^"]*)"[^>]*selected', select.group(1))
    return ticked


def test_request_this_expert_carries_the_need_that_led_there(client, demo):
    """From Cambodia's employment need, "Request this expert" on India's LabourNet expert (whose
    themes are economic sectors and employment) pre-ticks the need's theme, guarantee and stage,
    not the expert's own themes."""
    import re

    from compendium.taxonomy.models import Guarantee, Stage, Theme

    need = {"country": "KH", "theme": "employment", "guarantee": "working-age", "stage": "design"}
    page = client.get("/en/match/", need).content.decode()
    expert = ExpertPage.objects.get(slug="meena-jain")
    links = [href.replace("&amp;", "&") for href in re.findall(r'href="(/en/experts/request/\?expert=[^"]+)"', page)]
    link = next(href for href in links if f"expert={expert.pk}&" in href)
    assert "theme=employment" in link and "guarantee=working-age" in link and "stage=design" in link
    assert "theme=economic-sectors" not in link
    html = client.get(link).content.decode()
    assert _ticked(html, "themes") == [str(Theme.objects.get(slug="employment").pk)]
    assert _ticked(html, "guarantees") == [str(Guarantee.objects.get(slug="working-age").pk)]
    assert _ticked(html, "stage") == [str(Stage.objects.get(slug="design").pk)]


def test_without_a_need_the_form_falls_back_to_the_experts_themes_and_ignores_bad_slugs(client, demo):
    from compendium.taxonomy.models import Theme

    expert = ExpertPage.objects.get(slug="netnapis-suchonwanich")
    response = client.get("/en/experts/request/", {"expert": expert.pk, "theme": ["nope", "<b>", "x" * 500], "stage": "??"})
    assert response.status_code == 200
    assert _ticked(response.content.decode(), "themes") == [str(Theme.objects.get(slug="mis").pk)]


def test_triage_suggests_partners_for_the_need_of_the_request(client, demo, django_user_model, django_capture_on_commit_callbacks):
    from compendium.taxonomy.models import Guarantee, Stage, Theme

    data = valid_data(
        themes=[Theme.objects.get(slug="coordination").pk],
        guarantees=[Guarantee.objects.get(slug="health").pk],
        stage=Stage.objects.get(slug="design").pk,
    )
    client.post("/en/experts/request/", data)
    request_obj = PeerSupportRequest.objects.get()
    assert request_obj.stage.slug == "design"
    client.force_login(django_user_model.objects.create_superuser("triage2", "t2@example.org", "pw"))
    html = client.get(f"/admin/snippets/experts/peersupportrequest/edit/{request_obj.pk}/").content.decode()
    suggestions = html[html.index("Suggested matches") :]
    assert suggestions.index("Thailand") < suggestions.index("China")  # NHSO first for health insurance design
    assert "<strong>Lao" not in suggestions.split("</ol>")[0]  # a peer with the same need, not a partner
