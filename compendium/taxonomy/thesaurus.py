"""The multilingual thesaurus of the social-protection field (thesaurus.toml), for search.

A concept has labels in the ten site languages; a concept that stands for a taxonomy term also
gets the catalogue's own label of that term (compendium.taxonomy.data in English,
compendium.taxonomy.i18n in the other nine), put first, so the file holds only the other words
people use. Countries get the file's variants plus their name in each language from
compendium.taxonomy.names (django-countries and ICU).

Pure functions over the file and the catalogue: no database. country_names() needs Django's
settings configured (django-countries reads them); the rest needs nothing.
"""

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from compendium.taxonomy import data as taxonomy
from compendium.taxonomy import i18n, regions
from compendium.taxonomy.names import country_name

__all__ = [
    "FACETS",
    "LANGUAGES",
    "PATH",
    "Concept",
    "catalogue_labels",
    "concept",
    "concepts",
    "concepts_for_label",
    "concepts_for_tag",
    "country_names",
    "country_variants",
    "narrower",
    "normalize",
    "validate",
]

PATH = Path(__file__).with_name("thesaurus.toml")
LANGUAGES = ("en", "fr", "es", "pt", "zh-hans", "km", "lo", "th", "vi", "id")
FACETS = ("principle", "guarantee", "theme", "stage")
CONCEPT_KEYS = {"id", "tags", "broader", "labels"}
COUNTRY_KEYS = {"code", "names"}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# Spellings that differ in writing but not in meaning, beyond what NFKC folds (it already maps
# the Lao ligatures ໜ ໝ to ຫນ ຫມ): zero-width marks, the two Khmer subscripts that look alike
# (COENG DA and COENG TA: ផ្ដល់ / ផ្តល់), and Lao ຫຼ written with a subscript or a full LO (ຫລ).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_FOLDS = (("\u17d2\u178a", "\u17d2\u178f"), ("\u0eab\u0ebc", "\u0eab\u0ea5"))


@dataclass(frozen=True)
class Concept:
    """One idea of the field with its labels in the ten languages."""

    id: str
    tags: tuple  # ((facet, code), ...)
    labels: dict  # language -> tuple of labels, preferred first
    broader: str | None = None

    def __hash__(self):
        return hash(self.id)

    def label(self, language):
        """The preferred label in `language`, else in English."""
        return (self.labels.get((language or "").lower()) or self.labels["en"])[0]

    def all_labels(self):
        """Every label in every language, each once."""
        return tuple(_unique(label for labels in self.labels.values() for label in labels))


def normalize(text):
    """The form in which labels and queries are compared: NFKC, case-folded, spacing collapsed,
    zero-width marks removed, Khmer and Lao spelling variants folded."""
    text = unicodedata.normalize("NFKC", text or "").translate(_INVISIBLE)
    for variant, canonical in _FOLDS:
        text = text.replace(variant, canonical)
    return " ".join(text.casefold().split())


def _same(text):
    """The key under which two labels are the same label: NFC, case-folded, spacing collapsed.
    Spelling variants (see normalize) stay distinct: search may need each as written."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _unique(labels):
    """Labels in order, trimmed, NFC, without blanks or repeats."""
    seen, kept = set(), []
    for label in labels:
        label = unicodedata.normalize("NFC", label).strip()
        key = _same(label)
        if key and key not in seen:
            seen.add(key)
            kept.append(label)
    return kept


def _read(path=PATH):
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def catalogue_labels():
    """{(facet, code): {language: short label}} for every principle, guarantee, theme and stage."""
    terms = {"principle": taxonomy.PRINCIPLES, "guarantee": taxonomy.GUARANTEES, "theme": taxonomy.THEMES, "stage": taxonomy.STAGES}
    labels = {}
    for facet, rows in terms.items():
        translations = i18n.TRANSLATIONS.get(facet, {})
        for code, label, *_ in rows:
            labels[facet, code] = {"en": label} | {
                language: texts[0] for language, texts in translations.get(code, {}).items() if texts and texts[0]
            }
    return labels


def _parse_tag(tag):
    facet, _, code = str(tag).partition(":")
    return facet, code


@functools.cache
def concepts():
    """Every concept of the file, with the catalogue's labels merged in (loaded once per process)."""
    catalogue = catalogue_labels()
    built = []
    for entry in _read().get("concept", []):
        tags = tuple(_parse_tag(tag) for tag in entry.get("tags", []))
        own = entry.get("labels", {})
        labels = {}
        for language in LANGUAGES:
            merged = [catalogue.get(tag, {}).get(language, "") for tag in tags] + list(own.get(language, []))
            labels[language] = tuple(_unique(merged))
        if not labels["en"]:
            labels["en"] = (entry["id"],)
        built.append(Concept(id=entry["id"], tags=tags, labels=labels, broader=entry.get("broader")))
    return tuple(built)


@functools.cache
def _by_id():
    return {item.id: item for item in concepts()}


def concept(concept_id):
    """The concept with this id; KeyError if there is none."""
    return _by_id()[concept_id]


def concepts_for_tag(facet, code):
    """The concepts that stand for taxonomy term `facet`:`code` (one in the shipped file)."""
    return tuple(item for item in concepts() if (facet, code) in item.tags)


@functools.cache
def _by_label():
    index = {}
    for item in concepts():
        for language, labels in item.labels.items():
            for label in labels:
                index.setdefault(normalize(label), []).append((language, item))
    return index


def concepts_for_label(text, language=None):
    """The concepts having `text` as a label (compared in normal form), in `language` if given."""
    found = [item for lang, item in _by_label().get(normalize(text), []) if language in (None, lang)]
    return tuple({item.id: item for item in found}.values())


