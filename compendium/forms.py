"""Forms and small helpers for the search and match pages."""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from compendium.catalogue.text import words
from compendium.matching import scoring as matching
from compendium.search import analysis, clause_label
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


FACET_ORDER = ("type", "theme", "guarantee", "principle", "stage", "country")


def facet_groups(request, results):
    """The search page's facets in display order: [{facet, title, entries}], each entry of
    results.facets with `href`, the current query string with its value added (or removed, if
    chosen) and back to the first page.

    Each parameter of the query string is encoded once, not once per link: a page of results
    offers about a hundred values, and copying and encoding the query for each took a quarter of
    the page's time."""
    encoded = [(key, values, [urlencode({key: value}) for value in values]) for key, values in request.GET.lists() if key != "page"]
    titles = facet_titles()

    def href(facet, value):
        parts, seen = [], False
        for key, values, pairs in encoded:
            if key == facet:
                seen = True
                if value in values:  # chosen: the link takes it away
                    drop = values.index(value)
                    pairs = pairs[:drop] + pairs[drop + 1 :]
                else:
                    pairs = [*pairs, urlencode({facet: value})]
            parts += pairs
        if not seen:
            parts.append(urlencode({facet: value}))
        return "?" + "&".join(parts)

    groups = []
    for facet in FACET_ORDER:
        if results.facets.get(facet):
            entries = [{**entry, "href": href(facet, entry["value"])} for entry in results.facets[facet]]
            groups.append({"facet": facet, "title": titles[facet], "entries": entries})
    return groups


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


def search_link(request, **changes):
    """The current search's query string with `changes` (a value of None drops the parameter);
    back to the first page."""
    params = request.GET.copy()
    params.pop("page", None)
    for name, value in changes.items():
        if value is None:
            params.pop(name, None)
        else:
            params[name] = value
    return "?" + params.urlencode()


def search_notes(request, query, results):
    """What the search page tells about its reading of the query.

    - `uncorrected`: the link that searches the words as typed, when a word was corrected;
    - `understood`: the concepts and countries the query named, except those it named by their
      very name ("pension" is the concept pension: saying so again tells nothing);
    - `did_you_mean`: {text, url} when the words as typed found nothing and a correction exists;
    - `concept_links`: [{label, url}] each named concept or country on its own (filters dropped),
      offered when nothing matched."""
    notes = {"uncorrected": "", "understood": [], "did_you_mean": None, "concept_links": []}
    if results.corrected:
        notes["uncorrected"] = search_link(request, correct="0")
    read = results.analysis
    if read is None:
        return notes
    for clause in read.clauses:
        label = clause_label(clause, query.language)
        if not label:
            continue
        if words(label) != words(clause.text):
            notes["understood"].append(label)
        if results.count == 0 and clause.tags:
            facet, code = clause.tags[0]
            notes["concept_links"].append({"label": label, "url": "?" + urlencode({facet: code})})
    if results.count == 0 and not query.correct and query.text:
        corrected = analysis.analyse(query.text, query.language)
        if corrected.corrections:
            text = corrected.searched_text
            notes["did_you_mean"] = {"text": text, "url": search_link(request, q=text, correct=None)}
    notes["understood"] = list(dict.fromkeys(notes["understood"]))
    return notes


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
