"""The site's structural pages: home, the Good Practices Guide and its chapters, country profiles."""

from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from compendium.catalogue.text import localized, stream_text
from compendium.core.blocks import BodyBlock
from compendium.core.models import TranslatedPage
from compendium.core.pagination import paginate
from compendium.core.pdf import page_pdf
from compendium.pages import listings  # listings reads these models through the module: no cycle at import
from compendium.taxonomy.models import Country, Guarantee, Principle, Stage, Theme


class HomePage(TranslatedPage):
    """The front door: what the platform is, the Guide's chapters, the latest case studies."""

    tagline = models.CharField(_("tagline"), max_length=255, blank=True, help_text=_("One sentence under the site name."))
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Two or three sentences under the tagline: who the platform is for."),
    )

    content_panels = TranslatedPage.content_panels + [FieldPanel("tagline"), FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "compendium.GuidePage",
        "compendium.CountryIndexPage",
        "experts.ExpertIndexPage",
        "events.EventIndexPage",
        "compendium.StatementPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Find the page a URL names in one indexed query, rather than Wagtail's two per path segment.

        Every prefix of the path is looked up by (slug, url_path); the deepest page found routes
        the rest itself, so `pdf/` on a case study still reaches its routable view, and an unknown
        segment still gives 404 from the page that cannot route it.
        """
        if not path_components:
            return super().route(request, path_components)
        prefixes = Q()
        for depth in range(1, len(path_components) + 1):
            prefixes |= Q(slug=path_components[depth - 1], url_path=self.url_path + "/".join(path_components[:depth]) + "/")
        deepest = Page.objects.filter(prefixes, depth__gt=self.depth).order_by("-depth").first()
        if deepest is None:
            raise Http404
        return deepest.specific.route(request, path_components[deepest.depth - self.depth :])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listings.home_context())
        return context


class StatementPage(TranslatedPage):
    """A page of plain text staff keep up to date: about, accessibility, privacy, terms of use."""

    read_model_scope = "page"  # its own content and the pages it links to (compendium/core/read_model.py)
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences: what this page says; also the page's description.")
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ul", "ol", "link"],
        help_text=_("The statement itself, with headings for its parts."),
    )

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = TranslatedPage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    translation_check_fields = ("title", "body")
    parent_page_types = ["compendium.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("statement page")
        verbose_name_plural = _("statement pages")


class GuidePage(TranslatedPage):
    """The SPF Good Practices Guide: an introduction and its six chapters (one per theme)."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("Shown at the top of the Guide and in search results."))
    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ul", "ol", "link"],
        help_text=_("How the Guide is organised and how to read it."),
    )

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = TranslatedPage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    translation_check_fields = ("title", "intro")
    max_count = 1
    parent_page_types = ["compendium.HomePage"]
    subpage_types = ["compendium.ChapterPage"]

    class Meta:
        verbose_name = _("Good Practices Guide")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = listings.chapters_with_counts(self)
        return context


