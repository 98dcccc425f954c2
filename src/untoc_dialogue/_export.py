"""
Exports of a catalogue for other tools, and the selection they share.

:func:`select` keeps the events that match the command line's filters and everything they
need, so that every export of a selection is itself a valid document. The formats that need
more than the standard library live in their own modules (``_export_ics``, ``_export_tables``)
and are imported only when asked for.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from typing import Final, TypeVar

import attrs

from ._catalog import Catalog
from ._convert import to_dict
from ._model import ConferenceSession, ConstructiveDialogue, Meeting, WorkingGroupSession, iter_references
from ._titles import kind_of
from ._vocabulary import Instrument, WorkingGroup

__all__ = ["FORMATS", "jsonl_lines", "select"]

#: The export formats, in the order the command line lists them.
FORMATS: Final = ("json", "jsonl", "csv", "ics", "jsonschema", "datapackage")

E = TypeVar("E", ConferenceSession, WorkingGroupSession, ConstructiveDialogue, Meeting)


def _kept(events: tuple[E, ...], ids: set[str]) -> tuple[E, ...]:
    return tuple(event for event in events if event.id in ids)


def select(
    catalog: Catalog,
    *,
    group: WorkingGroup | None = None,
    instrument: Instrument | None = None,
    year: int | None = None,
    since: _dt.date | None = None,
    until: _dt.date | None = None,
) -> Catalog:
    """
    The catalogue restricted to the events :meth:`Catalog.events` selects with these filters.

    Everything that is not an event (sources, people, the treaties) stays. So do the working
    group sessions a kept dialogue follows, since the dialogue refers to them, and the
    conflicts whose every reference is still in the selection. Without filters the catalogue
    itself is returned.
    """
    if group is None and instrument is None and year is None and since is None and until is None:
        return catalog
    kept = {
        event.id
        for event in catalog.events(group=group, instrument=instrument, year=year, since=since, until=until)
    }
    for dialogue in catalog.dialogues:
        if dialogue.id in kept:
            kept.update(dialogue.follows)
    without_conflicts = attrs.evolve(
        catalog,
        conference_sessions=_kept(catalog.conference_sessions, kept),
        working_group_sessions=_kept(catalog.working_group_sessions, kept),
        dialogues=_kept(catalog.dialogues, kept),
        meetings=_kept(catalog.meetings, kept),
        conflicts=(),
    )
    ids = without_conflicts.ids()
    conflicts = tuple(
        conflict
        for conflict in catalog.conflicts
        if all(target in ids for _, target, _ in iter_references(conflict))
    )
    return attrs.evolve(without_conflicts, conflicts=conflicts)


def jsonl_lines(catalog: Catalog) -> Iterator[str]:
    """
    One line of JSON per event, in timeline order: ``{"kind": ..., "data": <canonical form>}``.

    *kind* names the class (``constructive_dialogue``, ...), so that a reader knows what to
    build ``data`` into with :func:`~untoc_dialogue.from_dict`.
    """
    for event in catalog.events():
        record = {"kind": kind_of(event), "data": to_dict(event)}
        yield json.dumps(record, ensure_ascii=False, allow_nan=False, separators=(",", ":")) + "\n"
