"""
JSON Schema (draft 2020-12) generated from the attrs classes themselves.

The schema is read off the model at call time, so it cannot drift from it: each field's
type gives its JSON type, its default whether it is required, its validators the bounds
and patterns (through :data:`_VALIDATORS` and :data:`_VALIDATOR_FACTORIES`, which name
every validator the model uses; an unknown one is an error, not a silent gap), and the
class docstring's ``Attributes:`` section the descriptions.

What JSON Schema cannot say stays the library's to check: that references resolve, that
panels are numbered in order, that a range does not end before it starts, and that a
29 February falls in a leap year. :data:`_CLASS_RULES` declares the checks made after
construction that a schema can express.
"""

from __future__ import annotations

import enum
import inspect
import re
import types
import typing
from collections.abc import Callable
from typing import Any, Final, get_args, get_origin

import attrs

from . import _assessment_facts, _model
from . import _validate as v
from ._convert import SCHEMA_VERSION, _is_document
from ._countries import ISO_3166_ALPHA2
from ._dates import DateRange, PartialDate

__all__ = ["DRAFT", "json_schema"]

#: The JSON Schema dialect of every schema :func:`json_schema` returns.
DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"

Schema = dict[str, Any]


def _whole(body: str) -> str:
    # ``$`` alone lets Python's re (which the jsonschema package uses) accept a trailing
    # newline; the look-ahead closes that gap and means the same in ECMA-262 regexes.
    return f"^(?:{body})$(?![\\s\\S])"


_DAY_IN_MONTH = (
    "(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    "|02-(?:0[1-9]|1[0-9]|2[0-9])"
)
_DATE = f"(?!0000)[0-9]{{4}}(?:-(?:0[1-9]|1[0-2])|-(?:{_DAY_IN_MONTH}))?"

_TEXT: Final[Schema] = {"type": "string", "minLength": 1, "pattern": _whole(r"\S(?:[\s\S]*\S)?")}
_IDENTIFIER: Final[Schema] = {"type": "string", "pattern": _whole(v.ID_PATTERN.pattern)}
_COUNTRY_REF: Final[Schema] = {"$ref": "#/$defs/CountryCode"}

#: Schemas of the values the converter writes as strings rather than objects.
_SCALAR_DEFS: Final[dict[type, Schema]] = {
    PartialDate: {
        "type": "string",
        "pattern": _whole(_DATE),
        "description": (
            "A date at the precision a source gives it: YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601). "
            "29 February must fall in a leap year."
        ),
        "examples": ["2022", "2022-06", "2023-10-09"],
    },
    DateRange: {
        "type": "string",
        "pattern": _whole(f"{_DATE}(?:/{_DATE})?"),
        "description": (
            "One date, or an ISO 8601 interval start/end, each part at its own precision; "
            "the end is never before the start."
        ),
        "examples": ["2023-10-09", "2023-10-05/2023-10-06", "2022-06"],
    },
}

#: Keywords that each plain validator function adds to the schema of the value it checks.
_VALIDATORS: Final[dict[Callable[..., Any], Schema]] = {
    v.text: _TEXT,
    v.identifier: _IDENTIFIER,
    v.reference: _IDENTIFIER,
    v.country: _COUNTRY_REF,
    v.references: {"uniqueItems": True, "items": _IDENTIFIER},
    # Numbering from 1 in order is checked by the library; the items are panels either way.
    _model._check_panel_numbers: {},
}


def _closure(validator: Any) -> dict[str, Any]:
    return dict(inspect.getclosurevars(validator).nonlocals)


def _tuple_rules(validator: Any) -> Schema:
    settings = _closure(validator)
    rules: Schema = {}
    if settings["non_empty"]:
        rules["minItems"] = 1
    if settings["unique"]:
        rules["uniqueItems"] = True
    return rules


#: Validators made by a factory, recognised by the code they share, and how to read their
#: settings. ``optional`` is unwrapped by the caller; ``instance`` adds nothing the type
#: does not say already.
_VALIDATOR_FACTORIES: Final[dict[types.CodeType, Callable[[Any], Schema]]] = {
    v.minimum(0).__code__: lambda check: {"minimum": _closure(check)["bound"]},
    v.instance(int).__code__: lambda check: {},
    v.tuple_of(int).__code__: _tuple_rules,
    v.frozenset_of(int).__code__: lambda check: {},
    _assessment_facts._at_most(0).__code__: lambda check: {"maximum": _closure(check)["bound"]},
}
_OPTIONAL_CODE: Final = v.optional(v.text).__code__
_AND_VALIDATOR: Final[type[Any]] = type(attrs.validators.and_())

#: Checks a class makes after construction that a schema can express, by class.
_CLASS_RULES: Final[dict[type, Schema]] = {
    _model.Participant: {
        "anyOf": [
            {"required": [name], "properties": {name: {"type": "string"}}}
            for name in ("person", "organization", "title")
        ],
    },
    _model.Conflict: {"properties": {"claims": {"minItems": 2}}},
    _model.Convention: {"properties": {"instrument": {"const": "untoc"}}},
    _model.Protocol: {"properties": {"instrument": {"not": {"const": "untoc"}}}},
}

_ROLE = re.compile(r":[a-z]+:`~?([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``")


def _plain(text: str) -> str:
    """Docstring text without reStructuredText markup, on one line."""
    text = _ROLE.sub(lambda match: match.group(1).rsplit(".", 1)[-1], text)
    return " ".join(_LITERAL.sub(r"\1", text).split())


