"""What a publish changes, and telling the caches: the page cache and an HTTP cache at the edge.

`content_changed(page)` is the one function every publish, unpublish and delete goes through
(compendium/signals.py). It bumps the page cache's version (every cached answer of every worker
is then stale: that cache is cheap to refill and must be exact), and purges from the edge cache
(Varnish, or any HTTP cache that takes PURGE; `deploy/varnish/default.vcl`) the paths that show
the page, in every language: `affected_paths(page)`. A change that can touch every page (a
taxonomy label, a view restriction, a move) purges the whole site at the edge
(`everything_changed`).

The purge runs when the transaction commits (a purge before it would let the cache fetch the
old page again), through Wagtail's frontend_cache (settings.WAGTAILFRONTENDCACHE, its
HTTPBackend); with no edge cache configured it does nothing. The VCL purges a path with all its
query strings (`/en/events/?type=workshop&page=2` goes with `/en/events/`), so the listings'
filtered and paginated views go too.
"""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, transaction
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Page, ReferenceIndex

from compendium.core import read_model
from compendium.core.middleware import bump_page_cache
from compendium.pages.models import ChapterPage, CountryPage

log = logging.getLogger(__name__)

# Listings and machine surfaces that may show any page: search, the feed, the sitemap, the APIs.
SHARED_PATHS = ("/{lang}/search/", "/{lang}/feed/", "/{lang}/events/calendar.ics")
LANGUAGE_FREE_PATHS = (
    "/sitemap.xml",
    "/api/search/",
    "/api/match/",
    "/api/v2/pages/",
    "/api/export/case-studies.csv",
    "/api/export/case-studies.json",
    "/api/export/experts.csv",
    "/api/export/experts.json",
    "/api/export/events.csv",
    "/api/export/events.json",
)
# The site-wide purge: the VCL bans every object of the site on a PURGE of this path.
PURGE_ALL_PATH = "/.purge-all"


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _page_path(page):
    """The page's path without the language prefix ("/events/siem-reap/"), or None if it has no URL."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    path = parts[2]
    for language in _languages():
        prefix = f"/{language}/"
        if path.startswith(prefix):
            return "/" + path[len(prefix) :]
    return path


def linked_page_ids(page):
    """Pages `page` links to or is linked from as a page: its many-to-many links to other pages
    (a case study's experts and events, an event's case studies, either way round) and Wagtail's
    reference index (a project's previous phase, links in rich text), which does not hold the
    many-to-many ones."""
    specific = page.specific
    ids = set()
    for field in specific._meta.get_fields():
        if not field.many_to_many or not (isinstance(field.related_model, type) and issubclass(field.related_model, Page)):
            continue
        name = field.get_accessor_name() if field.auto_created else field.name
        manager = getattr(specific, name, None)
        if manager is not None:
            ids |= {pk for pk in manager.values_list("pk", flat=True)}
    page_type = ContentType.objects.get_for_model(Page)
    ids |= {
        int(pk)
        for pk in ReferenceIndex.get_references_to(page).filter(base_content_type=page_type).values_list("object_id", flat=True)
        if str(pk).isdigit()
    }
    targets = ReferenceIndex.get_references_for_object(page).filter(to_content_type__in=_page_types())
    ids |= {int(pk) for pk in targets.values_list("to_object_id", flat=True) if str(pk).isdigit()}
    ids.discard(page.pk)
    return ids


def _page_types():
    return ContentType.objects.filter(pk__in=Page.objects.values("content_type_id").distinct())


def _related_pages(page):
    """Pages that show `page`: its ancestors (the listings it is in, its country profile, home),
    pages that refer to it (Wagtail's reference index: a case study naming an event, an expert),
    and the country profiles and Guide chapters of its countries and themes."""
    specific = page.specific
    related = list(page.get_ancestors().filter(depth__gt=1))
    # Only references whose source is a page (a snippet's object_id is not a page's id).
    referring = (
        ReferenceIndex.get_references_to(page)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    related += list(Page.objects.filter(pk__in=[int(pk) for pk in referring if str(pk).isdigit()]))
    # Many-to-many links are not in the reference index: an expert's page lists the case studies that name them.
    related += list(Page.objects.filter(pk__in=linked_page_ids(page)))
    codes = set()
    for name in ("countries", "participant_countries"):
        manager = getattr(specific, name, None)
        if manager is not None:
            codes |= {country.pk for country in manager.all()}
    if getattr(specific, "country_id", None):
        codes.add(specific.country_id)
    if codes:
        related += list(CountryPage.objects.filter(country_id__in=codes))
    themes = getattr(specific, "themes", None)
    if themes is not None:
        related += list(ChapterPage.objects.filter(theme__in=list(themes.all())))
    return related


def affected_paths(page):
    """Every path, in every language, whose answer may change when `page` is published,
    unpublished or deleted: the page itself, the pages that show it, and the shared surfaces."""
    pages = [page] + _related_pages(page)
    paths = set()
    for language in _languages():
        for item in pages:
            path = _page_path(item)
            if path is not None:
                paths.add(f"/{language}{path}")
        paths |= {template.format(lang=language) for template in SHARED_PATHS}
    paths |= set(LANGUAGE_FREE_PATHS)
    return sorted(paths)


def purge(paths):
    """PURGE each path at every configured edge cache once the transaction commits (now, outside one)."""
    backends = get_backends()
    if not backends or not paths:
        return
    host = getattr(settings, "SPF_EDGE_CACHE_HOST", "localhost")
    urls = [f"http://{host}{path}" for path in paths]

    def send():
        for backend in backends.values():
            for url in urls:
                backend.purge(url)  # HTTPBackend logs a failure; the s-maxage bounds what is left

    transaction.on_commit(send)


def content_changed(page):
    """A page was published, unpublished or deleted: the page cache and the edge cache forget it,
    and the read model redraws it (compendium/core/read_model.py)."""
    bump_page_cache()  # first: its announcement is the first thing the commit runs
    refresh_read_model(page)
    if get_backends():
        purge(affected_paths(page))


def refresh_read_model(page):
    """When the transaction commits (after the new content version is announced): the rows of the
    page, of the pages it links to or from and of the pages that show it are dirty; the page itself
    is drawn again in every language, unless a bulk load defers that to the first view."""
    ids = {page.pk} | linked_page_ids(page)
    draw = not read_model.is_deferred()
    read_model.make_dirty(ids)  # at once for this transaction, and again after the commit (below)

    def refresh():
        read_model.make_dirty(ids)
        if draw:
            current = Page.objects.filter(pk=page.pk, live=True).specific().first()
            if current is not None:
                try:
                    read_model.draw_page(current)
                except DatabaseError:  # the publish stands; its first reader draws the page
                    log.warning("read model: page %s not drawn after its publish", page.pk, exc_info=True)

    transaction.on_commit(refresh)


def everything_changed():
    """A change that may show on every page: the page cache, the read model and the whole edge cache forget."""
    bump_page_cache()
    read_model.everything_changed()
    purge([PURGE_ALL_PATH])
