"""
Field validators that raise :class:`~untoc_dialogue.errors.ValidationError` with a path.

Each validator reports the path ``$.<field>``; the converter prefixes it with where the
object sits in a document, so a problem deep in a catalogue reads
``$.dialogues[3].panels[1].number: must be >= 1, got 0``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import Any

import attrs

from ._countries import ISO_3166_ALPHA2
from .errors import Problem, ValidationError

__all__ = [
    "ID_PATTERN",
    "country",
    "enum_set",
    "frozenset_of",
    "identifier",
    "instance",
    "minimum",
    "optional",
    "reference",
    "references",
    "text",
    "tuple_of",
]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

#: Identifiers: lowercase letters and digits in runs joined by single hyphens or dots.
ID_PATTERN = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
_is_identifier = ID_PATTERN.fullmatch

# What the validators made by instance() and minimum() check, so that optional() can test the
# common case itself.
_INSTANCE_OF: dict[Validator, type] = {}
_MINIMUM: dict[Validator, int] = {}

# Each validator first tries the common case of a valid value of the exact type, and returns at
# once; anything else goes through the full checks below it, which say what is wrong. Loading a
# large catalogue runs these hundreds of thousands of times.

_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", dict: "an object"}


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return repr(shown)
    return f"a {type(value).__name__}"


def _fail(attribute: attrs.Attribute[Any], message: str, suffix: str = "") -> None:
    raise ValidationError((Problem(f"$.{attribute.name}{suffix}", message),))


def _expect(value: Any, kind: type, attribute: attrs.Attribute[Any], suffix: str = "") -> None:
    # Exact type checks: a bool is not an integer here, and an int is not a string.
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if not ok:
        wanted = _TYPE_NAMES.get(kind, f"a {kind.__name__}")
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            wanted = f"a {kind.__name__}"
        _fail(attribute, f"expected {wanted}, got {_describe(value)}", suffix)


def instance(kind: type) -> Validator:
    """The value is an instance of *kind* (a bool never passes for an int)."""

    def check(obj: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value.__class__ is not kind:  # the exact class always passes; others are looked at
            _expect(value, kind, attribute)

    _INSTANCE_OF[check] = kind
    return check


# What optional() tests itself before it calls the validator.
_TEXT, _IDENTIFIER, _INSTANCE, _MINIMUM_OF, _COUNTRY = 1, 2, 3, 4, 5


def optional(validator: Validator) -> Validator:
    """``None``, or a value that passes *validator*."""
    # The optional fields of a catalogue are checked hundreds of thousands of times: for the
    # validators below, the common valid case is tested here, in the same call, and only other
    # values are passed on to the validator, which says what is wrong. (One function for every
    # case, so that code reading the validators, such as the JSON Schema, sees one optional.)
    quick = (
        _TEXT
        if validator is text
        else _IDENTIFIER
        if validator is identifier or validator is reference
        else _INSTANCE
        if validator in _INSTANCE_OF
        else _MINIMUM_OF
        if validator in _MINIMUM
        else _COUNTRY
        if validator is country
        else 0
    )
    kind = _INSTANCE_OF.get(validator)
    bound = _MINIMUM.get(validator, 0)

    def check(obj: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if quick == _TEXT:
            if value.__class__ is str and value != "" and value.strip() == value:
                return
        elif quick == _IDENTIFIER:
            if value.__class__ is str and _is_identifier(value) is not None:
                return
        elif quick == _INSTANCE:
            if value.__class__ is kind:
                return
        elif quick == _MINIMUM_OF:
            if value.__class__ is int and value >= bound:
                return
        elif quick == _COUNTRY and value.__class__ is str and value in ISO_3166_ALPHA2:
            return
        validator(obj, attribute, value)

    return check


def text(obj: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A non-blank string without surrounding white space."""
    if value.__class__ is str and value and value.strip() == value:
        return
    _expect(value, str, attribute)
    if not value.strip():
        _fail(attribute, "must not be blank")
    if value != value.strip():
        _fail(attribute, f"must not start or end with white space, got {_describe(value)}")


def _check_identifier(value: Any, attribute: attrs.Attribute[Any], suffix: str = "") -> None:
    if value.__class__ is str and _is_identifier(value) is not None:
        return
    _expect(value, str, attribute, suffix)
    if ID_PATTERN.fullmatch(value) is None:
        _fail(
            attribute,
            "must be an identifier of lowercase letters and digits joined by '-' or '.', "
            f"got {_describe(value)}",
            suffix,
        )


def identifier(obj: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An identifier such as ``cd-som-2023``."""
    if value.__class__ is not str or _is_identifier(value) is None:
        _check_identifier(value, attribute)


def minimum(bound: int) -> Validator:
    """An integer not below *bound*."""

    def check(obj: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value.__class__ is int and value >= bound:
            return
        _expect(value, int, attribute)
        if value < bound:
            _fail(attribute, f"must be >= {bound}, got {value}")

    _MINIMUM[check] = bound
    return check


def country(obj: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An ISO 3166-1 alpha-2 country code known to CLDR, such as ``IT``."""
    if value.__class__ is str and value in ISO_3166_ALPHA2:
        return
    _expect(value, str, attribute)
    if value not in ISO_3166_ALPHA2:
        hint = " (codes are upper case)" if value.upper() in ISO_3166_ALPHA2 else ""
        _fail(attribute, f"must be an ISO 3166-1 alpha-2 country code{hint}, got {_describe(value)}")


def tuple_of(kind: type, *, non_empty: bool = False, unique: bool = False) -> Validator:
    """A tuple whose every item is a *kind*."""

    def check(obj: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value.__class__ is tuple and (value or not non_empty):
            for item in value:
                if item.__class__ is not kind:
                    break
            else:
                if not unique or len(set(value)) == len(value):
                    return
        _expect(value, tuple, attribute)
        if non_empty and not value:
            _fail(attribute, "must not be empty")
        for index, item in enumerate(value):
            _expect(item, kind, attribute, f"[{index}]")
        if unique and len(set(value)) != len(value):
            duplicates = sorted({str(item) for item in value if value.count(item) > 1})
            _fail(attribute, f"must not repeat an item, got {', '.join(duplicates)} more than once")

    return check


def frozenset_of(kind: type) -> Validator:
    """A frozenset whose every item is a *kind*."""

    def check(obj: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value.__class__ is frozenset:
            for item in value:
                if item.__class__ is not kind:
                    break
            else:
                return
        _expect(value, frozenset, attribute)
        for item in value:
            _expect(item, kind, attribute)

    return check


enum_set = frozenset_of


def reference(obj: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """The identifier of another entity in the same document."""
    if value.__class__ is not str or _is_identifier(value) is None:
        _check_identifier(value, attribute)


def references(obj: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A tuple of distinct identifiers of other entities in the same document."""
    if value.__class__ is tuple:
        for item in value:
            if item.__class__ is not str or _is_identifier(item) is None:
                break
        else:
            if len(set(value)) == len(value):
                return
    _expect(value, tuple, attribute)
    for index, item in enumerate(value):
        _check_identifier(item, attribute, f"[{index}]")
    if len(set(value)) != len(value):
        _fail(attribute, "must not name the same identifier twice")


def to_tuple(value: Any) -> Any:
    """Accept any list from Python callers; the validator still checks the items."""
    return tuple(value) if isinstance(value, list) else value


def to_frozenset(value: Any) -> Any:
    """Accept a set or list from Python callers; the validator still checks the items."""
    return frozenset(value) if isinstance(value, (set, list, tuple)) else value
