"""Template helpers: language-switch URLs, country and language names, query-string edits."""

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from compendium.catalogue import cards
from compendium.core import drawing
from compendium.opendata.structured_data import page_data
from compendium.pages.listings import card_tags, parent_of
from compendium.taxonomy import names

register = template.Library()


@register.simple_tag(takes_context=True)
def language_url(context, language_code):
    """The current page's URL in another language (same page, same query string)."""
    request = context.get("request")
    if request is None:
        return f"/{language_code}/"
    path = request.get_full_path()
    parts = path.split("/", 2)
    if len(parts) > 1 and parts[1] in settings.LANGUAGE_CODES:
        rest = parts[2] if len(parts) > 2 else ""
        return f"/{language_code}/{rest}"
    return f"/{language_code}{path}"


@register.simple_tag
def tags_of(item):
    """A case study's country, theme and guarantee tags with their labels in the current language."""
    return card_tags(item, get_language())


@register.simple_tag
def parent_page(page):
    """The page's parent, specific, for breadcrumbs (no query for the site's section pages)."""
    return parent_of(page)


@register.simple_tag
def language_alternates():
    return settings.LANGUAGE_CODES


@register.filter
def country_name(code):
    return names.country_name(str(code), get_language())


@register.filter
def language_name(code):
    return names.language_name(str(code), get_language())


@register.filter
def native_language_name(code):
    return names.native_language_name(str(code))


@register.filter
def localdate(value):
    """{{ event.start_date|localdate }}: the date in the reader's language (CLDR through ICU)."""
    return names.format_date(value, get_language())


@register.filter
def localnumber(value):
    """{{ country.coverage_percent|localnumber }}: the number with the reader's separators."""
    return names.format_number(value, get_language())


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """<script type="application/ld+json"> with the page's schema.org description (data, not code)."""
    import json

    from django.utils.safestring import mark_safe

    data = page_data(page.specific, context.get("request"), get_language())
    data = {key: value for key, value in data.items() if value not in (None, [], "")}
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    # <, > and & are escaped as in Django's json_script, so the data cannot close the tag.
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.simple_tag
def case_study_cards_html(items):
    """Case-study cards as strings, drawn as the read model draws them (its related-case-studies slot)."""
    return [mark_safe(html) for html in cards.cards_html(items)]  # noqa: S308 - drawn by our own template


class ReadModelSlotNode(template.Node):
    def __init__(self, name, page, nodelist):
        self.name, self.page, self.nodelist = name, page, nodelist

    def render(self, context):
        if drawing.drawing(context.get("request")):
            page = self.page.resolve(context)
            return drawing.slot_marker(self.name, page.pk, ",".join(page.read_model_slot_argument(self.name)))
        return self.nodelist.render(context)


@register.tag
def read_model_slot(parser, token):
    """{% read_model_slot "name" page %}…{% end_read_model_slot %}: a part of a page that follows the
    whole collection. Drawn for the read model it is a marker, filled each time the stored page is
    served (compendium/core/read_model.py); everywhere else (previews, signed-in editors) it is drawn."""
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError("read_model_slot takes a quoted name and a page")
    nodelist = parser.parse(("end_read_model_slot",))
    parser.delete_first_token()
    return ReadModelSlotNode(bits[1].strip("\"'"), parser.compile_filter(bits[2]), nodelist)
