"""
The library's one converter, and the JSON functions built on it.

The converter is strict where cattrs' defaults coerce: a number is never a string, a bool is
never an integer, a string is never a list of characters, duplicate set items and unknown keys
are refused. Every failure becomes one :class:`~untoc_dialogue.errors.ValidationError` that lists
each problem with its path.
"""

from __future__ import annotations

import codecs
import contextlib
import enum
import functools
import gc
import json
import json.scanner
import math
import operator
import re
import threading
import types
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final, TypeVar, Union, get_args, get_origin

import attrs

from ._dates import DateRange, PartialDate
from ._limits import DEFAULT_LIMITS, Limits, check_shape
from .errors import Problem, UntocDialogueError, ValidationError

if TYPE_CHECKING:
    import cattrs

# cattrs is imported when the converter is first needed: by to_dict, or by the reference path,
# which reads invalid input (and input the fast path below has no code for). Reading a valid
# catalogue and writing JSON need neither, so ``import untoc_dialogue`` does not pay for it.

__all__ = ["SCHEMA_VERSION", "converter", "from_dict", "from_json", "to_dict", "to_json"]  # noqa: F822 (converter: made on first use, by __getattr__)

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
    from cattrs.errors import IterableValidationError, IterableValidationNote

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
    from cattrs.gen import make_dict_structure_fn

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
    from cattrs.gen import make_dict_unstructure_fn, override

    # A document always states its schema version, even though the field has a default.
    overrides: dict[str, Any] = (
        {"schema_version": override(omit_if_default=False)} if _is_document(kind) else {}
    )
    return make_dict_unstructure_fn(kind, conv, _cattrs_omit_if_default=True, **overrides)


def _make_converter() -> cattrs.Converter:
    import cattrs

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


_CONVERTER: list[cattrs.Converter] = []
_CONVERTER_LOCK: Final = threading.Lock()


def _converter() -> cattrs.Converter:
    """The converter every public function uses, made on first use."""
    if not _CONVERTER:
        with _CONVERTER_LOCK:
            if not _CONVERTER:
                _CONVERTER.append(_make_converter())
    return _CONVERTER[0]


def __getattr__(name: str) -> Any:
    # ``converter`` is made on first use (see _converter); reading the attribute makes it.
    if name == "converter":
        return _converter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _join(prefix: str, relative: str) -> str:
    return prefix + relative[1:] if relative.startswith("$") else f"{prefix}.{relative}"


def _problems(error: BaseException, path: str) -> list[Problem]:
    from cattrs.errors import (
        AttributeValidationNote,
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
        IterableValidationNote,
    )

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
    with _collector_paused():
        check_shape(data, limits)
        value = _fast_from_dict(kind, data, limits)
        if value is _MISSING:
            value = _structure(kind, data)
        return value  # type: ignore[no-any-return]


def _structure(kind: type[T], data: Any) -> T:
    if _is_document(kind):
        data = _check_version(data)
    try:
        return _converter().structure(data, kind)
    except UntocDialogueError as error:
        if not isinstance(error, ValidationError):
            raise
        problems = _problems(error, "$")
    except Exception as error:
        problems = _problems(error, "$") or [Problem("$", str(error))]
    # Raised outside the handler, so that the converter's error (and the tracebacks and data it
    # holds, in reference cycles) is not kept as the context and is freed at once.
    raise ValidationError(problems) from None


def to_dict(value: Any) -> Any:
    """Return *value* as plain JSON-ready data in the canonical form."""
    return _converter().unstructure(value)


def to_json(value: Any) -> str:
    """
    Return *value* as canonical JSON text: the same value always gives the same text.

    Keys keep the order of the fields, sets are sorted, defaults are left out, and the text
    ends with a newline.
    """
    with _collector_paused():
        text = _fast_to_json(value)
        if text is None:
            text = _reference_to_json(value)
    return text


def _reference_to_json(value: Any) -> str:
    """The canonical text by the reference path: the converter, then the standard library."""
    return json.dumps(to_dict(value), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r} in one object")
            seen.add(key)
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


