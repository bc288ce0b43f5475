"""What happens to applications, contributor accounts and needs updates (no HTTP here)."""

import hashlib
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.users.models import UserProfile

from compendium.core import mail as core_mail
from compendium.pages.models import CountryNeed, CountryPage

from .models import ContributorApplication, CountryContributors, NeedsUpdate

log = logging.getLogger(__name__)

RATE_LIMIT = 3  # applications
RATE_WINDOW = 3600  # seconds per client address
ROLE_GROUPS = ("Editors", "Moderators", "Administrators")


class ContributorError(Exception):
    """An action staff asked for cannot be done; the message says why, in the staff's language."""


# --- rate limit (the same bucket scheme as the peer-support request form) ---------------------


def _client_key(ip_address):
    return "contributor-application-rate:" + hashlib.sha256((ip_address or "unknown").encode()).hexdigest()[:32]


def is_rate_limited(ip_address):
    """True once a client address has sent RATE_LIMIT applications within the window."""
    return cache.get(_client_key(ip_address), 0) >= RATE_LIMIT


def count_application(ip_address):
    key = _client_key(ip_address)
    if not cache.add(key, 1, RATE_WINDOW):
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, RATE_WINDOW)


# --- who is a contributor ----------------------------------------------------------------------


def contributor_countries(user):
    """The countries a user contributes for (through their country contributor groups)."""
    if not user.is_authenticated:
        return []
    return [link.country for link in CountryContributors.objects.filter(group__user=user).select_related("country")]


def is_contributor(user):
    """A contributor and nothing more: no staff role, not a superuser. Staff who also belong to a
    contributor group keep everything their role lets them see."""
    if not user.is_authenticated or user.is_superuser:
        return False
    groups = list(user.groups.all())
    if not groups or any(group.name in ROLE_GROUPS for group in groups):
        return False
    return all(CountryContributors.objects.filter(group=group).exists() for group in groups)


def contributor_pages_filter(user):
    """A Q over pages that a contributor may see in the admin: published pages and their own."""
    return Q(live=True) | Q(owner=user)


# --- applications and accounts -----------------------------------------------------------------


@transaction.atomic
def receive(form, language):
    """Store a validated application and tell staff (after the commit)."""
    application = form.save(commit=False)
    application.language = language
    application.save()
    transaction.on_commit(lambda: _notify_staff(application))
    return application


MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
)


def country_collection(link):
    """The country's own collection of images and documents, made on first use under the root
    (named in English, as staff see it in Settings → Collections)."""
    if link.collection_id is None:
        with translation.override(settings.LANGUAGE_CODE):
            name = f"{link.country.name} ({link.country.iso2})"
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
        link.collection = collection
        link.save(update_fields=["collection"])
    return link.collection


def country_group(country):
    """The contributor group of a country, made on first use: admin access, "add" on the
    country's profile (create case studies under it and edit their own; never publish), and
    "add" and "choose" on images and documents in the country's collection (they edit only
    what they uploaded; other countries' collections stay out of sight)."""
    profile = CountryPage.objects.filter(country=country).first()
    if profile is None:
        raise ContributorError(translation.gettext("%(country)s has no country profile yet; create it first.") % {"country": country.name})
    link = CountryContributors.objects.filter(country=country).select_related("group").first()
    if link is None:
        group, _created = Group.objects.get_or_create(name=f"Contributors: {country.name} ({country.iso2})")
        link = CountryContributors.objects.create(country=country, group=group)
    group = link.group
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    GroupPagePermission.objects.get_or_create(
        group=group,
        page=Page.objects.get(pk=profile.pk),
        permission=Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page"),
    )
    collection = country_collection(link)
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return group


@transaction.atomic
def approve(application, reviewer):
    """Approve an application: an active account (made, or reactivated, by e-mail address) in the
    country's contributor group, and a mail to set a password. Returns the user."""
    if application.status == ContributorApplication.Status.APPROVED and application.user_id:
        raise ContributorError(translation.gettext("This application has already been approved."))
    group = country_group(application.country)
    User = get_user_model()
    user = User.objects.filter(email__iexact=application.email).first()
    if user is None:
        first, _space, last = application.name.partition(" ")
        user = User(username=application.email.lower()[:150], email=application.email, first_name=first[:150], last_name=last[:150])
        user.set_unusable_password()
    user.is_active = True
    user.save()
    user.groups.add(group)
    # Contributors get this app's mails (in their language, with public links) instead of
    # Wagtail's own approval/rejection notices.
    profile = UserProfile.get_for_user(user)
    profile.approved_notifications = profile.rejected_notifications = False
    if application.language in dict(settings.LANGUAGES):
        profile.preferred_language = application.language
    profile.save()
    application.status = ContributorApplication.Status.APPROVED
    application.user = user
    application.reviewed_by = reviewer
    application.reviewed_at = timezone.now()
    application.save()
    transaction.on_commit(lambda: send_welcome(application, user))
    return user


