"""The peer-support request form country teams fill in."""

from django import forms
from django.utils.translation import gettext_lazy as _

from compendium.taxonomy.models import Country, Guarantee, Language, Modality, Stage, Theme

from .models import ExpertPage, PeerSupportRequest

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