def _checked_text(text: Any, limits: Limits) -> str | bytes:
    """
    *text* as str or bytes after the checks :func:`parse_json` makes before it decodes.

    Raises:
        ValidationError: the same error, in the same order, that :func:`parse_json` raises first.
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
        return raw
    if not isinstance(text, str):
        raise ValidationError.single("$", f"expected JSON text, got {type(text).__name__}")
    if len(text) > limits.max_bytes:
        raise ValidationError.single(
            "$",
            f"the text is {len(text)} characters, more than the limit of {limits.max_bytes} (Limits.max_bytes)",
        )
    if text.startswith("\ufeff"):
        raise ValidationError.single("$", "the text starts with a byte-order mark; remove it")
    return text


def from_json(kind: type[T], text: str | bytes, *, limits: Limits = DEFAULT_LIMITS) -> T:
    """
    Build a *kind* from JSON text.

    Raises:
        ValidationError: the text is not strict JSON, exceeds *limits*, or does not describe a
            valid *kind*.
    """
    with _collector_paused():
        source = _checked_text(text, limits)
        value = _fast_from_json(kind, source, limits)
        if value is _MISSING:
            value = _structure(kind, parse_json(source, limits=limits))
        return value  # type: ignore[no-any-return]


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


# --- The fast path ---------------------------------------------------------------------------
#
# The converter above is the reference: it finds every problem and reports each with its
# path. For valid input most of its time goes on generic dispatch and error bookkeeping, and
# most input is valid. So each attrs class also gets a structure function generated for it
# that does the same JSON type checks and limit checks inline and builds the objects through
# their own ``__init__`` (every validator and post-init check still runs), and a writer that
# emits the canonical JSON text directly. The fast path only ever answers with a value: any
# exception in it abandons it, and the reference path runs from the start, giving the same
# value for valid input and the complete, ordered list of problems for invalid input.
#
# Top-level arrays (a document's lists of entities, or an array of entities) are read one
# element at a time, and bytes are decoded in chunks, so the parsed dicts of only one element
# are alive at once and peak memory stays close to the size of the result. The collector is
# paused while a call runs: the objects it builds hold no reference cycles, so a collection
# during the call could free nothing, yet each would walk every object built so far; and a
# large result goes straight to the oldest generation (see _collector_paused).


def _is_entity(kind: Any) -> bool:
    """An attrs class written as a JSON object (dates are attrs classes written as strings)."""
    return isinstance(kind, type) and attrs.has(kind) and kind is not PartialDate and kind is not DateRange


class _Abandon(Exception):
    """
    The fast path cannot answer; the reference path will.

    Always raised as the class, so that each raise makes a new instance: an instance raised
    again would chain the new traceback onto the old one, keeping every frame (and the data in
    it) alive.
    """


class _Unsupported(Exception):
    """A type the fast path has no code for; such kinds always take the reference path."""


_MISSING: Final = object()


#: A call that leaves at least this many new tracked objects hands them to the oldest
#: generation (see _collector_paused).
_PROMOTE_AT: Final = 100_000


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """
    Pause the cyclic garbage collector for the duration, if it is running.

    A call that built a large graph (a catalogue) leaves it in the youngest generation, where
    the collector would walk all of it at its next young collection, again at the next middle
    one, and once more in a full collection that the new objects themselves make due. The
    graph is immutable and holds no cycles, so those walks can free nothing: it is handed
    straight to the oldest generation instead, with the documented pair ``gc.freeze()`` and
    ``gc.unfreeze()``, where full collections walk it like any other long-lived data. Objects
    the caller made just before the call and not yet collected move there with it. Not done
    when the caller uses ``gc.freeze()`` itself, for small calls, nor when the call raises.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    except BaseException:
        # A refused document leaves garbage with reference cycles (errors and their
        # tracebacks): it stays young, for the next collection to free.
        gc.enable()
        raise
    if gc.get_count()[0] >= _PROMOTE_AT and gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
    gc.enable()


def _unencodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


_DATE_CACHE: dict[str, Any] = {}
_DATE_CACHE_SIZE: Final = 4096


def _enum_lookup(kind: type[enum.Enum]) -> Callable[[Any], Any]:
    """The member of the enum *kind* that has a value; a KeyError for any other value."""
    return {member.value: member for member in kind}.__getitem__


def _cached_date(kind: type[Any]) -> Callable[[Any], Any]:
    """Parse ISO dates of *kind* through a small cache: the values are immutable, so sharing is safe."""
    parse = kind.fromisoformat
    prefix = "d:" if kind is PartialDate else "r:"

    def structure(value: Any) -> Any:
        if value.__class__ is not str:
            raise _Abandon
        key = prefix + value
        found = _DATE_CACHE.get(key)
        if found is None:
            found = parse(value)
            if len(_DATE_CACHE) >= _DATE_CACHE_SIZE:
                _DATE_CACHE.clear()
            _DATE_CACHE[key] = found
        return found

    return structure


def _optional_arg(kind: Any) -> Any:
    """``X`` for ``X | None``, else ``_MISSING``."""
    if get_origin(kind) in (Union, types.UnionType):
        args = [arg for arg in get_args(kind) if arg is not type(None)]
        if len(args) == 1 and len(get_args(kind)) == 2:
            return args[0]
        raise _Unsupported(kind)
    return _MISSING


def _attrs_fields(kind: type) -> list[attrs.Attribute[Any]]:
    attrs.resolve_types(kind)
    fields = [field for field in attrs.fields(kind) if field.init]
    if any(field.alias != field.name for field in fields):
        raise _Unsupported(kind)
    return fields


