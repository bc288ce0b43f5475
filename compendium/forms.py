"""Forms and small helpers for the search and match pages."""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from compendium.matching import scoring as matching
from compendium.taxonomy.models import Country, Guarantee, Principle, Stage, Theme


def facet_titles():
    return {
        "type": _("Type"),
        "country": _("Country"),
        "theme": _("Theme"),
        "guarantee": _("SPF guarantee"),
        "principle": _("R202 principle"),
        "stage": _("Implementation stage"),
    }


def page_links(request, results):
    """Query strings for previous/next result pages, keeping every other parameter."""
    params = request.GET.copy()

    def link(number):
        params["page"] = str(number)
        return "?" + params.urlencode()

    return {
        "previous": link(results.page - 1) if results.page > 1 else None,
        "next": link(results.page + 1) if results.page < results.num_pages else None,
    }


def active_filters(request, results):
    """Chips for the filters in force, each with the URL that removes it."""
    chips = []
    for facet, values in results.facets.items():
        for entry in values:
            if not entry["selected"]:
                continue
            params = [
                (key, value)
                for key, key_values in request.GET.lists()
                for value in key_values
                if key != "page" and not (key == facet and value == entry["value"])
            ]
            chips.append({"facet": facet, "label": entry["label"], "remove_url": "?" + urlencode(params)})
    return chips


class CountryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class MatchForm(forms.Form):
    """A country and, optionally, the needs to match instead of its stated ones."""

    country = forms.CharField(label=_("Country"), max_length=2)
    theme = forms.MultipleChoiceField(label=_("Themes"), required=False, widget=forms.CheckboxSelectMultiple)
    guarantee = forms.MultipleChoiceField(label=_("SPF guarantees"), required=False, widget=forms.CheckboxSelectMultiple)
    principle = forms.MultipleChoiceField(label=_("R202 principles"), required=False)
    stage = forms.MultipleChoiceField(label=_("Stage"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [(t.slug, str(t)) for t in Theme.objects.all()]
        self.fields["guarantee"].choices = [(g.slug, str(g)) for g in Guarantee.objects.all()]
        self.fields["principle"].choices = [(p.code, str(p)) for p in Principle.objects.all()]
        self.fields["stage"].choices = [(s.slug, str(s)) for s in Stage.objects.all()]
        self.country_choices = sorted(((c.iso2, c.name) for c in Country.objects.all()), key=lambda pair: pair[1])

    def clean_country(self):
        code = self.cleaned_data["country"].strip().upper()
        if not Country.objects.filter(code=code).exists():
            raise forms.ValidationError(_("Choose a country from the list."))
        return code

    def needs(self):
        """The needs typed in the form, or None to use the country's stated needs."""
        data = self.cleaned_data
        if not any(data.get(key) for key in ("theme", "guarantee", "principle", "stage")):
            return None
        return matching.Needs(
            themes=frozenset(data["theme"]),
            guarantees=frozenset(data["guarantee"]),
            principles=frozenset(data["principle"]),
            stages=frozenset(data["stage"]),
        )
