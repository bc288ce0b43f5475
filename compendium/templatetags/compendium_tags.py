"""Template helpers: language-switch URLs, country and language names, query-string edits."""

from html import escape  # Django's escape() without its lazy-string wrapper

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from compendium.catalogue import cards
from compendium.core import drawing, fragments
from compendium.opendata.structured_data import page_data
from compendium.pages.listings import card_tags, parent_of
from compendium.taxonomy import names

register = template.Library()


def _in_language(request):
    """A function code -> the URL of `request`'s page in that language (same page, same query string)."""
    if request is None:
        return lambda code: f"/{code}/"
    path = request.get_full_path()
    parts = path.split("/", 2)
    if len(parts) > 1 and parts[1] in settings.LANGUAGE_CODES:
        rest = parts[2] if len(parts) > 2 else ""
        return lambda code: f"/{code}/{rest}"
    return lambda code: f"/{code}{path}"


@register.simple_tag(takes_context=True)
def language_url(context, language_code):
    """The current page's URL in another language (same page, same query string)."""
    return _in_language(context.get("request"))(language_code)


@register.simple_tag(takes_context=True)
def language_links(context):
    """The <link rel="alternate" hreflang> of the page in every language, drawn in Python (ten a page:
    the template loop cost as much as the rest of the head)."""
    url, site = _in_language(context.get("request")), escape(context.get("SITE_URL") or "")
    return mark_safe(
        "".join(f'\n  <link rel="alternate" hreflang="{code}" href="{site}{escape(url(code))}">' for code in settings.LANGUAGE_CODES)
    )


@register.simple_tag(takes_context=True)
def language_switcher(context):
    """The <li> of the language switcher: the page in each language, the reader's marked current."""
    url, current = _in_language(context.get("request")), context.get("LANGUAGE_CODE")
    items = []
    for code, name in context.get("SITE_LANGUAGES") or ():
        mark = ' aria-current="true" class="current"' if code == current else ""
        items.append(
            f'\n          <li><a href="{escape(url(code))}" hreflang="{escape(code)}" lang="{escape(code)}"{mark}>{escape(name)}</a></li>'
        )
    return mark_safe("".join(items))  # every value in it was escaped


@register.simple_tag
def chrome(name):
    """A part of every page that depends on the language only, drawn once per language (compendium.core.fragments)."""
    return fragments.fragment(name, get_language())


@register.simple_tag
def tags_of(item):
    """A case study's country, theme and guarantee tags with their labels in the current language."""
    return card_tags(item, get_language())


@register.simple_tag
def parent_page(page):
    """The page's parent, specific, for breadcrumbs (no query for the site's section pages)."""
    return parent_of(page)


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
