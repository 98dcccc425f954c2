"""
The ``untoc-dialogue`` command line (also ``python -m untoc_dialogue``).

Every command reads the bundled catalogue, or the one ``--catalog`` names, and writes to
standard output; problems go to standard error. Exit codes: 0 success (a reader that stops
reading, as ``| head`` does, included), 1 invalid input (a catalogue, a document, an id that
is not valid, a file or standard output that cannot be written), 2 a command line that is
not valid (argparse's usage errors, and the checks this module adds to them). A user's
mistake prints a message, never a traceback.

Every human-facing text is a msgid marked with ``N_`` here and translated where it is
printed, into the ``--locale`` the user asks for. Two things are not translated, on purpose:
the ``untoc-dialogue: error:`` that begins every error message (argparse's own words, in its
usage errors, are English too), and the library's diagnostics, which name JSON paths and
field names and are English by design. Modules that only some commands need (the exporters,
babel, icalendar) are imported inside those commands, so that ``untoc-dialogue timeline``
starts about as fast as Python and the catalogue allow.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import enum
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from ._catalog import Catalog, Event, event_dates, event_groups
from ._dates import DateRange, PartialDate
from ._i18n import DEFAULT_LOCALE, N_, check_locale, gettext, label, pgettext
from ._model import Citation
from ._vocabulary import Instrument, WorkingGroup
from .errors import LocaleError, UntocDialogueError, ValidationError

__all__ = ["PROG", "main"]

#: The command's name, whichever way it was started.
PROG: Final = "untoc-dialogue"

# --- Help ----------------------------------------------------------------------------------

_DESCRIPTION = N_(
    "The UNTOC review mechanism (the Convention, its Protocols, the working groups and the "
    "Constructive Dialogues) as cited data: read it, search it, check your own documents, and "
    "export it for spreadsheets, calendars and data pipelines."
)
_EPILOG = N_("Run '{prog} COMMAND --help' for the options of a command.")
_COMMANDS_TITLE = N_("commands")
_HELP: Final = {
    "timeline": N_(
        "every known event in date order, as a table of its dates, working groups, chairs and participation"
    ),
    "list": N_("every entity that has an id: sources, people, events, conflicts..."),
    "show": N_("one entity with everything the catalogue says about it, and its sources"),
    "conflicts": N_("the facts on which sources disagree, with what each source says"),
    "validate": N_("check catalogues or case-facts documents and list every problem"),
    "export": N_("write the catalogue as JSON, JSON Lines, CSV, iCalendar, a JSON Schema or a data package"),
    "assess": N_(
        "smuggling of migrants or trafficking in persons? Apply the Protocols' definitions to the "
        "facts of a case, article by article (not legal advice about any national law)"
    ),
}
_HELP_LOCALE = N_(
    "language of the output: one of {locales}, or a regional variant such as fr_CH (default: {default})"
)
_HELP_CATALOG = N_("read this catalogue file instead of the bundled catalogue")
_HELP_GROUP = N_("only events of this working group: {choices}")
_HELP_INSTRUMENT = N_("only events of working groups on this instrument: {choices}")
_HELP_YEAR = N_("only events that could fall in this year")
_HELP_SINCE = N_("only events that could end on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
_HELP_UNTIL = N_("only events that could start on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)")
_HELP_KIND = N_("only entities of this kind: {choices}")
_HELP_ID = N_("the id of the entity, as 'list' shows it")
_HELP_JSON = N_("print the structured result as JSON instead of text")
_HELP_ABOUT = N_("only conflicts about the entity with this id")
_HELP_FILES = N_("the JSON files to check")
_HELP_DOCUMENT = N_("what the files are (default: catalog)")
_HELP_FORMAT = N_("the format to write")
_HELP_OUTPUT = N_(
    "where to write: a file, or for csv and datapackage a folder (created if missing); "
    "without it the export goes to standard output"
)
_HELP_TABLE = N_("with --format csv: write only this table")
_HELP_VERSION = N_("print the version and exit")
_HELP_FACTS = N_("read the facts from this JSON file; the options below change what it says")
_HELP_AGE = N_("the person's age in whole years at the time, from 0 to {maximum}")
_HELP_TRI_STATE = N_("{question} yes, no or unknown (the default)")
_HELP_SET = N_(
    "{question} Repeat the option for several; 'none' if there was none, 'unknown' (the default) if it is not known: {choices}"
)
_BOTH_NONE_AND_VALUES = N_("{option} cannot be 'none' or 'unknown' together with other values")
# Translators: an option that takes one value was given a second time (argparse puts
# "argument --year:" before it).
_ONCE = N_("can be given only once")
_SINCE_AFTER_UNTIL = N_("--since {since} is after --until {until}: no event could match")
# Translators: an option of a command was given before the command's name, as in
# "untoc-dialogue --catalog my.json timeline"; {example} shows where it goes.
_OPTION_BEFORE_COMMAND = N_("{option} goes after the command's name, as in '{example}'")
_BAD_AGE = N_("{value!r} is not an age in whole years from 0 to {maximum}")

# --- Messages ------------------------------------------------------------------------------

#: Not translated: the same in every language, as argparse's "error:" is (see the module's
#: docstring), so that the English diagnostics of the library follow an English prefix.
_ERROR: Final = "{prog}: error: {message}"
_CANNOT_WRITE_OUTPUT = N_("cannot write the output: {reason}")
_BAD_YEAR = N_("{value!r} is not a year from 1 to 9999")
_NO_EVENTS = N_("No event matches these filters.")
_NO_ENTITIES = N_("The catalogue has no entity of this kind.")
_NO_CONFLICTS = N_("No conflict is recorded.")
_UNKNOWN_DATE = N_("date unknown")
_HEADING_DATE = N_("Date")
_HEADING_EVENT = N_("Event")
_HEADING_VENUE = N_("Venue")
_HEADING_ID = N_("ID")
_HEADING_GROUPS = N_("Working group")
_HEADING_CHAIRS = N_("Chairs")
_HEADING_PARTICIPATION = N_("Participation")
# Translators: the second line of the heading "Participation": each count is followed by who
# published it, in brackets.
_HEADING_COUNTED_BY = N_("(counted by)")
# Translators: the line after the timeline; {command} is "untoc-dialogue show ID".
_SHOW_HINT = N_(
    "Under each title is the event's ID: '{command}' shows all the catalogue says about it, with its sources."
)
_HEADING_KIND = N_("Kind")
_HEADING_TITLE = N_("Title")
_SHOW_HEADER = N_("{kind} {id}")
_CITATION_LOCATOR = N_("{source}, {locator}")
_CITATION_EXCERPT = N_("{source}: “{excerpt}”")
_CITATION_LOCATOR_EXCERPT = N_("{source}, {locator}: “{excerpt}”")
_SOURCES_HEADING = N_("Sources")
_APPEARANCES_HEADING = N_("Appears in")
_APPEARANCE = N_("{entity} at {path}")
_APPEARANCE_AS = N_("{entity} at {path}, as {role}")
# Translators: under the title of an entity that sits inside another, such as a participation
# figure inside a dialogue: {kind} and {id} are the other entity's kind and id, {title} its title.
_PART_OF = N_("Part of: {kind} {id} ({title})")
_CONFLICTS_HEADING = N_("Conflicts between sources")
_CONFLICT_SUBJECT = N_("About: {subject}")
_CLAIM = N_("{statement} [{sources}]")
_ASSESSMENT = N_("Assessment: {assessment}")
_VALID = N_("{file}: valid")
_INVALID = N_("{file}: not valid")
_PROBLEM = N_("  {path}: {message}")
_WROTE = N_("Wrote {path}")
_LEFT_OUT_MONTH = N_("{id}: left out of the calendar: its date, {date}, is known only to the month")
_LEFT_OUT_YEAR = N_("{id}: left out of the calendar: its date, {date}, is known only to the year")
_LEFT_OUT_UNDATED = N_("{id}: left out of the calendar: its date is not known")
_NEEDS_OUTPUT = N_("--format {format} writes several files: give a folder with --output")
_TABLE_ONLY_CSV = N_("--table applies only to --format csv")
_NO_FILTERS = N_("--format jsonschema describes every document, so it takes no filters")
_NOT_A_FOLDER = N_("{path} exists and is not a folder")
_CANNOT_WRITE = N_("cannot write {path}: {reason}")
_BAD_EPOCH = N_("SOURCE_DATE_EPOCH must be a whole number of seconds, got {value!r}")

_TRUNCATE_AT: Final = 72

#: How wide the timeline is when standard output is not a terminal and COLUMNS is not set.
_TIMELINE_WIDTH: Final = 120
#: The narrowest the timeline is laid out, whatever the terminal says: narrower columns would
#: not be readable (a narrower terminal wraps the lines instead).
_TIMELINE_MIN_WIDTH: Final = 80
#: The timeline's columns: the widest each may be before its text is wrapped (``None``: the
#: width the others leave, but at least :data:`_LAST_COLUMN_MIN`), and how lines that continue
#: an item are indented. A word is never split, so a column is at least as wide as its longest
#: word: an id stays whole.
_TIMELINE_COLUMNS: Final = ((12, ""), (30, "  "), (16, "  "), (22, "  "), (None, "  "))
#: The columns when the five do not fit the width (a terminal of 80 columns): the working
#: groups go under the event's title and id, the participation under the chairs.
_NARROW_COLUMNS: Final = ((12, ""), (30, "  "), (None, "  "))
_LAST_COLUMN_MIN: Final = 24
_GAP: Final = "  "

#: The options of ``assess`` that set a yes/no fact: option, CaseFacts field, question.
_FACT_OPTIONS: Final = (
    (
        "--illegal-entry",
        "illegal_entry",
        N_("Did the person cross a border without complying with the requirements for legal entry?"),
    ),
    (
        "--national-or-resident",
        "is_national_or_permanent_resident",
        N_("Is the person a national or a permanent resident of the State entered?"),
    ),
    (
        "--benefit",
        "financial_or_material_benefit",
        N_("Was the conduct done to obtain a financial or other material benefit?"),
    ),
    ("--consented", "consented", N_("Did the person consent?")),
    ("--transnational", "transnational", N_("Is the offence transnational?")),
    ("--organized-group", "organized_criminal_group", N_("Was an organized criminal group involved?")),
    (
        "--endangered",
        "endangered_life_or_safety",
        N_("Did the conduct endanger, or was it likely to endanger, the person's life or safety?"),
    ),
    (
        "--inhuman-treatment",
        "inhuman_or_degrading_treatment",
        N_("Did the conduct entail inhuman or degrading treatment of the person?"),
    ),
)
#: The options of ``assess`` that add to a set of facts: option, CaseFacts field, question.
_SET_OPTIONS: Final = (
    (
        "--conduct",
        "smuggling_conduct",
        N_("A conduct of the Smuggling of Migrants Protocol, art. 6(1), that took place."),
    ),
    ("--act", "acts", N_("An act of the Trafficking in Persons Protocol, art. 3(a), done to the person.")),
    ("--means", "means", N_("A means of the Trafficking in Persons Protocol, art. 3(a), that was used.")),
    ("--purpose", "purposes", N_("A purpose of exploitation that was pursued.")),
)
_TRI_STATE: Final = {"yes": True, "no": False, "unknown": None}


# --- Output --------------------------------------------------------------------------------


def _say(template: str, locale: str, /, **values: Any) -> str:
    return gettext(template, locale).format(**values)


class _OutputError(UntocDialogueError):
    """Standard output cannot be written (a full disk, ``> /dev/full``): *reason* says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    """Turn an error writing standard output into :class:`_OutputError`; a closed pipe stays one."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise _OutputError(error.strerror or str(error)) from None


def _emit(data: str | bytes) -> None:
    """Write *data* to standard output as it is: bytes keep their line ends (CRLF in CSV, ICS)."""
    with _writing():
        buffer = getattr(sys.stdout, "buffer", None)
        if isinstance(data, bytes):
            if buffer is None:
                sys.stdout.write(data.decode("utf-8"))
                return
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
        else:
            sys.stdout.write(data)


def _out(text: str) -> None:
    """Write *text* and a line end to standard output, as print() would."""
    _emit(text + "\n")


def _flush() -> None:
    """Write out what standard output still holds, so that an error shows while it can be caught."""
    with _writing():
        sys.stdout.flush()


def _silence_stdout() -> None:
    """
    Point standard output at the null device, after a reader went away or a write failed.

    Python flushes standard output at exit; what it still holds would fail again there, with a
    message of its own. This is what the Python documentation advises for SIGPIPE.
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _width(text: str) -> int:
    """How many terminal columns *text* takes: wide East Asian characters take two."""
    if text.isascii():
        return len(text)
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text
    )


