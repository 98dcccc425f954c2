"""Tests for the exports: selection, JSON Lines, CSV tables and data package, iCalendar."""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import sys
from pathlib import Path
from typing import Any

import frictionless
import icalendar
import jsonschema
import pytest

from untoc_dialogue import (
    Catalog,
    ConferenceSession,
    ConstructiveDialogue,
    Meeting,
    UntocDialogueError,
    WorkingGroupSession,
    from_dict,
    from_json,
    load_catalog,
    to_dict,
    to_json,
)
from untoc_dialogue._catalog import event_dates
from untoc_dialogue._export import jsonl_lines, select
from untoc_dialogue._export_ics import to_ics
from untoc_dialogue._export_tables import TABLE_NAMES, Table, datapackage, tables, to_csv
from untoc_dialogue._schema import json_schema

SMALL_PATH = Path(__file__).parent / "data" / "small_catalog.json"
SMALL = load_catalog(SMALL_PATH)
STAMP = _dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=_dt.UTC)
KINDS: dict[str, type] = {
    "conference_session": ConferenceSession,
    "working_group_session": WorkingGroupSession,
    "constructive_dialogue": ConstructiveDialogue,
    "meeting": Meeting,
}


def _table(name: str, catalog: Catalog = SMALL) -> Table:
    return next(table for table in tables(catalog, "en") if table.name == name)


def _write_package(catalog: Catalog, folder: Path) -> Path:
    written = tables(catalog, "en")
    for table in written:
        (folder / f"{table.name}.csv").write_bytes(to_csv(table).encode("utf-8"))
    descriptor = folder / "datapackage.json"
    descriptor.write_text(json.dumps(datapackage(catalog, written)), encoding="utf-8")
    return descriptor


def _calendar(catalog: Catalog = SMALL, locale: str = "en") -> Any:
    data, _ = to_ics(catalog, locale, stamp=STAMP)
    return icalendar.Calendar.from_ical(data)


def _vevents(calendar: Any) -> dict[str, Any]:
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


# --- Selection ------------------------------------------------------------------------------


def test_select_without_filters_is_the_catalog() -> None:
    """With no filter, the selection is the catalogue itself."""
    assert select(SMALL) is SMALL


def test_select_keeps_the_matching_events() -> None:
    """A year keeps the events of that year: the 2023 session and dialogue."""
    selected = select(SMALL, year=2023)
    assert [event.id for event in selected.events()] == ["wg-som-10", "cd-som-2023"]


def test_select_keeps_the_session_a_dialogue_follows() -> None:
    """A kept dialogue keeps the session it follows, even outside the filter (June before July)."""
    selected = select(SMALL, since=_dt.date(2022, 7, 1), until=_dt.date(2022, 7, 31))
    assert [event.id for event in selected.events()] == ["wg-som-9", "cd-som-2022"]


def test_select_drops_conflicts_about_what_is_left_out() -> None:
    """A conflict about the 2023 dialogue goes when 2022 is selected."""
    assert select(SMALL, year=2022).conflicts == ()


def test_select_keeps_conflicts_whose_references_stay() -> None:
    """A conflict about the 2023 dialogue stays when 2023 is selected."""
    assert [conflict.id for conflict in select(SMALL, year=2023).conflicts] == [
        "conflict-cd-som-2023-participation"
    ]


def test_select_keeps_what_is_not_an_event() -> None:
    """Sources, people and organizations are kept whole."""
    selected = select(SMALL, year=2023)
    assert (selected.sources, selected.people, selected.organizations) == (
        SMALL.sources,
        SMALL.people,
        SMALL.organizations,
    )


def test_selection_is_a_valid_document() -> None:
    """The selection re-imports from its JSON as an equal catalogue."""
    selected = select(SMALL, group=None, year=2022)
    assert from_json(Catalog, to_json(selected)) == selected


# --- JSON Lines -----------------------------------------------------------------------------


def test_jsonl_has_one_line_per_event_in_timeline_order() -> None:
    """Each line names an event's kind, in date order with the undated meeting last."""
    kinds = [json.loads(line)["kind"] for line in jsonl_lines(SMALL)]
    assert kinds == [
        "working_group_session",
        "constructive_dialogue",
        "conference_session",
        "working_group_session",
        "constructive_dialogue",
        "meeting",
    ]


