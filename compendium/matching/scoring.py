"""Matchmaking: rank the countries (and within them experts and case studies) whose national
experience answers another country's needs, and list who else can help.

The score of a provider country P for the needs N of a requester R (P != R) adds up evidence,
with the weights of WEIGHTS (points, not a percentage):

* each published case study led by P that shares a theme or a guarantee with N (or, for a need of
  principles only, a principle) scores 3 per shared theme + 2 per shared guarantee + 1 per shared principle + 1 if its stage is sought,
  times 1.0 if published in the last five years and 0.6 before; at most the best five count;
* each available expert of a national body of P (government, public institution, academia,
  social partners, private sector: NATIONAL_KINDS) working on a sought theme or guarantee
  scores 2 (at most three), plus 0.5 if they speak a language the requester prefers;
* P in R's region scores 1.5; a working language shared with R scores 1;
* each earlier cooperation between P and R (an event both took part in, or a case study naming
  both) scores 1.5, at most three;
* each completed exchange P gave (published with its requester's consent) on a sought theme or
  guarantee scores 2.5, at most three; an exchange its requester rated of little or no use
  (1 or 2 on the five-point scale) is no evidence.

What counts as P's experience: only case studies P led and experts of P's own national bodies.
Staff of international organisations (ILO, UN agencies, ASEAN Secretariat...) and of donors
are no country's experience: they are listed apart, as "who can facilitate" (facilitators()).

A country that states the same unmet need is a peer for joint learning, not a provider, unless it
has experience to show: when one of P's stated needs is about a guarantee N seeks (a need naming
one to three guarantees; a need naming all four is about no guarantee in particular), P's case
studies and experts specific to the guarantees P itself seeks do not count for P (P says it has
not solved them yet). If nothing else of P matches, P is listed among the peers (peers()).

Providers with no matching case study and no matching national expert are left out: region and
language alone are no evidence. Ties break on the country code, so the ranking is deterministic.
Every point comes with a reason a person can read; strength() puts the score on a labelled scale.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from compendium.core.bitsets import bits_of, ids_of
from compendium.taxonomy import names

RECENT_YEARS = 5
# Every weight is guarded: changed on its own (to 0 or doubled), it fails a test
# (tests/matching/test_weights.py runs that mutation check).
WEIGHTS = {
    "theme": 3.0,  # per theme of the need a case study shares
    "guarantee": 2.0,  # per guarantee
    "principle": 1.0,  # per R202 principle
    "stage": 1.0,  # the case study is at a stage the need is at
    "older_case_study": 0.6,  # factor for a case study published RECENT_YEARS or more ago
    "expert": 2.0,  # per available national expert on the need
    "expert_language": 0.5,  # that expert speaks a language the requester prefers
    "region": 1.5,  # same region as the requester
    "language": 1.0,  # a working language shared with the requester
    "cooperation": 1.5,  # per earlier cooperation with the requester
    "exchange": 2.5,  # per completed exchange P gave on the need
}
# Kinds of affiliation whose people bring their country's experience (experts.models.AffiliationKind).
NATIONAL_KINDS = frozenset({"national", "academia", "social-partners", "private"})
ALL_GUARANTEES = 4
MAX_FACILITATORS = 6
MAX_CASE_STUDIES = 5
MAX_EXPERTS = 3
MAX_COOPERATIONS = 3
MAX_EXCHANGES = 3
# A completed exchange rated below this (of little or no use) is no evidence.
USEFUL_ENOUGH = 3


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

    def request_query(self, expert=None):
        """The query string that carries this need to the peer-support request form: its themes,
        guarantees and stage, narrowed to those an expert matched on when an expert is given and
        shares some (so that a request from a country's many stated needs names the one that led
        to the expert)."""
        themes, guarantees = self.themes, self.guarantees
        if expert is not None:
            themes = (themes & expert.themes) or themes
            guarantees = (guarantees & expert.guarantees) or guarantees
        pairs = [("theme", value) for value in sorted(themes)] + [("guarantee", value) for value in sorted(guarantees)]
        if len(self.stages) == 1:
            pairs.append(("stage", next(iter(self.stages))))
        return urlencode(pairs)


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
    affiliation: str = "national"
    organisation: str = ""

    @property
    def national(self):
        """True when the expert brings their country's experience (a national body's staff)."""
        return bool(self.country) and self.affiliation in NATIONAL_KINDS


@dataclass(frozen=True, slots=True)
class StatedNeed:
    """One need a country has stated on its profile (for peers: who seeks the same)."""

    id: int
    title: str
    themes: frozenset = frozenset()
    guarantees: frozenset = frozenset()
    stage: str = ""
    time_frame: str = ""


@dataclass(frozen=True, slots=True)
class ExchangeRecord:
    """A completed exchange: `providers` helped `requester` in `year`; `usefulness` 1-5 as the
    requester rated it (0 when not rated)."""

    id: int
    title: str
    url: str
    requester: str
    providers: frozenset
    themes: frozenset = frozenset()
    guarantees: frozenset = frozenset()
    year: int = 0
    usefulness: int = 0


def usefulness_label(value):
    labels = {5: _("rated very useful"), 4: _("rated useful"), 3: _("rated somewhat useful")}
    return labels.get(value, "")


@dataclass(frozen=True)
class EventRecord:
    title: str
    countries: frozenset
    host: str = ""
    id: int = 0


@dataclass(frozen=True)
class CountryRecord:
    iso2: str
    region: str = ""
    region_name: str = ""
    languages: frozenset = frozenset()


# The labelled scale of a provider's evidence (strength()), strongest first.
STRENGTHS = ("strong", "moderate", "limited")


def strength(case_study_count):
    """Where a provider's evidence sits on the scale: strong = two or more of its case studies
    answer the need, moderate = one, limited = none (its national experts only)."""
    return STRENGTHS[0] if case_study_count >= 2 else STRENGTHS[1] if case_study_count == 1 else STRENGTHS[2]


def strength_label(value):
    labels = {
        "strong": _("Strong evidence: two or more case studies on this need"),
        "moderate": _("Moderate evidence: one case study on this need"),
        "limited": _("Limited evidence: national experts, no case study yet"),
    }
    return labels.get(value, "")


@dataclass
class Provider:
    country: str
    score: float = 0.0
    reasons: list = field(default_factory=list)
    case_studies: list = field(default_factory=list)
    experts: list = field(default_factory=list)
    exchanges: list = field(default_factory=list)
    strength: str = "limited"
    strength_label: str = ""  # in the reader's language (set while ranking)
    evidence_count: int = 0
    # [(expert, query string of the need for the request form)], set by the service for pages.
    expert_requests: list = field(default_factory=list)
    need_query: str = ""

    def as_json(self):
        return {
            "country": self.country,
            "score": self.score,
            "strength": self.strength,
            "strength_label": self.strength_label,
            "reasons": self.reasons,
            "case_studies": [{"title": c.title, "url": c.url} for c in self.case_studies],
            "experts": [{"name": e.name, "url": e.url} for e in self.experts],
            "exchanges": [{"title": x.title, "url": x.url, "year": x.year} for x in self.exchanges],
        }


@dataclass
class Peer:
    """A country that states the same unmet need and has no experience of it to show: learn together."""

    country: str
    needs: list = field(default_factory=list)  # StatedNeed records of its own

    def as_json(self):
        return {"country": self.country, "needs": [{"title": need.title, "time_frame": need.time_frame} for need in self.needs]}


@dataclass
class Facilitator:
    """An international organisation or donor whose staff work on the need."""

    organisation: str
    kind: str
    experts: list = field(default_factory=list)

    def as_json(self):
        return {"organisation": self.organisation, "kind": self.kind, "experts": [{"name": e.name, "url": e.url} for e in self.experts]}


MAX_TOPICS = 3


def _labels(values, labels, counts=None):
    """The most frequent topics' labels, at most MAX_TOPICS, then "and N more"."""
    ordered = sorted(values, key=lambda value: (-(counts or {}).get(value, 0), labels.get(value, value)))
    shown = ", ".join(labels.get(value, value) for value in ordered[:MAX_TOPICS])
    if len(ordered) > MAX_TOPICS:
        shown += " " + _("and %(n)d more") % {"n": len(ordered) - MAX_TOPICS}
    return shown


