"""Admin: the shared taxonomy as snippets in one "Taxonomy" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from compendium.models import Country, Guarantee, Language, Modality, Principle, Region, Stage, Theme


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
