"""The best-match ranking (compendium.search.ranking) on hand-made bitsets: what the golden set
measures on the demo content, here rule by rule, so that a rule dropped fails by name."""

from array import array

from compendium.search.ranking import Hits, rank


def bits(*ids):
    value = 0
    for i in ids:
        value |= 1 << i
    return value


ORDER = array("l", range(10))  # item i is the i-th newest
EVERY = bits(*range(10))


def ranked(ranking):
    return ranking.page(EVERY, 0, 10, ORDER)


def test_items_with_every_clause_come_before_those_with_fewer_even_with_a_title_match():
    # Item 1 has the three words in its body; item 2 two of them, one in its title; item 3 one, in its title.
    a = Hits(any=bits(1, 2, 3), title=bits(2, 3), literal=bits(1, 2, 3))
    b = Hits(any=bits(1, 2), literal=bits(1, 2))
    c = Hits(any=bits(1), literal=bits(1))
    ranking = rank([a, b, c], [False, False, False], total=10)
    assert ranked(ranking) == [1, 2]  # every word first; then two of three; one of three is not enough
    assert ranking.relaxed is False
    assert ranked(rank([a, b], [False, False], total=10)) == [2, 1]  # both of two: the title counts


def test_one_missing_word_never_empties_the_page_and_says_so():
    found = Hits(any=bits(4, 5), title=bits(5), literal=bits(4, 5))
    nowhere = Hits(any=0)
    ranking = rank([found, nowhere], [False, False], total=10)
    assert ranked(ranking) == [5, 4] and ranking.relaxed  # the title match first


def test_a_country_named_must_match():
    pension = Hits(any=bits(1, 2), literal=bits(1, 2))
    norway = Hits(any=0)
    assert ranked(rank([pension, norway], [False, True], total=10)) == []


def test_an_exact_title_ranks_first_whatever_else_matched_better():
    clause = Hits(any=bits(1, 2, 3), title=bits(1, 2), tagged=bits(2), literal=bits(1, 2, 3))
    assert ranked(rank([clause], [False], total=10, exact=bits(3)))[0] == 3


def test_fields_weigh_title_then_tag_then_tags_then_body_then_synonyms():
    clause = Hits(any=bits(1, 2, 3, 4, 5), title=bits(5), tagged=bits(4), tags=bits(3), literal=bits(2, 3, 4, 5))
    assert ranked(rank([clause], [False], total=10)) == [5, 4, 3, 2, 1]


def test_rarer_clauses_weigh_more():
    common = Hits(any=bits(*range(9)), literal=bits(*range(9)))
    rare = Hits(any=bits(7), literal=bits(7))
    other = Hits(any=bits(8), literal=bits(8))
    ranking = rank([common, rare, other], [False, False, False], total=10)
    assert ranked(ranking)[:2] == [7, 8]  # both cover two of three; 7's rare word weighs more than 8's


def test_a_country_filter_puts_its_own_case_studies_first():
    clause = Hits(any=bits(1, 2), title=bits(1), literal=bits(1, 2))
    assert ranked(rank([clause], [False], total=10, led=bits(2))) == [2, 1]
