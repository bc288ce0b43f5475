"""Keep derived data (the search index, the match records) in step with publishing."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from compendium import match_service
from compendium.search import indexing


@receiver(page_published)
def index_on_publish(sender, instance, **kwargs):
    if indexing.kind_of(instance):
        indexing.index_page(instance)
        match_service.invalidate()


@receiver(page_unpublished)
def unindex_on_unpublish(sender, instance, **kwargs):
    if indexing.kind_of(instance):
        indexing.remove_page(instance)
        match_service.invalidate()


@receiver(post_delete)
def unindex_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        match_service.invalidate()
