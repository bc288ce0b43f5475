"""The read model of the public pages (compendium/core/read_model.py): what it serves is the page the
view draws, it is exact after every kind of change, and it never serves a visitor-specific answer."""

import pytest
from django.core.management import call_command
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction

from casestudies.models import CaseStudyPage
from compendium.core import versions
from compendium.core.models import PublishedView
from compendium.pages.models import ChapterPage, CountryIndexPage, CountryPage, GuidePage, HomePage, StatementPage
from compendium.sources.models import Source
from compendium.taxonomy.models import Theme
from events.models import EventIndexPage, EventPage
from experts.models import ExpertIndexPage, ExpertPage
from projects.models import ProjectIndexPage, ProjectPage
from tests import factories

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    HomePage,
    GuidePage,
    ChapterPage,
    CountryIndexPage,
    CountryPage,
    CaseStudyPage,
    ExpertIndexPage,
    ExpertPage,
    EventIndexPage,
    EventPage,
    ProjectIndexPage,
    ProjectPage,
    StatementPage,
]


def in_language(page, language):
    return f"/{language}/" + page.url.split("/", 2)[2]


def text(response):
    return response.content.decode()


@pytest.mark.parametrize("language", ["en", "km", "th"])
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_the_stored_page_is_the_page_the_view_draws(client, demo, settings, model, language):
    page = model.objects.live().public().order_by("path").first()
    assert page is not None, f"the demo has no {model.__name__}"
    path = in_language(page, language)
    settings.SPF_READ_MODEL = False
    drawn = client.get(path)
    assert drawn.status_code == 200
    assert "X-Read-Model" not in drawn
    settings.SPF_READ_MODEL = True
    first, second = client.get(path), client.get(path)
    assert (first["X-Read-Model"], second["X-Read-Model"]) == ("stored", "hit")
    assert first.content == drawn.content
    assert second.content == drawn.content
    assert second["Content-Language"] == drawn["Content-Language"] == language
    assert second["Content-Type"] == drawn["Content-Type"]
    assert "spf-slot" not in text(second)


def test_a_hit_costs_one_query_and_a_case_study_three(client, demo, django_assert_max_num_queries):
    case = CaseStudyPage.objects.live().filter(themes__isnull=False).first()
    for path in ("/en/", case.url):
        client.get(path)
    with django_assert_max_num_queries(1):
        assert client.get("/en/")["X-Read-Model"] == "hit"
    with django_assert_max_num_queries(3):  # the row, then the related case studies' ids and their stored cards
        response = client.get(case.url)
    assert response["X-Read-Model"] == "hit"
    assert "Related case studies" in text(response)


def test_a_publish_is_read_at_once_on_the_page_and_on_the_pages_that_show_it(client, demo):
    case = CaseStudyPage.objects.live().filter(experts__isnull=False).first()
    expert = case.experts.first()
    for url in (case.url, expert.url, case.url, expert.url):
        client.get(url)
    assert client.get(expert.url)["X-Read-Model"] == "hit"
    case.title_en = "A title published a moment ago"
    case.save_revision().publish()
    assert "A title published a moment ago" in text(client.get(case.url))
    assert "A title published a moment ago" in text(client.get(expert.url))


def test_a_new_link_shows_on_the_linked_page_and_an_unpublished_page_leaves_it(client, demo):
    expert = ExpertPage.objects.live().first()
    case = CaseStudyPage.objects.live().exclude(experts=expert).first()
    client.get(expert.url)
    assert client.get(expert.url)["X-Read-Model"] == "hit"
    assert case.title not in text(client.get(expert.url))
    case.experts = [*case.experts.all(), expert]
    case.save_revision().publish()
    assert case.title in text(client.get(expert.url))
    url = case.url
    case.unpublish()
    assert client.get(url).status_code == 404
    assert case.title not in text(client.get(expert.url))


def test_related_case_studies_follow_the_collection_without_redrawing_the_page(client, demo):
    theme = Theme.objects.get(slug="coordination")
    case = CaseStudyPage.objects.live().filter(themes=theme).first()
    client.get(case.url)
    profile = CountryPage.objects.get(country__code="KH")
    factories.case_study(profile, title="Newest coordination experience", themes=["coordination"])
    response = client.get(case.url)
    assert response["X-Read-Model"] == "hit"  # the stored page itself still holds
    assert "Newest coordination experience" in text(response)


