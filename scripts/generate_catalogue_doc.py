"""
Write the generated tables of ``docs/catalogue.md`` from the bundled catalogue.

The page's prose and examples are written by hand; the list of events, the list of sources and
the list of conflicts sit between ``<!-- name:start -->`` and ``<!-- name:end -->`` markers and
are rewritten by this script::

    python scripts/generate_catalogue_doc.py          # rewrite the tables
    python scripts/generate_catalogue_doc.py --check  # exit 1 if the page is out of date

``tests/test_catalog_data.py`` reads the tables back and checks them against the data.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from untoc_dialogue import Catalog, load_catalog  # noqa: E402
from untoc_dialogue._catalog import event_dates  # noqa: E402
from untoc_dialogue._titles import event_title  # noqa: E402

PAGE = ROOT / "docs" / "catalogue.md"

NOT_KNOWN = "not known"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    header = list(header)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows)
    return "\n".join(lines)


def events_table(catalog: Catalog) -> str:
    """Every event in timeline order: date, what it was, id, venue, sources."""
    rows = []
    for event in catalog.timeline():
        span = event_dates(event)
        rows.append(
            [
                NOT_KNOWN if span is None else str(span),
                event_title(event, "en"),
                f"`{event.id}`",
                event.venue or NOT_KNOWN,
                ", ".join(source.id for source in catalog.sources_of(event)),
            ]
        )
    return _table(["Date", "Event", "Id", "Venue", "Sources"], rows)


def sources_table(catalog: Catalog) -> str:
    """Every source: id, title, publisher, date, grade, address."""
    rows = [
        [
            f"`{source.id}`",
            source.title,
            source.publisher,
            NOT_KNOWN if source.date is None else str(source.date),
            "—" if source.reliability is None else source.reliability.value.upper(),
            "—" if source.url is None else f"<{source.url}>",
        ]
        for source in catalog.sources
    ]
    return _table(["Id", "Title", "Publisher", "Date", "Grade", "Address"], rows)


def conflicts_table(catalog: Catalog) -> str:
    """Every conflict: id, question, subject, number of claims."""
    rows = [
        [f"`{conflict.id}`", conflict.question, conflict.subject or "—", str(len(conflict.claims))]
        for conflict in catalog.conflicts
    ]
    return _table(["Id", "Question", "About", "Claims"], rows)


TABLES = {"events": events_table, "sources": sources_table, "conflicts": conflicts_table}


def render(page: str, catalog: Catalog) -> str:
    """*page* with every generated table rewritten from *catalog*."""
    for name, make in TABLES.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n)(?:.*?\n)?(<!-- {name}:end -->)", re.DOTALL)
        if not pattern.search(page):
            raise SystemExit(f"{PAGE}: the markers for the {name} table are missing")
        table = make(catalog)

        def replace(match: re.Match[str], table: str = table) -> str:
            return match.group(1) + table + "\n" + match.group(2)

        page = pattern.sub(replace, page)
    return page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if the page is out of date")
    args = parser.parse_args(argv)
    page = PAGE.read_text(encoding="utf-8")
    rendered = render(page, load_catalog())
    if rendered == page:
        print(f"{PAGE}: up to date")
        return 0
    if args.check:
        print(f"{PAGE}: out of date; run scripts/generate_catalogue_doc.py", file=sys.stderr)
        return 1
    PAGE.write_text(rendered, encoding="utf-8")
    print(f"{PAGE}: tables rewritten")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
