"""Admin: the shared taxonomy as snippets in one "Taxonomy" menu; who may download a document;
how complete each page's translation is."""

from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from compendium import translation_admin
from compendium.core import translation_status, visibility
from compendium.core.models import TranslatedPage
from compendium.matching import service as match_service
from compendium.taxonomy.models import Country, Guarantee, Language, Modality, Principle, Region, Stage, Theme


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
