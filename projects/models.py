"""Cooperation projects: who funds and implements them, for which countries, with what budget and results."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from compendium.catalogue import cards
from compendium.catalogue.text import localized, stream_text
from compendium.core import dates
from compendium.core.api_fields import APIMixin
from compendium.core.blocks import BodyBlock
from compendium.core.models import TranslatedPage
from compendium.core.visibility import public_files
from compendium.sources.panels import citations_panel
from compendium.taxonomy.models import Country, Modality, Theme

from . import listing
from .money import totals, validate_currency


class ProjectStatus(models.TextChoices):
    """Where a project stands; the codes map to IATI's ActivityStatus (see README)."""

    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


# IATI ActivityStatus codes of our statuses (1 Pipeline/identification, 2 Implementation, 4 Closed, 5 Cancelled).
IATI_STATUS = {"planned": 1, "ongoing": 2, "completed": 4, "cancelled": 5}


class ParticipantRole(models.TextChoices):
    """What an organisation does in a project; the codes map to IATI's OrganisationRole."""

    FUNDING = "funding", _("Donor or funding partner")
    EXTENDING = "extending", _("Extending agency")
    IMPLEMENTING = "implementing", _("Implementing agency")


IATI_ROLE = {"funding": 1, "extending": 3, "implementing": 4}


