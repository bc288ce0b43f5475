"""The peer-support request form country teams fill in, the evaluation forms, and the admin's
lifecycle form."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from compendium.taxonomy.models import Country, Guarantee, Language, Modality, Stage, Theme

from . import lifecycle
from .models import ExchangeEvaluation, ExpertPage, PeerSupportRequest

MODALITIES = ("remote-advice", "expert-mission", "study-tour", "workshop")


class NamedChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class NamedMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class PeerSupportRequestForm(forms.ModelForm):
    """Validates a request; `website` is a honeypot that people never see and bots fill in."""

    country = NamedChoiceField(queryset=Country.objects.all(), label=_("Your country"), empty_label=_("Choose a country"))
    themes = NamedMultipleChoiceField(queryset=Theme.objects.all(), label=_("Themes"), required=False, widget=forms.CheckboxSelectMultiple)
    guarantees = NamedMultipleChoiceField(
        queryset=Guarantee.objects.all(), label=_("SPF guarantees"), required=False, widget=forms.CheckboxSelectMultiple
    )
    languages = NamedMultipleChoiceField(
        queryset=Language.objects.all(), label=_("Preferred languages"), required=False, widget=forms.CheckboxSelectMultiple
    )
    stage = NamedChoiceField(queryset=Stage.objects.all(), label=_("Stage"), required=False, empty_label=_("Not sure"))
    modality = NamedChoiceField(
        queryset=Modality.objects.filter(slug__in=MODALITIES),
        label=_("Preferred form of support"),
        required=False,
        empty_label=_("No preference"),
    )
    expert = forms.ModelChoiceField(queryset=ExpertPage.objects.none(), required=False, widget=forms.HiddenInput)
    provider_country = forms.ModelChoiceField(
        queryset=Country.objects.all(), required=False, widget=forms.HiddenInput, to_field_name="code"
    )
    website = forms.CharField(
        required=False, label=_("Leave this field empty"), widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
    )

    class Meta:
        model = PeerSupportRequest
        fields = [
            "country",
            "institution",
            "contact_name",
            "contact_email",
            "contact_phone",
            "need",
            "themes",
            "guarantees",
            "stage",
            "languages",
            "modality",
            "timeframe",
            "expert",
            "provider_country",
        ]
        widgets = {"need": forms.Textarea(attrs={"rows": 6, "maxlength": 4000})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expert"].queryset = ExpertPage.objects.live().public()
        self.fields["country"].queryset = Country.objects.all()
        self.fields["country"].choices = [("", _("Choose a country"))] + sorted(
            ((c.pk, c.name) for c in Country.objects.all()), key=lambda pair: pair[1]
        )
        self.fields["institution"].max_length = 255
        self.fields["need"].help_text = _("Describe what you want to achieve, what you have already done and the help you expect.")

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This request looks automated and was not sent."))
        return ""

    def clean_need(self):
        need = self.cleaned_data["need"].strip()
        if len(need) < 20:
            raise forms.ValidationError(_("Please describe your need in at least 20 characters."))
        if len(need) > 4000:
            raise forms.ValidationError(_("Please keep the description under 4,000 characters."))
        return need

    def clean(self):
        cleaned = super().clean()
        for name in ("institution", "contact_name", "contact_phone"):
            value = cleaned.get(name)
            if value and any(ord(char) < 32 for char in value):
                self.add_error(name, _("Remove the control characters from this field."))
        return cleaned


class EvaluationForm(forms.Form):
    """How the exchange went, from one side: how useful (a scale), what changed, what next."""

    usefulness = forms.TypedChoiceField(
        label=_("How useful was the exchange?"),
        choices=ExchangeEvaluation.USEFULNESS,
        coerce=int,
        widget=forms.RadioSelect,
    )
    what_changed = forms.CharField(
        label=_("What changed?"),
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 4000}),
        max_length=4000,
        help_text=_("In your institution, your scheme or your plans, thanks to the exchange."),
    )
    what_next = forms.CharField(
        label=_("What next?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 4000}),
        max_length=4000,
        help_text=_("Follow-up you would like: another exchange, documents, a visit..."),
    )


class RequesterEvaluationForm(EvaluationForm):
    publish_consent = forms.BooleanField(
        label=_("I agree that a short record of this exchange is published (who helped whom, on what need, what changed)."),
        required=False,
        help_text=_("Your name and contact details are never published. Without your agreement nothing of your request is public."),
    )


class RequestLifecycleForm(WagtailAdminModelForm):
    """The admin form of a request: its fields, plus the move to another stage (checked by
    experts.lifecycle, recorded with the staff member who made it)."""

    move_to = forms.ChoiceField(label=_("Move to stage"), required=False)
    stage_note = forms.CharField(
        label=_("Note on this move"), required=False, widget=forms.Textarea(attrs={"rows": 2}), help_text=_("Kept in the history.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = PeerSupportRequest.Status(self.instance.status)
        self.fields["move_to"].choices = [("", _("Stay at “%(stage)s”") % {"stage": current.label})] + [
            (value, PeerSupportRequest.Status(value).label) for value in lifecycle.allowed_moves(self.instance)
        ]

    def _post_clean(self):
        super()._post_clean()
        to_status = self.cleaned_data.get("move_to")
        if not to_status:
            return
        values = {key: list(self.cleaned_data[key]) for key in ("matched_experts", "matched_countries") if key in self.cleaned_data}
        try:
            lifecycle.check_move(self.instance, to_status, **values)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, messages in error.error_dict.items():
                    self.add_error(field if field in self.fields else "move_to", messages)
            else:
                self.add_error("move_to", error)

    def save(self, commit=True):
        instance = super().save(commit=commit)
        to_status = self.cleaned_data.get("move_to")
        if commit and to_status:
            lifecycle.advance(instance, to_status, actor=self.for_user, note=self.cleaned_data.get("stage_note", ""))
        return instance
