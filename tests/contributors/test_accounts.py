"""Staff approve, reject and invite contributors; approval makes the account, the group and the mail."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import GroupPagePermission

from compendium.pages.models import CountryPage
from compendium.taxonomy.models import Country
from contributors.models import ContributorApplication, CountryContributors

from .helpers import application_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(client, demo):
    assert client.post("/km/contribute/", application_data()).status_code == 302
    return ContributorApplication.objects.get()


def test_a_moderator_approves_an_application_into_an_account_group_and_mail(client, users, application, django_capture_on_commit_callbacks):
    client.force_login(users["Moderators"])
    listing = client.get("/admin/snippets/contributors/contributorapplication/").content.decode()
    assert "Sokha Chan" in listing and f"/admin/contributors/applications/{application.pk}/approve/" in listing
    confirm = client.get(f"/admin/contributors/applications/{application.pk}/approve/")
    assert confirm.status_code == 200 and "National Social Security Fund" in confirm.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/contributors/applications/{application.pk}/approve/")
    assert response.status_code == 302
    application.refresh_from_db()
    user = get_user_model().objects.get(email="sokha@example.org")
    assert application.status == "approved" and application.user == user and application.reviewed_by == users["Moderators"]
    assert user.is_active and not user.is_staff and not user.has_usable_password()
    group = CountryContributors.objects.get(country__code="KH").group
    assert list(user.groups.all()) == [group]
    cambodia = CountryPage.objects.get(country__code="KH")
    assert set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename")) == {
        (cambodia.pk, "add_page")
    }
    assert user.has_perm("wagtailadmin.access_admin")
    welcome = [m for m in mail.outbox if m.to == ["sokha@example.org"]]
    assert len(welcome) == 1
    # in the applicant's language (Khmer), with a working one-time link from the configured site URL
    assert welcome[0].subject != "Your contributor account for the SPF South-South Exchange"
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+/)", welcome[0].body).group(1)
    set_password = client.get(link, follow=True)
    assert set_password.status_code == 200 and 'name="new_password1"' in set_password.content.decode()


def test_approval_reactivates_an_existing_account(client, users, application, django_capture_on_commit_callbacks):
    existing = get_user_model().objects.create_user("old-sokha", "SOKHA@example.org", "pw", is_active=False)
    client.force_login(users["Moderators"])
    client.post(f"/admin/contributors/applications/{application.pk}/approve/")
    existing.refresh_from_db()
    assert existing.is_active and existing.groups.filter(contributor_country__country__code="KH").exists()
    assert get_user_model().objects.filter(email__iexact="sokha@example.org").count() == 1


def test_rejecting_makes_no_account(client, users, application):
    client.force_login(users["Moderators"])
    client.post(f"/admin/contributors/applications/{application.pk}/reject/")
    application.refresh_from_db()
    assert application.status == "rejected" and application.user is None
    assert not get_user_model().objects.filter(email="sokha@example.org").exists()


def test_approving_twice_says_so(client, users, application):
    client.force_login(users["Moderators"])
    client.post(f"/admin/contributors/applications/{application.pk}/approve/")
    response = client.post(f"/admin/contributors/applications/{application.pk}/approve/", follow=True)
    assert "already been approved" in response.content.decode()


def test_editors_and_contributors_cannot_approve(client, users, application):
    client.force_login(users["Editors"])
    assert client.post(f"/admin/contributors/applications/{application.pk}/approve/").status_code in (302, 403)
    assert client.get("/admin/snippets/contributors/contributorapplication/").status_code in (302, 403)
    application.refresh_from_db()
    assert application.status == "pending"


def test_staff_invite_a_contributor_by_email(client, users, demo, django_capture_on_commit_callbacks):
    client.force_login(users["Administrators"])
    form = client.get("/admin/contributors/invite/").content.decode()
    assert 'name="email"' in form and "Thailand" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/contributors/invite/",
            {
                "name": "Somchai P.",
                "email": "somchai@example.org",
                "institution": "NHSO",
                "role": "Analyst",
                "country": Country.objects.get(code="TH").pk,
                "language": "th",
            },
        )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="somchai@example.org")
    assert user.groups.filter(contributor_country__country__code="TH").exists()
    application = ContributorApplication.objects.get(email="somchai@example.org")
    assert application.invited and application.status == "approved"
    assert any(m.to == ["somchai@example.org"] and "/admin/password_reset/confirm/" in m.body for m in mail.outbox)


def test_an_invitation_with_a_bad_address_says_what_is_wrong(client, users, demo):
    client.force_login(users["Administrators"])
    response = client.post(
        "/admin/contributors/invite/", {"name": "X", "email": "nope", "institution": "Y", "role": "Z", "country": "", "language": "en"}
    )
    assert response.status_code == 400
    assert "Enter a valid email address." in response.content.decode()
    assert not ContributorApplication.objects.exists()
