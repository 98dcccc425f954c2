"""
Correctness checks made before anything is timed.

* Every library decodes the same JSON to equal objects, and decodes its own encoding back to
  equal objects.
* Every library refuses what the issue asks all of them to refuse (a number where a string
  belongs, a string where a number belongs, ...); ``untoc_dialogue`` also refuses what only it
  promises to (duplicate keys, NaN, repeated set items).
* ``untoc_dialogue``'s fast paths give exactly what its reference paths give: the same objects,
  the same canonical bytes, and the same errors.
"""

from __future__ import annotations

import copy
import enum
import functools
import json
from collections.abc import Callable
from typing import Any

import attrs

from untoc_dialogue import (
    Catalog,
    ConstructiveDialogue,
    ValidationError,
    _convert,
    from_dict,
    from_json,
    to_json,
)
from untoc_dialogue._dates import DateRange, PartialDate
from untoc_dialogue._limits import DEFAULT_LIMITS

from .peers import Library

__all__ = [
    "STRICTNESS_CASES",
    "check_equal_decoding",
    "check_fast_paths",
    "check_strictness",
    "plain",
]

DIALOGUES = tuple[ConstructiveDialogue, ...]


def plain(value: Any) -> Any:
    """
    The value as plain data that compares equal across the libraries: objects as dicts of every
    field, sets sorted, enums and dates as their JSON text, and None or empty fields left out
    (the peers' catalogue model lacks the fields the data never uses).
    """
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (PartialDate, DateRange)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [plain(item) for item in value]
    if isinstance(value, (frozenset, set)):
        return sorted(plain(item) for item in value)
    if attrs.has(type(value)):
        names = [field.name for field in attrs.fields(type(value)) if field.init]
    elif hasattr(type(value), "__struct_fields__"):
        names = list(type(value).__struct_fields__)
    elif hasattr(type(value), "model_fields"):
        names = list(type(value).model_fields)
    else:
        return value
    result = {}
    for name in names:
        item = plain(getattr(value, name))
        if item is not None and item != []:
            result[name] = item
    return result


def check_equal_decoding(libraries: list[Library], text: bytes, *, catalog: bool = False) -> list[str]:
    """Problems found: a library that decodes *text* differently, or cannot read its own output."""
    problems = []
    decoded = {}
    for library in libraries:
        decode = library.decode_catalog if catalog else library.decode_dialogues
        try:
            decoded[library.key] = plain(decode(text))
        except Exception as error:
            problems.append(f"{library.name} cannot decode the shared JSON: {error}")
    reference = decoded.get("ours")
    for key, value in decoded.items():
        if value != reference:
            problems.append(f"{key} decodes the shared JSON to different objects than untoc_dialogue")
    if not catalog:
        for library in libraries:
            if library.key not in decoded:
                continue
            objects = library.decode_dialogues(text)
            again = library.decode_dialogues(library.encode_dialogues(objects))
            if plain(again) != decoded[library.key]:
                problems.append(f"{library.name}'s round trip does not give back equal objects")
    return problems


def _first(data: list[dict[str, Any]]) -> dict[str, Any]:
    return data[0]


def _set(path: Callable[[list[dict[str, Any]]], dict[str, Any]], key: str, value: Any) -> Any:
    def mutate(data: list[dict[str, Any]]) -> str:
        path(data)[key] = value
        return json.dumps(data)

    return mutate


def _figure(data: list[dict[str, Any]]) -> dict[str, Any]:
    return data[0]["participation"][0]  # type: ignore[no-any-return]


def _panel(data: list[dict[str, Any]]) -> dict[str, Any]:
    return data[0]["panels"][0]  # type: ignore[no-any-return]


def _text(replace: tuple[str, str]) -> Any:
    def mutate(data: list[dict[str, Any]]) -> str:
        text = json.dumps(data)
        assert replace[0] in text
        return text.replace(replace[0], replace[1], 1)

    return mutate


#: (what, mutation of a valid array of dialogues into JSON text, must the peers refuse it too)
STRICTNESS_CASES: tuple[tuple[str, Any, bool], ...] = (
    ("a number where a string belongs", _set(_first, "venue", 12), True),
    ("a string where an integer belongs", _set(_figure, "number", "65"), True),
    ("a fractional number where an integer belongs", _set(_figure, "number", 12.7), True),
    ("a whole float where an integer belongs", _set(_figure, "number", 65.0), True),
    ("true where an integer belongs", _set(_figure, "number", True), True),
    ("an unknown key", _set(_first, "nickname", "x"), True),
    ("an unknown enum value", _set(_first, "mode", "hibrid"), True),
    ("a blank text", _set(_first, "venue", "  "), True),
    ("a panel numbered 0", _set(_panel, "number", 0), True),
    ("an impossible date", _set(_first, "date", "2023-02-30"), True),
    ("a string where an array belongs", _set(_first, "notes", "one note"), True),
    ("a duplicate key", _text(('"id": ', '"id": "cd-x", "id": ')), False),
    ("NaN", _set(_figure, "number", float("nan")), False),
    ("a repeated set item", _set(_first, "themes", ["gender", "gender"]), False),
)


