"""
The catalogue document: every known event with its sources, and the queries over it.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any, TypeAlias, TypeVar

import attrs

from . import _validate as v
from ._convert import SCHEMA_VERSION
from ._dates import DateRange
from ._methods import fields_eq, fields_hash, fields_repr
from ._model import (
    Citation,
    ConferenceSession,
    Conflict,
    ConstructiveDialogue,
    Convention,
    Meeting,
    Organization,
    Panel,
    ParticipationFigure,
    Person,
    Protocol,
    Recommendation,
    Resolution,
    ReviewMechanism,
    Source,
    WorkingGroupSession,
    iter_citations,
    walk,
)
from ._vocabulary import Instrument, Role, Theme, WorkingGroup
from .errors import NotFoundError, Problem, ValidationError

__all__ = ["Appearance", "Catalog", "Event"]

#: Anything that happened on a date: the kinds of entity a timeline lists.
Event: TypeAlias = ConferenceSession | WorkingGroupSession | ConstructiveDialogue | Meeting

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class Appearance:
    """
    A place where a person or organization appears in the catalogue.

    Attributes:
        entity_id: The id of the entity they appear in (an event, a conflict, ...).
        path: Where inside that entity, as a JSONPath from the catalogue root.
        role: Their role there, when the appearance is as a :class:`Participant`.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    entity_id: str
    path: str
    role: Role | None = None


_OWNER = re.compile(r"\$\.\w+(?:\[\d+\])?")


def _owner_path(path: str) -> str:
    """The path of the top-level entity that holds *path*: ``$.dialogues[3]`` for its panels."""
    match = _OWNER.match(path)
    return match.group(0) if match else path


