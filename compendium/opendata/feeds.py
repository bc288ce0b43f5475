"""RSS feeds of newly published case studies and cooperation projects, filterable by theme and country."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.translation import gettext as _

from casestudies.models import CaseStudyPage
from compendium.taxonomy.models import Country, Theme
from compendium.taxonomy.validation import TaxonomyError, clean_codes
from projects.models import ProjectPage


def _known(facet, value):
    """Whether `value` is a code of the facet's vocabulary (the taxonomy's one check)."""
    try:
        clean_codes(facet, [value])
    except TaxonomyError:
        return False
    return True


class CaseStudyFeed(Feed):
    def get_object(self, request):
        theme = request.GET.get("theme", "").strip()
        country = request.GET.get("country", "").strip().upper()
        self.request = request
        filters = {}
        # Only known codes reach the database (a NUL byte or a 10,000-character string is an
        # unknown theme or country, not a database error).
        if theme:
            filters["theme"] = Theme.objects.filter(slug=theme).first() if _known("theme", theme) else None
            if filters["theme"] is None:
                raise Http404(_("Unknown theme."))
        if country:
            filters["country"] = Country.objects.filter(code=country).first() if _known("country", country) else None
            if filters["country"] is None:
                raise Http404(_("Unknown country."))
        return filters

    def title(self, filters):
        parts = [_("New case studies — SPF South-South Exchange")]
        parts += [str(value) for value in filters.values()]
        return " · ".join(parts)

    def link(self, filters):
        return self.request.path

    def description(self, filters):
        return _("Experiences of building Social Protection Floors, shared between countries of the South.")

    def items(self, filters):
        pages = CaseStudyPage.objects.live().public()
        if "theme" in filters:
            pages = pages.filter(themes=filters["theme"])
        if "country" in filters:
            pages = pages.filter(countries=filters["country"])
        return pages.order_by("-first_published_at")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at


class ProjectFeed(CaseStudyFeed):
    """/<lang>/feed/projects/: newly published cooperation projects (?theme=&country=, a beneficiary country)."""

    def title(self, filters):
        parts = [_("New cooperation projects — SPF South-South Exchange")]
        parts += [str(value) for value in filters.values()]
        return " · ".join(parts)

    def description(self, filters):
        return _("South-South and triangular cooperation projects on Social Protection Floors: donors, budgets and results.")

    def items(self, filters):
        pages = ProjectPage.objects.live().public()
        if "theme" in filters:
            pages = pages.filter(themes=filters["theme"])
        if "country" in filters:
            pages = pages.filter(countries=filters["country"])
        return pages.order_by("-first_published_at")[:30]
