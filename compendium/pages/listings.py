"""What each page lists, as plain functions over the content (testable without HTTP).

Every function returns querysets or lists whose relations are read up front (card lists from
the search index, whose rows carry the facets) so that a page's number of queries does not grow
with the number of items it shows, nor with the size of the compendium.
"""

from django.db.models import Count
from django.utils.translation import get_language

from casestudies.models import CaseStudyPage
from compendium.catalogue.cards import cards_by_id as _cards_by_id
from compendium.catalogue.cards import event_cards, expert_cards
from compendium.catalogue.models import SearchFacet, SearchItem
from compendium.core import relations, versions
from compendium.matching import service as match_service
from compendium.pages import models as page_models  # a module: page models call listings back
from compendium.search.engines.base import facet_labels, facet_order
from events.models import EventIndexPage, EventPage
from experts.models import ExpertIndexPage, ExpertPage

TAG_FACETS = (("countries", "country"), ("themes", "theme"), ("guarantees", "guarantee"))


@versions.memoize("pages")
def section_pages():
    """{tree path: page} of the live pages that hold others (home, Guide, chapters, the indexes,
    country profiles): a few dozen, read once per version of the pages, so a breadcrumb costs
    no query."""
    pages = {}
    for model in (page_models.HomePage, page_models.GuidePage, page_models.CountryIndexPage, ExpertIndexPage, EventIndexPage):
        pages.update((page.path, page) for page in model.objects.live())
    pages.update((page.path, page) for page in page_models.ChapterPage.objects.live().select_related("theme"))
    pages.update((page.path, page) for page in page_models.CountryPage.objects.live().select_related("country__region"))
    return pages


def live_chapters(parent_path=None):
    """The live chapters (the children of the page at `parent_path`, when given) in theme order."""
    chapters = [page for page in section_pages().values() if isinstance(page, page_models.ChapterPage)]
    if parent_path is not None:
        chapters = [page for page in chapters if page.path[: -page.steplen] == parent_path]
    return sorted(chapters, key=lambda page: (page.theme.sort_order, page.path))


def parent_of(page):
    """The page's parent, specific: from section_pages when it is one, else from the database."""
    parent = section_pages().get(page.path[: -page.steplen])
    return parent if parent is not None else page.get_parent().specific


def card_tags(item, language):
    """{"countries": [(ISO2, name)], "themes": [(slug, name)], "guarantees": [(slug, name)]} of a case study.

    A card read by case_study_cards takes its tags from its search-index row (denormalised on
    publish) and the cached taxonomy labels, with no query; a page read on its own, or a
    preview, from its relations. Countries by name, the rest in taxonomy order.
    """
    search_item = item._state.fields_cache.get("search_item") if item.pk else None
    if search_item is not None:
        codes = {name: (search_item.facets or {}).get(facet, []) for name, facet in TAG_FACETS}
    else:
        codes = {
            "countries": [country.iso2 for country in item.countries.all()],
            "themes": [theme.slug for theme in item.themes.all()],
            "guarantees": [guarantee.slug for guarantee in item.guarantees.all()],
        }
    tags = {}
    for name, facet in TAG_FACETS:
        labels = facet_labels(facet, codes[name], language)
        order = facet_order(facet)
        ranked = sorted(codes[name], key=labels.get) if order is None else sorted(codes[name], key=lambda code, o=order: o.get(code, 999))
        tags[name] = [(code, labels.get(code, code)) for code in ranked]
    return tags


def home_context():
    return {
        "chapters": live_chapters(),
        "latest_case_studies": latest_case_studies(6),
        "upcoming_events": event_cards(EventPage.objects.all())[:3],
        "stats": site_statistics(),
        "countries_with_needs": page_models.CountryPage.objects.live()
        .annotate(need_count=Count("needs"))
        .filter(need_count__gt=0)
        .select_related("country")
        .order_by("-need_count")[:6],
    }


def latest_case_studies(limit):
    """The newest public case studies, ordered in the search index's (kind, date) index."""
    return cards_by_id(SearchItem.objects.filter(kind="case-study").order_by("-date", "-page_id").values_list("page_id", flat=True)[:limit])