class CaseStudies:
    """Case-study records, and for each thing a match asks of them (a lead country, a country
    named, a theme, a guarantee, an exact set of guarantees, a principle, a stage, a year) the
    bitset of the records that have it (bit i: records[i], compendium.core.bitsets).

    A match then scores 100,000 case studies by bitwise arithmetic (_evidence) rather than by a
    loop over them in Python, which was most of a match at that size (p95 314 ms). Iterating it
    gives the records, in their order: it stands wherever a sequence of records does.
    """

    __slots__ = ("records", "bits", "every")

    def __init__(self, records):
        self.records = tuple(records)
        positions = defaultdict(list)
        for i, case in enumerate(self.records):
            positions["lead", case.lead].append(i)
            positions["guarantees", case.guarantees].append(i)
            positions["year", case.year or 0].append(i)
            if case.stage:
                positions["stage", case.stage].append(i)
            for facet, values in (("country", case.countries), ("theme", case.themes), ("guarantee", case.guarantees)):
                for value in values:
                    positions[facet, value].append(i)
            for value in case.principles:
                positions["principle", value].append(i)
        self.bits = {key: bits_of(ids) for key, ids in positions.items()}
        self.every = (1 << len(self.records)) - 1

    @classmethod
    def of(cls, case_studies):
        return case_studies if isinstance(case_studies, cls) else cls(case_studies)

    def __iter__(self):
        return iter(self.records)

    def __len__(self):
        return len(self.records)

    def any_of(self, facet, values):
        """The records with any of `values` of `facet`."""
        found = 0
        for value in values:
            found |= self.bits.get((facet, value), 0)
        return found

    def keys(self, facet):
        """The values of `facet` some record has."""
        return [value for kind, value in self.bits if kind == facet]

    def cases(self, bits):
        """The records of `bits`, in their order."""
        return [self.records[i] for i in ids_of(bits)]


