"""Editors keep sources in the admin and cite them from every page type that states facts."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    admin = django_user_model.objects.create_superuser("sources-editor", "sources@example.org", "pw")
    client.force_login(admin)
    return client


def test_sources_are_listed_and_searchable_in_the_admin(editor, demo):
    html = editor.get("/admin/snippets/sources/source/").content.decode()
    assert "Report of the technical workshop" in html and "2013-06-04" in html  # the press release, dated to the day
    found = editor.get("/admin/snippets/sources/source/", {"q": "press release"}).content.decode()
    assert "press release" in found and "Report of the technical workshop" not in found


@pytest.mark.parametrize(
    "url_of",
    [
        lambda pages: pages["home"],
        lambda pages: pages["guide"],
        lambda pages: pages["countries"].get_children().get(slug="kh"),
        lambda pages: pages["experts"].get_children().get(slug="sok-kanha"),
        lambda pages: pages["events"].get_children().get(slug="siem-reap-workshop-2013"),
        lambda pages: pages["projects"].get_children().get(slug="japan-ilo-phase-1"),
    ],
    ids=["home", "guide", "country", "expert", "event", "project"],
)
def test_every_fact_page_edits_its_citations(editor, demo, url_of):
    page = url_of(demo)
    html = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    from compendium.sources.models import Citation

    tag = re.search(r'<input[^>]*name="citations-TOTAL_FORMS"[^>]*>', html)
    count = Citation.objects.filter(page_id=page.pk).count()
    assert tag and count and f'value="{count}"' in tag.group(0)