def _shape(kind: Any, seen: frozenset[Any] = frozenset()) -> tuple[int, int]:
    """The deepest nesting of arrays and objects a valid *kind* can have, and its longest key."""
    inner = _optional_arg(kind)
    if inner is not _MISSING:
        return _shape(inner, seen)
    if kind in (str, int, bool, PartialDate, DateRange) or _is_enum(kind):
        return 0, 0
    if _is_homogeneous_tuple(kind) or _is_frozenset(kind):
        depth, key = _shape(get_args(kind)[0], seen)
        return depth + 1, key
    if _is_entity(kind):
        if kind in _ENTITY_SHAPES:  # a class's shape does not depend on where it is
            return _ENTITY_SHAPES[kind]
        if kind in seen:
            raise _Unsupported(kind)
        depth, key = 0, 0
        for field in _attrs_fields(kind):
            field_depth, field_key = _shape(field.type, seen | {kind})
            depth, key = max(depth, field_depth), max(key, field_key, len(field.name))
        _ENTITY_SHAPES[kind] = depth + 1, key
        return depth + 1, key
    raise _Unsupported(kind)


_ENTITY_SHAPES: dict[Any, tuple[int, int]] = {}


class _Done:
    """A document's list of entities, already structured while it was read."""

    __slots__ = ("value",)

    def __init__(self, value: tuple[Any, ...]) -> None:
        self.value = value


