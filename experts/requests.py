"""Receiving a peer-support request: rate limiting, storage, notifications (no HTTP here)."""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from compendium.core import mail as core_mail

from . import lifecycle

log = logging.getLogger(__name__)

RATE_LIMIT = 5  # requests
RATE_WINDOW = 3600  # seconds


def client_key(ip_address):
    return "peer-request-rate:" + hashlib.sha256((ip_address or "unknown").encode()).hexdigest()[:32]


def is_rate_limited(ip_address):
    return cache.get(client_key(ip_address), 0) >= RATE_LIMIT


def count_submission(ip_address):
    key = client_key(ip_address)
    if not cache.add(key, 1, RATE_WINDOW):
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, RATE_WINDOW)


@transaction.atomic
def receive(form, language):
    """Store the validated request, then tell staff and acknowledge to the requester."""
    request_obj = form.save(commit=False)
    request_obj.language = language
    request_obj.save()
    form.save_m2m()
    lifecycle.record_received(request_obj)
    transaction.on_commit(lambda: notify(request_obj))
    return request_obj


def notify(request_obj):
    """Tell staff and acknowledge to the requester. A mail that cannot be sent is logged at ERROR
    with the request's number (for staff to follow up) and does not stop the other one; the
    request itself is already stored."""
    context = {"request_obj": request_obj, "admin_url": lifecycle.admin_url(request_obj)}
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            request_obj,
            "staff notification",
            subject=f"[SPF] New peer-support request {request_obj.reference} from {request_obj.country.name}",
            message=render_to_string("experts/email/staff_notification.txt", context),
            recipient_list=settings.SPF_STAFF_EMAILS,
        )
    with translation.override(request_obj.language):
        context["status_url"] = lifecycle.status_url(request_obj)
        _send(
            request_obj,
            "acknowledgement",
            subject=translation.gettext("We have received your request for peer support (%(reference)s)")
            % {"reference": request_obj.reference},
            message=render_to_string("experts/email/acknowledgement.txt", context),
            recipient_list=[request_obj.contact_email],
        )


def _send(request_obj, what, **mail):
    # A failure is logged and listed for staff by core.mail; the request's history records it too.
    if not core_mail.send(mail["subject"], mail["message"], mail["recipient_list"]):
        log.error("peer-support request %s (%s): the %s was not sent", request_obj.pk, request_obj.reference, what)
        lifecycle.record_failure(request_obj, what, "the mail server did not accept it (Settings → Failed e-mails)")
