"""What the speed work relies on: shared version stamps, one-query routing, cards from the search index."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import translation

from compendium.catalogue import cards
from compendium.core import versions
from compendium.matching import service as match_service
from compendium.pages import listings
from tests import factories

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent.parent
LOCAL_MEMORY = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "perf-test"}}


def bump_in_another_process(name, state_dir):
    """What a publish in another gunicorn worker does to the stamps."""
    env = {key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "DATABASE_URL")}
    env.update(DJANGO_SETTINGS_MODULE="compendium.settings.dev", SPF_STATE_DIR=str(state_dir))
    code = f"import django; django.setup(); from compendium.core import versions; versions.bump({name!r})"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=60)


def test_a_publish_in_another_worker_empties_this_workers_page_cache(client, demo, settings, tmp_path):
    from casestudies.models import CaseStudyPage

    settings.CACHES = LOCAL_MEMORY
    settings.SPF_STATE_DIR = tmp_path
    settings.SPF_PAGE_CACHE_SECONDS = 300
    url = CaseStudyPage.objects.get(slug="sassa-mobile-outreach").url
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    before, matching_before = versions.current("pages"), versions.current("matching")
    bump_in_another_process("pages", tmp_path)
    assert versions.current("pages") != before
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert versions.current("matching") == matching_before  # another name's bump leaves it as it was


def test_routing_finds_pages_and_routes_and_refuses_the_rest(client, demo):
    from casestudies.models import CaseStudyPage

    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    assert "SASSA" in client.get(page.url).content.decode()
    assert client.get(page.url + "pdf/")["Content-Type"] == "application/pdf"
    assert client.get("/en/guide/outreach/").status_code == 200
    for url in (page.url + "nothing-here/", "/en/countries/zz/", "/en/countries/za/no-such-case/", "/en/guide/no-chapter/pdf/"):
        assert client.get(url).status_code == 404, url
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_card_tags_read_from_the_index_equal_the_pages_own_tags(demo):
    from casestudies.models import CaseStudyPage

    card_list = list(cards.case_study_cards(CaseStudyPage.objects.all()))
    assert len(card_list) >= 30
    for language in ("en", "km", "fr"):
        with translation.override(language):
            for card in card_list:
                page = CaseStudyPage.objects.get(pk=card.pk)
                assert listings.card_tags(card, language) == listings.card_tags(page, language), (card.slug, language)
    card = next(card for card in card_list if card.slug == "sassa-mobile-outreach")
    tags = listings.card_tags(card, "fr")
    assert ("ZA", "Afrique du Sud") in tags["countries"] and tags["themes"] and tags["guarantees"]


def test_card_lists_take_one_query_however_many_tags(demo, django_assert_num_queries):
    from casestudies.models import CaseStudyPage

    # The restriction list and the taxonomy labels are read once per version of the content.
    listings.card_tags(cards.case_study_cards(CaseStudyPage.objects.all()).first(), "en")
    with django_assert_num_queries(1):
        for card in cards.case_study_cards(CaseStudyPage.objects.all())[:20]:
            listings.card_tags(card, "en")


def test_related_case_studies_share_a_theme_newest_first_public_only(demo):
    from casestudies.models import CaseStudyPage

    profile = factories.country_page(demo["countries"], "NP")
    first = factories.case_study(profile, "Mobile registration", themes=["mis"], countries=["NP"])
    second = factories.case_study(profile, "Single window", themes=["mis", "coordination"], countries=["NP"])
    third = factories.case_study(profile, "Grievance desk", themes=["mis"], countries=["NP"])
    elsewhere = factories.case_study(profile, "Crop insurance", themes=["economic-sectors"], countries=["NP"])
    draft = factories.case_study(profile, "Withdrawn", themes=["mis"], countries=["NP"])
    draft.unpublish()
    related = cards.related_case_studies(CaseStudyPage.objects.get(pk=first.pk))
    assert [page.pk for page in related[:2]] == [third.pk, second.pk]
    assert first.pk not in {page.pk for page in related}
    assert not {elsewhere.pk, draft.pk} & {page.pk for page in related}
    assert all({"mis"} & {slug for slug, _ in listings.card_tags(page, "en")["themes"]} for page in related)


def test_pages_under_a_view_restriction_are_hidden_until_it_is_lifted(client, demo):
    from wagtail.models import PageViewRestriction

    from casestudies.models import CaseStudyPage

    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    assert page.pk in {card.pk for card in cards.case_study_cards(CaseStudyPage.objects.all())}
    assert page.title in client.get(page.url).content.decode()
    restriction = PageViewRestriction.objects.create(page=page.get_parent(), restriction_type="password", password="x")
    assert page.pk not in {card.pk for card in cards.case_study_cards(CaseStudyPage.objects.all())}
    # Serving asks for the password: the shortcut for "no restriction anywhere" no longer applies.
    body = client.get(page.url).content.decode()
    assert "Password required" in body and page.title not in body
    restriction.delete()
    assert page.pk in {card.pk for card in cards.case_study_cards(CaseStudyPage.objects.all())}
    assert page.title in client.get(page.url).content.decode()


def test_a_country_profile_costs_the_same_however_many_countries_state_needs(client, demo):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from compendium.pages.models import CountryNeed, CountryPage
    from compendium.taxonomy.models import Theme

    def queries(url):
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    profile_url = CountryPage.objects.get(country__code="TH").url
    before = queries(profile_url)
    for code in ("NP", "BD", "MN", "BT"):
        profile = factories.country_page(demo["countries"], code)
        need = CountryNeed.objects.create(page=profile, title_en=f"Health insurance design in {code}", time_frame="short")
        need.themes.add(Theme.objects.get(slug="integrated-packages"))
        need.save()  # a parental many-to-many is written with its object
        profile.save_revision().publish()
    assert queries(profile_url) <= before
    helped = {profile.country.iso2 for profile, _entry in match_service.helped_by("TH", limit=100)}
    assert {"NP", "BD", "MN", "BT"} <= helped  # Thailand's experience answers the new needs


def test_repeat_views_over_a_slow_link_get_304_without_a_body(client, demo, settings):
    from casestudies.models import CaseStudyPage

    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    first = client.get(page.url)
    assert first["ETag"]
    again = client.get(page.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    api = client.get("/api/search/?q=pension")
    assert client.get("/api/search/?q=pension", HTTP_IF_NONE_MATCH=api["ETag"]).status_code == 304
    page.title_en = "SASSA trucks, changed"
    page.save_revision().publish()
    changed = client.get(page.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and "SASSA trucks, changed" in changed.content.decode()

    if settings.SERVE_MEDIA:  # the embedded mode serves image renditions itself, with Last-Modified
        (Path(settings.MEDIA_ROOT) / "images").mkdir(parents=True, exist_ok=True)
        (Path(settings.MEDIA_ROOT) / "images" / "note.fill-10x10.png").write_bytes(b"figures")
        media = client.get("/media/images/note.fill-10x10.png")
        assert media.status_code == 200 and media["Last-Modified"]
        assert client.get("/media/images/note.fill-10x10.png", HTTP_IF_MODIFIED_SINCE=media["Last-Modified"]).status_code == 304


def test_breadcrumbs_come_from_the_section_pages_and_follow_a_publish(client, demo):
    from casestudies.models import CaseStudyPage
    from compendium.pages.models import ChapterPage, CountryPage

    page = CaseStudyPage.objects.get(slug="sassa-mobile-outreach")
    profile = CountryPage.objects.get(pk=page.get_parent().pk)
    assert listings.parent_of(page).pk == profile.pk
    body = client.get(page.url.replace("/en/", "/fr/")).content.decode()
    assert f'<p class="breadcrumb"><a href="/fr/{profile.url.split("/", 2)[2]}">Afrique du Sud</a></p>' in body
    # The same kept page object serves every language.
    body = client.get(page.url.replace("/en/", "/km/")).content.decode()
    assert f'<p class="breadcrumb"><a href="/km/{profile.url.split("/", 2)[2]}">' in body
    # Moving the profile to a new slug is a publish: the breadcrumb follows at once.
    profile.slug = "south-africa"
    profile.save_revision().publish()
    page.refresh_from_db()
    assert '<p class="breadcrumb"><a href="/en/countries/south-africa/">South Africa</a></p>' in client.get(page.url).content.decode()
    # A chapter's breadcrumb and neighbours, also without reading the tree.
    chapter = ChapterPage.objects.live().order_by("theme__sort_order")[1]
    previous, following = listings.chapter_neighbours(chapter)
    assert previous.theme.sort_order < chapter.theme.sort_order < following.theme.sort_order
    assert listings.parent_of(chapter).pk == chapter.get_parent().pk


def test_the_default_local_memory_cache_keeps_more_pages_than_one_worker_serves(client, demo, settings, tmp_path):
    from django.core.cache import caches

    from casestudies.models import CaseStudyPage
    from compendium.settings import base

    settings.CACHES = {"default": {**base.LOCAL_MEMORY_CACHE, "LOCATION": "capacity-test"}}
    settings.SPF_STATE_DIR = tmp_path
    settings.SPF_PAGE_CACHE_SECONDS = 300
    url = CaseStudyPage.objects.get(slug="sassa-mobile-outreach").url
    client.get(url)
    # Django's default local-memory cache holds 300 entries and then drops a third of them.
    for index in range(1000):
        caches["default"].set(f"another-page-{index}", "x" * 100)
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_publishing_draws_the_renditions_so_no_reader_waits_for_one(client, demo, settings, django_assert_max_num_queries):
    from wagtail.images import get_image_model

    from compendium.ops.demo.loader import portrait

    renditions = get_image_model().get_rendition_model().objects
    photo = portrait("Rendition Tester", "rendition-tester")
    figure = portrait("Body Figure", "body-figure")
    assert not renditions.filter(image__in=[photo, figure]).exists()
    expert = factories.expert(demo["experts"], name="Aaron Rendition Tester", photo=photo)
    profile = factories.country_page(demo["countries"], "NP")
    case = factories.case_study(profile, "Pictured", countries=["NP"], body_en=[("image", {"image": figure, "alt_text": "A chart"})])
    made = set(renditions.filter(image__in=[photo, figure]).values_list("image_id", "filter_spec"))
    assert made == {(photo.pk, "fill-96x96"), (photo.pk, "fill-160x160"), (figure.pk, "max-960x640")}

    for url in (expert.url, demo["experts"].url, case.url):
        html = client.get(url).content.decode()
        assert "/media/images/" in html, url
    assert renditions.filter(image__in=[photo, figure]).count() == len(made)  # the views drew none

    # The expert list fetches every card's photo rendition in one query, not one per card.
    for number in range(5):
        factories.expert(demo["experts"], name=f"Aaron Pictured {number}", photo=photo)
    cache.clear()  # Wagtail also keeps renditions in the cache: count the database's work
    settings.SPF_READ_MODEL = False  # the drawing of the page, not the read model's row, is counted
    # 26 with a query per card (six cards here: a query per card would add at least six). 12 on
    # SQLite; 13 on PostgreSQL with Redis, where clearing the cache also renews the version stamps
    # (+1 reload); the directory also lists the completed exchanges (2 queries, whatever the number
    # of cards).
    with django_assert_max_num_queries(13):
        html = client.get(demo["experts"].url).content.decode()
    assert html.count("portrait-rendition-tester") >= 6


def test_the_catch_up_command_draws_renditions_deleted_since_publishing(demo):
    from django.core.management import call_command
    from wagtail.images import get_image_model

    from compendium.ops.demo.loader import portrait

    renditions = get_image_model().get_rendition_model().objects
    photo = portrait("Catch Up", "catch-up")
    factories.expert(demo["experts"], name="Catch Up", photo=photo)
    renditions.filter(image=photo).delete()
    out = io.StringIO()
    call_command("pregenerate_renditions", stdout=out)
    assert "Renditions ready" in out.getvalue()
    assert set(renditions.filter(image=photo).values_list("filter_spec", flat=True)) == {"fill-96x96", "fill-160x160"}
