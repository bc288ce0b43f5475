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

from compendium.taxonomy import names

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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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
    Returns at most `limit` Providers, best first. Scores are computed for every provider; the
    reasons, which cost far more, only for the providers returned.
    """
    if not needs:
        return []
    home = countries.get(requester, CountryRecord(requester))
    wanted_languages = needs.languages or home.languages

    # 1. Evidence per provider, with as little allocation as possible.
    matches = {}
    need_themes, need_guarantees, need_principles, need_stages = needs.themes, needs.guarantees, needs.principles, needs.stages
    for case in case_studies:
        if case.lead == requester:
            continue
        relevance = (
            3 * len(case.themes & need_themes)
            + 2 * len(case.guarantees & need_guarantees)
            + len(case.principles & need_principles)
            + (1 if case.stage and case.stage in need_stages else 0)
        )
        if relevance:
            weight = 1.0 if current_year - (case.year or 0) < RECENT_YEARS else 0.6
            matches.setdefault(case.lead, []).append((relevance * weight, case))
    expert_matches = {}
    for expert in experts:
        if expert.available and expert.country != requester and (expert.themes & need_themes or expert.guarantees & need_guarantees):
            expert_matches.setdefault(expert.country, []).append(expert)
    shared_with_requester = [(event.title, event.countries) for event in events if requester in event.countries]
    shared_with_requester += [(case.title, case.countries) for case in case_studies if requester in case.countries]

    # 2. Scores.
    scores = {}
    for code in matches.keys() | expert_matches.keys():
        scored = sorted(matches.get(code, ()), key=lambda pair: (-pair[0], pair[1].title))
        found = sorted(expert_matches.get(code, ()), key=lambda expert: (not (expert.languages & wanted_languages), expert.name))
        best_experts = found[:MAX_EXPERTS]
        speaking = sum(1 for expert in best_experts if expert.languages & wanted_languages)
        info = countries.get(code, CountryRecord(code))
        together = [title for title, group in shared_with_requester if code in group]
        score = sum(value for value, _case in scored[:MAX_CASE_STUDIES]) + 2 * len(best_experts) + 0.5 * speaking
        score += 1.5 if home.region and info.region == home.region else 0
        score += 1 if info.languages & wanted_languages else 0
        score += 1.5 * min(len(together), MAX_COOPERATIONS)
        scores[code] = (round(score, 2), scored, found, together, info)

    # 3. Reasons, for the providers returned only.
    ranked = sorted(scores, key=lambda code: (-scores[code][0], code))[:limit]
    return [_explain(code, *scores[code], needs, home, wanted_languages, labels or {}) for code in ranked]


def _explain(code, score, scored, found, together, info, needs, home, wanted_languages, labels):
    """A Provider with the human-readable reasons for its score."""
    entry = Provider(country=code, score=score)
    language = get_language()
    if scored:
        entry.case_studies = [case for _score, case in scored[:MAX_CASE_STUDIES]]
        topic_counts = {}
        for _score, case in scored:
            for topic in (case.themes & needs.themes) | (case.guarantees & needs.guarantees):
                topic_counts[topic] = topic_counts.get(topic, 0) + 1
        entry.reasons.append(
            ngettext("%(n)d case study on %(topics)s", "%(n)d case studies on %(topics)s", len(scored))
            % {"n": len(scored), "topics": _labels(topic_counts, labels, topic_counts) or _("the principles you seek")}
        )
    if found:
        entry.experts = found[:MAX_EXPERTS]
        reason = ngettext("%(n)d available expert", "%(n)d available experts", len(found)) % {"n": len(found)}
        speaking = [expert for expert in entry.experts if expert.languages & wanted_languages]
        if speaking:
            shared = set().union(*(expert.languages & wanted_languages for expert in speaking))
            reason += " " + _("who speak %(languages)s") % {
                "languages": ", ".join(sorted(names.language_name(c, language) for c in shared))
            }
        entry.reasons.append(reason)
    if home.region and info.region == home.region:
        entry.reasons.append(_("Same region: %(region)s") % {"region": info.region_name or info.region})
    shared_languages = info.languages & wanted_languages
    if shared_languages:
        entry.reasons.append(
            _("Shared working language: %(languages)s")
            % {"languages": ", ".join(sorted(names.language_name(c, language) for c in shared_languages))}
        )
    if together:
        entry.reasons.append(_("Earlier cooperation: %(what)s") % {"what": "; ".join(sorted(set(together))[:MAX_COOPERATIONS])})
    return entry
