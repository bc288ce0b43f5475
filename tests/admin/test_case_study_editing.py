"""Editing a case study in the admin as an editor would: a draft with only a title, the country
taken from the parent profile, principles chosen in the form, and no request to another host."""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from modeltranslation.utils import build_localized_fieldname
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from casestudies.models import CaseStudyPage
from compendium.pages.models import CountryPage
from compendium.taxonomy.models import Theme


def title_only(title, slug):
    """The create form with nothing but a title (and the empty parts the admin always posts)."""
    data = {"title_en": title, "slug": slug}
    for language in settings.LANGUAGE_CODES:
        data[build_localized_fieldname("body", language)] = streamfield([])
        data[build_localized_fieldname("lessons", language)] = rich_text("")
    data.update(
        {
            "principle_links": inline_formset([]),
            "figures": inline_formset([]),
            "citations": inline_formset([]),
            "sources": streamfield([]),
        }
    )
    return nested_form_data(data)


@pytest.mark.django_db
class TestCaseStudyEditing(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.parent = CountryPage.objects.get(country__code="KH")

    def test_a_draft_saves_with_only_a_title_and_takes_its_country_from_the_parent(self):
        url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", self.parent.pk])
        response = self.client.post(url, title_only("Only a title so far", "only-a-title"))
        assert response.status_code == 302, re.findall(r'class="error-message">\s*<p>([^<]*)', response.content.decode())
        page = CaseStudyPage.objects.get(slug="only-a-title")
        assert not page.live
        assert [country.iso2 for country in page.countries.all()] == ["KH"]

    def test_a_draft_saved_before_the_slug_was_filled_takes_its_slug_from_the_title(self):
        # The admin fills the slug from the title 100 ms after the last keystroke; "Save draft"
        # clicked sooner posts an empty slug, which must not come back as an error on the Promote tab.
        url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", self.parent.pk])
        response = self.client.post(url, title_only("Saved in a hurry", ""))
        assert response.status_code == 302, re.findall(r'class="error-message">\s*<p>([^<]*)', response.content.decode())
        page = CaseStudyPage.objects.get(title_en="Saved in a hurry")
        assert page.slug == "saved-in-a-hurry" and not page.live

    def test_publishing_without_a_slug_is_still_refused(self):
        data = title_only("Published in a hurry", "")
        data.update({"summary_en": "What was done.", "themes": [Theme.objects.get(slug="outreach").pk], "action-publish": "publish"})
        url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", self.parent.pk])
        response = self.client.post(url, data)
        html = response.content.decode()
        assert response.status_code == 200 and re.search(r'slug-errors"[^>]*>(?:(?!</div>).)*This field is required', html, re.S)
        assert not CaseStudyPage.objects.filter(title_en="Published in a hurry").exists()

    def test_publishing_without_a_summary_or_theme_is_refused_with_a_message(self):
        url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", self.parent.pk])
        response = self.client.post(url, {**title_only("Not ready to publish", "not-ready"), "action-publish": "publish"})
        assert response.status_code == 200
        html = response.content.decode()
        assert "This field is required." in html
        assert not CaseStudyPage.objects.filter(slug="not-ready").exists()

    def test_principle_is_chosen_in_the_form_not_through_a_modal(self):
        page = CaseStudyPage.objects.live().filter(principle_links__isnull=False).first()
        html = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
        assert re.search(r'<select[^>]*name="principle_links-0-principle"', html)
        assert "Universality of protection" in html or "universality" in html.lower()

    def test_countries_is_one_select_not_hundreds_of_checkboxes(self):
        page = CaseStudyPage.objects.live().first()
        html = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
        assert re.search(r'<select[^>]*name="countries"[^>]*multiple', html)
        assert 'type="checkbox" name="countries"' not in html

    def test_admin_pages_ask_no_other_host(self):
        page = CaseStudyPage.objects.live().first()
        self.user.email = "editor@example.org"
        self.user.save()
        for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_pages:edit", args=[page.pk])):
            html = self.client.get(url).content.decode()
            # What the browser fetches by itself (scripts, images, styles), not links a user may follow.
            sources = re.findall(r'\bsrc="((?:https?:)?//[^"]+)"', html) + re.findall(r'<link[^>]*\bhref="((?:https?:)?//[^"]+)"', html)
            outside = [s for s in sources if not re.match(r"(?:https?:)?//(?:testserver|localhost|127\.0\.0\.1)[:/]", s)]
            assert outside == [], outside

    def test_every_language_of_a_field_is_labelled_with_the_code_the_toggle_uses(self):
        page = CaseStudyPage.objects.live().first()
        html = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
        assert "[ind]" not in html
        for code in settings.LANGUAGE_CODES:
            assert f"Summary [{code}]" in html, code
        assert re.search(r'<textarea[^>]*name="summary_ind"', html)
