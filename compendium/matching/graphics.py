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


def network_svg(links, countries, language, size=760):
    """An SVG string of the network; `countries` maps iso2 -> CountryRecord (for regions)."""
    nodes = sorted(
        {code for pair in links for code in pair}, key=lambda code: (countries.get(code).region if code in countries else "", code)
    )
    if not nodes:
        return ""
    centre, radius = size / 2, size / 2 - 120
    degree = Counter()
    for (a, b), weight in links.items():
        degree[a] += weight
        degree[b] += weight
    position = {}
    for index, code in enumerate(nodes):
        angle = 2 * math.pi * index / len(nodes) - math.pi / 2
        position[code] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle), angle)
    title = _("South-South exchanges between countries")
    description = _("%(countries)d countries linked by %(links)d exchanges (shared events and case studies).") % {
        "countries": len(nodes),
        "links": len(links),
    }
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" '
        'aria-labelledby="net-title net-desc" class="network">',
        f'<title id="net-title">{escape(title)}</title><desc id="net-desc">{escape(description)}</desc>',
        '<g class="links" fill="none" stroke="#0b5c8c" stroke-opacity="0.35">',
    ]
    for (a, b), weight in sorted(links.items()):
        (x1, y1, _a1), (x2, y2, _a2) = position[a], position[b]
        parts.append(
            f'<path d="M{x1:.1f},{y1:.1f} Q{centre:.1f},{centre:.1f} {x2:.1f},{y2:.1f}" stroke-width="{min(1 + weight, 6)}">'
            f"<title>{escape(names.country_name(a, language))} – {escape(names.country_name(b, language))}: {weight}</title></path>"
        )
    parts.append('</g><g class="nodes">')
    for code in nodes:
        x, y, angle = position[code]
        label = names.country_name(code, language)
        r = 4 + min(degree[code], 16) / 2
        lx, ly = centre + (radius + 14) * math.cos(angle), centre + (radius + 14) * math.sin(angle)
        anchor = "start" if math.cos(angle) >= 0 else "end"
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#0b5c8c"><title>{escape(label)}</title></circle>'
            f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="12" text-anchor="{anchor}" dominant-baseline="middle" fill="#1d2733">'
            f"{escape(label)}</text>"
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
