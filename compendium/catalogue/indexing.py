"""Build search documents from pages and keep the index tables in step with publishing."""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from compendium.catalogue.models import FACETS, SearchFacet, SearchItem, SearchText
from compendium.catalogue.text import grams, plain_text, terms
from compendium.core import versions
from compendium.search import get_engine

logger = logging.getLogger(__name__)

KINDS = {"casestudies.casestudypage": "case-study", "experts.expertpage": "expert", "events.eventpage": "event"}


def kind_of(page):
    return KINDS.get(page.specific_class._meta.label_lower if page.specific_class else "")


def _localized(page, field, language):
    return getattr(page, build_localized_fieldname(field, language), None)


def _stream_text(value):
    """Plain text of a StreamField value (paragraphs, quotes, figures, captions, presentations)."""
    parts = []
    for block in value or []:
        raw = block.value
        if hasattr(raw, "source"):  # RichText
            parts.append(plain_text(raw.source))
        elif isinstance(raw, dict) or hasattr(raw, "items"):
            for key, sub in raw.items():
                if isinstance(sub, str) and key not in ("country",):
                    parts.append(plain_text(sub))
        elif isinstance(raw, str):
            parts.append(plain_text(raw))
    return " ".join(part for part in parts if part)


def _case_study_document(page):
    principle_links = list(page.principle_links.select_related("principle"))
    facets = {
        "country": sorted({country.iso2 for country in page.countries.all()}),
        "principle": sorted({link.principle.code for link in principle_links}),
        "guarantee": sorted(g.slug for g in page.guarantees.all()),
        "theme": sorted(t.slug for t in page.themes.all()),
        "stage": [page.stage.slug] if page.stage_id else [],
        "lead": [page.lead_country.iso2] if page.lead_country else [],
    }
    figures = list(page.figures.all())

    def text(language):
        return " ".join(
            filter(
                None,
                [
                    _localized(page, "programme_name", language),
                    _localized(page, "summary", language),
                    _stream_text(_localized(page, "body", language)),
                    plain_text(_localized(page, "lessons", language)),
                    _localized(page, "institutions", language),
                    " ".join(_localized(link, "explanation", language) or "" for link in principle_links),
                    " ".join(f"{figure.value} {_localized(figure, 'label', language) or ''}" for figure in figures),
                ],
            )
        )

    date = page.first_published_at.date() if page.first_published_at else None
    return facets, text, date


def _expert_document(page):
    facets = {
        "country": [page.country.iso2],
        "principle": [],
        "guarantee": sorted(g.slug for g in page.guarantees.all()),
        "theme": sorted(t.slug for t in page.themes.all()),
        "stage": [],
        "languages": sorted(language.code for language in page.languages.all()),
        "available": page.available,
    }

    def text(language):
        return " ".join(
            filter(
                None,
                [
                    _localized(page, "role", language),
                    _localized(page, "organisation", language),
                    plain_text(_localized(page, "bio", language)),
                ],
            )
        )

    date = page.first_published_at.date() if page.first_published_at else None
    return facets, text, date


def _event_document(page):
    sessions = list(page.sessions.select_related("theme"))
    countries = {country.iso2 for country in page.participant_countries.all()}
    if page.country_id:
        countries.add(page.country.iso2)
    themes = {theme.slug for theme in page.themes.all()} | {s.theme.slug for s in sessions if s.theme_id}
    facets = {"country": sorted(countries), "principle": [], "guarantee": [], "theme": sorted(themes), "stage": []}

    def text(language):
        session_text = " ".join(
            " ".join(
                filter(
                    None,
                    [
                        _localized(session, "title", language),
                        _localized(session, "summary", language),
                        _stream_text(_localized(session, "presentations", language)),
                    ],
                )
            )
            for session in sessions
        )
        return " ".join(
            filter(
                None,
                [
                    _localized(page, "summary", language),
                    _localized(page, "place", language),
                    _stream_text(_localized(page, "body", language)),
                    plain_text(_localized(page, "outcomes", language)),
                    session_text,
                ],
            )
        )

    return facets, text, page.start_date


BUILDERS = {"case-study": _case_study_document, "expert": _expert_document, "event": _event_document}


def build_document(page):
    """(kind, facets, {language: (title, summary, body)}, date, languages) for a specific page."""
    kind = kind_of(page)
    facets, text_for, date = BUILDERS[kind](page)
    facets["type"] = [kind]
    summary_field = "role" if kind == "expert" else "summary"
    languages = [code for code in settings.LANGUAGE_CODES if page.has_translation(code)]
    if settings.LANGUAGE_CODE not in languages:
        languages.insert(0, settings.LANGUAGE_CODE)
    texts = {}
    for language in languages:
        title = _localized(page, "title", language) or _localized(page, "title", settings.LANGUAGE_CODE)
        texts[language] = (title or "", _localized(page, summary_field, language) or "", text_for(language))
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
    from django.apps import apps

    SearchItem.objects.all().delete()
    count = 0
    for model_label in KINDS:
        model = apps.get_model(model_label)
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
