"""Matchmaking over the published content: loads plain records and calls compendium.matching.scoring.

Records are read from the search index tables (one query for every case study's tags) and kept
in each process's memory; a version stamp shared by all workers (compendium.core.versions), bumped on publish, makes
every worker reload them after a change without unpickling the records on each view.
"""

import datetime
import gc
import sys
from dataclasses import dataclass, replace

from django.db.models import OuterRef, Subquery
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from compendium.catalogue.models import SearchItem, SearchText
from compendium.core import versions
from compendium.matching import graphics
from compendium.matching import scoring as matching
from compendium.pages import models as page_models  # a module: page listings call this service back
from compendium.search.engines.base import vocabulary
from compendium.taxonomy import names
from compendium.taxonomy.models import Country, Theme
from events.models import EventPage

_memo = {"version": None, "records": None}


def _version():
    return versions.current("matching")


def invalidate():
    versions.bump("matching")


class _Shared:
    """One shared object per distinct value: 100,000 records hold a few hundred distinct tag sets.

    Each row's JSON decodes into new strings and lists; without sharing, every record would keep
    its own copies (about 2 KB a record, most of a worker's memory at N = 100,000).
    """

    def __init__(self):
        self.pool = {}

    def set(self, values):
        values = frozenset(sys.intern(value) for value in values or ())
        return self.pool.setdefault(values, values)

    def first(self, values):
        return sys.intern(values[0]) if values else ""

    def year(self, date):
        year = date.year if date else 0
        return self.pool.setdefault(year, year)


def _english_title():
    return Subquery(SearchText.objects.filter(item=OuterRef("pk"), language="en").values("title")[:1])


def _rows(kind, *fields):
    """The search index rows of one kind as tuples, streamed (never all model instances at once)."""
    rows = SearchItem.objects.filter(kind=kind).annotate(english_title=_english_title()).order_by("pk")
    return rows.values_list("page_id", "english_title", "path", "facets", *fields).iterator(chunk_size=2000)


def load_records():
    """(countries, case studies (matching.CaseStudies: the records and their bitsets), experts, events) as plain
    records; cached."""
    version = _version()
    if _memo["version"] == version:
        return _memo["records"]
    shared = _Shared()
    case_studies = matching.CaseStudies(
        matching.CaseStudyRecord(
            id=page_id,
            title=title or "",
            url=path,
            lead=shared.first(facets.get("lead") or facets.get("country")),
            countries=shared.set(facets.get("country")),
            themes=shared.set(facets.get("theme")),
            guarantees=shared.set(facets.get("guarantee")),
            principles=shared.set(facets.get("principle")),
            stage=shared.first(facets.get("stage")),
            year=shared.year(date),
        )
        for page_id, title, path, facets, date in _rows("case-study", "date")
    )
    experts = tuple(
        matching.ExpertRecord(
            id=page_id,
            name=title or "",
            url=path,
            country=shared.first(facets.get("country")),
            themes=shared.set(facets.get("theme")),
            guarantees=shared.set(facets.get("guarantee")),
            languages=shared.set(facets.get("languages")),
            available=bool(facets.get("available", True)),
            # Indexed before affiliations existed: such an expert is national (as every expert was).
            affiliation=facets.get("affiliation") or "national",
            organisation=facets.get("organisation") or "",
        )
        for page_id, title, path, facets in _rows("expert")
    )
    events = tuple(
        matching.EventRecord(
            id=event.pk,
            title=event.title_en,
            countries=frozenset([c.iso2 for c in event.participant_countries.all()] + ([event.country.iso2] if event.country_id else [])),
            host=event.country.iso2 if event.country_id else "",
        )
        for event in EventPage.objects.live().public().select_related("country").prefetch_related("participant_countries")
    )
    countries = {
        country.iso2: matching.CountryRecord(
            iso2=country.iso2,
            region=country.region.slug,
            region_name=country.region.name_en,
            languages=frozenset(language.code for language in country.languages.all()),
        )
        for country in Country.objects.select_related("region").prefetch_related("languages")
    }
    records = (countries, case_studies, experts, events)
    _memo.update(version=version, records=records)
    # Tens of thousands of long-lived records: keep the cycle collector from re-scanning them
    # on every collection (they hold no cycles; reference counting frees them when replaced).
    # Collect first, or the model instances of the queries above, kept by reference cycles,
    # would be frozen with them and never freed.
    gc.collect()
    gc.freeze()
    return records


@versions.memoize("matching")
def load_exchanges():
    """The published completed exchanges (the catalogue's "exchange" documents) as ExchangeRecords."""
    return tuple(
        matching.ExchangeRecord(
            id=page_id,
            title=title or "",
            url=path,
            requester=facets.get("requester") or "",
            providers=frozenset(facets.get("providers") or ()),
            themes=frozenset(facets.get("theme") or ()),
            guarantees=frozenset(facets.get("guarantee") or ()),
            year=int(facets.get("year") or 0),
            usefulness=int(facets.get("usefulness") or 0),
        )
        for page_id, title, path, facets in _rows("exchange")
    )