def _sharing(candidates, sets):
    """[bits of the `candidates` in exactly k of `sets` (bitsets), for k = 0 .. len(sets)]: a
    counter across records, one bitset per count."""
    exactly = [candidates]
    for bits in sets:
        bits &= candidates
        counted = []
        for k in range(len(exactly) + 1):
            stay = exactly[k] & ~bits if k < len(exactly) else 0  # had k, not in this set
            move = exactly[k - 1] & bits if k else 0  # had k - 1, and in this set
            counted.append(stay | move)
        exactly = counted
    return exactly


def _evidence(requester, needs, cases, unmet, current_year):
    """The case studies that answer `needs`, by the points each scores (see the module doc):
    [(points, bits of the records that score them)], most points first, and the bits of them all.

    The same points as scoring each record on its own (the same float arithmetic in the same
    order), computed per combination of counts: k shared themes, l guarantees, m principles, the
    stage sought or not, recent or not."""
    w = WEIGHTS
    candidates = cases.every & ~cases.bits.get(("lead", requester), 0) & ~cases.bits.get(("lead", ""), 0)
    # Principles and stage refine a match; alone they are no evidence of a need that names themes
    # or guarantees (a health case study is not experience of a child grant for sharing principle a).
    if needs.themes or needs.guarantees:
        candidates &= cases.any_of("theme", needs.themes) | cases.any_of("guarantee", needs.guarantees)
    # A country that seeks a guarantee itself: its case studies about only the guarantees it seeks are not shown.
    for code, own in unmet.items():
        theirs = cases.bits.get(("lead", code), 0) & candidates
        if theirs:
            only_own = cases.any_of("guarantees", [gs for gs in cases.keys("guarantees") if _not_shown(gs, own)])
            candidates &= ~(theirs & only_own)
    if not candidates:
        return [], 0
    themes = _sharing(candidates, [cases.bits.get(("theme", value), 0) for value in needs.themes])
    guarantees = _sharing(candidates, [cases.bits.get(("guarantee", value), 0) for value in needs.guarantees])
    principles = _sharing(candidates, [cases.bits.get(("principle", value), 0) for value in needs.principles])
    at_stage = cases.any_of("stage", needs.stages) & candidates
    recent = cases.any_of("year", [year for year in cases.keys("year") if current_year - year < RECENT_YEARS])
    levels = defaultdict(int)
    for n_themes, by_theme in enumerate(themes):
        for n_guarantees, by_guarantee in enumerate(guarantees):
            both = by_theme & by_guarantee
            if not both:
                continue
            for n_principles, by_principle in enumerate(principles):
                found = both & by_principle
                if not found:
                    continue
                for stage, by_stage in ((True, found & at_stage), (False, found & ~at_stage)):
                    relevance = (
                        w["theme"] * n_themes + w["guarantee"] * n_guarantees + w["principle"] * n_principles + (w["stage"] if stage else 0)
                    )
                    if relevance and by_stage:
                        levels[relevance * 1.0] |= by_stage & recent
                        levels[relevance * w["older_case_study"]] |= by_stage & ~recent
    ordered = sorted(((points, bits) for points, bits in levels.items() if bits), key=lambda level: -level[0])
    matched = 0
    for _points, bits in ordered:
        matched |= bits
    return ordered, matched


