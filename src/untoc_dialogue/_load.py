"""Loading catalogues: the bundled one (read once, cached) and users' files."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from ._catalog import Catalog
from ._convert import from_json
from ._limits import DEFAULT_LIMITS, Limits
from ._resources import read_bundled
from .errors import ValidationError

__all__ = ["BUNDLED_CATALOG", "load_catalog"]

#: The file name of the bundled catalogue inside the package's ``data`` folder.
BUNDLED_CATALOG = "catalog.json"


_bundled_lock = threading.Lock()
_bundled_catalog: list[Catalog] = []


def _bundled() -> Catalog:
    # A lock rather than functools.cache: threads that ask at the same moment must all get
    # the one catalogue, not each build its own.
    if not _bundled_catalog:
        with _bundled_lock:
            if not _bundled_catalog:
                data = read_bundled(f"data/{BUNDLED_CATALOG}")
                _bundled_catalog.append(from_json(Catalog, data))
    return _bundled_catalog[0]


def load_catalog(
    path: str | os.PathLike[str] | None = None, *, with_bundled: bool = False, limits: Limits = DEFAULT_LIMITS
) -> Catalog:
    """
    Return the bundled catalogue, or the catalogue in the JSON file at *path*.

    The bundled catalogue is read from the package's data, validated by the library's
    converter, and then kept for the life of the process: it is immutable, so sharing it is
    safe from any thread.

    With *with_bundled*, the catalogue at *path* is merged into the bundled one (see
    :meth:`Catalog.merge`): entities it repeats unchanged appear once, and an id it uses for
    different content is an error that names both places. *limits* bound what the file at
    *path* may hold (see :class:`Limits`).

    Raises:
        ValidationError: the file cannot be read, is not strict JSON, or is not a valid catalogue,
            or (with *with_bundled*) clashes with the bundled one; every problem is listed with
            its path, and the file name is given.
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
        catalog = from_json(Catalog, data, limits=limits)
        return _bundled().merge(catalog) if with_bundled else catalog
    except ValidationError as error:
        error.add_note(f"while reading {file}")
        raise
