"""The thesaurus of the field: the shipped file is valid, covers the taxonomy in the ten languages,
and carries the words and names that cross-language search relies on. No database needed."""

import copy
import re
import tomllib
import unicodedata

import pytest

from compendium.taxonomy import data as taxonomy
from compendium.taxonomy import i18n, thesaurus

SCRIPTS = {
    "zh-hans": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]"),
    "km": re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]"),
    "lo": re.compile(r"[\u0e80-\u0eff]"),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
}
TERMS = [
    (facet, code, label)
    for facet, rows in (
        ("principle", taxonomy.PRINCIPLES),
        ("guarantee", taxonomy.GUARANTEES),
        ("theme", taxonomy.THEMES),
        ("stage", taxonomy.STAGES),
    )
    for code, label, *_ in rows
]


def shipped():
    with open(thesaurus.PATH, "rb") as handle:
        return tomllib.load(handle)


def entry(data, concept_id):
    return next(item for item in data["concept"] if item["id"] == concept_id)


def ancestors(item):
    """The concept and every broader concept above it."""
    chain = [item]
    while chain[-1].broader:
        chain.append(thesaurus.concept(chain[-1].broader))
    return chain


def the_concept(label, language):
    found = thesaurus.concepts_for_label(label, language)
    assert len(found) == 1, f"{label!r} ({language}) is in {[item.id for item in found]}"
    return found[0]


def letters(label):
    return [char for char in label if unicodedata.category(char)[0] in "LM"]


# --- The file is valid, and the check can fail ---------------------------------------------------


def test_the_shipped_file_is_valid():
    assert thesaurus.validate() == []


def drop_thai(data):
    del entry(data, "health")["labels"]["th"]


def unknown_theme(data):
    entry(data, "health-insurance")["tags"] = ["theme:no-such-theme"]


def unknown_facet(data):
    entry(data, "health-insurance")["tags"] = ["colour:blue"]


def unknown_broader(data):
    entry(data, "health-insurance")["broader"] = "no-such-concept"


def broader_cycle(data):
    entry(data, "health")["broader"] = "health-insurance"


def duplicate_id(data):
    data["concept"].append(copy.deepcopy(entry(data, "health-insurance")))


def empty_label(data):
    entry(data, "health")["labels"]["fr"].append("  ")


def repeated_label(data):
    entry(data, "health")["labels"]["fr"].append("Santé")


def two_concepts_for_one_term(data):
    entry(data, "health-insurance")["tags"] = ["guarantee:health"]


def untagged_term(data):
    entry(data, "old-age")["tags"] = []


def bad_country_code(data):
    data["country"].append({"code": "XX", "names": ["Nowhere"]})


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (drop_thai, "concept 'health': no label in 'th'"),
        (unknown_theme, "tag 'theme:no-such-theme' is not a term"),
        (unknown_facet, "tag 'colour:blue' has unknown facet"),
        (unknown_broader, "unknown broader concept 'no-such-concept'"),
        (broader_cycle, "broader concepts form a cycle"),
        (duplicate_id, "concept 'health-insurance': duplicate id"),
        (empty_label, "empty label in 'fr'"),
        (repeated_label, "duplicate label 'Santé' in 'fr'"),
        (two_concepts_for_one_term, "term guarantee:health is tagged on several concepts"),
        (untagged_term, "term guarantee:elderly has no concept"),
        (bad_country_code, "country 'XX': code must be"),
    ],
)
def test_validate_reports_a_broken_copy(breakage, expected):
    data = shipped()
    breakage(data)
    problems = thesaurus.validate(data)
    assert any(expected in problem for problem in problems), problems


# --- Coverage of the taxonomy and of the ten languages ------------------------------------------


@pytest.mark.parametrize(("facet", "code", "english"), TERMS, ids=[f"{facet}:{code}" for facet, code, _ in TERMS])
def test_every_taxonomy_term_has_one_concept_with_the_catalogue_labels(facet, code, english):
    found = thesaurus.concepts_for_tag(facet, code)
    assert len(found) == 1, f"{facet}:{code} -> {[item.id for item in found]}"
    item = found[0]
    assert english in item.labels["en"]
    assert item.label("en") == english
    for language, (short, _description) in i18n.TRANSLATIONS[facet][code].items():
        assert unicodedata.normalize("NFC", short) in item.labels[language], (facet, code, language)


def test_the_four_facets_are_covered_in_full():
    tagged = {tag for item in thesaurus.concepts() for tag in item.tags}
    assert {(facet, code) for facet, code, _ in TERMS} <= tagged
    assert len(TERMS) == 18 + 4 + 6 + 6


def test_every_concept_has_labels_in_the_ten_languages():
    assert 60 <= len(thesaurus.concepts()) <= 110
    for item in thesaurus.concepts():
        assert set(item.labels) == set(thesaurus.LANGUAGES)
        for language in thesaurus.LANGUAGES:
            assert item.labels[language], (item.id, language)
            assert all(label.strip() == label and label for label in item.labels[language]), (item.id, language)


