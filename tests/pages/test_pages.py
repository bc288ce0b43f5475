"""Every page type renders with the demo content, in English and in other languages."""

import pytest

pytestmark = pytest.mark.django_db


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def test_home_page_presents_the_guide_and_latest_case_studies(client, demo):
    html = get(client, "/en/")
    assert '<html lang="en"' in html
    assert "SPF South-South Exchange" in html
    assert "Outreach and decentralised services" in html or "Increasing out-reach" in html
    assert 'class="card case-study-card"' in html
    assert "/en/search/" in html


def test_guide_lists_six_chapters_with_counts(client, demo):
    html = get(client, "/en/guide/")
    for slug in ("coordination", "outreach", "integrated-packages", "employment", "economic-sectors", "mis"):
        assert f"/en/guide/{slug}/" in html
    assert "case studies" in html


def test_chapter_lists_its_case_studies(client, demo):
    html = get(client, "/en/guide/outreach/")
    assert "Integrated Community Registration Outreach Programme" in html or "SASSA" in html
    assert "/en/countries/za/sassa-mobile-outreach/" in html
    assert "/en/countries/br/brazil-bolsa-verde/" not in html  # an economic-sectors case study
    assert 'rel="next"' in html  # link to the next chapter


def test_country_index_groups_profiles_by_region(client, demo):
    html = get(client, "/en/countries/")
    assert "ASEAN" in html and "Latin America" in html
    assert "/en/countries/kh/" in html and "/en/countries/br/" in html


def test_country_profile_shows_coverage_needs_and_experience(client, demo):
    html = get(client, "/en/countries/kh/")
    assert "<h1>Cambodia</h1>" in html
    assert "12.4" in html
    assert "Health insurance for the private sector" in html
    assert "/en/countries/kh/cambodia-ssdm-single-window/" in html
    assert "Sann Vathana" in html
    assert "/en/match/?country=KH" in html


def test_case_study_shows_figures_quotes_principles_and_links(client, demo):
    html = get(client, "/en/countries/za/sassa-mobile-outreach/")
    assert "16.1 million" in html
    assert "How it serves the principles of Recommendation No. 202" in html
    assert "Lessons learned" in html
    assert "South African Social Security Agency" in html
    # the case study about NHSO's support names Cambodia among its countries
    html = get(client, "/en/countries/th/nhso-support-nssf-cambodia/")
    assert "/en/countries/kh/" in html and "/en/countries/th/" in html


def test_expert_pages_show_public_role_but_never_contact_details(client, demo):
    from experts.models import ExpertPage

    expert = ExpertPage.objects.get(slug="meena-jain")  # available: LabourNet offered support (002)
    assert expert.email.endswith("@example.org")
    html = get(client, expert.url)
    assert "LabourNet" in html
    assert expert.email not in html and "@example.org" not in html
    assert "Request this expert" in html
    listing = get(client, "/en/experts/")
    assert "Meena Jain" in listing and "@example.org" not in listing


def test_event_page_shows_sessions_and_presentations(client, demo):
    html = get(client, "/en/events/siem-reap-workshop-2013/")
    assert "Siem Reap" in html
    assert "120" in html
    assert html.count('class="session"') == 6
    assert "Sessions" in html
    listing = get(client, "/en/events/")
    assert "/en/events/siem-reap-workshop-2013/" in listing


@pytest.mark.parametrize("language", ["km", "lo", "th", "zh-hans", "fr"])
def test_pages_render_in_other_languages(client, demo, language):
    from compendium.taxonomy import names

    html = get(client, f"/{language}/countries/kh/")
    assert f'<html lang="{language}"' in html
    assert f"<h1>{names.country_name('KH', language)}</h1>" in html
    html = get(client, f"/{language}/countries/za/sassa-mobile-outreach/")
    assert f'<html lang="{language}"' in html
    assert "16.1 million" in html
    assert f'href="/{language}/countries/za/"' in html


def test_missing_translation_falls_back_to_english_with_a_notice(client, demo):
    from tests import factories

    parent = factories.country_page(demo["countries"], "KH")
    page = factories.case_study(parent, title="Only in English", summary="An English-only summary.", countries=["KH"])
    html = get(client, page.url.replace("/en/", "/km/", 1))
    assert "Only in English" in html and "An English-only summary." in html
    assert 'class="notice fallback-notice"' in html
    html = get(client, page.url)
    assert "fallback-notice" not in html


def test_language_switcher_keeps_the_page(client, demo):
    html = get(client, "/en/countries/za/sassa-mobile-outreach/?x=1")
    assert 'href="/km/countries/za/sassa-mobile-outreach/?x=1"' in html
    assert 'hreflang="lo"' in html


def test_lao_is_a_real_language_prefix(client, demo):
    response = client.get("/lo/")
    assert response.status_code == 200
    assert '<html lang="lo"' in response.content.decode()


def test_unknown_page_gives_a_404_page(client, demo):
    response = client.get("/en/countries/kh/no-such-case/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_root_redirects_to_a_language(client, demo):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_home_statistics_count_published_content_only(client, demo):
    from casestudies.models import CaseStudyPage
    from compendium.pages.listings import site_statistics
    from compendium.taxonomy.models import Country
    from events.models import EventPage
    from experts.models import ExpertPage

    CaseStudyPage.objects.get(slug="france-rsa").unpublish()
    published = CaseStudyPage.objects.live().public()
    assert site_statistics() == {
        "case_studies": published.count(),
        "countries": Country.objects.filter(case_studies__in=published).distinct().count(),
        "experts": ExpertPage.objects.live().public().count(),
        "events": EventPage.objects.live().public().count(),
    }
    html = get(client, "/en/")
    assert f"<strong>{published.count()}</strong>" in html
