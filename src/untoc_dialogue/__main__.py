"""``python -m untoc_dialogue``: the same command line as ``untoc-dialogue``."""

from __future__ import annotations

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())
