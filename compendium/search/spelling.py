"""Typo correction against the index's own vocabulary, per language.

The vocabulary is every word of the indexed titles and bodies in the reader's language and in
English (compendium.catalogue.models.SearchWord), the thesaurus's labels and every country name.
A query word is corrected only when it is unknown: neither it nor its stem is in the vocabulary,
so a name that exists as typed is never "corrected". Candidates are the known words within an
optimal-string-alignment distance (a swap of two letters counts one) of 1 for words of four or
five letters and 2 from six, found with rapidfuzz (C++, about 2 ms over 20,000 words).

Why rapidfuzz and not SymSpell or pg_trgm: SymSpell precomputes every deletion of every word
(hundreds of megabytes of dictionary at distance 2 for a large vocabulary, rebuilt per publish);
pg_trgm exists only on PostgreSQL, and the engines must agree. A linear scan in C++ over the
vocabulary of two languages is fast enough and needs no index.
"""

from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from compendium.catalogue.models import SearchWord
from compendium.catalogue.tags import tag_labels
from compendium.catalogue.text import is_unspaced, stems, words
from compendium.core import versions
from compendium.taxonomy import thesaurus

MIN_LENGTH = 4


def max_distance(word):
    return 1 if len(word) <= 5 else 2


def correctable(word):
    """Only words of the spaced scripts, four letters or more, letters only, are corrected."""
    return len(word) >= MIN_LENGTH and word.isalpha() and not is_unspaced(word)


@dataclass(frozen=True)
class Vocabulary:
    language: str
    words: frozenset  # folded surface words
    stems: frozenset  # their stems in the language and in English
    choices: tuple  # the words, sorted, for rapidfuzz

    def known(self, word):
        return word in self.words or stems([word], self.language)[0] in self.stems or stems([word], "en")[0] in self.stems

    def suggest(self, word):
        """The known word closest to the unknown `word`, or None when none is near enough."""
        if not correctable(word) or self.known(word):
            return None
        limit = max_distance(word)
        found = process.extract(word, self.choices, scorer=OSA.distance, score_cutoff=limit, limit=20)
        if not found:
            return None
        # Nearest first; then a word sharing the first letter (typos rarely hit it), then the
        # length nearest the typed one, then the alphabet (so the choice is stable).
        found.sort(key=lambda hit: (hit[1], hit[0][0] != word[0], abs(len(hit[0]) - len(word)), hit[0]))
        return found[0][0]


@versions.memoize("taxonomy")
def _thesaurus_words():
    """The words of the tags' labels (catalogue and thesaurus, every language) and of the country names."""
    labels = [label for values in tag_labels().values() for label in values]
    labels += [label for concept in thesaurus.concepts() for values in concept.labels.values() for label in values]
    labels += [name for names in thesaurus.country_names().values() for name in names]
    return {word for label in labels for word in words(label) if len(word) >= 3 and not is_unspaced(word)}


@versions.memoize("search", "taxonomy")
def vocabulary(language):
    """The Vocabulary of `language` (its words and English's), loaded once per change of the index."""
    languages = sorted({language, "en"})
    known = set(SearchWord.objects.filter(language__in=languages).values_list("word", flat=True).iterator(chunk_size=5000))
    known |= _thesaurus_words()
    stemmed = set(stems(sorted(known), language)) | set(stems(sorted(known), "en"))
    return Vocabulary(language=language, words=frozenset(known), stems=frozenset(stemmed), choices=tuple(sorted(known)))
