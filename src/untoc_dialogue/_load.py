"""Loading catalogues: the bundled one (read once, cached) and users' files."""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path

from ._catalog import Catalog
from ._convert import from_json
from ._limits import DEFAULT_LIMITS, Limits
from .errors import ValidationError

__all__ = ["BUNDLED_CATALOG", "load_catalog"]

#: The file name of the bundled catalogue inside the package's ``data`` folder.
BUNDLED_CATALOG = "catalog.json"


@functools.cache
def _bundled() -> Catalog:
    data = resources.files("untoc_dialogue").joinpath("data", BUNDLED_CATALOG).read_bytes()
    return from_json(Catalog, data)


def load_catalog(path: str | os.PathLike[str] | None = None, *, limits: Limits = DEFAULT_LIMITS) -> Catalog:
    """
    Return the bundled catalogue, or the catalogue in the JSON file at *path*.

    The bundled catalogue is read and validated once per process and then shared: it is
    immutable, so sharing it is safe from any thread. *limits* bound what a user's file may
    hold (see :class:`Limits`).

    Raises:
        ValidationError: the file cannot be read, is not strict JSON, or is not a valid catalogue;
            every problem is listed with its path, and the file name is given.
    """
    if path is None:
        return _bundled()
    file = Path(path)
    try:
        data = file.read_bytes()
    except IsADirectoryError:
        raise ValidationError.single("$", f"{file} is a directory, not a catalogue file") from None
    except OSError as error:
        raise ValidationError.single("$", f"cannot read {file}: {error.strerror or error}") from None
    try:
        return from_json(Catalog, data, limits=limits)
    except ValidationError as error:
        error.add_note(f"while reading {file}")
        raise
