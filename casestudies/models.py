"""Case studies: one country's experience, told so that another country can learn from it."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from compendium.catalogue import cards
from compendium.catalogue.text import localized, plain_text, stream_text
from compendium.core import read_model, relations
from compendium.core.api_fields import APIMixin
from compendium.core.blocks import BodyBlock, SourceBlock
from compendium.core.models import TranslatedPage
from compendium.core.pdf import page_pdf
from compendium.core.widgets import SearchableSelectMultiple
from compendium.sources.panels import citations_panel
from compendium.taxonomy.models import Country, Guarantee, Modality, Principle, Stage, Theme


class CaseStudyPage(RoutablePageMixin, APIMixin, TranslatedPage):
    """A country's experience of building part of its Social Protection Floor."""

    read_model_scope = "page"  # its own content and the pages it links to (compendium/core/read_model.py)
    programme_name = models.CharField(
        _("programme"), max_length=255, blank=True, help_text=_("The programme's own name, e.g. Benazir Income Support Programme.")
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences: what was done, for whom, at what scale. Shown on cards and in search."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The story: the problem, what was done, how it works, results. Quotes and key figures only from sources."),
    )
    lessons = RichTextField(
        _("lessons learned"),
        blank=True,
        features=["bold", "italic", "ul", "ol", "link"],
        help_text=_("What a country that wants to do the same should know; a short list reads best."),
    )
    countries = ParentalManyToManyField(
        Country,
        verbose_name=_("other countries"),
        blank=True,
        related_name="case_studies",
        help_text=_(
            "The country of the experience is the profile the case study sits under and is added when you save. "
            "Choose here only the other countries involved, e.g. a partner that shared its experience."
        ),
    )
    guarantees = ParentalManyToManyField(
        Guarantee,
        verbose_name=_("SPF guarantees"),
        blank=True,
        related_name="case_studies",
        help_text=_("The guarantees the programme provides or supports."),
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name=_("themes (Guide chapters)"),
        related_name="case_studies",
        help_text=_("The chapters of the Guide this case study belongs to."),
    )
    stage = models.ForeignKey(
        Stage,
        verbose_name=_("implementation stage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
        help_text=_("The stage of building an SPF this experience mostly speaks to."),
    )
    modalities = ParentalManyToManyField(
        Modality,
        verbose_name=_("cooperation modalities"),
        blank=True,
        related_name="case_studies",
        help_text=_("How this experience has been shared with other countries."),
    )
    period_start = models.PositiveSmallIntegerField(
        _("from (year)"), null=True, blank=True, help_text=_("The year the programme started, if a source says.")
    )
    period_end = models.PositiveSmallIntegerField(_("to (year)"), null=True, blank=True, help_text=_("Leave empty if ongoing."))
    institutions = models.TextField(_("institutions"), blank=True, help_text=_("One institution per line, with its acronym."))
    experts = ParentalManyToManyField(
        "experts.ExpertPage",
        verbose_name=_("experts"),
        blank=True,
        related_name="case_studies",
        help_text=_("Reference-group members who know this experience first-hand."),
    )
    events = ParentalManyToManyField(
        "events.EventPage",
        verbose_name=_("events"),
        blank=True,
        related_name="case_studies",
        help_text=_("Workshops, study tours and missions where it was presented or shared."),
    )
    sources = StreamField(
        [("source", SourceBlock())],
        verbose_name=_("sources"),
        blank=True,
        help_text=_("Earlier free-text sources; cite sources from the library above instead."),
    )

    translation_check_fields = ("title", "summary")
    api_text_fields = ("title", "programme_name", "summary")
    search_name_fields = ("programme_name",)  # weighted like the title in search
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("last reviewed"),
        help_text=_("When an editor last checked this page against its sources; shown beside the publication date."),
    )
    api_fields = [
        APIField("last_reviewed"),
        APIField("programme_name"),
        APIField("summary"),
        APIField("body"),
        APIField("lessons"),
        APIField("country_codes"),
        APIField("principle_codes"),
        APIField("guarantee_slugs"),
        APIField("theme_slugs"),
        APIField("stage_slug"),
        APIField("modality_slugs"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("institution_list"),
        APIField("coverage_figures"),
        APIField("available_languages"),
        APIField("translations"),
    ]
    parent_page_types = ["compendium.CountryPage"]
    subpage_types = []

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("programme_name"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("lessons"),
        InlinePanel("figures", label=_("Coverage figures"), heading=_("Coverage figures")),
    ]
    taxonomy_panels = [
        # Type part of a name (in the editor's language) to find a country among ~250; chosen ones
        # show as removable chips. A plain select where the script does not run.
        FieldPanel("countries", widget=SearchableSelectMultiple),
        InlinePanel("principle_links", label=_("R202 principle"), heading=_("R202 principles and how this experience serves them")),
        FieldPanel("guarantees", widget=forms.CheckboxSelectMultiple),
        # A draft saves without themes; publishing still asks for one (the model field is required).
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple, required_on_save=False),
        FieldPanel("stage"),
        FieldPanel("modalities", widget=forms.CheckboxSelectMultiple),
    ]
    context_panels = [
        MultiFieldPanel([FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")])], heading=_("Period")),
        FieldPanel("institutions"),
        FieldPanel("experts"),
        FieldPanel("events"),
        citations_panel(),
        FieldPanel("sources"),
        FieldPanel("last_reviewed"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(taxonomy_panels, heading=_("Taxonomy")),
            ObjectList(context_panels, heading=_("Context and sources")),
            ObjectList(TranslatedPage.promote_panels, heading=_("Promote")),
            ObjectList(TranslatedPage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = TranslatedPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("programme_name"),
        index.AutocompleteField("programme_name"),
        index.FilterField("stage"),
    ]

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The end year cannot be before the start year.")})

    @property
    def lead_country(self):
        parent = self.get_parent()
        return getattr(parent.specific, "country", None) if parent else None

    @property
    def country_codes(self):
        return sorted(country.iso2 for country in self.countries.all())

    @property
    def principle_codes(self):
        return sorted(link.principle.code for link in self.principle_links.all())

    @property
    def guarantee_slugs(self):
        return sorted(term.slug for term in self.guarantees.all())

    @property
    def theme_slugs(self):
        return sorted(term.slug for term in self.themes.all())

    @property
    def modality_slugs(self):
        return sorted(term.slug for term in self.modalities.all())

    @property
    def stage_slug(self):
        return self.stage.slug if self.stage_id else None

    @property
    def coverage_figures(self):
        return [{"value": figure.value, "label": figure.label} for figure in self.figures.all()]

    @property
    def institution_list(self):
        return [line.strip() for line in (self.institutions or "").splitlines() if line.strip()]

    def search_document(self):
        """What this page is to search: (facet codes, text_for(language), date); the catalogue
        adds its kind, title and summary (compendium.catalogue.indexing.build_document)."""
        principle_links = list(self.principle_links.select_related("principle"))
        facets = {
            "country": sorted({country.iso2 for country in self.countries.all()}),
            "principle": sorted({link.principle.code for link in principle_links}),
            "guarantee": sorted(g.slug for g in self.guarantees.all()),
            "theme": sorted(t.slug for t in self.themes.all()),
            "stage": [self.stage.slug] if self.stage_id else [],
            "lead": [self.lead_country.iso2] if self.lead_country else [],
        }
        figures = list(self.figures.all())

        def text(language):
            return " ".join(
                filter(
                    None,
                    [
                        localized(self, "programme_name", language),
                        localized(self, "summary", language),
                        stream_text(localized(self, "body", language)),
                        plain_text(localized(self, "lessons", language)),
                        localized(self, "institutions", language),
                        " ".join(localized(link, "explanation", language) or "" for link in principle_links),
                        " ".join(f"{figure.value} {localized(figure, 'label', language) or ''}" for figure in figures),
                    ],
                )
            )

        date = self.first_published_at.date() if self.first_published_at else None
        return facets, text, date

    def save(self, *args, **kwargs):
        # The lead country (the profile that holds the page) is always among the countries;
        # modelcluster keeps the addition in memory and commits it with this save.
        lead = self.lead_country if self.path else None
        if lead is not None and lead.pk not in {country.pk for country in self.countries.all()}:
            self.countries.add(lead)
        return super().save(*args, **kwargs)

    @path("pdf/")
    def pdf(self, request):
        """This page as a PDF, in the reader's language, for printing and offline reading."""
        return page_pdf(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The page's own relations, fetched once for the template, its tags and its JSON-LD.
        # In a preview or a draft they may be in memory and unsaved: those stay as they are.
        relations.prefetch(self, "countries", "themes", "guarantees", "modalities", "figures")
        told = {block.value["value"] for block in self.body or [] if block.block_type == "key_figure"}
        context.update(
            {
                "principle_links": relations.ordered(
                    relations.fetch(self.principle_links.all(), select=("principle",)), key=lambda link: link.principle.code
                ),
                # Figures already told by a key-figure block of the body are not repeated above it.
                "figures": [figure for figure in self.figures.all() if figure.value not in told],
                "linked_experts": cards.expert_cards(self.experts.all()),
                "linked_events": cards.event_cards(self.events.all()),
                "related_case_studies": cards.related_case_studies(self),
            }
        )
        return context

    def read_model_slot_argument(self, name):
        """What the read model's slot needs of the page itself: its theme slugs (the related case studies share one)."""
        return sorted(theme.slug for theme in self.themes.all())

    @classmethod
    def related_section(cls, page_id, language, themes):
        """The "Related case studies" section of a published case study when it is served from the
        read model (a slot of the stored page, compendium/core/read_model.py): the related ids from
        the search index, their cards from the read model (two queries)."""
        ids = cards.related_ids_of_published(page_id, [slug for slug in themes.split(",") if slug])
        drawn = read_model.stored_parts("card", language, ids, lambda missing: cards.draw_case_study_cards(cls, missing))
        return render_to_string("components/related_case_studies.html", {"cards": [mark_safe(drawn[pk]) for pk in ids if pk in drawn]})  # noqa: S308 - drawn by our card template


class CaseStudyPrinciple(Orderable):
    """A case study's link to an R202 principle, with how the experience serves it."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="principle_links")
    principle = models.ForeignKey(
        Principle,
        verbose_name=_("principle"),
        on_delete=models.PROTECT,
        related_name="case_study_links",
        help_text=_("Only principles the experience really shows."),
    )
    explanation = models.TextField(
        _("how it serves the principle"),
        blank=True,
        help_text=_("One sentence, concrete: what in the programme puts the principle into practice."),
    )

    # A plain list of the 18 principles in the form, not the snippet chooser's two-page modal.
    panels = [FieldPanel("principle", widget=forms.Select), FieldPanel("explanation")]

    class Meta(Orderable.Meta):
        verbose_name = _("R202 principle")
        unique_together = [("page", "principle")]


class CaseStudyFigure(Orderable):
    """A coverage figure of the programme, e.g. "7.2 million" households."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="figures")
    value = models.CharField(_("figure"), max_length=40, help_text=_("As written in the source, e.g. 16.1 million."))
    label = models.CharField(_("what it counts"), max_length=200, help_text=_("E.g. households covered, payments a month."))

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        verbose_name = _("coverage figure")
