"""What a moderator is told after acting on a page in moderation from its editor: "published" when
the approval ends the workflow, "approved" with the next step when it does not, never "updated"."""

import html
import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask
from wagtail.users.models import UserProfile

from casestudies.models import CaseStudyPage
from tests import factories
from tests.admin.test_previews import edit_form_data

pytestmark = pytest.mark.django_db


def in_moderation(demo, users, workflow=None):
    parent = factories.country_page(demo["countries"], "KH")
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=parent, defaults={"workflow": workflow})
    page = factories.case_study(parent, title="Awaiting a moderator", themes=("outreach",))
    page.unpublish()
    page.save_revision(user=users["Editors"])
    page.get_workflow().start(page, users["Editors"])
    return CaseStudyPage.objects.get(pk=page.pk)


def said(response):
    """The messages a response left, as the moderator reads them (without their buttons)."""
    return [html.unescape(re.split(r"<", str(message))[0]).strip() for message in get_messages(response.wsgi_request)]


def act(client, page, action):
    data = edit_form_data(client, page)
    data.update({"action-workflow-action": "true", "workflow-action-name": action})
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    errors = re.findall(r'class="error-message">\s*<p>([^<]*)', response.content.decode())
    assert response.status_code == 302, (errors, said(response))
    return said(response)


def test_approve_at_the_last_step_says_published(client, demo, users):
    page = in_moderation(demo, users)
    client.force_login(users["Moderators"])
    messages = act(client, page, "approve")
    assert CaseStudyPage.objects.get(pk=page.pk).live
    assert messages == ["Page 'Awaiting a moderator' has been approved and published."], messages


def test_approve_at_an_earlier_step_says_approved_and_what_comes_next(client, demo, users):
    moderators = Group.objects.get(name="Moderators")
    workflow = Workflow.objects.create(name="Two readings")
    for order, name in enumerate(("Country team check", "Final check")):
        task = GroupApprovalTask.objects.create(name=name)
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    page = in_moderation(demo, users, workflow)
    client.force_login(users["Moderators"])
    messages = act(client, page, "approve")
    assert not CaseStudyPage.objects.get(pk=page.pk).live
    assert messages == ["Page 'Awaiting a moderator' has been approved; next step: Final check."], messages


def test_approve_from_the_dashboard_says_published(client, demo, users):
    page = in_moderation(demo, users)
    task_state = page.current_workflow_task_state
    client.force_login(users["Moderators"])
    response = client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": ""})
    assert response.status_code == 302
    assert CaseStudyPage.objects.get(pk=page.pk).live
    assert said(response) == ["Page 'Awaiting a moderator' has been approved and published."]


def test_request_changes_says_sent_back(client, demo, users):
    page = in_moderation(demo, users)
    client.force_login(users["Moderators"])
    messages = act(client, page, "reject")
    assert messages == ["Page 'Awaiting a moderator' has been sent back for changes."], messages


def test_the_message_is_in_the_moderators_language(client, demo, users):
    page = in_moderation(demo, users)
    profile = UserProfile.get_for_user(users["Moderators"])
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(users["Moderators"])
    messages = act(client, page, "approve")
    assert messages == ["La page «\u00a0Awaiting a moderator\u00a0» a été approuvée et publiée."], messages


def test_plain_save_still_says_updated(client, demo, users):
    page = CaseStudyPage.objects.live().first()
    client.force_login(users["Moderators"])
    data = edit_form_data(client, page)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    assert said(response) == [f"Page '{page.get_admin_display_title()}' has been updated."]
