"""sitemap.xml: every public page in every language, with hreflang alternates."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    languages = settings.LANGUAGE_CODES

    def items(self):
        return Page.objects.live().public().filter(depth__gte=2).order_by("path").specific()

    def location(self, page):
        # reverse() under the active language gives /<lang>/<path>; the Sitemap activates each language.
        return page.get_url()

    def lastmod(self, page):
        return page.last_published_at
