"""What every engine shares: facet labels and the shape of a result."""

from django.conf import settings
from django.utils import translation

from compendium.core import versions
from compendium.search import FACETS, TYPES, clause_label
from compendium.taxonomy import names
from compendium.taxonomy.models import Guarantee, Principle, Stage, Theme

_vocabulary_cache = {}


def clear_vocabulary_cache(**kwargs):
    """Called when a taxonomy term is saved or deleted (compendium.signals): every worker reloads."""
    versions.bump("taxonomy")


def _vocabulary(facet, language):
    """[(key, label)] of a small vocabulary in taxonomy order, cached in-process per language."""
    version = versions.current("taxonomy")
    if _vocabulary_cache.get("version") != version:
        _vocabulary_cache.clear()
        _vocabulary_cache["version"] = version
    key = (facet, language)
    if key not in _vocabulary_cache:
        model = {"principle": Principle, "guarantee": Guarantee, "theme": Theme, "stage": Stage}[facet]
        with translation.override(language):
            _vocabulary_cache[key] = [(term.key, str(term)) for term in model.objects.all()]
    return _vocabulary_cache[key]


def vocabulary(facet, language):
    """{key: label in `language`} of a small vocabulary ("theme", "guarantee", "stage", "principle")."""
    return dict(_vocabulary(facet, language))


def facet_labels(facet, values, language):
    """{value: label in `language`} for a facet's values."""
    if facet == "country":
        return {value: names.country_name(value, language) for value in values}
    if facet == "type":
        labels = _type_labels(language)
        return {value: labels[value] for value in values if value in labels}
    return dict(_vocabulary(facet, language))


@versions.memoize("taxonomy")
def _type_labels(language):
    """{type: its label in `language`}, translated once per language (every search shows them)."""
    with translation.override(language):
        return {
            "case-study": translation.gettext("Case study"),
            "expert": translation.gettext("Expert"),
            "event": translation.gettext("Event"),
            "project": translation.gettext("Cooperation project"),
            "chapter": translation.gettext("Guide chapter"),
            "exchange": translation.gettext("Completed exchange"),
        }


def facet_order(facet):
    """Order of a facet's values in the interface: taxonomy order for small vocabularies, count for countries."""
    if facet == "type":
        return {value: index for index, value in enumerate(TYPES)}
    if facet == "country":
        return None
    return {key: index for index, (key, _label) in enumerate(_vocabulary(facet, settings.LANGUAGE_CODE))}


def format_facets(counts, selected, language):
    """counts: {facet: {value: n}} -> the JSON contract's facet lists, selected values always present."""
    formatted = {}
    for facet in FACETS:
        facet_counts = dict(counts.get(facet, {}))
        for value in selected.get(facet, ()):
            facet_counts.setdefault(value, 0)
        labels = facet_labels(facet, facet_counts, language)
        order = facet_order(facet)
        if order is None:
            keys = sorted(facet_counts, key=lambda value: (-facet_counts[value], labels.get(value, value)))
        else:
            keys = sorted(facet_counts, key=lambda value: order.get(value, 999))
        formatted[facet] = [
            {"value": value, "label": labels.get(value, value), "count": facet_counts[value], "selected": value in selected.get(facet, ())}
            for value in keys
        ]
    return formatted


def result_from_item(item, title, summary, language):
    facets = item.facets or {}
    return {
        "type": item.kind,
        "title": title,
        "summary": summary,
        "url": f"/{language}/{item.path}",
        "countries": facets.get("country", []),
        "principles": facets.get("principle", []),
        "guarantees": facets.get("guarantee", []),
        "themes": facets.get("theme", []),
        "languages": [code for code in (item.languages or "").split(",") if code],
        "translated": language in (item.languages or "").split(","),
        "date": item.date.isoformat() if item.date else None,
    }


def fallback_language():
    return settings.LANGUAGE_CODE


def matched_by(item_id, analysis, hits, language):
    """Why item `item_id` matched, beyond the words typed: [{"kind", "words", "label"}].

    kind "concept" or "country": the item matched the clause only through what its words name
    (another label or language, or its tags); "correction": through a corrected word."""
    reasons = []
    for clause, clause_hits in zip(analysis.clauses, hits, strict=True):
        if not clause_hits.any >> item_id & 1:
            continue
        if clause.corrected_from:
            reasons.append({"kind": "correction", "words": clause.corrected_from, "label": clause.text})
        if (clause.concept or clause.country) and not clause_hits.literal >> item_id & 1:
            reasons.append(
                {"kind": "concept" if clause.concept else "country", "words": clause.text, "label": clause_label(clause, language)}
            )
    return reasons
