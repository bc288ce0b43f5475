"""Helpers for the search page: labels of a result's facet values, facets in display order."""

from django import template

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
