"""Export all content to a portable archive (JSON + media) and restore it into an empty database.

The archive is a zip: `content.json` (Django's serialisation of every table of the site's and
Wagtail's apps, foreign keys to content types and permissions by natural key, so it loads into
any database engine) and `media/` (uploaded images, documents and their renditions).
It contains private data (expert contacts, peer-support requests): keep it like a database dump.
The search indexes (ours and Wagtail's) and the admin's audit log are not archived: the indexes
are rebuilt from the restored pages.

A restore is all or nothing: a damaged or unsafe archive is refused with ArchiveError before the
database or the media folder is touched, and the media is swapped in only when the database
transaction commits.
"""

import io
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from pathlib import Path, PureWindowsPath

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management import CommandError, call_command
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction

from compendium.catalogue import indexing
from compendium.core import versions
from compendium.matching import service as match_service

logger = logging.getLogger(__name__)

EXCLUDE = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "admin.logentry",
    "wagtailsearch",
    "compendium.searchitem",
    "compendium.searchfacet",
    "compendium.searchtext",
    # the read model is drawn again from the content (compendium/core/read_model.py)
    "compendium.publishedview",
    "compendium.publishedviewdependency",
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
    """The archive cannot be restored (not an archive, damaged, unsafe); nothing was changed."""


ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError, OSError)
LOAD_ERRORS = (
    DeserializationError,
    DatabaseError,
    ValidationError,
    ObjectDoesNotExist,
    CommandError,
    LookupError,
    TypeError,
    ValueError,
    AttributeError,
)


def _short(exc, limit=300):
    """One readable line: an exception's message without the temporary fixture's path."""
    text = re.sub(r"^Problem installing fixtures?( '[^']*')?: ", "", " ".join(str(exc).split())) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _read(archive, name):
    try:
        return archive.read(name)
    except ZIP_ERRORS as exc:
        raise ArchiveError(f"The archive is damaged: {name} cannot be read ({_short(exc)}).") from exc


def _parse_json(name, data):
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ArchiveError(f"The archive is damaged: {name} is not UTF-8 text ({_short(exc)}).") from exc
    except json.JSONDecodeError as exc:
        raise ArchiveError(f"The archive is damaged: {name} is not valid JSON ({_short(exc)}).") from exc


def _check_names(infos):
    """Refuse absolute paths, '..', empty or '.' components and symbolic links, before anything is written."""
    for info in infos:
        name = info.filename
        parts = name.rstrip("/").split("/")
        unsafe = (
            not name
            or name.startswith("/")
            or "\\" in name
            or "\x00" in name
            or PureWindowsPath(name).drive
            or any(part in ("", ".", "..") for part in parts)
            or stat.S_ISLNK(info.external_attr >> 16)
        )
        if unsafe:
            raise ArchiveError(f"Unsafe path in archive: {name!r} (absolute, '..' or a symbolic link); nothing was restored.")


def _check_objects(objects):
    """content.json must be a list of serialised objects of models this site has."""
    if not isinstance(objects, list):
        raise ArchiveError(f"The archive is damaged: content.json holds a {type(objects).__name__}, not a list of objects.")
    models = set()
    for position, entry in enumerate(objects):
        if not (isinstance(entry, dict) and isinstance(entry.get("model"), str) and isinstance(entry.get("fields"), dict)):
            raise ArchiveError(f"The archive is damaged: object {position + 1} of content.json has no model name or no fields.")
        models.add(entry["model"])
    for label in sorted(models):
        try:
            apps.get_model(label)
        except (LookupError, ValueError) as exc:
            raise ArchiveError(f"content.json refers to a model this site does not have: {label!r}.") from exc


def _staging_folder(media_root):
    """An empty folder on the same filesystem as the media, for the archive's files.

    Beside the media folder, so that the swap is two renames; inside it when it is a mount point
    or its parent is not writable (then the swap moves its entries).
    """
    if not os.path.ismount(media_root):
        try:
            media_root.parent.mkdir(parents=True, exist_ok=True)
            return Path(tempfile.mkdtemp(prefix=f".{media_root.name}-restore-", dir=media_root.parent))
        except OSError:
            pass
    media_root.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=".restore-", dir=media_root))


def _extract_media(archive, infos, staging):
    count = 0
    for info in infos:
        if not info.filename.startswith("media/"):
            continue
        relative = info.filename[len("media/") :].rstrip("/")
        if not relative:
            continue
        target = staging / relative
        try:
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, open(target, "xb") as destination:
                shutil.copyfileobj(source, destination, 1024 * 1024)
        except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError) as exc:
            raise ArchiveError(f"The archive is damaged: {info.filename} cannot be read ({_short(exc)}).") from exc
        except OSError as exc:
            raise ArchiveError(f"Cannot write media file {info.filename}: {_short(exc)}.") from exc
        count += 1
    return count


