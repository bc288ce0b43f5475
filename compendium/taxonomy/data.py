"""The controlled vocabularies of DESIGN.md, in English. Codes and slugs are public: never change them.

Translations of the labels live in taxonomy_i18n.py; both are applied by taxonomy_sync.sync().
"""

# R202, Paragraph 3: (code, short label, full wording of the principle)
PRINCIPLES = [
    ("a", "Universality of protection", "Universality of protection, based on social solidarity"),
    ("b", "Entitlement prescribed by law", "Entitlement to benefits prescribed by national law"),
    ("c", "Adequacy and predictability", "Adequacy and predictability of benefits"),
    ("d", "Non-discrimination and gender equality", "Non-discrimination, gender equality and responsiveness to special needs"),
    ("e", "Social inclusion", "Social inclusion, including of persons in the informal economy"),
    ("f", "Rights and dignity", "Respect for the rights and dignity of people covered by the social security guarantees"),
    ("g", "Progressive realization", "Progressive realization, including by setting targets and time frames"),
    (
        "h",
        "Solidarity in financing",
        "Solidarity in financing while seeking to achieve an optimal balance between the responsibilities and interests among those who finance and benefit from social security schemes",
    ),
    (
        "i",
        "Diversity of methods and approaches",
        "Consideration of diversity of methods and approaches, including of financing mechanisms and delivery systems",
    ),
    ("j", "Sound financial management", "Transparent, accountable and sound financial management and administration"),
    ("k", "Sustainability", "Financial, fiscal and economic sustainability with due regard to social justice and equity"),
    ("l", "Coherence with other policies", "Coherence with social, economic and employment policies"),
    ("m", "Coherence across institutions", "Coherence across institutions responsible for delivery of social protection"),
    ("n", "High-quality public services", "High-quality public services that enhance the delivery of social security systems"),
    ("o", "Complaint and appeal procedures", "Efficiency and accessibility of complaint and appeal procedures"),
    ("p", "Monitoring and evaluation", "Regular monitoring of implementation, and periodic evaluation"),
    (
        "q",
        "Collective bargaining and freedom of association",
        "Full respect for collective bargaining and freedom of association for all workers",
    ),
    (
        "r",
        "Tripartite participation",
        "Tripartite participation with representative organizations of employers and workers, as well as consultation with other relevant and representative organizations of persons concerned",
    ),
]

# R202, Paragraph 5: (slug, label, description)
GUARANTEES = [
    ("health", "Essential health care", "Access to essential health care, including maternity care"),
    (
        "children",
        "Income security for children",
        "Basic income security for children, providing access to nutrition, education, care and other necessary goods and services",
    ),
    (
        "working-age",
        "Income security in active age",
        "Basic income security for persons in active age who are unable to earn sufficient income, in particular in cases of sickness, unemployment, maternity and disability",
    ),
    ("elderly", "Income security for older persons", "Basic income security for older persons"),
]

# The six chapters of the Good Practices Guide (the six sessions of the Siem Reap workshop)
THEMES = [
    (
        "coordination",
        "Coherent strategies and coordination",
        "Coherent social protection strategies and coordination mechanisms across ministries and levels of government",
    ),
    (
        "outreach",
        "Outreach and decentralised services",
        "Increasing outreach through decentralised social protection services and single window services",
    ),
    (
        "integrated-packages",
        "Integrated packages and graduation",
        "Supporting families to graduate out of poverty through integrated packages of services and transfers",
    ),
    ("employment", "Linking employment and social protection", "Linking employment and social protection for the active-age population"),
    (
        "economic-sectors",
        "Developing sectors of the economy",
        "Developing sectors of the economy through combined social protection and employment measures",
    ),
    ("mis", "Management information systems", "Transparency and traceability through management information systems"),
]

STAGES = [
    ("advocacy", "Advocacy", "Advocacy to the government and social partners on the SPF"),
    ("assessment", "Assessment and national dialogue", "Assessment exercises, costing and assessment-based national dialogue"),
    ("design", "Scheme design", "Design of schemes: benefit package, actuarial study, institutional arrangements, laws and regulations"),
    ("delivery", "Coordination and delivery", "Coordination and delivery mechanisms: outreach, case management, information systems"),
    ("awareness", "Education and awareness", "Explaining and educating: SPF branding, videos, radio, partnerships with universities"),
    ("knowledge-sharing", "Knowledge sharing", "Knowledge sharing, research and training"),
]

MODALITIES = [
    ("technical-support", "Direct technical support", "One institution advises another directly, e.g. NHSO Thailand to NSSF Cambodia"),
    ("study-tour", "Study tour", "A delegation visits a country to see a programme at work"),
    ("workshop", "Workshop", "A multi-country workshop where practitioners present their experience"),
    ("peer-review", "Peer review", "Practitioners from another country review a scheme or a draft law"),
    ("centre-of-excellence", "Centre of excellence", "A regional centre that trains and advises, e.g. on health financing"),
    ("triangular", "Triangular cooperation", "South-South cooperation supported by a partner such as the ILO, Japan, China or Luxembourg"),
    ("remote-advice", "Remote advice", "Advice by video calls and exchanges of documents"),
    ("expert-mission", "Expert mission", "An expert travels to the requesting country for a defined task"),
]

# Languages people work in (ISO 639-1), in the order forms list them.
LANGUAGES = [
    "en",
    "fr",
    "es",
    "pt",
    "zh",
    "km",
    "lo",
    "th",
    "vi",
    "id",
    "ms",
    "my",
    "fil",
    "tet",
    "mn",
    "ja",
    "ko",
    "hi",
    "bn",
    "ur",
    "ne",
    "si",
    "ta",
    "ar",
    "ru",
    "sw",
    "am",
    "zu",
    "af",
    "de",
]

# Working languages of the countries in the demo content and their neighbours.
COUNTRY_LANGUAGES = {
    "KH": ["km"],
    "LA": ["lo"],
    "TH": ["th"],
    "VN": ["vi"],
    "ID": ["id"],
    "MY": ["ms", "en"],
    "PH": ["fil", "en"],
    "MM": ["my"],
    "SG": ["en", "zh", "ms", "ta"],
    "BN": ["ms", "en"],
    "TL": ["tet", "pt"],
    "CN": ["zh"],
    "MN": ["mn"],
    "JP": ["ja"],
    "KR": ["ko"],
    "IN": ["hi", "en"],
    "PK": ["ur", "en"],
    "BD": ["bn"],
    "NP": ["ne"],
    "LK": ["si", "ta"],
    "ZA": ["en", "af", "zu"],
    "NA": ["en"],
    "ZM": ["en"],
    "BR": ["pt"],
    "AR": ["es"],
    "CL": ["es"],
    "CO": ["es"],
    "PY": ["es"],
    "MX": ["es"],
    "FR": ["fr"],
    "LU": ["fr", "de"],
    "AU": ["en"],
    "VU": ["en", "fr"],
    "SB": ["en"],
    "US": ["en"],
    "CH": ["fr", "de"],
    "MZ": ["pt"],
    "AO": ["pt"],
    "CV": ["pt"],
    "GW": ["pt"],
    "ST": ["pt"],
}
