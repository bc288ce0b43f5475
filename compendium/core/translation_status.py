"""Which reader-facing texts of a page are written in a language, and which fall back to English.

One plain function family, used by the page templates (the notice at the top, `lang="en"` on
English passages), the read API (`translated_fields`) and the admin (completeness per field and
language). A page counts as *available* in a language only when every reader-facing text it has in
English is also written in that language: its own translated fields (modeltranslation) and those
of its inline children (a case study's principle explanations and figure labels, an event's
sessions, a country's needs). Fields that are empty in English and in the language are ignored:
there is nothing to translate.
"""

import functools
from dataclasses import dataclass, field

import icu
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from compendium.taxonomy import names

FALLBACK = settings.LANGUAGE_CODE  # modeltranslation falls back to English (settings.MODELTRANSLATION_FALLBACK_LANGUAGES)

# Translated columns that readers do not read as text of the page: the URL and the SEO metadata.
NOT_READER_TEXT = frozenset({"slug", "url_path", "seo_title", "search_description"})
# Per model: translated fields that are proper names, not text (an expert's name is not translated).
NAMES = {"experts.expertpage": frozenset({"title"})}

# How a reader calls each part of a page; a field not listed here uses its verbose name.
LABELS = {
    "title": _("title"),
    "tagline": _("tagline"),
    "intro": _("introduction"),
    "summary": _("summary"),
    "body": _("full text"),
    "lessons": _("lessons learned"),
    "programme_name": _("programme name"),
    "institutions": _("institutions"),
    "background": _("background note"),
    "role": _("role"),
    "organisation": _("organisation"),
    "bio": _("biography"),
    "place": _("place"),
    "organisers": _("organisers"),
    "partners": _("partners"),
    "outcomes": _("outcomes"),
    "principle_links.explanation": _("how it serves the principles"),
    "figures.label": _("coverage figure labels"),
    "sessions.title": _("session titles"),
    "sessions.summary": _("session summaries"),
    "sessions.presentations": _("presentations"),
    "needs.title": _("stated needs"),
    "needs.text": _("details of the needs"),
}


def translated_field_names(model):
    """The reader-facing fields of `model` that are translated per language (empty if none)."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    skip = NOT_READER_TEXT | NAMES.get(model._meta.label_lower, frozenset())
    translated = set(options.get_field_names()) - skip
    # In the model's own order (the page's title first), so notices and tables read top to bottom.
    return [f.name for f in model._meta.get_fields() if f.name in translated]


def value_in(obj, name, language):
    """The text of field `name` of `obj` written in `language` (no fallback), or None."""
    return getattr(obj, build_localized_fieldname(name, language), None)


def is_filled(value):
    """True when a stored value has text a reader would see (rich text, a stream, or a string)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(strip_tags(value).strip())
    if hasattr(value, "source"):  # wagtail RichText
        return is_filled(value.source)
    try:
        return len(value) > 0  # StreamValue and lists
    except TypeError:
        return bool(value)


def is_fallback(obj, name, language):
    """True when `obj.name` is shown in English to a reader of `language` (its own text is empty)."""
    if not language or language == FALLBACK or obj is None:
        return False
    return not is_filled(value_in(obj, name, language)) and is_filled(value_in(obj, name, FALLBACK))


@dataclass(frozen=True)
class Part:
    """One reader-facing part of a page: a field of the page, or a field of all its inline children."""

    key: str
    label: object
    objects: tuple

    def written_in(self, language):
        """None when the part has no text at all; otherwise whether every text of it exists in `language`."""
        name = self.key.rpartition(".")[2]
        relevant = [obj for obj in self.objects if is_filled(value_in(obj, name, FALLBACK))]
        if not relevant:
            relevant = [obj for obj in self.objects if is_filled(value_in(obj, name, language))]
            if not relevant:
                return None
        return all(is_filled(value_in(obj, name, language)) for obj in relevant)


def label_for(model, name, key):
    if key in LABELS:
        return LABELS[key]
    if name in LABELS:
        return LABELS[name]
    return model._meta.get_field(name).verbose_name


def parts_of(page):
    """The page's translatable reader-facing parts, its own fields first, then its inline children's."""
    cached = page.__dict__.get("_translation_parts")
    if cached is not None:
        return cached
    parts = [Part(name, label_for(type(page), name, name), (page,)) for name in translated_field_names(type(page))]
    for relation in get_all_child_relations(page):
        child_model = relation.related_model
        names_ = translated_field_names(child_model)
        if not names_:
            continue
        children = tuple(getattr(page, relation.get_accessor_name()).all())
        for name in names_:
            key = f"{relation.get_accessor_name()}.{name}"
            parts.append(Part(key, label_for(child_model, name, key), children))
    page.__dict__["_translation_parts"] = parts
    return parts


@dataclass
class TranslationStatus:
    """Which parts of a page are written in `language` (`translated`) and which are shown in English."""

    language: str
    translated: list = field(default_factory=list)
    in_english: list = field(default_factory=list)
    labels: dict = field(default_factory=dict)

    @property
    def complete(self):
        return not self.in_english

    @property
    def partial(self):
        return bool(self.translated) and bool(self.in_english)

    @property
    def untranslated(self):
        return not self.translated and bool(self.in_english)

    def as_dict(self):
        return {"translated": list(self.translated), "in_english": list(self.in_english), "complete": self.complete}


def translation_status(page, language):
    """The TranslationStatus of `page` in `language`: its parts written in it and those in English."""
    status = TranslationStatus(language)
    for part in parts_of(page):
        written = part.written_in(language)
        if written is None:
            continue
        status.labels[part.key] = part.label
        (status.translated if written else status.in_english).append(part.key)
    return status


def translation_statuses(page, languages=None):
    """{language: TranslationStatus} for every site language (or those given)."""
    return {code: translation_status(page, code) for code in (languages or settings.LANGUAGE_CODES)}


def complete_languages(page):
    """The languages in which every reader-facing text of the page is written."""
    return [code for code, status in translation_statuses(page).items() if status.complete]


def partial_languages(page):
    """The languages in which some, not all, of the page's texts are written."""
    return [code for code, status in translation_statuses(page).items() if status.partial]


@functools.lru_cache(maxsize=64)
def _list_formatter(language):
    return icu.ListFormatter.createInstance(icu.Locale(names.icu_locale(language)))


def format_list(items, language):
    """'a, b and c' the reader's way (CLDR list patterns through ICU)."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return _list_formatter(language).format(items)


def notice(status):
    """What a reader of `status.language` is told about the page, in the active language; '' when
    the page is entirely in their language (or they read English)."""
    if status.language == FALLBACK or status.complete:
        return ""
    language = names.native_language_name(status.language)
    english = names.language_name(FALLBACK, status.language)
    if status.untranslated:
        return gettext("This page is not yet available in %(language)s — it is shown in English.") % {"language": language}
    translated = format_list([status.labels[key] for key in status.translated], status.language)
    rest = format_list([status.labels[key] for key in status.in_english], status.language)
    return capfirst(
        gettext("%(translated)s in %(language)s; %(rest)s in %(english)s.")
        % {"translated": translated, "language": language, "rest": rest, "english": english}
    )