def test_jsonl_lines_rebuild_their_events() -> None:
    """The data of each line, read with from_dict as its kind, is the event itself."""
    records = [json.loads(line) for line in jsonl_lines(SMALL)]
    assert [from_dict(KINDS[record["kind"]], record["data"]) for record in records] == list(SMALL.events())


def test_jsonl_lines_are_single_lines() -> None:
    """Every record is one line ending in a newline."""
    assert all(line.count("\n") == 1 and line.endswith("\n") for line in jsonl_lines(SMALL))


# --- Tables ---------------------------------------------------------------------------------


def test_tables_are_one_per_kind() -> None:
    """The export has these tables, in this order."""
    assert TABLE_NAMES == (
        "events",
        "sessions",
        "panels",
        "participants",
        "people",
        "organizations",
        "recommendations",
        "participation_figures",
        "sources",
        "citations",
    )


def test_every_row_has_exactly_the_columns() -> None:
    """Each row holds a value (maybe None) for each column of its table and nothing else."""
    for table in tables(SMALL, "en"):
        names = [column.name for column in table.columns]
        assert all(list(row) == names for row in table.rows), table.name


def test_event_row() -> None:
    """An event's row gives its kind, title, dates and sources."""
    row = next(row for row in _table("events").rows if row["id"] == "wg-som-10")
    assert row == {
        "id": "wg-som-10",
        "kind": "working_group_session",
        "title": "Session 10 of the Working Group on the Smuggling of Migrants",
        "dates": "2023-10-05/2023-10-06",
        "earliest": _dt.date(2023, 10, 5),
        "latest": _dt.date(2023, 10, 6),
        "venue": "Vienna",
        "mode": None,
        "groups": ["smuggling_of_migrants"],
        "instruments": ["smuggling_of_migrants_protocol"],
        "follows": None,
        "notes": [],
        "sources": ["iclaim-2023"],
    }


def test_month_precision_spans_the_month() -> None:
    """A session known to June 2022 could fall on any day from 1 to 30 June."""
    row = next(row for row in _table("events").rows if row["id"] == "wg-som-9")
    assert (row["dates"], row["earliest"], row["latest"]) == (
        "2022-06",
        _dt.date(2022, 6, 1),
        _dt.date(2022, 6, 30),
    )


def test_sessions_hold_conference_and_working_group_sessions() -> None:
    """The sessions table has the two working group sessions and the Conference session, in date order."""
    assert [(row["id"], row["group"], row["number"]) for row in _table("sessions").rows] == [
        ("wg-som-9", "smuggling_of_migrants", 9),
        ("cop-11", None, 11),
        ("wg-som-10", "smuggling_of_migrants", 10),
    ]


def test_participants_are_everyone_at_events() -> None:
    """The president, the chairs and a panel's moderator are rows, each with its place."""
    rows = [(row["path"], row["event_id"], row["role"]) for row in _table("participants").rows]
    assert rows == [
        ("$.conference_sessions[0].president", "cop-11", "president"),
        ("$.dialogues[0].chairs[0]", "cd-som-2022", "chair"),
        ("$.dialogues[1].chairs[0]", "cd-som-2023", "co_chair"),
        ("$.dialogues[1].chairs[1]", "cd-som-2023", "co_chair"),
        ("$.dialogues[1].panels[0].speakers[0]", "cd-som-2023", "moderator"),
    ]


def test_citations_cover_every_row() -> None:
    """3 people, 1 organization and the events' 17 citations make 21 rows."""
    assert len(_table("citations").rows) == 21


def test_citation_paths_point_at_their_citations() -> None:
    """Each citation's path, followed in the JSON export, reaches that citation."""
    document = to_dict(SMALL)
    for row in _table("citations").rows:
        value: Any = document
        for part in row["path"].removeprefix("$.").replace("[", ".").replace("]", "").split("."):
            value = value[int(part)] if part.isdigit() else value[part]
        assert value["source"] == row["source"]
        assert value.get("excerpt") == row["excerpt"]


def test_citation_names_its_innermost_entity() -> None:
    """A figure's citation belongs to the figure, a panel's to its dialogue."""
    owners = {row["path"]: row["entity_id"] for row in _table("citations").rows}
    assert owners["$.dialogues[1].participation[0].sources[0]"] == "fig-cd-som-2023-unodc"
    assert owners["$.dialogues[1].panels[1].sources[0]"] == "cd-som-2023"


