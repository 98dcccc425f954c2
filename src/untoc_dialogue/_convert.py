"""
The library's one converter, and the JSON functions built on it.

The converter is strict where cattrs' defaults coerce: a number is never a string, a bool is
never an integer, a string is never a list of characters, duplicate set items and unknown keys
are refused. Every failure becomes one :class:`~untoc_dialogue.errors.ValidationError` that lists
each problem with its path.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Callable
from typing import Any, Final, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ._dates import DateRange, PartialDate
from ._limits import DEFAULT_LIMITS, Limits, check_shape
from .errors import Problem, UntocDialogueError, ValidationError

__all__ = ["SCHEMA_VERSION", "converter", "from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

#: The version of the document format this library writes. A document whose major version is
#: newer is refused; an older one is migrated.
SCHEMA_VERSION: Final = "1.0"

_JSON_NAMES = {str: "a string", int: "an integer", bool: "true or false", float: "a number"}


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the string {shown!r}"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _type_error(expected: str, value: Any) -> ValidationError:
    return ValidationError.single("$", f"expected {expected}, got {_json_kind(value)}")


def _structure_str(value: Any, _: type) -> str:
    if type(value) is not str:
        raise _type_error("a string", value)
    return value


def _structure_int(value: Any, _: type) -> int:
    if type(value) is not int:
        raise _type_error("an integer", value)
    return value


def _structure_bool(value: Any, _: type) -> bool:
    if type(value) is not bool:
        raise _type_error("true or false", value)
    return value


def _structure_partial_date(value: Any, _: type) -> PartialDate:
    return PartialDate.fromisoformat(value)


def _structure_date_range(value: Any, _: type) -> DateRange:
    return DateRange.fromisoformat(value)


def _is_enum(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, enum.Enum)


def _enum_hook(kind: type[enum.Enum]) -> Callable[[Any, type], enum.Enum]:
    by_value = {member.value: member for member in kind}
    allowed = ", ".join(sorted(str(value) for value in by_value))

    def structure(value: Any, _: type) -> enum.Enum:
        if type(value) is str:
            member = by_value.get(value)
            if member is not None:
                return member
            raise ValidationError.single(
                "$", f"unknown {kind.__name__} {value!r}; expected one of: {allowed}"
            )
        raise _type_error(f"a {kind.__name__} (one of: {allowed})", value)

    return structure


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_frozenset(kind: Any) -> bool:
    return get_origin(kind) is frozenset


def _items(conv: cattrs.Converter, value: Any, item_type: Any) -> list[Any]:
    if type(value) is not list and type(value) is not tuple:
        raise _type_error("an array", value)
    hook = conv.get_structure_hook(item_type)
    items: list[Any] = []
    errors: list[Exception] = []
    for index, item in enumerate(value):
        try:
            items.append(hook(item, item_type))
        except Exception as error:
            error.__notes__ = [
                *getattr(error, "__notes__", []),
                IterableValidationNote(f"@ index {index}", index, item_type),
            ]
            errors.append(error)
    if errors:
        raise IterableValidationError(f"While structuring {item_type!r}", errors, list)
    return items


def _tuple_hook(kind: Any, conv: cattrs.Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    item_type = get_args(kind)[0]

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        return tuple(_items(conv, value, item_type))

    return structure


def _frozenset_hook(kind: Any, conv: cattrs.Converter) -> Callable[[Any, Any], frozenset[Any]]:
    item_type = get_args(kind)[0]

    def structure(value: Any, _: Any) -> frozenset[Any]:
        items = _items(conv, value, item_type)
        result = frozenset(items)
        if len(result) != len(items):
            repeated = {item for index, item in enumerate(items) if item in items[:index]}
            shown = ", ".join(sorted(str(getattr(item, "value", item)) for item in repeated))
            raise ValidationError.single("$", f"must not repeat an item, got {shown} more than once")
        return result

    return structure


def _sort_key(item: Any) -> Any:
    return (
        (type(item).__name__, item)
        if not isinstance(item, dict)
        else ("dict", json.dumps(item, sort_keys=True))
    )


def _frozenset_unstructure(kind: Any, conv: cattrs.Converter) -> Callable[[frozenset[Any]], list[Any]]:
    args = get_args(kind)
    item_hook = conv.get_unstructure_hook(args[0]) if args else conv.unstructure

    def unstructure(value: frozenset[Any]) -> list[Any]:
        return sorted((item_hook(item) for item in value), key=_sort_key)

    return unstructure


def _attrs_structure(kind: type, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    inner: Callable[[Any, Any], Any] = make_dict_structure_fn(
        kind, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )
    name = kind.__name__

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise _type_error(f"an object ({name})", value)
        return inner(value, kind)

    return structure


def _attrs_unstructure(kind: type, conv: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    # A document always states its schema version, even though the field has a default.
    overrides: dict[str, Any] = (
        {"schema_version": override(omit_if_default=False)} if _is_document(kind) else {}
    )
    return make_dict_unstructure_fn(kind, conv, _cattrs_omit_if_default=True, **overrides)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_structure_hook(DateRange, _structure_date_range)
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_unstructure_hook(DateRange, DateRange.isoformat)
    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    conv.register_unstructure_hook_factory(_is_enum, lambda kind: _enum_value)
    conv.register_structure_hook_factory(_is_homogeneous_tuple, lambda kind: _tuple_hook(kind, conv))
    conv.register_structure_hook_factory(_is_frozenset, lambda kind: _frozenset_hook(kind, conv))
    conv.register_unstructure_hook_factory(_is_frozenset, lambda kind: _frozenset_unstructure(kind, conv))
    conv.register_structure_hook_factory(attrs.has, lambda kind: _attrs_structure(kind, conv))
    conv.register_unstructure_hook_factory(attrs.has, lambda kind: _attrs_unstructure(kind, conv))
    return conv


def _enum_value(member: enum.Enum) -> Any:
    return member.value


#: The converter every public function uses. Prefer :func:`to_dict` and :func:`from_dict`.
converter: Final = _make_converter()


def _join(prefix: str, relative: str) -> str:
    return prefix + relative[1:] if relative.startswith("$") else f"{prefix}.{relative}"


def _problems(error: BaseException, path: str) -> list[Problem]:
    if isinstance(error, ValidationError):
        return [Problem(_join(path, problem.path), problem.message) for problem in error.problems]
    if isinstance(error, ForbiddenExtraKeysError):
        names = ", ".join(sorted(str(name) for name in error.extra_fields))
        return [Problem(path, f"unknown field(s) {names}; fields are never dropped silently")]
    if isinstance(error, (ClassValidationError, IterableValidationError)):
        problems: list[Problem] = []
        with_notes, without_notes = error.group_exceptions()
        for sub_error, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                sub_path = f"{path}.{note.name}"
            elif isinstance(note, IterableValidationNote):
                sub_path = f"{path}[{note.index}]"
            else:  # pragma: no cover - cattrs attaches only these two notes
                sub_path = path
            problems.extend(_problems(sub_error, sub_path))
        for sub_error in without_notes:
            problems.extend(_problems(sub_error, path))
        return problems
    if isinstance(error, KeyError):
        return [Problem(path, "required field is missing")]
    if isinstance(error, RecursionError):
        return [Problem(path, "nested too deeply")]
    return [Problem(path, f"invalid value ({type(error).__name__}: {error})")]


def from_dict(kind: type[T], data: Any, *, limits: Limits = DEFAULT_LIMITS) -> T:
    """
    Build a *kind* from plain JSON-like data (dicts, lists, strings, numbers, booleans, None).

    Raises:
        ValidationError: *data* is not JSON data within *limits*, or does not describe a valid
            *kind*; every problem is listed with its path.
    """
    check_shape(data, limits)
    return _structure(kind, data)


def _structure(kind: type[T], data: Any) -> T:
    if _is_document(kind):
        data = _check_version(data)
    try:
        return converter.structure(data, kind)
    except UntocDialogueError as error:
        if isinstance(error, ValidationError):
            raise ValidationError(_problems(error, "$")) from None
        raise
    except Exception as error:
        raise ValidationError(_problems(error, "$") or [Problem("$", str(error))]) from None


def to_dict(value: Any) -> Any:
    """Return *value* as plain JSON-ready data in the canonical form."""
    return converter.unstructure(value)


def to_json(value: Any) -> str:
    """
    Return *value* as canonical JSON text: the same value always gives the same text.

    Keys keep the order of the fields, sets are sorted, defaults are left out, and the text
    ends with a newline.
    """
    return json.dumps(to_dict(value), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r} in one object")
        result[key] = value
    return result


def _parse_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"number {text} is out of range")
    return number


def _integer_parser(limits: Limits) -> Callable[[str], int]:
    def parse_int(text: str) -> int:
        digits = len(text) - (text[0] == "-")
        if digits > limits.max_integer_digits:
            raise ValueError(
                f"integer with {digits} digits exceeds the limit of {limits.max_integer_digits} "
                "(Limits.max_integer_digits)"
            )
        return int(text)

    return parse_int


def parse_json(text: str | bytes, *, limits: Limits = DEFAULT_LIMITS) -> Any:
    """
    Parse JSON text strictly: no duplicate keys, no NaN or Infinity, UTF-8 only, within *limits*.

    Raises:
        ValidationError: the text is not valid JSON or exceeds a limit; the message says where.
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        raw = bytes(text)
        if len(raw) > limits.max_bytes:
            raise ValidationError.single(
                "$",
                f"the text is {len(raw)} bytes, more than the limit of {limits.max_bytes} (Limits.max_bytes)",
            )
        if raw.startswith(b"\xef\xbb\xbf"):
            raise ValidationError.single(
                "$", "the file starts with a byte-order mark; save it as UTF-8 without one"
            )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValidationError.single(
                "$", f"not UTF-8 text: byte {error.start} cannot be decoded"
            ) from None
    if not isinstance(text, str):
        raise ValidationError.single("$", f"expected JSON text, got {type(text).__name__}")
    if len(text) > limits.max_bytes:
        raise ValidationError.single(
            "$",
            f"the text is {len(text)} characters, more than the limit of {limits.max_bytes} (Limits.max_bytes)",
        )
    if text.startswith("\ufeff"):
        raise ValidationError.single("$", "the text starts with a byte-order mark; remove it")
    try:
        data = json.loads(
            text,
            object_pairs_hook=_reject_duplicates,
            parse_constant=_reject_constant,
            parse_float=_parse_float,
            parse_int=_integer_parser(limits),
        )
    except json.JSONDecodeError as error:
        raise ValidationError.single(
            "$", f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise ValidationError.single(
            "$", f"nested deeper than the limit of {limits.max_depth} levels (Limits.max_depth)"
        ) from None
    except ValueError as error:
        raise ValidationError.single("$", f"not valid JSON: {error}") from None
    check_shape(data, limits)
    return data


def from_json(kind: type[T], text: str | bytes, *, limits: Limits = DEFAULT_LIMITS) -> T:
    """
    Build a *kind* from JSON text.

    Raises:
        ValidationError: the text is not strict JSON, exceeds *limits*, or does not describe a
            valid *kind*.
    """
    return _structure(kind, parse_json(text, limits=limits))


def _is_document(kind: Any) -> bool:
    return isinstance(kind, type) and attrs.has(kind) and "schema_version" in attrs.fields_dict(kind)


def _parse_version(value: Any) -> tuple[int, int]:
    if type(value) is not str:
        raise ValidationError.single(
            "$.schema_version",
            f"expected a version string like {SCHEMA_VERSION!r}, got {_json_kind(value)}",
        )
    major, dot, minor = value.partition(".")
    if not (dot and major.isdigit() and minor.isdigit() and major.isascii() and minor.isascii()):
        raise ValidationError.single(
            "$.schema_version", f"expected a version like {SCHEMA_VERSION!r}, got {value!r}"
        )
    return int(major), int(minor)


def _check_version(data: Any) -> Any:
    if type(data) is not dict:
        return data
    if "schema_version" not in data:
        raise ValidationError.single(
            "$.schema_version", "required field is missing: every document names its schema version"
        )
    theirs = _parse_version(data["schema_version"])
    ours = _parse_version(SCHEMA_VERSION)
    if theirs > ours:
        raise ValidationError.single(
            "$.schema_version",
            f"the document uses schema version {data['schema_version']}, newer than the {SCHEMA_VERSION} "
            "this version of untoc_dialogue reads; upgrade untoc_dialogue to read it",
        )
    for source_version, migrate in _MIGRATIONS:
        if theirs <= source_version:
            data = migrate(data)
    return data


#: Steps that lift a document of an older schema version to the next one, oldest first:
#: ``(last version the step applies to, step)``. Version 1.0 is the first, so none exist yet.
_MIGRATIONS: list[tuple[tuple[int, int], Callable[[dict[str, Any]], dict[str, Any]]]] = []
