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

from compendium.search.highlight import highlight as mark_matches
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
def language_names(codes):
    """The languages a result's title and summary are written in, each named in itself and marked
    with its language: '<span lang="km">ខ្មែរ</span>, <span lang="en">English</span>'."""
    return mark_safe(", ".join(f'<span lang="{escape(code)}">{escape(native_language_name(code))}</span>' for code in codes or ()))


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
