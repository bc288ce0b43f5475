"""Card lists: any queryset of pages, read for cards (public, light, relations fetched up front).

Generic over querysets, so a content page can list its related items without knowing the page
that lists it, and without the content apps importing one another. The catalogue's rows (the
search index) give order and counts; only the cards shown are read.
"""

import functools

from django.conf import settings
from django.db import connection
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.template.loader import render_to_string
from modeltranslation.utils import build_localized_fieldname
from wagtail.images import get_image_model

from compendium.catalogue.models import SearchFacet, SearchItem
from compendium.core import renditions
from compendium.core.visibility import public


@functools.cache
def heavy_fields(model, names):
    """The columns a card never shows (bodies, in every language): deferred so listings stay light."""
    return [
        name
        for base in names
        for name in (base, *(build_localized_fieldname(base, code) for code in settings.LANGUAGE_CODES))
        if any(field.name == name for field in model._meta.get_fields())
    ]


def as_queryset(items):
    """`items` as a queryset: itself when it is one; the saved objects among them, read afresh, when
    it is a page's in-memory relation (modelcluster's FakeQuerySet, what Wagtail gives a preview
    or a draft read from a revision), so the card lists below work on both."""
    if isinstance(items, QuerySet):
        return items
    return items.model.objects.filter(pk__in=[item.pk for item in items if item.pk is not None])


def case_study_cards(queryset):
    """Case studies ready for cards, in one query: each with its search-index row, whose facets give
    the card's tags (see listings.card_tags); bodies left in the database; newest first."""
    queryset = as_queryset(queryset)
    return (
        public(queryset.live())
        .defer(*heavy_fields(queryset.model, ("body", "lessons", "institutions", "sources", "search_description", "seo_title")))
        .select_related("search_item")
        .order_by("-first_published_at", "-pk")
    )


def expert_cards(queryset):
    queryset = as_queryset(queryset)
    return (
        public(queryset.live())
        .defer(*heavy_fields(queryset.model, ("bio", "search_description", "seo_title")))
        .select_related("country", "photo")
        .prefetch_related(photo_renditions())
        .order_by("title")
    )


def photo_renditions():
    """The expert photos' renditions, fetched with the cards (one query, not one per card)."""
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch("photo__renditions", queryset=rendition_model.objects.filter(filter_spec__in=renditions.EXPERT_PHOTO))


def event_cards(queryset):
    return public(as_queryset(queryset).live()).select_related("country").order_by("-start_date", "-pk")


def cards_by_id(model, ids):
    """Case-study cards of `model` for `ids`, in that order; ids no longer public are left out."""
    ids = list(ids)
    cards = {card.pk: card for card in case_study_cards(model.objects.filter(pk__in=ids))} if ids else {}
    return [cards[pk] for pk in ids if pk in cards]


def related_case_studies(page, limit=4):
    """The newest public case studies sharing a theme with `page`.

    Read from the search index (public pages only, indexed by kind and date) so the cost stays
    flat as the compendium grows: a join over the theme links needs DISTINCT and a sort of every
    case study in those themes (20 ms at N = 10,000 on SQLite; this is under 1 ms).
    """
    slugs = [theme.slug for theme in page.themes.all()]
    if not slugs:
        return []
    return cards_by_id(type(page)._meta.concrete_model, related_ids(page.pk, slugs, limit))


def related_ids_of_published(page_id, themes, limit=4):
    """The ids of `related_case_studies` of a published page whose theme slugs are known (the read
    model's slot carries them, drawn with the page): for the slot filled each time the page is
    served. Written out, with the themes as constants: the ORM took 5 ms to compile the statement,
    and PostgreSQL, given the themes as a subquery, hashed every case study of those themes (28 ms
    at N = 10,000) instead of walking the dates' index until four are found (1.4 ms)."""
    if not themes:
        return []
    marks = ", ".join(["%s"] * len(themes))
    sql = (
        f"SELECT i.page_id FROM {SearchItem._meta.db_table} i WHERE i.kind = %s AND i.page_id <> %s AND EXISTS "
        f"(SELECT 1 FROM {SearchFacet._meta.db_table} f WHERE f.item_id = i.id AND f.facet = %s AND f.value IN ({marks})) "
        "ORDER BY i.date DESC, i.page_id DESC LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, ["case-study", page_id, "theme", *themes, limit])
        return [row[0] for row in cursor.fetchall()]


CASE_STUDY_CARD = "components/case_study_card.html"


def draw_case_study_cards(model, ids):
    """{id: the HTML of its card} for the public case studies among `ids`, in the active language."""
    return {card.pk: render_to_string(CASE_STUDY_CARD, {"item": card}) for card in cards_by_id(model, ids)}


def cards_html(items):
    """Case-study cards drawn, one string each (the same HTML whether drawn here or read from the read model)."""
    return [render_to_string(CASE_STUDY_CARD, {"item": item}) for item in items]


def related_ids(page_id, themes, limit):
    return list(_related(page_id, themes, limit))


def _related(page_id, themes, limit):
    same_theme = SearchFacet.objects.filter(item=OuterRef("pk"), facet="theme", value__in=themes)
    return (
        SearchItem.objects.filter(kind="case-study")
        .exclude(page_id=page_id)
        .filter(Exists(same_theme))
        .order_by("-date", "-page_id")
        .values_list("page_id", flat=True)[:limit]
    )


def project_cards(queryset):
    """Cooperation projects ready for cards: public, live, their countries fetched up front; newest first."""
    return public(as_queryset(queryset).live()).prefetch_related("countries").order_by("-start_date", "-pk")
