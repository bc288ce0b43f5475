"""Judged scenarios for the matchmaking weights (pure: no database), each a preference a person
who knows the field would state. failures() names those the current weights break; ties break
on the country code, so each scenario gives the country that must lose the earlier code."""

from compendium.matching.scoring import CaseStudyRecord, CountryRecord, EventRecord, ExchangeRecord, ExpertRecord, Needs, rank_providers

COUNTRIES = {
    "KH": CountryRecord("KH", "asean", "ASEAN", frozenset({"km"})),
    "AR": CountryRecord("AR", "latin-america", "Latin America", frozenset({"es"})),
    "ZA": CountryRecord("ZA", "africa", "Africa", frozenset({"en"})),
    "BR": CountryRecord("BR", "latin-america", "Latin America", frozenset({"pt"})),
    "IN": CountryRecord("IN", "south-asia", "South Asia", frozenset({"hi", "km"})),
    "TH": CountryRecord("TH", "asean", "ASEAN", frozenset({"th"})),
}
NEED = Needs(themes=frozenset({"outreach"}), guarantees=frozenset({"health"}), principles=frozenset({"n"}), stages=frozenset({"delivery"}))


def case(id, lead, themes=(), guarantees=(), principles=(), stage="", year=2024):
    return CaseStudyRecord(
        id=id,
        title=f"Case {id}",
        url=f"c/{id}/",
        lead=lead,
        countries=frozenset([lead]),
        themes=frozenset(themes),
        guarantees=frozenset(guarantees),
        principles=frozenset(principles),
        stage=stage,
        year=year,
    )


def exchange(id, provider, requester="IN", themes=("outreach",), usefulness=4, year=2014):
    return ExchangeRecord(
        id=id,
        title=f"Exchange {id}",
        url=f"x/{id}/",
        requester=requester,
        providers=frozenset([provider]),
        themes=frozenset(themes),
        year=year,
        usefulness=usefulness,
    )


def first(case_studies=(), experts=(), needs=NEED, events=(), exchanges=()):
    ranked = rank_providers(
        "KH",
        needs,
        countries=COUNTRIES,
        case_studies=case_studies,
        experts=experts,
        events=events,
        current_year=2025,
        exchanges=exchanges,
    )
    return ranked[0].country if ranked else None


def recent_experience_outweighs_the_same_experience_older():
    return first([case(1, "AR", ["outreach"], ["health"], year=2010), case(2, "ZA", ["outreach"], ["health"], year=2024)]) == "ZA"


def a_shared_guarantee_counts_more_than_a_shared_principle():
    return first([case(1, "AR", ["outreach"], principles=["n"]), case(2, "ZA", ["outreach"], ["health"])]) == "ZA"


def a_shared_guarantee_counts_more_than_the_same_stage():
    return first([case(1, "AR", ["outreach"], stage="delivery"), case(2, "ZA", ["outreach"], ["health"])]) == "ZA"


def a_shared_theme_counts_more_than_a_shared_guarantee():
    return first([case(1, "AR", guarantees=["health"]), case(2, "ZA", ["outreach"])]) == "ZA"


def an_expert_who_speaks_the_requesters_language_breaks_a_tie():
    experts = [
        ExpertRecord(1, "Expert 1", "e/1/", "AR", frozenset({"outreach"}), languages=frozenset({"es"})),
        ExpertRecord(2, "Expert 2", "e/2/", "ZA", frozenset({"outreach"}), languages=frozenset({"km", "en"})),
    ]
    return first(experts=experts, needs=Needs(themes=frozenset({"outreach"}), languages=frozenset({"km"}))) == "ZA"


def a_shared_working_language_breaks_a_tie_of_evidence():
    return first([case(1, "AR", ["outreach"]), case(2, "IN", ["outreach"])]) == "IN"


def one_more_case_study_outweighs_a_shared_working_language():
    # IN shares Khmer with the requester; ZA has a second case study on the need's guarantee.
    return first([case(1, "ZA", guarantees=["health"]), case(2, "ZA", guarantees=["health"]), case(3, "IN", guarantees=["health"])]) == "ZA"