class _StructureCode:
    """
    Generates the fast structure functions for one pair of string and integer limits.

    Each attrs class gets a function that checks every scalar field in one condition and
    converts each other field with one call: to the function of its class, an enum's lookup, a
    date parser, or a helper made once for each kind of tuple or set. The source is compiled
    once, and compiling it is most of what generating costs: a start of the command line pays
    it, so the code is kept short.
    """

    def __init__(
        self, max_string_length: int | None, max_integer_digits: int, copy: bool, surrogates: bool
    ) -> None:
        # copy=False: objects arrive from the parser as tuples of (key, value) pairs, which are
        # checked for repeated keys here; copy=True: they are a caller's dicts, left untouched.
        # Strings are checked against max_string_length unless it is None (a text no longer than
        # the limit holds no longer string), and for lone surrogates if *surrogates* is true.
        self.max_string_length = max_string_length
        self.surrogates = surrogates
        self.globals: dict[str, Any] = {
            "_A": _Abandon,
            "_M": _MISSING,
            "_Done": _Done,
            "_unencodable": _unencodable,
            "_L": max_string_length,
            "_B": 10**max_integer_digits,
        }
        self.max_integer_digits = max_integer_digits
        self.copy = copy
        self.functions: dict[Any, str] = {}
        self.class_names: dict[Any, str] = {}
        self.converters: dict[Any, str] = {}
        self.source: list[str] = []
        # The imports and assignments with which a module of this code makes its globals.
        self.imports: list[str] = []
        self.made: list[str] = []
        self.counter = 0

    def _name(self, prefix: str, kind: type, made_by: Callable[[Any], Any] | None = None) -> str:
        """A new global for the class *kind*, or for what the function *made_by* makes of it."""
        self.counter += 1
        name = f"_{prefix}{self.counter}"
        self.globals[name] = kind if made_by is None else made_by(kind)
        # How a module of this code (see module_source) makes the same global.
        self.imports.append(f"from {kind.__module__} import {kind.__qualname__}")
        self.made.append(
            f"{name} = {kind.__qualname__ if made_by is None else f'{made_by.__name__}({kind.__qualname__})'}"
        )
        return name

    def _scalar_check(self, kind: Any, var: str) -> str | None:
        """A condition that is true when *var* is not a valid *kind*; ``None`` if not a scalar."""
        if kind is str:
            check = f"{var}.__class__ is not str"
            if self.max_string_length is not None:
                check += f" or len({var}) > _L"
            if self.surrogates:
                check += f" or not {var}.isascii() and _unencodable({var})"
            return check
        if kind is int:
            return f"{var}.__class__ is not int or not -_B < {var} < _B"
        if kind is bool:
            return f"{var}.__class__ is not bool"
        return None

    def converter(self, kind: Any) -> str:
        """The name of a one-argument function that checks a value of *kind* and returns it converted."""
        if kind in self.converters:
            return self.converters[kind]
        if _is_enum(kind):
            name = self._name("get", kind, _enum_lookup)
        elif kind is PartialDate or kind is DateRange:
            name = self._name("date", kind, _cached_date)
        elif _is_entity(kind):
            name = self.function(kind)
        elif _is_homogeneous_tuple(kind) or _is_frozenset(kind):
            name = self._collection(kind)
        else:
            raise _Unsupported(kind)
        self.converters[kind] = name
        return name

    def _collection(self, kind: Any) -> str:
        self.counter += 1
        name = f"_many{self.counter}"
        item = get_args(kind)[0]
        lines = [f"def {name}(v):"]
        if _is_entity(item) and _is_homogeneous_tuple(kind):
            # A document's array of entities, structured while it was read.
            lines += ["    if v.__class__ is _Done:", "        return v.value"]
        lines += ["    if v.__class__ is not list:", "        raise _A"]
        check = self._scalar_check(item, "_x")
        if check is not None:
            lines += ["    for _x in v:", f"        if {check}:", "            raise _A"]
            items = "v"
        else:
            items = f"map({self.converter(item)}, v)"
        if _is_homogeneous_tuple(kind):
            lines.append(f"    return tuple({items})")
        else:
            lines += [
                f"    s = frozenset({items})",
                "    if len(s) != len(v):",
                "        raise _A",
                "    return s",
            ]
        self.source += lines
        return name

    def function(self, kind: type) -> str:
        """The name of the structure function of the attrs class *kind*."""
        if kind in self.functions:
            return self.functions[kind]
        name = f"_structure_{kind.__name__}_{len(self.functions)}"
        self.functions[kind] = name
        cls = self.class_names[kind] = self._name("cls", kind)
        # Unknown keys need no check here: the class's __init__ refuses them.
        if self.copy:
            lines = [
                f"def {name}(d):",
                "    if d.__class__ is not dict:",
                "        raise _A",
                "    kw = d.copy()",
            ]
            checks = []
        else:
            lines = [
                f"def {name}(d):",
                "    if d.__class__ is not tuple:",
                "        raise _A",
                "    kw = dict(d)",
            ]
            checks = ["len(kw) != len(d)"]
        conversions = []
        for field in _attrs_fields(kind):
            key = repr(field.name)
            required = field.default is attrs.NOTHING
            inner = _optional_arg(field.type)
            value: str = "v"
            present: str | None
            if inner is not _MISSING:  # null is kept as it is, and so is absent when optional
                kind_of_value = inner
                present = f"(v := kw[{key}]) is not None" if required else f"(v := kw.get({key})) is not None"
            else:
                kind_of_value = field.type
                if required:
                    value, present = f"kw[{key}]", None
                else:
                    present = f"(v := kw.get({key}, _M)) is not _M"
            check = self._scalar_check(kind_of_value, value)
            if check is not None:
                checks.append(f"{present} and ({check})" if present else f"({check})")
            elif present is None:
                conversions.append(f"    kw[{key}] = {self.converter(kind_of_value)}(kw[{key}])")
            else:
                conversions.append(f"    if {present}: kw[{key}] = {self.converter(kind_of_value)}(v)")
        if checks:
            lines += [f"    if {' or '.join(checks)}:", "        raise _A"]
        lines += [*conversions, f"    return {cls}(**kw)"]
        self.source += lines
        return name

    def _top_source(self, kind: Any) -> str:
        """The source of every function, ending with ``_top``, which structures a whole *kind*."""
        inner = _optional_arg(kind)
        check = self._scalar_check(kind if inner is _MISSING else inner, "v")
        if check is not None:
            body = [f"    if {check}:" if inner is _MISSING else f"    if v is not None and ({check}):"]
            body.append("        raise _A")
        elif inner is _MISSING:
            body = [f"    v = {self.converter(kind)}(v)"]
        else:
            body = [f"    if v is not None: v = {self.converter(inner)}(v)"]
        return "\n".join([*self.source, "def _top(v):", *body, "    return v"])

    def top(self, kind: Any) -> Callable[[Any], Any]:
        """A function that structures a whole value of *kind*, with those of its classes."""
        # One compile for every function: compiling is most of the cost of generating them.
        exec(compile(self._top_source(kind), "<untoc_dialogue fast structure>", "exec"), self.globals)
        top: Callable[[Any], Any] = self.globals["_top"]
        return top

    def module_source(self, kind: type) -> str:
        """The text of a module that defines what :meth:`top` would, without generating it."""
        functions = self._top_source(kind)
        key = _pregenerated_key(
            kind, self.max_string_length, self.max_integer_digits, self.copy, self.surrogates
        )
        return "\n".join(
            [
                '"""',
                f"The fast structure functions of a {kind.__name__} read from JSON bytes with the default limits.",
                "",
                "Generated by ``python scripts/generate_structure_module.py`` from the code that",
                "``_convert._StructureCode`` generates at run time, and read instead of generating it, so",
                "that loading the bundled catalogue compiles nothing: Python caches this module's byte",
                "code. Do not edit: tests/test_convert.py checks that it is what the generator writes now.",
                '"""',
                "# mypy: ignore-errors",
                "",
                "from untoc_dialogue._convert import _MISSING as _M",
                "from untoc_dialogue._convert import _Abandon as _A",
                "from untoc_dialogue._convert import _cached_date, _Done, _enum_lookup, _unencodable",
                *sorted(set(self.imports)),
                "",
                f"KEY = {key!r}",
                "# The model this code was generated from; another model (a changed field) is not served.",
                f"MODEL = {_model_signature(self.functions)!r}",
                f"_L = {self.max_string_length!r}",
                f"_B = 10**{self.max_integer_digits}",
                *self.made,
                "",
                "",
                functions,
                "",
                "",
                "FUNCTIONS = {",
                *(f"    {self.class_names[cls]}: {name}," for cls, name in self.functions.items()),
                "}",
                "",
            ]
        )