class ChapterPage(RoutablePageMixin, TranslatedPage):
    """A chapter of the Guide: the background note of one theme and the case studies tagged with it."""

    theme = models.OneToOneField(
        Theme,
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="chapter",
        help_text=_("The theme this chapter covers; its case studies are those tagged with this theme."),
    )
    intro = models.TextField(_("introduction"), blank=True, help_text=_("Two to four sentences: what the chapter is about."))
    background = StreamField(
        BodyBlock(),
        verbose_name=_("background note"),
        blank=True,
        help_text=_("The chapter's background note: the issue, the approaches, the lessons across countries."),
    )

    content_panels = TranslatedPage.content_panels + [FieldPanel("theme"), FieldPanel("intro"), FieldPanel("background")]
    search_fields = TranslatedPage.search_fields + [index.SearchField("intro"), index.FilterField("theme")]
    translation_check_fields = ("title", "intro")
    parent_page_types = ["compendium.GuidePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Guide chapter")

    def search_document(self):
        """What this chapter is to search (compendium.catalogue.indexing): its theme, its
        introduction and background note in each language, its last publication date."""
        facets = {"theme": [self.theme.slug]}

        def text(language):
            return " ".join(filter(None, [localized(self, "intro", language), stream_text(localized(self, "background", language))]))

        date = self.last_published_at.date() if self.last_published_at else None
        return facets, text, date

    @path("pdf/")
    def pdf(self, request):
        """This page as a PDF, in the reader's language, for printing and offline reading."""
        return page_pdf(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["case_studies"] = paginate(request, listings.case_studies_for_theme(self.theme))
        context["experts"] = listings.experts_for_theme(self.theme)[:8]
        context["previous_chapter"], context["next_chapter"] = listings.chapter_neighbours(self)
        return context


class CountryIndexPage(TranslatedPage):
    """All country profiles, grouped by region."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences above the list of countries."))

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["compendium.HomePage"]
    subpage_types = ["compendium.CountryPage"]

    class Meta:
        verbose_name = _("country index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regions"] = listings.country_pages_by_region(self)
        return context


class CountryPage(TranslatedPage):
    """A country's profile: its experience (case studies, experts, events) and its stated needs.

    Case studies whose experience is this country's live under its profile, which keeps the
    page tree shallow and every parent's list of children short.
    """

    country = models.OneToOneField(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="profile",
        help_text=_("The page's slug must be the lower-case ISO code, e.g. kh."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("The country's social protection system in brief: strategy, main schemes, who is covered."),
    )

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("country"),
        FieldPanel("intro"),
        InlinePanel("needs", label=_("Stated needs"), heading=_("Where this country seeks support")),
    ]
    search_fields = TranslatedPage.search_fields + [index.SearchField("intro"), index.FilterField("country")]
    parent_page_types = ["compendium.CountryIndexPage"]
    subpage_types = ["casestudies.CaseStudyPage"]

    class Meta:
        verbose_name = _("country profile")

    def get_admin_display_title(self):
        # The admin (explorer, page chooser, breadcrumbs) names the country in the editor's language.
        return self.country.name if self.country_id else super().get_admin_display_title()

    def clean(self):
        super().clean()
        if self.country_id and not self.slug:
            self.slug = self.country.iso2.lower()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listings.country_context(self))
        context["case_studies"] = paginate(request, context["case_studies"])
        return context


class CountryNeed(Orderable, ClusterableModel):
    """A need a country has stated: where it seeks another country's experience."""

    TIME_FRAMES = [("short", _("Short term")), ("medium", _("Medium term")), ("long", _("Long term"))]

    page = ParentalKey(CountryPage, on_delete=models.CASCADE, related_name="needs")
    title = models.CharField(_("need"), max_length=255, help_text=_("Short, e.g. Health insurance for private-sector workers."))
    text = models.TextField(_("details"), blank=True, help_text=_("One or two sentences: what exactly, and why now."))
    themes = ParentalManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="+", help_text=_("The Guide chapters where the country seeks experience.")
    )
    guarantees = ParentalManyToManyField(
        Guarantee, verbose_name=_("guarantees"), blank=True, related_name="+", help_text=_("The SPF guarantees the need concerns.")
    )
    principles = ParentalManyToManyField(
        Principle,
        verbose_name=_("R202 principles"),
        blank=True,
        related_name="+",
        help_text=_("The principles the country wants to put into practice."),
    )
    stage = models.ForeignKey(
        Stage,
        verbose_name=_("stage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the country stands: designing a scheme, delivering it..."),
    )
    time_frame = models.CharField(
        _("time frame"),
        max_length=10,
        choices=TIME_FRAMES,
        blank=True,
        help_text=_("Short, medium or long term, as the country states it; leave empty when it is not stated."),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("guarantees"), FieldPanel("principles"), FieldPanel("stage"), FieldPanel("time_frame")],
            heading=_("Tags"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("stated need")
        verbose_name_plural = _("stated needs")

    def __str__(self):
        return self.title

    @property
    def time_frame_label(self):
        """The time frame in the reader's language, or "not stated"."""
        return self.get_time_frame_display() if self.time_frame else _("Not stated")
