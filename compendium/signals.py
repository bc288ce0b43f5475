"""Keep derived data (the search index, the match records) in step with publishing."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save, pre_delete
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from compendium.catalogue import indexing
from compendium.core import read_model, renditions
from compendium.matching import service as match_service
from compendium.ops import edge_cache
from compendium.search.engines.base import clear_vocabulary_cache
from compendium.sources.models import Source
from compendium.taxonomy.models import Country, Guarantee, Language, Modality, Principle, Region, Stage, Theme


@receiver(page_published)
@receiver(page_unpublished)
def invalidate_page_cache(sender, instance, **kwargs):
    """The page cache and the edge cache forget what showed the page (compendium/ops/edge_cache.py)."""
    edge_cache.content_changed(instance)


@receiver(post_delete, sender=Page)
def invalidate_after_delete(sender, **kwargs):
    # A deleted page's listings can no longer be worked out from it: everything goes.
    edge_cache.everything_changed()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def reindex_restricted_subtree(sender, instance, **kwargs):
    """A view restriction added, changed or removed: the page and everything below it leave (or
    return to) search, matching, listings and country profiles at once."""
    if kwargs.get("raw"):
        return
    try:
        page = Page.objects.get(pk=instance.page_id)
    except Page.DoesNotExist:  # the page itself is being deleted
        edge_cache.everything_changed()
        return
    _reindex_subtree(page)


@receiver(post_page_move)
def reindex_moved_subtree(sender, instance, **kwargs):
    """A page moved under (or out of) a restricted section takes its subtree's visibility along."""
    _reindex_subtree(instance)


def _reindex_subtree(page):
    # The pages version first: which pages are restricted is memoised under it
    # (visibility.restricted_paths), and the index reads that to decide what is public.
    edge_cache.everything_changed()
    if indexing.reindex_subtree(page):
        match_service.invalidate()


@receiver(page_published)
def index_on_publish(sender, instance, **kwargs):
    if indexing.kind_of(instance):
        indexing.index_page(instance)
        match_service.invalidate()


@receiver(page_published)
def pregenerate_renditions(sender, instance, **kwargs):
    renditions.pregenerate(instance.specific)


@receiver(page_unpublished)
def unindex_on_unpublish(sender, instance, **kwargs):
    if indexing.kind_of(instance):
        indexing.remove_page(instance)
        match_service.invalidate()


@receiver(post_save)
@receiver(post_delete)
def clear_taxonomy_caches(sender, **kwargs):
    if sender in (Principle, Guarantee, Theme, Stage, Country, Region, Modality, Language):
        clear_vocabulary_cache()
        edge_cache.everything_changed()


@receiver(post_save)
@receiver(post_delete)
def redraw_pages_that_show_it(sender, instance, **kwargs):
    """A source, an image or a document edited: the pages that cite or show it are drawn again
    (their read-model rows are dirty once the change commits). A site's host or root: every page."""
    if kwargs.get("raw"):
        return
    if sender is Site:
        edge_cache.everything_changed()
        return
    if sender not in (Source, get_image_model(), get_document_model()):
        return
    page_type = ContentType.objects.get_for_model(Page)
    referring = ReferenceIndex.get_references_to(instance).filter(base_content_type=page_type).values_list("object_id", flat=True)
    ids = [int(pk) for pk in referring if str(pk).isdigit()]
    if ids:  # now for this transaction, again after the commit for a reader that drew the old one meanwhile
        read_model.make_dirty(ids)
        transaction.on_commit(lambda: read_model.make_dirty(ids))


@receiver(pre_delete)
def unindex_on_delete(sender, instance, **kwargs):
    # Before the rows go: the engine (Elasticsearch) must be told which documents to drop.
    if isinstance(instance, Page) and indexing.kind_of(instance):
        indexing.remove_page(instance)
        match_service.invalidate()


@receiver(post_migrate)
def reindex_outdated_search_items(sender, **kwargs):
    """After `migrate`: items indexed with an older text analysis are indexed again (once, by the
    compendium app's signal: every app sends one)."""
    if sender.name == "compendium":
        indexing.reindex_outdated()
