"""The mails a contributor receives link to the configured public site (SPF_BASE_URL), in their
language, whatever host name the Wagtail Site record carries."""

import pytest
from django.core import mail
from django.utils import translation
from wagtail.users.models import UserProfile

from compendium.pages.models import CountryPage
from compendium.taxonomy.models import Country
from contributors import services
from contributors.models import NeedsUpdate

from .helpers import approved_contributor, draft_case_study

pytestmark = pytest.mark.django_db


@pytest.fixture
def contributor(demo, users, settings):
    settings.SPF_BASE_URL = "https://spf.example.org"
    user = approved_contributor("KH", reviewer=users["Moderators"])
    UserProfile.objects.filter(user=user).update(preferred_language="km")
    mail.outbox.clear()
    return user


def test_the_published_mail_links_to_the_public_site_in_the_contributors_language(contributor, users):
    cambodia = CountryPage.objects.get(country__code="KH")
    page = draft_case_study(cambodia, contributor, "Tuk-tuk drivers insured")
    page.get_latest_revision().publish(user=users["Moderators"])
    [message] = [m for m in mail.outbox if contributor.email in m.to]
    with translation.override("km"):
        assert translation.gettext("Your case study is published: %(title)s") % {"title": page.title} == message.subject
    assert f"https://spf.example.org/km/countries/kh/{page.slug}/" in message.body
    assert "localhost" not in message.body


def test_the_needs_reviewed_mail_links_to_the_public_profile(contributor, users):
    update = NeedsUpdate.objects.create(country=Country.objects.get(code="KH"), author=contributor, title="Pensions for farmers")
    services.approve_needs_update(update, users["Moderators"])
    services.send_needs_reviewed(update)
    [message] = [m for m in mail.outbox if contributor.email in m.to]
    assert "https://spf.example.org/km/countries/kh/" in message.body and "localhost" not in message.body
