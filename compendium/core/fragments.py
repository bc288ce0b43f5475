"""The parts of every page that depend on nothing but the reader's language: the main navigation,
the header's search form and the footer (templates/chrome/).

Each is drawn once per language in each process and then reused, as the template engine keeps
each compiled template for the life of the process: its output changes only with the code, the
templates or the translations, which a deploy restarts the process for. The development server
reloads templates and translations without a restart: the drawn parts are dropped with them
(and whenever a test overrides a setting). Nothing of the request is in them: they are drawn
with the language and the site's name only, and a test draws each again with a whole request's
context to prove they are the same.

At about 60 template nodes and 25 translations a page, they were a tenth of drawing a search
page (0.8 ms of 7.5).
"""

import threading

from django.conf import settings
from django.core.signals import setting_changed
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.autoreload import file_changed
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

CHROME = ("chrome/site_nav.html", "chrome/header_search.html", "chrome/site_footer.html")

_drawn = {}
_lock = threading.Lock()


def context(language):
    """All that a fragment may read: the language and the site's name in it."""
    with translation.override(language):
        return {"LANGUAGE_CODE": language, "SITE_NAME": gettext(settings.WAGTAIL_SITE_NAME)}


def fragment(name, language):
    """The HTML of template `name` (one of CHROME) in `language`, drawn once per process."""
    key = (name, language)
    html = _drawn.get(key)
    if html is None:
        if name not in CHROME:
            raise ValueError(f"{name} is not a part that depends on the language only")
        with translation.override(language):
            html = mark_safe(render_to_string(name, context(language)))  # a template's output, escaped by it
        with _lock:
            _drawn[key] = html
    return html


def forget(**kwargs):
    """Drop every drawn part (a template, a translation or a setting changed)."""
    with _lock:
        _drawn.clear()


# The development server's reloader announces each changed file (templates, .mo files) before it
# reloads them; returning None lets it go on.
file_changed.connect(forget, dispatch_uid="spf-fragments-file-changed")
setting_changed.connect(forget, dispatch_uid="spf-fragments-setting-changed")
