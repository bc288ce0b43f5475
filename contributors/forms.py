"""Forms: the public application, the staff invitation, a contributor's proposed need."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from compendium.taxonomy.models import Country, Guarantee, Theme

from .models import ContributorApplication, NeedsUpdate


def _country_choices(queryset):
    return [("", _("Choose a country"))] + sorted(((c.pk, c.name) for c in queryset), key=lambda pair: pair[1])


def _no_control_characters(form, cleaned, names):
    for name in names:
        value = cleaned.get(name)
        if value and any(ord(char) < 32 for char in value):
            form.add_error(name, _("Remove the control characters from this field."))


class NamedMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class ApplicationForm(forms.ModelForm):
    """Validates an application; `website` is a honeypot that people never see and bots fill in."""

    website = forms.CharField(
        required=False, label=_("Leave this field empty"), widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
    )

    class Meta:
        model = ContributorApplication
        fields = ["name", "email", "institution", "country", "role", "motivation"]
        widgets = {"motivation": forms.Textarea(attrs={"rows": 6, "maxlength": 3000})}
        labels = {"name": _("Your name"), "email": _("Your e-mail"), "country": _("The country whose experience you will share")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = _country_choices(Country.objects.all())
        self.fields["motivation"].required = True
        self.fields["motivation"].help_text = _("The programmes or reforms you know first-hand and would like to write about.")
        self.fields["institution"].help_text = _("The ministry, agency or organisation you work for.")

    def clean_motivation(self):
        text = self.cleaned_data["motivation"].strip()
        if len(text) < 20:
            raise forms.ValidationError(_("Please tell us in at least 20 characters what you would like to share."))
        return text

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            # A form-level error: the honeypot field itself is hidden from people.
            self.add_error(None, _("This application looks automated and was not sent."))
        _no_control_characters(self, cleaned, ("name", "institution", "role"))
        return cleaned


class InviteForm(forms.Form):
    """Staff invite a contributor: the account is made at once and the person is mailed."""

    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(label=_("E-mail"))
    institution = forms.CharField(label=_("Institution"), max_length=255)
    role = forms.CharField(label=_("Role"), max_length=200)
    country = forms.ModelChoiceField(queryset=Country.objects.filter(profile__isnull=False), label=_("Country"))
    language = forms.ChoiceField(label=_("Language of the invitation"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = _country_choices(Country.objects.filter(profile__isnull=False))


class NeedsUpdateForm(forms.ModelForm):
    """A need a contributor proposes for one of their countries."""

    themes = NamedMultipleChoiceField(queryset=Theme.objects.all(), label=_("Themes"), required=False, widget=forms.CheckboxSelectMultiple)
    guarantees = NamedMultipleChoiceField(
        queryset=Guarantee.objects.all(), label=_("SPF guarantees"), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = NeedsUpdate
        fields = ["country", "title", "text", "themes", "guarantees"]

    def __init__(self, *args, countries=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = Country.objects.filter(pk__in=[c.pk for c in countries])
        self.fields["country"].choices = _country_choices(countries)


class ReviewForm(forms.Form):
    """A moderator's decision on a proposed need, with a comment for its author."""

    comment = forms.CharField(label=_("Comment for the contributor"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
