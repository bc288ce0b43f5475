"""Previews and draft views of every page type, built from the edit form's own data.

Wagtail builds a preview from the posted form: the page's ParentalKey and ParentalManyToMany
relations are then modelcluster's in-memory FakeQuerySets, not database querysets. Each test posts
an edit (or a new page) with Wagtail's form-data helpers, checks `assertPageIsPreviewable`, then
reads the preview HTML and finds the posted content in it.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html, rich_text, streamfield

from casestudies.models import CaseStudyPage
from compendium.core.models import TranslatedPage
from compendium.pages.models import ChapterPage, CountryIndexPage, CountryPage, GuidePage, HomePage, StatementPage
from compendium.taxonomy.models import Country, Guarantee, Principle, Theme
from events.models import EventIndexPage, EventPage
from experts.models import ExchangePage, ExpertIndexPage, ExpertPage
from projects.models import ProjectIndexPage, ProjectPage


def other_languages(*fields, stream=(), rich=()):
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


def case_study_form(title, figure_value, block_figure, principle="n", themes=("outreach",), experts=(), events=()):
    """The case-study edit form as an editor fills it: body with a key figure, figures, principles."""
    return nested_form_data(
        {
            "title_en": title,
            "slug": "preview-case-study",
            **other_languages("title", "programme_name", "summary", "institutions", stream=("body",), rich=("lessons",)),
            "programme_name_en": "Single Window Service",
            "summary_en": "A district office where families register for every programme at once.",
            "body_en": streamfield(
                [
                    ("paragraph", rich_text("<p>How the single window works in practice.</p>")),
                    ("key_figure", {"value": block_figure, "label": "districts served"}),
                ]
            ),
            "lessons_en": rich_text("<ul><li>Start with two districts.</li></ul>"),
            "institutions_en": "CARD",
            "countries": (Country.objects.get(code="TH").pk,),
            "themes": tuple(Theme.objects.filter(slug__in=themes).values_list("pk", flat=True)),
            "guarantees": (Guarantee.objects.get(slug="children").pk,),
            "modalities": (),
            "experts": tuple(page.pk for page in experts),
            "events": tuple(page.pk for page in events),
            "principle_links": inline_formset(
                [
                    {
                        "principle": Principle.objects.get(code=principle).pk,
                        "explanation_en": "Services close to where people live.",
                        **other_languages("explanation"),
                    }
                ]
            ),
            "figures": inline_formset([{"value": figure_value, "label_en": "households registered", **other_languages("label")}]),
            "sources": streamfield([]),
            "citations": inline_formset([]),
            "period_start": "2013",
            "period_end": "",
        }
    )


def edit_form_data(client, page, **streams):
    """The page's edit form as the browser would post it, its StreamFields (drawn by the admin's
    JavaScript, so absent from the HTML) given by `streams` or posted empty."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form").dict()
    for field in type(page)._meta.fields:
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            for key, value in nested_form_data({field.name: streams.get(field.name, streamfield([]))}).items():
                data.setdefault(key, value)
    for key, value in nested_form_data(streams).items():
        data[key] = value
    return data


def page_types():
    """Every concrete page type of the project."""
    return [model for model in apps.get_models() if issubclass(model, Page) and model is not Page]


