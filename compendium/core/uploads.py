"""Upload checks: documents by size and content (not only the extension); images also whole,
and animations counted frame by frame against the pixel limit."""

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageFile
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

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


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, which also refuses:

    - a damaged or truncated file (Pillow raises OSError when it decodes it: a 500 otherwise);
    - an animation whose frames together exceed WAGTAILIMAGES_MAX_IMAGE_PIXELS (Willow's Pillow
      plugin counts one frame, so a 40-frame 2,000 x 2,000 GIF, 160 million pixels, passed a
      64-million limit).
    """

    def to_python(self, data):
        try:
            f = super().to_python(data)
        except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError) as exc:
            if isinstance(exc, ValidationError):
                raise
            raise ValidationError(
                _("This image file is damaged or incomplete (%(reason)s). Please export it again and upload the new file.")
                % {"reason": str(exc)[:100]},
                code="invalid_image",
            ) from exc
        if f is not None:
            self.check_decodes(data)
        if f is not None and self.max_image_pixels:
            self.check_animation_pixels(data)
        return f

    @staticmethod
    def check_decodes(data):
        """Decode every pixel, so a truncated or corrupt file is refused here rather than failing
        later in a rendition. Pillow's LOAD_TRUNCATED_IMAGES is a process-wide switch that
        WeasyPrint turns on when it is imported: it is held off for this one decode (gunicorn's
        workers serve one request at a time)."""
        source = data if hasattr(data, "seek") else None
        if source is None:
            return
        source.seek(0)
        previous = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            with PILImage.open(source) as image:
                image.load()
        except (OSError, SyntaxError, ValueError) as exc:
            if isinstance(exc, PILImage.UnidentifiedImageError):
                return  # not a Pillow format (SVG): Wagtail's checks apply
            raise ValidationError(
                _("This image file is damaged or incomplete (%(reason)s). Please export it again and upload the new file.")
                % {"reason": str(exc)[:100]},
                code="invalid_image",
            ) from exc
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = previous
            source.seek(0)

    def check_animation_pixels(self, data):
        source = data if hasattr(data, "seek") else None
        if source is None:
            return
        source.seek(0)
        try:
            with PILImage.open(source) as image:
                frames = getattr(image, "n_frames", 1)
                width, height = image.size
        except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
            return  # not a Pillow format (SVG): Wagtail's checks apply
        finally:
            source.seek(0)
        if frames > 1 and frames * width * height > self.max_image_pixels:
            raise ValidationError(
                _(
                    "This animation has %(frames)s frames of %(width)s × %(height)s pixels, %(pixels)s pixels in all; "
                    "at most %(limit)s are allowed."
                )
                % {"frames": frames, "width": width, "height": height, "pixels": frames * width * height, "limit": self.max_image_pixels},
                code="file_too_many_pixels",
            )


class ImageForm(BaseImageForm):
    """The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE) with the checked file field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and type(field) is WagtailImageField:
            checked = CheckedImageField(
                label=field.label,
                required=field.required,
                widget=field.widget,
                help_text=field.help_text,
            )
            self.fields["file"] = checked
