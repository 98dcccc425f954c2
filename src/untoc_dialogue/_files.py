"""
Writing files so that a reader never sees half of one.

:func:`write_atomic` writes to a temporary file in the target's own folder, flushes it to
disk and then renames it over the target in one step (:func:`os.replace`). An interruption
at any point, an exception from the data, a full disk, Ctrl-C, leaves either the old file
or the new one, never a mix, and no temporary file behind.

What is replaced is a regular file: a symbolic link is followed and its target replaced (the
link stays a link), the replacement keeps the old file's permission bits, and anything else
at the path (a folder, a device, a named pipe, a socket) is refused rather than replaced.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import UntocDialogueError

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


#: What a path that is not a regular file is, by the test of its mode that recognises it.
_NOT_REGULAR: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
)


def _destination(target: Path) -> Path:
    """The path to replace: *target*, or the file its symbolic link leads to (which may not exist yet)."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _existing_mode(path: Path, destination: Path) -> int | None:
    """
    The permission bits of the regular file at *destination*, or ``None`` if nothing is there.

    Raises:
        UntocDialogueError: something other than a regular file is there.
    """
    try:
        mode = destination.stat().st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISREG(mode):
        return stat.S_IMODE(mode)
    what = next((name for test, name in _NOT_REGULAR if test(mode)), "something other than a regular file")
    where = "" if destination == path else f" (a link to {destination})"
    raise UntocDialogueError(f"cannot write {path}{where}: it is {what}, which is left as it is")


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

    If *path* is a symbolic link, the file it leads to is replaced and the link kept. A file
    that is replaced keeps its permission bits (its owner is the writer's, as for any new
    file); a new file gets the usual ones (``0o666`` less the umask).

    Raises:
        UntocDialogueError: *path* is a folder, a device, a named pipe or a socket, which is
            left untouched.
        OSError: the folder does not exist or cannot be written to.
    """
    given = Path(path)
    target = _destination(given)
    mode = _existing_mode(given, target)
    descriptor, temporary = _create_temporary(target)
    try:
        with os.fdopen(descriptor, "wb") as file:
            if mode is not None:
                os.chmod(temporary, mode)
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
