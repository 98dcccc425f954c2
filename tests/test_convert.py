"""The converter: strict structuring, canonical output, errors with paths."""

from __future__ import annotations

import json
from typing import Any

import pytest

from untoc_dialogue import (
    SCHEMA_VERSION,
    Catalog,
    Citation,
    ConstructiveDialogue,
    Panel,
    ParticipationFigure,
    Theme,
    UntocDialogueError,
    ValidationError,
    from_dict,
    from_json,
    to_dict,
    to_json,
)

from ._builders import catalog_dict, citation


def problems_of(kind: type, data: Any) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        from_dict(kind, data)
    return [str(problem) for problem in caught.value.problems]


def test_hand_written_catalogue_loads_and_round_trips() -> None:
    """A valid document loads, and writing it back gives equal data."""
    data = catalog_dict()
    catalog = from_dict(Catalog, data)
    assert catalog.get("cd-som-2023").panels[1].question == "Who is a smuggler?"
    assert to_dict(catalog) == data


def test_number_where_a_string_belongs_is_refused() -> None:
    """A number is never coerced into a string."""
    data = catalog_dict()
    data["dialogues"][0]["venue"] = 12
    assert problems_of(Catalog, data) == ["$.dialogues[0].venue: expected a string, got the number 12"]


def test_string_where_an_integer_belongs_is_refused() -> None:
    """'65' is not 65."""
    data = catalog_dict()
    data["dialogues"][0]["participation"][0]["number"] = "65"
    assert problems_of(Catalog, data) == [
        "$.dialogues[0].participation[0].number: expected an integer, got the string '65'"
    ]


@pytest.mark.parametrize("value", [12.7, 65.0, True])
def test_float_or_bool_where_an_integer_belongs_is_refused(value: Any) -> None:
    """Neither 12.7, 65.0 nor true is an integer."""
    data = {"id": "fig-1", "category": "ngos", "number": value, "sources": [citation()]}
    assert problems_of(ParticipationFigure, data)[0].startswith("$.number: expected an integer")


def test_string_where_an_array_belongs_is_refused() -> None:
    """A string is not iterated into characters."""
    assert problems_of(Panel, {"number": 1, "sources": "seed-003"}) == [
        "$.sources: expected an array, got the string 'seed-003'"
    ]


def test_unknown_enum_value_lists_the_allowed_ones() -> None:
    """A misspelt mode names the values that are allowed."""
    data = catalog_dict()
    data["dialogues"][0]["mode"] = "hibrid"
    assert problems_of(Catalog, data) == [
        "$.dialogues[0].mode: unknown Mode 'hibrid'; expected one of: hybrid, in_person, online"
    ]


def test_unknown_key_is_refused_not_dropped() -> None:
    """An extra key is an error, so nothing is dropped silently."""
    data = catalog_dict()
    data["people"][0]["nickname"] = "F."
    assert problems_of(Catalog, data) == [
        "$.people[0]: unknown field(s) nickname; fields are never dropped silently"
    ]


def test_missing_field_is_named() -> None:
    """A missing required field is reported at its path."""
    data = catalog_dict()
    del data["dialogues"][0]["panels"][1]["number"]
    assert problems_of(Catalog, data) == ["$.dialogues[0].panels[1].number: required field is missing"]


def test_bad_date_is_reported_at_its_path() -> None:
    """30 February is refused where it stands."""
    data = catalog_dict()
    data["dialogues"][0]["date"] = "2023-02-30"
    assert problems_of(Catalog, data) == [
        "$.dialogues[0].date.day: must be a day from 1 to 28 in 2023-02, got 30"
    ]


def test_validator_failure_deep_in_a_document_has_the_full_path() -> None:
    """A field validator's problem is prefixed with where the object sits."""
    data = catalog_dict()
    data["dialogues"][0]["panels"][1]["number"] = 0
    assert "$.dialogues[0].panels[1].number: must be >= 1, got 0" in problems_of(Catalog, data)


def test_every_problem_is_listed_at_once() -> None:
    """Several problems in one document are all reported."""
    data = catalog_dict()
    data["dialogues"][0]["mode"] = "zoom"
    data["dialogues"][0]["venue"] = 1
    data["people"][0]["name"] = 2
    assert len(problems_of(Catalog, data)) == 3


def test_dangling_reference_is_refused() -> None:
    """A reference to an id the document does not hold is an error at the reference."""
    data = catalog_dict()
    data["dialogues"][0]["follows"] = ["wg-som-11"]
    assert problems_of(Catalog, data) == [
        "$.dialogues[0].follows[0]: refers to 'wg-som-11', which is not in the document"
    ]


