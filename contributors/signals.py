"""Mails to a contributor when moderators act on a case study they submitted.

One click, one mail: "Approve and publish" on the last task publishes the page, so the
contributor hears "published" (with the public link) rather than "approved" too; an approval at
an earlier task of a longer workflow says "approved, next step"; "Request changes" says "sent
back" with the moderator's comment.
"""

from django.conf import settings
from django.dispatch import receiver
from django.utils import translation
from wagtail.signals import page_published, task_approved, task_rejected

from . import services


def _contributor_of(page):
    owner = page.owner
    return owner if owner is not None and owner.email and services.is_contributor(owner) else None


def _mail(kind, page, user, comment=""):
    language = services.user_language(user)
    with translation.override(language):
        subject = {
            "approved": translation.gettext("Your case study was approved: %(title)s"),
            "rejected": translation.gettext("Your case study was sent back: %(title)s"),
            "published": translation.gettext("Your case study is published: %(title)s"),
        }[kind] % {"title": page.title}
        services.send(
            f"case study {kind}",
            subject=subject,
            template="contributors/email/submission.txt",
            context={
                "kind": kind,
                "page": page,
                "comment": comment,
                "edit_url": f"{settings.SPF_BASE_URL}/admin/pages/{page.pk}/edit/",
                "page_url": services.public_url(page, language) if kind == "published" else "",
            },
            recipients=[user.email],
            language=language,
        )


def _is_last_task(task_state):
    tasks = list(task_state.workflow_state.workflow.tasks.filter(active=True).values_list("pk", flat=True))
    return bool(tasks) and tasks[-1] == task_state.task_id


@receiver(task_approved)
def mail_approved(sender, instance, user=None, **kwargs):
    page = instance.workflow_state.content_object
    contributor = _contributor_of(page.specific)
    if contributor and not _is_last_task(instance):
        _mail("approved", page.specific, contributor)


@receiver(task_rejected)
def mail_rejected(sender, instance, user=None, **kwargs):
    page = instance.workflow_state.content_object
    contributor = _contributor_of(page.specific)
    if contributor:
        _mail("rejected", page.specific, contributor, comment=instance.comment)


@receiver(page_published)
def mail_published(sender, instance, revision=None, **kwargs):
    contributor = _contributor_of(instance)
    if contributor:
        _mail("published", instance, contributor)
