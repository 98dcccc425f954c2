"""Partial dates, ranges and the parsing of human-written dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from untoc_dialogue import DateRange, PartialDate, Precision, ValidationError, parse_date, parse_date_range
from untoc_dialogue import strategies as sts


def test_month_precision_is_not_a_guess_at_the_first() -> None:
    """'June 2022' keeps month precision and spans the whole month."""
    june = PartialDate.fromisoformat("2022-06")
    assert (june.precision, june.day) == (Precision.MONTH, None)
    assert (june.earliest(), june.latest()) == (dt.date(2022, 6, 1), dt.date(2022, 6, 30))


def test_year_precision_spans_the_year() -> None:
    """A year alone spans 1 January to 31 December."""
    year = PartialDate(2025)
    assert (year.earliest(), year.latest()) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_latest_day_of_a_leap_february() -> None:
    """The last possible day of February 2024 is the 29th."""
    assert PartialDate(2024, 2).latest() == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022", PartialDate(2022)),
        ("2022-06", PartialDate(2022, 6)),
        ("2023-10-09", PartialDate(2023, 10, 9)),
    ],
)
def test_iso_forms_parse(text: str, expected: PartialDate) -> None:
    """The three ISO 8601 precisions parse to the matching partial date."""
    assert PartialDate.fromisoformat(text) == expected


@pytest.mark.parametrize(
    ("text", "path", "fragment"),
    [
        ("2023-02-30", "$.day", "must be a day from 1 to 28"),
        ("2023-13", "$.month", "from 1 to 12"),
        ("23-10-09", "$", "expected an ISO 8601 date"),
        ("2023-10-9", "$", "expected an ISO 8601 date"),
    ],
)
def test_impossible_iso_dates_are_refused(text: str, path: str, fragment: str) -> None:
    """Impossible or malformed dates raise ValidationError at the right path."""
    with pytest.raises(ValidationError) as caught:
        PartialDate.fromisoformat(text)
    assert caught.value.problems[0].path == path
    assert fragment in caught.value.problems[0].message


def test_a_day_needs_a_month() -> None:
    """A day without a month is refused."""
    with pytest.raises(ValidationError, match=r"\$\.day: a day needs a month"):
        PartialDate(2023, None, 9)


def test_a_range_cannot_end_before_it_starts() -> None:
    """An end date before the start date is refused with the path of the end."""
    with pytest.raises(ValidationError) as caught:
        DateRange(start=PartialDate(2023, 10, 6), end=PartialDate(2023, 10, 5))
    assert caught.value.problems[0].path == "$.end"


def test_a_month_range_may_end_inside_its_start_month() -> None:
    """June 2022 to 15 June 2022 is possible, so it is accepted."""
    span = DateRange(start=PartialDate(2022, 6), end=PartialDate(2022, 6, 15))
    assert span.isoformat() == "2022-06/2022-06-15"


def test_single_range_writes_one_date() -> None:
    """A one-day range is written as one ISO date, a longer one as an interval."""
    assert DateRange.single(2023, 10, 9).isoformat() == "2023-10-09"
    assert DateRange.fromisoformat("2023-10-05/2023-10-06").end == PartialDate(2023, 10, 6)


def test_parse_day_month_year() -> None:
    """'9 October 2023' is a day-precision date."""
    assert parse_date("9 October 2023") == PartialDate(2023, 10, 9)


def test_parse_month_and_year_keeps_month_precision() -> None:
    """'June 2022' gives no day, so none is invented."""
    assert parse_date("June 2022") == PartialDate(2022, 6)


def test_parse_year_only() -> None:
    """A bare year is a year-precision date."""
    assert parse_date("2025") == PartialDate(2025)


def test_parse_shared_month_range() -> None:
    """'5-6 October 2023': the start borrows the month and year of the end."""
    assert parse_date_range("5-6 October 2023") == DateRange(
        start=PartialDate(2023, 10, 5), end=PartialDate(2023, 10, 6)
    )


def test_parse_the_alliance_wording_with_a_default_year() -> None:
    """The Crime Alliance's 2024 wording reads as 12-15 July given the year."""
    text = "From the 12th of July and concluding on the 15th of July"
    assert parse_date_range(text, default_year=2024) == DateRange(
        start=PartialDate(2024, 7, 12), end=PartialDate(2024, 7, 15)
    )


