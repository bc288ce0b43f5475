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

With a shared cache (Redis, in production) the answers are also kept there, under the version
every worker agrees on (compendium.core.versions.stamp): a word one worker asked of the database,
the others read in one round trip for all the words they miss, instead of each asking again
after every publish (and every worker restart). The process-local cache of the embedded default
is not shared, so there each worker asks on its own.
"""

import hashlib
import threading
from collections import OrderedDict

from django.core.cache import cache

from compendium.core import versions

BUDGET_BYTES = 16 * 1024 * 1024  # per worker: about 1,300 answers at N = 100,000 (12.5 KB each at most)
# In the shared cache an answer outlives its version by no more than this (a publish makes the
# versions' keys new, so the old ones are only left for Redis to drop).
SHARED_SECONDS = 24 * 3600

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


def shared_cache():
    """Whether the answers are shared between processes (the cache is not process-local)."""
    return not versions.process_local()


def _shared_stamp():
    """The version every process agrees on, or None when the shared cache is away (the version is
    then the current second: nothing to share, and no second wait for a Redis that is not there)."""
    stamp = versions.stamp("search")
    return None if "unavailable" in stamp else stamp


def _shared_key(stamp, key):
    return f"postings:{stamp}:" + hashlib.sha256(repr(key).encode()).hexdigest()[:32]


def shared(keys):
    """{key: bitset} of those of `keys` another process answered for the current version of the
    index, from the shared cache (nothing without one, or when it is away)."""
    stamp = _shared_stamp() if keys and shared_cache() else None
    if stamp is None:
        return {}
    names = {_shared_key(stamp, key): key for key in keys}
    found = cache.get_many(list(names))  # {} when Redis is away (IGNORE_EXCEPTIONS)
    return {names[name]: int.from_bytes(value, "little") for name, value in found.items()}


def share(answers):
    """Put {key: bitset} in the shared cache for the current version of the index."""
    stamp = _shared_stamp() if answers and shared_cache() else None
    if stamp is None:
        return
    cache.set_many(
        {_shared_key(stamp, key): bits.to_bytes((bits.bit_length() + 7) // 8, "little") for key, bits in answers.items()},
        SHARED_SECONDS,
    )


def clear():
    with _lock:
        _memo.update(version=None, answers=OrderedDict(), bytes=0)
