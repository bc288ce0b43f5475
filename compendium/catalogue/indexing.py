"""Build search documents from pages and keep the index tables in step with publishing."""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.models import Page

from compendium.catalogue import registry
from compendium.catalogue.models import FACETS, SearchFacet, SearchItem, SearchText
from compendium.catalogue.text import grams, localized, terms
from compendium.core import versions
from compendium.search import get_engine

logger = logging.getLogger(__name__)


def kind_of(page):
    """The page's kind in the catalogue, or None (each content app registers its page type)."""
    return registry.kind_of(page)


def build_document(page):
    """(kind, facets, {language: (title, summary, body)}, date, languages) for a specific page."""
    kind = kind_of(page)
    facets, text_for, date = page.search_document()
    facets["type"] = [kind]
    summary_field = getattr(page, "search_summary_field", "summary")
    languages = [code for code in settings.LANGUAGE_CODES if page.has_translation(code)]
    if settings.LANGUAGE_CODE not in languages:
        languages.insert(0, settings.LANGUAGE_CODE)
    texts = {}
    for language in languages:
        title = localized(page, "title", language) or localized(page, "title", settings.LANGUAGE_CODE)
        texts[language] = (title or "", localized(page, summary_field, language) or "", text_for(language))
    return kind, facets, texts, date, languages


def search_text(item, language, title, summary, body):
    """An unsaved SearchText row: the text and its segmented forms, as every engine reads them."""
    return SearchText(
        item=item,
        language=language,
        title=title,
        summary=summary,
        body=body,
        title_terms=terms(title),
        terms=terms(body),
        grams=grams(f"{title} {body}"),
    )


def page_path(page):
    """The page's URL path without the language prefix, e.g. 'countries/za/sassa-outreach/'."""
    with translation.override(settings.LANGUAGE_CODE):
        url = page.get_url() or ""
    prefix = f"/{settings.LANGUAGE_CODE}/"
    if url.startswith("http"):
        url = "/" + url.split("/", 3)[-1]
    return url[len(prefix) :] if url.startswith(prefix) else url.lstrip("/")


def is_indexable(page):
    return kind_of(page) is not None and page.live and not page.get_view_restrictions().exists()


@transaction.atomic
def index_page(page):
    """Add or refresh one page in the index; removes it when it is not (or no longer) public."""
    page = page.specific
    if not is_indexable(page):
        remove_page(page)
        return None
    kind, facets, texts, date, languages = build_document(page)
    item, _created = SearchItem.objects.update_or_create(
        page_id=page.pk,
        defaults={"kind": kind, "path": page_path(page), "date": date, "languages": ",".join(languages), "facets": facets},
    )
    item.facet_values.all().delete()
    SearchFacet.objects.bulk_create(
        [SearchFacet(item=item, facet=facet, value=value) for facet, values in facets.items() if facet in FACETS for value in values]
    )
    item.texts.all().delete()
    SearchText.objects.bulk_create([search_text(item, language, *text) for language, text in texts.items()])
    changed()
    _tell_engine("on_indexed", item)
    return item


def changed():
    """Tell every process the index changed (its facet bitsets, compendium.search.facet_index):
    this process at once, the others when the transaction commits (compendium.core.versions)."""
    versions.bump("search")


@transaction.atomic
def reindex_subtree(page):
    """Index again the searchable pages at and below `page` (after a view restriction or a move
    changed whether they are public); returns how many index entries were touched."""
    touched = 0
    subtree = Page.objects.filter(path__startswith=page.path).specific()
    for descendant in subtree.iterator(chunk_size=200):
        if kind_of(descendant) is None:
            continue
        was_indexed = SearchItem.objects.filter(page_id=descendant.pk).exists()
        if is_indexable(descendant) or was_indexed:
            index_page(descendant)
            touched += 1
    return touched


def _tell_engine(method, argument):
    """Mirror a change into the configured engine; an engine that is down must not stop a publish."""
    engine = get_engine()
    try:
        getattr(engine, method)(argument)
    except engine.unavailable_errors:
        logger.warning("search engine unavailable: %s not mirrored; rebuild the index when it is back", method, exc_info=True)


def remove_page(page):
    deleted = SearchItem.objects.filter(page_id=page.pk)
    ids = list(deleted.values_list("pk", flat=True))
    if ids:
        _tell_engine("on_removed", ids)
        deleted.delete()
        changed()


def rebuild(progress=None):
    """Re-index every searchable page; returns the number indexed."""
    SearchItem.objects.all().delete()
    count = 0
    for model in registry.models():
        for page in model.objects.live().public().iterator(chunk_size=500):
            if index_page(page):
                count += 1
                if progress:
                    progress(count)
    changed()
    engine = get_engine()
    try:
        engine.rebuild()
    except engine.unavailable_errors:
        logger.warning("search engine unavailable: the database index is rebuilt, the engine's is not", exc_info=True)
    return count
