"""Template context every page needs: the languages for the switcher and the main navigation."""

from django.conf import settings
from django.utils.translation import gettext, gettext_noop

from compendium.taxonomy import names

SITE_NAME_MSGID = gettext_noop("SPF South-South Exchange")  # so makemessages keeps the default name


def site_context(request):
    return {
        # The name is translated where the catalogues know it (they know the default name below).
        "SITE_NAME": gettext(settings.WAGTAIL_SITE_NAME),
        "SITE_URL": settings.SPF_BASE_URL,  # absolute links (og:url, hreflang) from the configured address
        "SITE_LANGUAGES": [(code, names.native_language_name(code)) for code in settings.LANGUAGE_CODES],
    }
