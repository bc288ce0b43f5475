"""Sending the platform's e-mail: links from the configured site URL, failures recorded for staff.

    from compendium.core import mail
    mail.send(subject, body, [address], html_message=None)   # True if handed to the server

`send` never raises for a mail-server problem: it logs the error (logger "compendium.mail") and
records a MailFailure, which staff see on the admin dashboard ("N e-mails failed in the last 7
days") and in Settings → Failed e-mails. Build every link in a message with `absolute_url(path)`,
which uses settings.SPF_BASE_URL (never the request's Host header).
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail

from compendium.core.models import MailFailure

logger = logging.getLogger("compendium.mail")


def absolute_url(path):
    """`path` (e.g. "/km/experts/") as an address on the configured site (settings.SPF_BASE_URL);
    an address that already has a scheme is returned unchanged."""
    if "://" in path:
        return path
    return f"{settings.SPF_BASE_URL.rstrip('/')}/{path.lstrip('/')}"


def send(subject, message, recipient_list, *, html_message=None, from_email=None):
    """Send one e-mail; True if the mail server accepted it. On failure (server down, refused,
    timed out, rejected recipients) log it, record a MailFailure and return False."""
    recipients = list(recipient_list)
    try:
        send_mail(
            subject,
            message,
            from_email or settings.DEFAULT_FROM_EMAIL,
            recipients,
            fail_silently=False,
            html_message=html_message,
        )
    except (TimeoutError, smtplib.SMTPException, OSError) as exc:
        error = f"{type(exc).__name__}: {exc}"
        logger.error("E-mail %r to %s could not be sent: %s", subject, ", ".join(recipients), error)
        MailFailure.objects.create(subject=subject[:255], recipients=", ".join(recipients), error=error)
        return False
    return True