@pytest.mark.django_db
class TestPreviewFromTheEditForm(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()

    def preview_html(self, url, data):
        """Post the form to the preview view, then read the preview as the panel shows it."""
        self.client.force_login(self.user)  # assertPageIsPreviewable logs its own user out
        response = self.client.post(url, data)
        assert response.status_code == 200
        assert response.json() == {"is_valid": True, "is_available": True}, response.content
        response = self.client.get(url)
        assert response.status_code == 200
        return response.content.decode()

    def test_every_page_type_is_covered(self):
        covered = {HomePage, GuidePage, ChapterPage, CountryIndexPage, CountryPage, CaseStudyPage, ExpertIndexPage, ExpertPage}
        covered |= {EventIndexPage, EventPage, ProjectIndexPage, ProjectPage, StatementPage, ExchangePage}
        assert set(page_types()) == covered, "a new page type needs a preview test below"

    def test_case_study_edit_preview_shows_posted_figures_and_linked_cards(self):
        page = CaseStudyPage.objects.live().filter(experts__isnull=False, events__isnull=False).distinct().first()
        experts, events = list(page.experts.all()), list(page.events.all())
        data = case_study_form("Preview of a single window", "7.2 million", "41 districts", experts=experts, events=events)
        data["slug"] = page.slug
        self.assertPageIsPreviewable(page, post_data=data)
        html = self.preview_html(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), data)
        assert "Preview of a single window" in html
        assert "7.2 million" in html and "households registered" in html
        assert "41 districts" in html
        assert "Services close to where people live." in html
        assert experts[0].title in html and events[0].title in html

    def test_new_case_study_preview_before_it_is_ever_saved(self):
        parent = CountryPage.objects.get(country__code="KH")
        data = case_study_form("A case study not saved yet", "16.1 million", "3 provinces", experts=[ExpertPage.objects.live().first()])
        url = reverse("wagtailadmin_pages:preview_on_add", args=["casestudies", "casestudypage", parent.pk])
        html = self.preview_html(url, data)
        assert "A case study not saved yet" in html
        assert "16.1 million" in html and "3 provinces" in html

    def test_country_profile_preview_shows_a_posted_need(self):
        page = CountryPage.objects.get(country__code="KH")
        data = nested_form_data(
            {
                "title_en": "Cambodia",
                "slug": page.slug,
                "country": page.country_id,
                "intro_en": rich_text("<p>A profile written in the preview test.</p>"),
                **other_languages("title", rich=("intro",)),
                "needs": inline_formset(
                    [
                        {
                            "title_en": "Unemployment insurance for garment workers",
                            "text_en": "A scheme design.",
                            "themes": (Theme.objects.get(slug="employment").pk,),
                            "guarantees": (Guarantee.objects.get(slug="working-age").pk,),
                            "principles": (Principle.objects.get(code="e").pk,),
                            "stage": "",
                            "time_frame": "short",
                            **other_languages("title", "text"),
                        }
                    ]
                ),
                "citations": inline_formset([]),
            }
        )
        self.assertPageIsPreviewable(page, post_data=data)
        html = self.preview_html(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), data)
        assert "A profile written in the preview test." in html
        assert "Unemployment insurance for garment workers" in html

    def test_event_preview_shows_a_posted_session(self):
        page = EventPage.objects.live().filter(sessions__isnull=False).distinct().first()
        data = edit_form_data(
            self.client, page, body_en=streamfield([("key_figure", {"value": "112 participants", "label": "from nine countries"})])
        )
        for index in range(int(data["sessions-TOTAL_FORMS"])):
            for language in settings.LANGUAGE_CODES:
                field = build_localized_fieldname("presentations", language)
                data.update(nested_form_data({f"sessions-{index}-{field}": streamfield([])}))
        data["title_en"] = "An event retitled in the preview"
        data["sessions-0-title_en"] = "A session renamed in the preview"
        self.assertPageIsPreviewable(page, post_data=data)
        html = self.preview_html(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), data)
        assert "An event retitled in the preview" in html
        assert "A session renamed in the preview" in html
        assert "112 participants" in html

    def test_every_other_page_type_previews_its_posted_title(self):
        """Home, Guide, chapter, indexes, expert: the edit form's own fields, a new title posted."""
        models = (HomePage, GuidePage, ChapterPage, CountryIndexPage, ExpertIndexPage, ExpertPage, EventIndexPage)
        for model in (*models, ProjectIndexPage, ProjectPage, StatementPage):
            page = model.objects.live().first()
            self.client.force_login(self.user)
            data = edit_form_data(self.client, page)
            data["title_en"] = f"Posted title of the {model.__name__}"
            self.assertPageIsPreviewable(page, post_data=data)
            self.client.force_login(self.user)
            html = self.preview_html(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), data)
            assert f"Posted title of the {model.__name__}" in html, model

    def test_completed_exchange_preview_shows_posted_text_and_a_newly_chosen_country(self):
        """The demo holds no completed exchange: one is published as staff would, then its edit
        form's data, with a new title, text and a provider country not yet saved, is previewed."""
        page = ExchangePage(
            title="Support to Cambodia on health insurance design",
            slug="exchange-preview",
            requesting_country=Country.objects.get(code="KH"),
            year=2014,
            need="A review of the benefit package.",
            what_changed="The package was redesigned.",
        )
        ExpertIndexPage.objects.live().first().add_child(instance=page)
        page.provider_countries.set([Country.objects.get(code="TH")])
        page.save_revision().publish()
        self.client.force_login(self.user)
        data = edit_form_data(self.client, page)
        data["title_en"] = "Posted title of the exchange"
        data["what_changed_en"] = "Claims are now paid within thirty days."
        data["provider_countries"] = [str(Country.objects.get(code=code).pk) for code in ("TH", "CN")]
        self.assertPageIsPreviewable(page, post_data=data)
        self.client.force_login(self.user)
        html = self.preview_html(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), data)
        assert "Posted title of the exchange" in html and "Claims are now paid within thirty days." in html
        assert "China" in html and "Thailand" in html

    def test_draft_view_and_revision_compare_of_a_case_study_with_new_relations(self):
        page = CaseStudyPage.objects.live().filter(experts__isnull=False).distinct().first()
        expert = ExpertPage.objects.live().exclude(pk__in=page.experts.values("pk")).first()
        draft = page.get_latest_revision_as_object()
        draft.title_en = "A draft with a new expert"
        draft.experts = [*page.experts.all(), expert]
        revision = draft.save_revision(user=self.user)
        response = self.client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        assert response.status_code == 200
        html = response.content.decode()
        assert "A draft with a new expert" in html and expert.title in html
        live_revision = page.live_revision
        compare = self.client.get(reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, live_revision.pk, revision.pk]))
        assert compare.status_code == 200 and "A draft with a new expert" in compare.content.decode()
        revision_view = self.client.get(reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]))
        assert revision_view.status_code == 200 and expert.title in revision_view.content.decode()

    def test_copy_of_a_case_study_keeps_its_figures(self):
        page = CaseStudyPage.objects.live().filter(figures__isnull=False).distinct().first()
        response = self.client.post(
            reverse("wagtailadmin_pages:copy", args=[page.pk]),
            {
                "new_title_en": "A copied case study",
                "new_title": "A copied case study",
                "new_slug": "a-copied-case-study",
                "new_parent_page": page.get_parent().pk,
                "copy_subpages": False,
                "publish_copies": False,
                "alias": False,
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        copy = CaseStudyPage.objects.get(slug="a-copied-case-study")
        assert [f.value for f in copy.figures.all()] == [f.value for f in page.figures.all()]
        preview = self.client.get(reverse("wagtailadmin_pages:view_draft", args=[copy.pk]))
        assert preview.status_code == 200 and page.figures.first().value in preview.content.decode()


def test_translated_page_is_the_base_of_every_page_type():
    assert all(issubclass(model, TranslatedPage) for model in page_types())
