"""The cooperation project page and the projects listing: content a donor-facing reader relies on."""

import datetime
import re

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from compendium.taxonomy.models import Country
from experts.models import Organisation
from projects.models import ProjectIndexPage, ProjectPage
from tests import factories
from tests.admin.test_admin import empty_translations

pytestmark = pytest.mark.django_db

ILO_CHINA = "/en/projects/ilo-china-ssc-project/"


def main(html):
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def test_the_ilo_china_project_shows_its_budget_lines_total_and_indicators(client, demo):
    html = main(client.get(ILO_CHINA).content.decode())
    budget = html.split('id="budget"', 1)[1].split("</section>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", budget.split("<tbody>", 1)[1].split("</tbody>", 1)[0], re.S)
    assert len(rows) == 3
    assert "Cambodia" in rows[0] and "$800,000" in rows[0] and "36 months" in rows[0]
    assert "Laos" in rows[1] or "Lao" in rows[1]
    assert "ASEAN countries" in rows[2] and "$300,000" in rows[2]
    assert "Total in USD" in budget and "$1,900,000" in budget
    results = html.split('id="results"', 1)[1].split("</section>", 1)[0]
    assert "Social protection coverage in Cambodia" in results and "12.4" in results
    assert "Social protection coverage in Lao PDR" in results and ">27" in results.replace("<td>", ">")
    assert "Government of the People&#x27;s Republic of China" in html or "Government of the People's Republic of China" in html
    assert "International Labour Organization" in html
    assert "Planned" in html
    assert "No progress report is published for this project yet." in html


def test_a_project_page_speaks_the_readers_language(client, demo):
    html = main(client.get("/fr/projects/ilo-china-ssc-project/").content.decode())
    html = html.replace("\u202f", " ").replace("\xa0", " ")
    assert "800 000 $US" in html and "1 900 000 $US" in html  # money as French writes it
    html = main(client.get("/km/projects/ilo-china-ssc-project/").content.decode())
    assert "គម្រោងកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង ILO-ចិន" in html


def test_japan_ilo_phases_link_to_each_other(client, demo):
    html = main(client.get("/en/projects/japan-ilo-phase-2/").content.decode())
    assert re.search(r'rel="prev" href="/en/projects/japan-ilo-phase-1/"', html)
    assert re.search(r'rel="next" href="/en/projects/japan-ilo-phase-3/"', html)
    assert '<time datetime="2014">2014</time> – <time datetime="2016">2016</time>' in html
    assert "ASEAN study visit to Mongolia" in html  # the event the phase carried
    first = main(client.get("/en/projects/japan-ilo-phase-1/").content.decode())
    assert 'rel="prev"' not in first and "japan-ilo-phase-2" in first


def test_lao_luxembourg_project_tells_the_vang_vieng_solidarity_fund_and_cites_its_source(client, demo):
    html = client.get("/en/projects/lao-luxembourg-health-protection/").content.decode()
    assert "Vang Vieng" in main(html) and "World Health Organization" in html and "Luxembourg Development Cooperation" in html
    sources = html.split('id="sources"', 1)[1]
    assert "Mr Claude Jentgen" in sources


def test_project_shows_published_and_last_reviewed_dates(client, demo):
    page = ProjectPage.objects.get(slug="japan-ilo-phase-3")
    page.last_reviewed = datetime.date(2026, 11, 2)
    page.save_revision().publish()
    html = main(client.get("/en/projects/japan-ilo-phase-3/").content.decode())
    assert "Published" in html and "Last reviewed" in html and "2026-11-02" in html


def test_listing_filters_by_donor_country_theme_and_status(client, demo):
    japan = Organisation.objects.get(acronym="MHLW")
    html = main(client.get("/en/projects/", {"donor": japan.pk}).content.decode())
    assert "3 projects" in html and "Phase 1" in html and "ILO-China" not in html.split("totals", 1)[0]
    html = main(client.get("/en/projects/", {"country": "la"}).content.decode())
    titles = re.findall(r'<h3><a href="/en/projects/([^/]+)/"', html)
    assert sorted(titles) == ["china-pes-ssc-project", "ilo-china-ssc-project", "lao-luxembourg-health-protection"]
    html = main(client.get("/en/projects/", {"status": "planned"}).content.decode())
    assert re.findall(r'<h3><a href="/en/projects/([^/]+)/"', html) == ["ilo-china-ssc-project"]
    html = main(client.get("/en/projects/", {"theme": "employment"}).content.decode())
    assert sorted(re.findall(r'<h3><a href="/en/projects/([^/]+)/"', html)) == ["china-pes-ssc-project", "japan-ilo-phase-1"]


def test_listing_bad_filters_say_so_and_never_fail(client, demo):
    for params in ({"country": "ZZ"}, {"theme": "nope"}, {"donor": "abc"}, {"status": "x" * 5000}, {"donor": "9" * 40}):
        response = client.get("/en/projects/", params)
        assert response.status_code == 200
        html = response.content.decode()
        assert 'role="alert"' in html and ("Unknown" in html), params
        assert "6 projects" in html  # the bad filter is dropped, the listing still shows every project
    assert client.get("/en/projects/", {"country": "\x00"}).status_code == 400  # the site's guard against NUL bytes