def test_reference_to_the_wrong_kind_is_refused() -> None:
    """A chair's person must be a Person, not a session."""
    data = catalog_dict()
    data["dialogues"][0]["chairs"][0]["person"] = "wg-som-10"
    assert problems_of(Catalog, data) == [
        "$.dialogues[0].chairs[0].person: refers to 'wg-som-10', a WorkingGroupSession, but must refer to a Person"
    ]


def test_reference_problems_are_listed_in_document_order() -> None:
    """A missing id, a wrong kind and a forward reference: problems in the order the document has them."""
    data = catalog_dict()
    data["working_group_sessions"][0]["sources"][0]["source"] = "no-such-source"  # missing
    data["dialogues"][0]["follows"] = ["fig-1", "wg-som-10"]  # wrong kind, further on
    data["dialogues"][0]["chairs"][0]["person"] = "cd-som-2023"  # wrong kind, already seen
    data["dialogues"][0]["panels"][0]["sources"][0]["source"] = "missing-too"
    assert problems_of(Catalog, data) == [
        "$.working_group_sessions[0].sources[0].source: refers to 'no-such-source', which is not in the document",
        "$.dialogues[0].follows[0]: refers to 'fig-1', a ParticipationFigure, but must refer to a WorkingGroupSession",
        "$.dialogues[0].chairs[0].person: refers to 'cd-som-2023', a ConstructiveDialogue, but must refer to a Person",
        "$.dialogues[0].panels[0].sources[0].source: refers to 'missing-too', which is not in the document",
    ]


def test_duplicate_ids_are_refused() -> None:
    """Two entities with one id are refused, naming both places."""
    data = catalog_dict()
    data["dialogues"][0]["participation"][0]["id"] = "wg-som-10"
    assert problems_of(Catalog, data) == [
        "$.dialogues[0].participation[0].id: duplicate id 'wg-som-10', already used at $.working_group_sessions[0]"
    ]


def test_dialogue_before_the_session_it_follows_is_refused() -> None:
    """A dialogue dated before the end of its session is refused."""
    data = catalog_dict()
    data["dialogues"][0]["date"] = "2023-10-05"
    assert problems_of(Catalog, data) == [
        "$.dialogues[0].date: 2023-10-05 is before the end (2023-10-06) of 'wg-som-10', the session the dialogue follows"
    ]


def test_newer_schema_version_is_refused_naming_both() -> None:
    """A document from a newer schema names its version and ours."""
    data = catalog_dict()
    data["schema_version"] = "2.0"
    (message,) = problems_of(Catalog, data)
    assert "2.0" in message and SCHEMA_VERSION in message and "upgrade" in message


def test_document_without_schema_version_is_refused() -> None:
    """Every document names its schema version."""
    data = catalog_dict()
    del data["schema_version"]
    assert problems_of(Catalog, data)[0].startswith("$.schema_version: required field is missing")


def test_schema_version_is_always_written() -> None:
    """The version is written even though it is the default."""
    assert json.loads(to_json(from_dict(Catalog, catalog_dict())))["schema_version"] == SCHEMA_VERSION


def test_duplicate_json_keys_are_refused() -> None:
    """The standard parser keeps the last of two equal keys; ours refuses them."""
    with pytest.raises(ValidationError, match="duplicate key 'number'"):
        from_json(Panel, '{"number": 1, "number": 2, "sources": []}')


@pytest.mark.parametrize("text", ['{"number": NaN}', '{"number": Infinity}', '{"number": 1e999}'])
def test_non_finite_numbers_are_refused(text: str) -> None:
    """NaN, Infinity and overflowing numbers are not JSON we accept."""
    with pytest.raises(ValidationError, match="not valid JSON"):
        from_json(Panel, text)


def test_byte_order_mark_is_refused_with_advice() -> None:
    """A UTF-8 byte-order mark is named."""
    with pytest.raises(ValidationError, match="byte-order mark"):
        from_json(Panel, b"\xef\xbb\xbf{}")


def test_non_utf8_bytes_are_refused() -> None:
    """Latin-1 bytes are not UTF-8."""
    with pytest.raises(ValidationError, match="not UTF-8"):
        from_json(Panel, '{"question": "caf\xe9"}'.encode("latin-1"))


def test_malformed_json_gives_line_and_column() -> None:
    """A syntax error says where."""
    with pytest.raises(ValidationError, match="line 1, column 14"):
        from_json(Panel, '{"number": 1,}')


