"""Editors can create every content type in the Wagtail admin (Wagtail's page-test helpers).

Multi-valued fields are given as tuples: nested_form_data() would flatten lists into indexed keys.
"""

import pytest
from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from casestudies.models import CaseStudyPage
from compendium.pages.models import ChapterPage, CountryPage
from compendium.sources.models import Source
from compendium.taxonomy.models import Country, Guarantee, Principle, Theme
from events.models import EventPage
from experts.models import ExpertPage, PeerSupportRequest


def empty_translations(*fields, stream=(), rich=()):
    """Form data for the other languages of translated fields: empty text, empty streams."""
    data = {}
    for language in settings.LANGUAGE_CODES:
        if language == "en":
            continue
        for field in fields:
            data[build_localized_fieldname(field, language)] = ""
        for field in stream:
            data[build_localized_fieldname(field, language)] = streamfield([])
        for field in rich:
            data[build_localized_fieldname(field, language)] = rich_text("")
    return data


@pytest.mark.django_db
class TestEditorsCanCreate(WagtailPageTestCase):
    def setUp(self):
        from compendium.ops.site_setup import ensure_site_structure

        self.pages = ensure_site_structure()
        self.user = self.login()

    def test_page_type_rules(self):
        self.assertAllowedParentPageTypes(CaseStudyPage, {CountryPage})
        self.assertAllowedSubpageTypes(CountryPage, {CaseStudyPage})
        self.assertAllowedParentPageTypes(ExpertPage, {self.pages["experts"].specific_class})
        self.assertAllowedParentPageTypes(ChapterPage, {self.pages["guide"].specific_class})
        guide_class = self.pages["guide"].specific_class
        assert not guide_class.can_create_at(self.pages["home"])  # max_count = 1: there is one Guide

    def test_create_country_profile_with_needs(self):
        country = Country.objects.get(code="GH")
        data = nested_form_data(
            {
                "title_en": "Ghana",
                "slug": "gh",
                "country": country.pk,
                "intro_en": rich_text("<p>Ghana's profile.</p>"),
                **empty_translations("title", rich=("intro",)),
                "needs": inline_formset(
                    [
                        {
                            "title_en": "Health insurance for informal workers",
                            "text_en": "Extend the national scheme.",
                            "themes": (Theme.objects.get(slug="outreach").pk,),
                            "guarantees": (Guarantee.objects.get(slug="health").pk,),
                            "principles": (Principle.objects.get(code="e").pk,),
                            "stage": "",
                            "time_frame": "short",
                            **empty_translations("title", "text"),
                        }
                    ]
                ),
            }
        )
        data.update(nested_form_data({"citations": inline_formset([])}))
        self.assertCanCreate(self.pages["countries"], CountryPage, data)
        page = CountryPage.objects.get(country=country)
        need = page.needs.get()
        assert need.title_en == "Health insurance for informal workers"
        assert [t.slug for t in need.themes.all()] == ["outreach"]

    def test_create_case_study_with_principles_and_figures(self):
        parent = CountryPage.objects.filter(country__code="KH").first()
        data = nested_form_data(
            {
                "title_en": "A new single window",
                "slug": "a-new-single-window",
                "programme_name_en": "Single Window Service",
                "summary_en": "A district office where families register for every programme at once.",
                "body_en": streamfield(
                    [("paragraph", rich_text("<p>How it works.</p>")), ("key_figure", {"value": "2", "label": "districts"})]
                ),
                "lessons_en": rich_text("<ul><li>Start small.</li></ul>"),
                "institutions_en": "CARD",
                **empty_translations("title", "programme_name", "summary", "institutions", stream=("body",), rich=("lessons",)),
                "countries": (Country.objects.get(code="KH").pk,),
                "themes": (Theme.objects.get(slug="outreach").pk,),
                "guarantees": (Guarantee.objects.get(slug="children").pk,),
                "principle_links": inline_formset(
                    [
                        {
                            "principle": Principle.objects.get(code="n").pk,
                            "explanation_en": "Services close to people.",
                            **empty_translations("explanation"),
                        }
                    ]
                ),
                "figures": inline_formset([{"value": "2", "label_en": "pilot districts", **empty_translations("label")}]),
                "sources": streamfield([]),
                "citations": inline_formset(
                    [{"source": Source.objects.get(slug="siem-reap-workshop-report").pk, "locator": "Session II", "note": "2"}]
                ),
                "period_start": "2013",
                "period_end": "",
            }
        )
        self.assertCanCreate(parent, CaseStudyPage, data)
        page = CaseStudyPage.objects.get(slug="a-new-single-window")
        assert page.principle_links.get().principle.code == "n"
        assert page.figures.get().value == "2"
        assert {c.iso2 for c in page.countries.all()} == {"KH"}
        citation = page.citations.get()
        assert (citation.source.slug, citation.locator, citation.note) == ("siem-reap-workshop-report", "Session II", "2")

    def test_create_expert(self):
        data = nested_form_data(
            {
                "title_en": "Somchai Example",
                "slug": "somchai-example",
                "honorific": "Dr",
                "role_en": "Director",
                "organisation_en": "Ministry",
                "affiliation_kind": "national",
                "country": Country.objects.get(code="TH").pk,
                "bio_en": rich_text("<p>Bio.</p>"),
                **empty_translations("title", "role", "organisation", rich=("bio",)),
                "themes": (Theme.objects.get(slug="mis").pk,),
                "available": "on",
                "reference_group": "on",
                "email": "somchai@example.org",
                "phone": "",
                "citations": inline_formset([]),
            }
        )
        self.assertCanCreate(self.pages["experts"], ExpertPage, data)
        assert ExpertPage.objects.get(slug="somchai-example").email == "somchai@example.org"

    def test_create_event_with_sessions(self):
        data = nested_form_data(
            {
                "title_en": "Study tour to Bangkok",
                "slug": "study-tour-bangkok",
                "event_type": "study-tour",
                "start_date": "2024-03-04",
                "end_date": "2024-03-08",
                "place_en": "Bangkok",
                "country": Country.objects.get(code="TH").pk,
                "summary_en": "A delegation from Lao PDR visits the NHSO.",
                "body_en": streamfield([]),
                "outcomes_en": rich_text(""),
                "organisers_en": "ILO",
                "partners_en": "",
                **empty_translations("title", "place", "summary", "organisers", "partners", stream=("body",), rich=("outcomes",)),
                "participant_countries": (Country.objects.get(code="LA").pk,),
                "sessions": inline_formset(
                    [
                        {
                            "title_en": "Universal Coverage Scheme",
                            "theme": Theme.objects.get(slug="coordination").pk,
                            "summary_en": "",
                            "presentations_en": streamfield(
                                [("presentation", {"title": "UCS", "speaker": "", "country": "TH", "expert": ""})]
                            ),
                            **empty_translations("title", "summary", stream=("presentations",)),
                        }
                    ]
                ),
            }
        )
        data.update(nested_form_data({"start_precision": "month", "end_precision": "month", "citations": inline_formset([])}))
        self.assertCanCreate(self.pages["events"], EventPage, data)
        event = EventPage.objects.get(slug="study-tour-bangkok")
        assert event.sessions.get().title_en == "Universal Coverage Scheme"
        # Known to the month only: stored as its first day, written without a day.
        assert (event.start_date.isoformat(), event.start, event.end) == ("2024-03-01", "2024-03", "2024-03")

    def test_end_before_start_is_refused_with_a_message(self):
        data = nested_form_data(
            {
                "title_en": "Bad dates",
                "slug": "bad-dates",
                "event_type": "workshop",
                "start_date": "2024-03-08",
                "end_date": "2024-03-04",
                "summary_en": "x",
                "body_en": streamfield([]),
                "outcomes_en": rich_text(""),
                **empty_translations("title", "place", "summary", "organisers", "partners", stream=("body",), rich=("outcomes",)),
                "sessions": inline_formset([]),
            }
        )
        response = self.client.post(f"/admin/pages/add/events/eventpage/{self.pages['events'].pk}/", data)
        assert response.status_code == 200
        assert "The end date cannot be before the start date." in response.content.decode()
        assert not EventPage.objects.filter(slug="bad-dates").exists()

    def test_taxonomy_and_requests_are_in_the_admin(self):
        response = self.client.get("/admin/snippets/compendium/principle/")
        assert response.status_code == 200 and "Universality of protection" in response.content.decode()
        response = self.client.get("/admin/snippets/compendium/country/?region=1")
        assert response.status_code == 200
        response = self.client.get("/admin/snippets/experts/peersupportrequest/")
        assert response.status_code == 200
        assert PeerSupportRequest.objects.count() == 0