@versions.memoize("pages")
def site_statistics():
    """Counts of published items, read from the search index (which holds exactly the public pages)."""
    by_kind = dict(SearchItem.objects.values_list("kind").annotate(n=Count("pk")).values_list("kind", "n"))
    countries = SearchFacet.objects.filter(facet="country", item__kind="case-study").values("value").distinct().count()
    return {
        "case_studies": by_kind.get("case-study", 0),
        "countries": countries,
        "experts": by_kind.get("expert", 0),
        "events": by_kind.get("event", 0),
    }


@versions.memoize("pages")
def case_study_counts(facet):
    """{value: number of public case studies} for a facet ("theme", "country"), from the search index."""
    rows = SearchFacet.objects.filter(facet=facet, item__kind="case-study").values_list("value").annotate(n=Count("pk"))
    return dict(rows.values_list("value", "n"))


def chapters_with_counts(guide):
    counts = case_study_counts("theme")
    chapters = live_chapters(guide.path)
    for chapter in chapters:
        chapter.case_study_count = counts.get(chapter.theme.slug, 0) if chapter.theme_id else 0
    return chapters


class IndexedCaseStudies:
    """The public case studies with one facet value (theme=outreach, country=KH), newest first.

    A sequence a Paginator can count and slice: the count and the order come from the search
    index (its facet index and its (kind, date) index), and only the cards of the page shown
    are read, so page 1 of a chapter costs the same at 30 or 100,000 case studies.
    """

    def __init__(self, facet, value):
        self.items = SearchItem.objects.filter(kind="case-study", facet_values__facet=facet, facet_values__value=value)

    def count(self):
        return self.items.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if isinstance(index, slice):
            return cards_by_id(self.items.order_by("-date", "-page_id").values_list("page_id", flat=True)[index])
        return self[index : index + 1][0]


def cards_by_id(ids):
    """Case-study cards for `ids`, in that order; ids no longer public are left out."""
    return _cards_by_id(CaseStudyPage, ids)


def case_studies_for_theme(theme):
    return IndexedCaseStudies("theme", theme.slug)


def experts_for_theme(theme):
    return expert_cards(ExpertPage.objects.filter(themes=theme))


def chapter_neighbours(chapter):
    chapters = live_chapters(chapter.path[: -chapter.steplen])
    index = next((i for i, page in enumerate(chapters) if page.pk == chapter.pk), None)
    if index is None:
        return None, None
    previous = chapters[index - 1] if index > 0 else None
    following = chapters[index + 1] if index + 1 < len(chapters) else None
    return previous, following


def country_pages_by_region(index_page):
    """[(region, [country pages])] in region order, only regions that have a profile."""
    pages = (
        page_models.CountryPage.objects.child_of(index_page)
        .live()
        .select_related("country__region")
        .annotate(case_study_count=Count("country__case_studies", distinct=True))
    )
    regions = {}
    for page in pages:
        regions.setdefault(page.country.region, []).append(page)
    ordered = sorted(regions.items(), key=lambda item: (item[0].sort_order, item[0].pk))
    return [(region, sorted(items, key=lambda page: page.country.name)) for region, items in ordered]


def country_context(page):
    country = page.country
    language = get_language()
    matched = match_service.match_in_full(country.iso2, language=language, limit=5)
    return {
        "providers": matched.providers,
        "peers": matched.peers,
        "facilitators": matched.facilitators,
        "helps": match_service.helped_by(country.iso2, language=language, limit=5),
        "case_studies": IndexedCaseStudies("country", country.iso2),
        "experts": expert_cards(ExpertPage.objects.filter(country=country))[:12],
        "events_hosted": event_cards(EventPage.objects.filter(country=country))[:6],
        "events_attended": event_cards(EventPage.objects.filter(participant_countries=country).exclude(country=country))[:6],
        "needs": relations.fetch(page.needs.all(), select=("stage",), prefetch=("themes", "guarantees", "principles")),
    }
