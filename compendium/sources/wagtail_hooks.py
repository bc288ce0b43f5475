"""Sources in the admin: a snippet in the Taxonomy-like reference menu, searchable and choosable."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from compendium.sources.models import Source


class SourceViewSet(SnippetViewSet):
    model = Source
    icon = "doc-full"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "publisher", "date_iso", "kind"]
    search_fields = ["title", "publisher"]  # searched in the database (the site's search is for pages)
    search_backend_name = None


register_snippet(SourceViewSet)