@versions.memoize("pages")
def all_stated_needs():
    """{ISO2: Needs} of every published profile that states needs.

    Read in four queries and kept in process memory for one version of the pages (bumped on
    every publish), so a country profile's "whom our experience can help" ranks every needy
    country without a query per country.
    """
    by_country = {}
    rows = page_models.CountryNeed.objects.filter(page__live=True).select_related("page__country", "stage")
    for need in rows.prefetch_related("themes", "guarantees", "principles"):
        by_country.setdefault(need.page.country.iso2, []).append(need)
    return {
        iso2: matching.Needs(
            themes=frozenset(t.slug for need in needs for t in need.themes.all()),
            guarantees=frozenset(g.slug for need in needs for g in need.guarantees.all()),
            principles=frozenset(p.code for need in needs for p in need.principles.all()),
            stages=frozenset(need.stage.slug for need in needs if need.stage_id),
        )
        for iso2, needs in by_country.items()
    }


@versions.memoize("pages")
def all_stated_need_records():
    """{ISO2: (StatedNeed, ...)} of every published profile, for the peer rule (English titles)."""
    by_country = {}
    rows = page_models.CountryNeed.objects.filter(page__live=True).select_related("page__country", "stage")
    for need in rows.prefetch_related("themes", "guarantees").order_by("page_id", "sort_order"):
        by_country.setdefault(need.page.country.iso2, []).append(
            matching.StatedNeed(
                id=need.pk,
                title=need.title_en or need.title,
                themes=frozenset(t.slug for t in need.themes.all()),
                guarantees=frozenset(g.slug for g in need.guarantees.all()),
                stage=need.stage.slug if need.stage_id else "",
                time_frame=need.time_frame,
            )
        )
    return {iso2: tuple(needs) for iso2, needs in by_country.items()}


def stated_needs_json(iso2, language):
    """The needs `iso2` states on its profile, as the match API gives them: title in `language`,
    stage, time frame (short / medium / long, "" when the source states none), tags."""
    field = build_localized_fieldname("title", language)
    titles = dict(page_models.CountryNeed.objects.filter(page__country__code=iso2, page__live=True).values_list("pk", field))
    return [
        {
            "title": titles.get(need.id) or need.title,
            "stage": need.stage,
            "time_frame": need.time_frame,
            "themes": sorted(need.themes),
            "guarantees": sorted(need.guarantees),
        }
        for need in all_stated_need_records().get(iso2, ())
    ]


def stated_needs(iso2):
    """The Needs a country has stated on its published profile (empty Needs when it has none)."""
    return all_stated_needs().get(iso2, matching.Needs())


def taxonomy_labels(language):
    """{slug: label in `language`} of themes, guarantees and stages (the cached vocabularies)."""
    labels = {}
    for facet in ("theme", "guarantee", "stage"):
        labels.update(vocabulary(facet, language))
    return labels


def match(iso2, needs=None, language="en", limit=10):
    """Providers for `iso2`'s needs (its stated needs when `needs` is None), URLs in `language`."""
    result = match_in_full(iso2, needs, language=language, limit=limit)
    return result.needs, result.providers


@dataclass
class MatchResult:
    """What matchmaking says about one country's needs: providers (countries with national
    experience), peers (countries seeking the same) and facilitators (international bodies, donors)."""

    needs: matching.Needs
    providers: list
    peers: list
    facilitators: list


def _titles(language):
    """The reasons' title lookup: {(kind, id): title in `language`} (one query per ranking)."""

    def lookup(keys):
        ids = {page_id for _kind, page_id in keys}
        rows = SearchText.objects.filter(item__page_id__in=ids, language=language).values_list("item__page_id", "title")
        found = {page_id: title for page_id, title in rows if title}
        return {key: found[key[1]] for key in keys if key[1] in found}

    return lookup


def match_in_full(iso2, needs=None, language="en", limit=10):
    """The MatchResult for `iso2`'s needs (its stated needs when `needs` is None), in `language`."""
    if needs is None:
        needs = stated_needs(iso2)
    countries, case_studies, experts, events = load_records()
    stated = all_stated_need_records()
    with translation.override(language):
        providers = matching.rank_providers(
            iso2,
            needs,
            countries=countries,
            case_studies=case_studies,
            experts=experts,
            events=events,
            current_year=datetime.date.today().year,
            labels=taxonomy_labels(language),
            limit=limit,
            stated=stated,
            titles=_titles(language),
            exchanges=load_exchanges(),
        )
    _localise(providers, language)
    for entry in providers:
        entry.need_query = needs.request_query()
        entry.expert_requests = [(expert, needs.request_query(expert)) for expert in entry.experts]
    peers = matching.peers(iso2, needs, stated, providers)
    _localise_needs(peers, language)
    facilitators = matching.facilitators(iso2, needs, experts)
    for entry in facilitators:
        entry.experts = [replace(expert, url=f"/{language}/{expert.url}") for expert in entry.experts]
    return MatchResult(needs=needs, providers=providers, peers=peers, facilitators=facilitators)


