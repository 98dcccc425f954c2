"""
Readable paragraphs about the entities of the catalogue, in the six UN languages.

Every sentence is one message in the gettext catalogues with named placeholders, so that a
translator translates it whole and may reorder it; the words put into the placeholders are
labels from the same catalogues, proper names as the sources give them, and dates, numbers,
lists and country names formatted by babel from CLDR for the caller's locale.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

from ._catalog import Catalog
from ._dates import DateRange, PartialDate, Precision
from ._i18n import DEFAULT_LOCALE, N_, NC_, babel_locale, check_locale, gettext, label, pgettext
from ._labels import (
    DIALOGUE_TOPICS,
    INSTRUMENT_TITLES,
    OF_GROUP,
    OF_GROUP_CONTEXT,
    PLACES,
    TITLE_CONTEXT,
    TOPIC_CONTEXT,
)
from ._model import (
    ConferenceSession,
    ConstructiveDialogue,
    Convention,
    Organization,
    Participant,
    ParticipationFigure,
    Person,
    Protocol,
    Resolution,
    Source,
    WorkingGroupSession,
)
from ._titles import _COUNTED_BY, _FIGURES_SEPARATOR, TOGETHER_WITH, event_title, shared_with
from ._vocabulary import CountBasis, FigureQualifier, Mode, PartyCountKind, Role, Theme
from .errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    import babel

__all__ = ["Describable", "describe"]

#: What :func:`describe` describes.
Describable: TypeAlias = (
    ConstructiveDialogue | WorkingGroupSession | ConferenceSession | Convention | Protocol
)

# --- Messages -------------------------------------------------------------------------------
#
# The context of a dated sentence names the precision of its date, since languages choose the
# preposition by it: "on 9 October 2023", "on 5-6 October 2023", "in June 2022", "in 2022".
# {date} is then a day, a range of days, a month (or range of months) or a year (or years),
# formatted as the locale writes it standing alone.

_DAY, _DAYS, _MONTH, _YEAR = "date: day", "date: days", "date: month", "date: year"

_DIALOGUE_TITLE = N_("Constructive Dialogue on {topics}")

_DIALOGUE_WHEN = {
    _DAY: NC_("date: day", "The {title} was held on {date}."),
    _DAYS: NC_("date: days", "The {title} was held on {date}."),
    _MONTH: NC_("date: month", "The {title} was held in {date}."),
    _YEAR: NC_("date: year", "The {title} was held in {date}."),
}
_DIALOGUE_UNDATED = N_("The date of the {title} is not known.")

_SESSION_TITLE = N_("Session {number} {of_group}")
_SESSION_TITLE_UNNUMBERED = N_("A session {of_group}")
_CONFERENCE_TITLE = N_("Session {number} of the Conference of the Parties")

_SESSION_WHEN = {
    _DAY: NC_("date: day", "{title} was held on {date}."),
    _DAYS: NC_("date: days", "{title} was held on {date}."),
    _MONTH: NC_("date: month", "{title} was held in {date}."),
    _YEAR: NC_("date: year", "{title} was held in {date}."),
}
_SESSION_UNDATED = N_("The date of this session ({title}) is not known.")

# Keyed by (whether the venue is known, mode).
_DIALOGUE_WHERE: dict[tuple[bool, Mode | None], str] = {
    (True, None): N_("The dialogue took place in {venue}."),
    (True, Mode.IN_PERSON): N_("The dialogue took place in person in {venue}."),
    (True, Mode.HYBRID): N_("The dialogue took place in {venue} and online."),
    (True, Mode.ONLINE): N_("The dialogue took place online, organized from {venue}."),
    (False, Mode.IN_PERSON): N_("The dialogue took place in person."),
    (False, Mode.HYBRID): N_("The dialogue took place in person and online."),
    (False, Mode.ONLINE): N_("The dialogue took place online."),
}
_SESSION_WHERE: dict[tuple[bool, Mode | None], str] = {
    (True, None): N_("The session took place in {venue}."),
    (True, Mode.IN_PERSON): N_("The session took place in person in {venue}."),
    (True, Mode.HYBRID): N_("The session took place in {venue} and online."),
    (True, Mode.ONLINE): N_("The session took place online, organized from {venue}."),
    (False, Mode.IN_PERSON): N_("The session took place in person."),
    (False, Mode.HYBRID): N_("The session took place in person and online."),
    (False, Mode.ONLINE): N_("The session took place online."),
}

_FOLLOWED = N_("The dialogue followed session {number} {of_group}.")
_FOLLOWED_UNNUMBERED = N_("The dialogue followed a session {of_group}.")

_DIALOGUE_CHAIRED = N_("The dialogue was chaired by {chairs}.")
_DIALOGUE_CO_CHAIRED = N_("The dialogue was co-chaired by {chairs}.")
_SESSION_CHAIRED = N_("The session was chaired by {chairs}.")
_SESSION_CO_CHAIRED = N_("The session was co-chaired by {chairs}.")
_PRESIDED = N_("The session was presided over by {president}.")

# Translators: a person and the country they represented or came from.
_PERSON_FROM = N_("{name} ({country})")
# Translators: stands for someone whose post a source gives but not their name.
_UNNAMED = N_("a person the sources do not name")

_PARTICIPATION = N_("Participation, as the sources count it: {figures}.")
# Translators: one participation figure, such as "NGOs: 60".
_FIGURE = N_("{category}: {number}")
_QUALIFIED: dict[FigureQualifier, str] = {
    FigureQualifier.EXACT: "{number}",
    FigureQualifier.OVER: N_("more than {number}"),
    FigureQualifier.APPROXIMATE: N_("about {number}"),
}
_COUNTED: dict[CountBasis, str] = {
    CountBasis.REGISTERED: N_("{figure} (registered)"),
    CountBasis.ATTENDED: N_("{figure} (attended)"),
    CountBasis.UNSPECIFIED: "{figure}",
}
# Translators: the separator between items of a list of citations or labels.
_LIST_SEPARATOR = N_("; ")

_THEMES = N_("Themes discussed: {themes}.")
_PANELS = N_("Panel discussions: {count}.")
_RECOMMENDATIONS = N_("Recommendations recorded: {count}.")
_AGREED = N_("Recommendations agreed: {count}.")
_RESOLUTIONS = N_("Resolutions adopted: {count}.")

# Translators: the first sentence about the Convention or a Protocol: its full title, then its short name.
_TREATY = N_("{title} ({short}).")
_SUPPLEMENTS = N_("It is one of the three Protocols supplementing the Convention.")
_ADOPTED = N_("Adoption: {date}.")
_ADOPTED_BY = N_("Adoption: {date}, by resolution {symbol}.")
_IN_FORCE = N_("Entry into force: {date}.")
_PARTIES = N_("Parties: {count}, as of {date}.")
_PARTIES_UNDATED = N_("Parties: {count} (undated count).")
_TREATY_COLLECTION = N_("UN Treaty Collection reference: {reference}.")

# Languages that write sentences of a paragraph without a space between them.
_NO_SPACE_BETWEEN_SENTENCES = frozenset({"zh"})


def describe(entity: Describable, locale: str = DEFAULT_LOCALE, *, catalog: Catalog | None = None) -> str:
    """
    Return a readable paragraph about *entity* in *locale*.

    *entity* is a :class:`ConstructiveDialogue`, :class:`WorkingGroupSession`,
    :class:`ConferenceSession`, :class:`Convention` or :class:`Protocol`. People,
    organizations, sessions and resolutions it refers to by id are looked up in *catalog*,
    by default the bundled one (read only when a reference needs it). Proper names and
    venues other than well-known cities are given as the sources write them.

    >>> from untoc_dialogue import Mode, PartialDate, DateRange, WorkingGroup, WorkingGroupSession, Citation
    >>> session = WorkingGroupSession(
    ...     id="wg-som-10", group=WorkingGroup.SMUGGLING_OF_MIGRANTS, number=10,
    ...     dates=DateRange(start=PartialDate(2023, 10, 5), end=PartialDate(2023, 10, 6)),
    ...     venue="Vienna", mode=Mode.HYBRID, sources=[Citation(source="seed-001")])
    >>> describe(session)
    'Session 10 of the Working Group on the Smuggling of Migrants was held on 5–6 October 2023. The session took place in Vienna and online.'

    Raises:
        LocaleError: the library cannot speak *locale*.
        NotFoundError: *entity* refers to an id that *catalog* does not hold.
        ValidationError: *entity* is not of a kind this function describes.

    .. versionadded:: 0.1.0
    """
    writer = _Writer(locale, catalog)
    if isinstance(entity, ConstructiveDialogue):
        sentences = writer.dialogue(entity)
    elif isinstance(entity, WorkingGroupSession):
        sentences = writer.working_group_session(entity)
    elif isinstance(entity, ConferenceSession):
        sentences = writer.conference_session(entity)
    elif isinstance(entity, (Convention, Protocol)):
        sentences = writer.treaty(entity)
    else:
        raise ValidationError.single(
            "$",
            "describe() takes a ConstructiveDialogue, WorkingGroupSession, ConferenceSession, "
            f"Convention or Protocol, got {type(entity).__name__}",
        )
    separator = "" if writer.language in _NO_SPACE_BETWEEN_SENTENCES else " "
    return separator.join(sentences)


# --- Dates ----------------------------------------------------------------------------------

_COARSER = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2}
_QUOTED = re.compile(r"('[^']*')")
_ABBREVIATED_MONTH = re.compile(r"(?<![ML])([ML])\1\1(?![ML])")


def _widen_months(pattern: str) -> str:
    """Turn abbreviated months (``MMM``, ``LLL``) into full ones outside quoted literals."""
    parts = _QUOTED.split(pattern)
    return "".join(
        part if index % 2 else _ABBREVIATED_MONTH.sub(r"\1\1\1\1", part) for index, part in enumerate(parts)
    )


def _format_days(start: _dt.date, end: _dt.date, locale: babel.Locale) -> str:
    """
    Format a range of days with the month written in full ("5-6 October 2023").

    CLDR has interval formats with abbreviated months only, for most locales; the standard
    (UTS #35, "adjusting field widths") is to widen the month of the nearest format, which
    babel does not do, so this does it for the day-month-year skeleton.
    """
    from babel.dates import format_interval, parse_pattern

    formats = locale.interval_formats
    if "yMMMMd" in formats or "yMMMd" not in formats:
        return str(format_interval(start, end, "yMMMMd", locale=locale))
    parts = formats["yMMMd"]
    for field, value in (("y", start.year != end.year), ("M", start.month != end.month), ("d", True)):
        if value and field in parts:
            first, second = (_widen_months(pattern) for pattern in parts[field])
            return str(parse_pattern(first).apply(start, locale) + parse_pattern(second).apply(end, locale))
    return str(format_interval(start, end, "yMMMMd", locale=locale))  # pragma: no cover - CLDR has 'd'


def _date_phrase(span: DateRange | PartialDate, locale: babel.Locale) -> tuple[str, str]:
    """Return the context (precision) and the text of *span*, formatted at its own precision."""
    from babel.dates import format_date, format_interval, format_skeleton

    start, end = (span, span) if isinstance(span, PartialDate) else (span.start, span.end)
    precision = max(start.precision, end.precision, key=_COARSER.__getitem__)
    first, last = start.earliest(), end.latest()
    if precision is Precision.DAY:
        if first == last:
            return _DAY, str(format_date(first, "long", locale=locale))
        return _DAYS, _format_days(first, last, locale)
    skeleton = "yMMMM" if precision is Precision.MONTH else "y"
    context = _MONTH if precision is Precision.MONTH else _YEAR
    same = (
        (first.year, first.month) == (last.year, last.month)
        if skeleton == "yMMMM"
        else first.year == last.year
    )
    if same:
        return context, str(format_skeleton(skeleton, first, locale=locale))
    return context, str(format_interval(first, last, skeleton, locale=locale))


# --- Sentences ------------------------------------------------------------------------------

_PLACEHOLDER_THEN_STOP = re.compile(r"(\{(\w+)\})\.")


def _fill(template: str, values: dict[str, Any]) -> str:
    """
    Put *values* into *template*, dropping the template's full stop after a value that ends in one.

    A Russian date ends in the abbreviation "г." ("9 октября 2023 г."), which also ends the sentence.
    """

    def stop(match: re.Match[str]) -> str:
        return match.group(1) if str(values.get(match.group(2), "")).endswith(".") else match.group(0)

    return _PLACEHOLDER_THEN_STOP.sub(stop, template).format(**values)


class _Writer:
    """Writes the sentences about one entity in one locale."""

    def __init__(self, locale: str, catalog: Catalog | None) -> None:
        self.language = check_locale(locale)
        self.formats = babel_locale(locale)
        self._catalog = catalog

    # -- words

    def say(self, message: str, **values: Any) -> str:
        return _fill(gettext(message, self.language), values)

    def say_in(self, context: str, message: str, **values: Any) -> str:
        return _fill(pgettext(context, message, self.language), values)

    def number(self, value: int) -> str:
        from babel.numbers import format_decimal

        return str(format_decimal(value, locale=self.formats))

    def listing(self, items: Iterable[str]) -> str:
        from babel.lists import format_list

        return str(format_list(list(items), locale=self.formats))

    def country(self, code: str) -> str:
        return str(self.formats.territories.get(code, code))

    def venue(self, venue: str) -> str:
        return gettext(venue, self.language) if venue in PLACES else venue

    def catalog(self) -> Catalog:
        if self._catalog is None:
            from ._load import load_catalog

            self._catalog = load_catalog()
        return self._catalog

    def lookup(self, identifier: str) -> Any:
        return self.catalog().get(identifier)

    # -- pieces shared by several kinds

    def dated(self, templates: dict[str, str], undated: str, span: DateRange | None, title: str) -> str:
        if span is None:
            return self.say(undated, title=title)
        context, text = _date_phrase(span, self.formats)
        return self.say_in(context, templates[context], title=title, date=text)

    def where(
        self, templates: dict[tuple[bool, Mode | None], str], venue: str | None, mode: Mode | None
    ) -> Iterator[str]:
        template = templates.get((venue is not None, mode))
        if template is not None:
            yield self.say(template, venue=self.venue(venue) if venue is not None else "")

    def participant(self, participant: Participant) -> str:
        name = self.say(_UNNAMED)
        if participant.person is not None:
            person: Person = self.lookup(participant.person)
            name = person.name
        elif participant.organization is not None:
            organization: Organization = self.lookup(participant.organization)
            name = organization.name
        if participant.country is None:
            return name
        return self.say(_PERSON_FROM, name=name, country=self.country(participant.country))

    def chairs(self, chairs: tuple[Participant, ...], chaired: str, co_chaired: str) -> Iterator[str]:
        if chairs:
            co = all(chair.role is Role.CO_CHAIR for chair in chairs)
            names = self.listing(self.participant(chair) for chair in chairs)
            yield self.say(co_chaired if co else chaired, chairs=names)

    def figure(self, figure: ParticipationFigure) -> str:
        number = self.say(_QUALIFIED[figure.qualifier], number=self.number(figure.number))
        text = self.say(_FIGURE, category=label(figure.category, self.language), number=number)
        return self.say(_COUNTED[figure.basis], figure=text)

    def publisher(self, source_id: str) -> str:
        try:
            source: Source = self.lookup(source_id)
        except NotFoundError:
            return source_id
        return source.publisher

    def figures_of(self, event: ConstructiveDialogue | ConferenceSession) -> tuple[ParticipationFigure, ...]:
        """The event's own figures, and those recorded on another event that also cover it."""
        if not any(figure.also_covers for figure in event.participation) and self._catalog is None:
            # Nothing to look up unless the bundled catalogue is in use anyway.
            return event.participation
        catalog = self.catalog()
        if event.id in catalog and catalog.get(event.id) == event:
            return tuple(figure for _, figure in catalog.figures(event.id))
        return event.participation

    def together(self, figure: ParticipationFigure, text: str, event: str) -> str:
        if not figure.also_covers:
            return text
        catalog = self.catalog()
        others = shared_with(figure, catalog, event)
        if not others:
            return text
        titles = self.listing(event_title(catalog.get(item), self.language) for item in others)
        return self.say(TOGETHER_WITH, figure=text, events=titles)

    def participation(self, event: ConstructiveDialogue | ConferenceSession) -> Iterator[str]:
        figures = self.figures_of(event)
        # Figures are grouped by the source that gives them, so that counts on which sources
        # disagree stand side by side, each with who counted it, never merged into one list.
        if figures:
            by_source: dict[str, list[ParticipationFigure]] = {}
            for figure in figures:
                by_source.setdefault(figure.sources[0].source, []).append(figure)
            within = pgettext("list separator", _FIGURES_SEPARATOR, self.language)
            groups = [
                self.say(
                    _COUNTED_BY,
                    figures=within.join(self.together(f, self.figure(f), event.id) for f in group),
                    publisher=self.publisher(source_id),
                )
                for source_id, group in by_source.items()
            ]
            separator = gettext(_LIST_SEPARATOR, self.language)
            yield self.say(_PARTICIPATION, figures=separator.join(groups))

    def count(self, message: str, value: int | None) -> Iterator[str]:
        if value:
            yield self.say(message, count=self.number(value))

    def of_group(self, session: WorkingGroupSession) -> str:
        return pgettext(OF_GROUP_CONTEXT, OF_GROUP[session.group], self.language)

    # -- entities

    def dialogue(self, dialogue: ConstructiveDialogue) -> list[str]:
        topics = self.listing(
            pgettext(TOPIC_CONTEXT, DIALOGUE_TOPICS[g], self.language) for g in dialogue.groups
        )
        title = self.say(_DIALOGUE_TITLE, topics=topics)
        sentences = [self.dated(_DIALOGUE_WHEN, _DIALOGUE_UNDATED, dialogue.date, title)]
        sentences.extend(self.where(_DIALOGUE_WHERE, dialogue.venue, dialogue.mode))
        for identifier in dialogue.follows:
            session: WorkingGroupSession = self.lookup(identifier)
            if session.number is None:
                sentences.append(self.say(_FOLLOWED_UNNUMBERED, of_group=self.of_group(session)))
            else:
                number = self.number(session.number)
                sentences.append(self.say(_FOLLOWED, number=number, of_group=self.of_group(session)))
        sentences.extend(self.chairs(dialogue.chairs, _DIALOGUE_CHAIRED, _DIALOGUE_CO_CHAIRED))
        sentences.extend(self.participation(dialogue))
        if dialogue.themes:
            themes = sorted(dialogue.themes, key=list(Theme).index)
            sentences.append(self.say(_THEMES, themes=self.listing(label(t, self.language) for t in themes)))
        sentences.extend(self.count(_PANELS, len(dialogue.panels)))
        sentences.extend(self.count(_RECOMMENDATIONS, len(dialogue.recommendations)))
        return sentences

    def working_group_session(self, session: WorkingGroupSession) -> list[str]:
        of_group = self.of_group(session)
        if session.number is None:
            title = self.say(_SESSION_TITLE_UNNUMBERED, of_group=of_group)
        else:
            title = self.say(_SESSION_TITLE, number=self.number(session.number), of_group=of_group)
        sentences = [self.dated(_SESSION_WHEN, _SESSION_UNDATED, session.dates, title)]
        sentences.extend(self.where(_SESSION_WHERE, session.venue, session.mode))
        sentences.extend(self.chairs(session.chairs, _SESSION_CHAIRED, _SESSION_CO_CHAIRED))
        sentences.extend(self.count(_AGREED, session.recommendations_adopted))
        return sentences

    def conference_session(self, session: ConferenceSession) -> list[str]:
        title = self.say(_CONFERENCE_TITLE, number=self.number(session.number))
        sentences = [self.dated(_SESSION_WHEN, _SESSION_UNDATED, session.dates, title)]
        sentences.extend(self.where(_SESSION_WHERE, session.venue, session.mode))
        if session.president is not None:
            sentences.append(self.say(_PRESIDED, president=self.participant(session.president)))
        sentences.extend(self.count(_RESOLUTIONS, session.resolutions_adopted))
        sentences.extend(self.participation(session))
        return sentences

    def treaty(self, treaty: Convention | Protocol) -> list[str]:
        # Only the English title is cited from a source; the others are the catalogues' translations.
        if self.language == "en":
            title = treaty.official_title
        else:
            title = pgettext(TITLE_CONTEXT, INSTRUMENT_TITLES[treaty.instrument], self.language)
        sentences = [self.say(_TREATY, title=title, short=label(treaty.instrument, self.language))]
        if isinstance(treaty, Protocol):
            sentences.append(self.say(_SUPPLEMENTS))
        if treaty.adopted is not None:
            date = _date_phrase(treaty.adopted, self.formats)[1]
            if treaty.adopting_resolution is None:
                sentences.append(self.say(_ADOPTED, date=date))
            else:
                resolution: Resolution = self.lookup(treaty.adopting_resolution)
                sentences.append(self.say(_ADOPTED_BY, date=date, symbol=resolution.symbol))
        if treaty.entry_into_force is not None:
            sentences.append(self.say(_IN_FORCE, date=_date_phrase(treaty.entry_into_force, self.formats)[1]))
        sentences.extend(self.parties(treaty))
        if treaty.treaty_collection_reference is not None:
            sentences.append(self.say(_TREATY_COLLECTION, reference=treaty.treaty_collection_reference))
        return sentences

    def parties(self, treaty: Convention | Protocol) -> Iterator[str]:
        counts = [c for c in treaty.party_counts if c.kind is PartyCountKind.PARTIES]
        dated = [(c.as_of, c.count) for c in counts if c.as_of is not None]
        if dated:
            as_of, count = max(dated, key=lambda pair: pair[0].sort_key())
            date = _date_phrase(as_of, self.formats)[1]
            yield self.say(_PARTIES, count=self.number(count), date=date)
        elif counts:
            yield self.say(_PARTIES_UNDATED, count=self.number(counts[-1].count))
