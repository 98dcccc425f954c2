"""Round trips and invariants over generated entities and documents."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from untoc_dialogue import (
    Catalog,
    Instrument,
    ValidationError,
    WorkingGroup,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from untoc_dialogue import strategies as sts
from untoc_dialogue._model import iter_references

ENTITY_STRATEGIES: list[st.SearchStrategy[Any]] = [
    sts.citations(),
    sts.sources(),
    sts.organizations(),
    sts.people(),
    sts.participants(person_ids=["p-1"], organization_ids=["o-1"]),
    sts.participation_figures(),
    sts.quotes(person_ids=["p-1"]),
    sts.recommendations(maker_ids=["p-1"], panel_count=2),
    sts.panels(person_ids=["p-1"]),
    sts.agenda_items(),
    sts.resolutions(),
    sts.party_counts(),
    sts.conventions(resolution_ids=["res-1"]),
    sts.protocols(resolution_ids=["res-1"]),
    sts.working_group_sessions(person_ids=["p-1"]),
    sts.conference_sessions(resolution_ids=["res-1"]),
    sts.dialogues(person_ids=["p-1"], organization_ids=["o-1"]),
    sts.meetings(),
    sts.status_reports(),
    sts.review_mechanisms(resolution_ids=["res-1"]),
    sts.claims(),
    sts.conflicts(),
    sts.partial_dates(),
    sts.date_ranges(),
    sts.catalogs(),
]


def _name(strategy: st.SearchStrategy[Any]) -> str:
    return repr(strategy).split("(")[0]


@pytest.mark.parametrize("strategy", ENTITY_STRATEGIES, ids=_name)
@given(data=st.data())
def test_json_round_trip(strategy: st.SearchStrategy[Any], data: st.DataObject) -> None:
    """Invariant: from_json(to_json(x)) == x, and writing again gives the same text."""
    value = data.draw(strategy)
    text = to_json(value)
    again = from_json(type(value), text)
    assert again == value
    assert to_json(again) == text


@given(sts.catalogs())
def test_generated_catalogues_hold_the_document_invariants(catalog: Catalog) -> None:
    """Invariant: ids are unique, every reference resolves, panels run 1..n, dialogues follow their sessions."""
    ids = [obj.id for _, obj in _every_object(catalog) if isinstance(getattr(obj, "id", None), str)]
    assert len(ids) == len(set(ids))
    for _, target, _kinds in iter_references(catalog):
        assert target in catalog
    for dialogue in catalog.dialogues:
        assert [panel.number for panel in dialogue.panels] == list(range(1, len(dialogue.panels) + 1))
        for session_id in dialogue.follows:
            session = catalog.get(session_id)
            if dialogue.date is not None and session.dates is not None:
                assert dialogue.date.latest() >= session.dates.end.earliest()


def _recursive_walk(value: Any, path: str) -> list[tuple[str, Any, tuple[str, ...] | None]]:
    """The walk written the plain way: recursion over every field of every attrs object."""
    if isinstance(value, tuple):
        return [
            found for index, item in enumerate(value) for found in _recursive_walk(item, f"{path}[{index}]")
        ]
    if not attrs.has(type(value)):
        return []
    found: list[tuple[str, Any, tuple[str, ...] | None]] = [(path, value, None)]
    for field in attrs.fields(type(value)):
        if not field.init:
            continue
        item = getattr(value, field.name)
        kinds = field.metadata.get("ref")
        if kinds is None:
            found += _recursive_walk(item, f"{path}.{field.name}")
        elif isinstance(item, str):
            found.append((f"{path}.{field.name}", item, kinds))
        elif isinstance(item, tuple):
            found += [(f"{path}.{field.name}[{index}]", target, kinds) for index, target in enumerate(item)]
    return found


@given(sts.catalogs())
def test_the_walk_visits_everything_in_document_order(catalog: Catalog) -> None:
    """Invariant: the walk yields every attrs object and every reference, in the order a recursion over every field would."""
    from untoc_dialogue._model import walk

    expected = _recursive_walk(catalog, "$")
    assert [(path, id(item), kinds) for path, item, kinds in walk(catalog)] == [
        (path, id(item), kinds) for path, item, kinds in expected
    ]


def _every_object(value: Any) -> list[tuple[str, Any]]:
    from untoc_dialogue._catalog import _walk

    return list(_walk(value, "$"))


# Each breaker takes the JSON data of a valid catalogue, breaks one invariant if it can,
# and returns the path the error must name (or None when this catalogue has nothing to break).
Breaker = Callable[[dict[str, Any]], "str | None"]


def _negative_count(data: dict[str, Any]) -> str | None:
    for index, dialogue in enumerate(data.get("dialogues", [])):
        if dialogue.get("participation"):
            dialogue["participation"][0]["number"] = -1
            return f"$.dialogues[{index}].participation[0].number"
    return None


def _panel_gap(data: dict[str, Any]) -> str | None:
    for index, dialogue in enumerate(data.get("dialogues", [])):
        if dialogue.get("panels"):
            last = len(dialogue["panels"]) - 1
            dialogue["panels"][last]["number"] += 1
            return f"$.dialogues[{index}].panels[{last}].number"
    return None


def _end_before_start(data: dict[str, Any]) -> str | None:
    for index, session in enumerate(data.get("working_group_sessions", [])):
        if "dates" in session:
            start = session["dates"].split("/")[0]
            year = int(start[:4])
            session["dates"] = f"{start}/{year - 1:04d}"
            return f"$.working_group_sessions[{index}].dates.end"
    return None


def _duplicate_id(data: dict[str, Any]) -> str | None:
    if len(data["sources"]) < 2:
        return None
    data["sources"][1]["id"] = data["sources"][0]["id"]
    return "$.sources[1].id"


def _citation_paths(value: Any, path: str) -> list[tuple[str, dict[str, Any]]]:
    if isinstance(value, list):
        return [
            found for index, item in enumerate(value) for found in _citation_paths(item, f"{path}[{index}]")
        ]
    if not isinstance(value, dict):
        return []
    if set(value) <= {"source", "excerpt", "locator"} and "source" in value:
        return [(path, value)]
    return [found for key, item in value.items() for found in _citation_paths(item, f"{path}.{key}")]


def _dangling_reference(data: dict[str, Any]) -> str | None:
    found = _citation_paths(data, "$")
    if not found:
        return None
    path, citation = found[-1]
    citation["source"] = "src-missing"
    return f"{path}.source"


def _unknown_enum(data: dict[str, Any]) -> str | None:
    for index, dialogue in enumerate(data.get("dialogues", [])):
        dialogue["groups"][0] = "piracy"
        return f"$.dialogues[{index}].groups[0]"
    return None


def _extra_key(data: dict[str, Any]) -> str | None:
    data["sources"][0]["retrieved"] = "2026-11-01"
    return "$.sources[0]"


def _dialogue_before_session(data: dict[str, Any]) -> str | None:
    sessions = {session["id"]: session for session in data.get("working_group_sessions", [])}
    for index, dialogue in enumerate(data.get("dialogues", [])):
        for session_id in dialogue.get("follows", []):
            if "dates" in sessions[session_id]:
                end = sessions[session_id]["dates"].split("/")[-1]
                dialogue["date"] = f"{int(end[:4]) - 1:04d}"
                return f"$.dialogues[{index}].date"
    return None


BREAKERS: list[Breaker] = [
    _negative_count,
    _panel_gap,
    _end_before_start,
    _duplicate_id,
    _dangling_reference,
    _unknown_enum,
    _extra_key,
    _dialogue_before_session,
]


@given(catalog=sts.catalogs(), data=st.data())
def test_breaking_one_invariant_is_always_refused(catalog: Catalog, data: st.DataObject) -> None:
    """Invariant: a valid document with any one invariant broken is refused, and the error names the place."""
    document = to_dict(catalog)
    applicable = [breaker for breaker in BREAKERS if breaker(copy.deepcopy(document)) is not None]
    breaker = data.draw(st.sampled_from(applicable), label="breaker")
    event(breaker.__name__)
    broken = copy.deepcopy(document)
    path = breaker(broken)
    assert path is not None
    with pytest.raises(ValidationError) as caught:
        from_dict(Catalog, broken)
    assert any(problem.path.startswith(path) for problem in caught.value.problems), caught.value


@given(sts.catalogs())
def test_catalogue_equality_ignores_its_indexes(catalog: Catalog) -> None:
    """Invariant: a rebuilt catalogue equals the original, so the indexes are not part of the value."""
    rebuilt = attrs.evolve(catalog)
    assert rebuilt == catalog
    assert rebuilt.ids() == catalog.ids()


@given(
    catalog=sts.catalogs(),
    group=st.none() | st.sampled_from(list(WorkingGroup)),
    instrument=st.none() | st.sampled_from(list(Instrument)),
    year=st.none() | st.integers(1989, 2041),
)
def test_indexed_queries_equal_a_full_scan(
    catalog: Catalog, group: WorkingGroup | None, instrument: Instrument | None, year: int | None
) -> None:
    """Invariant: a filtered query through the indexes returns exactly what scanning every event returns, in order."""
    from untoc_dialogue._catalog import _matches

    every = catalog.events()
    expected = tuple(event for event in every if _matches(event, group, instrument, year, None, None))
    assert catalog.events(group=group, instrument=instrument, year=year) == expected
    assert len(every) == len(catalog.conference_sessions) + len(catalog.working_group_sessions) + len(
        catalog.dialogues
    ) + len(catalog.meetings)
