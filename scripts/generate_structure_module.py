"""
Write ``src/untoc_dialogue/_structure_catalog.py``: the fast structure code of a Catalog.

``_convert`` generates a structure function for each attrs class the first time it reads a
kind of document, and compiling that code is a noticeable part of a command line's start. For
the case every start meets (a Catalog from JSON bytes, default limits) the same code is written
ahead of time into a module, whose byte code Python caches. Run this after changing the model::

    python scripts/generate_structure_module.py          # rewrite the module
    python scripts/generate_structure_module.py --check  # exit 1 if it is out of date

``tests/test_convert.py`` fails while the module differs from what this script writes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from untoc_dialogue._convert import structure_module_source  # noqa: E402

MODULE = ROOT / "src" / "untoc_dialogue" / "_structure_catalog.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is out of date")
    args = parser.parse_args()
    text = structure_module_source()
    current = MODULE.read_text(encoding="utf-8") if MODULE.exists() else None
    if args.check:
        if current != text:
            print(
                f"{MODULE.relative_to(ROOT)} is out of date: run python scripts/generate_structure_module.py"
            )
            return 1
        return 0
    if current != text:
        MODULE.write_text(text, encoding="utf-8")
        print(f"wrote {MODULE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