def older_experience_on_the_theme_and_guarantee_outweighs_a_recent_one_on_the_guarantee_alone():
    return first([case(1, "AR", ["outreach"], ["health"], year=2010), case(2, "ZA", guarantees=["health"])]) == "AR"


def experience_on_the_theme_and_guarantee_outweighs_a_neighbour_on_the_guarantee_alone():
    # TH is in the requester's region; ZA is not, and must win on evidence (a tie would go to TH).
    return first([case(1, "TH", guarantees=["health"]), case(2, "ZA", ["outreach"], ["health"])]) == "ZA"


def the_guarantee_the_principle_and_the_stage_together_outweigh_the_theme_alone():
    return first([case(1, "AR", guarantees=["health"], principles=["n"], stage="delivery"), case(2, "ZA", ["outreach"])]) == "AR"


def a_national_expert_on_the_need_outweighs_an_old_case_study_on_the_guarantee_alone():
    expert = ExpertRecord(1, "Expert 1", "e/1/", "AR", frozenset({"outreach"}))
    return first([case(1, "ZA", guarantees=["health"], year=2010)], [expert]) == "AR"


def a_recent_case_study_on_the_theme_outweighs_an_expert_who_speaks_the_requesters_language():
    # A tie would go to AR (the earlier code): ZA must win on evidence.
    expert = ExpertRecord(1, "Expert 1", "e/1/", "AR", frozenset({"outreach"}), languages=frozenset({"km"}))
    return first([case(1, "ZA", ["outreach"])], [expert], needs=Needs(themes=frozenset({"outreach"}), languages=frozenset({"km"}))) == "ZA"


def experience_on_the_theme_and_guarantee_outweighs_an_earlier_cooperation_and_the_guarantee():
    # AR and the requester took part in one event together; a tie would go to AR.
    events = [EventRecord("Workshop", frozenset({"AR", "KH"}), host="KH", id=1)]
    return first([case(1, "AR", guarantees=["health"]), case(2, "ZA", ["outreach"], ["health"])], events=events) == "ZA"


def a_completed_exchange_on_the_need_rated_useful_breaks_a_tie_of_case_studies():
    # AR and ZA each have the same case study; ZA also helped another country on the theme.
    return first([case(1, "AR", ["outreach"]), case(2, "ZA", ["outreach"])], exchanges=[exchange(1, "ZA")]) == "ZA"


def a_recent_case_study_on_the_theme_and_guarantee_outweighs_one_completed_exchange():
    # A tie would go to AR (the earlier code): ZA must win on its documented experience.
    return first([case(1, "ZA", ["outreach"], ["health"])], exchanges=[exchange(1, "AR")]) == "ZA"


def an_exchange_rated_of_little_use_is_no_evidence():
    return first([case(1, "ZA", ["outreach"])], exchanges=[exchange(1, "AR", usefulness=2), exchange(2, "AR", usefulness=1)]) == "ZA"


CHECKS = [
    recent_experience_outweighs_the_same_experience_older,
    a_shared_guarantee_counts_more_than_a_shared_principle,
    a_shared_guarantee_counts_more_than_the_same_stage,
    a_shared_theme_counts_more_than_a_shared_guarantee,
    an_expert_who_speaks_the_requesters_language_breaks_a_tie,
    a_shared_working_language_breaks_a_tie_of_evidence,
    one_more_case_study_outweighs_a_shared_working_language,
    older_experience_on_the_theme_and_guarantee_outweighs_a_recent_one_on_the_guarantee_alone,
    experience_on_the_theme_and_guarantee_outweighs_a_neighbour_on_the_guarantee_alone,
    the_guarantee_the_principle_and_the_stage_together_outweigh_the_theme_alone,
    a_national_expert_on_the_need_outweighs_an_old_case_study_on_the_guarantee_alone,
    a_recent_case_study_on_the_theme_outweighs_an_expert_who_speaks_the_requesters_language,
    experience_on_the_theme_and_guarantee_outweighs_an_earlier_cooperation_and_the_guarantee,
    a_completed_exchange_on_the_need_rated_useful_breaks_a_tie_of_case_studies,
    a_recent_case_study_on_the_theme_and_guarantee_outweighs_one_completed_exchange,
    an_exchange_rated_of_little_use_is_no_evidence,
]


def failures():
    return [check.__name__ for check in CHECKS if not check()]
