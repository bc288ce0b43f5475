"""Matchmaking reads the case studies through bitsets (scoring.CaseStudies): the same providers, scores,
counts and best case studies as scoring every record on its own by the rule of the module doc.

The reference below is that rule written plainly, one record at a time (as the code did before the
bitsets); Hypothesis draws the records and the needs, with the corners that the arithmetic must
get right: no lead, the requester's own case studies, all four guarantees, a country that seeks
the guarantee itself, the stage, old and recent years, equal titles.
"""

import heapq

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from compendium.matching.scoring import (
    MAX_CASE_STUDIES,
    RECENT_YEARS,
    WEIGHTS,
    CaseStudies,
    CaseStudyRecord,
    CountryRecord,
    Needs,
    StatedNeed,
    _not_shown,
    rank_providers,
    unmet_guarantees,
)

CODES = ["KH", "TH", "BR", "IN", ""]
THEMES = ["coordination", "outreach", "mis"]
GUARANTEES = ["health", "children", "working-age", "elderly"]
PRINCIPLES = ["a", "b", "c"]
STAGES = ["design", "delivery"]
YEAR = 2026


def subsets(values):
    return st.frozensets(st.sampled_from(values))


records = st.lists(
    st.builds(
        lambda lead, other, themes, guarantees, principles, stage, year, title: (
            lead,
            other,
            themes,
            guarantees,
            principles,
            stage,
            year,
            title,
        ),
        st.sampled_from(CODES),
        st.sampled_from(CODES),
        subsets(THEMES),
        subsets(GUARANTEES),
        subsets(PRINCIPLES),
        st.sampled_from(["", *STAGES]),
        st.sampled_from([0, 2015, 2021, 2022, 2026]),
        st.integers(0, 3),
    ),
    max_size=40,
)
needs_strategy = st.builds(Needs, subsets(THEMES), subsets(GUARANTEES), subsets(PRINCIPLES), subsets(STAGES))
stated_strategy = st.dictionaries(
    st.sampled_from(CODES[:-1]),
    st.lists(st.builds(lambda g: StatedNeed(id=1, title="n", guarantees=g), subsets(GUARANTEES)), max_size=2),
)


def case_studies_of(drawn):
    return [
        CaseStudyRecord(
            id=i,
            title=f"Case {title}",
            url=f"c/{i}/",
            lead=lead,
            countries=frozenset({lead, other} - {""}),
            themes=themes,
            guarantees=guarantees,
            principles=principles,
            stage=stage,
            year=year,
        )
        for i, (lead, other, themes, guarantees, principles, stage, year, title) in enumerate(drawn)
    ]


def reference(requester, needs, cases, stated):
    """{country: (its score, number of its case studies that answer, the best five ids)}: the score
    is the sum of its best five case studies' points, and 1.5 for each case study (three at most)
    naming it with the requester (an earlier cooperation)."""
    w = WEIGHTS
    unmet = unmet_guarantees({code: own for code, own in stated.items() if code != requester}, needs)
    topical = bool(needs.themes or needs.guarantees)
    found = {}
    for case in cases:
        if case.lead == requester or not case.lead:
            continue
        if topical and not (case.themes & needs.themes or case.guarantees & needs.guarantees):
            continue
        relevance = (
            w["theme"] * len(case.themes & needs.themes)
            + w["guarantee"] * len(case.guarantees & needs.guarantees)
            + w["principle"] * len(case.principles & needs.principles)
            + (w["stage"] if case.stage and case.stage in needs.stages else 0)
        )
        if relevance and not (case.lead in unmet and _not_shown(case.guarantees, unmet[case.lead])):
            weight = 1.0 if YEAR - (case.year or 0) < RECENT_YEARS else w["older_case_study"]
            found.setdefault(case.lead, []).append((relevance * weight, case))
    together = {code: len([case for case in cases if {requester, code} <= case.countries]) for code in found}
    return {
        code: (
            sum(heapq.nlargest(MAX_CASE_STUDIES, [points for points, _case in scored])) + w["cooperation"] * min(together[code], 3),
            len(scored),
            [case.id for _points, case in sorted(scored, key=lambda pair: (-pair[0], pair[1].title))[:MAX_CASE_STUDIES]],
        )
        for code, scored in found.items()
    }


@hypothesis_settings(max_examples=300, deadline=None)
@given(records, needs_strategy, st.sampled_from(CODES[:-1]), stated_strategy)
def test_the_bitsets_give_what_scoring_each_record_gives(drawn, needs, requester, stated):
    cases = case_studies_of(drawn)
    countries = {code: CountryRecord(code) for code in CODES if code}
    ranked = rank_providers(
        requester, needs, countries=countries, case_studies=CaseStudies(cases), experts=(), current_year=YEAR, stated=stated, limit=10
    )
    expected = reference(requester, needs, cases, stated) if needs else {}
    # No experts, regions, languages, events or exchanges: the score is the case studies' points and cooperations.
    got = {entry.country: (entry.score, entry.evidence_count, [case.id for case in entry.case_studies]) for entry in ranked}
    assert got == {code: (round(points, 2), count, best) for code, (points, count, best) in expected.items()}


def test_the_index_reads_like_the_records_it_holds():
    cases = case_studies_of([("KH", "TH", frozenset({"mis"}), frozenset(), frozenset(), "", 2024, 0)] * 3)
    indexed = CaseStudies(cases)
    assert list(indexed) == cases and len(indexed) == 3
    assert indexed.cases(indexed.bits["country", "TH"]) == cases
    assert indexed.cases(indexed.any_of("theme", ["outreach"])) == []
    assert CaseStudies.of(indexed) is indexed
