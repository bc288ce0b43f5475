"""The admin panel of a page's citations."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import InlinePanel


def citations_panel():
    return InlinePanel(
        "citations",
        label=_("Citation"),
        heading=_("Sources"),
        help_text=_("Every fact on this page cites a source, with where in it (session, page, paragraph, slide)."),
    )


def add_citations_panel(model):
    """Add the citations panel to `model`'s content panels unless it already has one."""
    if "edit_handler" in model.__dict__:
        return  # a tabbed page lists the panel itself
    panels = list(model.content_panels)
    if any(getattr(panel, "relation_name", None) == "citations" for panel in panels):
        return
    model.content_panels = panels + [citations_panel()]
