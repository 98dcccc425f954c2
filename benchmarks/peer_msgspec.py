"""The model in msgspec, at module level so that its annotations resolve (no future import)."""

from typing import Annotated, Literal

from msgspec import Meta, Struct

from untoc_dialogue._dates import DateRange, PartialDate
from untoc_dialogue._vocabulary import (
    CountBasis,
    FigureCategory,
    FigureQualifier,
    Mode,
    OrganizationKind,
    RecommendationStatus,
    Reliability,
    Role,
    Theme,
    WorkingGroup,
)

from .rules import COUNTRY_CODES, ID, TEXT, panel_rules, participant_rule, unique

Id = Annotated[str, Meta(pattern=ID + r"\Z")]
Text = Annotated[str, Meta(pattern=TEXT + r"\Z")]
Country = Literal[COUNTRY_CODES]  # type: ignore[valid-type]
Count = Annotated[int, Meta(ge=0)]
Ordinal = Annotated[int, Meta(ge=1)]
# msgspec decodes attrs classes as JSON objects, so a date stays the text it was, checked by
# pattern and then parsed (for a real calendar date) in __post_init__.
DateText = Annotated[str, Meta(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")]
RangeText = Annotated[str, Meta(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?\Z")]


class Base(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    pass


class Citation(Base, frozen=True):
    source: Id
    excerpt: Text | None = None
    locator: Text | None = None


Sources = Annotated[tuple[Citation, ...], Meta(min_length=1)]


class Participant(Base, frozen=True):
    role: Role
    sources: Sources
    person: Id | None = None
    organization: Id | None = None
    title: Text | None = None
    country: Country | None = None

    def __post_init__(self) -> None:
        participant_rule(self)


class ParticipationFigure(Base, frozen=True):
    id: Id
    category: FigureCategory
    number: Count
    sources: Sources
    qualifier: FigureQualifier = FigureQualifier.EXACT
    basis: CountBasis = CountBasis.UNSPECIFIED
    counted: Text | None = None


class Quote(Base, frozen=True):
    text: Text
    sources: Sources
    speaker: Id | None = None
    organization: Id | None = None


class Recommendation(Base, frozen=True):
    id: Id
    text: Text
    sources: Sources
    status: RecommendationStatus = RecommendationStatus.MADE
    made_by: tuple[Id, ...] = ()
    made_by_description: Text | None = None
    panel: Ordinal | None = None
    themes: frozenset[Theme] = frozenset()

    def __post_init__(self) -> None:
        unique(self.made_by, "made_by")


class Panel(Base, frozen=True):
    number: Ordinal
    sources: Sources
    question: Text | None = None
    topic: Text | None = None
    speakers: tuple[Participant, ...] = ()
    panellist_count: Count | None = None
    themes: frozenset[Theme] = frozenset()


class AgendaItem(Base, frozen=True):
    text: Text
    sources: Sources
    label: Text | None = None


class ConstructiveDialogue(Base, frozen=True):
    id: Id
    groups: Annotated[tuple[WorkingGroup, ...], Meta(min_length=1)]
    sources: Sources
    follows: tuple[Id, ...] = ()
    date: RangeText | None = None
    venue: Text | None = None
    mode: Mode | None = None
    chairs: tuple[Participant, ...] = ()
    speakers: tuple[Participant, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    panels: tuple[Panel, ...] = ()
    participation: tuple[ParticipationFigure, ...] = ()
    themes: frozenset[Theme] = frozenset()
    recommendations: tuple[Recommendation, ...] = ()
    quotes: tuple[Quote, ...] = ()
    notes: tuple[Text, ...] = ()

    def __post_init__(self) -> None:
        unique(self.groups, "groups")
        unique(self.follows, "follows")
        panel_rules(self.panels, self.recommendations)
        if self.date is not None:
            DateRange.fromisoformat(self.date)


class Source(Base, frozen=True):
    id: Id
    title: Text
    publisher: Text
    date: DateText | None = None
    url: Text | None = None
    reliability: Reliability | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        if self.date is not None:
            PartialDate.fromisoformat(self.date)


class Organization(Base, frozen=True):
    id: Id
    name: Text
    kind: OrganizationKind
    sources: Sources
    acronym: Text | None = None
    country: Country | None = None


class Person(Base, frozen=True):
    id: Id
    name: Text
    sources: Sources
    other_names: tuple[Text, ...] = ()


class WorkingGroupSession(Base, frozen=True):
    id: Id
    group: WorkingGroup
    sources: Sources
    number: Ordinal | None = None
    dates: RangeText | None = None
    venue: Text | None = None
    mode: Mode | None = None
    chairs: tuple[Participant, ...] = ()
    topics: tuple[Text, ...] = ()
    recommendations_adopted: Count | None = None
    notes: tuple[Text, ...] = ()

    def __post_init__(self) -> None:
        if self.dates is not None:
            DateRange.fromisoformat(self.dates)


class Catalog(Base, frozen=True):
    schema_version: Text
    data_version: Text
    title: Text | None = None
    sources: tuple[Source, ...] = ()
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    working_group_sessions: tuple[WorkingGroupSession, ...] = ()
    dialogues: tuple[ConstructiveDialogue, ...] = ()
