"""The public "Share your country's experience" page: every language, validation, spam, staff mail."""

import pytest
from django.core import mail
from django.utils import translation

from contributors.models import ContributorApplication

from .helpers import application_data

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "es", "pt", "zh-hans", "km", "lo", "th", "vi", "id")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_explains_contributing_in_every_language(client, demo, language):
    response = client.get(f"/{language}/contribute/")
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override(language):
        heading = translation.gettext("Share your country's experience")
        explanation = translation.gettext(
            "Nothing is published until a moderator has reviewed it; you are told by e-mail when it is approved, sent back or published."
        )
    if language != "en":
        assert heading != "Share your country's experience", f"{language}: the heading is not translated"
    assert heading in html.replace("&#x27;", "'") and explanation in html.replace("&#x27;", "'")
    assert 'name="institution"' in html and 'name="website"' in html and 'class="hp-field"' in html
    assert f'<html lang="{language}"' in html


def test_a_valid_application_is_stored_pending_and_staff_are_told(client, demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/km/contribute/", application_data())
    assert response.status_code == 302 and response["Location"] == "/km/contribute/thanks/"
    application = ContributorApplication.objects.get()
    assert application.status == "pending" and application.country.iso2 == "KH" and application.language == "km"
    assert application.user is None
    staff_mail = [m for m in mail.outbox if "staff@localhost" in m.to]
    assert len(staff_mail) == 1 and "Sokha Chan" in staff_mail[0].body and "/admin/snippets/contributors/" in staff_mail[0].body
    thanks = client.get("/km/contribute/thanks/").content.decode()
    with translation.override("km"):
        assert translation.gettext("Thank you: your application has been received") in thanks


def test_invalid_input_says_what_is_wrong_and_stores_nothing(client, demo):
    response = client.post("/en/contribute/", application_data(email="not-an-email", motivation="short", name=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter a valid email address." in html
    assert "at least 20 characters" in html
    assert "This field is required." in html
    assert ContributorApplication.objects.count() == 0


def test_validation_messages_are_in_the_applicants_language(client, demo):
    response = client.post("/fr/contribute/", application_data(email="nope"))
    assert response.status_code == 400
    assert "Saisissez une adresse de courriel valide." in response.content.decode()


def test_the_honeypot_stops_bots(client, demo):
    response = client.post("/en/contribute/", application_data(website="http://spam.example"))
    assert response.status_code == 400
    assert "looks automated" in response.content.decode()
    assert ContributorApplication.objects.count() == 0


def test_too_many_applications_from_one_address_answer_429(client, demo):
    for _ in range(4):  # forms with errors do not count
        assert client.post("/en/contribute/", application_data(email="bad")).status_code == 400
    for number in range(3):
        assert client.post("/en/contribute/", application_data(email=f"p{number}@example.org")).status_code == 302
    response = client.post("/en/contribute/", application_data(email="p9@example.org"))
    assert response.status_code == 429
    assert "Too many applications" in response.content.decode()
    assert ContributorApplication.objects.count() == 3


def test_odd_input_never_breaks_the_form(client, demo):
    response = client.post("/en/contribute/", application_data(country="99999999999999999999", name="\x00ab", institution="x" * 5000))
    assert response.status_code == 400
    assert ContributorApplication.objects.count() == 0
