"""Matching at scale, in memory: 200 countries x 10,000 case studies x 500 experts (no database).

Prints p50/p95 of rank_providers() for a country's needs, and the ratio to a baseline measured in
the same run: one plain pass over the same 10,000 records (the floor of any ranking).
"""

import gc
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "compendium.settings.dev")

import django  # noqa: E402

django.setup()

from compendium.matching.scoring import CaseStudies, CaseStudyRecord, CountryRecord, EventRecord, ExpertRecord, Needs, rank_providers  # noqa: E402

THEMES = ["coordination", "outreach", "integrated-packages", "employment", "economic-sectors", "mis"]
GUARANTEES = ["health", "children", "working-age", "elderly"]
PRINCIPLES = list("abcdefghijklmnopqr")
STAGES = ["advocacy", "assessment", "design", "delivery", "awareness", "knowledge-sharing"]
LANGUAGES = ["en", "fr", "es", "pt", "zh", "km", "lo", "th", "vi", "id", "ar", "ru"]
REGIONS = ["asean", "east-asia", "south-asia", "pacific", "africa", "latin-america", "europe", "arab-states"]


def percentiles(samples):
    ordered = sorted(samples)
    return {f"p{int(q * 100)}": round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 2) for q in (0.5, 0.95)}


def main(countries=200, cases=10_000, experts=500, rounds=100):
    rng = random.Random(11)
    codes = [f"C{index:03d}" for index in range(countries)]
    records = {code: CountryRecord(code, rng.choice(REGIONS), "", frozenset(rng.sample(LANGUAGES, 2))) for code in codes}
    case_studies = [
        CaseStudyRecord(
            id=index,
            title=f"Case {index}",
            url=f"c/{index}/",
            lead=(lead := rng.choice(codes)),
            countries=frozenset({lead, rng.choice(codes)}),
            themes=frozenset(rng.sample(THEMES, 2)),
            guarantees=frozenset(rng.sample(GUARANTEES, 1)),
            principles=frozenset(rng.sample(PRINCIPLES, 3)),
            stage=rng.choice(STAGES),
            year=rng.randint(2010, 2026),
        )
        for index in range(cases)
    ]
    expert_records = [
        ExpertRecord(
            index,
            f"Expert {index}",
            f"e/{index}/",
            rng.choice(codes),
            frozenset(rng.sample(THEMES, 2)),
            frozenset(rng.sample(GUARANTEES, 1)),
            frozenset(rng.sample(LANGUAGES, 2)),
            rng.random() < 0.7,
        )
        for index in range(experts)
    ]
    events = [EventRecord(f"Event {index}", frozenset(rng.sample(codes, 4)), "") for index in range(200)]
    needs = [
        (
            rng.choice(codes),
            Needs(
                themes=frozenset(rng.sample(THEMES, 2)),
                guarantees=frozenset(rng.sample(GUARANTEES, 1)),
                principles=frozenset(rng.sample(PRINCIPLES, 2)),
            ),
        )
        for _ in range(rounds)
    ]

    indexed = CaseStudies(case_studies)  # as compendium.matching.service keeps them, once per version
    gc.freeze()  # as compendium.matching.service does once it has loaded the records

    def baseline():
        total = 0
        for case in case_studies:
            total += len(case.themes)
        return total

    base, ranked = [], []
    for requester, need in needs:
        started = time.perf_counter()
        baseline()
        base.append(time.perf_counter() - started)
        started = time.perf_counter()
        rank_providers(requester, need, countries=records, case_studies=indexed, experts=expert_records, events=events, current_year=2026)
        ranked.append(time.perf_counter() - started)
    result = {"countries": countries, "case_studies": cases, "experts": experts, "baseline": percentiles(base), "rank": percentiles(ranked)}
    result["ratio_p95"] = round(result["rank"]["p95"] / result["baseline"]["p95"], 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
