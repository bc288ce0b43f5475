"""Countries in the case-study editor, in the editor's language: "Other countries" as a searchable
multi-select, and "Choose parent" asking for the country whose experience the case study is."""

import json
import re

import icu
import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.users.models import UserProfile

from casestudies.models import CaseStudyPage
from compendium.pages.models import CountryIndexPage, CountryPage, GuidePage


def option_labels(html, name):
    """The visible labels of a <select name=...>'s options, in page order."""
    select = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select, f"no select named {name}"
    return [re.sub(r"\s+", " ", label).strip() for label in re.findall(r"<option[^>]*>([^<]*)</option>", select.group(1)) if label.strip()]


def french_order(labels):
    collator = icu.Collator.createInstance(icu.Locale("fr"))
    return sorted(labels, key=collator.getSortKey)


@pytest.mark.django_db
class TestCountriesInTheEditorsLanguage(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "fr"
        profile.save()

    def test_other_countries_is_a_searchable_select_named_and_sorted_in_the_editors_language(self):
        page = CaseStudyPage.objects.live().first()
        html = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
        tag = re.search(r'<select[^>]*name="countries"[^>]*>', html).group(0)
        assert "multiple" in tag and "data-searchable-select" in tag
        # the enhancement's own words come with the page, in the editor's language
        assert 'data-placeholder="Tapez une partie du nom' in tag, tag
        assert re.search(r'<script[^>]*src="[^"]*compendium/admin/searchable-select\.js', html)
        labels = option_labels(html, "countries")
        assert "Cambodge" in labels and "Allemagne" in labels
        assert labels == french_order(labels)  # "Allemagne" before "Argentine", not by the English name
        # the countries already chosen stay chosen
        select = re.search(r'<select[^>]*name="countries".*?</select>', html, re.S).group(0)
        chosen = re.findall(r'<option value="(\d+)"[^>]*selected', select)
        assert sorted(int(pk) for pk in chosen) == sorted(page.countries.values_list("pk", flat=True))

    def test_choose_parent_asks_for_the_country_of_the_experience_sorted_by_name(self):
        generic = reverse("wagtailadmin_pages:choose_parent", args=["casestudies", "casestudypage"])
        for url in (generic, reverse("case_studies:choose_parent")):
            html = self.client.get(url).content.decode()
            assert "Pays de l’expérience" in html, url
            assert "Le pays dont ce cas raconte l’expérience" in html, url
            labels = [label for label in option_labels(html, "parent_page") if label.strip("-")]
            assert "Brésil" in labels and "Brunei" in labels and "Cambodge" in labels, labels
            assert labels == french_order(labels), labels
            assert len(labels) == CountryPage.objects.count()

    def test_choosing_a_country_leads_to_the_new_case_study_under_its_profile(self):
        cambodia = CountryPage.objects.get(country__code="KH")
        response = self.client.post(reverse("case_studies:choose_parent"), {"parent_page": cambodia.pk})
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", cambodia.pk])

    def test_page_chooser_lists_country_profiles_by_name_and_other_pages_as_before(self):
        index = CountryIndexPage.objects.first()
        response = self.client.get(reverse("wagtailadmin_choose_page_child", args=[index.pk]))
        html = json.loads(response.content)["html"]
        titles = re.findall(r'data-admin-title="([^"]*)"', html)
        assert "Brésil" in titles and "Brunei" in titles, titles
        assert titles.index("Brésil") < titles.index("Brunei")
        # another section keeps the editors' own order (the tree's)
        guide = GuidePage.objects.first()
        html = json.loads(self.client.get(reverse("wagtailadmin_choose_page_child", args=[guide.pk])).content)["html"]
        chapters = [page.get_admin_display_title() for page in guide.get_children().specific()]
        positions = [html.find(title) for title in chapters]
        assert -1 not in positions and positions == sorted(positions)
