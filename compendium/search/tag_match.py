"""Which items' tags hold a phrase, answered in memory from the tags' labels and the facet bitsets.

An item's tags field (compendium.catalogue.tags) is the labels of its tags in the ten languages,
the thesaurus's labels of their concepts and every name of its countries: the same few hundred
labels repeated on every item, some 17 KB of index a row. Asking the database which rows hold
"old age benefit" there made PostgreSQL re-read that text for every item tagged "elderly"
(120–220 ms a phrase at N = 10,000). The labels are few: a phrase is looked for in each label
once, and the items are those carrying a tag whose label holds it (compendium.search.facet_index),
so the cost does not grow with the number of items, and SQLite and PostgreSQL answer alike.
"""

from compendium.catalogue.tags import VOCABULARIES, tag_labels
from compendium.catalogue.text import grams, index_terms
from compendium.core import versions
from compendium.taxonomy import thesaurus


@versions.memoize("taxonomy")
def label_tokens(language):
    """{(facet, code): (tokens of a label, ...)} with the tokens of each label analysed in
    `language`, as the index analyses a row of that language (words, then unspaced bigrams)."""
    labels = dict(tag_labels())
    for code, names in thesaurus.country_names().items():
        labels[("country", code)] = list(names)
    tokens = {}
    for key, values in labels.items():
        if key[0] != "country" and key[0] not in VOCABULARIES:
            continue
        analysed = {tuple(f"{index_terms(value, language)} {grams(value)}".split()) for value in values}
        tokens[key] = tuple(sequence for sequence in analysed if sequence)
    return tokens


@versions.memoize("taxonomy")
def token_places(language):
    """{token: ((key, sequence, position), ...)}: where each token occurs in the labels of `language`."""
    places = {}
    for key, sequences in label_tokens(language).items():
        for sequence in sequences:
            for position, token in enumerate(sequence):
                places.setdefault(token, []).append((key, sequence, position))
    return {token: tuple(found) for token, found in places.items()}


def holds_at(sequence, position, phrase):
    """Whether `phrase`'s tokens occur in `sequence` from `position` on (its last token as a
    prefix when the phrase is one)."""
    wanted = [token for token in phrase.tokens if token]
    end = position + len(wanted)
    if end > len(sequence):
        return False
    *head, last = wanted
    found = sequence[end - 1]
    return list(sequence[position : end - 1]) == head and (found == last or (phrase.prefix and found.startswith(last)))


def tags_holding(phrases, language):
    """The tags (facet, code) one of whose labels, analysed in `language`, holds one of `phrases`."""
    places = token_places(language)
    found = set()
    for phrase in phrases:
        tokens = [token for token in phrase.tokens if token]
        if not tokens:
            continue
        if len(tokens) == 1 and phrase.prefix:
            candidates = [place for token, at in places.items() if token.startswith(tokens[0]) for place in at]
        else:
            candidates = places.get(tokens[0], ())
        found.update(key for key, sequence, position in candidates if key not in found and holds_at(sequence, position, phrase))
    return found


def items_tagged_with(phrases, languages, index):
    """The bitset of the items whose tags' labels, in one of `languages` they are written in, hold
    one of `phrases`."""
    if not phrases:
        return 0
    found = 0
    for language in languages:
        tagged = 0
        for key in tags_holding(phrases, language):
            tagged |= index.bits.get(key, 0)
        found |= tagged & index.language_items.get(language, 0)
    return found
