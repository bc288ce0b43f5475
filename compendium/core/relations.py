"""A page's relations read the same way whether they live in the database or in memory.

Wagtail builds a preview, a draft (`view_draft`), a revision and a workflow preview from the
edit form or a revision's JSON: the page's ParentalKey and ParentalManyToMany relations are then
modelcluster's in-memory FakeQuerySets, whose objects may not be saved yet. Django's prefetching
refuses unsaved objects ("Model instances passed to related filters must be saved"), so code that
fetches relations up front for a page asks these functions, which fetch what is in the database
and leave what is in memory as it is.
"""

from django.db.models import QuerySet, prefetch_related_objects


def in_memory(instance, relation_name):
    """True when `instance.<relation_name>` is held in memory (a preview, a draft, a revision)."""
    return instance.pk is None or relation_name in getattr(instance, "_cluster_related_objects", {})


def prefetch(instance, *lookups):
    """Prefetch `lookups` of one saved instance, skipping those whose relation is in memory."""
    saved = [lookup for lookup in lookups if not in_memory(instance, lookup.split("__")[0])]
    if saved:
        prefetch_related_objects([instance], *saved)


def fetch(items, select=(), prefetch=()):
    """`items` with `select` joined and `prefetch` fetched when it is a database queryset; an
    in-memory relation as it is (its objects and their own relations are already in memory)."""
    if isinstance(items, QuerySet):
        return items.select_related(*select).prefetch_related(*prefetch)
    return items


def ordered(items, key):
    """`items` (a queryset or an in-memory relation) as a list sorted by `key`, a function of an
    object; in-memory objects not saved yet have no sort order, so `key` decides, not the database."""
    return sorted(items, key=key)


def live_pages(items):
    """The live, public pages among `items`, a queryset or an in-memory relation of pages (whose
    pages are saved ones: a ParentalManyToMany chooses existing pages), as one query either way."""
    if isinstance(items, QuerySet):
        return items.live().public()
    return items.model.objects.filter(pk__in=[item.pk for item in items]).live().public()
