"""
Dates at the precision a source gives them.

A source that says "June 2022" knows the month, not the day; :class:`PartialDate` keeps it
that way instead of guessing the 1st. :class:`DateRange` spans two partial dates. Both are
written as ISO 8601 (``2022-06``, ``2023-10-05/2023-10-06``).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
import re

import attrs

from ._methods import fields_eq, fields_hash, fields_repr
from .errors import ValidationError

__all__ = ["DateRange", "PartialDate", "Precision", "parse_date", "parse_date_range"]


class Precision(enum.Enum):
    """How much of a date a source gives."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _check_year(instance: PartialDate, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or not 1 <= value <= 9999:
        raise ValidationError.single("$.year", f"must be a year from 1 to 9999, got {value!r}")


def _check_month(instance: PartialDate, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and (type(value) is not int or not 1 <= value <= 12):
        raise ValidationError.single("$.month", f"must be a month from 1 to 12, got {value!r}")


def _check_day(instance: PartialDate, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is None:
        return
    if instance.month is None:
        raise ValidationError.single("$.day", "a day needs a month")
    last = calendar.monthrange(instance.year, instance.month)[1]
    if type(value) is not int or not 1 <= value <= last:
        raise ValidationError.single(
            "$.day",
            f"must be a day from 1 to {last} in {instance.year:04d}-{instance.month:02d}, got {value!r}",
        )


_ISO_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


@attrs.frozen(kw_only=False)
class PartialDate:
    """
    A calendar date known to the year, the month or the day.

    It is not orderable with ``<``: "June 2022" is neither before nor after "15 June 2022".
    Use :meth:`earliest`, :meth:`latest` or :meth:`sort_key` to compare.

    Attributes:
        year: The year, from 1 to 9999.
        month: The month from 1 to 12, or ``None`` when only the year is known.
        day: The day of the month, or ``None`` when it is not known.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    year: int = attrs.field(validator=_check_year)
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        """Return the day-precision partial date of *value*."""
        return cls(value.year, value.month, value.day)

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """
        Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            ValidationError: *text* is not one of those forms or names no real date.
        """
        if type(text) is not str:
            raise ValidationError.single("$", f"expected a date string, got {type(text).__name__}")
        match = _ISO_DATE.fullmatch(text)
        if match is None:
            raise ValidationError.single(
                "$", f"expected an ISO 8601 date like 2023, 2023-10 or 2023-10-09, got {text!r}"
            )
        year, month, day = match.groups()
        return cls(int(year), None if month is None else int(month), None if day is None else int(day))

    @property
    def precision(self) -> Precision:
        """The most precise part of the date that is known."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def earliest(self) -> _dt.date:
        """The first day this date could be."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> _dt.date:
        """The last day this date could be."""
        if self.month is None:
            return _dt.date(self.year, 12, 31)
        if self.day is None:
            return _dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return _dt.date(self.year, self.month, self.day)

    def to_date(self) -> _dt.date:
        """
        Return the :class:`datetime.date` of a day-precision date.

        Raises:
            ValidationError: the day is not known; use :meth:`earliest` or :meth:`latest`.
        """
        if self.day is None:
            raise ValidationError.single("$", f"{self} is known only to the {self.precision.value}")
        return self.earliest()

    def sort_key(self) -> tuple[_dt.date, _dt.date]:
        """A key that orders dates by their earliest, then latest, possible day."""
        return (self.earliest(), self.latest())

    def contains(self, day: _dt.date) -> bool:
        """Whether *day* could be this date."""
        return self.earliest() <= day <= self.latest()

    def isoformat(self) -> str:
        """The ISO 8601 form at this date's precision: ``2022``, ``2022-06`` or ``2022-06-01``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()


def _check_end(instance: DateRange, attribute: attrs.Attribute[PartialDate], value: PartialDate) -> None:
    if value.latest() < instance.start.earliest():
        raise ValidationError.single("$.end", f"must not be before the start {instance.start}, got {value}")


def _default_end(self: DateRange) -> PartialDate:
    return self.start


@attrs.frozen(kw_only=True)
class DateRange:
    """
    The days an event took, from *start* to *end* inclusive, each at its own precision.

    A one-day event has ``start == end``; it is written as one ISO date, a longer one as an
    ISO 8601 interval ``start/end``.

    Attributes:
        start: The first day.
        end: The last day; the same as *start* for a one-day event. Never before *start*.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    start: PartialDate = attrs.field(validator=attrs.validators.instance_of(PartialDate))
    end: PartialDate = attrs.field(
        default=attrs.Factory(_default_end, takes_self=True),
        validator=[attrs.validators.instance_of(PartialDate), _check_end],
    )

    @classmethod
    def single(cls, year: int, month: int | None = None, day: int | None = None) -> DateRange:
        """A range of one date."""
        date = PartialDate(year, month, day)
        return cls(start=date, end=date)

    @classmethod
    def fromisoformat(cls, text: str) -> DateRange:
        """
        Parse ``2023-10-09`` or an interval ``2023-10-05/2023-10-06``.

        Raises:
            ValidationError: *text* is not of those forms, names no real date, or ends before it starts.
        """
        if type(text) is not str:
            raise ValidationError.single("$", f"expected a date string, got {type(text).__name__}")
        start_text, slash, end_text = text.partition("/")
        start = PartialDate.fromisoformat(start_text)
        if not slash:
            return cls(start=start, end=start)
        return cls(start=start, end=PartialDate.fromisoformat(end_text))

    @property
    def is_single(self) -> bool:
        """Whether the range is one date (at whatever precision)."""
        return self.start == self.end

    def earliest(self) -> _dt.date:
        """The first day the range could start on."""
        return self.start.earliest()

    def latest(self) -> _dt.date:
        """The last day the range could end on."""
        return self.end.latest()

    def sort_key(self) -> tuple[_dt.date, _dt.date]:
        """A key that orders ranges chronologically by their possible first and last days."""
        return (self.start.earliest(), self.end.latest())

    def overlaps(self, first: _dt.date, last: _dt.date) -> bool:
        """Whether the range could share a day with ``first .. last``."""
        return self.earliest() <= last and first <= self.latest()

    def isoformat(self) -> str:
        """``start`` for a single date, else ``start/end``."""
        if self.is_single:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def __str__(self) -> str:
        return self.isoformat()


# Two sentinel defaults that differ in every field tell which fields a text really gives:
# a field that comes back equal under both came from the text. Both years are leap years
# and both months have 31 days, so any real day-of-month parses under either.
_SENTINELS = (_dt.datetime(2000, 1, 1), _dt.datetime(2004, 3, 3))

_RANGE_SEPARATOR = re.compile(
    r"\s*(?:–|—|-|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band (?:concluding|ending|finishing) on\b)\s*",
    re.IGNORECASE,
)
_ISO_RANGE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?:/[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)?")
_LEADING_NOISE = re.compile(r"^\s*(?:from|on|between)?\s*(?:the\s+)?", re.IGNORECASE)


_NUMERIC_ONLY = re.compile(r"[0-9\s./\\-]+")
_WEEKDAYS = {
    name: index
    for index, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
_WORD = re.compile(r"[^\W\d_]+")


def _components(text: str, path: str) -> tuple[int | None, int | None, int | None]:
    from dateutil import parser as date_parser  # deferred: dateutil's parser is slow to import

    cleaned = _LEADING_NOISE.sub("", text).strip().rstrip(".,")
    if not cleaned:
        raise ValidationError.single(path, f"found no date in {text!r}")
    if _NUMERIC_ONLY.fullmatch(cleaned) and not re.fullmatch(r"[0-9]{1,2}|[0-9]{4}", cleaned):
        raise ValidationError.single(
            path,
            f"{text!r} is ambiguous (day or month first?); write the month as a word, as in "
            "'9 October 2023', or use ISO 8601, as in 2023-10-09",
        )
    results = []
    for default in _SENTINELS:
        try:
            # Not fuzzy: a word dateutil does not know ("octobre", a typo) must be an error,
            # never skipped, or "9 octobre 2023" would silently read as September.
            results.append(date_parser.parse(cleaned, default=default, dayfirst=True))
        except (ValueError, OverflowError):
            raise ValidationError.single(
                path, f"could not read a date in {text!r}; write it in English, as in '9 October 2023'"
            ) from None
    first, second = results
    return (
        first.year if first.year == second.year else None,
        first.month if first.month == second.month else None,
        first.day if first.day == second.day else None,
    )


def _check_weekday(date: PartialDate, text: str, path: str) -> None:
    named = {_WEEKDAYS[word] for word in _WORD.findall(text.lower()) if word in _WEEKDAYS}
    if date.day is None or not named:
        return
    actual = date.earliest().weekday()
    if actual not in named:
        weekday = calendar.day_name[actual]
        raise ValidationError.single(path, f"{text!r} names the wrong weekday: {date} is a {weekday}")


def _assemble(
    parts: tuple[int | None, int | None, int | None], default_year: int | None, text: str, path: str
) -> PartialDate:
    year, month, day = parts
    if year is None:
        year = default_year
    if year is None:
        raise ValidationError.single(path, f"{text!r} gives no year; pass default_year")
    if day is not None and month is None:
        raise ValidationError.single(path, f"{text!r} gives a day but no month")
    return PartialDate(year, month, day)


def parse_date(text: str, *, default_year: int | None = None) -> PartialDate:
    """
    Read a human-written English date at the precision it gives.

    Words the parser does not know (another language, a typo) and all-numeric dates such as
    ``10/09/2023`` (day or month first?) are refused rather than guessed; a weekday that does
    not match the date is refused too.

    >>> parse_date("9 October 2023")
    PartialDate(year=2023, month=10, day=9)
    >>> parse_date("June 2022")
    PartialDate(year=2022, month=6, day=None)
    >>> parse_date("Wednesday, October 8th", default_year=2025)
    PartialDate(year=2025, month=10, day=8)

    Args:
        text: The date as a source writes it.
        default_year: The year to use when the text gives none.

    Raises:
        ValidationError: no date could be read, or no year is given nor defaulted.
    """
    if type(text) is not str:
        raise ValidationError.single("$", f"expected a string, got {type(text).__name__}")
    date = _assemble(_components(text, "$"), default_year, text, "$")
    _check_weekday(date, text, "$")
    return date


def parse_date_range(text: str, *, default_year: int | None = None) -> DateRange:
    """
    Read a human-written date or range of dates at the precision it gives.

    The start borrows what it leaves out (month, year) from the end, as people write:

    >>> str(parse_date_range("5-6 October 2023"))
    '2023-10-05/2023-10-06'
    >>> str(parse_date_range("From the 12th of July and concluding on the 15th of July", default_year=2024))
    '2024-07-12/2024-07-15'
    >>> str(parse_date_range("9 October 2023"))
    '2023-10-09'

    Raises:
        ValidationError: no date could be read, a part gives no year, or the end is before the start.
    """
    if type(text) is not str:
        raise ValidationError.single("$", f"expected a string, got {type(text).__name__}")
    if _ISO_RANGE.fullmatch(text.strip()):
        return DateRange.fromisoformat(text.strip())
    pieces = [piece for piece in _RANGE_SEPARATOR.split(text.strip()) if piece.strip()]
    if len(pieces) == 1:
        date = parse_date(pieces[0], default_year=default_year)
        return DateRange(start=date, end=date)
    if len(pieces) != 2:
        raise ValidationError.single("$", f"expected one date or a range of two, got {text!r}")
    end = _assemble(_components(pieces[1], "$.end"), default_year, pieces[1], "$.end")
    year, month, day = _components(pieces[0], "$.start")
    if year is None:
        year = end.year
    if month is None and day is not None:
        month = end.month
    start = _assemble((year, month, day), default_year, pieces[0], "$.start")
    _check_weekday(start, pieces[0], "$.start")
    _check_weekday(end, pieces[1], "$.end")
    return DateRange(start=start, end=end)
