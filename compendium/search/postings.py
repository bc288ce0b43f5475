"""The items each full-text question matched, kept in process memory for one version of the search index.

A question is a field ("any" or "title"), a tuple of phrases (compendium.search.analysis.Phrase)
and the languages searched; its answer is a bitset of search items (compendium.search.facet_index).
Readers' queries differ as wholes but share their words: "health insurance" + Cambodia and
"health financing" + Lao PDR both ask which items hold "health". Asking the database costs a
full-text match and one Python step per matching row (about 20,000 rows for a common word at
N = 10,000: 15 ms on SQLite); a question asked before, since the index last changed, costs a
dictionary lookup. This is Lucene's query cache in miniature: keyed on the version stamp of the
search index (compendium.core.versions "search", bumped by every change to the catalogue), so an
answer is never older than the index, and bounded in bytes (least recently used answers go first).
"""

import threading
from collections import OrderedDict

from compendium.core import versions

BUDGET_BYTES = 16 * 1024 * 1024  # per worker: about 1,300 answers at N = 100,000 (12.5 KB each at most)

_lock = threading.Lock()
_memo = {"version": None, "answers": OrderedDict(), "bytes": 0}


def _size(bits):
    return bits.bit_length() // 8 + 64


def known(keys):
    """{key: bitset} of those of `keys` answered since the index last changed."""
    version = versions.current("search")
    found = {}
    with _lock:
        if _memo["version"] != version:
            _memo.update(version=version, answers=OrderedDict(), bytes=0)
            return found
        answers = _memo["answers"]
        for key in keys:
            if key in answers:
                answers.move_to_end(key)
                found[key] = answers[key]
    return found


def keep(answers):
    """Remember {key: bitset} for the current version of the index, within BUDGET_BYTES."""
    version = versions.current("search")
    with _lock:
        if _memo["version"] != version:
            _memo.update(version=version, answers=OrderedDict(), bytes=0)
        memo = _memo["answers"]
        for key, bits in answers.items():
            if key in memo:
                continue
            memo[key] = bits
            _memo["bytes"] += _size(bits)
        while _memo["bytes"] > BUDGET_BYTES and memo:
            _key, dropped = memo.popitem(last=False)
            _memo["bytes"] -= _size(dropped)


def clear():
    with _lock:
        _memo.update(version=None, answers=OrderedDict(), bytes=0)
