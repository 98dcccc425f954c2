"""The project's five seed texts, read from ``../shared/seeds`` for tests that check citations."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Where the shared material is: ``../shared`` from the project's root, or ``$UNTOC_SHARED``.
SHARED = Path(os.environ.get("UNTOC_SHARED", ROOT.parent / "shared"))


def squash(text: str) -> str:
    """*text* with every run of white space made one space, and nothing else changed."""
    return " ".join(text.split())


@cache
def seed_text(seed: str) -> str:
    """The text of seed ``seed-00N``, white space squashed; the test fails if it cannot be found."""
    number = seed.removeprefix("seed-")
    found = sorted((SHARED / "seeds").glob(f"{number}_*.txt"))
    if len(found) != 1:
        pytest.fail(f"expected one seed file {number}_*.txt in {SHARED / 'seeds'}, found {len(found)}")
    return squash(found[0].read_text(encoding="utf-8"))