def check_strictness(libraries: list[Library], sample: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """
    Problems found, and a table of which library refuses which input.

    *sample* is a valid array of dialogues as JSON-ready dicts; each case breaks its first one.
    """
    problems = []
    rows = ["| input | " + " | ".join(library.name for library in libraries) + " |"]
    rows.append("|---|" + "---|" * len(libraries))
    for what, mutate, peers_too in STRICTNESS_CASES:
        text = mutate(copy.deepcopy(sample)).encode()
        cells = []
        for library in libraries:
            try:
                library.decode_dialogues(text)
            except Exception:
                cells.append("refused")
            else:
                cells.append("accepted")
                if library.key == "ours" or peers_too:
                    problems.append(f"{library.name} accepts {what}")
        rows.append(f"| {what} | " + " | ".join(cells) + " |")
    return problems, rows


def _reference_from_json(kind: Any, text: str | bytes) -> Any:
    return _convert._structure(kind, _convert.parse_json(text))


def _outcome(function: Callable[[], Any]) -> Any:
    try:
        return ("value", function())
    except ValidationError as error:
        return ("error", [str(problem) for problem in error.problems])


def _reading(kind: Any, text: str | bytes) -> tuple[Any, Any]:
    """What from_json and the reference reader make of *text*."""
    return _outcome(functools.partial(from_json, kind, text)), _outcome(
        functools.partial(_reference_from_json, kind, text)
    )


def check_fast_paths(values: list[Any], texts: list[tuple[Any, str | bytes]]) -> list[str]:
    """
    Problems found where a fast path and its reference path disagree.

    *values* are entities, documents or tuples of them to write; *texts* are ``(kind, text)``
    pairs to read, valid or not.
    """
    problems = []
    for value in values:
        reference = _convert._reference_to_json(value)
        if to_json(value) != reference:
            problems.append(f"to_json differs from the reference writer for a {type(value).__name__}")
        kind = DIALOGUES if isinstance(value, tuple) else type(value)
        for text in (reference, reference.encode()):
            fast, slow = _reading(kind, text)
            if fast != slow:
                problems.append(f"from_json differs from the reference reader for a {type(value).__name__}")
        data = json.loads(reference)
        if _outcome(functools.partial(from_dict, kind, data)) != _outcome(
            functools.partial(_convert._structure, kind, data)
        ):
            problems.append(f"from_dict differs from the reference for a {type(value).__name__}")
    for kind, text in texts:
        fast, slow = _reading(kind, text)
        if fast != slow:
            problems.append(f"from_json differs from the reference for {str(text)[:60]!r}: {fast} != {slow}")
    return problems


def fast_path_is_taken(kind: Any, text: str | bytes) -> bool:
    """Whether the fast path answers for *text* (a valid document) without the reference path."""
    return _convert._fast_from_json(kind, text, DEFAULT_LIMITS) is not _convert._MISSING


def invalid_texts(sample: list[dict[str, Any]], catalog: dict[str, Any]) -> list[tuple[Any, str | bytes]]:
    """Broken documents whose errors the fast and reference paths must report alike."""
    texts: list[tuple[Any, str | bytes]] = [
        (DIALOGUES, mutate(copy.deepcopy(sample))) for _, mutate, _ in STRICTNESS_CASES
    ]
    good = json.dumps(catalog)
    texts += [
        (Catalog, good[:-5]),
        (Catalog, good + " x"),
        (Catalog, good.replace('"schema_version": "1.0"', '"schema_version": "9.0"')),
        (Catalog, good.replace('"schema_version": "1.0", ', "")),
        (Catalog, good.encode()[:100] + b"\xff" + good.encode()[100:]),
        (Catalog, good.replace('"follows": ["wg-', '"follows": ["xx-', 1)),
        (Catalog, "\ufeff" + good),
        (Catalog, "[]"),
        (DIALOGUES, "{}"),
        (DIALOGUES, "[1]"),
        (DIALOGUES, "[]"),
        (DIALOGUES, "[{}, ]"),
    ]
    return texts
