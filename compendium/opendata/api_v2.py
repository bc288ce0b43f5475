"""Wagtail's read API (/api/v2/): published pages, images and documents.

Wagtail's viewsets, made strict about their input: every bad parameter is a 400 with a JSON
`{"error": ...}` (and Wagtail's own `"message"` key), never a database error:

- a NUL character in any parameter (PostgreSQL refuses it in a string literal);
- an offset beyond what a database can take (SQLite and PostgreSQL overflow at 2**63);
- a field filter whose value is not of the field's type (`?first_published_at=abc`);
- an id that is not a number (`/find/?id=abc`);
- a parameter longer than MAX_PARAMETER_LENGTH;
- a search_operator other than `and` or `or`.

Answers are JSON with <, > and & escaped, so an error repeating a parameter holds no markup.

Images and documents are listed only when the public can see them (compendium.core.visibility): in a
collection with no view restriction, and used by at least one live page that is not under a view
restriction (Wagtail's reference index). An upload that sits in a draft, or only in a private collection,
is not announced to the world with its title and download URL.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer
from taggit.managers import TaggableManager
from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from compendium.core import translation_status, visibility

# Far more items than the compendium will hold, far below what a database integer can take.
MAX_OFFSET = 1_000_000_000
MAX_PARAMETER_LENGTH = 2000


class HTMLSafeJSONRenderer(JSONRenderer):
    """JSON with <, > and & written as \\u escapes (as Django's json_script does): the same data for
    a JSON parser, and no markup a browser sniffing the answer as HTML could run, even when an
    error message repeats a parameter."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        content = super().render(data, accepted_media_type, renderer_context)
        return content.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")


class StrictPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # Wagtail answers "offset must be a positive integer"
        if offset > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class StrictFieldsFilter(FieldsFilter):
    """Wagtail's field filters, with each value checked against its field's type before the query."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for field_name, value in request.GET.items():
            if field_name not in fields:
                continue
            try:
                field = queryset.model._meta.get_field(field_name)
            except LookupError:
                continue
            if isinstance(field, TaggableManager) or not isinstance(field, models.Field):
                continue
            target = field.target_field if isinstance(field, models.ForeignKey) else field
            try:
                if isinstance(target, models.BooleanField):
                    continue  # Wagtail parses booleans itself, with a clear message
                python_value = target.to_python(value)
                if isinstance(python_value, int) and not isinstance(python_value, bool) and abs(python_value) >= 2**63:
                    raise ValidationError("out of range")
            except (ValidationError, ValueError, TypeError, OverflowError) as exc:
                message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
                raise BadRequestError(f"field filter error. '{value[:100]}' is not a valid value for {field_name} ({message})") from exc
        return super().filter_queryset(request, queryset, view)


class StrictParametersMixin:
    """Input checks shared by the three endpoints, and errors in the site's JSON shape."""

    pagination_class = StrictPagination
    renderer_classes = [HTMLSafeJSONRenderer]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for key, values in request.GET.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                raise BadRequestError(f"null characters are not allowed (parameter '{key.replace(chr(0), '')[:50]}')")
            if any(len(value) > MAX_PARAMETER_LENGTH for value in values):
                raise BadRequestError(f"parameter '{key[:50]}' is too long (at most {MAX_PARAMETER_LENGTH} characters)")
        # Wagtail hands search_operator to the search backend unchecked, which raises ValueError (a 500).
        if request.GET.get("search_operator", "").lower() not in ("", "and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")

    def find_object(self, queryset, request):
        if "id" in request.GET and not re.fullmatch(r"[0-9]{1,18}", request.GET["id"]):
            raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if isinstance(getattr(response, "data", None), dict) and "message" in response.data and "error" not in response.data:
            response.data = {"error": response.data["message"], **response.data}
        return response


class TranslatedFieldsSerializer(serializers.Field):
    """`translated_fields`: {language: {"translated": [...], "in_english": [...], "complete": bool}},
    which reader-facing texts of the page are written in each language and which fall back to English."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {code: status.as_dict() for code, status in translation_status.translation_statuses(page).items()}


class PublicPagesAPIViewSet(StrictParametersMixin, PagesAPIViewSet):
    filter_backends = [StrictFieldsFilter if backend is FieldsFilter else backend for backend in PagesAPIViewSet.filter_backends]

    @classmethod
    def get_body_fields(cls, model):
        fields = super().get_body_fields(model)
        if translation_status.translated_field_names(model):
            fields.append(APIField("translated_fields", serializer=TranslatedFieldsSerializer()))
        return fields


class PublicImagesAPIViewSet(StrictParametersMixin, ImagesAPIViewSet):
    filter_backends = [StrictFieldsFilter, OrderingFilter, SearchFilter]

    def get_queryset(self):
        return visibility.public_files(super().get_queryset())


class PublicDocumentsAPIViewSet(StrictParametersMixin, DocumentsAPIViewSet):
    filter_backends = [StrictFieldsFilter, OrderingFilter, SearchFilter]

    def get_queryset(self):
        return visibility.public_files(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