def _truncate(text: str, limit: int = _TRUNCATE_AT) -> str:
    if _width(text) <= limit:
        return text
    while _width(text) > limit - 1:
        text = text[:-1]
    return text.rstrip() + "…"


def _wide_tokens(text: str) -> list[str]:
    """
    The pieces of *text* a line may break between: words, spaces, and each wide character.

    As in Chinese typesetting, a closing mark (）。，) stays with what precedes it and an
    opening mark (（“) with what follows it, so that no line begins or ends with the wrong one.
    """
    tokens: list[str] = []
    opening = ""
    for char in text:
        if char.isspace():
            tokens.append(" ")
            continue
        kind = unicodedata.category(char)
        if kind in ("Ps", "Pi") and _width(char) == 2:
            opening += char
        elif kind in ("Pe", "Pf", "Po") and _width(char) == 2 and tokens and tokens[-1] != " ":
            tokens[-1] += opening + char
            opening = ""
        elif _width(char) == 2 or not tokens or tokens[-1] == " " or _width(tokens[-1][-1]) == 2:
            tokens.append(opening + char)
            opening = ""
        else:
            tokens[-1] += opening + char
            opening = ""
    if opening:
        tokens.append(opening)
    return tokens


def _wrap_wide(text: str, width: int, indent: str) -> list[str]:
    """*text* wrapped to *width* columns, where wide characters (Chinese) take two and may break."""
    lines = [""]
    for token in _wide_tokens(text):
        if token == " ":
            if lines[-1].strip() and not lines[-1].endswith(" "):
                lines[-1] += " "
            continue
        if _width(lines[-1]) + _width(token) > width and lines[-1].strip():
            lines[-1] = lines[-1].rstrip()
            lines.append(indent)
        for char in token:  # a word wider than the column is split: nothing else can be done
            if _width(lines[-1]) + _width(char) > width and lines[-1].strip():
                lines.append(indent)
            lines[-1] += char
    return [line.rstrip() for line in lines]


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    """*text* on lines of at most *width* columns; lines after the first start with *indent*."""
    if _width(text) == len(text):
        if len(text) <= width and text == text.strip() and text.isprintable():
            return [text]  # what textwrap gives for a line that fits, for far less work
        import textwrap

        return textwrap.wrap(
            text, width, subsequent_indent=indent, break_on_hyphens=False, break_long_words=True
        ) or [""]
    return _wrap_wide(text, width, indent)


