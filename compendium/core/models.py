"""Behaviour shared by every page type of the site."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, PanelGroup
from wagtail.models import Page, PageViewRestriction
from wagtail.models.panels import PanelPlaceholder

from compendium.core import drawing
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
    # What a reader's view of the page shows besides the page itself (compendium/core/read_model.py):
    # "site" when it counts, ranks or lists the collection; "page" when it shows only its own
    # content and the pages it links to.
    read_model_scope = "site"
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

    def get_url_parts(self, request=None):
        drawing.shown(self.pk)
        return super().get_url_parts(request)

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


class PublishedView(models.Model):
    """A public page as an anonymous reader gets it in one language: the read model of the site's
    pages (compendium/core/read_model.py). Derived from published content and kept exactly current;
    never edited."""

    path = models.CharField(max_length=700, unique=True)  # '/km/countries/kh/idpoor/'
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=10)
    html = models.TextField()
    headers = models.JSONField(default=list)
    build = models.CharField(max_length=100)  # the code and the site-wide epoch it was made with
    version = models.CharField(max_length=100, blank=True)  # '' (the page's own), else the content version and day it holds for
    dirty = models.BooleanField(default=False)
    built_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("published view")
        verbose_name_plural = _("published views")

    def __str__(self):
        return self.path


class PublishedViewDependency(models.Model):
    """A page whose link, title or card a published view shows: publishing that page makes the view dirty."""

    view = models.ForeignKey(PublishedView, on_delete=models.CASCADE, related_name="dependencies")
    page_id = models.IntegerField(db_index=True)

    class Meta:
        verbose_name = _("published view dependency")
        verbose_name_plural = _("published view dependencies")

    def __str__(self):
        return f"{self.view_id} → {self.page_id}"
