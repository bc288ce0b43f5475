"""Admin: peer-support requests for staff triage (new -> in review -> matched -> closed)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PeerSupportRequest


class PeerSupportRequestViewSet(SnippetViewSet):
    model = PeerSupportRequest
    icon = "mail"
    menu_label = _("Peer-support requests")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["country", "institution", "contact_name", "status", "created_at"]
    list_filter = ["status", "country", "themes", "timeframe"]
    search_fields = ["institution", "contact_name", "need"]
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = True


register_snippet(PeerSupportRequestViewSet)
