"""Admin panel showing staff the suggested matches of a peer-support request."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import Panel


class SuggestedMatchesPanel(Panel):
    """Read-only: the ranked provider countries and experts for the request's needs."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Suggested matches"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "experts/admin/suggested_matches.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["request_obj"] = instance
            # The ranking is matching's; the site's wagtail_hooks hands it in, so this app never imports matching.
            suggest = next(iter(hooks.get_hooks("suggest_matches_for_request")), None)
            context["providers"] = suggest(instance) if suggest and instance and instance.pk else []
            return context
