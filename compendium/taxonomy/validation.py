"""The one check of taxonomy input: ?theme=…, ?country=…, a row of an import, a match request.

    codes = clean_codes("theme", split_values(request.GET.getlist("theme")))   # or TaxonomyError

Each facet accepts the keys of its vocabulary (a principle's letter, a theme's slug, …); countries
are ISO 3166 alpha-2 codes, upper-cased before they are checked.
"""

from django.utils.translation import gettext as _
from django_countries import countries

from compendium.taxonomy.models import Guarantee, Modality, Principle, Stage, Theme

MAX_VALUES = 50
VOCABULARIES = {"principle": Principle, "guarantee": Guarantee, "theme": Theme, "stage": Stage, "modality": Modality}


class TaxonomyError(ValueError):
    """Taxonomy input that is not in the vocabulary, with a message for the person who sent it,
    the facet at fault and every value at fault as it was given (`values`)."""

    def __init__(self, message, facet, values=()):
        super().__init__(message)
        self.message = message
        self.facet = facet
        self.values = list(values)


def split_values(raw_values):
    """The values of a repeated, comma-separated parameter (?theme=a,b&theme=c), stripped."""
    return [value.strip() for raw in raw_values for value in str(raw).split(",") if value.strip()]


def known_codes(facet):
    """The set of codes a facet accepts."""
    if facet == "country":
        return {code for code, _name in countries}
    return {term.key for term in VOCABULARIES[facet].objects.all()}


def clean_codes(facet, values, known=None, max_values=MAX_VALUES):
    """`values` checked against the facet's vocabulary (or `known`, for a vocabulary that is not
    the taxonomy's, such as the catalogue's types): each once, in the order given. Raises
    TaxonomyError for more than `max_values` values (None: no limit) or for any unknown value."""
    values = list(values)
    if max_values is not None and len(values) > max_values:
        raise TaxonomyError(_("Too many values for “%(facet)s”.") % {"facet": facet}, facet)
    codes = [value.upper() for value in values] if facet == "country" else values
    if not codes:
        return ()
    allowed = known_codes(facet) if known is None else known
    unknown = [(code, value) for code, value in zip(codes, values, strict=True) if code not in allowed]
    if unknown:
        message = _("Unknown value “%(value)s” for “%(facet)s”.") % {"value": unknown[0][0][:40], "facet": facet}
        raise TaxonomyError(message, facet, [value for _code, value in unknown])
    return tuple(dict.fromkeys(codes))
