"""The admin's page views as this site's editors need them, for every page type.

Wagtail's edit view says "Page '…' has been updated" after every save, including when a moderator
clicks "Approve" (which publishes the page at the workflow's last step) or "Request changes". The
edit view here says what the moderator's action did. `SitePageViewSet` replaces Wagtail's default
page viewset (compendium/wagtail_hooks.py); a page type with its own viewset extends it.
"""

from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, TaskState, WorkflowState


def workflow_outcome_message(page, task_state):
    """What the moderator's action on `task_state` (the page's task before the action) did, in the
    active language, or None when it did nothing this function knows how to say."""
    title = page.get_admin_display_title()
    task_state.refresh_from_db()
    workflow_state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
    if task_state.status == TaskState.STATUS_REJECTED:
        return _("Page '%(page_title)s' has been sent back for changes.") % {"page_title": title}
    if task_state.status != TaskState.STATUS_APPROVED:
        return None
    if workflow_state.status == WorkflowState.STATUS_APPROVED:
        # The workflow's last approval publishes the page (Wagtail's WorkflowState.finish).
        if Page.objects.filter(pk=page.pk, live=True).exists():
            return _("Page '%(page_title)s' has been approved and published.") % {"page_title": title}
        return _("Page '%(page_title)s' has been approved.") % {"page_title": title}
    next_task = workflow_state.current_task_state.task if workflow_state.current_task_state_id else None
    if next_task is None:
        return _("Page '%(page_title)s' has been approved.") % {"page_title": title}
    return _("Page '%(page_title)s' has been approved; next step: %(task_name)s.") % {"page_title": title, "task_name": next_task.name}


class WorkflowAwareEditView(EditView):
    """Wagtail's edit view, whose message after a workflow action says what the action did."""

    def perform_workflow_action(self):
        self.acted_on_task_state = self.page.current_workflow_task_state
        return super().perform_workflow_action()

    def add_save_confirmation_message(self):
        task_state = getattr(self, "acted_on_task_state", None)
        message = workflow_outcome_message(self.page, task_state) if task_state is not None else None
        if message is None:
            return super().add_save_confirmation_message()
        buttons = [self.get_edit_message_button()]
        if Page.objects.filter(pk=self.page.pk, live=True).exists() and self.page.url:
            buttons.insert(0, self.get_view_live_message_button())
        messages.success(self.request, message, buttons=buttons)


class WorkflowAwareActionView(WorkflowActionView):
    """The dashboard's "Approve" / "Request changes" (no message in Wagtail), saying what it did."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        message = workflow_outcome_message(self.object, self.task_state)
        if message is not None:
            messages.success(request, message)
        return response


class SitePageViewSet(PageViewSet):
    """Wagtail's page views, with the edit and workflow-action views above."""

    edit_view_class = WorkflowAwareEditView
    workflow_action_view_class = WorkflowAwareActionView
