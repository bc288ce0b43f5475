"""Helpers for the search page: labels of a result's facet values, facets in display order, the
matched words marked, why a result matched."""

import functools

import icu
from django import template

from compendium.search.highlight import highlight as mark_matches
from compendium.taxonomy.names import icu_locale

register = template.Library()


@register.filter
def labels_of(values, labels):
    """['mis', 'outreach'] + {'mis': 'Management information systems', ...} -> the labels."""
    return [labels.get(value, value) for value in values or []]


@register.simple_tag
def ordered_facets(facets, order):
    return [(facet, facets[facet]) for facet in order if facets.get(facet)]


@register.filter
def get_item(mapping, key):
    return mapping.get(key, {}) if mapping else {}


@register.simple_tag
def highlight(text, analysis, language):
    """{% highlight result.summary|truncatewords:40 results.analysis LANGUAGE_CODE %}: the text
    escaped, the words the query matched in <mark> (compendium.search.highlight)."""
    return mark_matches(text, analysis, language)


@functools.lru_cache(maxsize=16)
def _list_formatter(language):
    return icu.ListFormatter.createInstance(icu.Locale(icu_locale(language)))


@register.simple_tag
def join_list(items, language):
    """['A', 'B', 'C'] -> "A, B and C" the way `language` writes a list (CLDR through ICU)."""
    return _list_formatter(language).format([str(item) for item in items])


@register.simple_tag
def match_reasons(reasons, language):
    """A result's `matched_by` for its card: {"through": the concepts' and countries' labels as
    one list, "corrections": [{"label", "words"}]}."""
    through = list(dict.fromkeys(r["label"] for r in reasons or () if r.get("kind") in ("concept", "country") and r.get("label")))
    corrections = [r for r in reasons or () if r.get("kind") == "correction"]
    return {"through": join_list(through, language) if through else "", "corrections": corrections}
