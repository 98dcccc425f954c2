"""Tests for json_schema: the JSON Schema read off the model accepts what the library accepts."""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from untoc_dialogue import (
    Catalog,
    ConstructiveDialogue,
    Organization,
    Panel,
    ParticipationFigure,
    Source,
    ValidationError,
    WorkingGroupSession,
    from_dict,
    strategies,
    to_dict,
)
from untoc_dialogue._schema import DRAFT, json_schema
from untoc_dialogue.assessment import (
    CaseFacts,
    ExploitationPurpose,
    SmugglingConduct,
    TraffickingAct,
)

SMALL = Path(__file__).parent / "data" / "small_catalog.json"

CATALOG_SCHEMA = json_schema(Catalog)
CATALOG_VALIDATOR = jsonschema.Draft202012Validator(CATALOG_SCHEMA)


def _small() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SMALL.read_text(encoding="utf-8"))
    return data


def _accepted_by_schema(data: Any, validator: jsonschema.Draft202012Validator = CATALOG_VALIDATOR) -> bool:
    return bool(validator.is_valid(data))


def _accepted_by_library(kind: type, data: Any) -> bool:
    try:
        from_dict(kind, data)
    except ValidationError:
        return False
    return True


def _definition(name: str) -> dict[str, Any]:
    definition: dict[str, Any] = CATALOG_SCHEMA["$defs"][name]
    return definition


# --- The schema itself ----------------------------------------------------------------------


def test_is_a_valid_draft_2020_12_schema() -> None:
    """The generated schema is itself valid under the draft 2020-12 meta-schema."""
    jsonschema.Draft202012Validator.check_schema(CATALOG_SCHEMA)


def test_names_its_dialect() -> None:
    """The schema says which JSON Schema dialect it is written in."""
    assert CATALOG_SCHEMA["$schema"] == DRAFT == "https://json-schema.org/draft/2020-12/schema"


def test_root_refers_to_the_kind_asked_for() -> None:
    """The root of the schema of a kind is a reference to that kind's definition."""
    assert json_schema(Panel)["$ref"] == "#/$defs/Panel"


def test_has_a_definition_per_class_and_vocabulary() -> None:
    """Every class and vocabulary a dialogue uses has its own entry under $defs."""
    expected = {
        "AgendaItem",
        "Citation",
        "ConstructiveDialogue",
        "CountBasis",
        "CountryCode",
        "DateRange",
        "FigureCategory",
        "FigureQualifier",
        "Mode",
        "Panel",
        "Participant",
        "ParticipationFigure",
        "Quote",
        "Recommendation",
        "RecommendationStatus",
        "Role",
        "Theme",
        "WorkingGroup",
    }
    assert set(json_schema(ConstructiveDialogue)["$defs"]) == expected


def test_every_field_is_a_property() -> None:
    """Each attrs field of a class is a property of its definition, in field order."""
    import untoc_dialogue

    for name, definition in CATALOG_SCHEMA["$defs"].items():
        if definition.get("type") == "object":
            kind = getattr(untoc_dialogue, name)
            assert list(definition["properties"]) == [
                field.name for field in attrs.fields(kind) if field.init
            ]


def test_refuses_unknown_properties() -> None:
    """Every object definition refuses properties the model does not have."""
    objects = [
        definition for definition in CATALOG_SCHEMA["$defs"].values() if definition.get("type") == "object"
    ]
    assert objects
    assert all(definition["additionalProperties"] is False for definition in objects)


def test_required_are_the_fields_without_defaults() -> None:
    """A dialogue requires exactly its id, groups and sources."""
    assert _definition("ConstructiveDialogue")["required"] == ["id", "groups", "sources"]


def test_a_document_requires_its_schema_version() -> None:
    """The catalogue requires schema_version although the class gives it a default."""
    assert _definition("Catalog")["required"] == ["schema_version", "data_version"]


def test_reads_minimum_from_validators() -> None:
    """A panel's number is at least 1 and a figure's number at least 0, as the validators say."""
    assert _definition("Panel")["properties"]["number"]["minimum"] == 1
    assert _definition("ParticipationFigure")["properties"]["number"]["minimum"] == 0


def test_reads_non_empty_and_unique_from_validators() -> None:
    """A dialogue's groups are at least one and never repeated."""
    groups = _definition("ConstructiveDialogue")["properties"]["groups"]
    assert (groups["minItems"], groups["uniqueItems"]) == (1, True)


def test_optional_field_allows_null() -> None:
    """An optional field accepts its type or null."""
    venue = _definition("ConstructiveDialogue")["properties"]["venue"]
    assert venue["anyOf"][1] == {"type": "null"}


def test_enum_lists_the_wire_values() -> None:
    """A vocabulary is the list of its members' values."""
    assert _definition("Mode")["enum"] == ["in_person", "online", "hybrid"]


def test_sets_of_members_are_unique_arrays() -> None:
    """A frozenset of themes is an array of Theme values without repeats."""
    themes = _definition("Panel")["properties"]["themes"]
    assert themes == {
        "type": "array",
        "items": {"$ref": "#/$defs/Theme"},
        "uniqueItems": True,
        "description": "Subjects it concerns.",
        "default": [],
    }


