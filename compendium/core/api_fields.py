"""Fields that the Wagtail read API (/api/v2/) exposes: taxonomy as codes, text in every language."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname


class APIMixin:
    """Properties shared by page types for their `api_fields`."""

    api_text_fields = ("title",)

    @property
    def translations(self):
        """{language: {field: text}} for the languages the page is written in."""
        result = {}
        for language in settings.LANGUAGE_CODES:
            values = {field: getattr(self, build_localized_fieldname(field, language), None) for field in self.api_text_fields}
            values = {field: value for field, value in values.items() if value}
            if values:
                result[language] = values
        return result
