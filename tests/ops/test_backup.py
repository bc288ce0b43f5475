"""Export all content to a portable archive and restore it into an emptied database, unchanged."""

import json
import zipfile

import pytest
from django.core.management import CommandError, call_command

from compendium.opendata import exports
from compendium.ops.backup import ArchiveError, restore_archive

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _forget_restored_ids():
    """A restore recreates the content types under new ids, which this process caches; the test's
    rollback brings the old ids back, so later tests must not use the cached ones."""
    yield
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Site

    ContentType.objects.clear_cache()
    Site.clear_site_root_paths_cache()


def fingerprint():
    from django.contrib.auth.models import Group
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from compendium.pages.models import CountryNeed
    from compendium.taxonomy.models import Country, Theme
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


def test_round_trip_keeps_the_content_unchanged(client, demo, tmp_path, django_capture_on_commit_callbacks):
    from compendium.taxonomy.models import Country
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
    with django_capture_on_commit_callbacks(execute=True):  # as if committed: the media is swapped in
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


# --- Restore: all or nothing for media, every derived index rebuilt, corrupt archives refused ----------


def _export(path):
    call_command("export_content", str(path))
    with zipfile.ZipFile(path) as opened:
        return opened.read("content.json")


def _write_archive(path, members, content=b"[]", manifest=None):
    """A zip with the manifest, content.json and `members` ((name, bytes) in this order)."""
    manifest = manifest or {"format": 1, "objects": 0, "media": len(members)}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("content.json", content)
        for name, data in members:
            archive.writestr(name, data)
    return path


