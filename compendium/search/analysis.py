"""What a query means, before any engine runs it: words corrected, concepts and countries found.

    analysis = analyse("helth insurance Laos", "en")
    analysis.clauses  -> [Clause(concept health-insurance), Clause(country LA)]
    analysis.corrections -> [("helth", "health")]

A query is read as a list of clauses, each standing for one or more of its words. A clause
matches an item when any of its phrases occurs in the item's text (as index tokens, see
compendium.catalogue.text) or the item carries one of its tags:
- a plain word: the word's stems in the reader's language and in English;
- a concept of the thesaurus (compendium.taxonomy.thesaurus) named by the words: the words
  themselves, every label of the concept and of its narrower concepts in the ten languages,
  and the items tagged with it;
- a country by any of its names (Laos, Lao PDR, ລາວ, 老挝): its names, and its items. A country
  named in a query must be matched: "Norway pension" finds nothing while nothing is about Norway.
Every engine runs the same clauses (compendium.search.ranking ranks them), so the database
engines and Elasticsearch agree on what matches.
"""

import functools
from dataclasses import dataclass, field

from django.conf import settings
from django_countries import countries

from compendium.catalogue.text import bigrams, fold_word, is_unspaced, raw_words, stems
from compendium.search import spelling
from compendium.taxonomy import names, thesaurus

MAX_QUERY_WORDS = 12
MAX_LABEL_WORDS = 8


@dataclass(frozen=True)
class Phrase:
    """Index tokens that must occur in this order; `grams` when they are bigrams of an unspaced script."""

    tokens: tuple
    grams: bool = False
    prefix: bool = False  # the last token may be the start of a longer one (one unspaced character)


@dataclass(frozen=True)
class Clause:
    words: tuple  # the query's words this clause stands for, as typed (normalised)
    literal: tuple  # Phrases of the words themselves
    expansion: tuple = ()  # Phrases the words stand for: a concept's labels, a country's names
    tags: tuple = ()  # ((facet, code), ...) whose items match the clause
    concept: object = None  # thesaurus.Concept
    country: str = ""  # ISO code when the words name a country
    corrected_from: str = ""  # the word as typed, when it was corrected

    @property
    def required(self):
        return bool(self.country)

    @property
    def text(self):
        return " ".join(self.words)


@dataclass(frozen=True)
class Analysis:
    text: str
    language: str
    clauses: tuple
    corrections: tuple = ()  # ((typed, corrected), ...)
    phrase: tuple = ()  # Phrases of the whole query's words in order (for the phrase bonus), one per stemmer
    searched_text: str = ""  # the query with its corrections, as searched
    extra: dict = field(default_factory=dict)

    @property
    def concepts(self):
        return [clause.concept for clause in self.clauses if clause.concept]


def stemmers(language):
    """The analyses a query in `language` is matched with: its own and English (the fallback text)."""
    return list(dict.fromkeys([language, settings.LANGUAGE_CODE]))


def word_phrases(word_list, language):
    """The Phrases of consecutive words (normalised, accents kept) for the rows a `language` reader searches."""
    spaced = [word for word in word_list if not is_unspaced(word)]
    unspaced = [word for word in word_list if is_unspaced(word)]
    phrases = []
    if spaced:
        for stemmer in stemmers(language):
            phrases.append(Phrase(tuple(stems(spaced, stemmer))))
    for word in unspaced:
        grams = tuple(bigrams(word))
        phrases.append(Phrase(grams, grams=True, prefix=len(word) == 1))
    return tuple(dict.fromkeys(phrases))


def label_phrases(labels, language):
    """The Phrases of the labels ({language: [label]}) a `language` reader's search can meet.

    Only the reader's language and English are searched (compendium.search.engines), and each
    row is stemmed in its own language: a label is analysed in its language, and the labels of
    other languages are left out (the tags' labels in every language are matched by the tag).
    ANY_LANGUAGE labels (a country's other names) are analysed both ways."""
    phrases = []
    for source in [*stemmers(language), ANY_LANGUAGE]:
        for label in labels.get(source, ()):
            words = raw_words(label)
            if not words:
                continue
            if any(is_unspaced(word) for word in words):
                phrases.append(Phrase(tuple(bigrams("".join(words))), grams=True))
                continue
            for stemmer in [source] if source != ANY_LANGUAGE else stemmers(language):
                phrases.append(Phrase(tuple(stems(words, stemmer))))
    return tuple(dict.fromkeys(phrases))