def test_descriptions_come_from_docstrings() -> None:
    """A field's description is its line in the class's Attributes section, without markup."""
    assert (
        _definition("Panel")["properties"]["number"]["description"]
        == "Position of the panel within its dialogue, from 1."
    )
    assert (
        _definition("Citation")["properties"]["source"]["description"]
        == "The id of a Source in the same document."
    )


def test_unknown_validator_is_an_error() -> None:
    """A validator the generator has no rule for is an error, not a silent gap in the schema."""

    def even(instance: Any, attribute: Any, value: int) -> None:
        pass

    @attrs.frozen
    class Odd:
        number: int = attrs.field(validator=even)

    with pytest.raises(TypeError, match="no JSON Schema rule"):
        json_schema(Odd)


def test_refuses_what_is_not_an_entity_class() -> None:
    """Asking for the schema of something that is not an attrs class raises TypeError."""
    with pytest.raises(TypeError, match="entity class"):
        json_schema(dict)


# --- Generated instances validate -----------------------------------------------------------


@given(strategies.catalogs())
def test_generated_catalogs_validate(catalog: Catalog) -> None:
    """Every catalogue the strategies build, in the converter's form, is valid under the schema."""
    CATALOG_VALIDATOR.validate(to_dict(catalog))


ENTITY_STRATEGIES: list[tuple[type, Callable[[], st.SearchStrategy[Any]]]] = [
    (ConstructiveDialogue, strategies.dialogues),
    (WorkingGroupSession, strategies.working_group_sessions),
    (Organization, strategies.organizations),
    (ParticipationFigure, strategies.participation_figures),
]


@pytest.mark.parametrize(
    ("kind", "strategy"), ENTITY_STRATEGIES, ids=lambda value: getattr(value, "__name__", "")
)
def test_generated_entities_validate(kind: type, strategy: Callable[[], st.SearchStrategy[Any]]) -> None:
    """Every entity the strategies build is valid under the schema of its own class."""
    validator = jsonschema.Draft202012Validator(json_schema(kind))

    @given(strategy())
    def check(entity: Any) -> None:
        validator.validate(to_dict(entity))

    check()


def test_small_catalog_validates() -> None:
    """The test catalogue, written by to_json, is valid under the schema."""
    CATALOG_VALIDATOR.validate(_small())


# --- Invalid instances are refused by both --------------------------------------------------


def _dialogue(data: dict[str, Any]) -> dict[str, Any]:
    dialogue: dict[str, Any] = data["dialogues"][1]
    return dialogue


def _set(
    path: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: Any
) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        path(data)[key] = value

    return change


