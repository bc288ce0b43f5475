"""Text normalisation and word segmentation shared by indexing and querying.

Khmer, Lao, Thai, Myanmar and Chinese are written without spaces between words. ICU's dictionary
word BreakIterator splits them into words, but not always the same way inside a sentence as alone
(Lao ສັງຄົມ can become ສັງ|ຄົມ), so these scripts are also indexed as overlapping character
bigrams: a query word, turned into its bigrams and matched as a phrase, is found wherever it
stands, whatever the segmentation did.
"""

import re
import threading
import unicodedata

import icu
import Stemmer
from django.utils.html import strip_tags
from modeltranslation.utils import build_localized_fieldname

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
# Scripts written without spaces: Thai, Lao, Myanmar, Khmer (+ symbols), CJK ideographs, kana.
UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")
_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")


def plain_text(html):
    """Rich text or HTML -> plain text with block boundaries kept as spaces."""
    if not html:
        return ""
    text = re.sub(r"<(br|/p|/li|/h\d|/div)\s*/?>", " ", str(html))
    return _SPACES.sub(" ", unicodedata.normalize("NFC", strip_tags(text))).strip()


def localized(obj, field, language):
    """The value of a translated field in one language (None when that column is empty or absent)."""
    return getattr(obj, build_localized_fieldname(field, language), None)


def stream_text(value):
    """Plain text of a StreamField value (paragraphs, quotes, figures, captions, presentations)."""
    parts = []
    for block in value or []:
        raw = block.value
        if hasattr(raw, "source"):  # RichText
            parts.append(plain_text(raw.source))
        elif isinstance(raw, dict) or hasattr(raw, "items"):
            for key, sub in raw.items():
                if isinstance(sub, str) and key not in ("country",):
                    parts.append(plain_text(sub))
        elif isinstance(raw, str):
            parts.append(plain_text(raw))
    return " ".join(part for part in parts if part)


def normalise(text):
    """NFKC, case-folded, control characters removed."""
    text = _CONTROL.sub(" ", unicodedata.normalize("NFKC", text or ""))
    return text.casefold()


def fold_word(word):
    """Drop accents from words in Latin script (protección -> proteccion); other scripts untouched."""
    if word.isascii() or _UNSPACED_CHAR.search(word):
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    if all(unicodedata.category(char)[0] in "LMN" and (ord(char) < 0x250 or unicodedata.category(char) == "Mn") for char in decomposed):
        return "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    return word


_local = threading.local()


def _break_iterator():
    # The root locale's word iterator carries the dictionaries for km, lo, th, my and zh.
    # Break iterators keep state, so each thread has its own.
    iterator = getattr(_local, "iterator", None)
    if iterator is None:
        iterator = _local.iterator = icu.BreakIterator.createWordInstance(icu.Locale.getRoot())
    return iterator


def words(text):
    """The words of `text`, normalised and accent-folded, segmented by ICU; punctuation dropped."""
    return [fold_word(word) for word in raw_words(text)]


def terms(text):
    """Space-separated words, ready for a full-text index."""
    return " ".join(words(text))


# Snowball stemmers (PyStemmer) for the languages that inflect; the others are indexed as written.
STEMMERS = {"en": "english", "fr": "french", "es": "spanish", "pt": "portuguese", "id": "indonesian"}


def _stemmer(language):
    # A Stemmer object keeps a cache and is not thread-safe: one per thread and language.
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        stemmers[language] = Stemmer.Stemmer(STEMMERS[language]) if language in STEMMERS else None
    return stemmers[language]


def stems(word_list, language):
    """The index tokens of already-normalised words: Snowball stems in `language`, accents folded.

    Stemming reads the accents (French "santé" -> "sant"), so it runs before folding; words of
    the unspaced scripts and digits are kept as they are."""
    stemmer = _stemmer(language)
    if stemmer is None:
        return [fold_word(word) for word in word_list]
    return [word if is_unspaced(word) or word.isdigit() else fold_word(stemmer.stemWord(word)) for word in word_list]


def raw_words(text):
    """The words of `text`, normalised and segmented like words(), accents kept (stemming reads them)."""
    text = normalise(text)
    if not text:
        return []
    iterator = _break_iterator()
    iterator.setText(text)
    result = []
    start = iterator.first()
    for end in iterator:
        if iterator.getRuleStatus() != icu.UWordBreak.NONE:
            result.append(text[start:end])
        start = end
    return result


def index_terms(text, language):
    """Space-separated index tokens of `text` written in `language`: segmented, stemmed, folded."""
    return " ".join(stems(raw_words(text), language))


def is_unspaced(word):
    return bool(_UNSPACED_CHAR.search(word))


def bigrams(run):
    """Overlapping character bigrams of a run ("abcd" -> ["ab", "bc", "cd"]); a single character stays."""
    return [run] if len(run) < 2 else [run[i : i + 2] for i in range(len(run) - 1)]


def grams(text):
    """The bigrams of every run of unspaced script in `text`, space-separated."""
    return " ".join(gram for run in _UNSPACED_RUN.findall(normalise(text)) for gram in bigrams(run))