def _best_points(bits, levels, limit=MAX_CASE_STUDIES):
    """The points of the best `limit` case studies of `bits`, most first (as heapq.nlargest gives them)."""
    best = []
    for points, level in levels:
        n = (bits & level).bit_count()
        if n:
            best += [points] * min(n, limit - len(best))
            if len(best) == limit:
                break
    return best


@dataclass(frozen=True)
class Evidence:
    """What a provider's reasons say of its case studies that answer the needs: how many, the best
    MAX_CASE_STUDIES (most points first, then by title), {topic of the needs: how many are about it},
    and the stages sought they are at."""

    count: int = 0
    best: tuple = ()
    topics: dict = field(default_factory=dict)
    stages: tuple = ()


def _case_study_evidence(bits, levels, cases, needs):
    """The Evidence of the case studies of `bits`: counted on the bitsets; only the best few are read."""
    best = []
    for points, level in levels:
        if len(best) >= MAX_CASE_STUDIES:
            break
        best += [(points, case) for case in cases.cases(bits & level)]
    best.sort(key=lambda pair: (-pair[0], pair[1].title))
    topics = {}
    for topic in sorted(needs.themes | needs.guarantees):
        n = (bits & (cases.bits.get(("theme", topic), 0) | cases.bits.get(("guarantee", topic), 0))).bit_count()
        if n:
            topics[topic] = n
    stages = tuple(sorted(stage for stage in needs.stages if bits & cases.bits.get(("stage", stage), 0)))
    return Evidence(bits.bit_count(), tuple(case for _points, case in best[:MAX_CASE_STUDIES]), topics, stages)


def specific_guarantees(guarantees):
    """The guarantees a need or an item is specifically about: none when it names all four."""
    return frozenset(guarantees) if len(guarantees) < ALL_GUARANTEES else frozenset()


def unmet_guarantees(stated, needs):
    """{country: the guarantees of `needs` it states as its own unmet need} (see the module doc)."""
    sought = needs.guarantees
    found = {}
    for code, own in (stated or {}).items():
        unmet = frozenset().union(*(specific_guarantees(need.guarantees) for need in own)) & sought if own else frozenset()
        if unmet:
            found[code] = frozenset().union(*(specific_guarantees(need.guarantees) for need in own))
    return found


def _not_shown(item_guarantees, unmet):
    """True when an item of a country that shares the need is only about the guarantees that
    country itself seeks: it is not experience to show."""
    specific = specific_guarantees(item_guarantees)
    return bool(unmet) and bool(specific) and specific <= unmet


