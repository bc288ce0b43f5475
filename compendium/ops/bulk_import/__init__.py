"""Bulk import in the admin (Settings → Bulk import): upload, dry run, apply.

One module per kind of content (case_studies, experts, events) on a shared base (base.py: the
file, the report, the all-or-nothing run); citations.py reads the `sources` column they share.
The case-study importer is also `manage.py import_case_studies`'s: every row is checked, any
error stops everything, a dry run writes nothing.
Between the dry run and the apply the upload is kept server-side in SPF_STATE_DIR/imports (never
under MEDIA_ROOT, so never served), named by a random token that only the uploader's session
knows, with the SHA-256 of its bytes; apply refuses a token the session does not hold and a file
whose bytes changed since its dry run.
"""

import hashlib
import re
import secrets
import time
from pathlib import Path

from django.conf import settings

from .base import ImportFailed
from .case_studies import CaseStudyImporter
from .events import EventImporter
from .experts import ExpertImporter

# kind -> (importer, template file under static/)
KINDS = {
    "case-studies": (CaseStudyImporter, "import/case-studies-template.csv"),
    "experts": (ExpertImporter, "import/experts-template.csv"),
    "events": (EventImporter, "import/events-template.csv"),
}
SUFFIXES = (".csv", ".xlsx")
MAX_BYTES = 5 * 1024 * 1024
SESSION_KEY = "bulk_import_uploads"
TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
KEEP_SECONDS = 24 * 60 * 60  # an upload not applied within a day is deleted at the next upload


def may_import(user):
    """Superusers, and staff given the "Can bulk import content from a spreadsheet" permission."""
    return user.is_active and (user.is_superuser or user.has_perm("compendium.bulk_import"))


def upload_dir():
    path = Path(settings.SPF_STATE_DIR) / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def digest(data):
    return hashlib.sha256(data).hexdigest()


def store(uploaded, session, kind="case-studies"):
    """Keep an uploaded file of `kind` for its apply; returns its token (also remembered in `session`)."""
    suffix = Path(uploaded.name).suffix.lower()
    expired = time.time() - KEEP_SECONDS
    for old in upload_dir().iterdir():
        if old.stat().st_mtime < expired:
            old.unlink(missing_ok=True)
    token = secrets.token_urlsafe(24)
    data = b"".join(uploaded.chunks())
    (upload_dir() / f"{token}{suffix}").write_bytes(data)
    uploads = dict(session.get(SESSION_KEY, {}))
    uploads[token] = {"digest": digest(data), "name": uploaded.name, "kind": kind}
    session[SESSION_KEY] = uploads
    return token


def stored_path(token):
    """The stored upload of `token`, or None."""
    if not TOKEN.match(token or ""):
        return None
    for suffix in SUFFIXES:
        path = upload_dir() / f"{token}{suffix}"
        if path.exists():
            return path
    return None


class UploadGone(Exception):
    """The token is not this session's, or its file is no longer kept."""


class UploadChanged(Exception):
    """The stored file's bytes are not those that were dry-run."""


def importer_for(kind):
    return KINDS[kind][0]()


def dry_run(path, kind="case-studies"):
    """The importer's report for `path` without writing anything (report.errors says what is wrong)."""
    try:
        return importer_for(kind).run(path, dry_run=True)
    except ImportFailed as failure:
        return failure.report


def apply(token, session):
    """Import the upload of `token` for real; returns the report (with errors, nothing written, if
    the content no longer passes the checks). Raises UploadGone or UploadChanged."""
    entry = session.get(SESSION_KEY, {}).get(token)
    path = stored_path(token)
    if entry is None or path is None:
        raise UploadGone
    if digest(path.read_bytes()) != entry["digest"]:
        forget(token, session)
        raise UploadChanged
    try:
        report = importer_for(entry.get("kind", "case-studies")).run(path)
    except ImportFailed as failure:
        return failure.report
    forget(token, session)
    return report


def forget(token, session):
    """Delete the stored upload of `token` and drop it from the session."""
    path = stored_path(token)
    if path is not None:
        path.unlink(missing_ok=True)
    uploads = dict(session.get(SESSION_KEY, {}))
    uploads.pop(token, None)
    session[SESSION_KEY] = uploads
