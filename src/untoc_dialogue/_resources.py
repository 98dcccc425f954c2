"""Reading the files bundled inside the package: the catalogue and the compiled translations."""

from __future__ import annotations

import pkgutil

__all__ = ["read_bundled"]


def read_bundled(path: str) -> bytes:
    """
    The bytes of the file at *path* (``/``-separated) inside the ``untoc_dialogue`` package.

    Read with :func:`pkgutil.get_data`, which asks the package's own loader, so it works for a
    package installed as files or inside a zip archive. :mod:`importlib.resources` would do the
    same, but importing it (with the :mod:`tempfile` and :mod:`zipfile` support it brings) cost
    the command line's start about 5 ms, a twentieth of Python's own start with attrs.

    Raises:
        OSError: there is no such file; ``FileNotFoundError`` when the loader cannot read files.
    """
    data = pkgutil.get_data("untoc_dialogue", path)
    if data is None:  # a loader that cannot read files
        raise FileNotFoundError(f"cannot read {path!r} from the untoc_dialogue package")
    return data
