"""Sets of small non-negative integers as Python integers: bit i set when i is in the set.

An AND, an OR or a count (int.bit_count) over 100,000 members is one pass over 12.5 KB in C: the
search's facet counts (compendium.search.facet_index) and matchmaking's evidence
(compendium.matching.scoring.CaseStudies) are arithmetic on these, not loops in Python.
"""

import re
import sys
from array import array


def bits_of(ids):
    """An integer with the bits of `ids` (non-negative integers) set."""
    ids = list(ids)
    if not ids:
        return 0
    buffer = bytearray((max(ids) >> 3) + 1)
    for i in ids:
        buffer[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(buffer, "little")


WORD_BITS = 64
_WORD_MASK = (1 << WORD_BITS) - 1


def bits_of_words(words):
    """An integer from (k, word) pairs: the 64 bits of `word` (a signed or unsigned integer, as the
    database's bigint bit_or gives it) are bits 64k to 64k + 63. Words of the same k are ORed.

    What PostgreSQL sends when it groups a statement's item ids by 64 (engines/database.py): a
    common word's 90,000 ids at N = 100,000 arrive as some 1,600 rows."""
    words = list(words)
    if not words:
        return 0
    buffer = array("Q", [0]) * (max(k for k, _word in words) + 1)
    for k, word in words:
        buffer[k] |= word & _WORD_MASK
    if sys.byteorder != "little":
        buffer.byteswap()
    return int.from_bytes(buffer.tobytes(), "little")


# The positions of the set bits of each byte value.
_BITS_OF_BYTE = tuple(tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256))
_NONZERO_BYTE = re.compile(rb"[^\x00]")


def ids_of(bits):
    """The positions of the set bits of `bits`, ascending.

    The bytes that hold none are skipped in C (a regular expression), so that the few members of
    a sparse set out of 100,000 cost as little as they are few (matchmaking lists a country's
    case studies so); a dense set is read byte by byte."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    ids = []
    if bits.bit_count() * 4 < len(data):
        for found in _NONZERO_BYTE.finditer(data):
            index = found.start()
            base = index << 3
            ids.extend([base + bit for bit in _BITS_OF_BYTE[data[index]]])
        return ids
    for index, byte in enumerate(data):
        if byte:
            base = index << 3
            ids.extend([base + bit for bit in _BITS_OF_BYTE[byte]])
    return ids