def _needs(item: str, indent: str) -> int:
    """How wide a column must be for *item* to wrap without splitting a word (wide text may split)."""
    return max(
        (
            len(word) + (len(indent) if index else 0)
            for index, word in enumerate(item.split())
            if _width(word) == len(word)
        ),
        default=0,
    )


def _column_widths(
    headings: Sequence[Sequence[str]],
    rows: Sequence[Sequence[Sequence[str]]],
    columns: Sequence[tuple[int | None, str]],
    total: int,
) -> list[int]:
    """
    How wide each column of :func:`_wrapped_table` is, for a table of *total* columns at most
    when the words allow it (:func:`_fits` says whether they did).

    *columns* gives the widest each column may be (see :data:`_TIMELINE_COLUMNS`). A column is
    no wider than its text needs, no narrower than its heading or its longest word.
    """
    widths: list[int] = []
    for index, (cap, indent) in enumerate(columns):
        items = [item for cell in (headings[index], *(row[index] for row in rows)) for item in cell]
        if cap is None:
            cap = max(_LAST_COLUMN_MIN, total - sum(widths) - len(_GAP) * len(widths))
        natural = max(_width(item) for item in items)
        heading = max(_width(item) for item in headings[index])
        widths.append(max(min(cap, natural), heading, *(_needs(item, indent) for item in items)))
    return widths


def _fits(widths: Sequence[int], total: int) -> bool:
    """Whether columns of these *widths*, with the gaps between them, fit in *total* columns."""
    return sum(widths) + len(_GAP) * (len(widths) - 1) <= total


def _wrapped_table(
    headings: Sequence[Sequence[str]],
    rows: Sequence[Sequence[Sequence[str]]],
    columns: Sequence[tuple[int | None, str]],
    widths: Sequence[int],
) -> str:
    """
    Rows of cells of several lines, in aligned columns of *widths* under underlined headings,
    a blank line between rows.

    A cell is a list of items (a title, an id, each chair...). Each item starts on a line of its
    own and wraps within its column, its later lines indented as *columns* say. Headings are
    not wrapped.
    """

    def block(cells: Sequence[Sequence[str]]) -> list[str]:
        wrapped = [
            [line for item in cell for line in _wrap(item, width, indent)]
            for cell, width, (_, indent) in zip(cells, widths, columns, strict=True)
        ]
        height = max(len(lines) for lines in wrapped)
        for lines in wrapped:
            lines.extend([""] * (height - len(lines)))
        return [
            _GAP.join(
                lines[index] + " " * (width - _width(lines[index]))
                for lines, width in zip(wrapped, widths, strict=True)
            ).rstrip()
            for index in range(height)
        ]

    rule = _GAP.join("-" * width for width in widths)
    body = "\n\n".join("\n".join(block(row)) for row in rows)
    return "\n".join([*block(headings), rule, body]) + "\n"


