"""The tags' labels matched in memory (compendium.search.tag_match): the same items the index's
tags field gave, without asking the database (what made a common concept slow on PostgreSQL)."""

from compendium.catalogue.text import index_terms
from compendium.core.bitsets import bits_of, ids_of
from compendium.search import facet_index, tag_match
from compendium.search.analysis import Phrase
from compendium.search.facet_index import FacetIndex


def phrase(text, language="en"):
    return Phrase(tuple(index_terms(text, language).split()))


def test_a_phrase_is_held_only_in_order_and_a_prefix_only_when_asked():
    sequence = ("old", "age", "benefit")
    assert tag_match.holds_at(sequence, 0, Phrase(("old", "age")))
    assert not tag_match.holds_at(sequence, 0, Phrase(("old", "benefit")))
    assert not tag_match.holds_at(sequence, 2, Phrase(("benefit", "scheme")))  # runs off the end
    assert not tag_match.holds_at(sequence, 1, Phrase(("age", "ben")))
    assert tag_match.holds_at(sequence, 1, Phrase(("age", "ben"), prefix=True))


def test_labels_in_every_language_and_a_countrys_other_names_name_its_tag(db):
    assert ("guarantee", "health") in tag_match.tags_holding([phrase("santé", "fr")], "fr")
    assert ("country", "LA") in tag_match.tags_holding([phrase("Lao PDR")], "en")
    assert ("country", "LA") in tag_match.tags_holding([phrase("ລາວ", "lo")], "lo")
    assert ("country", "LA") not in tag_match.tags_holding([phrase("PDR Lao")], "en")
    assert not tag_match.tags_holding([phrase("quinoa")], "en")


def test_items_are_those_carrying_a_matching_tag_in_a_language_they_are_written_in(db):
    # Items 1 and 2 carry the health guarantee; item 3 old age; item 2 alone has a French text.
    index = FacetIndex(
        bits={("guarantee", "health"): bits_of([1, 2]), ("guarantee", "elderly"): bits_of([3])},
        every_item=bits_of([1, 2, 3]),
        language_items={"en": bits_of([1, 2, 3]), "fr": bits_of([2])},
    )
    french = [phrase("santé", "fr")]
    assert ids_of(tag_match.items_tagged_with(french, ["fr"], index)) == [2]
    health = [phrase("health")]
    assert ids_of(tag_match.items_tagged_with(health, ["en", "fr"], index)) == [1, 2]
    assert tag_match.items_tagged_with([], ["en"], index) == 0


def test_the_demo_index_finds_the_tagged_items_without_the_word_in_their_text(demo):
    index = facet_index.current()
    found = tag_match.items_tagged_with([phrase("elderly")], ["en"], index)
    assert found and found == found & index.bits[("guarantee", "elderly")]
