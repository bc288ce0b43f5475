"""Matchmaking: rank the countries (and within them experts and case studies) whose experience
answers another country's needs.

The score of a provider country P for the needs N of a requester R (P != R) adds up evidence:

* each published case study led by P that shares tags with N scores
  3 per shared theme + 2 per shared guarantee + 1 per shared principle + 1 if the stage is sought,
  times 1.0 if published in the last five years and 0.6 before; at most the best five count;
* each available expert of P working on a sought theme or guarantee scores 2 (at most three),
  plus 0.5 if they speak a language the requester prefers;
* P in R's region scores 1.5; a working language shared with R scores 1;
* each earlier cooperation between P and R (an event both took part in, or a case study naming
  both) scores 1.5, at most three.

Providers with no matching case study and no matching expert are left out: region and
language alone are no evidence. Ties break on the country code, so the ranking is deterministic.
Every point comes with a reason a person can read.
"""

from dataclasses import dataclass, field

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from compendium import names

RECENT_YEARS = 5
MAX_CASE_STUDIES = 5
MAX_EXPERTS = 3
MAX_COOPERATIONS = 3


@dataclass(frozen=True)
class Needs:
    """What a country seeks: sets of theme slugs, guarantee slugs, principle codes, stage slugs, languages."""

    themes: frozenset = frozenset()
    guarantees: frozenset = frozenset()
    principles: frozenset = frozenset()
    stages: frozenset = frozenset()
    languages: frozenset = frozenset()

    def __bool__(self):
        return bool(self.themes or self.guarantees or self.principles or self.stages)

    def as_json(self):
        return {key: sorted(getattr(self, key)) for key in ("themes", "guarantees", "principles", "stages", "languages")}


@dataclass(frozen=True)
class CaseStudyRecord:
    id: int
    title: str
    url: str
    lead: str
    countries: frozenset
    themes: frozenset = frozenset()
    guarantees: frozenset = frozenset()
    principles: frozenset = frozenset()
    stage: str = ""
    year: int = 0


@dataclass(frozen=True)
class ExpertRecord:
    id: int
    name: str
    url: str
    country: str
    themes: frozenset = frozenset()
    guarantees: frozenset = frozenset()
    languages: frozenset = frozenset()
    available: bool = True


@dataclass(frozen=True)
class EventRecord:
    title: str
    countries: frozenset
    host: str = ""


@dataclass(frozen=True)
class CountryRecord:
    iso2: str
    region: str = ""
    region_name: str = ""
    languages: frozenset = frozenset()


@dataclass
class Provider:
    country: str
    score: float = 0.0
    reasons: list = field(default_factory=list)
    case_studies: list = field(default_factory=list)
    experts: list = field(default_factory=list)

    def as_json(self):
        return {
            "country": self.country,
            "score": self.score,
            "reasons": self.reasons,
            "case_studies": [{"title": c.title, "url": c.url} for c in self.case_studies],
            "experts": [{"name": e.name, "url": e.url} for e in self.experts],
        }


def case_study_relevance(case, needs):
    return (
        3 * len(case.themes & needs.themes)
        + 2 * len(case.guarantees & needs.guarantees)
        + len(case.principles & needs.principles)
        + (1 if case.stage and case.stage in needs.stages else 0)
    )


MAX_TOPICS = 3


def _labels(values, labels, counts=None):
    """The most frequent topics' labels, at most MAX_TOPICS, then "and N more"."""
    ordered = sorted(values, key=lambda value: (-(counts or {}).get(value, 0), labels.get(value, value)))
    shown = ", ".join(labels.get(value, value) for value in ordered[:MAX_TOPICS])
    if len(ordered) > MAX_TOPICS:
        shown += " " + _("and %(n)d more") % {"n": len(ordered) - MAX_TOPICS}
    return shown


def rank_providers(requester, needs, *, countries, case_studies, experts, events=(), current_year, labels=None, limit=10):
    """Rank provider countries for `needs` of `requester` (an ISO code). Pure: no database access.

    `countries` maps ISO code -> CountryRecord; `labels` maps theme/guarantee slugs to display names.
    Returns at most `limit` Providers, best first.
    """
    labels = labels or {}
    if not needs:
        return []
    home = countries.get(requester, CountryRecord(requester))
    wanted_languages = needs.languages or home.languages
    providers = {}

    def provider(code):
        return providers.setdefault(code, Provider(country=code))

    matches = {}
    for case in case_studies:
        if case.lead == requester:
            continue
        relevance = case_study_relevance(case, needs)
        if relevance:
            weight = 1.0 if current_year - (case.year or 0) < RECENT_YEARS else 0.6
            matches.setdefault(case.lead, []).append((relevance * weight, case))
    for code, scored in matches.items():
        scored.sort(key=lambda pair: (-pair[0], pair[1].title))
        best = scored[:MAX_CASE_STUDIES]
        entry = provider(code)
        entry.score += sum(score for score, _case in best)
        entry.case_studies = [case for _score, case in best]
        topic_counts = {}
        for _score, case in scored:
            for topic in (case.themes & needs.themes) | (case.guarantees & needs.guarantees):
                topic_counts[topic] = topic_counts.get(topic, 0) + 1
        topics = _labels(topic_counts, labels, topic_counts)
        entry.reasons.append(
            ngettext("%(n)d case study on %(topics)s", "%(n)d case studies on %(topics)s", len(scored))
            % {"n": len(scored), "topics": topics or _("the principles you seek")}
        )

    expert_matches = {}
    for expert in experts:
        if expert.country == requester or not expert.available:
            continue
        if expert.themes & needs.themes or expert.guarantees & needs.guarantees:
            expert_matches.setdefault(expert.country, []).append(expert)
    for code, found in expert_matches.items():
        found.sort(key=lambda expert: (not (expert.languages & wanted_languages), expert.name))
        best = found[:MAX_EXPERTS]
        entry = provider(code)
        speaking = [expert for expert in best if expert.languages & wanted_languages]
        entry.score += 2 * len(best) + 0.5 * len(speaking)
        entry.experts = best
        reason = ngettext("%(n)d available expert", "%(n)d available experts", len(found)) % {"n": len(found)}
        if speaking:
            shared = set().union(*(expert.languages & wanted_languages for expert in speaking))
            reason += " " + _("who speak %(languages)s") % {
                "languages": ", ".join(sorted(names.language_name(code_, get_language()) for code_ in shared))
            }
        entry.reasons.append(reason)

    for code, entry in providers.items():
        info = countries.get(code, CountryRecord(code))
        if home.region and info.region == home.region:
            entry.score += 1.5
            entry.reasons.append(_("Same region: %(region)s") % {"region": info.region_name or info.region})
        shared_languages = info.languages & wanted_languages
        if shared_languages:
            entry.score += 1
            entry.reasons.append(
                _("Shared working language: %(languages)s")
                % {"languages": ", ".join(sorted(names.language_name(language, get_language()) for language in shared_languages))}
            )
        together = [event.title for event in events if code in event.countries and requester in event.countries]
        together += [case.title for case in case_studies if code in case.countries and requester in case.countries]
        if together:
            entry.score += 1.5 * min(len(together), MAX_COOPERATIONS)
            entry.reasons.append(_("Earlier cooperation: %(what)s") % {"what": "; ".join(sorted(set(together))[:MAX_COOPERATIONS])})
        entry.score = round(entry.score, 2)

    ranked = sorted(providers.values(), key=lambda entry: (-entry.score, entry.country))
    return ranked[:limit]
