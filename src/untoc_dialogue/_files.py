"""
Writing files so that a reader never sees half of one.

:func:`write_atomic` writes to a temporary file in the target's own folder, flushes it to
disk and then renames it over the target in one step (:func:`os.replace`). An interruption
at any point, an exception from the data, a full disk, Ctrl-C, leaves either the old file
or the new one, never a mix, and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

__all__ = ["write_atomic"]


def _chunks(data: bytes | str | Iterable[bytes] | Iterable[str]) -> Iterable[bytes]:
    if isinstance(data, bytes):
        yield data
    elif isinstance(data, str):
        yield data.encode("utf-8")
    else:
        for chunk in data:
            yield chunk.encode("utf-8") if isinstance(chunk, str) else chunk


def _create_temporary(target: Path) -> tuple[int, Path]:
    # Not tempfile.mkstemp: its files are private (0o600), whereas the output should get the
    # permissions any new file gets here, which os.open with 0o666 and the umask gives.
    while True:
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), candidate
        except FileExistsError:  # pragma: no cover - 48 random bits collided
            continue


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; folders cannot be opened on every system."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_atomic(path: str | os.PathLike[str], data: bytes | str | Iterable[bytes] | Iterable[str]) -> None:
    """
    Replace the file at *path* with *data* in one step, or leave it as it was.

    *data* is bytes, text (written as UTF-8), or an iterable of either, consumed while
    writing; if it raises, the old file stays and the exception propagates.

    Raises:
        OSError: the folder does not exist or cannot be written to.
    """
    target = Path(path)
    descriptor, temporary = _create_temporary(target)
    try:
        with os.fdopen(descriptor, "wb") as file:
            for chunk in _chunks(data):
                file.write(chunk)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    _sync_folder(target.parent)
