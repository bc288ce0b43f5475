"""Regions used to group countries on the SPF South-South Exchange.

REGIONS is the display order; COUNTRY_REGIONS maps every ISO 3166-1 alpha-2
code known to django-countries (249 codes, territories included) to a region slug.
ASEAN = the ten ASEAN member states plus Timor-Leste; Iran follows the ILO
Asia-Pacific grouping (South Asia); the Arab States cover the Middle East and the
Gulf; Africa includes North Africa. Uninhabited or sub-antarctic territories are
attached to the nearest sensible region (see the comments).
"""

REGIONS = [
    ("asean", "ASEAN"),
    ("east-asia", "East Asia"),
    ("south-asia", "South Asia"),
    ("central-asia", "Central Asia"),
    ("pacific", "Pacific"),
    ("arab-states", "Arab States"),
    ("africa", "Africa"),
    ("europe", "Europe"),
    ("latin-america", "Latin America and the Caribbean"),
    ("north-america", "North America"),
]

COUNTRY_REGIONS = {
    "AD": "europe", "AE": "arab-states", "AF": "south-asia", "AG": "latin-america", "AI": "latin-america", "AL": "europe",
    "AM": "central-asia",  # South Caucasus grouped with Central Asia
    "AO": "africa",
    "AQ": "pacific",  # Antarctica: no region of its own; attached to the Pacific
    "AR": "latin-america", "AS": "pacific", "AT": "europe", "AU": "pacific", "AW": "latin-america", "AX": "europe",
    "AZ": "central-asia",  # South Caucasus grouped with Central Asia
    "BA": "europe", "BB": "latin-america", "BD": "south-asia", "BE": "europe", "BF": "africa", "BG": "europe",
    "BH": "arab-states", "BI": "africa", "BJ": "africa", "BL": "latin-america", "BM": "north-america", "BN": "asean",
    "BO": "latin-america", "BQ": "latin-america", "BR": "latin-america", "BS": "latin-america", "BT": "south-asia",
    "BV": "africa",  # Bouvet Island (South Atlantic, Norwegian): nearest is southern Africa
    "BW": "africa", "BY": "europe", "BZ": "latin-america",
    "CA": "north-america",
    "CC": "pacific",  # Cocos (Keeling) Islands, Australian territory
    "CD": "africa", "CF": "africa", "CG": "africa", "CH": "europe", "CI": "africa", "CK": "pacific",
    "CL": "latin-america", "CM": "africa", "CN": "east-asia", "CO": "latin-america", "CR": "latin-america", "CU": "latin-america",
    "CV": "africa", "CW": "latin-america",
    "CX": "pacific",  # Christmas Island, Australian territory
    "CY": "europe", "CZ": "europe",
    "DE": "europe", "DJ": "africa", "DK": "europe", "DM": "latin-america", "DO": "latin-america", "DZ": "africa",
    "EC": "latin-america", "EE": "europe", "EG": "africa", "EH": "africa", "ER": "africa", "ES": "europe",
    "ET": "africa",
    "FI": "europe", "FJ": "pacific", "FK": "latin-america", "FM": "pacific", "FO": "europe", "FR": "europe",
    "GA": "africa", "GB": "europe", "GD": "latin-america",
    "GE": "central-asia",  # South Caucasus grouped with Central Asia
    "GF": "latin-america", "GG": "europe", "GH": "africa", "GI": "europe",
    "GL": "north-america",  # Greenland: geographically North America
    "GM": "africa", "GN": "africa", "GP": "latin-america", "GQ": "africa", "GR": "europe",
    "GS": "latin-america",  # South Georgia and the South Sandwich Islands: nearest is South America
    "GT": "latin-america", "GU": "pacific", "GW": "africa", "GY": "latin-america",
    "HK": "east-asia",
    "HM": "pacific",  # Heard and McDonald Islands: Australian sub-antarctic territory
    "HN": "latin-america", "HR": "europe", "HT": "latin-america", "HU": "europe",
    "ID": "asean", "IE": "europe",
    "IL": "europe",  # Israel: ILO Europe and Central Asia region
    "IM": "europe", "IN": "south-asia",
    "IO": "south-asia",  # British Indian Ocean Territory (Chagos): nearest is South Asia (Maldives)
    "IQ": "arab-states",
    "IR": "south-asia",  # Iran: ILO Asia and the Pacific, grouped with South Asia
    "IS": "europe", "IT": "europe",
    "JE": "europe", "JM": "latin-america", "JO": "arab-states", "JP": "east-asia",
    "KE": "africa", "KG": "central-asia", "KH": "asean", "KI": "pacific", "KM": "africa", "KN": "latin-america",
    "KP": "east-asia", "KR": "east-asia", "KW": "arab-states", "KY": "latin-america", "KZ": "central-asia",
    "LA": "asean", "LB": "arab-states", "LC": "latin-america", "LI": "europe", "LK": "south-asia", "LR": "africa",
    "LS": "africa", "LT": "europe", "LU": "europe", "LV": "europe", "LY": "africa",
    "MA": "africa", "MC": "europe", "MD": "europe", "ME": "europe", "MF": "latin-america", "MG": "africa",
    "MH": "pacific", "MK": "europe", "ML": "africa", "MM": "asean", "MN": "east-asia", "MO": "east-asia",
    "MP": "pacific", "MQ": "latin-america", "MR": "africa", "MS": "latin-america", "MT": "europe", "MU": "africa",
    "MV": "south-asia", "MW": "africa", "MX": "latin-america", "MY": "asean", "MZ": "africa",
    "NA": "africa", "NC": "pacific", "NE": "africa", "NF": "pacific", "NG": "africa", "NI": "latin-america",
    "NL": "europe", "NO": "europe", "NP": "south-asia", "NR": "pacific", "NU": "pacific", "NZ": "pacific",
    "OM": "arab-states",
    "PA": "latin-america", "PE": "latin-america", "PF": "pacific", "PG": "pacific", "PH": "asean", "PK": "south-asia",
    "PL": "europe", "PM": "north-america", "PN": "pacific", "PR": "latin-america", "PS": "arab-states", "PT": "europe",
    "PW": "pacific", "PY": "latin-america",
    "QA": "arab-states",
    "RE": "africa", "RO": "europe", "RS": "europe", "RU": "europe", "RW": "africa",
    "SA": "arab-states", "SB": "pacific", "SC": "africa", "SD": "africa", "SE": "europe", "SG": "asean",
    "SH": "africa",  # Saint Helena, Ascension and Tristan da Cunha: South Atlantic, nearest is Africa
    "SI": "europe", "SJ": "europe", "SK": "europe", "SL": "africa", "SM": "europe", "SN": "africa",
    "SO": "africa", "SR": "latin-america", "SS": "africa", "ST": "africa", "SV": "latin-america", "SX": "latin-america",
    "SY": "arab-states", "SZ": "africa",
    "TC": "latin-america", "TD": "africa",
    "TF": "africa",  # French Southern Territories: southern Indian Ocean, nearest is Africa
    "TG": "africa", "TH": "asean", "TJ": "central-asia", "TK": "pacific",
    "TL": "asean",  # Timor-Leste: grouped with ASEAN
    "TM": "central-asia", "TN": "africa", "TO": "pacific", "TR": "europe", "TT": "latin-america", "TV": "pacific",
    "TW": "east-asia", "TZ": "africa",
    "UA": "europe", "UG": "africa",
    "UM": "pacific",  # US Minor Outlying Islands: mostly in the Pacific
    "US": "north-america", "UY": "latin-america", "UZ": "central-asia",
    "VA": "europe", "VC": "latin-america", "VE": "latin-america", "VG": "latin-america", "VI": "latin-america", "VN": "asean",
    "VU": "pacific",
    "WF": "pacific", "WS": "pacific",
    "YE": "arab-states", "YT": "africa",
    "ZA": "africa", "ZM": "africa", "ZW": "africa",
}
