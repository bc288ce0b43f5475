"""Template helpers that tell readers which parts of a page are in their language.

`{% translation_notice page %}` at the top of a page; `<div{{ page|fallback_lang:"body" }}>` on a
passage that may be shown in English, so screen readers and fonts switch language there;
`{% page_languages page as languages %}` for "Available in" lists that only count complete pages.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_bidi

from compendium.core import translation_status as ts

register = template.Library()


@register.filter
def fallback_lang(obj, name):
    """' lang="en"' (and dir="ltr" on a right-to-left page) when `obj.name` is shown in English."""
    if not ts.is_fallback(obj, name, get_language()):
        return ""
    direction = ' dir="ltr"' if get_language_bidi() else ""
    return format_html(' lang="{}"{}', ts.FALLBACK, mark_safe(direction))


@register.inclusion_tag("components/translation_notice.html")
def translation_notice(page):
    """The notice saying which parts of `page` are in the reader's language and which in English."""
    language = get_language()
    # English readers read every text as written: nothing to say, and no child rows to read.
    if page is None or language == ts.FALLBACK or not ts.translated_field_names(type(page)):
        return {"text": ""}
    status = ts.translation_status(page, language)
    return {"text": ts.notice(status), "status": status}


@register.simple_tag
def page_languages(page):
    """{"complete": [...], "partial": [...]}: the languages a page is entirely, or partly, written in."""
    statuses = ts.translation_statuses(page)
    return {
        "complete": [code for code, status in statuses.items() if status.complete],
        "partial": [code for code, status in statuses.items() if status.partial],
    }
