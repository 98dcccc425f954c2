"""
The catalogue as tables: one CSV file per kind of row, and a Frictionless Data Package
descriptor (``datapackage.json``) with each column's type, the primary keys and the
foreign keys between the tables.

Citations travel with the rows: every table that holds facts has a ``sources`` column (the
ids of the sources its row cites, in the ``sources`` table), and the ``citations`` table
holds every citation with its excerpt, keyed by where it sits in the JSON export.

Cells follow the Table Schema conventions: an empty cell is an unknown value (or an empty
list), and a cell that holds several values, ids, vocabulary values or texts alike, holds a
JSON array of them (Table Schema's ``array`` type), such as ``["seed-001", "seed-003"]``: one
convention for every such column, which no value can break.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any, Final

import attrs

from ._catalog import Catalog, event_dates, event_groups
from ._countries import ISO_3166_ALPHA2
from ._dates import DateRange
from ._methods import fields_eq, fields_hash, fields_repr
from ._model import (
    Citation,
    ConferenceSession,
    ConstructiveDialogue,
    Meeting,
    Participant,
    WorkingGroupSession,
)
from ._titles import KINDS, event_title, kind_of
from ._vocabulary import (
    CountBasis,
    FigureCategory,
    FigureQualifier,
    Instrument,
    Mode,
    OrganizationKind,
    RecommendationStatus,
    Reliability,
    Role,
    WorkingGroup,
)

__all__ = ["TABLE_NAMES", "Column", "Table", "datapackage", "tables", "to_csv"]


@attrs.frozen
class Column:
    """
    One column of a table, as a Table Schema field.

    Attributes:
        name: The column's name in the CSV header.
        type: Its Table Schema type: ``string``, ``integer``, ``date`` or ``array``.
        description: What it holds.
        constraints: Table Schema constraints such as ``required``, ``enum`` or ``minimum``.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    name: str
    type: str
    description: str
    constraints: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class Table:
    """
    One table of the export.

    Attributes:
        name: The table's name, also its file's name without ``.csv``.
        description: What a row is.
        columns: Its columns, in order.
        primary_key: The columns that identify a row.
        foreign_keys: ``(column, table, column)`` for each column that refers to another table.
        rows: The rows, as mappings from column name to value (``None`` for unknown).
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...]
    rows: tuple[dict[str, Any], ...]


def _required(name: str, type_: str, description: str, **constraints: Any) -> Column:
    return Column(name, type_, description, {"required": True, **constraints})


def _enum(name: str, vocabulary: type[Any], description: str, *, required: bool = False) -> Column:
    constraints: dict[str, Any] = {"enum": [member.value for member in vocabulary]}
    if required:
        constraints["required"] = True
    return Column(name, "string", description, constraints)


_ID = "The entity's stable identifier, as in the JSON export."
_SOURCES = "Ids of the sources the row cites, as a JSON array; see the sources and citations tables."
_EVENT_ID = "The id of the event it belongs to, in the events table."
_THEMES = "Subjects it concerns, as a JSON array."
_COUNTRY = "ISO 3166-1 alpha-2 code of the country, when a source gives it."
_COUNTRIES: Final = {"enum": sorted(ISO_3166_ALPHA2)}


def _listed(values: Any) -> list[str]:
    """Ids or vocabulary members as the list a cell holds (a JSON array; empty, an empty cell)."""
    return [getattr(value, "value", value) for value in values]


def _sorted_values(values: frozenset[Any]) -> list[str]:
    return _listed(sorted(values, key=lambda member: member.value))


def _source_ids(entity: Any) -> list[str]:
    return _listed(dict.fromkeys(citation.source for citation in entity.sources))


def _event_rows(catalog: Catalog, locale: str) -> Iterator[dict[str, Any]]:
    for event in catalog.events():
        span: DateRange | None = event_dates(event)
        instruments = dict.fromkeys(group.instrument for group in event_groups(event))
        yield {
            "id": event.id,
            "kind": kind_of(event),
            "title": event_title(event, locale),
            "dates": None if span is None else span.isoformat(),
            "earliest": None if span is None else span.earliest(),
            "latest": None if span is None else span.latest(),
            "venue": event.venue,
            "mode": None if event.mode is None else event.mode.value,
            "groups": _listed(event_groups(event)),
            "instruments": _listed(sorted(instruments, key=list(Instrument).index)),
            "follows": _listed(event.follows) if isinstance(event, ConstructiveDialogue) else None,
            "notes": list(event.notes),
            "sources": _source_ids(event),
        }


def _session_rows(catalog: Catalog, locale: str) -> Iterator[dict[str, Any]]:
    for event in catalog.events():
        if isinstance(event, WorkingGroupSession):
            yield {
                "id": event.id,
                "group": event.group.value,
                "number": event.number,
                "topics": list(event.topics),
                "recommendations_adopted": event.recommendations_adopted,
                "resolutions_adopted": None,
                "resolutions": None,
                "sources": _source_ids(event),
            }
        elif isinstance(event, ConferenceSession):
            yield {
                "id": event.id,
                "group": None,
                "number": event.number,
                "topics": [],
                "recommendations_adopted": None,
                "resolutions_adopted": event.resolutions_adopted,
                "resolutions": _listed(event.resolutions),
                "sources": _source_ids(event),
            }


def _dialogues(catalog: Catalog) -> Iterator[ConstructiveDialogue]:
    for event in catalog.events():
        if isinstance(event, ConstructiveDialogue):
            yield event


def _panel_rows(catalog: Catalog, locale: str) -> Iterator[dict[str, Any]]:
    for dialogue in _dialogues(catalog):
        for panel in dialogue.panels:
            yield {
                "event_id": dialogue.id,
                "number": panel.number,
                "question": panel.question,
                "topic": panel.topic,
                "panellist_count": panel.panellist_count,
                "themes": _sorted_values(panel.themes),
                "sources": _source_ids(panel),
            }


def _within(value: Any, path: str, owner: str | None) -> Iterator[tuple[str, str | None, Any]]:
    """``(path, id of the innermost entity with an id, object)`` for every object in *value*."""
    if isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _within(item, f"{path}[{index}]", owner)
    elif attrs.has(type(value)):
        identifier = getattr(value, "id", None)
        owner = identifier if isinstance(identifier, str) else owner
        yield path, owner, value
        for field in attrs.fields(type(value)):
            yield from _within(getattr(value, field.name), f"{path}.{field.name}", owner)


_ROW_FIELDS: Final = (
    "people",
    "organizations",
    "conference_sessions",
    "working_group_sessions",
    "dialogues",
    "meetings",
)


def _rows_objects(catalog: Catalog) -> Iterator[tuple[str, str | None, Any]]:
    """Every object inside the entities the tables hold, with its path in the JSON export."""
    for name in _ROW_FIELDS:
        yield from _within(getattr(catalog, name), f"$.{name}", None)


def _participant_rows(catalog: Catalog, locale: str) -> Iterator[dict[str, Any]]:
    event_ids = {event.id for event in catalog.events()}
    for path, owner, value in _rows_objects(catalog):
        if isinstance(value, Participant) and owner in event_ids:
            yield {
                "path": path,
                "event_id": owner,
                "role": value.role.value,
                "person": value.person,
                "organization": value.organization,
                "title": value.title,
                "country": value.country,
                "sources": _source_ids(value),
            }


def _people_rows(catalog: Catalog, locale: str) -> Iterator[dict[str, Any]]:
    for person in catalog.people:
        yield {
            "id": person.id,
            "name": person.name,
            "other_names": list(person.other_names),
            "sources": _source_ids(person),
        }


def _organization_rows(catalog: Catalog, locale: str) -> Iterator[dict[str, Any]]:
    for organization in catalog.organizations:
        yield {
            "id": organization.id,
            "name": organization.name,
            "kind": organization.kind.value,
            "acronym": organization.acronym,
            "country": organization.country,
            "sources": _source_ids(organization),
        }


def _recommendation_rows(catalog: Catalog, locale: str) -> Iterator[dict[str, Any]]:
    for dialogue, recommendation in catalog.recommendations():
        yield {
            "id": recommendation.id,
            "event_id": dialogue.id,
            "panel": recommendation.panel,
            "text": recommendation.text,
            "status": recommendation.status.value,
            "made_by": _listed(recommendation.made_by),
            "made_by_description": recommendation.made_by_description,
            "themes": _sorted_values(recommendation.themes),
            "sources": _source_ids(recommendation),
        }


def _figure_rows(catalog: Catalog, locale: str) -> Iterator[dict[str, Any]]:
    for event in catalog.events():
        if isinstance(event, WorkingGroupSession):
            continue
        for figure in event.participation:
            yield {
                "id": figure.id,
                "event_id": event.id,
                "category": figure.category.value,
                "number": figure.number,
                "qualifier": figure.qualifier.value,
                "basis": figure.basis.value,
                "counted": figure.counted,
                "sources": _source_ids(figure),
            }


def _source_rows(catalog: Catalog, locale: str) -> Iterator[dict[str, Any]]:
    for source in catalog.sources:
        yield {
            "id": source.id,
            "title": source.title,
            "publisher": source.publisher,
            "date": None if source.date is None else source.date.isoformat(),
            "url": source.url,
            "reliability": None if source.reliability is None else source.reliability.value,
            "note": source.note,
        }


def _citation_rows(catalog: Catalog, locale: str) -> Iterator[dict[str, Any]]:
    for path, owner, value in _rows_objects(catalog):
        if isinstance(value, Citation):
            yield {
                "path": path,
                "entity_id": owner,
                "source": value.source,
                "excerpt": value.excerpt,
                "locator": value.locator,
            }


@attrs.frozen
class _Spec:
    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...]
    rows: Callable[[Catalog, str], Iterator[dict[str, Any]]]


_TO_EVENT: Final = ("event_id", "events", "id")
_EVENT_KINDS: Final = {
    "enum": [
        KINDS[kind][0] for kind in (ConferenceSession, WorkingGroupSession, ConstructiveDialogue, Meeting)
    ]
}

_SPECS: Final = (
    _Spec(
        "events",
        (
            "Every event in date order: sessions of the Conference and of the working groups, Constructive Dialogues, other meetings."
        ),
        (
            _required("id", "string", _ID),
            _required("kind", "string", ("What the event is."), **_EVENT_KINDS),
            _required("title", "string", ("The event's title.")),
            Column(
                "dates",
                "string",
                ("The event's dates as an ISO 8601 date or interval, at the precision the sources give."),
            ),
            Column("earliest", "date", ("The first day the event could have started.")),
            Column("latest", "date", ("The last day the event could have ended.")),
            Column("venue", "string", ("Where it was held.")),
            _enum("mode", Mode, ("In person, online or hybrid.")),
            Column("groups", "array", ("The working groups it belongs to, as a JSON array.")),
            Column("instruments", "array", ("The instruments of those groups, as a JSON array.")),
            Column(
                "follows",
                "array",
                ("For a dialogue: the ids of the sessions it followed, as a JSON array."),
            ),
            Column("notes", "array", ("Other facts the sources give, as a JSON array of sentences.")),
            _required("sources", "array", _SOURCES),
        ),
        ("id",),
        (),
        _event_rows,
    ),
    _Spec(
        "sessions",
        ("Sessions of the Conference of the Parties and of its working groups."),
        (
            _required("id", "string", ("The session's id, in the events table.")),
            _enum("group", WorkingGroup, ("The working group; empty for a session of the Conference.")),
            Column("number", "integer", ("The session's number in its series."), {"minimum": 1}),
            Column("topics", "array", ("Its topics, as a JSON array of the sources' words.")),
            Column(
                "recommendations_adopted",
                "integer",
                ("How many recommendations it agreed, when a source says."),
                {"minimum": 0},
            ),
            Column(
                "resolutions_adopted",
                "integer",
                ("How many resolutions it adopted, when a source says."),
                {"minimum": 0},
            ),
            Column(
                "resolutions",
                "array",
                ("Ids of the resolutions it adopted that the catalogue records, as a JSON array."),
            ),
            _required("sources", "array", _SOURCES),
        ),
        ("id",),
        (("id", "events", "id"),),
        _session_rows,
    ),
    _Spec(
        "panels",
        ("Panel discussions of the Constructive Dialogues."),
        (
            _required("event_id", "string", _EVENT_ID),
            _required("number", "integer", ("The panel's place within its dialogue, from 1."), minimum=1),
            Column("question", "string", ("The question put to the panel, as the source words it.")),
            Column("topic", "string", ("The panel's topic, as the source words it.")),
            Column(
                "panellist_count",
                "integer",
                ("How many panellists it had, when a source says."),
                {"minimum": 0},
            ),
            Column("themes", "array", _THEMES),
            _required("sources", "array", _SOURCES),
        ),
        ("event_id", "number"),
        (_TO_EVENT,),
        _panel_rows,
    ),
    _Spec(
        "participants",
        ("Chairs, presidents, panellists and speakers at events, in the posts they held then."),
        (
            _required("path", "string", ("Where the participant sits in the JSON export, as a JSONPath.")),
            _required("event_id", "string", _EVENT_ID),
            _enum("role", Role, ("The part they played."), required=True),
            Column(
                "person", "string", ("The id of the person, in the people table, when a source names them.")
            ),
            Column(
                "organization",
                "string",
                ("The id of the organization they spoke for, in the organizations table."),
            ),
            Column("title", "string", ("Their post, as the source words it.")),
            Column("country", "string", _COUNTRY, _COUNTRIES),
            _required("sources", "array", _SOURCES),
        ),
        ("path",),
        (_TO_EVENT, ("person", "people", "id"), ("organization", "organizations", "id")),
        _participant_rows,
    ),
    _Spec(
        "people",
        ("Named people: chairs, speakers, panellists, officials."),
        (
            _required("id", "string", _ID),
            _required("name", "string", ("The name as sources give it.")),
            Column("other_names", "array", ("Other forms of the name sources use, as a JSON array.")),
            _required("sources", "array", _SOURCES),
        ),
        ("id",),
        (),
        _people_rows,
    ),
    _Spec(
        "organizations",
        ("Organizations that take part in the review mechanism or its dialogues."),
        (
            _required("id", "string", _ID),
            _required("name", "string", ("The name as sources give it.")),
            _enum("kind", OrganizationKind, ("What kind of body it is."), required=True),
            Column("acronym", "string", ("A short form the sources use.")),
            Column("country", "string", _COUNTRY, _COUNTRIES),
            _required("sources", "array", _SOURCES),
        ),
        ("id",),
        (),
        _organization_rows,
    ),
    _Spec(
        "recommendations",
        ("Recommendations made at the Constructive Dialogues, in the sources' words."),
        (
            _required("id", "string", _ID),
            _required("event_id", "string", _EVENT_ID),
            Column("panel", "integer", ("The number of the panel it came from, when known."), {"minimum": 1}),
            _required("text", "string", ("The recommendation as the source words it.")),
            _enum("status", RecommendationStatus, ("How far it has gone."), required=True),
            Column("made_by", "array", ("Ids of the people or organizations who made it, as a JSON array.")),
            Column("made_by_description", "string", ("Who made it, as the source describes them.")),
            Column("themes", "array", _THEMES),
            _required("sources", "array", _SOURCES),
        ),
        ("id",),
        (_TO_EVENT,),
        _recommendation_rows,
    ),
    _Spec(
        "participation_figures",
        ("Counts of who took part in events, each as one source gives it."),
        (
            _required("id", "string", _ID),
            _required("event_id", "string", _EVENT_ID),
            _enum("category", FigureCategory, ("What was counted."), required=True),
            _required("number", "integer", ("The number the source gives."), minimum=0),
            _enum(
                "qualifier",
                FigureQualifier,
                ("Whether the source says exactly, over or about that number."),
                required=True,
            ),
            _enum("basis", CountBasis, ("Whether it counts registrations or attendance."), required=True),
            Column("counted", "string", ("What was counted, as the source words it.")),
            _required("sources", "array", _SOURCES),
        ),
        ("id",),
        (_TO_EVENT,),
        _figure_rows,
    ),
    _Spec(
        "sources",
        ("Every source a fact cites."),
        (
            _required("id", "string", _ID),
            _required("title", "string", ("The title as the source gives it.")),
            _required("publisher", "string", ("Who published it.")),
            Column("date", "string", ("When it was published, as an ISO 8601 date at the precision known.")),
            Column("url", "string", ("Where it can be read.")),
            _enum(
                "reliability",
                Reliability,
                ("The fact sheet's grade: a official, b reputable secondary, c corroboration only."),
            ),
            Column("note", "string", ("What a reader should know about the copy that was read.")),
        ),
        ("id",),
        (),
        _source_rows,
    ),
    _Spec(
        "citations",
        ("Every citation in the other tables' rows: which source states a fact, in which words."),
        (
            _required("path", "string", ("Where the citation sits in the JSON export, as a JSONPath.")),
            Column("entity_id", "string", ("The id of the innermost entity that holds the citation.")),
            _required("source", "string", ("The id of the source, in the sources table.")),
            Column("excerpt", "string", ("The words of the source that state the fact.")),
            Column("locator", "string", ("Where in the source: a section, page or paragraph.")),
        ),
        ("path",),
        (("source", "sources", "id"),),
        _citation_rows,
    ),
)

#: The names of the tables, in the order they are written.
TABLE_NAMES: Final = tuple(spec.name for spec in _SPECS)


def tables(catalog: Catalog, locale: str) -> tuple[Table, ...]:
    """Every table of *catalog*, with the events' titles in *locale*."""
    return tuple(
        Table(
            name=spec.name,
            description=spec.description,
            columns=spec.columns,
            primary_key=spec.primary_key,
            foreign_keys=spec.foreign_keys,
            rows=tuple(spec.rows(catalog, locale)),
        )
        for spec in _SPECS
    )


