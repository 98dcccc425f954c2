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

from untoc_dialogue import (  # noqa: E402
    Catalog,
    ConferenceSession,
    ConstructiveDialogue,
    Meeting,
    WorkingGroup,
    WorkingGroupSession,
    load_catalog,
)
from untoc_dialogue._catalog import Event, event_dates  # noqa: E402

PAGE = ROOT / "docs" / "catalogue.md"

GROUP_NAMES = {
    WorkingGroup.TRAFFICKING_IN_PERSONS: "Working Group on Trafficking in Persons",
    WorkingGroup.SMUGGLING_OF_MIGRANTS: "Working Group on the Smuggling of Migrants",
    WorkingGroup.FIREARMS: "Working Group on Firearms",
    WorkingGroup.INTERNATIONAL_COOPERATION: "Working Group on International Cooperation",
    WorkingGroup.TECHNICAL_ASSISTANCE: "Working Group of Government Experts on Technical Assistance",
}
DIALOGUE_TOPICS = {
    WorkingGroup.TRAFFICKING_IN_PERSONS: "Trafficking in Persons",
    WorkingGroup.SMUGGLING_OF_MIGRANTS: "the Smuggling of Migrants",
    WorkingGroup.FIREARMS: "Firearms",
    WorkingGroup.INTERNATIONAL_COOPERATION: "International Cooperation",
    WorkingGroup.TECHNICAL_ASSISTANCE: "Technical Assistance",
}
NOT_KNOWN = "not known"


def event_label(event: Event) -> str:
    """What the event is, in a few words."""
    if isinstance(event, ConferenceSession):
        return f"Conference of the Parties, session {event.number}"
    if isinstance(event, WorkingGroupSession):
        number = f"session {event.number}" if event.number is not None else "session not numbered"
        return f"{GROUP_NAMES[event.group]}, {number}"
    if isinstance(event, ConstructiveDialogue):
        return "Constructive Dialogue on " + " and ".join(DIALOGUE_TOPICS[group] for group in event.groups)
    assert isinstance(event, Meeting)
    return event.title


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
                event_label(event),
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
