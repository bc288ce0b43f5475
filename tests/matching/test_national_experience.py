"""Only national experience makes a country a provider, on every page and API that lists providers."""

import re

import pytest

from compendium.catalogue.models import SearchItem
from compendium.taxonomy.models import Guarantee, Theme
from experts.models import ExpertPage

pytestmark = pytest.mark.django_db


def _national_evidence():
    """{country: True} of countries that led a published case study or have a national expert."""
    led = {(item.facets.get("lead") or [""])[0] for item in SearchItem.objects.filter(kind="case-study")}
    experts = {expert.country.iso2 for expert in ExpertPage.objects.live().filter(country__isnull=False) if expert.national}
    return led | experts


def test_experts_of_international_organisations_and_donors_carry_no_country(demo):
    experts = {expert.slug: expert for expert in ExpertPage.objects.select_related("affiliation", "country")}
    for slug in ("christine-bockstal", "aidi-hu", "anita-amorim", "maurizio-bussi", "valerie-schmitt", "nuno-cunha-meira-simo"):
        assert (experts[slug].affiliation_kind, experts[slug].country, experts[slug].affiliation.acronym) == ("international", None, "ILO")
    assert (experts["mega-irena"].affiliation_kind, experts["mega-irena"].country) == ("international", None)
    assert (experts["francisco-simplicio"].affiliation_kind, experts["francisco-simplicio"].country) == ("international", None)
    assert (experts["claude-jentgen"].affiliation_kind, experts["claude-jentgen"].country) == ("donor", None)
    assert (experts["netnapis-suchonwanich"].affiliation_kind, experts["netnapis-suchonwanich"].country.iso2) == ("national", "TH")
    assert (experts["natalia-satyro"].affiliation_kind, experts["natalia-satyro"].country.iso2) == ("academia", "BR")


def test_no_provider_list_of_the_api_offers_a_country_without_national_experience(client, demo):
    """Every country with a profile, for its stated needs and for each theme and guarantee."""
    evidence = _national_evidence()
    assert {"CH", "US", "LU", "JP"}.isdisjoint(evidence)  # the countries whose only link is international staff or donors
    asks = [{}] + [{"theme": t.slug} for t in Theme.objects.all()] + [{"guarantee": g.slug} for g in Guarantee.objects.all()]
    offered = set()
    for code in ("KH", "LA", "ID", "TH", "MY", "PH", "MN", "VN", "PY", "TL", "MM", "CH", "US"):
        for ask in asks:
            data = client.get("/api/match/", {"country": code, **ask}).json()
            for provider in data["providers"]:
                offered.add(provider["country"])
                assert provider["case_studies"] or provider["experts"], (code, ask, provider)
                assert provider["country"] in evidence, (code, ask, provider["country"])
            assert not {f["organisation"] for f in data["facilitators"]} & {p["country"] for p in data["providers"]}
    assert offered >= {"TH", "IN", "BR", "CN"}


def test_cambodias_health_need_ranks_thailand_first_and_lists_lao_pdr_as_a_peer(client, demo):
    data = client.get("/api/match/", {"country": "KH", "theme": "coordination", "guarantee": "health"}).json()
    providers = [entry["country"] for entry in data["providers"]]
    assert providers[0] == "TH"
    assert "LA" not in providers and "ID" not in providers
    assert {"LA", "ID"} <= {entry["country"] for entry in data["peers"]}
    assert "International Labour Organization" in {entry["organisation"] for entry in data["facilitators"]}
    assert data["providers"][0]["strength"] == "strong"


@pytest.mark.parametrize(
    ("path", "never"),
    [
        ("/en/countries/kh/", {"ch", "us", "lu", "jp", "la"}),
        ("/en/match/?country=KH", {"ch", "us", "lu", "jp", "la"}),
        ("/en/match/?country=KH&guarantee=health", {"ch", "us", "lu", "jp", "la", "id"}),
    ],
)
def test_pages_list_providers_apart_from_peers_and_facilitators(client, demo, path, never):
    html = client.get(path).content.decode()
    providers = re.findall(r'<li class="card provider">\s*<h3><a href="/en/countries/([a-z]{2})/">', html)
    assert providers and providers[0] == "th"
    assert not never & set(providers), (path, providers)
    peers = html[html.index('<section class="peers">') :]
    assert 'href="/en/countries/la/"' in peers[: peers.index("</section>")]
    assert "Who can facilitate" in html and "International Labour Organization" in html


def test_the_score_is_on_a_labelled_scale_not_a_bare_number(client, demo):
    html = client.get("/en/match/", {"country": "KH", "guarantee": "health"}).content.decode()
    assert "Strong evidence: two or more case studies on this need" in html
    assert not re.search(r"score\s+\d", html, re.I)


@pytest.mark.parametrize("language", ["km", "lo"])
def test_reasons_and_titles_are_in_the_readers_language(client, demo, language):
    from compendium.catalogue.models import SearchText

    data = client.get("/api/match/", {"country": "KH" if language == "lo" else "LA", "lang": language}).json()
    english = set(SearchText.objects.filter(language="en").values_list("title", flat=True))
    translated = set(SearchText.objects.filter(language=language).values_list("title", flat=True)) - english
    cited = " ".join(reason for provider in data["providers"] for reason in provider["reasons"])
    titles = [case["title"] for provider in data["providers"] for case in provider["case_studies"]]
    assert titles and all(title in translated or title not in english for title in titles)
    assert any(title in cited for title in translated), "an earlier cooperation cites a translated title"
    assert not any(title in cited for title in english - translated)
    assert "case study" not in cited and "Same region" not in cited and "national expert" not in cited  # translated words


def test_country_page_shows_the_time_frame_the_source_gives_not_a_priority(client, demo):
    html = client.get("/en/countries/kh/").content.decode()
    assert "Priority" not in html
    assert (
        html.count("Time frame: Short term") == 4
        and html.count("Time frame: Medium term") == 3
        and html.count("Time frame: Long term") == 3
    )
    assert html.count("Time frame: Not stated") == 2
    stated = client.get("/api/match/", {"country": "KH"}).json()["stated_needs"]
    assert [need["time_frame"] for need in stated][:4] == ["short"] * 4 and "priority" not in stated[0]
    assert stated[0]["stage"] == "design"


def test_the_match_api_takes_the_stage_as_a_need_dimension(client, demo):
    data = client.get("/api/match/", {"country": "KH", "theme": "outreach", "stage": "delivery"}).json()
    assert data["needs"]["stages"] == ["delivery"]
    assert any("stage you are at" in reason for reason in data["providers"][0]["reasons"])
    response = client.get("/api/match/", {"country": "KH", "stage": "bogus"})
    assert response.status_code == 400 and response.json()["param"] == "stage"