def test_primary_keys_are_unique() -> None:
    """No two rows of a table share a primary key."""
    for table in tables(SMALL, "en"):
        keys = [tuple(row[name] for name in table.primary_key) for row in table.rows]
        assert len(keys) == len(set(keys)), table.name


def test_csv_round_trips_commas_and_quotes() -> None:
    """A text with commas and double quotes reads back from the CSV as it was."""
    rows = list(csv.DictReader(io.StringIO(to_csv(_table("recommendations")), newline="")))
    assert rows[0]["text"] == 'Protect people rescued at sea, "whoever they are", and count them'


def test_csv_lines_end_in_crlf() -> None:
    """Lines end in CRLF, as RFC 4180 says."""
    text = to_csv(_table("people"))
    assert text.count("\r\n") == text.count("\n") == 4


def test_csv_unknown_and_empty_are_empty_cells() -> None:
    """An unknown value and an empty list are empty cells; a list of texts is a JSON array."""
    rows = list(csv.DictReader(io.StringIO(to_csv(_table("people")), newline="")))
    assert (rows[0]["other_names"], rows[2]["other_names"]) == ("", '["Germán Calderón"]')


def test_csv_several_values_are_a_json_array() -> None:
    """A recommendation's two themes are one cell: a JSON array, sorted."""
    rows = list(csv.DictReader(io.StringIO(to_csv(_table("recommendations")), newline="")))
    assert rows[0]["themes"] == '["data_and_evidence", "smuggling_at_sea"]'


def test_csv_one_id_of_a_list_is_still_an_array() -> None:
    """A list column with one value holds a one-item JSON array, not the bare value."""
    rows = list(csv.DictReader(io.StringIO(to_csv(_table("sessions")), newline="")))
    assert (rows[0]["id"], rows[0]["sources"]) == ("wg-som-9", '["seed-002"]')


def test_every_list_column_is_declared_an_array() -> None:
    """
    One convention for every cell of several values: each list a row holds is in a column the
    descriptor types ``array``, and no column still describes a ';' separator.
    """
    descriptor = datapackage(SMALL, tables(SMALL, "en"))
    types = {
        (resource["name"], field["name"]): field["type"]
        for resource in descriptor["resources"]
        for field in resource["schema"]["fields"]
    }
    listed = {
        (table.name, name)
        for table in tables(SMALL, "en")
        for row in table.rows
        for name, value in row.items()
        if isinstance(value, list)
    }
    assert {key for key in listed if types[key] != "array"} == set()
    assert [key for key, kind in types.items() if kind == "array" and key not in listed] == []
    descriptions = json.dumps(descriptor)
    assert "separated by" not in descriptions


def test_datapackage_declares_keys() -> None:
    """Panels are keyed by dialogue and number, and refer to the events table."""
    descriptor = datapackage(SMALL, tables(SMALL, "en"))
    panels = next(resource for resource in descriptor["resources"] if resource["name"] == "panels")
    assert panels["schema"]["primaryKey"] == ["event_id", "number"]
    assert panels["schema"]["foreignKeys"] == [
        {"fields": "event_id", "reference": {"resource": "events", "fields": "id"}}
    ]


def test_datapackage_is_valid_for_frictionless(tmp_path: Path) -> None:
    """frictionless validates the descriptor, every table's types, and the keys between tables."""
    report = frictionless.validate(str(_write_package(SMALL, tmp_path)))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])


def test_frictionless_sees_a_broken_reference(tmp_path: Path) -> None:
    """The foreign keys are really declared: a person who is not in the people table is caught."""
    descriptor = _write_package(SMALL, tmp_path)
    participants = tmp_path / "participants.csv"
    participants.write_text(
        participants.read_text(encoding="utf-8").replace("francesco-testa", "nobody"), encoding="utf-8"
    )
    report = frictionless.validate(str(descriptor))
    assert "foreign-key" in {error.type for task in report.tasks for error in task.errors}


# --- iCalendar ------------------------------------------------------------------------------


def test_ics_has_an_event_per_event_known_to_the_day() -> None:
    """The four events dated to the day are in the calendar, each with a UID made from its id."""
    assert sorted(_vevents(_calendar())) == [
        "cd-som-2022@untoc-dialogue",
        "cd-som-2023@untoc-dialogue",
        "cop-11@untoc-dialogue",
        "wg-som-10@untoc-dialogue",
    ]


