"""
Limits on untrusted input, so that a hostile or broken document cannot exhaust a small machine.

Every loader takes ``limits=``; the defaults protect a machine with a few GiB of memory while
leaving room for catalogues far larger than any real one.
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from ._methods import fields_eq, fields_hash, fields_repr
from .errors import Problem, ValidationError

__all__ = ["DEFAULT_LIMITS", "Limits", "check_shape"]


def _positive(instance: Limits, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        raise ValidationError.single(f"$.{attribute.name}", f"must be a whole number >= 1, got {value!r}")


@attrs.frozen(kw_only=True)
class Limits:
    """
    How much input a loader accepts before it refuses.

    Attributes:
        max_bytes: The largest JSON text, in bytes (UTF-8), or characters for a ``str``.
        max_depth: The deepest nesting of arrays and objects; the model itself needs fewer
            than 10 levels.
        max_string_length: The longest string, in characters.
        max_integer_digits: The most digits an integer may have.

    .. versionadded:: 0.1.0
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    max_bytes: int = attrs.field(default=256 * 1024 * 1024, validator=_positive)
    max_depth: int = attrs.field(default=64, validator=_positive)
    max_string_length: int = attrs.field(default=1_000_000, validator=_positive)
    max_integer_digits: int = attrs.field(default=20, validator=_positive)


#: The limits used when a loader is given none.
DEFAULT_LIMITS: Final = Limits()


def _unencodable(text: str) -> bool:
    # A lone surrogate ("\ud800") can be parsed from JSON but never written back as UTF-8.
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _problem(value: Any, depth: int, path: str, limits: Limits) -> Problem | None:
    kind = type(value)
    if kind is str:
        if len(value) > limits.max_string_length:
            return Problem(
                path,
                f"string of {len(value)} characters is longer than the limit of "
                f"{limits.max_string_length} (Limits.max_string_length)",
            )
        if _unencodable(value):
            return Problem(path, "string holds a lone surrogate, which cannot be written as UTF-8")
        return None
    if kind is int:
        if len(str(abs(value))) > limits.max_integer_digits:
            return Problem(
                path, f"integer has more than {limits.max_integer_digits} digits (Limits.max_integer_digits)"
            )
        return None
    if kind is float or kind is bool or value is None:
        return None
    if kind is dict or kind is list:
        if depth > limits.max_depth:
            return Problem(
                path, f"nested deeper than the limit of {limits.max_depth} levels (Limits.max_depth)"
            )
        return None
    return Problem(path, f"a {kind.__name__} is not a JSON value")


def _locate(value: Any, depth: int, path: str, limits: Limits) -> Problem | None:
    found = _problem(value, depth, path, limits)
    if found is not None:
        return found
    if type(value) is dict:
        for key, item in value.items():
            if type(key) is not str:
                return Problem(path, f"object key {key!r} is not a string")
            found = _problem(key, depth, f"{path}.{key}", limits) or _locate(
                item, depth + 1, f"{path}.{key}", limits
            )
            if found is not None:
                return found
    elif type(value) is list:
        for index, item in enumerate(value):
            found = _locate(item, depth + 1, f"{path}[{index}]", limits)
            if found is not None:
                return found
    return None


def check_shape(data: Any, limits: Limits = DEFAULT_LIMITS) -> None:
    """
    Check that *data* is plain JSON data within *limits*.

    The first pass runs without building paths; only when it finds a problem does a second
    pass find where, so valid input pays for one cheap walk.

    Raises:
        ValidationError: a value is not JSON data, or exceeds a limit; the path says where.
    """
    max_depth, max_length = limits.max_depth, limits.max_string_length
    bound = 10**limits.max_integer_digits
    stack: list[tuple[Any, int]] = [(data, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        value, depth = pop()
        kind = type(value)
        if kind is str:
            if len(value) <= max_length and (value.isascii() or not _unencodable(value)):
                continue
        elif kind is dict:
            if depth <= max_depth:
                for key, item in value.items():
                    if type(key) is not str or len(key) > max_length:
                        break
                    push((item, depth + 1))
                else:
                    continue
        elif kind is list:
            if depth <= max_depth:
                for item in value:
                    push((item, depth + 1))
                continue
        elif kind is int:
            if -bound < value < bound:
                continue
        elif kind is float or kind is bool or value is None:
            continue
        problem = _locate(data, 1, "$", limits)
        raise ValidationError((problem or Problem("$", "invalid JSON data"),))