def _walk(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    """Yield ``(path, object)`` for every attrs object inside *value*, depth first."""
    for where, item, kinds in walk(value, path):
        if kinds is None:
            yield where, item


def _event_date_key(event: Event) -> tuple[int, _dt.date, _dt.date, str]:
    span = event.dates if isinstance(event, (ConferenceSession, WorkingGroupSession)) else event.date
    if span is None:
        return (1, _dt.date.max, _dt.date.max, event.id)
    return (0, *span.sort_key(), event.id)


def event_dates(event: Event) -> DateRange | None:
    """The :class:`DateRange` of *event*, or ``None`` when its date is not known."""
    if isinstance(event, (ConferenceSession, WorkingGroupSession)):
        return event.dates
    return event.date


def event_groups(event: Event) -> tuple[WorkingGroup, ...]:
    """The working group of a session, the groups of a dialogue; none for other events."""
    if isinstance(event, WorkingGroupSession):
        return (event.group,)
    if isinstance(event, ConstructiveDialogue):
        return event.groups
    return ()


@attrs.frozen(kw_only=True)
class Catalog:
    """
    A document of known events of the UNTOC review mechanism, each fact with its source.

    Building one checks the whole document: identifiers are unique, every reference resolves
    to an entity of the right kind, and no dialogue is dated before the session it follows.

    Attributes:
        schema_version: The document format's version (see :data:`SCHEMA_VERSION`).
        data_version: The version of the data itself, changed whenever facts change.
        title: What the catalogue is.
        sources: Every source any fact cites.
        organizations: Organizations that appear.
        people: People who appear.
        resolutions: Resolutions and decisions that appear.
        convention: The Convention.
        protocols: The Protocols.
        review_mechanism: The Review Mechanism.
        conference_sessions: Sessions of the Conference of the Parties.
        working_group_sessions: Sessions of the working groups.
        dialogues: Constructive Dialogues.
        meetings: Other meetings of the mechanism.
        conflicts: Every fact on which sources disagree, every side kept; this attribute is the
            list of them all, and :meth:`conflicts_about` narrows it to one entity.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    schema_version: str = attrs.field(default=SCHEMA_VERSION, validator=v.text)
    data_version: str = attrs.field(validator=v.text)
    title: str | None = attrs.field(default=None, validator=v.optional(v.text))
    sources: tuple[Source, ...] = attrs.field(default=(), converter=v.to_tuple, validator=v.tuple_of(Source))
    organizations: tuple[Organization, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Organization)
    )
    people: tuple[Person, ...] = attrs.field(default=(), converter=v.to_tuple, validator=v.tuple_of(Person))
    resolutions: tuple[Resolution, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Resolution)
    )
    convention: Convention | None = attrs.field(default=None, validator=v.optional(v.instance(Convention)))
    protocols: tuple[Protocol, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Protocol)
    )
    review_mechanism: ReviewMechanism | None = attrs.field(
        default=None, validator=v.optional(v.instance(ReviewMechanism))
    )
    conference_sessions: tuple[ConferenceSession, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(ConferenceSession)
    )
    working_group_sessions: tuple[WorkingGroupSession, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(WorkingGroupSession)
    )
    dialogues: tuple[ConstructiveDialogue, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(ConstructiveDialogue)
    )
    meetings: tuple[Meeting, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Meeting)
    )
    conflicts: tuple[Conflict, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Conflict)
    )

    # Indexes built once, at construction; not part of the value.
    _by_id: dict[str, Any] = attrs.field(init=False, repr=False, eq=False, factory=dict)
    _id_paths: dict[str, str] = attrs.field(init=False, repr=False, eq=False, factory=dict)
    _path_ids: dict[str, str] = attrs.field(init=False, repr=False, eq=False, factory=dict)
    _owner: dict[str, str] = attrs.field(init=False, repr=False, eq=False, factory=dict)
    _appearances: dict[str, list[Appearance]] = attrs.field(init=False, repr=False, eq=False, factory=dict)
    _shared_figures: dict[str, list[tuple[Event, ParticipationFigure]]] = attrs.field(
        init=False, repr=False, eq=False, factory=dict
    )
    # Query indexes, built once on the first query (not at load, which needs none of them).
    _queries: list[_QueryIndex] = attrs.field(init=False, repr=False, eq=False, factory=list)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        self._index(problems)
        self._check_dialogue_order(problems)
        if problems:
            raise ValidationError(problems)
        owners: tuple[ConferenceSession | ConstructiveDialogue | Meeting, ...] = (
            *self.conference_sessions,
            *self.dialogues,
            *self.meetings,
        )
        for owner in owners:
            for figure in owner.participation:
                for covered in figure.also_covers:
                    self._shared_figures.setdefault(covered, []).append((owner, figure))

    # -- construction-time checks -------------------------------------------------------

    def _top_level(self) -> Iterator[tuple[str, Any]]:
        for field in attrs.fields(type(self)):
            if field.init and field.name not in _HEADER_FIELDS:
                yield f"$.{field.name}", getattr(self, field.name)

    def _owned(self) -> Iterator[tuple[str, Any]]:
        """Each top-level entity (an event, a source...) with its path, ``$.dialogues[3]``."""
        for root_path, root in self._top_level():
            if isinstance(root, tuple):
                for index, entity in enumerate(root):
                    yield f"{root_path}[{index}]", entity
            elif root is not None:
                yield root_path, root

    def _index(self, problems: list[Problem]) -> None:
        """
        Index every id and check every reference, in one walk over the document.

        A reference to an id already indexed is checked at once; one to an id not seen yet
        (further on in the document, or nowhere) once the walk is over. Keeping only those
        keeps the memory of a large catalogue's references out of its load; their problems
        are listed in document order all the same.
        """
        found: list[tuple[int, Problem]] = []
        later: list[tuple[int, str, str, tuple[str, ...], str]] = []
        count = 0
        for owner_path, owner in self._owned():
            for path, item, kinds in walk(owner, owner_path):
                if kinds is not None:
                    count += 1
                    if item in self._by_id:
                        self._check_reference(count, path, item, kinds, owner_path, found)
                    else:
                        later.append((count, path, item, kinds, owner_path))
                    continue
                identifier = getattr(item, "id", None)
                if isinstance(identifier, str):
                    if identifier in self._by_id:
                        problems.append(
                            Problem(
                                f"{path}.id",
                                f"duplicate id {identifier!r}, already used at {self._id_paths[identifier]}",
                            )
                        )
                        continue
                    self._by_id[identifier] = item
                    self._id_paths[identifier] = path
                    self._path_ids[path] = identifier
                    self._owner[identifier] = owner_path
        for reference in later:
            self._check_reference(*reference, found)
        problems.extend(problem for _, problem in sorted(found, key=lambda pair: pair[0]))

    def _check_reference(
        self,
        order: int,
        path: str,
        target: str,
        kinds: tuple[str, ...],
        owner_path: str,
        found: list[tuple[int, Problem]],
    ) -> None:
        entity = self._by_id.get(target)
        if entity is None:
            found.append((order, Problem(path, f"refers to {target!r}, which is not in the document")))
        elif type(entity).__name__ not in kinds:
            wanted = " or ".join(kinds)
            message = f"refers to {target!r}, a {type(entity).__name__}, but must refer to a {wanted}"
            found.append((order, Problem(path, message)))
        elif isinstance(entity, (Person, Organization)):
            # People and organizations come before anything that names them in a catalogue,
            # so their appearances are found in document order.
            owner_id = self._path_ids.get(owner_path, owner_path)
            role = None
            parent = self._resolve_path(path.rsplit(".", 1)[0])
            if parent is not None and hasattr(parent, "role"):
                role = parent.role
            self._appearances.setdefault(target, []).append(
                Appearance(entity_id=owner_id, path=path, role=role)
            )

    def _resolve_path(self, path: str) -> Any:
        obj: Any = self
        for part in path.removeprefix("$.").replace("[", ".[").split("."):
            obj = obj[int(part[1:-1])] if part.startswith("[") else getattr(obj, part)
        return obj

    def _check_dialogue_order(self, problems: list[Problem]) -> None:
        for index, dialogue in enumerate(self.dialogues):
            if dialogue.date is None:
                continue
            for session_id in dialogue.follows:
                session = self._by_id.get(session_id)
                if not isinstance(session, WorkingGroupSession) or session.dates is None:
                    continue
                if dialogue.date.latest() < session.dates.end.earliest():
                    problems.append(
                        Problem(
                            f"$.dialogues[{index}].date",
                            f"{dialogue.date} is before the end ({session.dates.end}) of {session_id!r}, "
                            "the session the dialogue follows",
                        )
                    )

    # -- look-ups ------------------------------------------------------------------------

    def get(self, identifier: str) -> Any:
        """
        Return the entity with *identifier*, wherever it sits in the catalogue.

        Raises:
            NotFoundError: no entity has that id.
        """
        try:
            return self._by_id[identifier]
        except (KeyError, TypeError):
            raise NotFoundError(f"no entity has the id {identifier!r}") from None

    def __contains__(self, identifier: object) -> bool:
        return isinstance(identifier, str) and identifier in self._by_id

    def ids(self) -> frozenset[str]:
        """Every identifier in the catalogue."""
        return frozenset(self._by_id)

    def path_of(self, identifier: str) -> str:
        """Where the entity with *identifier* sits, as a JSONPath such as ``$.dialogues[3]``."""
        self.get(identifier)
        return self._id_paths[identifier]

    def source(self, identifier: str) -> Source:
        """
        Return the :class:`Source` with *identifier*.

        Raises:
            NotFoundError: no source has that id.
        """
        found = self._by_id.get(identifier)
        if not isinstance(found, Source):
            raise NotFoundError(f"no source has the id {identifier!r}")
        return found

    def instrument(self, instrument: Instrument) -> Convention | Protocol:
        """
        Return the Convention or the Protocol that *instrument* names.

        Raises:
            NotFoundError: the catalogue does not describe it.
        """
        if self.convention is not None and self.convention.instrument is instrument:
            return self.convention
        for protocol in self.protocols:
            if protocol.instrument is instrument:
                return protocol
        raise NotFoundError(f"the catalogue does not describe {instrument.value}")

    # -- queries -------------------------------------------------------------------------

    def events(
        self,
        *,
        group: WorkingGroup | None = None,
        instrument: Instrument | None = None,
        year: int | None = None,
        since: _dt.date | None = None,
        until: _dt.date | None = None,
    ) -> tuple[Event, ...]:
        """
        Every event (Conference sessions, working group sessions, dialogues, meetings) in
        chronological order, undated events last.

        Filters combine: *group* and *instrument* keep sessions and dialogues of that group or
        instrument; *year* keeps events that could fall in that year; *since* and *until* keep
        events that could overlap that span. A partly known date matches when it could.

        Raises:
            ValidationError: a filter is not of its type (a string for *group*, say); the problem
                names the filter.
        """
        _check_filter("group", group, WorkingGroup)
        _check_filter("instrument", instrument, Instrument)
        _check_filter("year", year, int)
        _check_filter("since", since, _dt.date)
        _check_filter("until", until, _dt.date)
        index = self._query_index()
        if group is None and instrument is None and year is None and since is None and until is None:
            return index.timeline
        candidates: Sequence[Event] = index.timeline
        narrowed: list[Sequence[Event]] = []
        if group is not None:
            narrowed.append(index.by_group.get(group, ()))
        if instrument is not None:
            narrowed.append(index.by_instrument.get(instrument, ()))
        if year is not None:
            narrowed.append(index.by_year.get(year, ()))
        for found in narrowed:
            if len(found) < len(candidates):
                candidates = found
        return tuple(event for event in candidates if _matches(event, group, instrument, year, since, until))

    def _query_index(self) -> _QueryIndex:
        # Building twice when two threads race is harmless: both build the same index.
        if not self._queries:
            self._queries.append(_QueryIndex.build(self))
        return self._queries[0]

    #: The chronological timeline of all events: the same as :meth:`events`, under the name
    #: readers look for.
    timeline = events

    def dialogues_where(
        self,
        *,
        group: WorkingGroup | None = None,
        instrument: Instrument | None = None,
        year: int | None = None,
        since: _dt.date | None = None,
        until: _dt.date | None = None,
    ) -> tuple[ConstructiveDialogue, ...]:
        """The Constructive Dialogues matching the filters of :meth:`events`, in date order."""
        found = self.events(group=group, instrument=instrument, year=year, since=since, until=until)
        return tuple(event for event in found if isinstance(event, ConstructiveDialogue))

    def sessions_where(
        self,
        *,
        group: WorkingGroup | None = None,
        instrument: Instrument | None = None,
        year: int | None = None,
        since: _dt.date | None = None,
        until: _dt.date | None = None,
    ) -> tuple[WorkingGroupSession, ...]:
        """The working group sessions matching the filters of :meth:`events`, in date order."""
        found = self.events(group=group, instrument=instrument, year=year, since=since, until=until)
        return tuple(event for event in found if isinstance(event, WorkingGroupSession))

    def recommendations(
        self,
        *,
        theme: Theme | None = None,
        group: WorkingGroup | None = None,
        instrument: Instrument | None = None,
        year: int | None = None,
    ) -> tuple[tuple[ConstructiveDialogue, Recommendation], ...]:
        """
        Every recommendation with the dialogue it was made at, in date order.

        *theme* keeps those tagged with it; *group*, *instrument* and *year* keep those made at
        dialogues that :meth:`dialogues_where` would select.
        """
        _check_filter("theme", theme, Theme)
        index = self._query_index()
        pairs = index.recommendations if theme is None else index.recommendations_by_theme.get(theme, ())
        return self._at_dialogues_where(pairs, group, instrument, year)

    def panels(
        self,
        *,
        theme: Theme | None = None,
        group: WorkingGroup | None = None,
        instrument: Instrument | None = None,
        year: int | None = None,
    ) -> tuple[tuple[ConstructiveDialogue, Panel], ...]:
        """
        Every panel with its dialogue, in date order.

        *theme* keeps those tagged with it; *group*, *instrument* and *year* keep the panels of
        dialogues that :meth:`dialogues_where` would select.
        """
        _check_filter("theme", theme, Theme)
        index = self._query_index()
        pairs = index.panels if theme is None else index.panels_by_theme.get(theme, ())
        return self._at_dialogues_where(pairs, group, instrument, year)

    def _at_dialogues_where(
        self,
        pairs: tuple[tuple[ConstructiveDialogue, T], ...],
        group: WorkingGroup | None,
        instrument: Instrument | None,
        year: int | None,
    ) -> tuple[tuple[ConstructiveDialogue, T], ...]:
        """The *pairs* whose dialogue :meth:`dialogues_where` selects with these filters."""
        if group is None and instrument is None and year is None:
            return pairs
        kept = {id(d) for d in self.dialogues_where(group=group, instrument=instrument, year=year)}
        return tuple(pair for pair in pairs if id(pair[0]) in kept)

    def figures(self, event: str | None = None) -> tuple[tuple[Event, ParticipationFigure], ...]:
        """
        Every participation figure with the event it is recorded on, in date order.

        With *event* (the id of an event), only the figures that count that event: its own, and
        those recorded on another event that say they also cover it (``also_covers``), each
        paired with the event it is recorded on.

        Raises:
            NotFoundError: *event* is not the id of an event.
        """
        if event is not None:
            found = self.get(event)
            if not isinstance(found, (ConferenceSession, WorkingGroupSession, ConstructiveDialogue, Meeting)):
                raise NotFoundError(f"{event!r} is a {type(found).__name__}, not an event")
            shared = tuple(self._shared_figures.get(event, ()))
            own = (
                ()
                if isinstance(found, WorkingGroupSession)
                else tuple((found, f) for f in found.participation)
            )
            return own + shared
        return tuple(
            (item, figure)
            for item in self.events()
            if not isinstance(item, WorkingGroupSession)
            for figure in item.participation
        )

    def appearances(self, identifier: str) -> tuple[Appearance, ...]:
        """
        Every place the person or organization *identifier* appears, in document order.

        Raises:
            NotFoundError: no person or organization has that id.
        """
        entity = self.get(identifier)
        if not isinstance(entity, (Person, Organization)):
            raise NotFoundError(f"{identifier!r} is a {type(entity).__name__}, not a person or organization")
        return tuple(self._appearances.get(identifier, ()))

    def named(self, text: str) -> tuple[Person | Organization, ...]:
        """
        The people and organizations whose name, other names or acronym contain *text*.

        Case and accents are ignored: ``"testa"`` finds Francesco Testa and ``"alcantara"``
        finds Alejandro Celorio Alcántara. People come first, then organizations.

        Raises:
            ValidationError: *text* is not a string.
        """
        if not isinstance(text, str):
            raise ValidationError.single("text", f"expected a str, got {text!r}")
        wanted = _fold(text)
        if not wanted:
            return ()
        found: list[Person | Organization] = []
        for entity in self.people_and_organizations():
            names = [entity.name]
            if isinstance(entity, Person):
                names.extend(entity.other_names)
            elif entity.acronym is not None:
                names.append(entity.acronym)
            if any(wanted in _fold(name) for name in names):
                found.append(entity)
        return tuple(found)

    def owner_of(self, identifier: str) -> str:
        """The id of the top-level entity that holds *identifier* (itself, if it is top-level)."""
        self.get(identifier)
        return self._path_ids.get(self._owner[identifier], identifier)

    def sources_of(self, entity: Any) -> tuple[Source, ...]:
        """
        The sources cited anywhere inside *entity* (an entity, or the id of one), in the order
        first cited.
        """
        if isinstance(entity, str):
            entity = self.get(entity)
        seen: dict[str, Source] = {}
        for citation in iter_citations(entity):
            if citation.source not in seen:
                seen[citation.source] = self.source(citation.source)
        return tuple(seen.values())

    def citations_of(self, entity: Any) -> tuple[Citation, ...]:
        """Every citation inside *entity* (an entity, or the id of one)."""
        if isinstance(entity, str):
            entity = self.get(entity)
        return tuple(iter_citations(entity))

    def evidence(self, entity: Any) -> tuple[tuple[Citation, Source], ...]:
        """
        Every citation inside *entity* (an entity, or the id of one) with the source it cites:
        the way from a fact to the words of its source.
        """
        return tuple((citation, self.source(citation.source)) for citation in self.citations_of(entity))

    def conflicts_about(self, identifier: str | None = None) -> tuple[Conflict, ...]:
        """
        The facts on which sources disagree; with *identifier*, only those about that entity.

        Every conflict is listed by the :attr:`conflicts` attribute; this method narrows it. A
        conflict is about an entity when the entity is its subject, or when one of its claims
        names a figure of the entity, or the figure itself.

        Raises:
            NotFoundError: no entity has the id *identifier*.
        """
        if identifier is None:
            return self.conflicts
        self.get(identifier)
        return tuple(conflict for conflict in self.conflicts if self._is_about(conflict, identifier))

    def _is_about(self, conflict: Conflict, identifier: str) -> bool:
        if conflict.subject == identifier:
            return True
        figures = [claim.figure for claim in conflict.claims if claim.figure is not None]
        return any(figure == identifier or self.owner_of(figure) == identifier for figure in figures)

    def people_and_organizations(self) -> tuple[Person | Organization, ...]:
        """Everyone and every body in the catalogue."""
        return (*self.people, *self.organizations)

    # -- combining -----------------------------------------------------------------------

    def merge(self, other: Catalog, *, data_version: str | None = None) -> Catalog:
        """
        Return a catalogue holding the entities of both: this one's first, then the other's.

        An entity in both with the same id and equal content appears once (a user's
        catalogue may repeat the sources it cites). The same id for different content, at any
        depth, is an error that names both places.

        Raises:
            ValidationError: an id clashes, or the merged document is invalid.
        """
        problems = self._clashes(other)
        merged: dict[str, Any] = {}
        for field in attrs.fields(Catalog):
            if not field.init or field.name in _HEADER_FIELDS:
                continue
            mine, theirs = getattr(self, field.name), getattr(other, field.name)
            if isinstance(mine, tuple):
                known = {item.id for item in mine}
                merged[field.name] = (*mine, *(item for item in theirs if item.id not in known))
            elif mine is not None and theirs is not None and mine != theirs:
                if any(problem.path == f"$.{field.name}" for problem in problems):
                    continue  # already reported as a clash of its id
                problems.append(
                    Problem(f"$.{field.name}", f"both catalogues describe {field.name} and they differ")
                )
            else:
                merged[field.name] = mine if mine is not None else theirs
        if problems:
            raise ValidationError(problems)
        return Catalog(
            data_version=data_version or f"{self.data_version}+{other.data_version}",
            title=self.title,
            **merged,
        )

    def _clashes(self, other: Catalog) -> list[Problem]:
        """One problem for each id both catalogues use for different content."""
        problems: list[Problem] = []
        reported_owners: set[str] = set()
        for identifier, their_path in other._id_paths.items():
            my_path = self._id_paths.get(identifier)
            if my_path is None:
                continue
            my_owner, their_owner = _owner_path(my_path), _owner_path(their_path)
            same_place = my_path.split("[")[0] == their_path.split("[")[0]
            if same_place and self._resolve_path(my_owner) == other._resolve_path(their_owner):
                continue
            if their_owner in reported_owners and their_owner != their_path:
                continue
            reported_owners.add(their_owner)
            problems.append(
                Problem(
                    their_path,
                    f"id {identifier!r} clashes: this catalogue has it at {my_path} and the other "
                    f"catalogue at {their_path}, with different content",
                )
            )
        return problems


_HEADER_FIELDS = frozenset({"schema_version", "data_version", "title"})


def _check_filter(name: str, value: object, kind: type) -> None:
    """Refuse a query argument that is not ``None`` nor a *kind* (a bool is not a year, a datetime not a date)."""
    if value is None:
        return
    if isinstance(value, bool) and kind is int:
        problem = f"expected an int or None, got {value!r}"
    elif isinstance(value, _dt.datetime) and kind is _dt.date:
        problem = f"expected a date or None, got the datetime {value!r}; pass its .date()"
    elif not isinstance(value, kind):
        problem = f"expected a {kind.__name__} or None, got {value!r}"
    else:
        return
    raise ValidationError.single(name, problem)


def _fold(text: str) -> str:
    """*text* without case or accents, for matching names as people type them."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@attrs.define
class _QueryIndex:
    """Events and their parts sorted and grouped once, so that filtered queries look up, not scan."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = None  # type: ignore[assignment]  # mutable: unhashable, as attrs makes it

    timeline: tuple[Event, ...]
    by_group: dict[WorkingGroup, tuple[Event, ...]]
    by_instrument: dict[Instrument, tuple[Event, ...]]
    by_year: dict[int, tuple[Event, ...]]
    recommendations: tuple[tuple[ConstructiveDialogue, Recommendation], ...]
    recommendations_by_theme: dict[Theme, tuple[tuple[ConstructiveDialogue, Recommendation], ...]]
    panels: tuple[tuple[ConstructiveDialogue, Panel], ...]
    panels_by_theme: dict[Theme, tuple[tuple[ConstructiveDialogue, Panel], ...]]

    @classmethod
    def build(cls, catalog: Catalog) -> _QueryIndex:
        every: list[Event] = [
            *catalog.conference_sessions,
            *catalog.working_group_sessions,
            *catalog.dialogues,
            *catalog.meetings,
        ]
        timeline = tuple(sorted(every, key=_event_date_key))
        by_group: dict[WorkingGroup, list[Event]] = defaultdict(list)
        by_instrument: dict[Instrument, list[Event]] = defaultdict(list)
        by_year: dict[int, list[Event]] = defaultdict(list)
        recommendations: list[tuple[ConstructiveDialogue, Recommendation]] = []
        panels: list[tuple[ConstructiveDialogue, Panel]] = []
        by_theme: dict[Theme, list[tuple[ConstructiveDialogue, Recommendation]]] = defaultdict(list)
        panels_by_theme: dict[Theme, list[tuple[ConstructiveDialogue, Panel]]] = defaultdict(list)
        for event in timeline:
            groups = event_groups(event)
            for group in groups:
                by_group[group].append(event)
            for instrument in dict.fromkeys(group.instrument for group in groups):
                by_instrument[instrument].append(event)
            span = event_dates(event)
            if span is not None:
                for year in range(span.earliest().year, span.latest().year + 1):
                    by_year[year].append(event)
            if isinstance(event, ConstructiveDialogue):
                for recommendation in event.recommendations:
                    recommendations.append((event, recommendation))
                    for theme in recommendation.themes:
                        by_theme[theme].append((event, recommendation))
                for panel in event.panels:
                    panels.append((event, panel))
                    for theme in panel.themes:
                        panels_by_theme[theme].append((event, panel))
        return cls(
            timeline=timeline,
            by_group={key: tuple(value) for key, value in by_group.items()},
            by_instrument={key: tuple(value) for key, value in by_instrument.items()},
            by_year={key: tuple(value) for key, value in by_year.items()},
            recommendations=tuple(recommendations),
            recommendations_by_theme={key: tuple(value) for key, value in by_theme.items()},
            panels=tuple(panels),
            panels_by_theme={key: tuple(value) for key, value in panels_by_theme.items()},
        )


def _matches(
    event: Event,
    group: WorkingGroup | None,
    instrument: Instrument | None,
    year: int | None,
    since: _dt.date | None,
    until: _dt.date | None,
) -> bool:
    if group is not None or instrument is not None:
        groups = event_groups(event)
        if not groups:
            return False
        if group is not None and group not in groups:
            return False
        if instrument is not None and all(item.instrument is not instrument for item in groups):
            return False
    if year is not None or since is not None or until is not None:
        span = event_dates(event)
        if span is None:
            return False
        first = max(since or _dt.date.min, _dt.date(year, 1, 1) if year else _dt.date.min)
        last = min(until or _dt.date.max, _dt.date(year, 12, 31) if year else _dt.date.max)
        if not span.overlaps(first, last):
            return False
    return True
