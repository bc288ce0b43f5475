"""Behaviour shared by every page type of the site."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, PanelGroup
from wagtail.models import Page, PageViewRestriction
from wagtail.models.panels import PanelPlaceholder

from compendium.core.visibility import restricted_paths


def _slug_optional_on_save(panels):
    """`panels` (Wagtail's placeholders, panels or field names) with the slug not required when a
    draft is saved, still required to publish. The admin copies the title into the slug 100 ms
    after the last keystroke, so "Save draft" clicked sooner posted an empty slug and came back
    with an error on the Promote tab; a draft saved without one now gets it from its title
    (Wagtail's Page.full_clean)."""
    result = []
    for panel in panels:
        if isinstance(panel, PanelPlaceholder):
            panel = panel.construct()
        if panel == "slug" or (isinstance(panel, FieldPanel) and panel.field_name == "slug"):
            panel = FieldPanel("slug", required_on_save=False)
        elif isinstance(panel, PanelGroup):
            panel = type(panel)(**{**panel.clone_kwargs(), "children": _slug_optional_on_save(panel.children)})
        result.append(panel)
    return result


class TranslatedPage(Page):
    """A page whose content is translated field by field; knows in which languages it is complete.

    A page counts as available in a language when every field of `translation_check_fields`
    is filled in that language; otherwise readers get the English text and a notice.
    """

    translation_check_fields = ("title",)
    promote_panels = _slug_optional_on_save(Page.promote_panels)

    class Meta:
        abstract = True

    def has_translation(self, language_code):
        return all(getattr(self, build_localized_fieldname(field, language_code), None) for field in self.translation_check_fields)

    @property
    def available_languages(self):
        return [code for code in settings.LANGUAGE_CODES if self.has_translation(code)]

    @property
    def is_shown_in_fallback(self):
        """True when the reader's language lacks this page's text and English is shown instead."""
        return not self.has_translation(get_language() or settings.LANGUAGE_CODE)

    def get_view_restrictions(self):
        # Wagtail asks on every view (two queries); when no page has a restriction, none applies.
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_sitemap_urls(self, request=None):
        # Every language's URL; the sitemap adds hreflang alternates from the same list.
        urls = []
        for entry in super().get_sitemap_urls(request):
            entry["languages"] = settings.LANGUAGE_CODES
            urls.append(entry)
        return urls


class MailFailure(models.Model):
    """An e-mail the platform could not hand to the mail server (compendium.core.mail.send), kept so
    staff see it in the admin instead of it being lost in a log."""

    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    subject = models.CharField(_("subject"), max_length=255)
    recipients = models.TextField(_("recipients"))
    error = models.TextField(_("error"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("failed e-mail")
        verbose_name_plural = _("failed e-mails")

    def __str__(self):
        return self.subject
