"""
The ``__repr__``, ``__eq__`` and ``__hash__`` shared by the library's attrs classes.

attrs compiles these three methods for each class as the class is created, and the model's
classes are created on every ``import untoc_dialogue``: compiling them was about half of that
time. A class that sets them in its body::

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

shares these instead (attrs leaves alone a method the class defines itself, and still makes
the class frozen, slotted and keyword-only). They behave as the ones attrs writes: the repr is
``Name(field=value, ...)`` without the fields declared ``repr=False``; two instances are equal
when they are of the same class and their fields compared by attrs (all but those declared
``eq=False``) are equal; equal instances hash alike. ``tests/test_model.py`` checks them
against attrs' own on every object of the bundled catalogue.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["fields_eq", "fields_hash", "fields_repr"]


def fields_repr(self: Any) -> str:
    """``Name(field=value, ...)``, as attrs writes it."""
    cls = type(self)
    parts = []
    for field in attrs.fields(cls):
        if field.repr is False:
            continue
        value = getattr(self, field.name)
        text = field.repr(value) if callable(field.repr) else repr(value)
        parts.append(f"{field.name}={text}")
    return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({', '.join(parts)})"


_COMPARED: dict[type, Callable[[Any], Any]] = {}


def _compared(cls: type) -> Callable[[Any], Any]:
    """A function giving the values of the fields of *cls* that equality compares, as a tuple."""
    values = _COMPARED.get(cls)
    if values is None:  # two threads may both work it out; both get the same function
        names = [field.name for field in attrs.fields(cls) if field.eq]
        values = operator.attrgetter(*names) if len(names) > 1 else _one(names[0]) if names else _nothing
        _COMPARED[cls] = values
    return values


def _nothing(_: Any) -> tuple[()]:
    return ()


def _one(name: str) -> Callable[[Any], tuple[Any]]:
    get = operator.attrgetter(name)
    return lambda obj: (get(obj),)


def fields_eq(self: Any, other: Any) -> bool:
    """Whether *other* is of the same class, with equal fields; ``NotImplemented`` for another class."""
    if other.__class__ is not self.__class__:
        different: bool = NotImplemented  # Python then asks the other object, as for attrs' __eq__
        return different
    values = _compared(self.__class__)
    # Field by field with ==, as attrs does: comparing the tuples would find a value equal to
    # itself by identity (a NaN), where attrs' ``self.x == other.x`` does not.
    return all(map(operator.eq, values(self), values(other)))


def fields_hash(self: Any) -> int:
    """A hash of the class and the compared fields, so that equal instances hash alike."""
    return hash((self.__class__, _compared(self.__class__)(self)))