def _table(headings: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Rows in aligned columns under underlined headings."""
    rows = [list(row) for row in rows]
    widths = [max(_width(cell) for cell in column) for column in zip(headings, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = (cell + " " * (width - _width(cell)) for cell, width in zip(cells, widths, strict=True))
        return "  ".join(padded).rstrip()

    rule = ["-" * width for width in widths]
    return "\n".join([line(headings), line(rule), *(line(row) for row in rows)]) + "\n"


# --- Reading -------------------------------------------------------------------------------


def _catalog(args: argparse.Namespace) -> Catalog:
    from ._load import load_catalog

    return load_catalog(args.catalog)


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "group": None if args.group is None else WorkingGroup(args.group),
        "instrument": None if args.instrument is None else Instrument(args.instrument),
        "year": args.year,
        "since": args.since,
        "until": args.until,
    }


def _has_filters(args: argparse.Namespace) -> bool:
    return any(value is not None for value in _filters(args).values())


# --- Commands ------------------------------------------------------------------------------


def _span_text(span: DateRange | None, locale: str) -> str:
    return gettext(_UNKNOWN_DATE, locale) if span is None else span.isoformat()


def _when_and_where(event: Event, locale: str) -> list[str]:
    """The date of *event* at its precision, a range on two lines, then its venue if known."""
    from ._titles import venue

    span = event_dates(event)
    text = _span_text(span, locale)
    start, slash, end = text.partition("/")
    dates = [start + slash, end] if span is not None and slash else [text]
    place = venue(event.venue, locale)
    return [*dates, place] if place else dates


def _timeline_row(event: Event, catalog: Catalog, locale: str) -> list[list[str]]:
    """The cells of *event*'s row: date and venue, title and id, groups, chairs, participation."""
    from ._titles import (
        SOURCES_SEPARATOR,
        chair_text,
        event_chairs,
        event_title,
        participation_by_source,
    )

    figures = [figure for _, figure in catalog.figures(event.id)] if event.id in catalog else []
    counts = participation_by_source(figures, catalog, locale, event=event.id)
    separator = pgettext("sources separator", SOURCES_SEPARATOR, locale)
    return [
        _when_and_where(event, locale),
        [event_title(event, locale), event.id],
        [label(group, locale) for group in event_groups(event)],
        [chair_text(chair, catalog, locale) for chair in event_chairs(event)],
        [count + separator for count in counts[:-1]] + counts[-1:],
    ]


def _terminal_width() -> int:
    """
    How wide the timeline may be: the terminal's width (COLUMNS, when set, says it), or
    :data:`_TIMELINE_WIDTH` when standard output is not a terminal; never below
    :data:`_TIMELINE_MIN_WIDTH`.
    """
    import shutil

    columns = shutil.get_terminal_size(fallback=(_TIMELINE_WIDTH, 24)).columns
    return max(_TIMELINE_MIN_WIDTH, columns)


def _narrow(cells: Sequence[Sequence[str]]) -> list[list[str]]:
    """A timeline row or heading of five cells as the three of :data:`_NARROW_COLUMNS`."""
    when, event, groups, chairs, participation = cells
    return [list(when), [*event, *groups], [*chairs, *participation]]


def _timeline(args: argparse.Namespace) -> int:
    locale = args.locale
    catalog = _catalog(args)
    events = catalog.events(**_filters(args))
    if not events:
        _out(gettext(_NO_EVENTS, locale))
        return 0
    headings: list[list[str]] = [
        [gettext(_HEADING_DATE, locale), gettext(_HEADING_VENUE, locale)],
        [gettext(_HEADING_EVENT, locale), gettext(_HEADING_ID, locale)],
        [gettext(_HEADING_GROUPS, locale)],
        [gettext(_HEADING_CHAIRS, locale)],
        [gettext(_HEADING_PARTICIPATION, locale), gettext(_HEADING_COUNTED_BY, locale)],
    ]
    rows = [_timeline_row(event, catalog, locale) for event in events]
    total = _terminal_width()
    columns: Sequence[tuple[int | None, str]] = _TIMELINE_COLUMNS
    widths = _column_widths(headings, rows, columns, total)
    if not _fits(widths, total):
        headings, rows, columns = _narrow(headings), [_narrow(row) for row in rows], _NARROW_COLUMNS
        widths = _column_widths(headings, rows, columns, total)
    table = _wrapped_table(headings, rows, columns, widths)
    hint = _say(_SHOW_HINT, locale, command=f"{PROG} show ID")
    _emit(table + "\n" + "\n".join(_wrap(hint, total)) + "\n")
    return 0


def _entities(catalog: Catalog) -> Iterator[Any]:
    """Every entity that has an id, in the order of the document."""
    from ._catalog import _walk

    for field in attrs.fields(Catalog):
        if field.init:
            for _, value in _walk(getattr(catalog, field.name), f"$.{field.name}"):
                if isinstance(getattr(value, "id", None), str):
                    yield value


def _list(args: argparse.Namespace) -> int:
    from ._titles import entity_title, kind_label, kind_of

    locale = args.locale
    entities = [entity for entity in _entities(_catalog(args)) if args.kind in (None, kind_of(entity))]
    if not entities:
        _out(gettext(_NO_ENTITIES, locale))
        return 0
    headings = [gettext(heading, locale) for heading in (_HEADING_ID, _HEADING_KIND, _HEADING_TITLE)]
    rows = (
        (entity.id, kind_label(entity, locale), _truncate(entity_title(entity, locale)))
        for entity in entities
    )
    _emit(_table(headings, rows))
    return 0


def _citation(citation: Citation, locale: str) -> str:
    if citation.excerpt is None:
        if citation.locator is None:
            return citation.source
        return _say(_CITATION_LOCATOR, locale, source=citation.source, locator=citation.locator)
    template = _CITATION_EXCERPT if citation.locator is None else _CITATION_LOCATOR_EXCERPT
    return _say(template, locale, source=citation.source, locator=citation.locator, excerpt=citation.excerpt)


def _scalar(value: Any, locale: str) -> str | None:
    """The text of a value that fits on one line, or ``None`` for a list or an object."""
    if isinstance(value, Citation):
        return _citation(value, locale)
    if isinstance(value, enum.Enum):
        return label(value, locale)
    if isinstance(value, (PartialDate, DateRange, str, int)):
        return str(value)
    return None


def _fields(value: Any, locale: str, indent: str = "") -> Iterator[str]:
    """The fields of an entity that differ from their defaults, one ``name: value`` a line."""
    for field in attrs.fields(type(value)):
        item = getattr(value, field.name)
        if not field.init or item == field.default or item == () or item == frozenset():
            continue
        text = _scalar(item, locale)
        if text is not None:
            yield f"{indent}{field.name}: {text}"
            continue
        yield f"{indent}{field.name}:"
        items = sorted(item, key=lambda member: member.value) if isinstance(item, frozenset) else item
        for element in items if isinstance(item, (tuple, frozenset)) else (item,):
            text = _scalar(element, locale)
            if text is not None:
                yield f"{indent}  - {text}"
            else:
                lines = list(_fields(element, locale, indent + "    "))
                yield f"{indent}  - {lines[0].lstrip()}"
                yield from lines[1:]


def _show(args: argparse.Namespace) -> int:
    from ._convert import to_json
    from ._model import Organization, Person
    from ._titles import entity_title, kind_label

    locale = args.locale
    catalog = _catalog(args)
    entity = catalog.get(args.id)
    if args.json:
        _emit(to_json(entity))
        return 0
    lines = [
        entity_title(entity, locale),
        _say(_SHOW_HEADER, locale, kind=kind_label(entity, locale), id=entity.id),
    ]
    owner = catalog.owner_of(entity.id)
    if owner != entity.id:
        holder = catalog.get(owner)
        kind, title = kind_label(holder, locale), entity_title(holder, locale)
        lines.append(_say(_PART_OF, locale, kind=kind, id=owner, title=title))
    lines.append("")
    lines.extend(_fields(entity, locale))
    if isinstance(entity, (Person, Organization)):
        appearances = catalog.appearances(entity.id)
        if appearances:
            lines.extend(["", gettext(_APPEARANCES_HEADING, locale)])
        for appearance in appearances:
            if appearance.role is None:
                text = _say(_APPEARANCE, locale, entity=appearance.entity_id, path=appearance.path)
            else:
                role = label(appearance.role, locale)
                text = _say(
                    _APPEARANCE_AS, locale, entity=appearance.entity_id, path=appearance.path, role=role
                )
            lines.append(f"  - {text}")
    conflicts = catalog.conflicts_about(entity.id)
    if conflicts:
        lines.extend(["", gettext(_CONFLICTS_HEADING, locale)])
        lines.extend(f"  - {conflict.id}: {conflict.question}" for conflict in conflicts)
    sources = catalog.sources_of(entity)
    if sources:
        lines.extend(["", gettext(_SOURCES_HEADING, locale)])
        for source in sources:
            source_lines = list(_fields(source, locale, "    "))
            lines.append(f"  - {source_lines[0].lstrip()}")
            lines.extend(source_lines[1:])
    _out("\n".join(lines))
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from ._titles import entity_title

    locale = args.locale
    catalog = _catalog(args)
    if args.about is not None:
        catalog.get(args.about)  # an unknown id is an error, not "no conflict"
    conflicts = catalog.conflicts_about(args.about)
    if not conflicts:
        _out(gettext(_NO_CONFLICTS, locale))
        return 0
    blocks = []
    for conflict in conflicts:
        lines = [conflict.id, f"  {conflict.question}"]
        if conflict.subject is not None:
            subject = f"{conflict.subject} ({entity_title(catalog.get(conflict.subject), locale)})"
            lines.append("  " + _say(_CONFLICT_SUBJECT, locale, subject=subject))
        for claim in conflict.claims:
            sources = ", ".join(dict.fromkeys(citation.source for citation in claim.sources))
            lines.append("  - " + _say(_CLAIM, locale, statement=claim.statement, sources=sources))
        if conflict.assessment is not None:
            lines.append("  " + _say(_ASSESSMENT, locale, assessment=conflict.assessment))
        blocks.append("\n".join(lines))
    _out("\n\n".join(blocks))
    return 0


def _read_facts(path: Path) -> Any:
    """The :class:`CaseFacts` in the JSON file at *path*; an error names the file, as load_catalog's do."""
    from ._convert import from_json
    from .assessment import CaseFacts

    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError.single("$", f"cannot read {path}: {error.strerror or error}") from None
    try:
        return from_json(CaseFacts, data)
    except ValidationError as error:
        error.add_note(f"while reading {path}")
        raise


def _document_kinds() -> dict[str, Callable[[Path], Any]]:
    """How to read each kind of document ``validate`` checks, by its name on the command line."""
    from ._load import load_catalog

    return {"catalog": load_catalog, "facts": _read_facts}


def _set_vocabularies() -> dict[str, type[enum.Enum]]:
    """The vocabulary of each set of facts ``assess`` takes options for, by CaseFacts field."""
    from ._assessment_facts import ExploitationPurpose, SmugglingConduct, TraffickingAct, TraffickingMeans

    return {
        "smuggling_conduct": SmugglingConduct,
        "acts": TraffickingAct,
        "means": TraffickingMeans,
        "purposes": ExploitationPurpose,
    }


def _case_facts(args: argparse.Namespace) -> Any:
    """The facts of ``--facts``, changed by the options given."""
    from .assessment import CaseFacts

    facts = CaseFacts() if args.facts is None else _read_facts(Path(args.facts))
    changes: dict[str, Any] = {}
    for _, field, _ in _FACT_OPTIONS:
        answer = getattr(args, field)
        if answer is not None:
            changes[field] = _TRI_STATE[answer]
    vocabularies = _set_vocabularies()
    for option, field, _ in _SET_OPTIONS:
        values: list[str] | None = getattr(args, field)
        if values is None:
            continue
        if len(values) > 1 and ("none" in values or "unknown" in values):
            args.parser.error(_say(_BOTH_NONE_AND_VALUES, args.locale, option=option))
        kind = vocabularies[field]
        changes[field] = None if values == ["unknown"] else frozenset(kind(v) for v in values if v != "none")
    if args.age is not None:
        changes["age"] = args.age
    return attrs.evolve(facts, **changes)


def _assess(args: argparse.Namespace) -> int:
    from ._convert import to_json
    from .assessment import assess

    assessment = assess(_case_facts(args))
    if args.json:
        _emit(to_json(assessment))
    else:
        _out(assessment.explain(args.locale))
    return 0


def _validate(args: argparse.Namespace) -> int:
    locale = args.locale
    read = _document_kinds()[args.document]
    status = 0
    for file in args.files:
        try:
            read(Path(file))
        except ValidationError as error:
            status = 1
            _out(_say(_INVALID, locale, file=file))
            for problem in error.problems:
                _out(_say(_PROBLEM, locale, path=problem.path, message=problem.message))
        else:
            _out(_say(_VALID, locale, file=file))
    return status


def _stamp(locale: str) -> _dt.datetime:
    """Now, or the moment SOURCE_DATE_EPOCH gives, for reproducible files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    try:
        return _dt.datetime.fromtimestamp(int(epoch), _dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise UntocDialogueError(_say(_BAD_EPOCH, locale, value=epoch)) from None


def _write(path: Path, data: str | bytes, locale: str) -> None:
    from ._files import write_atomic

    try:
        write_atomic(path, data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise UntocDialogueError(_say(_CANNOT_WRITE, locale, path=path, reason=reason)) from None
    _out(_say(_WROTE, locale, path=path))


def _output(args: argparse.Namespace, data: str | bytes) -> None:
    if args.output is None:
        _emit(data)
    else:
        _write(Path(args.output), data, args.locale)


def _folder(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Path:
    if args.output is None:
        parser.error(_say(_NEEDS_OUTPUT, args.locale, format=args.format))
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise UntocDialogueError(_say(_NOT_A_FOLDER, args.locale, path=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise UntocDialogueError(_say(_CANNOT_WRITE, args.locale, path=folder, reason=reason)) from None
    return folder


def _export(args: argparse.Namespace) -> int:
    import json

    from ._export import select

    parser: argparse.ArgumentParser = args.parser
    locale, fmt = args.locale, args.format
    if args.table is not None and fmt != "csv":
        parser.error(gettext(_TABLE_ONLY_CSV, locale))
    if fmt == "jsonschema":
        if _has_filters(args):
            parser.error(gettext(_NO_FILTERS, locale))
        from ._schema import json_schema

        _output(args, json.dumps(json_schema(Catalog), ensure_ascii=False, indent=2) + "\n")
        return 0
    catalog = select(_catalog(args), **_filters(args))
    if fmt == "json":
        from ._convert import to_json

        _output(args, to_json(catalog))
    elif fmt == "jsonl":
        from ._export import jsonl_lines

        _output(args, "".join(jsonl_lines(catalog)))
    elif fmt == "ics":
        _export_ics(args, catalog)
    elif fmt == "csv" and args.table is not None:
        from ._export_tables import tables, to_csv

        (table,) = (table for table in tables(catalog, locale) if table.name == args.table)
        _output(args, to_csv(table).encode("utf-8"))
    else:
        _export_tables(args, catalog, _folder(args, parser))
    return 0


def _export_ics(args: argparse.Namespace, catalog: Catalog) -> None:
    from ._dates import Precision
    from ._export_ics import to_ics

    locale = args.locale
    calendar, left_out = to_ics(catalog, locale, stamp=_stamp(locale))
    for event in left_out:
        span = event_dates(event)
        if span is None:
            message = _say(_LEFT_OUT_UNDATED, locale, id=event.id)
        else:
            coarse = Precision.YEAR in (span.start.precision, span.end.precision)
            message = _say(_LEFT_OUT_YEAR if coarse else _LEFT_OUT_MONTH, locale, id=event.id, date=span)
        print(message, file=sys.stderr)
    _output(args, calendar)


def _export_tables(args: argparse.Namespace, catalog: Catalog, folder: Path) -> None:
    import json

    from ._export_tables import datapackage, tables, to_csv

    locale = args.locale
    written = tables(catalog, locale)
    # Everything is made before anything is written, so that an error leaves no mix of files.
    files = {f"{table.name}.csv": to_csv(table).encode("utf-8") for table in written}
    if args.format == "datapackage":
        descriptor = datapackage(catalog, written)
        files["datapackage.json"] = (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode(
            "utf-8"
        )
    for name, data in files.items():
        _write(folder / name, data, locale)


# --- The parser ----------------------------------------------------------------------------


def _locale_option(value: str) -> str:
    try:
        check_locale(value)
    except LocaleError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


def _year_option(locale: str) -> Callable[[str], int]:
    def parse(value: str) -> int:
        if value.isascii() and value.isdigit() and 1 <= int(value) <= 9999:
            return int(value)
        raise argparse.ArgumentTypeError(_say(_BAD_YEAR, locale, value=value))

    return parse


def _age_option(locale: str) -> Callable[[str], int]:
    """Read ``--age`` within the bounds CaseFacts sets, so that a wrong age is a usage error."""
    from ._assessment_facts import MAX_AGE

    def parse(value: str) -> int:
        if value.isascii() and value.isdigit() and int(value) <= MAX_AGE:
            return int(value)
        raise argparse.ArgumentTypeError(_say(_BAD_AGE, locale, value=value, maximum=MAX_AGE))

    return parse


def _date_option(bound: Callable[[PartialDate], _dt.date]) -> Callable[[str], _dt.date]:
    def parse(value: str) -> _dt.date:
        try:
            return bound(PartialDate.fromisoformat(value))
        except ValidationError as error:
            raise argparse.ArgumentTypeError(error.problems[0].message) from None

    return parse


def _named_option(names: dict[str, str]) -> Callable[[str], str]:
    """
    Read an option whose values are *names*' values (the words files use), also given as the
    keys (the names in Python), in any case: ``other_coercion`` or ``OTHER_COERCION`` for
    ``other_forms_of_coercion``. What is neither is left for argparse's choices to refuse.
    """
    lookup = {value.lower(): value for value in names.values()}
    lookup.update((name.lower(), value) for name, value in names.items())

    def parse(value: str) -> str:
        return lookup.get(value.lower(), value)

    return parse


def _members(vocabulary: type[enum.Enum]) -> dict[str, str]:
    """The Python name and the value in files of each member of *vocabulary*."""
    return {member.name: member.value for member in vocabulary}


def _once(locale: str) -> type[argparse.Action]:
    """The action of an option that takes one value: given twice, it is a usage error."""
    message = gettext(_ONCE, locale)

    class Once(argparse.Action):
        def __call__(
            self,
            parser: argparse.ArgumentParser,
            namespace: argparse.Namespace,
            values: str | Sequence[Any] | None,
            option_string: str | None = None,
        ) -> None:
            given: set[str] = vars(namespace).setdefault("_given", set())
            if self.dest in given:
                raise argparse.ArgumentError(self, message)
            given.add(self.dest)
            setattr(namespace, self.dest, values)

    return Once


def _prescan_locale(argv: Sequence[str]) -> str:
    """The --locale of *argv*, so that the help itself is in that language, if it is valid."""
    for index, argument in enumerate(argv):
        value = None
        if argument == "--locale" and index + 1 < len(argv):
            value = argv[index + 1]
        elif argument.startswith("--locale="):
            value = argument.partition("=")[2]
        if value is not None:
            with contextlib.suppress(LocaleError):
                check_locale(value)
                return value
    return DEFAULT_LOCALE


#: The options given before a command's name: --locale takes a value, the others do not.
_GLOBAL_OPTIONS: Final = ("--locale", "--help", "--version")


def _option_before_command(argv: Sequence[str], command_options: set[str]) -> str | None:
    """
    The first option of a command that *argv* gives before the command's name, if any.

    ``untoc-dialogue --catalog my.json timeline`` would otherwise read ``my.json`` as the
    command. An option that no command has is left to argparse.
    """
    takes_value = False
    for argument in argv:
        if takes_value:
            takes_value = False
            continue
        if argument == "--" or not argument.startswith("-"):
            return None
        name, equals, _ = argument.partition("=")
        known = [option for option in _GLOBAL_OPTIONS if len(name) > 2 and option.startswith(name)]
        if known or name == "-h":
            takes_value = known == ["--locale"] and not equals
            continue
        if len(name) > 2 and any(option.startswith(name) for option in command_options):
            return name  # an option of a command, or the start of one, as argparse allows
    return None


def _command_of(argv: Sequence[str]) -> str | None:
    """
    The command *argv* runs, if only global options come before its name; otherwise ``None``.

    The parser builds the options of this one command only: the others' options need modules
    (the assessment's vocabularies, the exporters) that the command does not.
    """
    takes_value = False
    for argument in argv:
        if takes_value:
            takes_value = False
        elif argument == "--locale":
            takes_value = True
        elif argument.startswith("--locale=") or argument in ("--help", "-h", "--version"):
            continue
        else:
            return argument if argument in _HELP else None
    return None


def _parser(locale: str, only: str | None = None) -> tuple[argparse.ArgumentParser, set[str]]:
    """
    The command line's parser, in *locale*, and every option its commands take.

    With *only*, the name of a command, the other commands are listed with their help but take
    no options, and only *only*'s options are returned.
    """
    from ._i18n import SUPPORTED_LOCALES

    def t(message: str) -> str:
        return gettext(message, locale)

    once = _once(locale)
    locale_help = t(_HELP_LOCALE).format(locales=", ".join(SUPPORTED_LOCALES), default=DEFAULT_LOCALE)
    common = argparse.ArgumentParser(add_help=False)
    # Not set unless given, so that a --locale given before the command's name is kept.
    common.add_argument(
        "--locale",
        action=once,
        type=_locale_option,
        default=argparse.SUPPRESS,
        metavar="LOCALE",
        help=locale_help,
    )
    catalogue = argparse.ArgumentParser(add_help=False)
    catalogue.add_argument("--catalog", action=once, metavar="FILE", help=t(_HELP_CATALOG))

    filters = argparse.ArgumentParser(add_help=False)
    groups = [group.value for group in WorkingGroup]
    instruments = [instrument.value for instrument in Instrument]
    filters.add_argument(
        "--group",
        action=once,
        type=_named_option(_members(WorkingGroup)),
        choices=groups,
        metavar="GROUP",
        help=t(_HELP_GROUP).format(choices=", ".join(groups)),
    )
    filters.add_argument(
        "--instrument",
        action=once,
        type=_named_option(_members(Instrument)),
        choices=instruments,
        metavar="INSTRUMENT",
        help=t(_HELP_INSTRUMENT).format(choices=", ".join(instruments)),
    )
    filters.add_argument("--year", action=once, type=_year_option(locale), metavar="YYYY", help=t(_HELP_YEAR))
    filters.add_argument(
        "--since",
        action=once,
        type=_date_option(PartialDate.earliest),
        metavar="DATE",
        help=t(_HELP_SINCE),
    )
    filters.add_argument(
        "--until",
        action=once,
        type=_date_option(PartialDate.latest),
        metavar="DATE",
        help=t(_HELP_UNTIL),
    )

    parser = argparse.ArgumentParser(
        prog=PROG, description=t(_DESCRIPTION), epilog=t(_EPILOG).format(prog=PROG)
    )
    parser.add_argument("--version", action=_VersionAction, help=t(_HELP_VERSION))
    parser.add_argument(
        "--locale",
        action=once,
        type=_locale_option,
        default=DEFAULT_LOCALE,
        metavar="LOCALE",
        help=locale_help,
    )
    commands = parser.add_subparsers(title=t(_COMMANDS_TITLE), metavar="COMMAND", required=True)
    subparsers: list[argparse.ArgumentParser] = []

    def command(
        name: str,
        run: Callable[[argparse.Namespace], int],
        *parents: argparse.ArgumentParser,
        options: Callable[[argparse.ArgumentParser], None] | None = None,
    ) -> None:
        built = only is None or only == name
        sub = commands.add_parser(
            name,
            parents=[common, *parents] if built else [],
            help=t(_HELP[name]),
            description=t(_HELP[name]),
        )
        sub.set_defaults(run=run, parser=sub)
        if built:
            if options is not None:
                options(sub)
            subparsers.append(sub)

    def list_options(listing: argparse.ArgumentParser) -> None:
        from ._titles import KINDS

        kinds = [name for name, _ in KINDS.values()]
        listing.add_argument(
            "--kind",
            action=once,
            type=_named_option({kind.__name__: name for kind, (name, _) in KINDS.items()}),
            choices=kinds,
            metavar="KIND",
            help=t(_HELP_KIND).format(choices=", ".join(kinds)),
        )

    def show_options(show: argparse.ArgumentParser) -> None:
        show.add_argument("id", metavar="ID", help=t(_HELP_ID))
        show.add_argument("--json", action="store_true", help=t(_HELP_JSON))

    def conflicts_options(conflicts: argparse.ArgumentParser) -> None:
        conflicts.add_argument("--about", action=once, metavar="ID", help=t(_HELP_ABOUT))

    def validate_options(validate: argparse.ArgumentParser) -> None:
        validate.add_argument("files", nargs="+", metavar="FILE", help=t(_HELP_FILES))
        validate.add_argument(
            "--document",
            action=once,
            choices=sorted(_document_kinds()),
            default="catalog",
            help=t(_HELP_DOCUMENT),
        )

    def assess_options(assessing: argparse.ArgumentParser) -> None:
        from ._assessment_facts import MAX_AGE

        assessing.add_argument("--facts", action=once, metavar="FILE", help=t(_HELP_FACTS))
        for option, field, question in _FACT_OPTIONS:
            assessing.add_argument(
                option,
                dest=field,
                action=once,
                choices=list(_TRI_STATE),
                help=t(_HELP_TRI_STATE).format(question=t(question)),
            )
        for option, field, question in _SET_OPTIONS:
            vocabulary = _set_vocabularies()[field]
            values = [member.value for member in vocabulary]
            assessing.add_argument(
                option,
                dest=field,
                action="append",
                type=_named_option(_members(vocabulary)),
                choices=[*values, "none", "unknown"],
                metavar=option.removeprefix("--").upper(),
                help=t(_HELP_SET).format(question=t(question), choices=", ".join(values)),
            )
        assessing.add_argument(
            "--age",
            action=once,
            type=_age_option(locale),
            metavar="YEARS",
            help=t(_HELP_AGE).format(maximum=MAX_AGE),
        )
        assessing.add_argument("--json", action="store_true", help=t(_HELP_JSON))

    def export_options(export: argparse.ArgumentParser) -> None:
        from ._export import FORMATS
        from ._export_tables import TABLE_NAMES

        export.add_argument("--format", action=once, choices=FORMATS, required=True, help=t(_HELP_FORMAT))
        export.add_argument("--output", action=once, metavar="PATH", help=t(_HELP_OUTPUT))
        export.add_argument("--table", action=once, choices=TABLE_NAMES, help=t(_HELP_TABLE))

    command("timeline", _timeline, catalogue, filters)
    command("list", _list, catalogue, options=list_options)
    command("show", _show, catalogue, options=show_options)
    command("conflicts", _conflicts, catalogue, options=conflicts_options)
    command("validate", _validate, options=validate_options)
    command("assess", _assess, options=assess_options)
    command("export", _export, catalogue, filters, options=export_options)
    options = {option for sub in subparsers for action in sub._actions for option in action.option_strings}
    return parser, options - {"-h", "--help", "--locale"}


class _VersionAction(argparse.Action):
    """Print the version only when asked: reading the installed metadata is slow to import."""

    def __init__(
        self, option_strings: list[str], dest: str = argparse.SUPPRESS, help: str | None = None
    ) -> None:
        super().__init__(
            option_strings=option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help=help
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        sys.stdout.write(_version() + "\n")
        parser.exit()


def _version() -> str:
    from . import __version__

    return f"{PROG} {__version__}"


# --- Running -------------------------------------------------------------------------------


def _report(message: str) -> None:
    """Print *message* on standard error after the untranslated prefix of every error."""
    print(_ERROR.format(prog=PROG, message=message), file=sys.stderr)


def _parse(arguments: Sequence[str], locale: str) -> argparse.Namespace:
    """
    The command line *arguments*, read; a usage error exits 2 (SystemExit) with the usage of the
    command it concerns.
    """
    parser, command_options = _parser(locale, only=_command_of(arguments))
    misplaced = _option_before_command(arguments, command_options)
    if misplaced is not None:
        example = f"{PROG} COMMAND {misplaced} ..."
        parser.error(_say(_OPTION_BEFORE_COMMAND, locale, option=misplaced, example=example))
    args, extras = parser.parse_known_args(arguments)
    command: argparse.ArgumentParser = args.parser
    if extras:
        # What argparse itself would say, but with the usage of the command, not the program's.
        from gettext import gettext as argparse_gettext

        command.error(argparse_gettext("unrecognized arguments: %s") % " ".join(extras))
    since, until = getattr(args, "since", None), getattr(args, "until", None)
    if since is not None and until is not None and since > until:
        command.error(_say(_SINCE_AFTER_UNTIL, args.locale, since=since, until=until))
    return args


def main(argv: list[str] | None = None) -> int:
    """
    Run the command line with *argv* (by default the process's arguments); return the exit code.

    0 means success, 1 invalid input, 2 a command line that is not valid. A reader that goes
    away before the end (``| head``) is not an error: the command stops quietly with 0.
    """
    arguments = sys.argv[1:] if argv is None else argv
    locale = _prescan_locale(arguments)
    try:
        try:
            args = _parse(arguments, locale)
            code = int(args.run(args))
        except SystemExit as exit:  # argparse: --help and --version (0), a usage error (2)
            code = exit.code if isinstance(exit.code, int) else 2
        _flush()
        return code
    except BrokenPipeError:
        # The reader went away (``| head``, ``| true``): stop quietly, as other command-line
        # tools do, and keep Python from complaining when it flushes standard output at exit.
        _silence_stdout()
        return 0
    except _OutputError as error:
        _silence_stdout()
        _report(_say(_CANNOT_WRITE_OUTPUT, locale, reason=error.reason))
        return 1
    except UntocDialogueError as error:
        _report("\n".join([str(error), *getattr(error, "__notes__", ())]))
        return 1
    except KeyboardInterrupt:
        return 130