def test_collection_pages_hold_for_one_content_version(client, demo):
    client.get("/en/")
    assert client.get("/en/")["X-Read-Model"] == "hit"
    factories.case_study(CountryPage.objects.get(country__code="KH"), title="Published after the home page was stored")
    response = client.get("/en/")
    assert response["X-Read-Model"] == "stored"
    assert "Published after the home page was stored" in text(response)


def test_a_label_or_a_source_edited_outside_any_page_is_shown_at_once(client, demo):
    case = CaseStudyPage.objects.live().filter(citations__isnull=False, themes__slug="coordination").first()
    client.get(case.url)
    assert client.get(case.url)["X-Read-Model"] == "hit"
    theme = Theme.objects.get(slug="coordination")
    theme.name_en = "Coordination, as renamed by an editor"
    theme.save()
    assert "Coordination, as renamed by an editor" in text(client.get(case.url))
    assert client.get(case.url)["X-Read-Model"] == "hit"
    source = Source.objects.filter(citations__page=case).first()
    source.title = "A source title corrected by an editor"
    source.save()
    assert "A source title corrected by an editor" in text(client.get(case.url))


def test_a_restricted_page_is_never_served_from_its_row(client, demo):
    case = CaseStudyPage.objects.live().first()
    client.get(case.url)
    assert client.get(case.url)["X-Read-Model"] == "hit"
    PageViewRestriction.objects.create(page=case, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(case.url)
    assert response.status_code == 302
    assert "X-Read-Model" not in response
    assert case.title.encode() not in response.content


def test_visitors_with_a_session_or_a_query_string_get_the_view(client, demo):
    client.get("/en/")
    assert "X-Read-Model" not in client.get("/en/?utm_source=mail")
    client.cookies["sessionid"] = "anything"
    assert "X-Read-Model" not in client.get("/en/")
    assert "X-Read-Model" not in client.head("/en/")


def test_a_page_drawn_while_a_publish_commits_is_stored_dirty(client, demo):
    """The content version is read before the page is drawn and again after it is stored."""
    case = CaseStudyPage.objects.live().first()

    def publish_commits_meanwhile(page, request, serve_args, serve_kwargs):
        versions.bump("pages")

    with hooks.register_temporarily("before_serve_page", publish_commits_meanwhile):
        assert client.get(case.url)["X-Read-Model"] == "stored"
    assert PublishedView.objects.get(path=case.url).dirty
    assert client.get(case.url)["X-Read-Model"] == "stored"  # drawn again, now clean
    assert client.get(case.url)["X-Read-Model"] == "hit"


def test_publishing_draws_the_page_in_every_language(client, demo, settings, django_capture_on_commit_callbacks):
    case = CaseStudyPage.objects.live().first()
    case.title_en = "Drawn by its publish"
    with django_capture_on_commit_callbacks(execute=True):
        case.save_revision().publish()
    views = PublishedView.objects.filter(page=case, dirty=False, path__startswith="/")
    assert sorted(views.values_list("language", flat=True)) == sorted(settings.LANGUAGE_CODES)
    response = client.get(case.url)
    assert response["X-Read-Model"] == "hit"
    assert "Drawn by its publish" in text(response)


def test_the_build_command_draws_ahead_of_the_first_reader(client, demo):
    call_command("build_read_model", type=["casestudies.casestudypage"], language=["km"], limit=2, stdout=open("/dev/null", "w"))
    stored = PublishedView.objects.filter(path__startswith="/km/", page__content_type__model="casestudypage")
    assert stored.count() == 2
    assert client.get(stored.first().path)["X-Read-Model"] == "hit"


def test_a_deleted_page_takes_its_rows_along(client, demo):
    case = CaseStudyPage.objects.live().first()
    url = case.url
    client.get(url)
    Page.objects.get(pk=case.pk).delete()
    assert not PublishedView.objects.filter(path=url).exists()
    assert client.get(url).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_every_worker_agrees_on_the_version_a_row_holds_for_once_a_publish_is_announced():
    """A row stored by one gunicorn worker is read by the other: the version it carries must not
    hold a counter of the worker that published (as `versions.current` does, for its memos)."""
    versions.bump("pages")  # outside a transaction: announced to every process at once
    assert versions.current("pages") != versions._read_shared(("pages",))["pages"]  # this process's memo version
    assert versions.stamp("pages") == str(versions._read_shared(("pages",))["pages"])
    assert versions.fresh("pages") == versions.stamp("pages")
