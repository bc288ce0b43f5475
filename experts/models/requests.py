"""Peer-support requests (private: staff only) and their lifecycle records: the history of
stages, the experts' answers and the evaluations by both sides."""


from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from compendium.taxonomy.models import Country, Guarantee, Language, Modality, Principle, Stage, Theme

from ..panels import SuggestedMatchesPanel
from .directory import ExpertPage


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
