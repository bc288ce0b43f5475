"""Form widgets of the admin shared by several page types."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from compendium.taxonomy import names


class SearchableSelectMultiple(forms.SelectMultiple):
    """A multiple select of a long list (e.g. ~250 countries) that an editor searches by typing.

    Rendered as an ordinary <select multiple>, its options sorted by label as the editor's language
    sorts them. A few dozen lines of script (static/compendium/admin/searchable-select.js) turn it
    into a text box that filters the options as one types, with the chosen ones shown as removable
    chips; by keyboard: arrows to move, Enter to pick, Backspace in the empty box to remove the last.
    Without the script the select still works. Its words come from here, in the editor's language.
    """

    class Media:
        js = ["compendium/admin/searchable-select.js"]
        css = {"all": ["compendium/admin/searchable-select.css"]}

    def __init__(self, attrs=None, choices=()):
        super().__init__({"size": 10, **(attrs or {})}, choices)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].update(
            {
                "data-searchable-select": "",
                "data-placeholder": _("Type part of the name to search, then Enter to choose"),
                "data-chosen-label": _("Chosen"),
                "data-remove-label": _("Remove %(name)s"),
                "data-no-match": _("No match"),
                "data-added": _("%(name)s added"),
                "data-removed": _("%(name)s removed"),
            }
        )
        return context

    def optgroups(self, name, value, attrs=None):
        groups = super().optgroups(name, value, attrs)
        if all(group_name is None for group_name, _options, _index in groups):
            key = names.sort_key(get_language())
            groups.sort(key=lambda group: key(str(group[1][0]["label"])))
        return groups
