"""Tests for write_atomic: a file is replaced whole or not at all."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from untoc_dialogue import UntocDialogueError
from untoc_dialogue._files import write_atomic


def _chunks_then_failure() -> Iterator[bytes]:
    yield b"half of the new "
    raise RuntimeError("interrupted while making the data")


def test_writes_bytes(tmp_path: Path) -> None:
    """Bytes are written as they are."""
    target = tmp_path / "out.bin"
    write_atomic(target, b"a\r\nb\r\n")
    assert target.read_bytes() == b"a\r\nb\r\n"


def test_writes_text_as_utf8(tmp_path: Path) -> None:
    """Text is written as UTF-8, line ends untouched."""
    target = tmp_path / "out.txt"
    write_atomic(target, "Calderón\n")
    assert target.read_bytes() == b"Calder\xc3\xb3n\n"


def test_writes_chunks_in_order(tmp_path: Path) -> None:
    """An iterable of chunks is written chunk after chunk."""
    target = tmp_path / "out.txt"
    write_atomic(target, iter(["one ", "two ", "three"]))
    assert target.read_text(encoding="utf-8") == "one two three"


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    """An existing file is replaced, not appended to."""
    target = tmp_path / "out.txt"
    target.write_text("old and longer content", encoding="utf-8")
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"


def test_failing_data_leaves_the_old_file(tmp_path: Path) -> None:
    """An exception while the data is produced leaves the old file as it was."""
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError, match="interrupted"):
        write_atomic(target, _chunks_then_failure())
    assert target.read_text(encoding="utf-8") == "old"


def test_failing_data_leaves_no_temporary_file(tmp_path: Path) -> None:
    """An interrupted write cleans up its temporary file."""
    target = tmp_path / "out.txt"
    with pytest.raises(RuntimeError):
        write_atomic(target, _chunks_then_failure())
    assert list(tmp_path.iterdir()) == []


def test_failing_rename_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An interruption at the final rename leaves the old file whole, and no temporary file."""
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def interrupted(source: object, destination: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new")
    assert [path.name for path in tmp_path.iterdir()] == ["out.txt"]
    assert target.read_text(encoding="utf-8") == "old"


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    """A new file is readable as any new file is (0o666 less the umask), not private like a temp file."""
    mask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "out.txt", "x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "out.txt").stat().st_mode) == 0o644


def test_missing_folder_raises_os_error(tmp_path: Path) -> None:
    """Writing into a folder that does not exist raises FileNotFoundError."""
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "missing" / "out.txt", "x")


# --- What is at the path --------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges elsewhere")
def test_symlink_is_kept_and_its_target_replaced(tmp_path: Path) -> None:
    """Writing through a symbolic link replaces the file it leads to; the link stays a link."""
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert (link.is_symlink(), os.readlink(link), target.read_text(encoding="utf-8")) == (
        True,
        str(target),
        "new",
    )


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges elsewhere")
def test_symlink_to_a_missing_file_creates_the_target(tmp_path: Path) -> None:
    """A link whose target does not exist yet gets its target written, as a shell's '>' does."""
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "later.json")
    write_atomic(link, "new")
    assert (link.is_symlink(), (tmp_path / "later.json").read_text(encoding="utf-8")) == (True, "new")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_fifo_is_refused_and_left_alone(tmp_path: Path) -> None:
    """A named pipe at the path is not replaced: the error says what it is, and it stays a pipe."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UntocDialogueError, match="it is a named pipe"):
        write_atomic(fifo, "x")
    assert (stat.S_ISFIFO(fifo.stat().st_mode), sorted(tmp_path.iterdir())) == (True, [fifo])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_symlink_to_a_fifo_is_refused(tmp_path: Path) -> None:
    """A link to a named pipe is refused as the pipe is, and the error names where the link leads."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(fifo)
    with pytest.raises(UntocDialogueError, match=r"a link to .*pipe"):
        write_atomic(link, "x")
    assert link.is_symlink()


def test_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    """A folder at the path is not replaced, whatever it holds."""
    folder = tmp_path / "out.json"
    folder.mkdir()
    with pytest.raises(UntocDialogueError, match="it is a folder"):
        write_atomic(folder, "x")
    assert folder.is_dir()


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    """A file with mode 0o640 is still 0o640 after it is replaced, whatever the umask."""
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    mask = os.umask(0o022)
    try:
        write_atomic(target, "new")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