def test_listing_totals_are_per_currency_never_summed_across_currencies(client, demo):
    index = ProjectIndexPage.objects.get()
    donor = Organisation.objects.create(name="Test Fund", kind="donor")
    factories.project(
        index, countries=["KH"], donors=[donor], lines=[("Training", "KH", "1000", "EUR"), ("Study tour", "KH", "500", "USD")]
    )
    html = main(client.get("/en/projects/", {"donor": donor.pk}).content.decode())
    totals = html.split('id="totals"', 1)[1]
    by_donor = totals.split('class="totals-donor"', 1)[1].split("</table>", 1)[0]
    assert "Test Fund" in by_donor and "€1,000" in by_donor and "$500" in by_donor and "1,500" not in by_donor
    html = main(client.get("/en/projects/", {"country": "KH"}).content.decode())
    by_country = html.split('class="totals-country"', 1)[1].split("</table>", 1)[0]
    cambodia = re.search(r"<tr><th scope=\"row\">Cambodia</th><td>(.*?)</td>", by_country).group(1)
    assert "€1,000" in cambodia and "$800,500" in cambodia  # ILO-China's US$800,000 plus the test's US$500


def test_listing_totals_by_donor_for_the_demo(client, demo):
    html = main(client.get("/en/projects/").content.decode())
    by_donor = html.split('class="totals-donor"', 1)[1].split("</table>", 1)[0]
    china = re.search(r"People.*?Republic of China</th><td>(.*?)</td>", by_donor).group(1)
    assert china == "$1,900,000"


class TestProjectPageTypes(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        from compendium.ops.demo.loader import Loader
        from compendium.ops.models import GeneratedPage

        if not GeneratedPage.objects.filter(source="demo").exists():
            Loader().run()

    def setUp(self):
        self.login()

    def test_editors_can_create_projects_only_under_the_index(self):
        self.assertCanCreateAt(ProjectIndexPage, ProjectPage)
        self.assertCanNotCreateAt(ProjectPage, ProjectPage)
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})

    def test_a_project_can_be_created_in_the_admin(self):
        index = ProjectIndexPage.objects.get()
        japan = Organisation.objects.get(acronym="MHLW")
        data = nested_form_data(
            {
                "title_en": "Test project",
                "slug": "test-project",
                "summary_en": "A test project.",
                "body_en": streamfield([("paragraph", rich_text("<p>What it does.</p>"))]),
                **empty_translations("title", "summary", stream=("body",)),
                "status": "ongoing",
                "start_date": "2020-01-01",
                "start_precision": "year",
                "end_date": "",
                "end_precision": "day",
                "iati_identifier": "XM-DAC-41302-TEST",
                "countries": (Country.objects.get(code="KH").pk,),
                "participants": inline_formset([{"organisation": japan.pk, "role": "funding"}]),
                "budget_lines": inline_formset(
                    [
                        {
                            "component_en": "Training",
                            "beneficiary_country": Country.objects.get(code="KH").pk,
                            "beneficiary_en": "",
                            "amount": "1000.50",
                            "currency": "EUR",
                            **empty_translations("component", "beneficiary"),
                        }
                    ]
                ),
                "indicators": inline_formset(
                    [
                        {
                            "name_en": "People trained",
                            "unit_en": "people",
                            "baseline": "0",
                            "target": "120",
                            "target_year": "2022",
                            **empty_translations("name", "unit"),
                            "values": inline_formset([{"date": "2021-06-30", "value": "45"}]),
                        }
                    ]
                ),
                "reports": inline_formset([]),
                "citations": inline_formset([]),
            }
        )
        self.assertCanCreate(index, ProjectPage, data)
        page = ProjectPage.objects.get(slug="test-project")
        assert [(line.component_en, str(line.amount), line.currency) for line in page.budget_lines.all()] == [
            ("Training", "1000.50", "EUR")
        ]
        indicator = page.indicators.get()
        assert (indicator.name_en, str(indicator.target), [str(v.value) for v in indicator.values.all()]) == (
            "People trained",
            "120.00",
            ["45.00"],
        )
        assert page.participants.get().organisation == japan

    def test_a_budget_line_in_an_unknown_currency_is_refused_with_a_message(self):
        index = ProjectIndexPage.objects.get()
        data = nested_form_data(
            {
                "title_en": "Bad currency",
                "slug": "bad-currency",
                "summary_en": "A project.",
                "body_en": streamfield([]),
                **empty_translations("title", "summary", stream=("body",)),
                "status": "planned",
                "start_precision": "day",
                "end_precision": "day",
                "participants": inline_formset([]),
                "budget_lines": inline_formset(
                    [{"component_en": "Training", "amount": "10", "currency": "DOLLARS", **empty_translations("component", "beneficiary")}]
                ),
                "indicators": inline_formset([]),
                "reports": inline_formset([]),
                "citations": inline_formset([]),
            }
        )
        response = self.client.post(f"/admin/pages/add/projects/projectpage/{index.pk}/", data)
        assert response.status_code == 200
        assert "three-letter ISO 4217 code" in response.content.decode() or "at most 3 characters" in response.content.decode()
        assert not ProjectPage.objects.filter(slug="bad-currency").exists()

    def test_a_project_page_is_previewable(self):
        page = ProjectPage.objects.get(slug="ilo-china-ssc-project")
        data = nested_form_data(
            {
                "title_en": page.title_en,
                "slug": page.slug,
                "summary_en": page.summary_en,
                "body_en": streamfield([("paragraph", rich_text("<p>Previewed text.</p>"))]),
                **empty_translations("title", "summary", stream=("body",)),
                "status": page.status,
                "start_precision": "day",
                "end_precision": "day",
                "participants": inline_formset([]),
                "budget_lines": inline_formset(
                    [{"component_en": "Previewed line", "amount": "5", "currency": "USD", **empty_translations("component", "beneficiary")}]
                ),
                "indicators": inline_formset([]),
                "reports": inline_formset([]),
                "citations": inline_formset([]),
            }
        )
        self.assertPageIsPreviewable(page, post_data=data)
        self.assertPageIsRenderable(page)
