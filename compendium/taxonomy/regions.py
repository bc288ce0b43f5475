"""Regions used to group countries on the SPF South-South Exchange, read from vocabularies/regions.toml.

REGIONS is the display order: [(slug, English name)]; COUNTRY_REGIONS maps every ISO 3166-1
alpha-2 code known to django-countries (249 codes, territories included) to a region slug. How
the borders were drawn is said at the top of the file, and beside the territories that needed a
choice.
"""

from compendium.taxonomy.data import read

REGIONS = [(term["slug"], term["label"]) for term in read("regions")["term"]]

COUNTRY_REGIONS = dict(read("regions")["countries"])