def _pregenerated_key(
    kind: Any, max_string_length: int | None, max_integer_digits: int, copy: bool, surrogates: bool
) -> tuple[str, int | None, int, bool, bool]:
    return (
        f"{getattr(kind, '__module__', '')}.{getattr(kind, '__qualname__', '')}",
        max_string_length,
        max_integer_digits,
        copy,
        surrogates,
    )


class _Fast:
    """The fast structure function of a kind, and those of the attrs classes inside it."""

    __slots__ = ("functions", "top")

    def __init__(self, top: Callable[[Any], Any], functions: dict[Any, Callable[[Any], Any]]) -> None:
        self.top = top
        self.functions = functions


#: The structure code that ``_structure_catalog`` holds, generated ahead of time: a Catalog read
#: from JSON text no longer than the string limit that can hold no lone surrogate (bytes, or an
#: ASCII str, without a ``\ud...`` escape), with the default integer limit. Everything else is
#: generated when first needed.
_PREGENERATED: Final = (
    "untoc_dialogue._catalog.Catalog",
    None,
    DEFAULT_LIMITS.max_integer_digits,
    False,
    False,
)


def structure_module_source() -> str:
    """The text of ``_structure_catalog.py``, as the generator writes it now."""
    from ._catalog import Catalog

    _, max_string_length, max_integer_digits, copy, surrogates = _PREGENERATED
    return _StructureCode(max_string_length, max_integer_digits, copy, surrogates).module_source(Catalog)


def _model_signature(classes: Iterable[Any]) -> str:
    """What generated structure code depends on: each class's fields, their types and defaults."""

    def default(field: attrs.Attribute[Any]) -> str:
        if field.default is attrs.NOTHING:
            return "required"
        return "null" if field.default is None else "default"

    return ";".join(
        f"{cls.__module__}.{cls.__qualname__}("
        + ",".join(f"{field.name}:{field.type!r}:{default(field)}" for field in _attrs_fields(cls))
        + ")"
        for cls in classes
    )


def _pregenerated(kind: Any) -> _Fast | None:
    """
    The code of ``_structure_catalog`` for *kind*, if it was generated from the model as it is.

    A module left behind by a change to the model or to the limits it was written for (not
    regenerated) is not used: it would not check what the change added. Its code is then
    generated, as for any other kind.
    """
    try:
        from . import _structure_catalog as module

        if (
            kind not in module.FUNCTIONS
            or module.KEY != _PREGENERATED
            or _model_signature(module.FUNCTIONS) != module.MODEL
        ):
            return None
        return _Fast(module._top, dict(module.FUNCTIONS))
    except Exception:  # a module that no longer imports (a class renamed): generate instead
        return None


@functools.lru_cache(maxsize=64)
def _fast_structurer(
    kind: Any, max_string_length: int | None, max_integer_digits: int, copy: bool, surrogates: bool
) -> _Fast | None:
    key = _pregenerated_key(kind, max_string_length, max_integer_digits, copy, surrogates)
    if key == _PREGENERATED:
        pregenerated = _pregenerated(kind)
        if pregenerated is not None:
            return pregenerated
    code = _StructureCode(max_string_length, max_integer_digits, copy, surrogates)
    try:
        top = code.top(kind)
    except _Unsupported:
        return None
    return _Fast(top, {cls: code.globals[name] for cls, name in code.functions.items()})


@functools.lru_cache(maxsize=64)
def _shape_of(kind: Any) -> tuple[int, int] | None:
    try:
        return _shape(kind)
    except _Unsupported:
        return None


def _fast_for(kind: Any, limits: Limits, *, copy: bool, text: str | bytes | None = None) -> _Fast | None:
    """
    The fast structure function for *kind* within *limits*, or ``None`` if there is none.

    With the JSON *text* at hand, strings are checked only for what the text could hold.
    """
    try:
        shape = _shape_of(kind)
    except TypeError:  # an unhashable kind
        return None
    if shape is None or shape[0] > limits.max_depth or shape[1] > limits.max_string_length:
        return None
    short = text is not None and len(text) <= limits.max_string_length
    surrogates = text is None or _may_hold_surrogates(text)
    return _fast_structurer(
        kind, None if short else limits.max_string_length, limits.max_integer_digits, copy, surrogates
    )