def rank_providers(
    requester,
    needs,
    *,
    countries,
    case_studies,
    experts,
    events=(),
    current_year,
    labels=None,
    limit=10,
    stated=None,
    titles=None,
    exchanges=(),
):
    """Rank provider countries for `needs` of `requester` (an ISO code). Pure: no database access.

    `countries` maps ISO code -> CountryRecord; `labels` maps theme/guarantee slugs to display names;
    `stated` maps ISO code -> the StatedNeed records of every country (for the peer rule);
    `titles(keys)` returns {("case-study" | "event", id): title} in the reader's language for the
    titles a reason cites (English record titles without it); `exchanges` are the completed
    exchanges (ExchangeRecord).
    Returns at most `limit` Providers, best first. Scores are computed for every provider; the
    reasons, which cost far more, only for the providers returned.
    """
    if not needs:
        return []
    case_studies = CaseStudies.of(case_studies)
    scores, levels = _scores(requester, needs, countries, case_studies, experts, events, current_year, stated, exchanges)
    home = countries.get(requester, CountryRecord(requester))
    wanted_languages = needs.languages or home.languages
    ranked = sorted(scores, key=lambda code: (-scores[code][0], code))[:limit]
    cited = {key for code in ranked for _title, key, _group in scores[code][3]}
    localised = titles(cited) if titles and cited else {}
    explained = []
    for code in ranked:
        score, matched, *rest = scores[code]
        # Only the providers shown have their case studies read: the best few.
        evidence = _case_study_evidence(matched, levels, case_studies, needs)
        explained.append(_explain(code, score, evidence, *rest, needs, home, wanted_languages, labels or {}, localised))
    return explained


def _scores(requester, needs, countries, case_studies, experts, events, current_year, stated, exchanges=()):
    """({country: (score, bits of its case studies that answer the needs, [experts], [(title, key, countries)] together,
    CountryRecord, [exchanges])}, the levels of points of _evidence). `case_studies` is a CaseStudies."""
    w = WEIGHTS
    home = countries.get(requester, CountryRecord(requester))
    wanted_languages = needs.languages or home.languages
    unmet = unmet_guarantees({code: own for code, own in (stated or {}).items() if code != requester}, needs)

    # 1. Evidence per provider.
    need_themes, need_guarantees = needs.themes, needs.guarantees
    levels, answering = _evidence(requester, needs, case_studies, unmet, current_year)
    matches = {}
    for code in case_studies.keys("lead"):
        theirs = answering & case_studies.bits["lead", code]
        if theirs:
            matches[code] = theirs
    expert_matches = {}
    for expert in experts:
        if (
            expert.available
            and expert.national
            and expert.country != requester
            and (expert.themes & need_themes or expert.guarantees & need_guarantees)
            and not (expert.country in unmet and _not_shown(expert.guarantees, unmet[expert.country]))
        ):
            expert_matches.setdefault(expert.country, []).append(expert)
    exchange_matches = {}
    for exchange in exchanges:
        if exchange.usefulness and exchange.usefulness < USEFUL_ENOUGH:
            continue
        if not (exchange.themes & need_themes or exchange.guarantees & need_guarantees):
            continue
        for code in exchange.providers - {requester}:
            exchange_matches.setdefault(code, []).append(exchange)
    shared_with_requester = [(event.title, ("event", event.id), event.countries) for event in events if requester in event.countries]
    naming = case_studies.cases(case_studies.bits.get(("country", requester), 0))
    shared_with_requester += [(case.title, ("case-study", case.id), case.countries) for case in naming]
    together_with = {}  # country -> the entries of shared_with_requester that name it, in their order
    for entry in shared_with_requester:
        for code in entry[2]:
            together_with.setdefault(code, []).append(entry)

    # 2. Scores.
    scores = {}
    for code in matches.keys() | expert_matches.keys() | exchange_matches.keys():
        found = sorted(expert_matches.get(code, ()), key=lambda expert: (not (expert.languages & wanted_languages), expert.name))
        best_experts = found[:MAX_EXPERTS]
        speaking = sum(1 for expert in best_experts if expert.languages & wanted_languages)
        info = countries.get(code, CountryRecord(code))
        together = together_with.get(code, [])
        score = sum(_best_points(matches.get(code, 0), levels))
        score += w["expert"] * len(best_experts) + w["expert_language"] * speaking
        score += w["region"] if home.region and info.region == home.region else 0
        score += w["language"] if info.languages & wanted_languages else 0
        score += w["cooperation"] * min(len({key for _t, key, _g in together}), MAX_COOPERATIONS)
        given = sorted(exchange_matches.get(code, ()), key=lambda exchange: (-exchange.usefulness, -exchange.year, exchange.id))
        score += w["exchange"] * min(len(given), MAX_EXCHANGES)
        scores[code] = (round(score, 2), matches.get(code, 0), found, together, info, given[:MAX_EXCHANGES])
    return scores, levels


