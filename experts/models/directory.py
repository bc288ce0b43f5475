"""The reference group: organisations, the experts' directory and each expert's page."""

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.search import index

from compendium.catalogue import cards
from compendium.catalogue.text import localized, plain_text
from compendium.core import versions
from compendium.core.api_fields import APIMixin
from compendium.core.models import TranslatedPage
from compendium.core.pagination import paginate
from compendium.taxonomy.models import Country, Guarantee, Language, Theme


class AffiliationKind(models.TextChoices):
    """What kind of body a person or organisation belongs to: it decides whose experience they bring."""

    NATIONAL = "national", _("National government or institution")
    INTERNATIONAL = "international", _("International organisation")
    DONOR = "donor", _("Development partner or donor")
    ACADEMIA = "academia", _("Academia")
    SOCIAL_PARTNERS = "social-partners", _("Social partners")
    PRIVATE = "private", _("Private sector")


# Bodies of one country: their people bring that country's experience. International
# organisations and donors facilitate exchanges; they are never a country's experience.
NATIONAL_KINDS = frozenset({AffiliationKind.NATIONAL, AffiliationKind.ACADEMIA, AffiliationKind.SOCIAL_PARTNERS, AffiliationKind.PRIVATE})


class Organisation(models.Model):
    """A ministry, institution, international organisation, donor, university, social partner or firm."""

    name = models.CharField(_("name"), max_length=255, unique=True, help_text=_("In full, as the organisation writes it."))
    acronym = models.CharField(_("acronym"), max_length=40, blank=True, help_text=_("E.g. ILO, NHSO."))
    kind = models.CharField(
        _("kind"), max_length=20, choices=AffiliationKind.choices, help_text=_("Only national bodies make a country a provider.")
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
        help_text=_("The country of a national body; empty for international organisations and donors' agencies acting abroad."),
    )

    panels = [FieldPanel("name"), FieldPanel("acronym"), FieldPanel("kind"), FieldPanel("country")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.kind in NATIONAL_KINDS and not self.country_id:
            raise ValidationError({"country": _("A national body belongs to a country: choose it.")})


class ExpertIndexPage(TranslatedPage):
    """The directory of the reference group of experts."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("Who the reference group is and how to ask one of them for help."))

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["compendium.HomePage"]
    subpage_types = ["experts.ExpertPage", "experts.ExchangePage"]

    class Meta:
        verbose_name = _("expert directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["experts"] = paginate(request, cards.expert_cards(ExpertPage.objects.child_of(self)), per_page=24)
        context["exchanges"] = published_exchanges(self.pk)
        return context


@versions.memoize("pages")
def published_exchanges(index_id, limit=10):
    """The latest completed exchanges under the expert directory, kept for one version of the pages
    (the directory's query budget stays the same with or without them)."""
    index = ExpertIndexPage.objects.get(pk=index_id)
    exchanges = apps.get_model("experts", "ExchangePage")  # its module imports this one
    found = exchanges.objects.child_of(index).live().public().select_related("requesting_country").order_by("-year", "title")
    return tuple(found[:limit])


class ExpertPage(APIMixin, TranslatedPage):
    """A member of the reference group: who they are, what they know, whether they can help.

    `email` and `phone` are private: they are never rendered, indexed, exported or served by an
    API. Country teams reach experts through a peer-support request.
    """

    read_model_scope = "page"  # its own content and the pages it links to (compendium/core/read_model.py)
    honorific = models.CharField(_("honorific"), max_length=20, blank=True, help_text=_("E.g. H.E., Dr. Shown before the name."))
    role = models.CharField(_("role"), max_length=255, help_text=_("Public role, e.g. Deputy Secretary General."))
    organisation = models.CharField(_("organisation"), max_length=255, blank=True, help_text=_("Ministry, agency or institution, in full."))
    affiliation_kind = models.CharField(
        _("affiliation"),
        max_length=20,
        choices=AffiliationKind.choices,
        default=AffiliationKind.NATIONAL,
        help_text=_("Staff of international organisations and donors facilitate; they do not bring a country's experience."),
    )
    affiliation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation record"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="experts",
        help_text=_("The organisation the expert works for, from the list of organisations."),
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="experts",
        help_text=_(
            "Only for a national affiliation: the country whose experience the expert brings. Leave empty for international staff."
        ),
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name=_("themes of expertise"),
        blank=True,
        related_name="experts",
        help_text=_("Used to suggest the expert for matching needs."),
    )
    guarantees = ParentalManyToManyField(
        Guarantee,
        verbose_name=_("SPF guarantees"),
        blank=True,
        related_name="experts",
        help_text=_("The guarantees the expert has worked on."),
    )
    languages = ParentalManyToManyField(
        Language,
        verbose_name=_("languages spoken"),
        blank=True,
        related_name="experts",
        help_text=_("Languages the expert can advise in."),
    )
    bio = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link"], help_text=_("Public career facts only."))
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait the person agreed to publish."),
    )
    available = models.BooleanField(
        _("available for peer support"), default=True, help_text=_("Untick when the expert cannot take requests at present.")
    )
    reference_group = models.BooleanField(
        _("member of the reference group"), default=True, help_text=_("Member of the group of experts behind the Good Practices Guide.")
    )
    email = models.EmailField(_("e-mail (private)"), blank=True, help_text=_("Never shown publicly; staff use it to forward requests."))
    phone = models.CharField(_("telephone (private)"), max_length=40, blank=True, help_text=_("Never shown publicly."))

    translation_check_fields = ("title", "role")
    api_text_fields = ("title", "role", "organisation")
    # Public fields only: e-mail and telephone are deliberately absent.
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("last reviewed"),
        help_text=_("When an editor last checked this page against its sources; shown beside the publication date."),
    )
    api_fields = [
        APIField("last_reviewed"),
        APIField("honorific"),
        APIField("role"),
        APIField("organisation"),
        APIField("country_code"),
        APIField("affiliation_kind"),
        APIField("theme_slugs"),
        APIField("guarantee_slugs"),
        APIField("language_codes"),
        APIField("bio"),
        APIField("available"),
        APIField("reference_group"),
        APIField("translations"),
    ]
    parent_page_types = ["experts.ExpertIndexPage"]
    subpage_types = []

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("honorific"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        MultiFieldPanel([FieldPanel("affiliation_kind"), FieldPanel("affiliation"), FieldPanel("country")], heading=_("Affiliation")),
        FieldPanel("photo"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("guarantees", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Expertise"),
        ),
        MultiFieldPanel(
            [FieldPanel("available"), FieldPanel("reference_group"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Availability and private contact"),
        ),
        FieldPanel("last_reviewed"),
    ]
    # The field shown as the summary of this page in search results (the catalogue's default is "summary").
    search_summary_field = "role"

    search_fields = TranslatedPage.search_fields + [
        index.SearchField("role"),
        index.SearchField("organisation"),
        index.AutocompleteField("title"),
        index.FilterField("country"),
        index.FilterField("available"),
    ]

    class Meta:
        verbose_name = _("expert")
        verbose_name_plural = _("experts")

    def clean(self):
        super().clean()
        if self.affiliation_id and self.affiliation.kind != self.affiliation_kind:
            raise ValidationError({"affiliation_kind": _("This does not match the kind of the organisation chosen.")})
        if self.affiliation_kind in NATIONAL_KINDS and not self.country_id:
            raise ValidationError({"country": _("A national affiliation needs the country whose experience the expert brings.")})
        if self.affiliation_kind not in NATIONAL_KINDS and self.country_id:
            raise ValidationError(
                {"country": _("Leave the country empty: staff of international organisations and donors bring no country's experience.")}
            )

    @property
    def national(self):
        """True when the expert brings the experience of their country (see NATIONAL_KINDS)."""
        return self.affiliation_kind in NATIONAL_KINDS and self.country_id is not None

    @property
    def country_code(self):
        return self.country.iso2 if self.country_id else ""

    @property
    def theme_slugs(self):
        return sorted(term.slug for term in self.themes.all())

    @property
    def guarantee_slugs(self):
        return sorted(term.slug for term in self.guarantees.all())

    @property
    def language_codes(self):
        return sorted(language.code for language in self.languages.all())

    @property
    def display_name(self):
        return f"{self.honorific} {self.title}".strip()

    def search_document(self):
        """What this page is to search: (facet codes, text_for(language), date); the catalogue
        adds its kind, title and summary (compendium.catalogue.indexing.build_document)."""
        facets = {
            "country": [self.country.iso2] if self.country_id else [],
            "affiliation": self.affiliation_kind,
            "organisation": (self.affiliation.name if self.affiliation_id else self.organisation_en or self.organisation) or "",
            "principle": [],
            "guarantee": sorted(g.slug for g in self.guarantees.all()),
            "theme": sorted(t.slug for t in self.themes.all()),
            "stage": [],
            "languages": sorted(language.code for language in self.languages.all()),
            "available": self.available,
        }

        def text(language):
            return " ".join(
                filter(
                    None,
                    [
                        localized(self, "role", language),
                        localized(self, "organisation", language),
                        plain_text(localized(self, "bio", language)),
                    ],
                )
            )

        date = self.first_published_at.date() if self.first_published_at else None
        return facets, text, date
