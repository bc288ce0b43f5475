"""Helpers for the search page: a facet's options, a result's tags and languages, the matched
words marked, why a result matched.

The lists a page repeats (a hundred facet options, twenty cards' tags) are drawn here, in Python,
escaped with the standard library's html.escape: the same markup the template loops made, at a
fraction of the template engine's cost per node."""

import functools
from html import escape  # Django's escape(), without its lazy-string wrapper (a few thousand calls a page)

import icu
from django import template
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from compendium.search import TYPES
from compendium.search.engines.base import facet_labels
from compendium.search.highlight import Highlighter
from compendium.taxonomy.names import country_name, icu_locale, native_language_name

register = template.Library()


@register.simple_tag
def facet_options(entries):
    """The <li> of each option of a facet (forms.facet_groups): a link that toggles it, marked as a
    checkbox for assistive technology, with its label and count.

    One tag for the list, not a template loop: a page offers about a hundred options, and the
    template engine's twenty nodes for each were a fifth of the search page's time."""
    items = []
    for entry in entries:
        selected = entry["selected"]
        items.append(
            f'<li><a class="facet-option{" selected" if selected else ""}" href="{escape(entry["href"])}" role="checkbox" '
            f'aria-checked="{"true" if selected else "false"}" data-value="{escape(str(entry["value"]))}">'
            f'<span class="box" aria-hidden="true">{"☑" if selected else "☐"}</span> {escape(str(entry["label"]))} '
            f'<span class="count">{escape(str(entry["count"]))}</span></a></li>'
        )
    return mark_safe("".join(items))  # every value in it was escaped


@register.simple_tag
def result_tags(result, labels, language):
    """The <li> of a result card's tags: its countries (each linking to its profile), themes and
    guarantees, in the reader's language. One tag for the three lists of the twenty cards."""
    items = []
    for code in result.get("countries") or ():
        url, name = f"/{language}/countries/{code.lower()}/", country_name(code, language)
        items.append(f'<li class="tag tag-country"><a href="{escape(url)}">{escape(name)}</a></li>')
    for facet, name in (("themes", "theme"), ("guarantees", "guarantee")):
        names = labels.get(name, {})
        for value in result.get(facet) or ():
            items.append(f'<li class="tag tag-{name}"><span>{escape(str(names.get(value, value)))}</span></li>')
    return mark_safe("".join(items))  # every value in it was escaped


@register.simple_tag
def result_cards(results, labels, language):
    """The <article> of each result of the page: its kind, its title and summary with the matched
    words marked, why it matched, its tags and the languages it is written in.

    One tag for the twenty cards, not a template loop: the loop's forty nodes a card were the
    larger part of the search page's drawing. Each interface string is translated once a page;
    the texts are escaped (html.escape) and the translated strings too, as {% translate %} does."""
    kinds = facet_labels("type", TYPES, language)  # the type facet's own labels
    written_in = escape(gettext("Title and summary in:"))
    shown_in_english = escape(gettext("Shown in English"))
    mark = Highlighter(results.analysis, language)
    cards = []
    for result in results.results:
        lang = "" if result.get("translated") else ' lang="en"'  # not in the reader's language: shown in English
        shown = f'<p class="meta">{shown_in_english}</p>' if lang else ""
        summary = result.get("summary")
        if summary:
            summary = mark(Truncator(summary).words(40, truncate=" …"))
            summary = f'<p class="summary"{lang}>{summary}</p>'
        cards.append(
            f'\n    <article class="card result result-{escape(str(result["type"]))}">'
            f'\n      <p class="card-type">{escape(kinds.get(result["type"], result["type"]))}</p>'
            f'\n      <h2><a href="{escape(str(result["url"]))}"{lang}>{mark(result.get("title"))}</a></h2>'
            f"\n      {summary or ''}"
            f"\n      {_matched_by(result.get('matched_by'), language)}"
            f'\n      <ul class="tags">{result_tags(result, labels, language)}</ul>'
            f'\n      <p class="available-in meta">{written_in} {language_names(result.get("languages"))}</p>'
            f"\n      {shown}"
            "\n    </article>\n    "
        )
    return mark_safe("".join(cards))  # every text in it was escaped


def _matched_by(reasons, language):
    """A card's "Matched through: …" line (the concepts and countries the query named, and the
    words it corrected), or ""."""
    if not reasons:
        return ""
    reasons = match_reasons(reasons, language)
    parts = []
    if reasons["through"]:
        parts.append(gettext("Matched through: %(labels)s") % {"labels": escape(reasons["through"])})
    for correction in reasons["corrections"]:
        if parts:
            parts.append(" · ")
        template = gettext("Matched “%(label)s” (corrected from “%(words)s”)")
        parts.append(template % {"label": escape(str(correction["label"])), "words": escape(str(correction["words"]))})
    return f'<p class="meta matched-by">{"".join(parts)}</p>'


@register.simple_tag
def language_names(codes):
    """The languages a result's title and summary are written in, each named in itself and marked
    with its language: '<span lang="km">ខ្មែរ</span>, <span lang="en">English</span>'."""
    return mark_safe(", ".join(f'<span lang="{escape(code)}">{escape(native_language_name(code))}</span>' for code in codes or ()))


@functools.lru_cache(maxsize=16)
def _list_formatter(language):
    return icu.ListFormatter.createInstance(icu.Locale(icu_locale(language)))


@register.simple_tag
def join_list(items, language):
    """['A', 'B', 'C'] -> "A, B and C" the way `language` writes a list (CLDR through ICU)."""
    return _list_formatter(language).format([str(item) for item in items])


def match_reasons(reasons, language):
    """A result's `matched_by` for its card: {"through": the concepts' and countries' labels as
    one list, "corrections": [{"label", "words"}]}."""
    through = list(dict.fromkeys(r["label"] for r in reasons or () if r.get("kind") in ("concept", "country") and r.get("label")))
    corrections = [r for r in reasons or () if r.get("kind") == "correction"]
    return {"through": join_list(through, language) if through else "", "corrections": corrections}