def _remove(path: Callable[[dict[str, Any]], dict[str, Any]], key: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        del path(data)[key]

    return change


def _root(data: dict[str, Any]) -> dict[str, Any]:
    return data


def _panel(data: dict[str, Any]) -> dict[str, Any]:
    panel: dict[str, Any] = _dialogue(data)["panels"][0]
    return panel


def _chair(data: dict[str, Any]) -> dict[str, Any]:
    chair: dict[str, Any] = _dialogue(data)["chairs"][0]
    return chair


def _figure(data: dict[str, Any]) -> dict[str, Any]:
    figure: dict[str, Any] = _dialogue(data)["participation"][0]
    return figure


def _conflict(data: dict[str, Any]) -> dict[str, Any]:
    conflict: dict[str, Any] = data["conflicts"][0]
    return conflict


def _source(data: dict[str, Any]) -> dict[str, Any]:
    source: dict[str, Any] = data["sources"][0]
    return source


BROKEN: dict[str, Callable[[dict[str, Any]], None]] = {
    "unknown top-level field": _set(_root, "colour", "red"),
    "unknown nested field": _set(_panel, "room", "M1"),
    "no schema version": _remove(_root, "schema_version"),
    "no data version": _remove(_root, "data_version"),
    "dialogue without groups": _remove(_dialogue, "groups"),
    "number as a string": _set(_panel, "number", "1"),
    "number as true": _set(_panel, "number", True),
    "panel number 0": _set(_panel, "number", 0),
    "negative count": _set(_figure, "number", -1),
    "unknown mode": _set(_dialogue, "mode", "zoom"),
    "month 13": _set(_dialogue, "date", "2023-13-01"),
    "30 February": _set(_dialogue, "date", "2023-02-30"),
    "two-digit year": _set(_dialogue, "date", "23-10-09"),
    "year 0": _set(_source, "date", "0000"),
    "range with a bad end": _set(_dialogue, "date", "2023-10-09/2023-10-32"),
    "upper-case id": _set(_dialogue, "id", "CD-SOM-2023"),
    "id with a trailing newline": _set(_dialogue, "id", "cd-som-2023\n"),
    "venue with surrounding space": _set(_dialogue, "venue", " Vienna"),
    "blank venue": _set(_dialogue, "venue", ""),
    "venue ending in a newline": _set(_dialogue, "venue", "Vienna\n"),
    "no sources": _set(_dialogue, "sources", []),
    "repeated theme": _set(_panel, "themes", ["smuggling_at_sea", "smuggling_at_sea"]),
    "repeated group": _set(_dialogue, "groups", ["smuggling_of_migrants", "smuggling_of_migrants"]),
    "participant who is nobody": _set(_chair, "person", None),
    "lower-case country": _set(_chair, "country", "it"),
    "conflict with one claim": lambda data: _conflict(data)["claims"].pop(),
    "convention that is a protocol": lambda data: data["convention"].update(instrument="firearms_protocol"),
    "protocol that is the convention": lambda data: data["protocols"][0].update(instrument="untoc"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_document_is_refused_by_both(name: str) -> None:
    """A document broken in one way is refused by the schema and by from_dict alike."""
    data = _small()
    BROKEN[name](data)
    assert (_accepted_by_schema(data), _accepted_by_library(Catalog, data)) == (False, False)


@given(st.data())
def test_unknown_property_anywhere_is_refused_by_both(data: st.DataObject) -> None:
    """An unknown key added to any object of the document is refused by both."""
    document = _small()
    objects = list(_objects(document))
    target = data.draw(st.sampled_from(objects))
    target[data.draw(st.sampled_from(["extra", "note_", "x"]))] = 1
    assert (_accepted_by_schema(document), _accepted_by_library(Catalog, document)) == (False, False)


def _objects(value: Any) -> Any:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item)


def test_dangling_reference_is_left_to_the_library() -> None:
    """What a schema cannot check, a reference to an id not in the document, only the library refuses."""
    data = _small()
    _chair(data)["person"] = "nobody-we-know"
    assert (_accepted_by_schema(data), _accepted_by_library(Catalog, data)) == (True, False)


# --- Case facts ---------------------------------------------------------------------------

FACTS_VALIDATOR = jsonschema.Draft202012Validator(json_schema(CaseFacts))


def test_facts_age_is_bounded() -> None:
    """A person's age is a whole number of years from 0 to 150, as the validators say."""
    age = json_schema(CaseFacts)["$defs"]["CaseFacts"]["properties"]["age"]["anyOf"][0]
    assert (age["minimum"], age["maximum"]) == (0, 150)


@pytest.mark.parametrize(
    "facts",
    [
        CaseFacts(),
        CaseFacts(illegal_entry=True, financial_or_material_benefit=False, age=17),
        CaseFacts(acts=frozenset({TraffickingAct.RECRUITMENT}), means=frozenset(), consented=True),
        CaseFacts(smuggling_conduct=frozenset(SmugglingConduct), purposes=frozenset(ExploitationPurpose)),
    ],
)
def test_facts_validate(facts: CaseFacts) -> None:
    """Case facts in the converter's form are valid under their schema."""
    FACTS_VALIDATOR.validate(to_dict(facts))


@pytest.mark.parametrize(
    "data",
    [
        {"age": 151},
        {"age": -1},
        {"consented": "yes"},
        {"acts": ["recruitment", "recruitment"]},
        {"acts": ["bribery"]},
        {"colour": 1},
    ],
    ids=["age 151", "age -1", "yes as a string", "repeated act", "unknown act", "unknown field"],
)
def test_broken_facts_are_refused_by_both(data: dict[str, Any]) -> None:
    """Facts broken in one way are refused by the schema and by from_dict alike."""
    assert (FACTS_VALIDATOR.is_valid(data), _accepted_by_library(CaseFacts, data)) == (False, False)


# --- Dates ----------------------------------------------------------------------------------

DATE_PATTERN = re.compile(_definition("PartialDate")["pattern"])


@pytest.mark.parametrize("text", ["2023", "2023-10", "2023-10-09", "2024-02-29", "0001-01-01"])
def test_date_pattern_accepts_iso_dates(text: str) -> None:
    """A year, a month or a day in ISO 8601 matches the date pattern."""
    assert DATE_PATTERN.search(text)


@pytest.mark.parametrize(
    "text", ["2023-1", "2023-00", "2023-04-31", "2023-10-9", "20231009", "2023\n", "٢٠٢٣"]
)
def test_date_pattern_refuses_other_text(text: str) -> None:
    """Other shapes, impossible days, a trailing newline and non-ASCII digits do not match."""
    assert not DATE_PATTERN.search(text)


def _non_leap_29_february(text: str) -> bool:
    return len(text) == 10 and text[5:] == "02-29" and not calendar.isleap(int(text[:4]))


@given(st.from_regex(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", fullmatch=True).filter(lambda text: text.isascii()))
def test_date_pattern_agrees_with_the_library(text: str) -> None:
    """Schema and library agree on every ISO-shaped date, but 29 February of a common year."""
    if _non_leap_29_february(text):
        return
    source = {"id": "s", "title": "A title", "publisher": "A publisher", "date": text}
    assert bool(DATE_PATTERN.search(text)) == _accepted_by_library(Source, source)


def test_schema_of_a_document_is_deterministic() -> None:
    """The same model gives the same schema, key for key, every time."""
    assert json.dumps(json_schema(Catalog)) == json.dumps(json_schema(Catalog))