def _may_hold_surrogates(text: str | bytes) -> bool:
    """
    Whether a string parsed from *text* could hold a lone surrogate.

    UTF-8 bytes cannot encode one, so only an escape (``\\ud800``) can make one; a str can
    also hold one as it is, unless it is ASCII.
    """
    if isinstance(text, str):
        if not text.isascii():
            return True
        return "\\u" in text and ("\\ud" in text or "\\uD" in text)
    return b"\\u" in text and (b"\\ud" in text or b"\\uD" in text)


# The standard library's C scanner, which reads one value at an index of a str. Objects come
# out as tuples of (key, value) pairs, so that the structure functions can refuse repeated keys.
_DECODER: Final = json.JSONDecoder(object_pairs_hook=tuple)
_SCAN: Final[Callable[[str, int], tuple[Any, int]]] = json.scanner.make_scanner(_DECODER)  # type: ignore[arg-type]
_SPACE: Final = re.compile(r"[ \t\n\r]*").match  # matches, if only the empty string
_CHUNK: Final = 1 << 20


class _Reader:
    """Reads JSON values one at a time from a str, or from UTF-8 bytes decoded in chunks."""

    __slots__ = ("buffer", "decoder", "index", "position", "raw")

    def __init__(self, text: str | bytes) -> None:
        self.index = 0
        self.position = 0
        if isinstance(text, str):
            self.buffer, self.raw, self.decoder = text, b"", None
        else:
            self.buffer, self.raw = "", text
            self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
            self.fill(_CHUNK)

    def fill(self, at_least: int) -> bool:
        """Append the next chunk of text to the buffer; ``False`` if the text is all read."""
        if self.decoder is None or self.position >= len(self.raw):
            return False
        end = self.position + max(_CHUNK, at_least)
        chunk = self.decoder.decode(self.raw[self.position : end], end >= len(self.raw))
        self.position = end
        self.buffer = self.buffer[self.index :] + chunk
        self.index = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space, or ``""`` at the end of the text."""
        while True:
            self.index = _SPACE(self.buffer, self.index).end()  # type: ignore[union-attr]
            if self.index < len(self.buffer) or not self.fill(0):
                return self.buffer[self.index : self.index + 1]

    def take(self, char: str) -> None:
        if self.peek() != char:
            raise _Abandon
        self.index += 1

    def value(self) -> Any:
        """The next JSON value (after white space)."""
        self.peek()
        while True:
            try:
                value, end = _SCAN(self.buffer, self.index)
            except (StopIteration, ValueError):
                if self.fill(2 * (len(self.buffer) - self.index)):
                    continue
                raise _Abandon from None
            # A number at the very end of the buffer may go on in the next chunk.
            if end == len(self.buffer) and self.fill(2 * (len(self.buffer) - self.index)):
                continue
            self.index = end
            return value

    def array(self, item: Callable[[Any], Any]) -> tuple[Any, ...]:
        """The next JSON array, each element structured by *item* as soon as it is read."""
        self.take("[")
        if self.peek() == "]":
            self.index += 1
            return ()
        items = []
        while True:
            if self.peek() != "{":
                raise _Abandon
            items.append(item(self.value()))
            char = self.peek()
            self.index += 1
            if char == "]":
                return tuple(items)
            if char != ",":
                raise _Abandon

    def document(self, streamed: dict[str, Callable[[Any], Any]]) -> dict[str, Any]:
        """The next JSON object; the fields named in *streamed* are read by :meth:`array`."""
        self.take("{")
        result: dict[str, Any] = {}
        if self.peek() == "}":
            self.index += 1
            return result
        while True:
            if self.peek() != '"':
                raise _Abandon
            key = self.value()
            if key in result:
                raise _Abandon
            self.take(":")
            item = streamed.get(key)
            result[key] = _Done(self.array(item)) if item is not None and self.peek() == "[" else self.value()
            char = self.peek()
            self.index += 1
            if char == "}":
                return result
            if char != ",":
                raise _Abandon

    def end(self) -> None:
        if self.peek() != "":
            raise _Abandon


def _streamed_fields(kind: type, fast: _Fast) -> dict[str, Callable[[Any], Any]]:
    """The fields of a document that hold tuples of entities, with their structure functions."""
    result = {}
    for field in _attrs_fields(kind):
        if _is_homogeneous_tuple(field.type) and get_args(field.type)[0] in fast.functions:
            result[field.name] = fast.functions[get_args(field.type)[0]]
    return result


def _version_is_current(data: Any) -> bool:
    """Whether reading *data* needs no version refusal and no migration."""
    if type(data) is not dict or "schema_version" not in data:
        return False
    try:
        theirs = _parse_version(data["schema_version"])
    except ValidationError:
        return False
    return theirs <= _parse_version(SCHEMA_VERSION) and not any(theirs <= source for source, _ in _MIGRATIONS)


def _fast_from_json(kind: Any, text: str | bytes, limits: Limits) -> Any:
    """The value *text* describes, or ``_MISSING`` when the reference path must answer."""
    fast = _fast_for(kind, limits, copy=False, text=text)
    if fast is None:
        return _MISSING
    try:
        reader = _Reader(text)
        data: Any
        if _is_entity(kind):  # read a document's lists of entities an element at a time
            document = reader.document(_streamed_fields(kind, fast))
            reader.end()
            if _is_document(kind) and not _version_is_current(document):
                return _MISSING
            return fast.top(tuple(document.items()))
        if _is_homogeneous_tuple(kind) and get_args(kind)[0] in fast.functions:
            data = _Done(reader.array(fast.functions[get_args(kind)[0]]))
        else:
            data = reader.value()
        reader.end()
        del reader
        return fast.top(data)
    except Exception:
        return _MISSING


def _fast_from_dict(kind: Any, data: Any, limits: Limits) -> Any:
    """The value *data* describes, or ``_MISSING`` when the reference path must answer."""
    fast = _fast_for(kind, limits, copy=True)
    if fast is None or (_is_document(kind) and not _version_is_current(data)):
        return _MISSING
    try:
        return fast.top(data)
    except Exception:
        return _MISSING


_INDENTS: Final = 40
_NEWLINE: Final = tuple("\n" + "  " * depth for depth in range(_INDENTS + 2))
_SEPARATOR: Final = tuple(",\n" + "  " * depth for depth in range(_INDENTS + 2))


class _WriterCode:
    """Generates the functions that write attrs objects as canonical JSON text."""

    def __init__(self) -> None:
        self.globals: dict[str, Any] = {
            "_A": _Abandon,
            "_esc": json.encoder.encode_basestring,
            "_int": int.__repr__,
            "_NL": _NEWLINE,
            "_SEP": _SEPARATOR,
            "_sorted": sorted,
            "_value": operator.attrgetter("_value_"),
        }
        self.functions: dict[type, Callable[..., None]] = {}
        self.counter = 0

    def _name(self, prefix: str, value: Any) -> str:
        self.counter += 1
        name = f"_{prefix}{self.counter}"
        self.globals[name] = value
        return name

    def _enum(self, kind: Any) -> str:
        if not all(type(member.value) is str for member in kind):
            raise _Unsupported(kind)
        return self._name("enum", kind)

    def _text(self, kind: Any, var: str) -> tuple[str, str] | None:
        """A check that *var* is a *kind*, and an expression of its JSON text, for a scalar."""
        if kind is str:
            return f"{var}.__class__ is not str", f"_esc({var})"
        if kind is int:
            return f"{var}.__class__ is not int", f"_int({var})"
        if kind is bool:
            return f"{var}.__class__ is not bool", f'("true" if {var} else "false")'
        if kind is PartialDate or kind is DateRange:
            cls = self._name("cls", kind)
            return f"{var}.__class__ is not {cls}", f"'\"' + {var}.isoformat() + '\"'"
        if _is_enum(kind):
            return f"{var}.__class__ is not {self._enum(kind)}", f"_esc({var}._value_)"
        return None

    def value(self, kind: Any, var: str, key: str, indent: str) -> list[str]:
        """Lines that write the member *key* (an expression of its text) with the value *var*."""
        inner = _optional_arg(kind)
        if inner is not _MISSING:
            return [
                f"{indent}if {var} is None:",
                f"{indent}    w({key} + 'null')",
                f"{indent}else:",
                *self.value(inner, var, key, indent + "    "),
            ]
        scalar = self._text(kind, var)
        if scalar is not None:
            check, text = scalar
            return [f"{indent}if {check}:", f"{indent}    raise _A", f"{indent}w({key} + {text})"]
        if _is_homogeneous_tuple(kind) or _is_frozenset(kind):
            container = "tuple" if _is_homogeneous_tuple(kind) else "frozenset"
            item = get_args(kind)[0]
            lines = [
                f"{indent}if {var}.__class__ is not {container}:",
                f"{indent}    raise _A",
                f"{indent}if not {var}:",
                f"{indent}    w({key} + '[]')",
                f"{indent}else:",
            ]
            indent += "    "
            if container == "frozenset":
                if item is not str and not _is_enum(item):
                    raise _Unsupported(kind)
                cls = "str" if item is str else self._enum(item)
                values = var if item is str else f"map(_value, {var})"
                return [
                    *lines,
                    f"{indent}for _x in {var}:",
                    f"{indent}    if _x.__class__ is not {cls}:",
                    f"{indent}        raise _A",
                    f"{indent}w({key} + '[' + _NL[d + 1] + _SEP[d + 1].join(map(_esc, _sorted({values}))) + _NL[d] + ']')",
                ]
            if _is_entity(item):
                function = self.function(item)
                return [
                    *lines,
                    f"{indent}w({key} + '[')",
                    f"{indent}_s = _NL[d + 1]",
                    f"{indent}for _x in {var}:",
                    f"{indent}    w(_s)",
                    f"{indent}    _s = _SEP[d + 1]",
                    f"{indent}    {function}(_x, d + 2, out, w)",
                    f"{indent}w(_NL[d] + ']')",
                ]
            scalar = self._text(item, "_x")
            if scalar is None:
                raise _Unsupported(kind)
            check, text = scalar
            return [
                *lines,
                f"{indent}_t = []",
                f"{indent}for _x in {var}:",
                f"{indent}    if {check}:",
                f"{indent}        raise _A",
                f"{indent}    _t.append({text})",
                f"{indent}w({key} + '[' + _NL[d + 1] + _SEP[d + 1].join(_t) + _NL[d] + ']')",
            ]
        if _is_entity(kind):
            return [f"{indent}w({key})", f"{indent}{self.function(kind)}({var}, d + 1, out, w)"]
        raise _Unsupported(kind)

    def function(self, kind: type) -> str:
        """The name of the function that writes an object of the attrs class *kind*."""
        name = f"_write_{kind.__name__}"
        if kind in self.functions:
            return name
        fields = _attrs_fields(kind)
        # Keys for every depth: ',\n' + indent + '"name": '; the first written gets '{' for ','.
        table = self._name(
            "keys",
            tuple(
                tuple(_SEPARATOR[depth] + json.dumps(field.name) + ": " for field in fields)
                for depth in range(_INDENTS + 1)
            ),
        )
        cls = self._name("cls", kind)
        lines = [
            f"def {name}(o, d, out, w):",
            f"    if o.__class__ is not {cls}:",
            "        raise _A",
            f"    k = {table}[d]",
            "    n = len(out)",
        ]
        document = _is_document(kind)
        for index, field in enumerate(fields):
            lines.append(f"    v = o.{field.name}")
            indent = "    "
            default: Any = field.default
            if default is not attrs.NOTHING and not (document and field.name == "schema_version"):
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    factory = self._name("factory", default.factory)
                    compared = f"{factory}(o)" if default.takes_self else f"{factory}()"
                    lines.append(f"    if v != {compared}:")
                elif default is None:
                    lines.append("    if v is not None:")
                else:
                    lines.append(f"    if v != {self._name('default', default)}:")
                indent = "        "
            field_kind = field.type
            if default is None and _optional_arg(field_kind) is not _MISSING:
                field_kind = _optional_arg(field_kind)  # None is left out, so never None here
            lines += self.value(field_kind, "v", f"k[{index}]", indent)
        lines += [
            "    if len(out) == n:",
            "        w('{}')",
            "    else:",
            "        out[n] = '{' + out[n][1:]",
            "        w(_NL[d - 1] + '}')",
        ]
        self.functions[kind] = None  # type: ignore[assignment]  # recursion guard while compiling
        exec(compile("\n".join(lines), f"<untoc_dialogue fast writer {kind.__name__}>", "exec"), self.globals)
        self.functions[kind] = self.globals[name]
        return name


_WRITER: Final = _WriterCode()


_WRITERS: dict[Any, Callable[..., None] | None] = {}
_WRITER_LOCK: Final = threading.Lock()


def _writer_for(kind: Any) -> Callable[..., None] | None:
    """The function that writes a *kind*, or ``None`` if the reference path must."""
    try:
        return _WRITERS[kind]
    except KeyError:
        pass
    with _WRITER_LOCK:  # one thread at a time extends the shared generated code
        if kind in _WRITERS:
            return _WRITERS[kind]
        try:
            _WRITER.function(kind)
        except _Unsupported:
            for unfinished in [cls for cls, function in _WRITER.functions.items() if function is None]:
                del _WRITER.functions[unfinished]
            _WRITERS[kind] = None
        else:
            _WRITERS[kind] = _WRITER.functions[kind]
        return _WRITERS[kind]


def _fast_to_json(value: Any) -> str | None:
    """The canonical JSON text of *value*, or ``None`` when the reference path must write it."""
    out: list[str] = []
    try:
        kind = type(value)
        if _is_entity(kind):
            write = _writer_for(kind)
            if write is None:
                return None
            write(value, 1, out, out.append)
        elif kind is tuple or kind is list:
            if not value:
                return "[]\n"
            out.append("[")
            separator = _NEWLINE[1]
            for item in value:
                write = _writer_for(type(item)) if _is_entity(type(item)) else None
                if write is None:
                    return None
                out.append(separator)
                separator = _SEPARATOR[1]
                write(item, 2, out, out.append)
            out.append("\n]")
        else:
            return None
    except Exception:
        return None
    out.append("\n")
    return "".join(out)
