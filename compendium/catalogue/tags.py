"""The words of an item's tags, in every language, for the search index.

An item tagged with the old-age guarantee is found by "elderly", "personnes âgées" or
"ຜູ້ສູງອາຍຸ" whatever language its own text is written in: its tags' catalogue labels in the
ten languages, the thesaurus labels of the concepts they stand for, and every name of its
countries (Laos, Lao PDR, ລາວ, 老挝…) are indexed with it, in a field of their own.
"""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

from compendium.core import versions
from compendium.taxonomy import thesaurus
from compendium.taxonomy.models import Guarantee, Principle, Stage, Theme

VOCABULARIES = {"principle": Principle, "guarantee": Guarantee, "theme": Theme, "stage": Stage}


@versions.memoize("taxonomy")
def tag_labels():
    """{(facet, code): [label, ...]}: the catalogue's names in every language, then the thesaurus's."""
    labels = {}
    for facet, model in VOCABULARIES.items():
        for term in model.objects.all():
            names = [getattr(term, build_localized_fieldname("name", code), None) for code in settings.LANGUAGE_CODES]
            labels[(facet, term.key)] = [name for name in names if name]
    for concept in thesaurus.concepts():
        for facet, code in concept.tags:
            labels.setdefault((facet, code), []).extend(label for values in concept.labels.values() for label in values)
    return {key: list(dict.fromkeys(values)) for key, values in labels.items()}


def tag_text(facets):
    """The labels of the tags in `facets` ({facet: [code, ...]}) and the names of its countries, as one text."""
    labels = tag_labels()
    parts = []
    for facet in ("country", *VOCABULARIES):
        for code in facets.get(facet, ()):
            if facet == "country":
                parts.extend(thesaurus.country_names().get(code, ()))
            else:
                parts.extend(labels.get((facet, code), ()))
    return " ; ".join(parts)
