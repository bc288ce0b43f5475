"""A contributor's submissions and where each stands, for "My submissions" (no HTTP here)."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState, WorkflowState

from .models import NeedsUpdate

STATUS_LABELS = {
    "published": _("Published"),
    "moderation": _("In moderation"),
    "sent_back": _("Sent back"),
    "draft": _("Draft"),
}


@dataclass
class Submission:
    """One case study a contributor wrote: its status and the moderators' latest comment."""

    page: Page
    status: str
    comment: str

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


def page_status(page):
    """(status, latest moderator comment) of a page: in moderation, sent back, published or draft."""
    states = WorkflowState.objects.for_instance(page).order_by("-created_at")
    latest = states.first()
    comment = (
        TaskState.objects.filter(workflow_state__in=states)
        .exclude(comment="")
        .order_by("-finished_at", "-started_at")
        .values_list("comment", flat=True)
        .first()
        or ""
    )
    if latest is not None and latest.status == WorkflowState.STATUS_IN_PROGRESS:
        return "moderation", comment
    if latest is not None and latest.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return "sent_back", comment
    if page.live and not page.has_unpublished_changes:
        return "published", comment
    return "draft", comment


def case_studies_of(user):
    """The pages a user owns, newest first, with their status."""
    pages = Page.objects.filter(owner=user).specific().order_by("-latest_revision_created_at", "-pk")
    return [Submission(page, *page_status(page)) for page in pages]


def needs_updates_of(user):
    """The needs a user proposed, newest first."""
    return NeedsUpdate.objects.filter(author=user).select_related("country")