# --- the names of concepts and countries --------------------------------------------------------
ANY_LANGUAGE = "*"  # the thesaurus's other names of countries (Laos, Lao PDR, Kampuchea): any reader


@dataclass(frozen=True)
class Names:
    spaced: dict  # (language, folded words) and (language, stems) -> target
    unspaced: dict  # label without spaces -> target (the scripts tell the languages apart)
    longest: int
    words: dict  # language -> the folded words of its names (never "corrected")


@functools.cache
def _names():
    """Every label of every concept and every name of every country, to find them in a query.

    A name is looked for only in queries of its own language (and English, and the thesaurus's
    variants in any): Vietnamese "Mỹ" names the United States to a Vietnamese reader, not in
    an English reader's "my pension"."""
    targets = [
        (language, ("concept", concept.id), labels) for concept in thesaurus.concepts() for language, labels in concept.labels.items()
    ]
    for country in countries:
        for language in settings.LANGUAGE_CODES:
            targets.append((language, ("country", country.code), [names.country_name(country.code, language)]))
    for code, variants in thesaurus.country_variants().items():
        targets.append((ANY_LANGUAGE, ("country", code), list(variants)))
    spaced, unspaced, longest, known = {}, {}, 1, {}
    for language, target, labels in targets:
        for label in labels:
            words = raw_words(label)
            if not words or len(words) > MAX_LABEL_WORDS:
                continue
            if any(is_unspaced(word) for word in words):
                unspaced.setdefault("".join(words), target)
                continue
            longest = max(longest, len(words))
            folded = tuple(fold_word(word) for word in words)
            known.setdefault(language, set()).update(folded)
            spaced.setdefault((language, folded), target)
            for stemmer in [language] if language != ANY_LANGUAGE else settings.LANGUAGE_CODES:
                spaced.setdefault((language, tuple(stems(words, stemmer))), target)
    return Names(spaced=spaced, unspaced=unspaced, longest=longest, words=known)


def _find_spaced(words, language):
    """The concept or country named by `words` (normalised) to a `language` reader, or None."""
    table = _names().spaced
    folded = tuple(fold_word(word) for word in words)
    for source in [*stemmers(language), ANY_LANGUAGE]:
        if (source, folded) in table:
            return table[(source, folded)]
    for source in [*stemmers(language), ANY_LANGUAGE]:
        for stemmer in stemmers(language):
            key = (source, tuple(stems(list(words), stemmer)))
            if key in table:
                return table[key]
    return None


def _split_unspaced(run):
    """[(text, target or None)]: the longest known names in a run of unspaced script, and the rest."""
    table = _names().unspaced
    parts, start, i = [], 0, 0
    while i < len(run):
        found = None
        for j in range(len(run), i + 1, -1):  # names of at least two characters, longest first
            if run[i:j] in table:
                found = j
                break
        if found:
            if start < i:
                parts.append((run[start:i], None))
            parts.append((run[i:found], table[run[i:found]]))
            start = i = found
        else:
            i += 1
    if start < len(run):
        parts.append((run[start:], None))
    return parts


# --- the analysis --------------------------------------------------------------------------------
def analyse(text, language, correct=True):
    """The Analysis of a query `text` read by a `language` reader (see the module docstring)."""
    typed = raw_words(text)[:MAX_QUERY_WORDS]
    corrections = []
    if correct and typed:
        vocabulary = None  # loaded only when a word may need correcting
        named = _names().words
        for i, word in enumerate(typed):
            folded = fold_word(word)
            if any(folded in named.get(source, ()) for source in [*stemmers(language), ANY_LANGUAGE]):
                continue  # a word of a concept's or a country's name in the reader's language
            if not spelling.correctable(folded):
                continue
            vocabulary = vocabulary or spelling.vocabulary(language)
            suggestion = vocabulary.suggest(folded)
            if suggestion:
                corrections.append((word, suggestion))
                typed[i] = suggestion
    corrected = dict(corrections)
    clauses = []
    i = 0
    while i < len(typed):
        word = typed[i]
        if is_unspaced(word):
            j = i
            while j < len(typed) and is_unspaced(typed[j]):
                j += 1
            for part, target in _split_unspaced("".join(typed[i:j])):
                clauses.append(_clause((part,), target, language))
            i = j
            continue
        for length in range(min(_names().longest, len(typed) - i), 0, -1):
            words = typed[i : i + length]
            if any(is_unspaced(w) for w in words):
                continue
            target = _find_spaced(words, language)
            if target:
                clauses.append(_clause(tuple(words), target, language, corrected))
                i += length
                break
        else:
            clauses.append(_clause((word,), None, language, corrected))
            i += 1
    clauses = _merge_same_target(_distinct(clauses))
    searched = " ".join(typed)
    return Analysis(
        text=text,
        language=language,
        clauses=tuple(clauses),
        corrections=tuple(corrections),
        phrase=word_phrases(typed, language) if len(typed) > 1 else (),
        searched_text=searched,
    )


