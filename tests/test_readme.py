"""The README's claims about the catalogue match the catalogue."""

from __future__ import annotations

import re
from pathlib import Path

from untoc_dialogue import load_catalog

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_counts_match_the_catalogue() -> None:
    """The numbers of sources and conflicts the README states are the catalogue's."""
    match = re.search(r"with (\d+) sources and the (\d+) conflicts", README)
    assert match is not None
    catalog = load_catalog()
    assert (int(match.group(1)), int(match.group(2))) == (len(catalog.sources), len(catalog.conflicts))


def test_readme_quick_start_has_two_commands() -> None:
    """The quick start is exactly two shell commands: run the timeline, run the tests."""
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", section, flags=re.DOTALL)
    assert len(commands) == 2
    assert commands[0].endswith("untoc-dialogue timeline")
    assert commands[1].endswith("python -m pytest")
