"""What each page lists, as plain functions over the content (testable without HTTP).

Every function returns querysets with their relations prefetched so that a page's number of
queries does not grow with the number of items it shows.
"""

from django.db.models import Count, Q

from compendium.models import ChapterPage, CountryPage

CARD_PREFETCH = ("countries", "themes", "guarantees")


def heavy_fields(model, names):
    """The columns a card never shows (bodies, in every language): deferred so listings stay light."""
    from django.conf import settings
    from modeltranslation.utils import build_localized_fieldname

    return [
        name
        for base in names
        for name in (base, *(build_localized_fieldname(base, code) for code in settings.LANGUAGE_CODES))
        if any(field.name == name for field in model._meta.get_fields())
    ]


def case_study_cards(queryset):
    """Case studies ready for cards: tags prefetched, bodies left in the database; newest first."""
    return (
        queryset.live()
        .public()
        .defer(*heavy_fields(queryset.model, ("body", "lessons", "institutions", "sources", "search_description", "seo_title")))
        .prefetch_related(*CARD_PREFETCH)
        .order_by("-first_published_at", "-pk")
    )


def expert_cards(queryset):
    return (
        queryset.live()
        .public()
        .defer(*heavy_fields(queryset.model, ("bio", "search_description", "seo_title")))
        .select_related("country", "photo")
        .prefetch_related("themes", "languages")
        .order_by("title")
    )


def event_cards(queryset):
    return queryset.live().public().select_related("country").order_by("-start_date", "-pk")


def home_context():
    from casestudies.models import CaseStudyPage
    from events.models import EventPage

    return {
        "chapters": ChapterPage.objects.live().select_related("theme").order_by("theme__sort_order"),
        "latest_case_studies": case_study_cards(CaseStudyPage.objects.all())[:6],
        "upcoming_events": event_cards(EventPage.objects.all())[:3],
        "stats": site_statistics(),
        "countries_with_needs": CountryPage.objects.live()
        .annotate(need_count=Count("needs"))
        .filter(need_count__gt=0)
        .select_related("country")
        .order_by("-need_count")[:6],
    }


def site_statistics():
    """Counts of published items, read from the search index (which holds exactly the public pages)."""
    from compendium.models import SearchFacet, SearchItem

    by_kind = dict(SearchItem.objects.values_list("kind").annotate(n=Count("pk")).values_list("kind", "n"))
    countries = SearchFacet.objects.filter(facet="country", item__kind="case-study").values("value").distinct().count()
    return {
        "case_studies": by_kind.get("case-study", 0),
        "countries": countries,
        "experts": by_kind.get("expert", 0),
        "events": by_kind.get("event", 0),
    }


def chapters_with_counts(guide):
    from casestudies.models import CaseStudyPage

    live_ids = CaseStudyPage.objects.live().public().values("pk")
    return (
        ChapterPage.objects.child_of(guide)
        .live()
        .select_related("theme")
        .annotate(case_study_count=Count("theme__case_studies", filter=Q(theme__case_studies__in=live_ids), distinct=True))
        .order_by("theme__sort_order")
    )


def case_studies_for_theme(theme):
    from casestudies.models import CaseStudyPage

    return case_study_cards(CaseStudyPage.objects.filter(themes=theme))


def experts_for_theme(theme):
    from experts.models import ExpertPage

    return expert_cards(ExpertPage.objects.filter(themes=theme))


def chapter_neighbours(chapter):
    chapters = list(ChapterPage.objects.live().sibling_of(chapter).select_related("theme").order_by("theme__sort_order"))
    index = next((i for i, page in enumerate(chapters) if page.pk == chapter.pk), None)
    if index is None:
        return None, None
    previous = chapters[index - 1] if index > 0 else None
    following = chapters[index + 1] if index + 1 < len(chapters) else None
    return previous, following


def country_pages_by_region(index_page):
    """[(region, [country pages])] in region order, only regions that have a profile."""
    pages = (
        CountryPage.objects.child_of(index_page)
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
    from django.utils.translation import get_language

    from casestudies.models import CaseStudyPage
    from compendium import match_service
    from events.models import EventPage
    from experts.models import ExpertPage

    country = page.country
    language = get_language()
    _needs, providers = match_service.match(country.iso2, language=language, limit=5)
    return {
        "providers": providers,
        "helps": match_service.helped_by(country.iso2, language=language, limit=5),
        "case_studies": case_study_cards(CaseStudyPage.objects.filter(countries=country)),
        "experts": expert_cards(ExpertPage.objects.filter(country=country))[:12],
        "events_hosted": event_cards(EventPage.objects.filter(country=country))[:6],
        "events_attended": event_cards(EventPage.objects.filter(participant_countries=country).exclude(country=country))[:6],
        "needs": page.needs.all().select_related("stage").prefetch_related("themes", "guarantees", "principles"),
    }


def case_study_context(page):
    from casestudies.models import CaseStudyPage

    theme_ids = [theme.pk for theme in page.themes.all()]
    related = (
        case_study_cards(CaseStudyPage.objects.filter(themes__in=theme_ids).exclude(pk=page.pk).distinct())[:4]
        if theme_ids
        else CaseStudyPage.objects.none()
    )
    told = _body_figures(page)
    return {
        "principle_links": page.principle_links.select_related("principle").order_by("principle__code"),
        # Figures already told by a key-figure block of the body are not repeated above it.
        "figures": [figure for figure in page.figures.all() if figure.value not in told],
        "linked_experts": expert_cards(page.experts.all()),
        "linked_events": event_cards(page.events.all()),
        "related_case_studies": related,
    }


def _body_figures(page):
    return {block.value["value"] for block in page.body or [] if block.block_type == "key_figure"}


def experts_listing(index_page):
    from experts.models import ExpertPage

    return expert_cards(ExpertPage.objects.child_of(index_page))


def events_listing(index_page):
    from events.models import EventPage

    return event_cards(EventPage.objects.child_of(index_page))


def event_context(page):
    return {
        "sessions": page.sessions.select_related("theme").order_by("sort_order"),
        "linked_case_studies": case_study_cards(page.case_studies.all()),
        "participant_countries": sorted(page.participant_countries.all(), key=lambda country: country.name),
    }