def _cell(value: Any) -> str:
    if value is None or value == []:
        return ""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def to_csv(table: Table) -> str:
    """*table* as CSV text (RFC 4180: commas, CRLF line ends, a header row)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    names = [column.name for column in table.columns]
    writer.writerow(names)
    for row in table.rows:
        writer.writerow([_cell(row[name]) for name in names])
    return buffer.getvalue()


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.description}
    if column.constraints:
        field["constraints"] = column.constraints
    return field


def datapackage(catalog: Catalog, written: tuple[Table, ...]) -> dict[str, Any]:
    """The Frictionless Data Package descriptor of *written*, the tables of *catalog*."""
    return {
        "profile": "tabular-data-package",
        "name": "untoc-dialogue",
        "title": catalog.title or "untoc-dialogue",
        "version": catalog.data_version,
        "description": _PACKAGE,
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": table.name,
                "path": f"{table.name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": table.description,
                "schema": {
                    "fields": [_field(column) for column in table.columns],
                    "missingValues": [""],
                    "primaryKey": list(table.primary_key),
                    "foreignKeys": [
                        {"fields": column, "reference": {"resource": target, "fields": target_column}}
                        for column, target, target_column in table.foreign_keys
                    ],
                },
            }
            for table in written
        ],
    }


_PACKAGE = (
    "The UNTOC review mechanism as tables: events, sessions, panels, participants, people, "
    "organizations, recommendations, participation figures, and the sources and citations of every fact."
)
