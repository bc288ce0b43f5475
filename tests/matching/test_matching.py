"""The matching function on scenarios built here (no database, no web)."""

from compendium.matching.scoring import CaseStudyRecord, CountryRecord, EventRecord, ExpertRecord, Needs, rank_providers

COUNTRIES = {
    "KH": CountryRecord("KH", "asean", "ASEAN", frozenset({"km"})),
    "TH": CountryRecord("TH", "asean", "ASEAN", frozenset({"th"})),
    "BR": CountryRecord("BR", "latin-america", "Latin America", frozenset({"pt"})),
    "IN": CountryRecord("IN", "south-asia", "South Asia", frozenset({"hi", "en"})),
    "FR": CountryRecord("FR", "europe", "Europe", frozenset({"fr"})),
}


def case(id, lead, themes=(), guarantees=(), principles=(), stage="", year=2024, countries=None):
    return CaseStudyRecord(
        id=id,
        title=f"Case {id}",
        url=f"c/{id}/",
        lead=lead,
        countries=frozenset(countries or [lead]),
        themes=frozenset(themes),
        guarantees=frozenset(guarantees),
        principles=frozenset(principles),
        stage=stage,
        year=year,
    )


def expert(id, country, themes=(), guarantees=(), languages=(), available=True):
    return ExpertRecord(
        id=id,
        name=f"Expert {id}",
        url=f"e/{id}/",
        country=country,
        themes=frozenset(themes),
        guarantees=frozenset(guarantees),
        languages=frozenset(languages),
        available=available,
    )


def rank(needs, case_studies=(), experts=(), events=(), requester="KH", year=2025):
    return rank_providers(
        requester, needs, countries=COUNTRIES, case_studies=case_studies, experts=experts, events=events, current_year=year
    )


HEALTH = Needs(themes=frozenset({"coordination"}), guarantees=frozenset({"health"}), stages=frozenset({"design"}))


def test_more_and_closer_evidence_ranks_higher():
    cases = [
        case(1, "TH", ["coordination"], ["health"], stage="design"),
        case(2, "TH", ["coordination"], ["health"]),
        case(3, "BR", ["coordination"], ["health"]),
        case(4, "IN", ["mis"], ["children"]),  # unrelated: no evidence
    ]
    ranked = rank(HEALTH, cases)
    assert [p.country for p in ranked] == ["TH", "BR"]
    assert ranked[0].score > ranked[1].score
    assert [c.id for c in ranked[0].case_studies] == [1, 2]  # the stage match first


def test_the_requester_never_ranks_itself():
    ranked = rank(HEALTH, [case(1, "KH", ["coordination"], ["health"]), case(2, "TH", ["coordination"])])
    assert [p.country for p in ranked] == ["TH"]


def test_no_needs_means_no_ranking():
    assert rank(Needs(), [case(1, "TH", ["coordination"])]) == []


def test_region_and_language_alone_are_not_evidence():
    assert rank(HEALTH, experts=[expert(1, "TH", ["mis"], languages=["km"])]) == []


def test_available_experts_who_speak_the_language_count_and_are_explained():
    experts = [
        expert(1, "TH", ["coordination"], languages=["th", "km"]),
        expert(2, "BR", ["coordination"], languages=["pt"]),
        expert(3, "BR", ["coordination"], languages=["pt"], available=False),
    ]
    ranked = rank(HEALTH, experts=experts)
    assert [p.country for p in ranked] == ["TH", "BR"]
    thailand = ranked[0]
    assert any("1 available expert" in reason and "Khmer" in reason for reason in thailand.reasons)
    assert any("Same region: ASEAN" in reason for reason in thailand.reasons)
    assert [e.id for e in ranked[1].experts] == [2]  # the unavailable one is not offered


def test_recent_evidence_outweighs_old():
    ranked = rank(HEALTH, [case(1, "BR", ["coordination"], ["health"], year=2010), case(2, "IN", ["coordination"], ["health"], year=2024)])
    assert [p.country for p in ranked] == ["IN", "BR"]


def test_earlier_cooperation_is_a_reason():
    cases = [case(1, "BR", ["coordination"]), case(2, "IN", ["coordination"])]
    events = [EventRecord("Study tour to Brasília", frozenset({"BR", "KH"}))]
    ranked = rank(Needs(themes=frozenset({"coordination"})), cases, events=events)
    assert ranked[0].country == "BR"
    assert any("Study tour to Brasília" in reason for reason in ranked[0].reasons)


def test_ranking_is_deterministic_and_ties_break_on_code():
    cases = [case(1, "TH", ["coordination"]), case(2, "BR", ["coordination"])]
    needs = Needs(themes=frozenset({"coordination"}))
    first = rank(needs, cases, requester="FR")
    assert [p.country for p in first] == ["BR", "TH"] == [p.country for p in rank(needs, list(reversed(cases)), requester="FR")]


def test_reasons_cite_the_evidence():
    ranked = rank(HEALTH, [case(1, "TH", ["coordination"], ["health"]), case(2, "TH", ["coordination"])])
    assert ranked[0].reasons[0].startswith("2 case studies on ")
    payload = ranked[0].as_json()
    assert set(payload) == {"country", "score", "reasons", "case_studies", "experts"}