def _swap_media(staging, media_root):
    """Put the staged media in place of the current media; the old media is removed once that is done."""
    if staging.parent == media_root:  # a mount point: move the entries, and back if that fails
        old = Path(tempfile.mkdtemp(prefix=".restore-old-", dir=media_root))
        current = [entry.name for entry in media_root.iterdir() if entry.name not in (staging.name, old.name)]
        moved_out, moved_in = [], []
        try:
            for name in current:
                os.rename(media_root / name, old / name)
                moved_out.append(name)
            for entry in list(staging.iterdir()):
                os.rename(entry, media_root / entry.name)
                moved_in.append(entry.name)
        except OSError:
            for name in moved_in:
                os.rename(media_root / name, staging / name)
            for name in moved_out:
                os.rename(old / name, media_root / name)
            old.rmdir()
            raise
        staging.rmdir()
        shutil.rmtree(old, ignore_errors=True)
        return
    if media_root.exists():
        shutil.copymode(media_root, staging)
        old = media_root.with_name(f"{staging.name}-old")
        os.rename(media_root, old)
        try:
            os.rename(staging, media_root)
        except OSError:
            os.rename(old, media_root)
            raise
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.chmod(staging, 0o777 & ~_umask())
        os.rename(staging, media_root)


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _load(content):
    """Empty the database and load content.json (inside the caller's transaction)."""
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
        try:
            call_command("loaddata", fixture.name, verbosity=0)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:  # a dangling reference fails here, not at the commit
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        except LOAD_ERRORS as exc:
            raise ArchiveError(f"content.json could not be loaded: {_short(exc)}") from exc


def _rebuild_indexes():
    """Everything the site derives from the content and the archive leaves out: our search index,
    Wagtail's search index (admin search, /api/v2/?search=) and Wagtail's reference index."""
    count = indexing.rebuild()
    call_command("update_index", verbosity=0)
    call_command("rebuild_references_index", verbosity=0)
    return count


def _after_commit(staging, media_root):
    """Once the restored rows are committed: the media, then what every process caches."""
    from wagtail.models import Site

    try:
        _swap_media(staging, media_root)
    except OSError as exc:
        raise ArchiveError(
            f"The database was restored but the media could not be put in place ({_short(exc)}); "
            f"the archive's media files are in {staging}, the old ones in {media_root}."
        ) from exc
    Site.clear_site_root_paths_cache()
    for name in versions.NAMES:
        versions.bump(name)
    try:
        call_command("pregenerate_renditions", stdout=io.StringIO())
    except Exception:  # derived files: a reader's view draws a missing one
        logger.warning("restore: renditions not pregenerated; run manage.py pregenerate_renditions", exc_info=True)


def _forget_rolled_back_state():
    """The flush recreated the content types under new ids and cached them in this process; after
    a rollback those ids no longer exist (nor does the cached site root)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Site

    ContentType.objects.clear_cache()
    Site.clear_site_root_paths_cache()


def restore_archive(path):
    """Empty the database, load the archive and its media, rebuild every index. All or nothing.

    The archive is checked (paths, JSON, models) and its media written to a staging folder before
    the database is touched; the database is emptied, loaded and re-indexed in one transaction; the
    staged media replaces the media folder when that transaction commits. Any failure before the
    commit leaves the database and the media folder as they were. Called inside an enclosing
    transaction, the swap waits for its commit (a rollback of it leaves the staging folder behind).
    """
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise ArchiveError(f"Not a content archive: {_short(exc)}") from exc
    with archive:
        infos = archive.infolist()
        _check_names(infos)
        names = {info.filename for info in infos}
        if not {"manifest.json", "content.json"} <= names:
            raise ArchiveError("Not a content archive: manifest.json or content.json is missing.")
        manifest = _parse_json("manifest.json", _read(archive, "manifest.json"))
        if not isinstance(manifest, dict):
            raise ArchiveError("The archive is damaged: manifest.json is not an object.")
        if manifest.get("format") != FORMAT_VERSION:
            raise ArchiveError(f"Unsupported archive format {manifest.get('format')!r}.")
        content = _read(archive, "content.json")
        objects = _parse_json("content.json", content)
        _check_objects(objects)
        media_root = Path(settings.MEDIA_ROOT).resolve()
        try:
            staging = _staging_folder(media_root)
        except OSError as exc:
            raise ArchiveError(f"Cannot prepare the media folder: {_short(exc)}") from exc
        try:
            _extract_media(archive, infos, staging)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    committed = []

    def after_commit():
        committed.append(True)
        _after_commit(staging, media_root)

    try:
        with transaction.atomic():
            _load(content)
            count = _rebuild_indexes()
            match_service.invalidate()
            for name in versions.NAMES:  # for this process, now; every process again after the commit
                versions.bump(name)
            transaction.on_commit(after_commit)
    except BaseException:
        if not committed:  # rolled back: the media folder was never touched
            shutil.rmtree(staging, ignore_errors=True)
            _forget_rolled_back_state()
        raise
    return manifest.get("objects", len(objects)), count
