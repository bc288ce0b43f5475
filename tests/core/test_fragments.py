"""The parts of every page drawn once per language (compendium.core.fragments) are what the whole
page's context would draw, in every language, and are drawn again when a template or a setting changes."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.test import RequestFactory, override_settings
from django.utils import translation
from django.utils.autoreload import file_changed

from compendium.core import fragments


def drawn_with_a_whole_request(name, language):
    request = RequestFactory().get(f"/{language}/search/?q=pension&country=KH", HTTP_HOST="testserver")
    request.user = AnonymousUser()
    request.LANGUAGE_CODE = language
    with translation.override(language):
        return render_to_string(name, {"page": None}, request=request)


@pytest.mark.parametrize("language", settings.LANGUAGE_CODES)
@pytest.mark.parametrize("name", fragments.CHROME)
def test_a_part_drawn_with_the_language_alone_is_the_part_a_whole_request_draws(name, language):
    fragments.forget()
    assert fragments.fragment(name, language) == drawn_with_a_whole_request(name, language)


def test_the_parts_are_in_the_readers_language():
    fragments.forget()
    nav = {language: fragments.fragment("chrome/site_nav.html", language) for language in settings.LANGUAGE_CODES}
    assert 'href="/km/guide/"' in nav["km"] and 'href="/km/match/"' in nav["km"]
    with translation.override("km"):
        assert translation.gettext("Good Practices Guide") in nav["km"]
    assert len(set(nav.values())) == len(settings.LANGUAGE_CODES)  # each language its own


def test_only_the_parts_of_the_chrome_are_kept():
    with pytest.raises(ValueError):
        fragments.fragment("base.html", "en")


def test_a_changed_template_or_setting_is_drawn_again(tmp_path):
    fragments.forget()
    first = fragments.fragment("chrome/site_footer.html", "en")
    assert fragments.fragment("chrome/site_footer.html", "en") is first  # kept
    file_changed.send(sender=None, file_path=Path(settings.BASE_DIR) / "templates" / "chrome" / "site_footer.html")
    again = fragments.fragment("chrome/site_footer.html", "en")
    assert again == first and again is not first
    with override_settings(SPF_BASE_URL="https://spf.example.org"):
        overridden = fragments.fragment("chrome/site_footer.html", "en")
        assert overridden is not again
    assert fragments.fragment("chrome/site_footer.html", "en") is not overridden  # dropped again when the override ended


def test_every_page_carries_them(client, demo):
    response = client.get("/lo/search/?q=health")
    html = response.content.decode()
    for name in ("chrome/site_nav.html", "chrome/site_footer.html"):
        assert fragments.fragment(name, "lo") in html
    assert fragments.fragment("chrome/header_search.html", "lo") not in html  # the search page has its own form
    assert fragments.fragment("chrome/header_search.html", "lo") in client.get("/lo/").content.decode()
