"""The model in pydantic v2, at module level so that its annotations resolve (no future import)."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, PlainValidator, model_validator

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

strict = ConfigDict(strict=True, frozen=True, extra="forbid")
Id = Annotated[str, Field(pattern=ID + "$")]
Text = Annotated[str, Field(pattern=TEXT + "$")]
Country = Literal[COUNTRY_CODES]  # type: ignore[valid-type]
Date = Annotated[
    PartialDate,
    PlainValidator(PartialDate.fromisoformat),
    PlainSerializer(PartialDate.isoformat, return_type=str),
]
Range = Annotated[
    DateRange,
    PlainValidator(DateRange.fromisoformat),
    PlainSerializer(DateRange.isoformat, return_type=str),
]


class Citation(BaseModel):
    model_config = strict
    source: Id
    excerpt: Text | None = None
    locator: Text | None = None


Sources = Annotated[tuple[Citation, ...], Field(min_length=1)]


class Participant(BaseModel):
    model_config = strict
    role: Role
    sources: Sources
    person: Id | None = None
    organization: Id | None = None
    title: Text | None = None
    country: Country | None = None

    @model_validator(mode="after")
    def _check(self) -> "Participant":
        participant_rule(self)
        return self


class ParticipationFigure(BaseModel):
    model_config = strict
    id: Id
    category: FigureCategory
    number: Annotated[int, Field(ge=0)]
    sources: Sources
    qualifier: FigureQualifier = FigureQualifier.EXACT
    basis: CountBasis = CountBasis.UNSPECIFIED
    counted: Text | None = None


class Quote(BaseModel):
    model_config = strict
    text: Text
    sources: Sources
    speaker: Id | None = None
    organization: Id | None = None


class Recommendation(BaseModel):
    model_config = strict
    id: Id
    text: Text
    sources: Sources
    status: RecommendationStatus = RecommendationStatus.MADE
    made_by: tuple[Id, ...] = ()
    made_by_description: Text | None = None
    panel: Annotated[int, Field(ge=1)] | None = None
    themes: frozenset[Theme] = frozenset()

    @model_validator(mode="after")
    def _check(self) -> "Recommendation":
        unique(self.made_by, "made_by")
        return self


class Panel(BaseModel):
    model_config = strict
    number: Annotated[int, Field(ge=1)]
    sources: Sources
    question: Text | None = None
    topic: Text | None = None
    speakers: tuple[Participant, ...] = ()
    panellist_count: Annotated[int, Field(ge=0)] | None = None
    themes: frozenset[Theme] = frozenset()


class AgendaItem(BaseModel):
    model_config = strict
    text: Text
    sources: Sources
    label: Text | None = None


class ConstructiveDialogue(BaseModel):
    model_config = strict
    id: Id
    groups: Annotated[tuple[WorkingGroup, ...], Field(min_length=1)]
    sources: Sources
    follows: tuple[Id, ...] = ()
    date: Range | None = None
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

    @model_validator(mode="after")
    def _check(self) -> "ConstructiveDialogue":
        unique(self.groups, "groups")
        unique(self.follows, "follows")
        panel_rules(self.panels, self.recommendations)
        return self


class Source(BaseModel):
    model_config = strict
    id: Id
    title: Text
    publisher: Text
    date: Date | None = None
    url: Text | None = None
    reliability: Reliability | None = None
    note: Text | None = None


class Organization(BaseModel):
    model_config = strict
    id: Id
    name: Text
    kind: OrganizationKind
    sources: Sources
    acronym: Text | None = None
    country: Country | None = None


class Person(BaseModel):
    model_config = strict
    id: Id
    name: Text
    sources: Sources
    other_names: tuple[Text, ...] = ()


class WorkingGroupSession(BaseModel):
    model_config = strict
    id: Id
    group: WorkingGroup
    sources: Sources
    number: Annotated[int, Field(ge=1)] | None = None
    dates: Range | None = None
    venue: Text | None = None
    mode: Mode | None = None
    chairs: tuple[Participant, ...] = ()
    topics: tuple[Text, ...] = ()
    recommendations_adopted: Annotated[int, Field(ge=0)] | None = None
    notes: tuple[Text, ...] = ()


class Catalog(BaseModel):
    model_config = strict
    schema_version: Text
    data_version: Text
    title: Text | None = None
    sources: tuple[Source, ...] = ()
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    working_group_sessions: tuple[WorkingGroupSession, ...] = ()
    dialogues: tuple[ConstructiveDialogue, ...] = ()
