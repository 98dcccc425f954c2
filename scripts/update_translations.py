"""
Re-extract the messages, update every language's catalogue, and compile them.

Run from anywhere, after adding or changing a message marked with ``N_`` or ``NC_``::

    python scripts/update_translations.py          # extract, update, compile
    python scripts/update_translations.py --check  # exit 1 if the template is out of date

It runs babel's own commands, in order:

1. ``pybabel extract`` writes ``src/untoc_dialogue/locale/untoc_dialogue.pot`` (left as it is
   when no message, context or translator comment changed, so that dates do not churn);
2. ``pybabel update`` merges it into each ``<language>/LC_MESSAGES/untoc_dialogue.po``,
   creating any missing language's catalogue, marking near matches fuzzy for a translator to
   review and dropping messages the code no longer has;
3. ``pybabel compile`` writes each ``untoc_dialogue.mo`` beside its ``.po``.

The ``.mo`` files are committed with the ``.po`` files (``tests/test_l10n.py`` checks that
they agree), so that a source checkout and a built wheel both hold them without a build step.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "untoc_dialogue"
LOCALE_DIR = PACKAGE / "locale"
DOMAIN = "untoc_dialogue"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


def extract_args(output: Path) -> list[str]:
    """
    The ``pybabel extract`` command line that writes the template to *output*.

    Run it from :data:`ROOT` (see :func:`run_extract`), so that locations read
    ``src/untoc_dialogue/<module>.py`` wherever the checkout is.
    """
    return [
        "pybabel",
        "--quiet",
        "extract",
        "--mapping-file",
        str(ROOT / "babel.cfg"),
        # N_ and gettext are babel's defaults; NC_(context, message) is this library's.
        "--keyword",
        "NC_:1c,2",
        "--add-comments",
        "Translators:",
        "--add-location",
        "file",
        "--project",
        "untoc-dialogue",
        "--copyright-holder",
        "untoc_dialogue developers",
        "--output-file",
        str(output),
        str(PACKAGE.relative_to(ROOT)),
    ]


def run_extract(output: Path) -> None:
    """Extract every marked message of the package into the template *output*."""
    with contextlib.chdir(ROOT):
        CommandLineInterface().run(extract_args(output))  # type: ignore[no-untyped-call]


def messages(path: Path) -> set[tuple[object, str | None, tuple[str, ...]]]:
    """The ids, contexts and extracted comments of a template or catalogue, without its header."""
    with path.open("rb") as file:
        catalog = read_po(file)
    return {(m.id, m.context, tuple(m.auto_comments)) for m in catalog if m.id}


def _pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "--quiet", *args])  # type: ignore[no-untyped-call]


def extract() -> bool:
    """Write the template if its messages changed; return whether they did."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / TEMPLATE.name
        run_extract(fresh)
        if TEMPLATE.exists() and messages(fresh) == messages(TEMPLATE):
            return False
        LOCALE_DIR.mkdir(parents=True, exist_ok=True)
        TEMPLATE.write_bytes(fresh.read_bytes())
        return True


def update() -> None:
    """Merge the template into every language's catalogue, creating missing ones."""
    for language in LANGUAGES:
        po = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        command = "update" if po.exists() else "init"
        extra = ["--ignore-obsolete"] if command == "update" else []
        _pybabel(
            command,
            "--domain",
            DOMAIN,
            "--input-file",
            str(TEMPLATE),
            "--output-dir",
            str(LOCALE_DIR),
            "--locale",
            language,
            *extra,
        )


def compile_catalogues() -> None:
    """Compile every language's catalogue to its ``.mo`` file."""
    _pybabel("compile", "--domain", DOMAIN, "--directory", str(LOCALE_DIR), "--statistics")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only check that the template is up to date")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / TEMPLATE.name
            run_extract(fresh)
            if not TEMPLATE.exists() or messages(fresh) != messages(TEMPLATE):
                print(
                    f"{TEMPLATE.relative_to(ROOT)} is out of date: run {Path(__file__).name}", file=sys.stderr
                )
                return 1
        return 0
    changed = extract()
    print(f"template {'updated' if changed else 'unchanged'}: {TEMPLATE.relative_to(ROOT)}")
    update()
    compile_catalogues()
    return 0


if __name__ == "__main__":
    sys.exit(main())