def _docs(kind: type) -> tuple[str, dict[str, str]]:
    """The summary of *kind*'s docstring and the descriptions of its ``Attributes:``."""
    doc = inspect.cleandoc(kind.__doc__ or "")
    summary = _plain(doc.split("\n\n", 1)[0])
    fields: dict[str, str] = {}
    if "\nAttributes:\n" in doc:
        current = None
        for line in doc.split("\nAttributes:\n", 1)[1].splitlines():
            match = re.fullmatch(r" {4}(\w+): (.*)", line)
            if match:
                current = match.group(1)
                fields[current] = match.group(2)
            elif line.startswith(" " * 8) and current is not None:
                fields[current] += " " + line.strip()
            elif line.strip():
                break
    return summary, {name: _plain(text) for name, text in fields.items()}


def _merge(base: Schema, extra: Schema) -> Schema:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _json_default(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, bool)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, frozenset)) and not value:
        return []
    return attrs.NOTHING


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Schema] = {}

    def ref(self, kind: type) -> Schema:
        name = kind.__name__
        if name not in self.defs:
            self.defs[name] = {}  # claimed first, so that recursive classes terminate
            self.defs[name] = self._definition(kind)
        return {"$ref": f"#/$defs/{name}"}

    def _definition(self, kind: type) -> Schema:
        if kind in _SCALAR_DEFS:
            return _SCALAR_DEFS[kind]
        if issubclass(kind, enum.Enum):
            return {
                "type": "string",
                "enum": [member.value for member in kind],
                "description": _docs(kind)[0],
            }
        if attrs.has(kind):
            return self._object(kind)
        raise TypeError(f"no JSON Schema for {kind!r}")

    def _object(self, kind: type) -> Schema:
        summary, descriptions = _docs(kind)
        hints = typing.get_type_hints(kind)
        properties: dict[str, Schema] = {}
        required: list[str] = []
        for field in attrs.fields(kind):
            if not field.init:
                continue
            schema = self._value(hints[field.name], field.validator)
            if field.name in descriptions:
                schema["description"] = descriptions[field.name]
            default = field.default
            if default is attrs.NOTHING or (field.name == "schema_version" and _is_document(kind)):
                required.append(field.name)
            elif (value := _json_default(default)) is not attrs.NOTHING:
                schema["default"] = value
            properties[field.name] = schema
        if _is_document(kind):
            properties["schema_version"] = _merge(
                properties["schema_version"],
                {
                    "pattern": _whole("[0-9]+\\.[0-9]+"),
                    "examples": [SCHEMA_VERSION],
                    "description": (
                        f"The document format's version; this schema describes {SCHEMA_VERSION}, "
                        "and a document of a newer version is refused."
                    ),
                },
            )
        definition: Schema = {
            "type": "object",
            "description": summary,
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        return _merge(definition, _CLASS_RULES.get(kind, {}))

    def _value(self, hint: Any, validator: Any) -> Schema:
        if get_origin(hint) in (typing.Union, types.UnionType):
            options = [item for item in get_args(hint) if item is not type(None)]
            if len(options) != 1:
                raise TypeError(f"no JSON Schema for the union {hint!r}")
            inner = self._value(options[0], validator)
            return {"anyOf": [inner, {"type": "null"}]}
        return _merge(self._type(hint), self._rules(validator))

    def _type(self, hint: Any) -> Schema:
        if hint is str:
            return {"type": "string"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        origin, args = get_origin(hint), get_args(hint)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self._type(args[0])}
        if origin is frozenset and len(args) == 1:
            return {"type": "array", "items": self._type(args[0]), "uniqueItems": True}
        if isinstance(hint, type):
            return self.ref(hint)
        raise TypeError(f"no JSON Schema for the type {hint!r}")

    def _rules(self, validator: Any) -> Schema:
        if validator is None:
            return {}
        if isinstance(validator, _AND_VALIDATOR):
            rules: Schema = {}
            for part in validator._validators:
                rules = _merge(rules, self._rules(part))
            return rules
        if validator in _VALIDATORS:
            if validator is v.country:
                self.defs.setdefault(
                    "CountryCode",
                    {
                        "type": "string",
                        "enum": sorted(ISO_3166_ALPHA2),
                        "description": "An ISO 3166-1 alpha-2 country code, upper case.",
                    },
                )
            return _VALIDATORS[validator]
        code = getattr(validator, "__code__", None)
        if code is _OPTIONAL_CODE:
            return self._rules(_closure(validator)["validator"])
        if code in _VALIDATOR_FACTORIES:
            return _VALIDATOR_FACTORIES[code](validator)
        raise TypeError(
            f"no JSON Schema rule for the validator {validator!r}; declare one in untoc_dialogue._schema"
        )


def json_schema(kind: type) -> dict[str, Any]:
    """
    Return the JSON Schema (draft 2020-12) of the JSON that describes a *kind*.

    *kind* is an entity class such as :class:`~untoc_dialogue.Catalog` or
    :class:`~untoc_dialogue.ConstructiveDialogue`. Every class and vocabulary the document
    uses has its own entry under ``$defs``; objects refuse unknown properties, as
    :func:`~untoc_dialogue.from_json` does. A document the schema accepts can still be
    refused by the library for what a schema cannot check: a reference to an id that is not
    in the document, panels out of order, a range that ends before it starts.

    Raises:
        TypeError: *kind* is not an entity class of the library.
    """
    if not (isinstance(kind, type) and attrs.has(kind)):
        raise TypeError(f"expected an entity class such as Catalog, got {kind!r}")
    builder = _Builder()
    root = builder.ref(kind)
    return {
        "$schema": DRAFT,
        "title": kind.__name__,
        "description": builder.defs[kind.__name__]["description"],
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }
