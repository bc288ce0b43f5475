"""Partial dates: stored and shown only as precisely as known, in every language's own format."""

import datetime

import pytest

from compendium.core import dates

MAY_29 = datetime.date(2013, 5, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016", (datetime.date(2016, 1, 1), "year")),
        ("2013-05", (datetime.date(2013, 5, 1), "month")),
        ("2013-05-29", (MAY_29, "day")),
    ],
)
def test_iso_8601_at_any_precision_parses_and_writes_back_unchanged(text, expected):
    assert dates.parse(text) == expected
    assert dates.iso(*dates.parse(text)) == text


@pytest.mark.parametrize("text", ["", "16", "2013-5", "2013-13", "2013-02-30", "May 2013", "2013-05-29T10:00"])
def test_a_malformed_date_is_refused(text):
    with pytest.raises(ValueError):
        dates.parse(text)


def test_storage_keeps_ordering_and_never_invents_a_day():
    assert dates.normalise(MAY_29, "year") == datetime.date(2013, 1, 1)
    assert dates.normalise(MAY_29, "month") == datetime.date(2013, 5, 1)
    assert dates.normalise(MAY_29, "day") == MAY_29
    assert dates.coarser("day", "year") == "year" and dates.coarser("month", "day") == "month"


@pytest.mark.parametrize(
    ("language", "year", "month", "day"),
    [
        ("en", "2013", "May 2013", "May 29, 2013"),
        ("fr", "2013", "mai 2013", "29 mai 2013"),
        ("es", "2013", "mayo de 2013", "29 de mayo de 2013"),
        ("pt", "2013", "maio de 2013", "29 de maio de 2013"),
        ("zh-hans", "2013年", "2013年5月", "2013年5月29日"),
        ("km", "2013", "ឧសភា 2013", "29 ឧសភា 2013"),
        ("lo", "2013", "ພຶດສະພາ 2013", "29 ພຶດສະພາ 2013"),
        ("th", "2013", "พฤษภาคม 2013", "29 พฤษภาคม 2013"),
        ("vi", "2013", "tháng 5 năm 2013", "29 tháng 5, 2013"),
        ("id", "2013", "Mei 2013", "29 Mei 2013"),
        ("my", "၂၀၁၃", "၂၀၁၃ မေ", "၂၀၁၃၊ မေ ၂၉"),
    ],
)
def test_each_precision_is_written_the_readers_way(language, year, month, day):
    assert dates.display(MAY_29, "year", language) == year
    assert dates.display(MAY_29, "month", language) == month
    assert dates.display(MAY_29, "day", language) == day


def test_a_year_is_never_padded_to_the_first_or_last_day():
    for language in ("en", "fr", "km", "lo", "th", "zh-hans"):
        start = dates.display(datetime.date(2011, 1, 1), "year", language)
        end = dates.display(datetime.date(2013, 12, 31), "year", language)
        assert "1" not in start.replace("2011", "") and "31" not in end and "12" not in end.replace("2013", "")
    assert dates.display_range(datetime.date(2011, 1, 1), "year", datetime.date(2013, 1, 1), "year") == "2011 – 2013"
    assert dates.display_range(MAY_29, "day", MAY_29, "day") == "May 29, 2013"
    assert dates.display(None, "year") == "" and dates.iso(None) == ""