def _corrupt_member(path, name):
    """Flip one byte of the stored (uncompressed) data of member `name`: its CRC no longer matches."""
    with zipfile.ZipFile(path) as opened:
        info = opened.getinfo(name)
    raw = bytearray(path.read_bytes())
    name_length, extra_length = (
        int.from_bytes(raw[info.header_offset + 26 : info.header_offset + 28], "little"),
        int.from_bytes(raw[info.header_offset + 28 : info.header_offset + 30], "little"),
    )
    start = info.header_offset + 30 + name_length + extra_length
    raw[start + info.compress_size // 2] ^= 0xFF
    path.write_bytes(bytes(raw))
    return path


def _seed_media(root):
    """Pre-existing media files (name -> bytes) that a failed restore must leave byte-identical."""
    files = {f"original_images/old-{number}.jpg": f"old image {number}".encode() * 50 for number in range(8)}
    files["documents/report.pdf"] = b"%PDF old report"
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return files


def _media_state(root):
    return {str(file.relative_to(root)): file.read_bytes() for file in sorted(root.rglob("*")) if file.is_file()}


@pytest.fixture
def media_root(settings, tmp_path):
    """A media folder of this test's own (the swap replaces the whole folder)."""
    root = tmp_path / "site" / "media"
    root.mkdir(parents=True)
    settings.MEDIA_ROOT = root
    return root


def _assert_site_unchanged(client, pages_before):
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    assert Page.objects.count() == pages_before
    assert client.get("/en/").status_code == 200
    assert any(page.slug == "sassa-mobile-outreach" for page in get_search_backend().search("trucks", Page))


@pytest.mark.parametrize("failure", ["corrupt-member", "target-is-a-folder"])
def test_a_failing_media_step_leaves_media_and_database_untouched(client, demo, tmp_path, media_root, failure):
    from wagtail.models import Page

    seeded = _seed_media(media_root)
    content = _export(tmp_path / "full.zip")
    before, pages_before = _media_state(media_root), Page.objects.count()
    assert before == seeded
    # the members before the broken one would overwrite pre-existing files with new bytes
    members = [(f"media/{name}", b"new bytes " + data) for name, data in seeded.items()]
    if failure == "corrupt-member":
        members.insert(1, ("media/original_images/new-0.jpg", b"x" * 4000))
    else:  # a file where the archive also has a folder: the write fails
        members.append(("media/documents", b"a file named like a folder"))
    archive = _write_archive(tmp_path / "broken.zip", members, content=content)
    if failure == "corrupt-member":
        _corrupt_member(archive, "media/original_images/new-0.jpg")
    with pytest.raises(Exception) as raised:  # noqa: B017 - checked below, after the files
        restore_archive(archive)
    assert _media_state(media_root) == before, "a failed restore changed the media"
    assert isinstance(raised.value, ArchiveError), repr(raised.value)
    _assert_site_unchanged(client, pages_before)
    assert not [entry for entry in media_root.parent.iterdir() if entry != media_root], "a staging folder was left behind"


@pytest.mark.parametrize(
    "name",
    ["media/../escaped.txt", "media/original_images/../../escaped.txt", "media//tmp/absolute.txt", "/absolute.txt", "media/symlink"],
)
def test_unsafe_paths_are_refused_before_anything_is_written(client, demo, tmp_path, media_root, name):
    from wagtail.models import Page

    seeded = _seed_media(media_root)
    pages_before = Page.objects.count()
    members = [(f"media/{seeded_name}", b"overwritten") for seeded_name in seeded]  # written first: must not be
    archive = tmp_path / "unsafe.zip"
    _write_archive(archive, [])
    with zipfile.ZipFile(archive, "a") as opened:
        for member, data in members:
            opened.writestr(member, data)
        info = zipfile.ZipInfo(name)
        if name == "media/symlink":
            info.external_attr = 0o120777 << 16  # a symbolic link to /etc/passwd
            opened.writestr(info, "/etc/passwd")
        else:
            opened.writestr(info, "escaped")
    with pytest.raises(Exception) as raised:  # noqa: B017 - checked below, after the files
        restore_archive(archive)
    assert _media_state(media_root) == seeded
    assert isinstance(raised.value, ArchiveError) and "Unsafe" in str(raised.value), repr(raised.value)
    assert not (tmp_path / "escaped.txt").exists() and not (media_root.parent / "escaped.txt").exists()
    assert not (media_root / "symlink").exists()
    _assert_site_unchanged(client, pages_before)


def test_a_successful_restore_swaps_the_media_in(demo, tmp_path, media_root, django_capture_on_commit_callbacks):
    seeded = _seed_media(media_root)
    content = _export(tmp_path / "full.zip")
    archive = _write_archive(
        tmp_path / "new.zip", [("media/original_images/old-0.jpg", b"restored"), ("media/new/file.txt", b"new")], content
    )
    with django_capture_on_commit_callbacks(execute=True):
        restore_archive(archive)
    assert _media_state(media_root) == {"original_images/old-0.jpg": b"restored", "new/file.txt": b"new"}
    # the archive's media replaces the old folder as a whole; neither it nor the staging folder is left behind
    assert sorted(entry.name for entry in media_root.parent.iterdir()) == ["media"]
    assert not (media_root / "documents/report.pdf").exists() and seeded["documents/report.pdf"]


def test_a_media_folder_that_is_a_mount_point_is_restored_in_place(
    demo, tmp_path, media_root, monkeypatch, django_capture_on_commit_callbacks
):
    """A mount point cannot be renamed: the archive is staged inside it and its entries are swapped."""
    import os

    seeded = _seed_media(media_root)
    content = _export(tmp_path / "full.zip")
    is_mount = os.path.ismount
    monkeypatch.setattr(os.path, "ismount", lambda path: str(path) == str(media_root) or is_mount(path))
    archive = _write_archive(tmp_path / "new.zip", [("media/documents/report.pdf", b"restored")], content)
    with django_capture_on_commit_callbacks(execute=True):
        restore_archive(archive)
    assert _media_state(media_root) == {"documents/report.pdf": b"restored"} != seeded
    assert sorted(entry.name for entry in media_root.iterdir()) == ["documents"]
    assert sorted(entry.name for entry in media_root.parent.iterdir()) == ["media"]


def test_a_restore_rebuilds_wagtails_search_and_reference_indexes(client, demo, tmp_path, django_capture_on_commit_callbacks):
    from wagtail.models import Page, ReferenceIndex
    from wagtail.search.backends import get_search_backend

    word = "trucks"  # "South Africa: mobile trucks bring registration and payments to the doorstep"
    api_before = client.get("/api/v2/pages/", {"search": word}).json()["meta"]["total_count"]
    references_before = ReferenceIndex.objects.count()
    assert api_before > 0 and references_before > 0
    archive = tmp_path / "backup.zip"
    call_command("export_content", str(archive))
    ReferenceIndex.objects.all().delete()  # damage, which the restore must repair
    with django_capture_on_commit_callbacks(execute=True):
        call_command("restore_content", str(archive), "--yes")
    assert client.get("/api/v2/pages/", {"search": word}).json()["meta"]["total_count"] == api_before
    found = list(get_search_backend().search(word, Page))
    assert any(page.slug == "sassa-mobile-outreach" for page in found), found
    assert ReferenceIndex.objects.count() == references_before


def _truncated_member(path):
    """content.json declared deflated, with only the first half of its compressed stream."""
    import struct
    import zlib

    data = json.dumps([{"model": "compendium.theme", "pk": 999, "fields": {"slug": "x" * 50}}] * 40).encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = compressor.compress(data) + compressor.flush()
    _write_archive(path, [], content=stream[: len(stream) // 2])
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as opened:
        info = opened.getinfo("content.json")
    local = info.header_offset
    struct.pack_into("<H", raw, local + 8, zipfile.ZIP_DEFLATED)
    struct.pack_into("<I", raw, local + 14, zlib.crc32(data))
    struct.pack_into("<I", raw, local + 22, len(data))
    position = raw.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", raw, position + 28)[0]
        if raw[position + 46 : position + 46 + name_length] == b"content.json":
            struct.pack_into("<H", raw, position + 10, zipfile.ZIP_DEFLATED)
            struct.pack_into("<I", raw, position + 16, zlib.crc32(data))
            struct.pack_into("<I", raw, position + 24, len(data))
        position = raw.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(raw))
    return path


CORRUPT_CONTENT = {
    "not-json": b'[{"model": "compendium.theme", "pk": 1, ',
    "not-a-list": b'{"model": "compendium.theme", "pk": 1, "fields": {}}',
    "list-of-numbers": b"[1, 2, 3]",
    "object-without-fields": b'[{"model": "compendium.theme", "pk": 1}]',
    "missing-model": b'[{"model": "compendium.nosuchthing", "pk": 1, "fields": {"name": "x"}}]',
    "not-utf8": b'[{"model": "compendium.theme", "pk": 1, "fields": {"slug": "\xff\xfe"}}]',
}


@pytest.mark.parametrize(
    "kind",
    [*CORRUPT_CONTENT, "truncated-member", "bad-crc", "truncated-file", "manifest-not-json", "unsaveable-object", "dangling-foreign-key"],
)
def test_a_corrupt_archive_gives_a_clear_error_and_changes_nothing(client, demo, tmp_path, kind):
    from wagtail.models import Page

    pages_before = Page.objects.count()
    archive = tmp_path / f"{kind}.zip"
    if kind in CORRUPT_CONTENT:
        _write_archive(archive, [], content=CORRUPT_CONTENT[kind])
    elif kind == "truncated-member":
        _truncated_member(archive)
    elif kind == "bad-crc":
        _write_archive(archive, [], content=json.dumps([{"model": "compendium.theme", "pk": 9, "fields": {"slug": "a"}}] * 20))
        _corrupt_member(archive, "content.json")
    elif kind == "truncated-file":  # a download cut short: the zip's directory at the end is missing
        _write_archive(tmp_path / "whole.zip", [("media/a.txt", b"a" * 5000)], content=b"[]")
        archive.write_bytes((tmp_path / "whole.zip").read_bytes()[:3000])
    elif kind == "manifest-not-json":
        with zipfile.ZipFile(archive, "w") as opened:
            opened.writestr("manifest.json", "format: 1")
            opened.writestr("content.json", "[]")
    elif kind == "unsaveable-object":  # an expert page without its page row: the load itself fails, after the flush
        _write_archive(
            archive, [], content=json.dumps([{"model": "experts.expertpage", "pk": 123456, "fields": {"email": "x@example.org"}}])
        )
    else:  # a stated need of a country page that is not in the archive
        need = {
            "model": "compendium.countryneed",
            "pk": 1,
            "fields": {"page": 999999, "sort_order": 0, "title": "x", "title_en": "x", "text": ""},
        }
        _write_archive(archive, [], content=json.dumps([need]))
    with pytest.raises(Exception) as raised:  # noqa: B017 - checked below
        restore_archive(archive)
    assert isinstance(raised.value, ArchiveError), repr(raised.value)
    message = str(raised.value)
    assert message and "Traceback" not in message and len(message) < 600, message
    _assert_site_unchanged(client, pages_before)
    with pytest.raises(CommandError) as raised:
        call_command("restore_content", str(archive), "--yes")
    assert str(raised.value) == message
    _assert_site_unchanged(client, pages_before)