def peers(requester, needs, stated, providers):
    """Countries stating the same unmet need (a guarantee of `needs`, or with no guarantee sought,
    a theme of it) that are not among `providers`: partners for joint learning. Sorted by code."""
    if not needs:
        return []
    shown = {entry.country for entry in providers}
    found = []
    for code, own in sorted((stated or {}).items()):
        if code == requester or code in shown:
            continue
        if needs.guarantees:
            same = [need for need in own if specific_guarantees(need.guarantees) & needs.guarantees]
        else:
            same = [need for need in own if need.themes & needs.themes]
        if same:
            found.append(Peer(country=code, needs=same))
    return found


def facilitators(requester, needs, experts, limit=MAX_FACILITATORS):
    """International organisations and donors whose staff work on `needs`: who can facilitate an
    exchange. Never a country: grouped by organisation, most staff first. An organisation
    facilitates whether or not one of its people takes requests at present (the sources rarely say)."""
    if not needs:
        return []
    groups = {}
    for expert in experts:
        if expert.national:
            continue
        if expert.themes & needs.themes or expert.guarantees & needs.guarantees:
            key = (expert.organisation or "", expert.affiliation)
            groups.setdefault(key, []).append(expert)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0][0]))
    return [
        Facilitator(organisation=name, kind=kind, experts=sorted(found, key=lambda e: e.name)[:MAX_EXPERTS])
        for (name, kind), found in ordered[:limit]
    ]


def _explain(code, score, evidence, found, together, info, given, needs, home, wanted_languages, labels, titles):
    """A Provider with the human-readable reasons for its score."""
    level = strength(evidence.count)
    entry = Provider(country=code, score=score, strength=level, strength_label=str(strength_label(level)), evidence_count=evidence.count)
    language = get_language()
    if evidence.count:
        entry.case_studies = list(evidence.best)
        entry.reasons.append(
            ngettext("%(n)d case study on %(topics)s", "%(n)d case studies on %(topics)s", evidence.count)
            % {"n": evidence.count, "topics": _labels(evidence.topics, labels, evidence.topics) or _("the principles you seek")}
        )
        if evidence.stages:
            entry.reasons.append(
                _("Experience at the stage you are at: %(stages)s") % {"stages": ", ".join(labels.get(s, s) for s in evidence.stages)}
            )
    if found:
        entry.experts = found[:MAX_EXPERTS]
        reason = ngettext("%(n)d available national expert", "%(n)d available national experts", len(found)) % {"n": len(found)}
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
    for exchange in given:
        topics = _labels((exchange.themes & needs.themes) | (exchange.guarantees & needs.guarantees), labels)
        values = {"country": names.country_name(exchange.requester, language), "topics": topics, "year": exchange.year}
        reason = _("Gave support to %(country)s on %(topics)s in %(year)d") % values
        rated = usefulness_label(exchange.usefulness)
        entry.reasons.append(f"{reason}, {rated}" if rated else reason)
        entry.exchanges.append(exchange)
    if together:
        cited = sorted({titles.get(key) or title for title, key, _group in together})
        entry.reasons.append(_("Earlier cooperation: %(what)s") % {"what": "; ".join(cited[:MAX_COOPERATIONS])})
    return entry
