"""highlight(): the words of a snippet that the query matched, in <mark>, and nothing unescaped."""

import html
import re

from django.utils.safestring import SafeString

from compendium.search.analysis import Analysis, Clause, Phrase, analyse
from compendium.search.highlight import highlight


def marked(fragment):
    """The marked passages of highlight()'s HTML, unescaped."""
    return [html.unescape(text) for text in re.findall(r"<mark>(.*?)</mark>", fragment)]


def plain(fragment):
    return html.unescape(re.sub(r"</?mark>", "", fragment))


def words_clause(*tokens):
    return Clause(words=tokens, literal=(Phrase(tuple(tokens)),))


def test_english_stems_mark_an_inflected_word():
    fragment = highlight("Pension reform and old-age pensioners in Nepal", analyse("pensions", "en", correct=False), "en")
    assert isinstance(fragment, SafeString)
    assert "<mark>Pension</mark> reform" in fragment
    assert "Nepal" in fragment and "<mark>Nepal" not in fragment


def test_a_multi_word_phrase_is_marked_only_where_its_words_follow_each_other():
    query = Analysis(text="health insurance", language="en", clauses=(words_clause("health", "insur"),))
    fragment = highlight("Health insurance for all; health and insurance apart.", query, "en")
    assert marked(fragment) == ["Health insurance"]


def test_the_readers_language_and_english_are_both_read():
    query = analyse("santé", "fr", correct=False)
    fragment = highlight("Santé et soins : la santé maternelle", query, "fr")
    assert marked(fragment) == ["Santé", "santé maternelle"]  # a narrower concept's label, whole
    english = highlight("Essential health care for mothers", query, "fr")  # the concept's English label
    assert any("health" in passage.lower() for passage in marked(english))


def test_lao_and_thai_words_are_found_inside_a_sentence():
    lao = highlight("ຊ່ວຍໃຫ້ແຮງງານເຂົ້າເຖິງປະກັນສັງຄົມ, ປະກັນສຸຂະພາບ", analyse("ປະກັນສັງຄົມ", "lo", correct=False), "lo")
    assert "ປະກັນສັງຄົມ" in marked(lao)
    assert "ປະກັນສຸຂະພາບ" not in "".join(marked(lao))
    thai = highlight("กองทุนประกันสังคมแห่งชาติของกัมพูชา", analyse("ประกันสังคม", "th", correct=False), "th")
    assert marked(thai) == ["ประกันสังคม"]
    assert plain(thai) == "กองทุนประกันสังคมแห่งชาติของกัมพูชา"


def test_a_mark_never_cuts_a_vowel_sign_off_its_letter():
    query = Analysis(text="ກັນ", language="lo", clauses=(Clause(words=("ກ",), literal=(Phrase(("ກ",), grams=True, prefix=True),)),))
    fragment = highlight("ກັນ", query, "lo")
    assert marked(fragment) == ["ກັ"]  # the letter with the vowel written over it


def test_text_and_query_are_escaped():
    text = "<script>alert('pension')</script> pension & care <b>bold</b>"
    fragment = highlight(text, analyse("<script> pension", "en", correct=False), "en")
    assert "<script>" not in fragment and "<b>" not in fragment
    assert "&lt;" in fragment and "&amp;" in fragment
    assert "<mark>pension</mark>" in fragment
    assert plain(fragment) == text
    assert set(re.findall(r"</?[a-z]+", fragment)) <= {"<mark", "</mark"}


def test_without_a_query_the_text_comes_back_escaped():
    assert highlight("A & <b>", None, "en") == "A &amp; &lt;b&gt;"
    assert highlight("", analyse("pension", "en", correct=False), "en") == ""
    assert highlight(None, None, "en") == ""


def test_characters_outside_the_basic_plane_keep_the_marks_in_place():
    text = "👍🏽 𝐀 pension 😀 ประกันสังคม"
    fragment = highlight(text, analyse("pension ประกันสังคม", "th", correct=False), "th")
    assert marked(fragment) == ["pension", "ประกันสังคม"]
    assert plain(fragment) == text


def test_a_country_is_marked_by_its_other_names():
    laos = Clause(
        words=("laos",),
        literal=(Phrase(("lao",)),),
        expansion=(Phrase(("lao", "pdr")), Phrase(("ລາ", "າວ"), grams=True)),
        country="LA",
    )
    fragment = highlight("Lessons from the Lao PDR, from ລາວ and from Laos", Analysis("Laos", "en", (laos,)), "en")
    assert marked(fragment) == ["Lao PDR", "ລາວ", "Laos"]
