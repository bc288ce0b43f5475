"""Export all content to a portable archive (JSON + media) and restore it into an empty database.

The archive is a zip: `content.json` (Django's serialisation of every table of the site's and
Wagtail's apps, foreign keys to content types and permissions by natural key, so it loads into
any database engine) and `media/` (uploaded images, documents and their renditions).
It contains private data (expert contacts, peer-support requests): keep it like a database dump.
The search index and the admin's audit log are not archived: the index is rebuilt from the
restored pages.
"""

import io
import json
import tempfile
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

EXCLUDE = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "admin.logentry",
    "wagtailsearch",
    "compendium.searchitem",
    "compendium.searchfacet",
    "compendium.searchtext",
    "wagtailcore.pagesubscription",
    # the audit log keeps entries of deleted pages (no foreign-key constraint): history, not content
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailadmin.editingsession",
]
FORMAT_VERSION = 1


def export_archive(path):
    """Write the archive; returns (number of objects, number of media files)."""
    buffer = io.StringIO()
    call_command("dumpdata", natural_foreign=True, exclude=EXCLUDE, stdout=buffer, indent=None)
    objects = json.loads(buffer.getvalue())
    media_root = Path(settings.MEDIA_ROOT)
    files = [file for file in media_root.rglob("*") if file.is_file()] if media_root.exists() else []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"format": FORMAT_VERSION, "objects": len(objects), "media": len(files)}))
        archive.writestr("content.json", json.dumps(objects, ensure_ascii=False))
        for file in files:
            archive.write(file, f"media/{file.relative_to(media_root)}")
    return len(objects), len(files)


class ArchiveError(ValueError):
    pass


@transaction.atomic
def restore_archive(path):
    """Empty the database, load the archive and its media, rebuild the search index. All or nothing."""
    from compendium import match_service, versions
    from compendium.search import indexing

    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ArchiveError(f"Not a content archive: {exc}") from exc
    with archive:
        names = set(archive.namelist())
        if not {"manifest.json", "content.json"} <= names:
            raise ArchiveError("Not a content archive: manifest.json or content.json is missing.")
        manifest = json.loads(archive.read("manifest.json"))
        if manifest.get("format") != FORMAT_VERSION:
            raise ArchiveError(f"Unsupported archive format {manifest.get('format')!r}.")
        content = archive.read("content.json")
        if connection.vendor == "postgresql":
            # Deferred foreign-key checks of earlier writes in this transaction would block TRUNCATE.
            with connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        call_command("flush", interactive=False, verbosity=0)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:  # loaddata needs them deferred: rows come in any order
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        with tempfile.NamedTemporaryFile(suffix=".json") as fixture:
            fixture.write(content)
            fixture.flush()
            call_command("loaddata", fixture.name, verbosity=0)
        media_root = Path(settings.MEDIA_ROOT).resolve()
        for name in names:
            if name.startswith("media/") and not name.endswith("/"):
                target = (media_root / name[len("media/") :]).resolve()
                if media_root not in target.parents:  # no path escapes the media folder
                    raise ArchiveError(f"Unsafe path in archive: {name}")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(name))
    count = indexing.rebuild()
    match_service.invalidate()
    versions.bump("pages")
    return manifest["objects"], count