@pytest.mark.parametrize("language", sorted(SCRIPTS))
def test_labels_are_written_in_the_script_of_their_language(language):
    script = SCRIPTS[language]
    for item in thesaurus.concepts():
        for label in item.labels[language]:
            chars = letters(label)
            assert chars and all(script.match(char) for char in chars), (item.id, label)


def test_vietnamese_labels_are_latin_letters_with_diacritics():
    for item in thesaurus.concepts():
        for label in item.labels["vi"]:
            chars = letters(label)
            assert chars and all(unicodedata.name(char).startswith("LATIN") for char in chars), (item.id, label)


# --- The API -----------------------------------------------------------------------------------


def test_concept_lookup_and_fallback_to_english():
    item = thesaurus.concept("health-insurance")
    assert item.label("en") == "health insurance"
    assert item.label("zh-hans") == "医疗保险"
    assert item.label("xx") == "health insurance"
    assert item.broader == "health"
    assert thesaurus.concept("old-age").label("fr") == i18n.TRANSLATIONS["guarantee"]["elderly"]["fr"][0]
    with pytest.raises(KeyError):
        thesaurus.concept("no-such-concept")


def test_concepts_are_loaded_once_per_process():
    assert thesaurus.concepts() is thesaurus.concepts()


def test_narrower_concepts_follow_broader_links_down():
    below = {item.id for item in thesaurus.narrower("health")}
    assert {"health-insurance", "universal-health-coverage", "maternal-health"} <= below
    assert "old-age-pension" not in below
    assert "social-pension" in {item.id for item in thesaurus.narrower("old-age")}


def test_labels_match_across_spelling_variants():
    # COENG TA written for COENG DA (ផ្តល់ / ផ្ដល់), another case, extra spaces
    assert the_concept("ការផ្តល់សេវា", "km").id == "delivery"
    assert the_concept("  Health   INSURANCE ", "en").id == "health-insurance"


# --- What cross-language search relies on -----------------------------------------------------


def test_health_words_in_other_languages_are_health_concepts():
    for label, language in (("santé", "fr"), ("医疗保险", "zh-hans"), ("ປະກັນສຸຂະພາບ", "lo"), ("bảo hiểm y tế", "vi")):
        item = the_concept(label, language)
        assert ("guarantee", "health") in {tag for above in ancestors(item) for tag in above.tags}, (label, item.id)


def test_older_persons_words_are_one_concept_tagged_with_the_old_age_guarantee():
    item = the_concept("elderly", "en")
    assert the_concept("older persons", "en") is item
    assert the_concept("old age", "en") is item
    assert ("guarantee", "elderly") in item.tags
    assert the_concept("aged care", "en").broader == item.id
    assert the_concept("pension", "en").broader == item.id
    assert the_concept("ຜູ້ສູງອາຍຸ", "lo") is item
    assert the_concept("personas mayores", "es") is item


@pytest.mark.parametrize(
    ("label", "language", "concept_id"),
    [
        ("assurance chômage", "fr", "unemployment-insurance"),
        ("ធានារ៉ាប់រងភាពអត់ការងារធ្វើ", "km", "unemployment-insurance"),
        ("ID card", "en", "identification"),
        ("focalización", "es", "targeting"),
        ("empleo juvenil", "es", "youth-employment"),
        ("pekerjaan umum", "id", "public-works"),
        ("การดูแลระยะยาว", "th", "long-term-care"),
        ("one-stop shop", "en", "single-window"),
        ("guichet unique", "fr", "single-window"),
    ],
)
def test_everyday_words_reach_their_concept(label, language, concept_id):
    assert the_concept(label, language).id == concept_id


def test_country_names_have_the_usual_variants_and_the_names_in_other_languages():
    names = thesaurus.country_names()
    assert {"Laos", "Lao PDR", "Lao People's Democratic Republic", "ສປປ ລາວ", "老挝", "Lào"} <= set(names["LA"])
    assert {"Vietnam", "Viet Nam", "Việt Nam"} <= set(names["VN"])
    assert {"柬埔寨", "Cambodge", "Camboya", "កម្ពុជា"} <= set(names["KH"])
    assert {"Tailandia", "ไทย"} <= set(names["TH"])
    assert {"South Korea", "Republic of Korea"} <= set(names["KR"])
    assert {"Myanmar", "Burma"} <= set(names["MM"])
    assert {"Timor-Leste", "East Timor"} <= set(names["TL"])
    assert {"Türkiye", "Turkey"} <= set(names["TR"])
    assert "NP" in names  # a country without variants in the file still has its ten names
    for code, variants in names.items():
        assert len({name.casefold() for name in variants}) == len(variants), code
        assert not any("\u200b" in name for name in variants), code


def test_country_variants_are_the_files_names_only():
    variants = thesaurus.country_variants()
    assert {"Laos", "Lao PDR", "ສປປ ລາວ"} <= set(variants["LA"])
    assert "Camboya" not in variants["KH"]  # ICU's Spanish name: in country_names(), not here
    assert "NP" in variants and "FJ" not in variants
    assert all(set(names) <= set(thesaurus.country_names()[code]) for code, names in variants.items())
