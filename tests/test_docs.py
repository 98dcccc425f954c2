"""The examples in the documentation, the README and the docstrings run and print what they say."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import untoc_dialogue

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([*ROOT.joinpath("docs").glob("*.md"), ROOT / "README.md"])
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_examples(page: Path) -> None:
    """Every >>> example on the page gives the output the page shows."""
    result = doctest.testfile(str(page), module_relative=False, optionflags=FLAGS, verbose=False)
    assert result.failed == 0


def _modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(untoc_dialogue.__path__, prefix="untoc_dialogue.")
        if info.name != "untoc_dialogue.__main__"
    )


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    """Every >>> example in the module's docstrings gives the output it shows."""
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, verbose=False)
    assert result.failed == 0
