"""Upload checks for documents: a size limit and a look at the content, not only the extension."""

import filetype
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# What the first bytes of a file of each accepted extension may be (None: plain text, checked apart).
EXPECTED_MIME = {
    "pdf": {"application/pdf"},
    "docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip"},
    "xlsx": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip"},
    "pptx": {"application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/zip"},
    "odt": {"application/vnd.oasis.opendocument.text", "application/zip"},
    "ods": {"application/vnd.oasis.opendocument.spreadsheet", "application/zip"},
    "doc": {"application/msword", "application/x-ole-storage", "application/vnd.ms-excel", "application/vnd.ms-powerpoint"},
    "xls": {"application/vnd.ms-excel", "application/msword", "application/x-ole-storage"},
    "ppt": {"application/vnd.ms-powerpoint", "application/msword", "application/x-ole-storage"},
    "csv": None,
    "txt": None,
}


def check_document(upload):
    """Raise ValidationError unless `upload` is within the size limit and its content matches its extension."""
    limit = getattr(settings, "SPF_MAX_DOCUMENT_SIZE", 20 * 1024 * 1024)
    if upload.size > limit:
        raise forms.ValidationError(
            _("This file is %(size)s; documents may be at most %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    expected = EXPECTED_MIME.get(extension, "unknown")
    head = upload.read(8192)
    upload.seek(0)
    if expected is None:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError:
            if b"\x00" in head:
                raise forms.ValidationError(_("This is not a text file, although its name says it is.")) from None
        return
    detected = filetype.guess_mime(head)
    if expected != "unknown" and detected not in expected:
        raise forms.ValidationError(_("The content of this file does not match its extension (.%(extension)s).") % {"extension": extension})


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "size") and not isinstance(upload, str):
            check_document(upload)
        return upload
