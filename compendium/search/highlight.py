"""The words of a snippet that a query matched, wrapped in <mark>.

    highlight("Old-age pensions in Nepal", analysis, "en")  -> 'Old-age <mark>pensions</mark> in Nepal'

A passage is marked when the index would have matched it to a clause of the analysed query
(compendium.search.analysis), literally or through what the words name (a concept's labels,
a country's names):
- a word whose index token, in the reader's language or in English (the languages a query is
  matched in), is the token of a one-token phrase;
- consecutive words whose tokens are those of a phrase of several tokens ("health insurance",
  "Lao PDR"): one mark over the whole passage;
- in the scripts written without spaces (Khmer, Lao, Thai, Chinese…), every occurrence of a
  phrase's word, found in the text as the index normalises it (NFKC, case-folded) wherever it
  stands in a sentence, since word segmentation there is not reliable enough to be matched on.

The text is plain text: it is escaped whole, and <mark> is the only markup ever added.
"""

import functools
import re
import threading
import unicodedata
from html import escape  # Django's escape() without its lazy-string wrapper: a page calls it a few hundred times

import icu
from django.utils.safestring import mark_safe

from compendium.catalogue.text import UNSPACED, is_unspaced, normalise, stems
from compendium.search.analysis import stemmers

_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # characters past the Basic Multilingual Plane
_local = threading.local()


def highlight(text, analysis, language):
    """`text` HTML-escaped, with the passages matching `analysis` (or nothing, if None) in <mark>."""
    return Highlighter(analysis, language)(text)


class Highlighter:
    """highlight() for the many texts of one page: the query's phrases are gathered once (a query
    with concepts has dozens, in every language), not again for each title and summary.

        mark = Highlighter(results.analysis, "km")
        mark(result["title"]), mark(result["summary"])
    """

    def __init__(self, analysis, language):
        self.active = analysis is not None and bool(analysis.clauses)
        if self.active:
            self.single, self.phrases, self.unspaced = _terms(analysis)
            self.languages = tuple(stemmers(language))

    def __call__(self, text):
        text = "" if text is None else str(text)
        if not text or not self.active:
            return mark_safe(escape(text))
        spans = _spaced_spans(text, self.single, self.phrases, self.languages) + _unspaced_spans(text, self.unspaced)
        parts, position = [], 0
        for start, end in _merge(spans):
            parts += [escape(text[position:start]), "<mark>", escape(text[start:end]), "</mark>"]
            position = end
        parts.append(escape(text[position:]))
        return mark_safe("".join(parts))  # every piece of the text in it was escaped


def _terms(analysis):
    """The query's phrases as (one-token tokens, {first token: [multi-token phrases]}, unspaced words)."""
    single, phrases, unspaced = set(), {}, set()
    for clause in analysis.clauses:
        for phrase in (*clause.literal, *clause.expansion):
            if not phrase.tokens:
                continue
            if phrase.grams:
                unspaced.add(_ungram(phrase.tokens))
            elif len(phrase.tokens) == 1:
                single.add(phrase.tokens[0])
            else:
                phrases.setdefault(phrase.tokens[0], set()).add(phrase.tokens)
        unspaced.update(normalise(word) for word in clause.words if is_unspaced(word))
    # Longest first, so that a long name is marked whole before a word inside it is looked for.
    return single, phrases, sorted(unspaced, key=len, reverse=True)


def _ungram(grams):
    """The run of text that overlapping bigrams were made of: ("ab", "bc", "cd") -> "abcd"."""
    return grams[0] + "".join(gram[-1] for gram in grams[1:])


def _word_iterator():
    # Break iterators keep state: one per thread.
    iterator = getattr(_local, "iterator", None)
    if iterator is None:
        iterator = _local.iterator = icu.BreakIterator.createWordInstance(icu.Locale.getRoot())
    return iterator


def _words(text):
    """(start, end) of each word of `text` as ICU segments it (the way the index does)."""
    iterator = _word_iterator()
    iterator.setText(text)
    # ICU counts in UTF-16 code units: past the Basic Multilingual Plane a character is two.
    offsets = None
    if _ASTRAL.search(text):
        offsets = [index for index, char in enumerate(text) for _unit in range(2 if ord(char) > 0xFFFF else 1)] + [len(text)]
    start = iterator.first()
    for end in iterator:
        if iterator.getRuleStatus() != icu.UWordBreak.NONE:
            yield (offsets[start], offsets[end]) if offsets else (start, end)
        start = end


def _spaced_spans(text, single, phrases, languages):
    """Spans of the words (and runs of consecutive words) whose index tokens the query has."""
    if not single and not phrases:
        return []
    if not phrases:  # one-token phrases only (the common case): no list of every word's tokens
        return [(start, end) for start, end in _words(text) if not single.isdisjoint(_tokens(text[start:end], languages))]
    words = [(start, end, _tokens(text[start:end], languages)) for start, end in _words(text)]
    spans = []
    for i, (start, end, tokens) in enumerate(words):
        if tokens & single:
            spans.append((start, end))
        for token in tokens:
            for phrase in phrases.get(token, ()):
                last = i + len(phrase) - 1
                if last < len(words) and all(phrase[j] in words[i + j][2] for j in range(1, len(phrase))):
                    spans.append((start, words[last][1]))
    return spans


@functools.lru_cache(maxsize=50_000)
def _tokens(word, languages):
    """The index tokens of one word of a text in `languages` (none for a word of an unspaced script,
    which breaks a phrase). Kept per word: a page of results repeats its words, and a worker sees
    the same words again on every page."""
    word = normalise(word).strip()
    if not word or is_unspaced(word) or " " in word:
        return frozenset()
    return frozenset(stems([word], language)[0] for language in languages)


def _unspaced_spans(text, needles):
    """Spans of every occurrence of the unspaced words `needles` in the runs of unspaced script."""
    if not needles:
        return []
    spans = []
    for run in _UNSPACED_RUN.finditer(text):
        normal, origin = _normalised(run.group())
        for needle in needles:
            found = normal.find(needle)
            while found != -1:
                start, end = run.start() + origin[found], run.start() + origin[found + len(needle) - 1] + 1
                # A vowel sign or tone mark belongs to the letter before it: never leave it outside.
                while end < len(text) and unicodedata.category(text[end]) in ("Mn", "Mc"):
                    end += 1
                spans.append((start, end))
                found = normal.find(needle, found + len(needle))
    return spans


def _normalised(run):
    """`run` as the index normalises it, and for each of its characters the index of the original one."""
    if unicodedata.is_normalized("NFKC", run) and run.casefold() == run:
        return run, range(len(run))
    normal, origin = [], []
    for index, char in enumerate(run):
        for folded in normalise(char):  # Lao and Thai "am" vowels decompose into two characters
            normal.append(folded)
            origin.append(index)
    return "".join(normal), origin


def _merge(spans):
    """Overlapping or touching spans as one, in order."""
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