def test_ics_leaves_out_what_is_not_known_to_the_day() -> None:
    """The session known to the month and the undated meeting are returned as left out."""
    _, left_out = to_ics(SMALL, "en", stamp=STAMP)
    assert [event.id for event in left_out] == ["wg-som-9", "prep-day-som-2023"]


def test_ics_events_are_all_day() -> None:
    """A two-day session starts on its first day and ends (exclusively) the day after its last."""
    session = _vevents(_calendar())["wg-som-10@untoc-dialogue"]
    assert (session.decoded("dtstart"), session.decoded("dtend")) == (
        _dt.date(2023, 10, 5),
        _dt.date(2023, 10, 7),
    )


def test_ics_summary_location_and_stamp() -> None:
    """An entry has the event's title, its venue, and the moment of the export."""
    dialogue = _vevents(_calendar())["cd-som-2023@untoc-dialogue"]
    assert (str(dialogue["summary"]), str(dialogue["location"]), dialogue.decoded("dtstamp")) == (
        "Constructive Dialogue on the Smuggling of Migrants",
        "Vienna",
        STAMP,
    )


def test_ics_summary_follows_the_locale() -> None:
    """In French the dialogue's summary is the French title."""
    dialogue = _vevents(_calendar(locale="fr"))["cd-som-2022@untoc-dialogue"]
    assert str(dialogue["summary"]) == "Dialogue constructif sur le trafic illicite de migrants"


def test_ics_description_cites_the_sources() -> None:
    """The description lists the sources, with their addresses."""
    description = str(_vevents(_calendar())["cd-som-2023@untoc-dialogue"]["description"])
    assert (
        "UNODC news, 20 October 2023 (UNODC): https://www.unodc.org/unodc/en/ngos/2023/cd-som.html"
        in description
    )


def test_ics_is_in_vienna_time() -> None:
    """The calendar names Europe/Vienna and carries its definition."""
    calendar = _calendar()
    zones = [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")]
    assert (str(calendar["x-wr-timezone"]), zones) == ("Europe/Vienna", ["Europe/Vienna"])


def test_ics_is_the_same_for_the_same_stamp() -> None:
    """Two exports at the same moment are byte for byte the same, so a re-import updates in place."""
    assert to_ics(SMALL, "en", stamp=STAMP)[0] == to_ics(SMALL, "en", stamp=STAMP)[0]


def test_ics_without_icalendar_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the icalendar package, the error says which extra to install."""
    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(UntocDialogueError, match=r"untoc-dialogue\[ics\]"):
        to_ics(SMALL, "en", stamp=STAMP)


# --- The bundled catalogue: every export re-imports or validates ------------------------------


@pytest.fixture(scope="module")
def bundled() -> Catalog:
    return load_catalog()


def test_bundled_json_reimports(bundled: Catalog) -> None:
    """The JSON export of the bundled catalogue reads back as the same catalogue."""
    assert from_json(Catalog, to_json(select(bundled))) == bundled


def test_bundled_jsonl_rebuilds_every_event(bundled: Catalog) -> None:
    """Every line of the JSON Lines export rebuilds one event of the bundled catalogue."""
    records = [json.loads(line) for line in jsonl_lines(bundled)]
    assert [from_dict(KINDS[record["kind"]], record["data"]) for record in records] == list(bundled.events())


def test_bundled_catalog_validates_against_the_schema(bundled: Catalog) -> None:
    """The bundled catalogue is valid under the generated JSON Schema."""
    jsonschema.Draft202012Validator(json_schema(Catalog)).validate(to_dict(bundled))


def test_bundled_datapackage_is_valid(bundled: Catalog, tmp_path: Path) -> None:
    """frictionless validates the bundled catalogue's tables, types and keys."""
    report = frictionless.validate(str(_write_package(bundled, tmp_path)))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])


def test_bundled_ics_reimports_with_every_day_dated_event(bundled: Catalog) -> None:
    """The calendar re-imports with one entry per event whose first and last days are known."""
    dated = {
        f"{event.id}@untoc-dialogue"
        for event in bundled.events()
        if (span := event_dates(event)) is not None
        and span.start.day is not None
        and span.end.day is not None
    }
    assert set(_vevents(_calendar(bundled))) == dated
