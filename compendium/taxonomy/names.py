"""Country and language names in the reader's language.

English names come from django-countries; every other language from CLDR through ICU, which
knows Khmer, Lao and Thai names that django-countries' catalogues lack.
"""

import functools

import icu
from django.utils import translation
from django_countries import countries


def icu_locale(language_code):
    """Django language code -> ICU locale id ('zh-hans' -> 'zh_Hans')."""
    lang, _, script = (language_code or "en").partition("-")
    return f"{lang}_{script.title()}" if script else lang


@functools.lru_cache(maxsize=8192)
def country_name(code, language_code="en"):
    """The name of country `code` (ISO alpha-2) in `language_code`, never empty."""
    code = (code or "").upper()
    with translation.override("en"):  # django-countries answers in the active language; cached here
        english = str(countries.name(code) or code)
    if not language_code or language_code.startswith("en"):
        return english
    name = icu.Locale("", code).getDisplayCountry(icu.Locale(icu_locale(language_code)))
    return name if name and name != code else english


@functools.lru_cache(maxsize=2048)
def language_name(code, language_code="en"):
    """The name of language `code` in `language_code` (e.g. 'km' in 'lo' -> 'ຂະເໝນ')."""
    name = icu.Locale(icu_locale(code)).getDisplayLanguage(icu.Locale(icu_locale(language_code or "en")))
    return name or code


@functools.lru_cache(maxsize=64)
def native_language_name(code):
    """A language's name in itself, for the language switcher."""
    return language_name(code, code)


@functools.lru_cache(maxsize=64)
def _collator(language_code):
    return icu.Collator.createInstance(icu.Locale(icu_locale(language_code)))


def sort_key(language_code):
    """A key for sorted() that orders names as a reader of `language_code` expects (CLDR
    collation: "Brésil" before "Brunei", accents and case where that language puts them)."""
    return _collator(language_code or "en").getSortKey


@functools.lru_cache(maxsize=64)
def _date_format(language_code):
    return icu.DateFormat.createDateInstance(icu.DateFormat.LONG, icu.Locale(icu_locale(language_code)))


@functools.lru_cache(maxsize=64)
def _number_format(language_code):
    return icu.NumberFormat.createInstance(icu.Locale(icu_locale(language_code)))


def format_date(value, language_code):
    """A date written the reader's way, with CLDR month names (e.g. Lao, Khmer, Thai)."""
    if value is None:
        return ""
    import datetime

    moment = datetime.datetime(value.year, value.month, value.day, 12, tzinfo=datetime.UTC)
    return _date_format(language_code or "en").format(moment.timestamp())  # PyICU takes seconds


def format_number(value, language_code):
    """A number with the reader's decimal and grouping separators (12.4 -> 12,4 in French)."""
    if value is None or value == "":
        return ""
    return _number_format(language_code or "en").format(float(value))
