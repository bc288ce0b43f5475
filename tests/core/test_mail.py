"""compendium.core.mail: every e-mail links from the configured site URL, and a failure is logged,
recorded and shown to staff on the admin dashboard instead of being swallowed.

The failing case uses Django's real SMTP backend against a local port nothing listens on.
"""

import socket
from datetime import timedelta

import pytest
from django.core import mail as django_mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from compendium.core import mail
from compendium.core.models import MailFailure

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@override_settings(SPF_BASE_URL="https://spf.example.org")
def test_links_are_built_from_the_configured_site_url():
    assert mail.absolute_url("/km/experts/") == "https://spf.example.org/km/experts/"
    assert mail.absolute_url("experts/") == "https://spf.example.org/experts/"
    assert mail.absolute_url("https://other.example.org/x") == "https://other.example.org/x"


def test_a_sent_mail_is_sent_and_nothing_is_recorded():
    assert mail.send("Hello", "Body", ["someone@example.org"]) is True
    assert django_mail.outbox[0].subject == "Hello" and django_mail.outbox[0].to == ["someone@example.org"]
    assert not MailFailure.objects.exists()


def test_a_failing_smtp_server_is_logged_recorded_and_shown_on_the_dashboard(client, caplog, django_user_model):
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1", EMAIL_PORT=closed_port(), EMAIL_TIMEOUT=2
    ):
        assert mail.send("Your request was received", "Body", ["ministry@example.org"]) is False
    failure = MailFailure.objects.get()
    assert failure.subject == "Your request was received" and failure.recipients == "ministry@example.org"
    assert "refused" in failure.error.lower() or "connect" in failure.error.lower()
    assert any("ministry@example.org" in record.getMessage() for record in caplog.records if record.levelname == "ERROR")

    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 e-mail failed in the last 7 days" in dashboard
    listing = client.get(reverse("mail_failures:index")).content.decode()
    assert "Your request was received" in listing and "ministry@example.org" in listing


def test_the_dashboard_says_nothing_when_no_mail_failed(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    assert "failed in the last 7 days" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_old_failures_are_not_counted_on_the_dashboard(client, django_user_model):
    MailFailure.objects.create(subject="Old", recipients="a@example.org", error="x")
    MailFailure.objects.update(created_at=timezone.now() - timedelta(days=8))
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    assert "failed in the last 7 days" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_editors_do_not_see_failed_mail(client, users):
    MailFailure.objects.create(subject="Secret", recipients="a@example.org", error="x")
    client.force_login(users["Editors"])
    assert "failed in the last 7 days" not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(reverse("mail_failures:index")).status_code in (302, 403)