class ProjectIndexPage(TranslatedPage):
    """All cooperation projects, filterable by donor, country, theme and status, with budget totals."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences above the list of projects."))

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["compendium.HomePage"]
    subpage_types = ["projects.ProjectPage"]

    class Meta:
        verbose_name = _("project index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.project_listing(ProjectPage.objects.child_of(self), request.GET))
        return context


class ProjectPage(dates.PartialPeriod, APIMixin, TranslatedPage):
    """A cooperation project: donors, implementers, beneficiary countries, budget lines, phases and results."""

    read_model_scope = "page"  # its own content and the pages it links to (compendium/core/read_model.py)
    summary = models.TextField(_("summary"), max_length=600, help_text=_("Two or three sentences shown on cards and in search."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("What the project does, with quotes and figures."))
    iati_identifier = models.CharField(
        _("IATI identifier"), max_length=150, blank=True, help_text=_("The activity's identifier in IATI, when it is published there.")
    )
    status = models.CharField(_("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.PLANNED)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    start_precision = dates.precision_field(_("precision of the start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    end_precision = dates.precision_field(_("precision of the end date"))
    countries = ParentalManyToManyField(Country, verbose_name=_("beneficiary countries"), blank=True, related_name="projects")
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="projects")
    modalities = ParentalManyToManyField(Modality, verbose_name=_("cooperation modalities"), blank=True, related_name="projects")
    previous_phase = models.ForeignKey(
        "self",
        verbose_name=_("previous phase"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="next_phases",
        help_text=_("The project this one continues; it then lists this one as its next phase."),
    )
    events = ParentalManyToManyField("events.EventPage", verbose_name=_("events"), blank=True, related_name="projects")
    case_studies = ParentalManyToManyField("casestudies.CaseStudyPage", verbose_name=_("case studies"), blank=True, related_name="projects")
    experts = ParentalManyToManyField("experts.ExpertPage", verbose_name=_("experts"), blank=True, related_name="projects")
    requests = ParentalManyToManyField(
        "experts.PeerSupportRequest",
        verbose_name=_("peer-support requests"),
        blank=True,
        related_name="projects",
        help_text=_("Staff only: never shown to the public."),
    )
    last_reviewed = models.DateField(null=True, blank=True, verbose_name=_("last reviewed"))

    translation_check_fields = ("title", "summary")
    api_text_fields = ("title", "summary")
    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("iati_identifier"),
        APIField("status"),
        APIField("start"),
        APIField("end"),
        APIField("country_codes"),
        APIField("theme_slugs"),
        APIField("modality_slugs"),
        APIField("participant_list"),
        APIField("budget"),
        APIField("indicator_list"),
        APIField("previous_phase_id"),
        APIField("translations"),
    ]
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_precision")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_precision")]),
                FieldPanel("previous_phase"),
                FieldPanel("iati_identifier"),
            ],
            heading=_("Status and period"),
        ),
        InlinePanel("participants", label=_("Organisation"), heading=_("Donors and agencies")),
        FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("modalities", widget=forms.CheckboxSelectMultiple),
    ]
    results_panels = [
        InlinePanel("budget_lines", label=_("Budget line"), heading=_("Budget")),
        InlinePanel("indicators", label=_("Indicator"), heading=_("Results framework")),
        InlinePanel("reports", label=_("Progress report"), heading=_("Progress reports")),
    ]
    context_panels = [
        FieldPanel("events"),
        FieldPanel("case_studies"),
        FieldPanel("experts"),
        FieldPanel("requests"),
        FieldPanel("last_reviewed"),
        citations_panel(),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(results_panels, heading=_("Budget and results")),
            ObjectList(context_panels, heading=_("Context and sources")),
            ObjectList(TranslatedPage.promote_panels, heading=_("Promote")),
            ObjectList(TranslatedPage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = TranslatedPage.search_fields + [
        index.SearchField("summary"),
        index.FilterField("status"),
        index.FilterField("start_date"),
    ]

    class Meta:
        verbose_name = _("cooperation project")
        verbose_name_plural = _("cooperation projects")

    def clean(self):
        super().clean()  # the period's order (dates.PartialPeriod)
        if self.previous_phase_id and self.pk and self.previous_phase_id == self.pk:
            raise ValidationError({"previous_phase": _("A project cannot be its own previous phase.")})

    @property
    def country_codes(self):
        return sorted(country.iso2 for country in self.countries.all())

    @property
    def theme_slugs(self):
        return sorted(term.slug for term in self.themes.all())

    @property
    def modality_slugs(self):
        return sorted(term.slug for term in self.modalities.all())

    @property
    def participant_list(self):
        """[{"name", "acronym", "role", "iati_role"}] of the donors and agencies, in their order."""
        return [participant.as_data() for participant in self.participants.all()]

    @property
    def budget(self):
        """{"lines": [budget line as data], "totals": {currency: total as a string}}."""
        lines = list(self.budget_lines.all())
        return {
            "lines": [line.as_data() for line in lines],
            "totals": {currency: str(total) for currency, total in totals((line.amount, line.currency) for line in lines).items()},
        }

    @property
    def indicator_list(self):
        return [indicator.as_data() for indicator in self.indicators.all()]

    def donors(self):
        return [participant.organisation for participant in self.participants.all() if participant.role == ParticipantRole.FUNDING]

    def search_names(self, language):
        """Weighted like the title in search: the donors' and agencies' names and acronyms."""
        return [
            name for participant in self.participants.all() for name in (participant.organisation.name, participant.organisation.acronym)
        ]

    def search_document(self):
        """What this page is to search: (facet codes, text_for(language), date); the catalogue
        adds its kind, title and summary (compendium.catalogue.indexing.build_document)."""
        facets = {
            "country": self.country_codes,
            "principle": [],
            "guarantee": [],
            "theme": self.theme_slugs,
            "stage": [],
        }
        lines = list(self.budget_lines.all())
        indicators = list(self.indicators.all())

        def text(language):
            return " ".join(
                filter(
                    None,
                    [
                        localized(self, "summary", language),
                        stream_text(localized(self, "body", language)),
                        " ".join(localized(line, "component", language) or "" for line in lines),
                        " ".join(localized(indicator, "name", language) or "" for indicator in indicators),
                    ],
                )
            )

        return facets, text, self.start_date

    def public_reports(self):
        """The progress reports whose documents the public may download (not in a restricted collection)."""
        reports = [report for report in self.reports.all() if report.document_id]
        if not reports:
            return []
        Document = type(reports[0].document)
        allowed = set(public_files(Document.objects.filter(pk__in=[report.document_id for report in reports])).values_list("pk", flat=True))
        return [report for report in reports if report.document_id in allowed]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_related_objects([self], "countries", "themes", "modalities", "participants__organisation")
        lines = list(self.budget_lines.select_related("beneficiary_country").order_by("sort_order"))
        indicators = list(self.indicators.prefetch_related("values").order_by("sort_order"))
        context.update(
            {
                "participants": list(self.participants.all()),
                "budget_lines": lines,
                "budget_totals": totals((line.amount, line.currency) for line in lines),
                "indicators": indicators,
                "reports": self.public_reports(),
                "previous_phase": cards.project_cards(type(self).objects.filter(pk=self.previous_phase_id)).first()
                if self.previous_phase_id
                else None,
                "next_phases": list(cards.project_cards(self.next_phases.all())),
                "linked_events": cards.event_cards(self.events.all()),
                "linked_case_studies": cards.case_study_cards(self.case_studies.all()),
                "linked_experts": cards.expert_cards(self.experts.all()),
            }
        )
        return context


class ProjectParticipant(Orderable):
    """An organisation taking part in a project, as donor, extending or implementing agency."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="participants")
    organisation = models.ForeignKey(
        "experts.Organisation", verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="project_roles"
    )
    role = models.CharField(_("role"), max_length=20, choices=ParticipantRole.choices, default=ParticipantRole.FUNDING)

    panels = [FieldRowPanel([FieldPanel("organisation"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("participating organisation")

    def as_data(self):
        return {"name": self.organisation.name, "acronym": self.organisation.acronym, "role": self.role, "iati_role": IATI_ROLE[self.role]}


class ProjectBudgetLine(Orderable):
    """One line of a project's budget: a component, who benefits, an amount in a currency, over a period."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="budget_lines")
    component = models.CharField(_("component"), max_length=255, help_text=_("What the money is for, e.g. capacity building in ASEAN."))
    beneficiary_country = models.ForeignKey(
        Country, verbose_name=_("beneficiary country"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    beneficiary = models.CharField(
        _("beneficiary body or region"), max_length=255, blank=True, help_text=_("When the line is not for one country, e.g. ASEAN.")
    )
    amount = models.DecimalField(_("amount"), max_digits=16, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3, default="USD", validators=[validate_currency], help_text=_("ISO 4217 code."))
    period_start = models.DateField(_("from"), null=True, blank=True)
    period_end = models.DateField(_("to"), null=True, blank=True)
    duration_months = models.PositiveSmallIntegerField(
        _("duration (months)"), null=True, blank=True, help_text=_("When the source gives a length but no dates.")
    )

    panels = [
        FieldPanel("component"),
        FieldRowPanel([FieldPanel("beneficiary_country"), FieldPanel("beneficiary")]),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")]),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end"), FieldPanel("duration_months")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("budget line")

    def clean(self):
        super().clean()
        if self.amount is not None and self.amount < 0:
            raise ValidationError({"amount": _("A budget line cannot be negative.")})
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The end date cannot be before the start date.")})

    @property
    def beneficiary_label(self):
        """Who benefits, in the reader's language: the country's name, else the body or region."""
        return self.beneficiary_country.name if self.beneficiary_country_id else self.beneficiary

    def as_data(self):
        return {
            "component": self.component_en or self.component,
            "beneficiary": self.beneficiary_country.iso2 if self.beneficiary_country_id else (self.beneficiary_en or self.beneficiary),
            "beneficiary_country": self.beneficiary_country.iso2 if self.beneficiary_country_id else None,
            "amount": str(self.amount),
            "currency": self.currency,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "duration_months": self.duration_months,
        }


class ProjectIndicator(Orderable, ClusterableModel):
    """An indicator of a project's results framework: baseline, target and the values reported over time."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("indicator"), max_length=255, help_text=_("What is measured, e.g. social protection coverage."))
    unit = models.CharField(_("unit"), max_length=40, blank=True, help_text=_("E.g. %, people, households."))
    baseline = models.DecimalField(_("baseline"), max_digits=16, decimal_places=2, null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    target = models.DecimalField(_("target"), max_digits=16, decimal_places=2, null=True, blank=True)
    target_year = models.PositiveSmallIntegerField(_("target year"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("baseline_year")]),
        FieldRowPanel([FieldPanel("target"), FieldPanel("target_year")]),
        InlinePanel("values", label=_("Reported value"), heading=_("Reported values")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("indicator")

    def __str__(self):
        return self.name

    def as_data(self):
        return {
            "name": self.name_en or self.name,
            "unit": self.unit,
            "baseline": str(self.baseline) if self.baseline is not None else None,
            "baseline_year": self.baseline_year,
            "target": str(self.target) if self.target is not None else None,
            "target_year": self.target_year,
            "values": [{"date": value.date.isoformat(), "value": str(value.value)} for value in self.values.all()],
        }


class IndicatorValue(Orderable):
    """A value of an indicator reported on a date."""

    indicator = ParentalKey(ProjectIndicator, on_delete=models.CASCADE, related_name="values")
    date = models.DateField(_("date"))
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("value")])]

    class Meta(Orderable.Meta):
        verbose_name = _("reported value")


class ProjectReport(Orderable):
    """A dated progress report of a project, kept in the document library (its collection's privacy applies)."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="reports")
    title = models.CharField(_("title"), max_length=255)
    date = models.DateField(_("date"))
    document = models.ForeignKey(get_document_model_string(), verbose_name=_("document"), on_delete=models.PROTECT, related_name="+")

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("date")]), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("progress report")
