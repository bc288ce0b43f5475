"""Contributors: practitioners who are not staff and share their country's experience.

An application (or a staff invitation) becomes an account in the country's contributor group,
which may add case studies under that country's profile (never publish them). Stated needs are
proposed as a `NeedsUpdate` that staff review. Everything here is private: none of it is a page.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection

from compendium.taxonomy.models import Country, Guarantee, Theme


class ContributorApplication(models.Model):
    """A request for a contributor account, from the public form or a staff invitation."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    institution = models.CharField(_("institution"), max_length=255)
    country = models.ForeignKey(Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="+")
    role = models.CharField(_("role"), max_length=200, help_text=_("Your position, e.g. Deputy Director, social health insurance."))
    motivation = models.TextField(_("what you would like to share"), max_length=3000, blank=True)
    language = models.CharField(_("language"), max_length=10, default="en")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    invited = models.BooleanField(_("invited by staff"), default=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("account"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("contributor application")
        verbose_name_plural = _("contributor applications")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.institution}, {self.country.iso2})"


class CountryContributors(models.Model):
    """The user group of one country's contributors: page permission "add" on its profile, and
    "add" and "choose" on images and documents in the country's own collection."""

    country = models.OneToOneField(Country, on_delete=models.CASCADE, related_name="contributor_group")
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="contributor_country")
    collection = models.OneToOneField(
        Collection, null=True, blank=True, on_delete=models.SET_NULL, related_name="contributor_country", verbose_name=_("collection")
    )

    class Meta:
        verbose_name = _("country contributor group")
        verbose_name_plural = _("country contributor groups")

    def __str__(self):
        return self.group.name


class NeedsUpdate(models.Model):
    """A need a contributor proposes for their country's profile; staff approve it into the page."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("In moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Sent back")

    country = models.ForeignKey(Country, verbose_name=_("country"), on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("need"), max_length=255, help_text=_("Short, e.g. Health insurance for private-sector workers."))
    text = models.TextField(_("details"), max_length=2000, blank=True, help_text=_("One or two sentences: what exactly, and why now."))
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="+")
    guarantees = models.ManyToManyField(Guarantee, verbose_name=_("guarantees"), blank=True, related_name="+")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED, db_index=True)
    comment = models.TextField(_("moderator's comment"), blank=True)
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("needs update")
        verbose_name_plural = _("needs updates")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.country.iso2}: {self.title}"
