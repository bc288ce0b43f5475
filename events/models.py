"""Records of workshops, study tours, webinars and missions where countries shared experience."""

from django import forms
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from compendium.catalogue import cards
from compendium.catalogue.text import localized, plain_text, stream_text
from compendium.core import dates
from compendium.core.api_fields import APIMixin
from compendium.core.blocks import BodyBlock, PresentationBlock
from compendium.core.models import TranslatedPage
from compendium.core.pagination import paginate
from compendium.sources.panels import citations_panel
from compendium.taxonomy.models import Country, Theme
from compendium.taxonomy.validation import TaxonomyError
from events import calendar


class EventIndexPage(TranslatedPage):
    """All events: upcoming (soonest first) and past (newest first), filterable by type, country
    and theme, with an iCalendar feed of the same selection (events/calendar.py)."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences above the list of events."))

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["compendium.HomePage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.child_of(self)
        try:
            filters = calendar.parse_filters(request.GET, EventPage.EventType.values)
        except TaxonomyError as exc:
            filters, context["filter_error"] = {}, exc.message
        upcoming, past = calendar.split(calendar.public_events(events, filters))
        context.update(
            {
                "filters": filters,
                "choices": calendar.filter_choices(events, EventPage.EventType.choices),
                "upcoming": paginate(request, upcoming, param="upcoming"),
                "past": paginate(request, past),
                "filtered": any(filters.values()),
            }
        )
        return context

    def serve(self, request, *args, **kwargs):
        """The listing; 400 with the message on the page when a filter value is not known."""
        response = super().serve(request, *args, **kwargs)
        if getattr(response, "context_data", None) and response.context_data.get("filter_error"):
            response.status_code = 400
        return response


class EventPage(dates.PartialPeriod, APIMixin, TranslatedPage):
    """A workshop, study tour, webinar, mission or meeting, with its sessions and outcomes."""

    class EventType(models.TextChoices):
        WORKSHOP = "workshop", _("Workshop")
        STUDY_TOUR = "study-tour", _("Study tour")
        WEBINAR = "webinar", _("Webinar")
        MISSION = "mission", _("Expert mission")
        SIDE_EVENT = "side-event", _("Side event")
        MEETING = "meeting", _("Meeting")
        # Cooperation projects are pages of their own (projects.ProjectPage) since issue 19; the
        # events that were projects are moved there by `manage.py move_project_events` (compendium.ops).

    read_model_scope = "page"  # its own content and the pages it links to (compendium/core/read_model.py)
    event_type = models.CharField(
        _("type"), max_length=20, choices=EventType.choices, default=EventType.WORKSHOP, help_text=_("What kind of exchange it was.")
    )
    start_date = models.DateField(
        _("start date"),
        null=True,
        blank=True,
        help_text=_("Leave empty if not known. Only the year or month known: any day of it, with the precision below."),
    )
    start_precision = dates.precision_field(_("precision of the start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("The last day; leave empty for a one-day event."))
    end_precision = dates.precision_field(_("precision of the end date"))
    place = models.CharField(_("place"), max_length=255, blank=True, help_text=_("Venue and city, e.g. Somadevi Angkor Hotel, Siem Reap."))
    country = models.ForeignKey(
        Country,
        verbose_name=_("host country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events_hosted",
        help_text=_("Where it took place."),
    )
    organisers = models.TextField(_("organisers"), blank=True, help_text=_("One per line."))
    partners = models.TextField(_("partners"), blank=True, help_text=_("One per line."))
    participant_count = models.PositiveIntegerField(_("participants"), null=True, blank=True, help_text=_("How many people took part."))
    participant_countries = ParentalManyToManyField(
        Country,
        verbose_name=_("participating countries"),
        blank=True,
        related_name="events_attended",
        help_text=_("Every country represented; used to show earlier cooperation between countries."),
    )
    themes = ParentalManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="events", help_text=_("Themes discussed, besides those of the sessions.")
    )
    summary = models.TextField(_("summary"), max_length=600, help_text=_("Two or three sentences shown on cards and in search."))
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("What happened, with quotes, figures, photos and documents.")
    )
    outcomes = RichTextField(
        _("outcomes"),
        blank=True,
        features=["bold", "italic", "ul", "ol", "link"],
        help_text=_("What was decided or agreed; a short list reads best."),
    )

    translation_check_fields = ("title", "summary")
    api_text_fields = ("title", "summary", "place")
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("last reviewed"),
        help_text=_("When an editor last checked this page against its sources; shown beside the publication date."),
    )
    api_fields = [
        APIField("last_reviewed"),
        APIField("event_type"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("start_precision"),
        APIField("end_precision"),
        APIField("start"),
        APIField("end"),
        APIField("place"),
        APIField("host_country"),
        APIField("participant_country_codes"),
        APIField("participant_count"),
        APIField("theme_slugs"),
        APIField("summary"),
        APIField("body"),
        APIField("outcomes"),
        APIField("organiser_list"),
        APIField("partner_list"),
        APIField("translations"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("event_type"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_precision")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_precision")]),
                FieldPanel("place"),
                FieldPanel("country"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("sessions", label=_("Session"), heading=_("Sessions")),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("organisers"),
                FieldPanel("partners"),
                FieldPanel("participant_count"),
                FieldPanel("participant_countries", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Organisers and participants"),
        ),
        citations_panel(),
        FieldPanel("last_reviewed"),
    ]
    search_fields = TranslatedPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("place"),
        index.FilterField("event_type"),
        index.FilterField("start_date"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date"]

    @property
    def host_country(self):
        return self.country.iso2 if self.country_id else None

    @property
    def participant_country_codes(self):
        return sorted(country.iso2 for country in self.participant_countries.all())

    @property
    def theme_slugs(self):
        return sorted(term.slug for term in self.themes.all())

    @property
    def organiser_list(self):
        return [line.strip() for line in (self.organisers or "").splitlines() if line.strip()]

    @property
    def partner_list(self):
        return [line.strip() for line in (self.partners or "").splitlines() if line.strip()]

    def search_names(self, language):
        """Weighted like the title in search: the place and the kind of exchange ("Siem Reap workshop")."""
        with translation.override(language):
            return [self.place, str(self.get_event_type_display())]

    def search_document(self):
        """What this page is to search: (facet codes, text_for(language), date); the catalogue
        adds its kind, title and summary (compendium.catalogue.indexing.build_document)."""
        sessions = list(self.sessions.select_related("theme"))
        countries = {country.iso2 for country in self.participant_countries.all()}
        if self.country_id:
            countries.add(self.country.iso2)
        themes = {theme.slug for theme in self.themes.all()} | {s.theme.slug for s in sessions if s.theme_id}
        facets = {"country": sorted(countries), "principle": [], "guarantee": [], "theme": sorted(themes), "stage": []}

        def text(language):
            session_text = " ".join(
                " ".join(
                    filter(
                        None,
                        [
                            localized(session, "title", language),
                            localized(session, "summary", language),
                            stream_text(localized(session, "presentations", language)),
                        ],
                    )
                )
                for session in sessions
            )
            return " ".join(
                filter(
                    None,
                    [
                        localized(self, "summary", language),
                        localized(self, "place", language),
                        stream_text(localized(self, "body", language)),
                        plain_text(localized(self, "outcomes", language)),
                        session_text,
                    ],
                )
            )

        return facets, text, self.start_date

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            {
                "sessions": self.sessions.select_related("theme").order_by("sort_order"),
                "linked_case_studies": cards.case_study_cards(self.case_studies.all()),
                "participant_countries": sorted(self.participant_countries.all(), key=lambda country: country.name),
                "in_calendar": calendar.in_calendar(self),
            }
        )
        return context


class EventSession(Orderable, ClusterableModel):
    """A session of an event: a title, its theme and the presentations given."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=255)
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The Guide chapter of the session."),
    )
    summary = models.TextField(_("summary"), blank=True, help_text=_("What the session covered, in two or three sentences."))
    presentations = StreamField(
        [("presentation", PresentationBlock())],
        verbose_name=_("presentations"),
        blank=True,
        help_text=_("Each talk, with its speaker and country."),
    )

    panels = [FieldPanel("title"), FieldPanel("theme"), FieldPanel("summary"), FieldPanel("presentations")]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return self.title
