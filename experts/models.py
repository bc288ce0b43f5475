"""The reference group of experts, the private peer-support requests country teams send, and
the completed exchanges published with the requester's consent."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
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
from compendium.taxonomy.models import Country, Guarantee, Language, Modality, Principle, Stage, Theme

from .panels import SuggestedMatchesPanel


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
    found = ExchangePage.objects.child_of(index).live().public().select_related("requesting_country").order_by("-year", "title")
    return tuple(found[:limit])


class ExpertPage(APIMixin, TranslatedPage):
    """A member of the reference group: who they are, what they know, whether they can help.

    `email` and `phone` are private: they are never rendered, indexed, exported or served by an
    API. Country teams reach experts through a peer-support request.
    """

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


class PeerSupportRequest(models.Model):
    """A country team's request for a peer expert or a study tour. Private: staff only."""

    class Status(models.TextChoices):
        # The stages of an exchange, in order; experts/lifecycle.py says which moves are allowed.
        NEW = "new", _("New")
        IN_REVIEW = "in_review", _("In review")
        MATCHED = "matched", _("Matched")
        AGREED = "agreed", _("Agreed")
        ACTIVITY = "activity", _("Activity")
        REPORT = "report", _("Report")
        EVALUATION = "evaluation", _("Evaluation")
        CLOSED = "closed", _("Closed")

    class Outcome(models.TextChoices):
        ACHIEVED = "achieved", _("Objectives achieved")
        PARTLY = "partly", _("Objectives partly achieved")
        NOT_ACHIEVED = "not_achieved", _("Objectives not achieved")
        WITHDRAWN = "withdrawn", _("Withdrawn or not pursued")

    class Timeframe(models.TextChoices):
        URGENT = "urgent", _("Within 3 months")
        SOON = "soon", _("Within 6 months")
        YEAR = "year", _("Within a year")
        FLEXIBLE = "flexible", _("Flexible")

    country = models.ForeignKey(Country, verbose_name=_("requesting country"), on_delete=models.PROTECT, related_name="requests")
    institution = models.CharField(_("institution"), max_length=255, help_text=_("The ministry, fund or agency that needs support."))
    contact_name = models.CharField(_("contact person"), max_length=255, help_text=_("The person staff will write to."))
    contact_email = models.EmailField(_("contact e-mail"), help_text=_("Never published; used only to reply to this request."))
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True, help_text=_("Optional, with the country code."))
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="+")
    guarantees = models.ManyToManyField(Guarantee, verbose_name=_("guarantees"), blank=True, related_name="+")
    principles = models.ManyToManyField(Principle, verbose_name=_("R202 principles"), blank=True, related_name="+")
    need = models.TextField(_("what you need"))
    languages = models.ManyToManyField(Language, verbose_name=_("preferred languages"), blank=True, related_name="+")
    stage = models.ForeignKey(
        Stage,
        verbose_name=_("stage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the country stands with this need: designing a scheme, delivering it..."),
    )
    modality = models.ForeignKey(
        Modality, verbose_name=_("preferred modality"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    timeframe = models.CharField(
        _("time frame"),
        max_length=20,
        choices=Timeframe.choices,
        default=Timeframe.FLEXIBLE,
        help_text=_("When the support would be needed."),
    )
    expert = models.ForeignKey(
        ExpertPage, verbose_name=_("requested expert"), null=True, blank=True, on_delete=models.SET_NULL, related_name="requests"
    )
    provider_country = models.ForeignKey(
        Country, verbose_name=_("suggested provider country"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
        help_text=_("The stage of the exchange; staff move it on in the admin, each move is recorded."),
    )
    reference = models.CharField(
        _("reference number"), max_length=20, unique=True, null=True, blank=True, editable=False, help_text=_("E.g. SSX-2026-0042.")
    )
    stage_changed_at = models.DateTimeField(_("stage since"), null=True, blank=True, editable=False)
    # Matched: who will help.
    matched_countries = models.ManyToManyField(Country, verbose_name=_("matched provider countries"), blank=True, related_name="+")
    matched_institutions = models.TextField(
        _("matched institutions"), blank=True, help_text=_("The ministries, funds or agencies that will share their experience.")
    )
    matched_experts = models.ManyToManyField(
        ExpertPage,
        verbose_name=_("matched experts"),
        blank=True,
        related_name="matched_requests",
        help_text=_("They are asked by e-mail to accept or decline when the request is matched."),
    )
    # Agreed: the terms of reference.
    tor_objectives = models.TextField(_("objectives"), blank=True)
    tor_modality = models.ForeignKey(
        Modality, verbose_name=_("modality"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    tor_start = models.DateField(_("start date"), null=True, blank=True)
    tor_end = models.DateField(_("end date"), null=True, blank=True)
    tor_participants = models.TextField(_("participants"), blank=True)
    tor_funding = models.TextField(_("who pays"), blank=True, help_text=_("Who covers travel, fees and the costs of the activity."))
    # Activity and report.
    activity_event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The mission, study tour or webinar the request became."),
    )
    report = models.TextField(_("report"), blank=True, help_text=_("What was done, with whom, and what came of it."))
    # Closed.
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    outcome_notes = models.TextField(_("outcome notes"), blank=True)
    publish_consent = models.BooleanField(
        _("requester agrees to publication"),
        default=False,
        help_text=_("Set only by the requester on the evaluation form: the completed exchange may be published."),
        editable=False,
    )
    staff_notes = models.TextField(_("staff notes"), blank=True, help_text=_("Internal notes on triage and follow-up."))
    language = models.CharField(_("language of the request"), max_length=10, default=settings.LANGUAGE_CODE)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("peer-support request")
        verbose_name_plural = _("peer-support requests")

    def __str__(self):
        label = f"{self.country.name}: {self.institution} ({self.created_at:%Y-%m-%d})" if self.created_at else self.institution
        return f"{self.reference} {label}" if self.reference else label

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if not self.reference:
            self.reference = reference_for(self)
            type(self).objects.filter(pk=self.pk).update(reference=self.reference)

    @property
    def requester_evaluation(self):
        return next((e for e in self.evaluations.all() if e.party == ExchangeEvaluation.Party.REQUESTER), None)


def reference_for(request_obj):
    """The human-readable number of a request: SSX-<year received>-<id, four digits at least>."""
    year = (request_obj.created_at or timezone.now()).year
    return f"SSX-{year}-{request_obj.pk:04d}"


class RequestEvent(models.Model):
    """The history of a request: each change of stage, expert answer, evaluation and lost e-mail,
    with when and who. Staff see all of it; the requester sees the stage changes."""

    class Kind(models.TextChoices):
        STAGE = "stage", _("Stage changed")
        EXPERT_ACCEPTED = "expert_accepted", _("Expert accepted")
        EXPERT_DECLINED = "expert_declined", _("Expert declined")
        EVALUATION = "evaluation", _("Evaluation received")
        MAIL_FAILED = "mail_failed", _("E-mail not sent")

    request = models.ForeignKey(PeerSupportRequest, on_delete=models.CASCADE, related_name="history")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.STAGE)
    from_status = models.CharField(max_length=20, choices=PeerSupportRequest.Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=PeerSupportRequest.Status.choices, blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    actor_label = models.CharField(max_length=255, blank=True, help_text="Who acted: staff user, requester, expert or system.")
    note = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.request_id} {self.kind} {self.to_status} {self.at:%Y-%m-%d}"


class ExpertResponse(models.Model):
    """A matched expert's answer to the invitation (through a signed link in their e-mail)."""

    class Answer(models.TextChoices):
        PENDING = "pending", _("No answer yet")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    request = models.ForeignKey(PeerSupportRequest, on_delete=models.CASCADE, related_name="expert_responses")
    expert = models.ForeignKey(ExpertPage, on_delete=models.CASCADE, related_name="+")
    answer = models.CharField(max_length=20, choices=Answer.choices, default=Answer.PENDING)
    invited_at = models.DateTimeField(default=timezone.now)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["request", "expert"], name="one_response_per_expert_and_request")]

    def __str__(self):
        return f"{self.request_id} {self.expert_id} {self.answer}"


class ExchangeEvaluation(models.Model):
    """How the exchange went, by the requester or by a provider (an expert who took part)."""

    class Party(models.TextChoices):
        REQUESTER = "requester", _("Requester")
        PROVIDER = "provider", _("Provider")

    USEFULNESS = [
        (5, _("Very useful")),
        (4, _("Useful")),
        (3, _("Somewhat useful")),
        (2, _("Of little use")),
        (1, _("Not useful")),
    ]

    request = models.ForeignKey(PeerSupportRequest, on_delete=models.CASCADE, related_name="evaluations")
    party = models.CharField(max_length=20, choices=Party.choices)
    expert = models.ForeignKey(ExpertPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    usefulness = models.PositiveSmallIntegerField(_("how useful was the exchange?"), choices=USEFULNESS)
    what_changed = models.TextField(_("what changed?"))
    what_next = models.TextField(_("what next?"), blank=True)
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["submitted_at"]

    def __str__(self):
        return f"{self.request_id} {self.party} {self.usefulness}"


def request_panels():
    """The admin form of a request (experts/wagtail_hooks.py gives it its lifecycle form)."""
    return [
        FieldPanel("staff_notes"),
        SuggestedMatchesPanel(),
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("institution"),
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Requester"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("need"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("guarantees", widget=forms.CheckboxSelectMultiple),
                FieldPanel("principles"),
                FieldPanel("stage"),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("modality"),
                FieldPanel("timeframe"),
                FieldPanel("expert"),
                FieldPanel("provider_country"),
            ],
            heading=_("Need"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("matched_countries", widget=forms.CheckboxSelectMultiple),
                FieldPanel("matched_institutions"),
                FieldPanel("matched_experts", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Matched"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("tor_objectives"),
                FieldPanel("tor_modality"),
                FieldPanel("tor_start"),
                FieldPanel("tor_end"),
                FieldPanel("tor_participants"),
                FieldPanel("tor_funding"),
            ],
            heading=_("Terms of reference"),
        ),
        MultiFieldPanel([FieldPanel("activity_event"), FieldPanel("report")], heading=_("Activity and report")),
        MultiFieldPanel([FieldPanel("outcome"), FieldPanel("outcome_notes")], heading=_("Outcome")),
    ]


class ExchangePage(APIMixin, TranslatedPage):
    """A completed exchange, published with the requester's consent: who helped whom, on what
    need, what changed. Only what staff write here is public: never the request's contacts,
    notes or evaluations' free text unless copied here by staff.
    """

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
