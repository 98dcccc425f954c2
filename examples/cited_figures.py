"""
From a figure in the catalogue to the sentence of the source that states it.

Run it with the id of a participation figure, or with none to walk every figure::

    python examples/cited_figures.py fig-cd-som-2023-unodc-governments
    python examples/cited_figures.py

For each figure it prints what was counted and how exactly, then every citation behind it: the
source's title, publisher, date and address, and the excerpt (the source's own words) or,
when the source is known only through the project's fact sheet, where the fact sheet reports it.
"""

from __future__ import annotations

import sys

from untoc_dialogue import Catalog, ParticipationFigure, load_catalog

QUALIFIERS = {"exact": "", "over": "over ", "approximate": "about "}


def describe(catalog: Catalog, figure: ParticipationFigure) -> str:
    """The figure, the event it counts, and the words of every source behind it."""
    event = catalog.get(catalog.owner_of(figure.id))
    counted = figure.counted or figure.category.value.replace("_", " ")
    lines = [
        f"{figure.id}: {QUALIFIERS[figure.qualifier.value]}{figure.number} {counted}"
        f" ({figure.basis.value}) at {event.id}"
    ]
    for citation, source in catalog.evidence(figure):
        published = f", {source.date}" if source.date is not None else ""
        lines.append(f"  source: {source.title} ({source.publisher}{published})")
        if source.url is not None:
            lines.append(f"          {source.url}")
        if citation.excerpt is not None:
            lines.append(f"  says:   \u201c{citation.excerpt}\u201d")
        if citation.locator is not None:
            lines.append(f"  where:  {citation.locator}")
    conflicts = catalog.conflicts_about(figure.id)
    for conflict in conflicts:
        lines.append(f"  disputed: {conflict.question} ({conflict.id})")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    catalog = load_catalog()
    if argv:
        figures = [catalog.get(identifier) for identifier in argv]
    else:
        figures = [figure for _, figure in catalog.figures()]
    for figure in figures:
        if not isinstance(figure, ParticipationFigure):
            print(f"{figure.id} is not a participation figure", file=sys.stderr)
            return 2
        print(describe(catalog, figure))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
