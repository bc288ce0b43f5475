"""Drawing a page for the read model (compendium/core/read_model.py): which pages it shows, and its
slots, the parts filled each time the stored page is served. No models here, so page models and
app configs can use it."""

import re
import threading
from contextlib import contextmanager

from django.utils import translation
from django.utils.safestring import mark_safe

DRAWING = "spf.read_model.drawing"  # in a request's META: the page is drawn for the read model, slots stay markers
SLOT = re.compile(r"<!--spf-slot:([a-z-]+):(\d+):([a-z0-9,-]*)-->")

_local = threading.local()
_slots = {}


# ---------------------------------------------------------------------------------------------
# Slots: the parts of a stored page filled when it is served


def register_slot(name, fill):
    """`fill(page_id, language, argument)` gives the HTML of slot `name` of a page (called by the layer that
    owns the data, e.g. the catalogue's related case studies)."""
    _slots[name] = fill


def slot_marker(name, page_id, argument=""):
    """The marker of slot `name` of a page; `argument` (slugs, e.g. the page's themes) is handed to its filler."""
    if not re.fullmatch(r"[a-z0-9,-]*", argument):
        raise ValueError(f"a slot's argument is slugs and commas: {argument!r}")
    return mark_safe(f"<!--spf-slot:{name}:{int(page_id)}:{argument}-->")


def drawing(request):
    """True while `request` draws a page for the read model (a template then leaves slots as markers)."""
    return bool(request is not None and request.META.get(DRAWING))


def fill_slots(html, language):
    if "<!--spf-slot:" not in html:
        return html
    with translation.override(language):
        return SLOT.sub(lambda match: str(_slots[match[1]](int(match[2]), language, match[3])), html)


# ---------------------------------------------------------------------------------------------
# The pages a view shows


def shown(page_id):
    """Note that the page being drawn shows `page_id` (its link, title or card); called by
    TranslatedPage.get_url_parts, so every `pageurl` of a template counts."""
    collected = getattr(_local, "shown", None)
    if collected is not None:
        collected.add(page_id)


@contextmanager
def collecting():
    """Within: the ids of the pages drawn pages link to gather in the set it yields."""
    previous = getattr(_local, "shown", None)
    _local.shown = set()
    try:
        yield _local.shown
    finally:
        _local.shown = previous
