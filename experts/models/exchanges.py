"""Completed exchanges, published with the requester's consent as evidence of who helped whom."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from compendium.catalogue.text import localized
from compendium.core import relations
from compendium.core.api_fields import APIMixin
from compendium.core.models import TranslatedPage
from compendium.taxonomy.models import Country, Guarantee, Theme

from .directory import ExpertPage
from .requests import ExchangeEvaluation, PeerSupportRequest


class ExchangePage(APIMixin, TranslatedPage):
    """A completed exchange, published with the requester's consent: who helped whom, on what
    need, what changed. Only what staff write here is public: never the request's contacts,
    notes or evaluations' free text unless copied here by staff.
    """

    read_model_scope = "page"  # its own content and the pages it links to (compendium/core/read_model.py)
    request = models.OneToOneField(
        PeerSupportRequest,
        verbose_name=_("peer-support request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="exchange_page",
        help_text=_("The request it answered; it can be published only if the requester agreed."),
    )
    requesting_country = models.ForeignKey(
        Country, verbose_name=_("country helped"), on_delete=models.PROTECT, related_name="exchanges_received"
    )
    provider_countries = ParentalManyToManyField(Country, verbose_name=_("countries that helped"), related_name="exchanges_given")
    experts = ParentalManyToManyField(ExpertPage, verbose_name=_("experts"), blank=True, related_name="exchanges")
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="exchanges")
    guarantees = ParentalManyToManyField(Guarantee, verbose_name=_("SPF guarantees"), blank=True, related_name="exchanges")
    case_studies = ParentalManyToManyField(
        "casestudies.CaseStudyPage", verbose_name=_("case studies"), blank=True, related_name="exchanges"
    )
    events = ParentalManyToManyField("events.EventPage", verbose_name=_("events"), blank=True, related_name="exchanges")
    year = models.PositiveSmallIntegerField(_("year"), help_text=_("The year the exchange took place."))
    usefulness = models.PositiveSmallIntegerField(_("rated by the requester"), null=True, blank=True, choices=ExchangeEvaluation.USEFULNESS)
    need = models.TextField(_("the need"), help_text=_("One or two sentences the requester agreed to publish."))
    what_changed = models.TextField(_("what changed"))

    translation_check_fields = ("title", "need", "what_changed")
    api_text_fields = ("title", "need", "what_changed")
    api_fields = [
        APIField("year"),
        APIField("usefulness"),
        APIField("need"),
        APIField("what_changed"),
        APIField("requesting_country_code"),
        APIField("provider_country_codes"),
        APIField("theme_slugs"),
        APIField("translations"),
    ]
    parent_page_types = ["experts.ExpertIndexPage"]
    subpage_types = []
    search_summary_field = "need"

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("request"),
        MultiFieldPanel(
            [
                FieldPanel("requesting_country"),
                FieldPanel("provider_countries", widget=forms.CheckboxSelectMultiple),
                FieldPanel("experts", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who helped whom"),
        ),
        FieldPanel("year"),
        FieldPanel("usefulness"),
        FieldPanel("need"),
        FieldPanel("what_changed"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("guarantees", widget=forms.CheckboxSelectMultiple),
                FieldPanel("case_studies"),
                FieldPanel("events"),
            ],
            heading=_("Links"),
        ),
    ]
    search_fields = TranslatedPage.search_fields + [index.SearchField("need"), index.SearchField("what_changed")]

    class Meta:
        verbose_name = _("completed exchange")
        verbose_name_plural = _("completed exchanges")

    def clean(self):
        super().clean()
        if self.request_id and not self.request.publish_consent:
            raise ValidationError({"request": _("The requester has not agreed to publication: this exchange cannot be published.")})

    def save(self, *args, **kwargs):
        # Consent gates publication however the page is saved (admin, script, import).
        if self.live and self.request_id and not PeerSupportRequest.objects.filter(pk=self.request_id, publish_consent=True).exists():
            raise ValidationError(_("The requester has not agreed to publication: this exchange cannot be published."))
        return super().save(*args, **kwargs)

    @property
    def requesting_country_code(self):
        return self.requesting_country.iso2

    @property
    def provider_country_codes(self):
        return sorted(country.iso2 for country in self.provider_countries.all())

    @property
    def theme_slugs(self):
        return sorted(term.slug for term in self.themes.all())

    @property
    def usefulness_label(self):
        return self.get_usefulness_display() if self.usefulness else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Live, public pages only, read the same way in a preview (in-memory relations).
        context["linked_experts"] = relations.live_pages(self.experts.all())
        context["linked_events"] = relations.live_pages(self.events.all())
        context["linked_case_studies"] = relations.live_pages(self.case_studies.all())
        return context

    def search_document(self):
        """(facet codes, text_for(language), date): the countries of both sides, themes and
        guarantees; `requester`, `providers`, `usefulness` and `year` feed matchmaking."""
        providers = sorted(country.iso2 for country in self.provider_countries.all())
        facets = {
            "country": sorted({self.requesting_country.iso2, *providers}),
            "requester": self.requesting_country.iso2,
            "providers": providers,
            "principle": [],
            "guarantee": sorted(g.slug for g in self.guarantees.all()),
            "theme": sorted(t.slug for t in self.themes.all()),
            "stage": [],
            "usefulness": self.usefulness or 0,
            "year": self.year,
        }

        def text(language):
            return " ".join(filter(None, [localized(self, "need", language), localized(self, "what_changed", language)]))

        return facets, text, datetime.date(self.year, 1, 1)
