"""A contributor for Cambodia writes under Cambodia only: never Thailand's pages, others' drafts,
peer-support requests or applications; never publishes; rich text is sanitised as the admin's."""

import pytest
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from casestudies.models import CaseStudyPage
from compendium.pages.models import CountryPage
from compendium.taxonomy.models import Country, Theme
from contributors.models import ContributorApplication
from experts.models import PeerSupportRequest
from tests import factories
from tests.admin.test_admin import empty_translations

from .helpers import approved_contributor, draft_case_study

pytestmark = pytest.mark.django_db


def _denied(response):
    """403, 404, or a redirect away (Wagtail sends users without permission to the dashboard)."""
    return response.status_code in (403, 404) or (response.status_code == 302 and "/edit/" not in response["Location"])


@pytest.fixture
def world(client, demo, users):
    cambodia = factories.country_page(demo["countries"], "KH")
    thailand = factories.country_page(demo["countries"], "TH")
    contributor = approved_contributor("KH")
    other = approved_contributor("KH", email="vanna@example.org", name="Vanna Other")
    return {
        "cambodia": cambodia,
        "thailand": thailand,
        "contributor": contributor,
        "own_draft": draft_case_study(cambodia, contributor, "Own draft ZEBRA1"),
        "others_draft": draft_case_study(cambodia, other, "Others draft OKAPI2"),
        "staff_draft": draft_case_study(cambodia, users["Editors"], "Staff draft LYNX3"),
        "thai_draft": draft_case_study(thailand, users["Editors"], "Thai draft IBEX4"),
        "thai_live": factories.case_study(thailand, title="Thai live case PUMA5"),
        "request": PeerSupportRequest.objects.create(
            country=Country.objects.get(code="LA"),
            institution="Secret ministry",
            contact_name="N",
            contact_email="n@example.org",
            need="x" * 30,
        ),
    }


def test_a_contributor_writes_only_under_their_country(client, world):
    client.force_login(world["contributor"])
    cambodia, thailand = world["cambodia"], world["thailand"]
    assert client.get(f"/admin/pages/add/casestudies/casestudypage/{cambodia.pk}/").status_code == 200
    assert _denied(client.get(f"/admin/pages/add/casestudies/casestudypage/{thailand.pk}/"))
    assert client.get(f"/admin/pages/{world['own_draft'].pk}/edit/").status_code == 200
    own = world["own_draft"].permissions_for_user(world["contributor"])
    assert own.can_edit() and not own.can_publish()
    assert not cambodia.permissions_for_user(world["contributor"]).can_edit()


@pytest.mark.parametrize("page_key", ["thailand", "thai_draft", "thai_live", "others_draft", "staff_draft"])
def test_a_contributor_cannot_open_other_countries_or_others_drafts(client, world, page_key):
    client.force_login(world["contributor"])
    page = world[page_key]
    for url in (
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/view_draft/",
        f"/admin/pages/{page.pk}/revisions/",
        f"/admin/pages/{page.pk}/history/",
    ):
        response = client.get(url)
        assert _denied(response), f"{url} answered {response.status_code}"
        assert page.title not in response.content.decode()


def test_listings_show_neither_other_countries_nor_others_drafts(client, world):
    client.force_login(world["contributor"])
    hidden = ("OKAPI2", "LYNX3", "IBEX4", "PUMA5", "Thailand")
    views = [
        f"/admin/pages/{world['cambodia'].pk}/",
        f"/admin/pages/{world['thailand'].pk}/",
        "/admin/pages/",
        "/admin/",
        "/admin/choose-page/",
        f"/admin/choose-page/{world['cambodia'].pk}/",
        "/admin/choose-page/search/?q=draft",
        "/admin/pages/search/?q=draft",
        "/admin/pages/search/?q=case",
        "/admin/pages/search/results/?q=draft",
        "/admin/contributors/submissions/",
    ]
    seen_own = False
    for url in views:
        response = client.get(url, follow=True)
        html = response.content.decode()
        assert response.status_code in (200, 403, 404), url
        for word in hidden:
            assert word not in html, f"{url} shows {word}"
        seen_own = seen_own or "ZEBRA1" in html
    assert seen_own, "the contributor's own draft shows nowhere: the listings checked nothing"