def reject(application, reviewer):
    """Reject a pending application (no account is made; the applicant is not mailed)."""
    if application.status != ContributorApplication.Status.PENDING:
        raise ContributorError(translation.gettext("Only applications waiting for review can be rejected."))
    application.status = ContributorApplication.Status.REJECTED
    application.reviewed_by = reviewer
    application.reviewed_at = timezone.now()
    application.save()


def invite(reviewer, *, name, email, institution, country, role, language):
    """Staff invite a contributor by e-mail: an approved application and its account at once."""
    application = ContributorApplication.objects.create(
        name=name, email=email, institution=institution, country=country, role=role, language=language, invited=True
    )
    approve(application, reviewer)
    return application


def set_password_url(user):
    """A one-time link (Django's password-reset token) to the admin's set-password page."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={"uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": default_token_generator.make_token(user)},
    )
    return settings.SPF_BASE_URL + path


# --- stated needs ------------------------------------------------------------------------------


@transaction.atomic
def approve_needs_update(update, reviewer, comment=""):
    """Add the proposed need to the country's profile: a new revision, published unless the page
    already had unpublished changes (then it stays a draft for staff to publish with them)."""
    if update.status != NeedsUpdate.Status.SUBMITTED:
        raise ContributorError(translation.gettext("This update has already been reviewed."))
    profile = CountryPage.objects.filter(country=update.country).first()
    if profile is None:
        raise ContributorError(
            translation.gettext("%(country)s has no country profile yet; create it first.") % {"country": update.country.name}
        )
    had_draft = profile.has_unpublished_changes
    page = profile.get_latest_revision_as_object()
    need = CountryNeed(title=update.title, text=update.text)
    need.themes = list(update.themes.all())
    need.guarantees = list(update.guarantees.all())
    page.needs.add(need)
    revision = page.save_revision(user=reviewer, log_action=True)
    published = not had_draft and profile.live
    if published:
        revision.publish(user=reviewer)
    update.status = NeedsUpdate.Status.APPROVED
    update.comment = comment
    update.reviewed_by = reviewer
    update.reviewed_at = timezone.now()
    update.save()
    transaction.on_commit(lambda: send_needs_reviewed(update))
    return published


def reject_needs_update(update, reviewer, comment=""):
    """Send a proposed need back to its author with the moderator's comment."""
    if update.status != NeedsUpdate.Status.SUBMITTED:
        raise ContributorError(translation.gettext("This update has already been reviewed."))
    update.status = NeedsUpdate.Status.REJECTED
    update.comment = comment
    update.reviewed_by = reviewer
    update.reviewed_at = timezone.now()
    update.save()
    transaction.on_commit(lambda: send_needs_reviewed(update))


# --- mail --------------------------------------------------------------------------------------


def user_language(user):
    """The language a user reads the admin in (their profile), else the site's default."""
    language = UserProfile.get_for_user(user).preferred_language
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def public_url(page, language):
    """A page's public address in `language` under the configured site URL (SPF_BASE_URL): not
    the Wagtail Site's host name (``localhost`` in a fresh install), which `full_url` gives."""
    with translation.override(language):
        parts = page.get_url_parts()
    return core_mail.absolute_url(parts[2]) if parts else ""


def send(what, *, subject, template, context, recipients, language):
    """Send one mail in a language; a mail that cannot be sent is logged at ERROR, never raised
    (the action it reports on is already stored). Returns whether it was sent."""
    context = {**context, "site_url": settings.SPF_BASE_URL, "site_name": settings.WAGTAIL_SITE_NAME}
    with translation.override(language):
        # A failure is logged and listed for staff (Settings → Failed e-mails) by core.mail.
        return core_mail.send(str(subject), render_to_string(template, context), recipients)


def _notify_staff(application):
    send(
        "new application",
        subject=f"[SPF] Contributor application: {application.name} ({application.country.name})",
        template="contributors/email/staff_application.txt",
        context={"application": application, "admin_url": f"{settings.SPF_BASE_URL}/admin/snippets/contributors/contributorapplication/"},
        recipients=settings.SPF_STAFF_EMAILS,
        language=settings.LANGUAGE_CODE,
    )


def send_welcome(application, user):
    with translation.override(application.language):
        subject = translation.gettext("Your contributor account for the SPF South-South Exchange")
    return send(
        "welcome",
        subject=subject,
        template="contributors/email/welcome.txt",
        context={
            "application": application,
            "user": user,
            "set_password_url": set_password_url(user),
            "admin_url": settings.SPF_BASE_URL + "/admin/",
        },
        recipients=[user.email],
        language=application.language,
    )


def send_needs_reviewed(update):
    language = user_language(update.author)
    with translation.override(language):
        if update.status == NeedsUpdate.Status.APPROVED:
            subject = translation.gettext("Your update of stated needs was approved")
        else:
            subject = translation.gettext("Your update of stated needs was sent back")
    profile = CountryPage.objects.filter(country=update.country).first()
    return send(
        "needs reviewed",
        subject=subject,
        template="contributors/email/needs_reviewed.txt",
        context={
            "update": update,
            "approved": update.status == NeedsUpdate.Status.APPROVED,
            "page_url": public_url(profile, language) if profile else "",
        },
        recipients=[update.author.email],
        language=language,
    )
