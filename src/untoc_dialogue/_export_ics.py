"""
The events as an iCalendar file (RFC 5545), through the ``icalendar`` package.

Each session, dialogue and meeting known to the day is one all-day event. Its UID is made
from its id, so a calendar that imports the file again updates the events instead of adding
them twice. The meetings of the review mechanism are in Vienna, so the calendar names that
time zone. An event whose date is known only to the month or the year cannot be placed on a
day and is left out; :func:`to_ics` returns those so that the caller can say so.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Final

from ._catalog import Catalog, Event, event_dates, event_groups
from ._dates import Precision
from ._i18n import N_, gettext, label
from ._titles import event_title, kind_label, venue
from .errors import UntocDialogueError

__all__ = ["TIME_ZONE", "UID_DOMAIN", "to_ics"]

#: The time zone the calendar is in: the review mechanism meets in Vienna.
TIME_ZONE: Final = "Europe/Vienna"

#: What follows the id in each event's UID: ``cd-som-2023@untoc-dialogue``.
UID_DOMAIN: Final = "untoc-dialogue"

_SOURCES = N_("Sources:")
_SOURCE = N_("{title} ({publisher})")
_SOURCE_WITH_URL = N_("{title} ({publisher}): {url}")


def _icalendar() -> Any:
    try:
        import icalendar
    except ImportError:
        raise UntocDialogueError(
            "the ics export needs the icalendar package: pip install 'untoc-dialogue[ics]'"
        ) from None
    return icalendar


def day_span(event: Event) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day of *event*, or ``None`` unless both are known to the day."""
    span = event_dates(event)
    if span is None or span.start.precision is not Precision.DAY or span.end.precision is not Precision.DAY:
        return None
    return span.start.to_date(), span.end.to_date()


def _description(catalog: Catalog, event: Event, locale: str) -> str:
    lines = list(event.notes)
    if lines:
        lines.append("")
    lines.append(gettext(_SOURCES, locale))
    for source in catalog.sources_of(event):
        template = _SOURCE if source.url is None else _SOURCE_WITH_URL
        lines.append(
            gettext(template, locale).format(title=source.title, publisher=source.publisher, url=source.url)
        )
    return "\n".join(lines)


def _categories(event: Event, locale: str) -> list[str]:
    return [kind_label(event, locale), *(label(group, locale) for group in event_groups(event))]


def to_ics(catalog: Catalog, locale: str, *, stamp: _dt.datetime) -> tuple[bytes, tuple[Event, ...]]:
    """
    Return the calendar of *catalog*'s events and the events left out of it.

    *stamp* is the moment the calendar is made (each event's DTSTAMP), in UTC.

    Raises:
        UntocDialogueError: the ``icalendar`` package is not installed.
    """
    icalendar = _icalendar()
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//untoc-dialogue//Catalogue export//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", catalog.title or UID_DOMAIN)
    calendar.add("x-wr-timezone", TIME_ZONE)
    left_out: list[Event] = []
    placed: list[tuple[Event, _dt.date, _dt.date]] = []
    for event in catalog.events():
        days = day_span(event)
        if days is None:
            left_out.append(event)
        else:
            placed.append((event, *days))
    if placed:
        first = min(start for _, start, _ in placed)
        last = max(end for _, _, end in placed)
        calendar.add_component(
            icalendar.Timezone.from_tzid(
                TIME_ZONE, first_date=_dt.date(first.year, 1, 1), last_date=_dt.date(last.year + 1, 1, 1)
            )
        )
    for event, start, end in placed:
        entry = icalendar.Event()
        entry.add("uid", f"{event.id}@{UID_DOMAIN}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", start)
        entry.add("dtend", end + _dt.timedelta(days=1))  # DTEND of an all-day event is exclusive
        entry.add("summary", event_title(event, locale))
        if event.venue is not None:
            entry.add("location", venue(event.venue, locale))
        entry.add("description", _description(catalog, event, locale))
        entry.add("categories", _categories(event, locale))
        entry.add("transp", "TRANSPARENT")
        calendar.add_component(entry)
    return calendar.to_ical(), tuple(left_out)