def test_a_contributor_never_sees_requests_or_applications(client, world):
    client.force_login(world["contributor"])
    request_pk = world["request"].pk
    application = ContributorApplication.objects.first()
    for url in (
        "/admin/snippets/experts/peersupportrequest/",
        f"/admin/snippets/experts/peersupportrequest/edit/{request_pk}/",
        f"/admin/snippets/experts/peersupportrequest/inspect/{request_pk}/",
        "/admin/snippets/choose/experts/peersupportrequest/",
        "/admin/snippets/contributors/contributorapplication/",
        f"/admin/snippets/contributors/contributorapplication/inspect/{application.pk}/",
        "/admin/snippets/choose/contributors/contributorapplication/",
        "/admin/snippets/contributors/needsupdate/",
        f"/admin/contributors/applications/{application.pk}/approve/",
        "/admin/contributors/invite/",
    ):
        response = client.get(url)
        assert _denied(response), f"{url} answered {response.status_code}"
        assert "Secret ministry" not in response.content.decode()


def _case_study_form(title, body_html, summary="What was done, for whom and at what scale."):
    return nested_form_data(
        {
            "title_en": title,
            "slug": "contributed-case",
            "programme_name_en": "",
            "summary_en": summary,
            "body_en": streamfield([("paragraph", rich_text(body_html))]),
            "lessons_en": rich_text("<p>Start small.</p>"),
            "institutions_en": "",
            **empty_translations("title", "programme_name", "summary", "institutions", stream=("body",), rich=("lessons",)),
            "countries": (Country.objects.get(code="KH").pk,),
            "themes": (Theme.objects.get(slug="outreach").pk,),
            "principle_links": inline_formset([]),
            "figures": inline_formset([]),
            "sources": streamfield([]),
            "citations": inline_formset([]),
            "period_start": "",
            "period_end": "",
        }
    )


def test_contributed_rich_text_is_sanitised_and_can_only_be_submitted(client, world):
    client.force_login(world["contributor"])
    data = _case_study_form("Contributed SERVAL6", '<p>Hello <script>alert("x")</script><b onclick="steal()">world</b></p>')
    data["action-submit"] = "Submit to Moderators approval"
    response = client.post(f"/admin/pages/add/casestudies/casestudypage/{world['cambodia'].pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = CaseStudyPage.objects.get(slug="contributed-case")
    assert page.owner == world["contributor"] and not page.live
    stored = str(page.get_latest_revision().content["body_en"])
    assert "<script" not in stored and "onclick" not in stored
    assert "world" in stored
    assert page.workflow_in_progress
    # a contributor's publish button does nothing: the page stays a draft
    data = _case_study_form("Contributed SERVAL6", "<p>Published by me?</p>")
    data["action-publish"] = "Publish"
    client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert not Page.objects.get(pk=page.pk).live


def test_my_submissions_show_status_and_the_moderators_comment(client, world, users):
    page = world["own_draft"]
    workflow = page.get_workflow()
    state = workflow.start(page, world["contributor"])
    client.force_login(world["contributor"])
    html = client.get("/admin/contributors/submissions/").content.decode()
    assert "ZEBRA1" in html and gettext("In moderation") in html
    state.current_task_state.task.specific.on_action(
        state.current_task_state, users["Moderators"], "reject", comment="Cite the 2019 survey, please."
    )
    html = client.get("/admin/contributors/submissions/").content.decode()
    assert "Sent back" in html and "Cite the 2019 survey, please." in html
    dashboard = client.get("/admin/").content.decode()
    assert "My submissions" in dashboard and "Cite the 2019 survey, please." in dashboard


def test_staff_dashboards_have_no_submissions_panel(client, world, users):
    client.force_login(users["Moderators"])
    assert "my-submissions-heading" not in client.get("/admin/").content.decode()
    assert CountryPage.objects.filter(country__code="KH").exists()
