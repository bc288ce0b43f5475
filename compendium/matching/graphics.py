"""Pictures of the exchanges, drawn on the server (no outside network, readable in print).

* the exchange network: countries on a circle grouped by region, a link wherever two countries
  took part in the same event or the same case study (peer-support requests are private and
  never drawn);
* the needs x experience matrix: for each country, per theme, whether it seeks support and how
  many case studies show its experience.
"""

import math
from collections import Counter
from itertools import combinations

from django.utils.html import escape
from django.utils.translation import gettext as _

from compendium.taxonomy import names

MAX_CLIQUE = 5


def exchange_links(case_studies, events):
    """Counter of (iso2, iso2) pairs (sorted) -> number of shared events and case studies.

    A small group (a study tour, a bilateral project) links every pair; a large multilateral
    event links each participant to its host only, or it would hide every other exchange.
    """
    links = Counter()
    groups = [(case.countries, case.lead) for case in case_studies] + [(event.countries, event.host) for event in events]
    for countries, host in groups:
        if len(countries) <= MAX_CLIQUE or not host:
            pairs = combinations(sorted(countries), 2)
        else:
            pairs = (tuple(sorted((host, code))) for code in countries if code != host)
        for pair in pairs:
            links[pair] += 1
    return links


FULL_SIZE = 760  # the whole network: the page shows it in its own scrolling box, never narrower than 640 px
FOCUS_SIZE = 480  # one country and its partners: legible at a phone's 360 px (16-unit labels draw at ~12 px)
LABEL_SIZE = 16
FOCUS_COLOUR = "#b3261e"  # the same red as the "seeks support" dots of the matrix and its legend
LINK_COLOUR = "#0b5c8c"


def _label_lines(label, limit=14):
    """A long country name on two lines (split at the space nearest the middle), so it fits beside its dot."""
    if len(label) <= limit or " " not in label:
        return [label]
    spaces = [index for index, char in enumerate(label) if char == " "]
    cut = min(spaces, key=lambda index: abs(index - len(label) / 2))
    return [label[:cut], label[cut + 1 :]]


def _text(x, y, label, anchor, size, weight="normal", colour="#1d2733"):
    lines = _label_lines(label)
    first_dy = -0.6 * (len(lines) - 1)
    spans = "".join(
        f'<tspan x="{x:.1f}" dy="{first_dy if index == 0 else 1.2:.1f}em">{escape(line)}</tspan>' for index, line in enumerate(lines)
    )
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" text-anchor="{anchor}" '
        f'dominant-baseline="middle" fill="{colour}">{spans}</text>'
    )


def network_svg(links, countries, language, focus=None):
    """An SVG string of the network; `countries` maps iso2 -> CountryRecord (for regions).

    With `focus` (an iso2 code that has exchanges), the picture is that country at the centre, in
    red, and its partners around it: few enough nodes that the labels stay legible on a phone.
    Without it (or when the country has no exchange yet), every country on one circle.
    """
    if focus and any(focus in pair for pair in links):
        links = Counter({pair: weight for pair, weight in links.items() if focus in pair})
        size = FOCUS_SIZE
    else:
        focus = None
        size = FULL_SIZE
    nodes = sorted(
        {code for pair in links for code in pair} - {focus},
        key=lambda code: (countries.get(code).region if code in countries else "", code),
    )
    if not nodes:
        return ""
    centre = size / 2
    radius = size / 2 - (130 if focus else 150)
    degree = Counter()
    for (a, b), weight in links.items():
        degree[a] += weight
        degree[b] += weight
    position = {}
    for index, code in enumerate(nodes):
        angle = 2 * math.pi * index / len(nodes) - math.pi / 2
        position[code] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle), angle)
    if focus:
        position[focus] = (centre, centre, 0.0)
        title = _("Exchanges of %(country)s with other countries") % {"country": names.country_name(focus, language)}
        description = _("%(country)s took part in exchanges with %(partners)d countries (shared events and case studies).") % {
            "country": names.country_name(focus, language),
            "partners": len(nodes),
        }
    else:
        title = _("South-South exchanges between countries")
        description = _("%(countries)d countries linked by %(links)d exchanges (shared events and case studies).") % {
            "countries": len(nodes),
            "links": len(links),
        }
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" '
        f'aria-labelledby="net-title net-desc" class="network{" network-focus" if focus else ""}">',
        f'<title id="net-title">{escape(title)}</title><desc id="net-desc">{escape(description)}</desc>',
        f'<g class="links" fill="none" stroke="{LINK_COLOUR}" stroke-opacity="0.35">',
    ]
    for (a, b), weight in sorted(links.items()):
        (x1, y1, _a1), (x2, y2, _a2) = position[a], position[b]
        curve = f"L{x2:.1f},{y2:.1f}" if focus else f"Q{centre:.1f},{centre:.1f} {x2:.1f},{y2:.1f}"
        parts.append(
            f'<path d="M{x1:.1f},{y1:.1f} {curve}" stroke-width="{min(1 + weight, 6)}">'
            f"<title>{escape(names.country_name(a, language))} – {escape(names.country_name(b, language))}: {weight}</title></path>"
        )
    parts.append('</g><g class="nodes">')
    for code in nodes:
        x, y, angle = position[code]
        label = names.country_name(code, language)
        r = 4 + min(degree[code], 16) / 2
        lx, ly = centre + (radius + r + 6) * math.cos(angle), centre + (radius + r + 6) * math.sin(angle)
        anchor = "middle" if abs(math.cos(angle)) < 0.2 else ("start" if math.cos(angle) > 0 else "end")
        if anchor == "middle":
            ly += (r + LABEL_SIZE * 0.6) * (1 if math.sin(angle) > 0 else -1)
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{LINK_COLOUR}"><title>{escape(label)}</title></circle>'
            + _text(lx, ly, label, anchor, LABEL_SIZE)
        )
    if focus:
        label = names.country_name(focus, language)
        parts.append(
            f'<circle class="focus" cx="{centre:.1f}" cy="{centre:.1f}" r="14" fill="{FOCUS_COLOUR}" stroke="#fff" stroke-width="3">'
            f"<title>{escape(label)}</title></circle>"
            + _text(centre, centre + 32, label, "middle", LABEL_SIZE + 2, weight="bold", colour=FOCUS_COLOUR)
        )
    parts.append("</g></svg>")
    return "".join(parts)


def needs_experience_matrix(countries_with_needs, case_studies, themes):
    """Rows for the matrix: [(iso2, [(theme_slug, needs: bool, case_count: int)])], countries sorted by code.

    `countries_with_needs` maps iso2 -> set of theme slugs it seeks support on.
    """
    experience = Counter((case.lead, theme) for case in case_studies for theme in case.themes)
    codes = sorted(set(countries_with_needs) | {case.lead for case in case_studies if case.lead})
    return [
        (code, [(theme, theme in countries_with_needs.get(code, set()), experience[(code, theme)]) for theme in themes]) for code in codes
    ]