def test_parse_weekday_and_ordinal_with_default_year() -> None:
    """'Wednesday, October 8th' takes the default year."""
    assert parse_date("Wednesday, October 8th", default_year=2025) == PartialDate(2025, 10, 8)


def test_parse_without_a_year_needs_a_default() -> None:
    """A date without a year and without a default is refused, not guessed."""
    with pytest.raises(ValidationError, match="default_year"):
        parse_date("October 8th")


def test_parse_refuses_a_backwards_range() -> None:
    """'6-5 October 2023' ends before it starts."""
    with pytest.raises(ValidationError, match="must not be before"):
        parse_date_range("6-5 October 2023")


def test_parse_refuses_text_without_a_date() -> None:
    """Text with no date in it raises ValidationError, not dateutil's error."""
    with pytest.raises(ValidationError):
        parse_date("sometime soon")


def test_parse_accepts_iso_ranges() -> None:
    """ISO input is not split on its own hyphens."""
    assert parse_date_range("2023-10-05/2023-10-06").start == PartialDate(2023, 10, 5)


@given(sts.partial_dates())
def test_partial_date_iso_round_trip(date: PartialDate) -> None:
    """Invariant: parsing a partial date's ISO form gives back the same date."""
    assert PartialDate.fromisoformat(date.isoformat()) == date


@given(sts.partial_dates())
def test_earliest_never_after_latest(date: PartialDate) -> None:
    """Invariant: a partial date's earliest possible day is never after its latest."""
    assert date.earliest() <= date.latest()
    assert date.contains(date.earliest()) and date.contains(date.latest())


@given(sts.date_ranges())
def test_date_range_iso_round_trip(span: DateRange) -> None:
    """Invariant: a range's ISO form parses back to the same range, and it never ends before it starts."""
    assert DateRange.fromisoformat(span.isoformat()) == span
    assert span.end.latest() >= span.start.earliest()


@given(sts.partial_dates(precision="day"))
def test_human_written_day_parses_back(date: PartialDate) -> None:
    """Invariant: a day written as '9 October 2023' parses to the same day."""
    text = f"{date.day} {date.earliest():%B} {date.year}"
    assert parse_date(text) == date


@pytest.mark.parametrize("text", ["٢٠٢٣-١٠", "２０２３", "2023-１０-09"])
def test_iso_dates_take_ascii_digits_only(text: str) -> None:
    """Arabic-Indic or full-width digits are not ISO 8601 digits."""
    with pytest.raises(ValidationError, match="expected an ISO 8601 date"):
        PartialDate.fromisoformat(text)


@pytest.mark.parametrize(
    "text",
    ["9 octobre 2023", "9 Octber 2023", "9 de octubre de 2023", "Q3 2023", "octobre 2023", "2023年10月9日"],
)
def test_unknown_words_are_an_error_not_skipped(text: str) -> None:
    """A word the parser does not know is refused, so '9 octobre 2023' never reads as September."""
    with pytest.raises(ValidationError, match="could not read a date"):
        parse_date(text, default_year=2020)


@pytest.mark.parametrize("text", ["10/09/2023", "2023/10/09", "09.10.2023"])
def test_all_numeric_dates_are_ambiguous(text: str) -> None:
    """'10/09/2023' is 10 September or 9 October depending on the reader, so it is refused."""
    with pytest.raises(ValidationError, match="ambiguous"):
        parse_date(text)


def test_a_range_in_another_language_is_refused() -> None:
    """'5-6 octobre 2023' is refused rather than read as June."""
    with pytest.raises(ValidationError, match="could not read a date"):
        parse_date_range("5-6 octobre 2023")


def test_a_wrong_weekday_is_refused() -> None:
    """8 October 2024 was a Tuesday, so 'Wednesday, October 8th' does not fit 2024."""
    with pytest.raises(ValidationError, match="wrong weekday: 2024-10-08 is a Tuesday"):
        parse_date("Wednesday, October 8th", default_year=2024)


def test_a_matching_weekday_is_accepted() -> None:
    """15 July 2024 was a Monday."""
    assert parse_date("Monday, 15 July 2024") == PartialDate(2024, 7, 15)
