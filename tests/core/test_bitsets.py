"""compendium.core.bitsets: sets of ids as integers, both ways, sparse and dense."""

from hypothesis import given
from hypothesis import strategies as st

from compendium.core.bitsets import bits_of, ids_of


@given(st.sets(st.integers(0, 20_000), max_size=300) | st.sets(st.integers(0, 600)))
def test_ids_come_back_as_they_went_in(ids):
    # The first strategy draws sparse sets (read by skipping empty bytes), the second dense ones.
    assert ids_of(bits_of(ids)) == sorted(ids)


def test_a_sparse_set_out_of_a_hundred_thousand():
    ids = [0, 7, 8, 99_999, 100_000, 64 * 1_000 + 63]
    assert ids_of(bits_of(ids)) == sorted(ids)
    assert ids_of(0) == [] and bits_of([]) == 0
