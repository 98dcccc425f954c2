"""The repr shared by the library's attrs classes."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["fields_repr"]


def fields_repr(self: Any) -> str:
    """
    ``Name(field=value, ...)``, as attrs writes it, for any instance of an attrs class.

    attrs would compile a ``__repr__`` for each class as the class is created; a class that
    sets ``__repr__ = fields_repr`` in its body shares this one instead (attrs leaves a
    ``__repr__`` the class defines itself alone). Compiling those was about a third of the time
    that creating the model's classes adds to ``import untoc_dialogue``. Fields declared with
    ``repr=False`` are left out, and a field's ``repr=`` callable is used, as attrs does.
    """
    cls = type(self)
    parts = []
    for field in attrs.fields(cls):
        if field.repr is False:
            continue
        value = getattr(self, field.name)
        text = field.repr(value) if callable(field.repr) else repr(value)
        parts.append(f"{field.name}={text}")
    return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({', '.join(parts)})"
