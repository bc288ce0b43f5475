"""Admin: the shared taxonomy as snippets in one "Taxonomy" menu; who may download a document;
how complete each page's translation is; bulk import of spreadsheets; e-mails that failed."""

from datetime import timedelta

from django.contrib.auth.models import Permission
from django.db.models import Case, Value, When
from django.http import Http404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from compendium import translation_admin
from compendium.core import translation_status, visibility
from compendium.core.models import MailFailure, TranslatedPage
from compendium.core.page_admin import SitePageViewSet
from compendium.matching import service as match_service
from compendium.ops import bulk_import
from compendium.ops.bulk_import import views as bulk_import_views
from compendium.pages.models import CountryPage
from compendium.taxonomy import names
from compendium.taxonomy.models import Country, Guarantee, Language, Modality, Principle, Region, Stage, Theme


@hooks.register("register_admin_viewset")
def register_site_page_viewset():
    # After Wagtail's own (its hook has order -1): every page type without a viewset of its own
    # gets these views, e.g. an edit view that says "published" after "Approve".
    return SitePageViewSet()


@hooks.register("construct_page_chooser_queryset")
def country_profiles_by_name(pages, request):
    """Wagtail's page chooser lists a section's pages in tree order; country profiles were created
    by ISO code (Brunei before Brazil). Browsing them, they come by name in the editor's language.
    Other sections, and the chooser's search (ranked by relevance), keep their order."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name not in ("wagtailadmin_choose_page", "wagtailadmin_choose_page_child"):
        return pages
    profiles = list(CountryPage.objects.filter(pk__in=pages.values("pk")).values_list("pk", "country__code"))
    if not profiles:
        return pages
    language = get_language()
    key = names.sort_key(language)
    profiles.sort(key=lambda row: key(names.country_name(str(row[1]), language)))
    position = Case(*[When(pk=pk, then=Value(rank)) for rank, (pk, _code) in enumerate(profiles)], default=Value(len(profiles)))
    return pages.order_by(position, "path")


@hooks.register("before_serve_document")
def serve_only_public_documents(document, request):
    """A document attached only to drafts or restricted pages is not found by the public (Wagtail
    itself asks for the password of a restricted collection)."""
    if not visibility.may_see_private_files(request.user) and not visibility.used_by_a_public_page(document):
        raise Http404("No public page uses this document.")


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    copy_view_enabled = False


class PrincipleViewSet(TermViewSet):
    model = Principle
    icon = "list-ol"
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


class GuaranteeViewSet(TermViewSet):
    model = Guarantee
    icon = "pick"


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "folder-open-inverse"


class StageViewSet(TermViewSet):
    model = Stage
    icon = "order"


class ModalityViewSet(TermViewSet):
    model = Modality
    icon = "group"


class RegionViewSet(TermViewSet):
    model = Region
    icon = "globe"


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    list_display = ["name", "code", "region", "coverage_percent"]
    list_filter = ["region"]
    search_fields = ["code"]
    copy_view_enabled = False


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "comment"
    list_display = ["code", "name"]
    search_fields = ["code"]
    copy_view_enabled = False


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (
        PrincipleViewSet,
        GuaranteeViewSet,
        ThemeViewSet,
        StageViewSet,
        ModalityViewSet,
        CountryViewSet,
        RegionViewSet,
        LanguageViewSet,
    )


register_snippet(TaxonomyGroup)


@hooks.register("suggest_matches_for_request")
def suggest_matches_for_request(request_obj):
    """The ranked providers beside a peer-support request in the admin (experts' SuggestedMatchesPanel)."""
    return match_service.suggestions_for_request(request_obj)


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path("translation-status/", translation_admin.translation_status_report, name="translation_status_report"),
        path("translation-status/<int:page_id>/", translation_admin.page_translation_status, name="page_translation_status"),
    ]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_status_report"), icon_name="globe", order=800)


@hooks.register("register_page_header_buttons")
def translation_status_button(page, user, view_name, next_url=None):
    """Beside a translatable page's title in the editor: its completeness per field and language."""
    model = page.specific_class
    if model and issubclass(model, TranslatedPage) and translation_status.translated_field_names(model):
        yield Button(_("Translation status"), reverse("page_translation_status", args=[page.pk]), icon_name="globe", priority=80)


@hooks.register("register_admin_urls")
def bulk_import_urls():
    return [
        path("bulk-import/", bulk_import_views.upload, name="bulk_import"),
        path("bulk-import/apply/", bulk_import_views.apply, name="bulk_import_apply"),
    ]


class BulkImportMenuItem(MenuItem):
    def is_shown(self, request):
        return bulk_import.may_import(request.user)


@hooks.register("register_settings_menu_item")
def bulk_import_menu_item():
    return BulkImportMenuItem(_("Bulk import"), reverse("bulk_import"), icon_name="upload", order=900)


@hooks.register("register_permissions")
def bulk_import_permission():
    """Offered in Settings → Groups, so administrators can give the import to a group."""
    return Permission.objects.filter(content_type__app_label="compendium", codename="bulk_import")


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Failed e-mails are a record: they can be looked at and deleted once dealt with, not written."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)


class MailFailureViewSet(ModelViewSet):
    model = MailFailure
    name = "mail_failures"
    icon = "mail"
    menu_label = _("Failed e-mails")
    add_to_settings_menu = True
    list_display = ["created_at", "subject", "recipients", "error"]
    search_fields = ["subject", "recipients"]
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["subject", "recipients", "error"]

    @property
    def permission_policy(self):
        return ReadOnlyPolicy(self.model)


mail_failures = MailFailureViewSet()


@hooks.register("register_admin_viewset")
def register_mail_failures():
    return mail_failures


class MailFailuresPanel(Component):
    """On the dashboard, for those who may see failed e-mails: how many failed in the last 7 days."""

    name = "mail_failures"
    order = 50

    def __init__(self, count):
        self.count = count

    def render_html(self, parent_context=None):
        message = ngettext(
            "%(count)s e-mail failed in the last 7 days.",
            "%(count)s e-mails failed in the last 7 days.",
            self.count,
        ) % {"count": self.count}
        return format_html(
            '<section class="panel w-mb-8 mail-failures" role="alert">'
            '<p class="help-block help-critical">{} <a href="{}">{}</a></p></section>',
            message,
            reverse("mail_failures:index"),
            _("See which"),
        )


@hooks.register("construct_homepage_panels")
def mail_failures_panel(request, panels):
    if not ReadOnlyPolicy(MailFailure).user_has_permission(request.user, "view"):
        return
    count = MailFailure.objects.filter(created_at__gte=timezone.now() - timedelta(days=7)).count()
    if count:
        panels.append(MailFailuresPanel(count))


@hooks.register("before_serve_page")
def note_page_for_read_model(page, request, serve_args, serve_kwargs):
    """Which page (and with what scope) the read model stores this answer under (compendium/core/read_model.py)."""
    request.read_model_page = (page.pk, getattr(page, "read_model_scope", "site"))
