"""What a page says about itself to search engines and link previews: description and og:image."""

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.text import Truncator

register = template.Library()

DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "role", "tagline")
DESCRIPTION_CHARS = 200
OG_IMAGE = "img/og-default.png"  # 1200x630, drawn for the site; pages with a photo use the photo
OG_PHOTO_SPEC = "fill-160x160"  # a spec expert pages draw when published (compendium/core/renditions.py)


def describe(page):
    """The first non-empty text of the page's description fields, tags stripped, cut to ~200 chars."""
    if page is None:
        return ""
    page = getattr(page, "specific", page)
    for name in DESCRIPTION_FIELDS:
        value = getattr(page, name, None)
        if value:
            text = " ".join(strip_tags(str(value)).split())
            if text:
                return Truncator(text).chars(DESCRIPTION_CHARS)
    return ""


def absolute(path):
    """`path` under the configured public address (SPF_BASE_URL), never the request's Host header."""
    return settings.SPF_BASE_URL + path if path.startswith("/") else path


@register.simple_tag
def page_description(page):
    """{% page_description page as description %}: see describe()."""
    return describe(page)


@register.simple_tag
def og_image_url(page):
    """Absolute URL of the page's preview picture: an expert's photo, else the site's picture."""
    photo = getattr(getattr(page, "specific", page), "photo", None) if page is not None else None
    if photo is not None:
        return absolute(photo.get_rendition(OG_PHOTO_SPEC).url)
    return absolute(static(OG_IMAGE))


@register.filter
def list_concat(first, second):
    """{{ a|list_concat:b }}: one list of both (querysets too), for a listing folded after its first items."""
    return list(first or ()) + list(second or ())
