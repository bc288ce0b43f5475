"""Roles: Editors draft and submit, Moderators approve/publish and triage requests, Administrators run the taxonomy."""

import pytest

from casestudies.models import CaseStudyPage
from tests import factories

pytestmark = pytest.mark.django_db


def test_editors_can_draft_but_not_publish(demo, users):
    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    editor = page.permissions_for_user(users["Editors"])
    assert editor.can_edit() and not editor.can_publish() and not editor.can_unpublish()
    moderator = page.permissions_for_user(users["Moderators"])
    assert moderator.can_publish() and moderator.can_unpublish()
    assert page.permissions_for_user(users["Administrators"]).can_delete()


def test_case_studies_go_through_the_moderation_workflow(demo, users):
    parent = factories.country_page(demo["countries"], "KH")
    page = factories.case_study(parent, title="Awaiting approval")
    page.unpublish()
    workflow = page.get_workflow()
    assert workflow is not None and workflow.name == "Moderators approval"
    page.save_revision(user=users["Editors"])
    state = workflow.start(page, users["Editors"])
    assert state.status == "in_progress" and not CaseStudyPage.objects.get(pk=page.pk).live
    task_state = state.current_task_state
    # only the task's group (Moderators) may open a page in moderation; the editor who submitted waits
    assert not task_state.task.specific.user_can_access_editor(page, users["Editors"])
    assert task_state.task.specific.user_can_access_editor(page, users["Moderators"])
    assert task_state.task.specific.get_actions(page, users["Editors"]) == []  # editors cannot approve
    assert ("approve", "Approve", False) in [tuple(a[:3]) for a in task_state.task.specific.get_actions(page, users["Moderators"])]
    task_state.task.specific.on_action(task_state, users["Moderators"], "approve")
    assert CaseStudyPage.objects.get(pk=page.pk).live


def test_only_moderators_and_administrators_see_requests(client, demo, users):
    url = "/admin/snippets/experts/peersupportrequest/"
    client.force_login(users["Editors"])
    assert client.get(url).status_code in (302, 403)
    client.force_login(users["Moderators"])
    assert client.get(url).status_code == 200
    client.force_login(users["Administrators"])
    assert client.get(url).status_code == 200


def test_only_administrators_edit_the_taxonomy(client, demo, users):
    url = "/admin/snippets/compendium/theme/"
    for role, allowed in (("Editors", False), ("Moderators", False), ("Administrators", True)):
        client.force_login(users[role])
        assert (client.get(url).status_code == 200) is allowed, role


def test_anonymous_visitors_never_reach_the_admin(client, demo):
    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/snippets/experts/peersupportrequest/").status_code == 302
