"""Text normalisation and word segmentation shared by indexing and querying.

Khmer, Lao, Thai, Myanmar and Chinese are written without spaces between words; ICU's dictionary
word BreakIterator splits them, so a query word can be matched as a whole term inside a sentence.
"""

import re
import threading
import unicodedata

import icu
from django.utils.html import strip_tags

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")


def plain_text(html):
    """Rich text or HTML -> plain text with block boundaries kept as spaces."""
    if not html:
        return ""
    text = re.sub(r"<(br|/p|/li|/h\d|/div)\s*/?>", " ", str(html))
    return _SPACES.sub(" ", unicodedata.normalize("NFC", strip_tags(text))).strip()


def normalise(text):
    """NFKC, case-folded, control characters removed."""
    text = _CONTROL.sub(" ", unicodedata.normalize("NFKC", text or ""))
    return text.casefold()


_local = threading.local()


def _break_iterator():
    # The root locale's word iterator carries the dictionaries for km, lo, th, my and zh.
    # Break iterators keep state, so each thread has its own.
    iterator = getattr(_local, "iterator", None)
    if iterator is None:
        iterator = _local.iterator = icu.BreakIterator.createWordInstance(icu.Locale.getRoot())
    return iterator


def words(text):
    """The words of `text` (normalised), segmented by ICU; punctuation and spaces dropped."""
    text = normalise(text)
    if not text:
        return []
    iterator = _break_iterator()
    iterator.setText(text)
    result = []
    start = iterator.first()
    for end in iterator:
        if iterator.getRuleStatus() != icu.UWordBreak.NONE:  # NONE = spaces and punctuation
            result.append(text[start:end])
        start = end
    return result


def terms(text):
    """Space-separated words, ready for a full-text index."""
    return " ".join(words(text))