def _localise_needs(peers, language):
    """Peers' need titles in the reader's language where translated (one query)."""
    ids = [need.id for peer in peers for need in peer.needs]
    if not ids:
        return
    field = build_localized_fieldname("title", language)
    titles = dict(page_models.CountryNeed.objects.filter(pk__in=ids).values_list("pk", field))
    for peer in peers:
        peer.needs = [replace(need, title=titles.get(need.id) or need.title) for need in peer.needs]


def _localise(providers, language):
    """URLs in the reader's language and case-study titles in it where translated (one query)."""
    ids = {case.id for entry in providers for case in entry.case_studies}
    titles = dict(SearchText.objects.filter(item__page_id__in=ids, language=language).values_list("item__page_id", "title") if ids else [])
    for entry in providers:
        entry.case_studies = [
            replace(case, url=f"/{language}/{case.url}", title=titles.get(case.id) or case.title) for case in entry.case_studies
        ]
        entry.experts = [replace(expert, url=f"/{language}/{expert.url}") for expert in entry.experts]
        entry.exchanges = [replace(exchange, url=f"/{language}/{exchange.url}") for exchange in entry.exchanges]


def helped_by(iso2, language="en", limit=10):
    """The reverse ranking: countries whose stated needs `iso2`'s experience answers, best first.

    Only `iso2`'s own evidence is scored against each needy country: one small ranking per
    country that has stated needs, done once per version of the content and kept in memory.
    """
    return _helped_by(iso2, language, limit, datetime.date.today().year)


@versions.memoize("pages", "matching", "taxonomy")
def _helped_by(iso2, language, limit, current_year):
    countries, case_studies, experts, events = load_records()
    own_cases = matching.CaseStudies(case_studies.cases(case_studies.bits.get(("country", iso2), 0)))
    own_experts = [expert for expert in experts if expert.country == iso2]
    own_exchanges = [exchange for exchange in load_exchanges() if iso2 in exchange.providers]
    labels = taxonomy_labels(language)
    stated = all_stated_need_records()
    results = []
    needy = {code: needs for code, needs in all_stated_needs().items() if code != iso2}
    profiles = page_models.CountryPage.objects.live().filter(country__code__in=needy).select_related("country") if needy else []
    with translation.override(language):
        for profile in profiles:
            needs = needy[profile.country.iso2]
            ranked = matching.rank_providers(
                profile.country.iso2,
                needs,
                countries=countries,
                case_studies=own_cases,
                experts=own_experts,
                events=events,
                current_year=current_year,
                labels=labels,
                stated=stated,
                titles=_titles(language),
                exchanges=own_exchanges,
            )
            results += [(profile, entry) for entry in ranked if entry.country == iso2]
    results.sort(key=lambda pair: (-pair[1].score, pair[0].country.iso2))
    return tuple(results[:limit])


def exchange_pictures(language, focus=None):
    """The network SVG (centred on `focus`, an iso2 code, when given), its links as text, and the
    needs x experience matrix (see compendium.matching.graphics)."""
    countries, case_studies, _experts, events = load_records()
    links = graphics.exchange_links(case_studies, events)
    needs = {}
    for profile in page_models.CountryPage.objects.live().prefetch_related("needs__themes").select_related("country"):
        seeking = {theme.slug for need in profile.needs.all() for theme in need.themes.all()}
        if seeking:
            needs[profile.country.iso2] = seeking
    themes = list(Theme.objects.all())
    with translation.override(language):
        svg = graphics.network_svg(links, countries, language, focus=focus)
    return {
        "network_svg": svg,
        "links": sorted(
            ((pair, weight) for pair, weight in links.items() if not focus or focus in pair or not any(focus in p for p in links)),
            key=lambda item: -item[1],
        )[:40],
        "network_focus": focus if focus and any(focus in pair for pair in links) else None,
        "matrix": sorted(
            graphics.needs_experience_matrix(needs, case_studies, [theme.slug for theme in themes]),
            key=lambda row: names.country_name(row[0], language),
        ),
        "matrix_themes": themes,
    }


def suggestions_for_request(request_obj, limit=5):
    """Providers for a peer-support request's own needs (or the country's stated ones), for staff."""
    needs = matching.Needs(
        themes=frozenset(t.slug for t in request_obj.themes.all()),
        guarantees=frozenset(g.slug for g in request_obj.guarantees.all()),
        principles=frozenset(p.code for p in request_obj.principles.all()),
        stages=frozenset([request_obj.stage.slug] if request_obj.stage_id else []),
        languages=frozenset(language.code for language in request_obj.languages.all()),
    )
    return match(request_obj.country.iso2, needs if needs else None, language="en", limit=limit)[1]
