"""Faceted search: one interface, two engines (database, Elasticsearch) chosen by settings.

    query = parse_query(request.GET, language)    # validates; raises SearchError with a message
    results = search(query)                        # SearchResults: count, results, facets, pages

Facets combine with AND across facets and OR within one; a facet's counts are computed with
every other facet's filters applied (not its own), so each count is what choosing only that
value in that facet would give.
"""

import datetime
import functools
import logging
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from compendium.catalogue.models import FACETS, TYPES
from compendium.core import versions
from compendium.taxonomy.names import country_name
from compendium.taxonomy.validation import MAX_VALUES, TaxonomyError, clean_codes, known_codes, split_values

MAX_QUERY_LENGTH = 500
MAX_VALUES_PER_FACET = MAX_VALUES
MAX_PAGE = 1000
PER_PAGE = 20
SORTS = ("relevance", "newest", "reviewed")
ENGINES = {
    "database": "compendium.search.engines.database.DatabaseEngine",
    "elasticsearch": "compendium.search.engines.elastic.ElasticsearchEngine",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


class SearchError(ValueError):
    """Bad search input, with a message for the person who sent it and the parameter at fault."""

    def __init__(self, message, param=None):
        super().__init__(message)
        self.message = message
        self.param = param


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: dict = field(default_factory=dict)  # facet -> tuple of values
    language: str = "en"
    page: int = 1
    per_page: int = PER_PAGE
    correct: bool = True  # misspelt words are corrected (?correct=0: search the words as typed)
    sort: str = "relevance"  # or "newest" (publication date) or "reviewed" (last reviewed first)
    reviewed_since: datetime.date | None = None  # only items an editor reviewed on or after this day


@dataclass
class SearchResults:
    count: int
    results: list
    facets: dict
    page: int = 1
    per_page: int = PER_PAGE
    analysis: object = None  # compendium.search.analysis.Analysis of the text, when there was one
    partial: bool = False  # no item matched enough of the words: those matching half of them are shown

    @property
    def num_pages(self):
        return max(1, -(-self.count // self.per_page))

    @property
    def corrected(self):
        """The query as searched when a word of it was corrected, else ""."""
        analysis = self.analysis
        return analysis.searched_text if analysis and analysis.corrections else ""

    def concepts(self, language):
        """The labels of the concepts and countries the query named, in `language`."""
        if not self.analysis:
            return []
        return [label for clause in self.analysis.clauses if (label := clause_label(clause, language))]

    def as_json(self, language=None):
        keys = ("type", "title", "url", "countries", "principles", "guarantees", "themes")
        language = language or (self.analysis.language if self.analysis else settings.LANGUAGE_CODE)
        return {
            "count": self.count,
            "page": self.page,
            "num_pages": self.num_pages,
            "results": [
                {key: result[key] for key in keys} | {"summary": result["summary"], "matched_by": result.get("matched_by", [])}
                for result in self.results
            ],
            "facets": self.facets,
            "corrected": self.corrected or None,
            "concepts": self.concepts(language),
            "partial": self.partial,
        }


def clause_label(clause, language):
    """What a clause of the query was understood as, in `language`: a concept's or a country's name."""
    if clause.concept:
        return clause.concept.label(language)
    if clause.country:
        return country_name(clause.country, language)
    return ""


def parse_query(params, language=None):
    """Validate request parameters (a QueryDict or dict of lists) into a SearchQuery."""

    def getlist(name):
        if hasattr(params, "getlist"):
            return params.getlist(name)
        value = params.get(name, [])
        return value if isinstance(value, (list, tuple)) else [value]

    language = language or (getlist("lang") or [settings.LANGUAGE_CODE])[0]
    if language not in settings.LANGUAGE_CODES:
        raise SearchError(_("Unknown language “%(value)s”.") % {"value": language[:20]}, "lang")

    text = " ".join(getlist("q"))
    if len(text) > MAX_QUERY_LENGTH:
        raise SearchError(_("The search text is too long: at most %(max)d characters.") % {"max": MAX_QUERY_LENGTH}, "q")
    text = _CONTROL.sub(" ", text).strip()

    filters = {}
    for facet in FACETS:
        values = split_values(getlist(facet))
        if not values:
            continue
        try:
            # The types are the catalogue's, not a taxonomy; every other facet is a vocabulary.
            filters[facet] = clean_codes(facet, values, known=accepted_codes(facet), max_values=MAX_VALUES_PER_FACET)
        except TaxonomyError as exc:
            raise SearchError(exc.message, exc.facet) from None

    raw_page = (getlist("page") or ["1"])[0] or "1"
    try:
        page = int(str(raw_page).strip())
    except ValueError:
        raise SearchError(_("The page number must be a whole number."), "page") from None
    if not 1 <= page <= MAX_PAGE:
        raise SearchError(_("The page number must be between 1 and %(max)d.") % {"max": MAX_PAGE}, "page")
    correct = (getlist("correct") or ["1"])[0] not in ("0", "false", "no", "off")
    sort = str((getlist("sort") or ["relevance"])[0] or "relevance").strip()
    if sort not in SORTS:
        raise SearchError(_("Unknown sort order “%(value)s”: use relevance, newest or reviewed.") % {"value": sort[:20]}, "sort")
    return SearchQuery(
        text=text,
        filters=filters,
        language=language,
        page=page,
        correct=correct,
        sort=sort,
        reviewed_since=parse_day((getlist("reviewed_since") or [""])[0]),
    )


@versions.memoize("taxonomy")
def accepted_codes(facet):
    """The codes `facet` accepts, read once per version of the taxonomy (not once per search)."""
    return frozenset(TYPES) if facet == "type" else frozenset(known_codes(facet))


def parse_day(value):
    """'2024-05-01' -> date; '' -> None; anything else raises SearchError (param reviewed_since)."""
    value = str(value or "").strip()
    if not value:
        return None
    try:
        if len(value) == 10:
            return datetime.date.fromisoformat(value)
    except ValueError:
        pass
    raise SearchError(_("“Reviewed since” must be a date written as YYYY-MM-DD."), "reviewed_since")


@functools.lru_cache(maxsize=4)
def _engine(name):
    return import_string(ENGINES[name])()


def get_engine():
    return _engine(settings.SPF_SEARCH_ENGINE)


def search(query):
    """Run `query` on the configured engine; falls back to the database engine if it fails.

    An order other than relevance, or a "reviewed since" filter, is answered by the database
    engine whatever the configuration: it reads the catalogue's dates directly."""
    engine = get_engine()
    if query.sort != "relevance" or query.reviewed_since:
        return _engine("database").search(query)
    if settings.SPF_SEARCH_ENGINE != "database":
        try:
            return engine.search(query)
        except engine.unavailable_errors:
            logging.getLogger(__name__).warning("search engine unavailable, using the database engine", exc_info=True)
            return _engine("database").search(query)
    return engine.search(query)