def _clause(words, target, language, corrected=None):
    corrected_from = " ".join(word for word in (_typed(w, corrected) for w in words) if word)
    literal = word_phrases(list(words), language)
    if target is None:
        return Clause(words=words, literal=literal, corrected_from=corrected_from)
    kind, key = target
    if kind == "concept":
        concept = thesaurus.concept(key)
        return Clause(
            words=words,
            literal=literal,
            expansion=tuple(p for p in _concept_phrases(key, language) if p not in literal),
            tags=tuple(concept.tags),
            concept=concept,
            corrected_from=corrected_from,
        )
    return Clause(
        words=words,
        literal=literal,
        expansion=tuple(p for p in _country_phrases(key, language) if p not in literal),
        tags=(("country", key),),
        country=key,
        corrected_from=corrected_from,
    )


@functools.lru_cache(maxsize=2048)
def _concept_phrases(concept_id, language):
    """The Phrases of a concept's labels and of its narrower concepts' ("elderly" finds long-term care)."""
    labels = {}
    for member in (thesaurus.concept(concept_id), *thesaurus.narrower(concept_id)):
        for code, values in member.labels.items():
            labels.setdefault(code, []).extend(values)
    return label_phrases(labels, language)


@functools.lru_cache(maxsize=4096)
def _country_phrases(code, language):
    """The Phrases of a country's names: official in every language, and the thesaurus's variants."""
    every = {reader: [names.country_name(code, reader)] for reader in settings.LANGUAGE_CODES}
    every[ANY_LANGUAGE] = list(thesaurus.country_variants().get(code, ()))
    return label_phrases(every, language)


def _typed(word, corrected):
    if not corrected:
        return ""
    for typed, suggestion in corrected.items():
        if suggestion == word:
            return typed
    return ""


def _distinct(clauses):
    """A word typed twice is one clause."""
    return list({(clause.words, clause.concept and clause.concept.id, clause.country): clause for clause in clauses}.values())


def _merge_same_target(clauses):
    """Two names of one concept or country in a query ("Laos Lao PDR") are one clause."""
    merged, seen = [], {}
    for clause in clauses:
        key = ("concept", clause.concept.id) if clause.concept else ("country", clause.country) if clause.country else None
        if key and key in seen:
            first = merged[seen[key]]
            merged[seen[key]] = Clause(
                words=first.words + clause.words,
                literal=tuple(dict.fromkeys(first.literal + clause.literal)),
                expansion=first.expansion,
                tags=first.tags,
                concept=first.concept,
                country=first.country,
                corrected_from=first.corrected_from,
            )
            continue
        if key:
            seen[key] = len(merged)
        merged.append(clause)
    return merged


def _split_words(clause):
    # The concept's English label, not the words typed: a Vietnamese phrase's spaces part
    # syllables, not words ("lương hưu", pension, is not "lương", wage, and "hưu"), and the
    # English words are those most of the content is written in.
    if clause.concept:
        return raw_words(clause.concept.label(settings.LANGUAGE_CODE))
    return list(clause.words)


def splittable(clause):
    """Whether a concept's words that name nothing in the index may be searched one by one
    ("violence against women" then finds the victims of violence): not a country's name."""
    return not clause.country and len(_split_words(clause)) > 1


def split(clause, language):
    """The clauses of the words of a concept's name taken one by one (see splittable)."""
    return [_clause((word,), None, language) for word in dict.fromkeys(_split_words(clause))]