def test_top_level_of_the_wrong_type_is_refused() -> None:
    """An array is not a Panel."""
    assert problems_of(Panel, []) == ["$: expected an object (Panel), got an array"]


def test_duplicate_set_items_are_refused() -> None:
    """A theme listed twice would be lost on the way back, so it is refused."""
    data = {"number": 1, "sources": [citation()], "themes": ["gender", "gender"]}
    assert problems_of(Panel, data) == ["$.themes: must not repeat an item, got gender more than once"]


def test_output_is_deterministic_whatever_the_set_order() -> None:
    """Sets are written sorted, so equal values give equal bytes."""
    cite = (Citation(source="seed-003"),)
    one = Panel(number=1, sources=cite, themes=frozenset([Theme.GENDER, Theme.CHILDREN, Theme.YOUTH]))
    two = Panel(number=1, sources=cite, themes=frozenset([Theme.YOUTH, Theme.CHILDREN, Theme.GENDER]))
    assert to_json(one) == to_json(two)
    assert json.loads(to_json(one))["themes"] == ["children", "gender", "youth"]


def test_errors_share_one_root() -> None:
    """ValidationError is an UntocDialogueError and a ValueError."""
    with pytest.raises(UntocDialogueError):
        from_dict(ConstructiveDialogue, {})
    assert issubclass(ValidationError, ValueError)


def test_a_figure_that_also_covers_a_missing_event_is_refused() -> None:
    """also_covers names events of the same document."""
    data = catalog_dict()
    data["dialogues"][0]["participation"][0]["also_covers"] = ["cd-missing"]
    assert problems_of(Catalog, data) == [
        "$.dialogues[0].participation[0].also_covers[0]: refers to 'cd-missing', which is not in the document"
    ]


# --- The structure code written ahead of time ------------------------------------------------


def test_the_pregenerated_structure_module_is_current() -> None:
    """_structure_catalog.py is what the generator writes from the model as it is now."""
    from pathlib import Path

    from untoc_dialogue import _structure_catalog
    from untoc_dialogue._convert import structure_module_source

    written = Path(_structure_catalog.__file__).read_text(encoding="utf-8")
    assert written == structure_module_source(), "run python scripts/generate_structure_module.py"


def test_reading_catalogue_bytes_uses_the_pregenerated_code() -> None:
    """A Catalog read from bytes with the default limits takes the code written ahead of time."""
    from untoc_dialogue import DEFAULT_LIMITS, _structure_catalog
    from untoc_dialogue._convert import _fast_for

    fast = _fast_for(Catalog, DEFAULT_LIMITS, copy=False, text=b'{"data_version": "1"}')
    assert fast is not None
    assert fast.top is _structure_catalog._top
    # A text that could hold a lone surrogate needs the checks the written code leaves out.
    other = _fast_for(Catalog, DEFAULT_LIMITS, copy=False, text=b'{"title": "\\ud800"}')
    assert other is not None
    assert other.top is not _structure_catalog._top


def test_pregenerated_code_from_another_model_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """A module left behind by a change to the model is generated anew, so the change's checks run."""
    from untoc_dialogue import _structure_catalog
    from untoc_dialogue._convert import _pregenerated

    assert _pregenerated(Catalog) is not None
    monkeypatch.setattr(_structure_catalog, "MODEL", _structure_catalog.MODEL.replace("number:", "count:"))
    assert _pregenerated(Catalog) is None


def test_pregenerated_code_serves_only_its_own_class() -> None:
    """Another class of the same name (a module reloaded, a copy) gets code generated for it."""
    import attrs

    from untoc_dialogue._convert import _pregenerated

    twin = attrs.make_class("Catalog", {"data_version": attrs.field()})
    twin.__module__ = Catalog.__module__
    assert _pregenerated(twin) is None


def test_a_pregenerated_module_that_does_not_import_is_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    """If the written module cannot be imported, reading falls back to generating the code."""
    import sys

    import untoc_dialogue
    from untoc_dialogue._convert import _fast_structurer, _pregenerated

    monkeypatch.setitem(sys.modules, "untoc_dialogue._structure_catalog", None)
    monkeypatch.delattr(untoc_dialogue, "_structure_catalog", raising=False)
    assert _pregenerated(Catalog) is None
    _fast_structurer.cache_clear()
    try:
        text = b'{"schema_version": "1.0", "data_version": "1"}'
        assert from_json(Catalog, text) == Catalog(data_version="1")
    finally:
        _fast_structurer.cache_clear()
