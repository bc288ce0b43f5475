"""Export all content to a portable archive and restore it into an emptied database, unchanged."""

import json
import zipfile

import pytest
from django.core.management import CommandError, call_command

from compendium import exports
from compendium.backup import ArchiveError, restore_archive

pytestmark = pytest.mark.django_db


def fingerprint():
    from django.contrib.auth.models import Group
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from compendium.models import Country, CountryNeed, Theme
    from experts.models import ExpertPage, PeerSupportRequest

    return {
        "exports": {kind: exports.rows(kind) for kind in ("case-studies", "experts", "events")},
        "needs": sorted(
            (need.page.country.iso2, need.title_en, need.title_km or "") for need in CountryNeed.objects.select_related("page__country")
        ),
        "pages": sorted(Page.objects.values_list("url_path", "title_en", "title_km", "live")),
        "themes": list(Theme.objects.values_list("slug", "name_en", "name_lo")),
        "coverage": list(Country.objects.exclude(coverage_percent=None).values_list("code", "coverage_percent")),
        "emails": sorted(ExpertPage.objects.values_list("email", flat=True)),
        "requests": list(PeerSupportRequest.objects.values_list("institution", "contact_email", "status")),
        "images": sorted(get_image_model().objects.values_list("title", flat=True)),
        "groups": sorted(Group.objects.values_list("name", flat=True)),
    }


def test_round_trip_keeps_the_content_unchanged(client, demo, tmp_path):
    from compendium.models import Country
    from experts.models import PeerSupportRequest

    PeerSupportRequest.objects.create(
        country=Country.objects.get(code="LA"),
        institution="Ministry of Labour",
        contact_name="A",
        contact_email="a@example.org",
        need="x" * 30,
    )
    before = fingerprint()
    search_before = client.get("/api/search/", {"q": "health", "lang": "km"}).json()["count"]
    archive = tmp_path / "backup.zip"
    call_command("export_content", str(archive))
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read("manifest.json"))
        assert manifest["objects"] > 500 and any(name.startswith("media/original_images/") for name in opened.namelist())

    from experts.models import ExpertPage

    ExpertPage.objects.all().delete()  # damage, which the restore must repair
    call_command("restore_content", str(archive), "--yes")
    assert fingerprint() == before
    assert client.get("/api/search/", {"q": "health", "lang": "km"}).json()["count"] == search_before
    assert client.get("/en/countries/za/sassa-mobile-outreach/").status_code == 200


def test_a_bad_archive_changes_nothing(demo, tmp_path):
    before = fingerprint()
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ArchiveError):
        restore_archive(bad)
    half = tmp_path / "half.zip"
    with zipfile.ZipFile(half, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": 1, "objects": 1, "media": 0}))
        archive.writestr("content.json", '[{"model": "compendium.theme", "pk": 1, "fields": {"slug": null}}]')
    with pytest.raises(Exception):  # noqa: B017 - the load fails; the transaction must undo the flush
        restore_archive(half)
    assert fingerprint() == before
    with pytest.raises(CommandError, match="Not a content archive"):
        call_command("restore_content", str(bad), "--yes")
