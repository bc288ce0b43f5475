"""Every vocabulary file parses, names each term once, and translates only into languages of the site.

Read straight from compendium/taxonomy/vocabularies/*.toml, so that a broken file fails with its
own name rather than as an import error somewhere else.
"""

import re
import tomllib

import pytest
from django.conf import settings
from django_countries import countries as iso_countries

from compendium.taxonomy.data import VOCABULARIES

TRANSLATED = set(settings.LANGUAGE_CODES) - {"en"}

# file: (the key that names a term, the keys of a term, the keys of a translation)
TERMS = {
    "principles": ("code", {"code", "label", "description"}, {"label", "description"}),
    "guarantees": ("slug", {"slug", "label", "description"}, {"label", "description"}),
    "themes": ("slug", {"slug", "label", "description"}, {"label", "description"}),
    "stages": ("slug", {"slug", "label", "description"}, {"label", "description"}),
    "modalities": ("slug", {"slug", "label", "description"}, {"label", "description"}),
    "regions": ("slug", {"slug", "label"}, {"label"}),
}


def load(name):
    path = VOCABULARIES / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        pytest.fail(f"{path.name} does not parse: {exc}")


def test_every_file_is_known():
    assert {path.stem for path in VOCABULARIES.glob("*.toml")} == set(TERMS) | {"languages"}


@pytest.mark.parametrize("name", sorted(TERMS))
def test_terms_have_their_fields_and_translations_in_languages_of_the_site(name):
    identifier, fields, translated_fields = TERMS[name]
    problems = []
    seen = []
    for position, term in enumerate(load(name).get("term", []), start=1):
        where = f"term {position} ({term.get(identifier, '?')})"
        seen.append(term.get(identifier))
        if missing := sorted(fields - set(term)):
            problems.append(f"{where}: missing {missing}")
        if unknown := sorted(set(term) - fields - {"translations"}):
            problems.append(f"{where}: unknown {unknown} (a typo?)")
        if not all(isinstance(term.get(key), str) and term.get(key) for key in fields):
            problems.append(f"{where}: {sorted(fields)} are non-empty strings")
        for language, values in term.get("translations", {}).items():
            if language not in TRANSLATED:
                problems.append(f"{where}: translation language {language!r} is not one of {sorted(TRANSLATED)}")
            if set(values) != translated_fields:
                problems.append(f"{where} translations.{language}: give exactly {sorted(translated_fields)}")
    if not seen:
        problems.append("no [[term]] at all")
    if duplicates := sorted({key for key in seen if seen.count(key) > 1}):
        problems.append(f"{identifier}s used twice: {duplicates}")
    assert not problems, f"{name}.toml:\n  " + "\n  ".join(problems)


def test_every_country_has_a_known_region():
    regions = load("regions")
    slugs = {term["slug"] for term in regions["term"]}
    wrong = {code: region for code, region in regions["countries"].items() if region not in slugs}
    assert not wrong, f"regions.toml [countries]: regions that are not terms of the file: {wrong}"
    # sync.sync() creates every country django-countries knows, each with its region.
    missing = sorted(code for code, _name in iso_countries if code not in regions["countries"])
    assert not missing, f"regions.toml [countries]: no region for {missing}"


def test_languages_and_the_working_languages_of_countries():
    languages = load("languages")
    codes = languages["codes"]
    assert len(codes) == len(set(codes)), f"languages.toml: codes listed twice: {sorted({c for c in codes if codes.count(c) > 1})}"
    assert all(re.fullmatch(r"[a-z]{2,3}", code) for code in codes), "languages.toml: codes are ISO 639 (two or three letters)"
    for country, spoken in languages["countries"].items():
        assert re.fullmatch(r"[A-Z]{2}", country), f"languages.toml [countries]: {country!r} is not an ISO 3166-1 alpha-2 code"
        assert set(spoken) <= set(codes), f"languages.toml [countries] {country}: {sorted(set(spoken) - set(codes))} not in codes"
