"""
Rewrite a catalogue file in the converter's canonical form.

Authors edit ``src/untoc_dialogue/data/catalog.json`` by hand, in any layout, then run::

    python scripts/canonicalize_catalog.py            # rewrite the bundled catalogue
    python scripts/canonicalize_catalog.py --check    # exit 1 if it is not canonical
    python scripts/canonicalize_catalog.py mine.json  # rewrite another catalogue file

The file is read strictly and validated as a whole (unique ids, references that resolve,
dialogues after their sessions), so a catalogue that cannot be loaded is never rewritten; every
problem is printed with its path. The canonical text is what ``to_json`` writes: fields in
model order, defaults left out, sets sorted, two-space indentation, UTF-8, a final newline.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from untoc_dialogue import Catalog, ValidationError, from_json, to_json  # noqa: E402

BUNDLED = ROOT / "src" / "untoc_dialogue" / "data" / "catalog.json"


def canonical_text(text: str) -> str:
    """Return the canonical form of the catalogue *text*, after validating it."""
    return to_json(from_json(Catalog, text))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument(
        "path", nargs="?", type=Path, default=BUNDLED, help="catalogue file (default: the bundled one)"
    )
    parser.add_argument(
        "--check", action="store_true", help="only check; exit 1 if the file is not canonical"
    )
    args = parser.parse_args(argv)
    path: Path = args.path
    text = path.read_text(encoding="utf-8")
    try:
        canonical = canonical_text(text)
    except ValidationError as error:
        print(f"{path}: not a valid catalogue\n{error}", file=sys.stderr)
        return 2
    if canonical == text:
        print(f"{path}: already canonical")
        return 0
    if args.check:
        print(f"{path}: not canonical; run scripts/canonicalize_catalog.py to rewrite it", file=sys.stderr)
        return 1
    path.write_text(canonical, encoding="utf-8")
    print(f"{path}: rewritten in canonical form")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
