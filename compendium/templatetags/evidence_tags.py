"""Template tags for evidence: a page's sources and dates shown as precisely as they are known."""

from django import template
from django.utils.translation import get_language

from compendium.core import dates
from compendium.sources.models import citations_of

register = template.Library()


@register.simple_tag
def page_sources(page):
    """The page's citations grouped by source, in the order first cited:
    [{"source": Source, "citations": [Citation, ...]}]."""
    if page is None or not getattr(page, "pk", None):
        return []
    groups = {}
    for citation in citations_of(page):
        groups.setdefault(citation.source_id, {"source": citation.source, "citations": []})["citations"].append(citation)
    return list(groups.values())


@register.filter
def partialdate(value, precision="day"):
    """{{ page.start_date|partialdate:page.start_precision }}: "2016", "May 2013" or "29 May 2013",
    in the reader's language (CLDR through ICU), never padded to a day the source does not give."""
    return dates.display(value, precision or dates.Precision.DAY, get_language())


@register.filter
def isodate(value, precision="day"):
    """{{ page.start_date|isodate:page.start_precision }}: ISO 8601 at that precision, for <time datetime>."""
    return dates.iso(value, precision or dates.Precision.DAY)
