"""Template context every page needs: the languages for the switcher and the main navigation."""

from django.conf import settings

from compendium.taxonomy import names


def site_context(request):
    return {
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "SITE_LANGUAGES": [(code, names.native_language_name(code)) for code in settings.LANGUAGE_CODES],
    }
