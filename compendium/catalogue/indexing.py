"""Build search documents from pages and keep the index tables in step with publishing."""

import functools
import logging

from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.models import Page

from compendium.catalogue import registry
from compendium.catalogue.models import STORED_FACETS, SearchFacet, SearchItem, SearchText, SearchWord
from compendium.catalogue.tags import tag_text
from compendium.catalogue.text import grams, index_terms, is_unspaced, localized, words
from compendium.core import versions
from compendium.search import get_engine

logger = logging.getLogger(__name__)

# The version of the text analysis (compendium.catalogue.text): raise it when the index tokens
# change, and every item indexed with an older one is indexed again after `migrate`.
ANALYSIS = 2


def kind_of(page):
    """The page's kind in the catalogue, or None (each content app registers its page type)."""
    return registry.kind_of(page)


def build_document(page):
    """(kind, facets, {language: (title, summary, body, names)}, date, languages) for a specific page.

    `names` are the page's other names (a case study's programme name), weighted like its title."""
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
        names = " ; ".join(filter(None, page_names(page, language)))
        texts[language] = (title or "", localized(page, summary_field, language) or "", text_for(language), names)
    return kind, facets, texts, date, languages


def page_names(page, language):
    """A page's other names in `language`, weighted like its title: its `search_names(language)`,
    or the values of its `search_name_fields` (a case study's programme name)."""
    if hasattr(page, "search_names"):
        return page.search_names(language)
    return [_translated(page, name, language) for name in getattr(page, "search_name_fields", ())]


def _translated(page, field, language):
    """A field's value in `language`, else in the default language, else the field itself (untranslated)."""
    return localized(page, field, language) or localized(page, field, settings.LANGUAGE_CODE) or getattr(page, field, "") or ""


def search_text(item, language, title, summary, body, names="", tags=None):
    """An unsaved SearchText row: the text and its index tokens per field, as every engine reads them.

    Title (with the page's other names), tags and body are analysed in the row's language
    (compendium.catalogue.text.index_terms); the unspaced scripts of title and tags are also
    indexed as bigrams in their own field, those of the body in `grams`.
    """
    heading = f"{title} ; {names}" if names else title
    tags = tag_text(item.facets or {}) if tags is None else tags
    return SearchText(
        item=item,
        language=language,
        title=title,
        summary=summary,
        body=body,
        title_terms=f"{index_terms(heading, language)} {grams(heading)}".strip(),
        tag_terms=_tag_terms(tags, language),
        terms=index_terms(body, language),
        grams=grams(body),
        title_key=title_key(title, language),
    )


def title_key(title, language):
    """The title's index tokens, as an exact-title lookup compares them (compendium.search)."""
    return index_terms(title, language)[:255]


def remember_words(rows):
    """Add the words of SearchText rows (title and body) to the vocabulary of their language."""
    vocabulary = {
        (row.language, word)
        for row in rows
        for word in words(f"{row.title} {row.body}")
        if 3 <= len(word) <= 64 and not word.isdigit() and not is_unspaced(word)
    }
    SearchWord.objects.bulk_create(
        [SearchWord(language=language, word=word) for language, word in vocabulary], ignore_conflicts=True, batch_size=1000
    )


@functools.lru_cache(maxsize=4096)
def _tag_terms(tags, language):
    # Items share their tags (and bulk-made items most of all): analyse each set once per language.
    return f"{index_terms(tags, language)} {grams(tags)}".strip()


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
        defaults={
            "kind": kind,
            "path": page_path(page),
            "date": date,
            "reviewed": getattr(page, "last_reviewed", None),  # the pages that have the field (case studies, experts, events…)
            "languages": ",".join(languages),
            "facets": facets,
            "analysis": ANALYSIS,
        },
    )
    item.facet_values.all().delete()
    SearchFacet.objects.bulk_create(
        [SearchFacet(item=item, facet=facet, value=value) for facet, values in facets.items() if facet in STORED_FACETS for value in values]
    )
    item.texts.all().delete()
    tags = tag_text(facets)
    rows = SearchText.objects.bulk_create([search_text(item, language, *text, tags=tags) for language, text in texts.items()])
    remember_words(rows)
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


def reindex_outdated(**kwargs):
    """Index again every item indexed with an older text analysis (after `migrate`, see apps.ready)."""
    outdated = SearchItem.objects.filter(analysis__lt=ANALYSIS)
    if not outdated.exists():
        return 0
    logger.warning("the search index was made with an older text analysis: rebuilding it")
    return rebuild()


def rebuild(progress=None):
    """Re-index every searchable page; returns the number indexed."""
    SearchItem.objects.all().delete()
    SearchWord.objects.all().delete()
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