def narrower(concept_id):
    """The concepts whose broader concept is `concept_id`, directly or not."""
    children = {}
    for item in concepts():
        if item.broader:
            children.setdefault(item.broader, []).append(item)
    found, todo = [], list(children.get(concept_id, []))
    while todo:
        item = todo.pop(0)
        if item not in found:
            found.append(item)
            todo.extend(children.get(item.id, []))
    return tuple(found)


@functools.cache
def country_variants():
    """{ISO2: names}: only the file's names (other names and variants), for the countries it lists.
    Unlike the official names in country_names(), these are safe to look for in a query of any
    language ("Laos", "Burma", "ສປປ ລາວ")."""
    return {entry["code"].upper(): tuple(_unique(entry.get("names", []))) for entry in _read().get("country", [])}


@functools.cache
def country_names():
    """{ISO2: every name}: the file's names, then the name in each of the ten languages from
    compendium.taxonomy.names.country_name (ICU); repeats removed, original case kept. Covers every
    country the taxonomy knows. Needs Django's settings configured (django-countries)."""
    own = country_variants()
    names = {}
    for code in sorted(set(regions.COUNTRY_REGIONS) | set(own)):
        official = [country_name(code, language) for language in LANGUAGES]
        # ICU writes some names with zero-width spaces between words (Khmer): people type them without
        names[code] = tuple(_unique(name.translate(_INVISIBLE) for name in [*own.get(code, []), *official]))
    return names


def validate(data=None):
    """Problems found in the thesaurus (the shipped file, or `data` as parsed from TOML); [] when valid."""
    data = _read() if data is None else data
    problems = [f"unknown top-level key {key!r}" for key in data if key not in ("concept", "country")]
    problems += _validate_concepts(data.get("concept", []))
    problems += _validate_countries(data.get("country", []))
    return problems


def _validate_concepts(entries):
    catalogue = catalogue_labels()
    problems, ids, tagged = [], {}, {}
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            problems.append(f"concept #{number}: not a table")
            continue
        name = entry.get("id")
        where = f"concept {name!r}" if name else f"concept #{number}"
        if not isinstance(name, str) or not SLUG.fullmatch(name):
            problems.append(f"{where}: id must be a slug (lower-case letters, digits, hyphens)")
        elif name in ids:
            problems.append(f"{where}: duplicate id")
        else:
            ids[name] = entry
        problems += [f"{where}: unknown key {key!r}" for key in entry if key not in CONCEPT_KEYS]
        tags = entry.get("tags", [])
        if not isinstance(tags, list):
            problems.append(f"{where}: tags must be a list")
            tags = []
        for tag in tags:
            facet, code = _parse_tag(tag)
            if facet not in FACETS:
                problems.append(f"{where}: tag {tag!r} has unknown facet (expected one of {', '.join(FACETS)})")
            elif (facet, code) not in catalogue:
                problems.append(f"{where}: tag {tag!r} is not a term of compendium/taxonomy/data.py")
            else:
                tagged.setdefault((facet, code), []).append(name)
        problems += _validate_labels(where, entry.get("labels"))
    for entry in ids.values():
        problems += _validate_broader(entry, ids)
    for (facet, code), names in sorted(tagged.items()):
        if len(names) > 1:
            problems.append(f"term {facet}:{code} is tagged on several concepts: {', '.join(map(str, names))}")
    problems += [f"term {facet}:{code} has no concept" for facet, code in catalogue if (facet, code) not in tagged]
    return problems


def _validate_labels(where, labels):
    if not isinstance(labels, dict):
        return [f"{where}: no [concept.labels] table"]
    problems = [f"{where}: unknown language {key!r}" for key in labels if key not in LANGUAGES]
    for language in LANGUAGES:
        values = labels.get(language)
        if not values:
            problems.append(f"{where}: no label in {language!r}")
            continue
        if not isinstance(values, list):
            problems.append(f"{where}: labels in {language!r} must be a list")
            continue
        seen = set()
        for value in values:
            if not isinstance(value, str) or not _same(value):
                problems.append(f"{where}: empty label in {language!r}")
                continue
            if _same(value) in seen:
                problems.append(f"{where}: duplicate label {value!r} in {language!r}")
            seen.add(_same(value))
    return problems


def _validate_broader(entry, ids):
    broader = entry.get("broader")
    if broader is None:
        return []
    where = f"concept {entry['id']!r}"
    if broader not in ids:
        return [f"{where}: unknown broader concept {broader!r}"]
    chain, current = [entry["id"]], broader
    while current is not None:
        if current in chain:
            return [f"{where}: broader concepts form a cycle ({' -> '.join([*chain, current])})"]
        chain.append(current)
        current = ids.get(current, {}).get("broader")
    return []


def _validate_countries(entries):
    problems, codes = [], set()
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            problems.append(f"country #{number}: not a table")
            continue
        code = entry.get("code")
        where = f"country {code!r}" if code else f"country #{number}"
        if not isinstance(code, str) or code not in regions.COUNTRY_REGIONS:
            problems.append(f"{where}: code must be an upper-case ISO 3166-1 alpha-2 code")
        elif code in codes:
            problems.append(f"{where}: duplicate code")
        codes.add(code)
        problems += [f"{where}: unknown key {key!r}" for key in entry if key not in COUNTRY_KEYS]
        names = entry.get("names")
        if not names or not isinstance(names, list):
            problems.append(f"{where}: names must be a non-empty list")
            continue
        seen = set()
        for name in names:
            if not isinstance(name, str) or not _same(name):
                problems.append(f"{where}: empty name")
            elif _same(name) in seen:
                problems.append(f"{where}: duplicate name {name!r}")
            else:
                seen.add(_same(name))
    return problems
