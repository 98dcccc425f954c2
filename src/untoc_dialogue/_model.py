"""
The entities of the UNTOC review mechanism.

Every entity is frozen and keyword-only, validates its fields when it is built, and cites
where each of its facts comes from (``sources``, a tuple of :class:`Citation`). Entities that
other entities point at have an ``id``; a field that holds such a pointer is marked with
``metadata={"ref": (<kinds>)}`` so that one walker (:func:`iter_references`) can check that
every reference in a document resolves.
"""

import itertools
from collections.abc import Iterator
from typing import Any, Final, get_args

import attrs

from . import _validate as v
from ._dates import DateRange, PartialDate
from ._methods import fields_eq, fields_hash, fields_repr
from ._vocabulary import (
    CountBasis,
    FigureCategory,
    FigureQualifier,
    Instrument,
    Mode,
    OrganizationKind,
    PartyCountKind,
    RecommendationStatus,
    Reliability,
    ResolutionKind,
    Role,
    Theme,
    WorkingGroup,
)
from .errors import Problem, ValidationError

__all__ = [
    "AgendaItem",
    "Citation",
    "Claim",
    "Cluster",
    "ConferenceSession",
    "Conflict",
    "ConstructiveDialogue",
    "Convention",
    "Meeting",
    "Organization",
    "Panel",
    "Participant",
    "ParticipationFigure",
    "PartyCount",
    "Person",
    "Protocol",
    "Quote",
    "Recommendation",
    "Resolution",
    "ReviewMechanism",
    "Source",
    "StatusReport",
    "WorkingGroupSession",
    "iter_references",
]

#: The metadata key that marks a field as a reference to other entities by id.
REF: Final = "ref"


# Field helpers: one place for each recurring kind of field. Required fields are written
# out with ``attrs.field`` in the class so that type checkers see them as required.
def _opt_text() -> Any:
    return attrs.field(default=None, validator=v.optional(v.text))


def _texts() -> Any:
    return attrs.field(default=(), converter=v.to_tuple, validator=v.tuple_of(str))


def _opt_date() -> Any:
    return attrs.field(default=None, validator=v.optional(v.instance(PartialDate)))


def _opt_range() -> Any:
    return attrs.field(default=None, validator=v.optional(v.instance(DateRange)))


def _opt_count() -> Any:
    return attrs.field(default=None, validator=v.optional(v.minimum(0)))


def _opt_country() -> Any:
    return attrs.field(default=None, validator=v.optional(v.country))


def _opt_enum(kind: type) -> Any:
    return attrs.field(default=None, validator=v.optional(v.instance(kind)))


def _themes() -> Any:
    return attrs.field(default=frozenset(), converter=v.to_frozenset, validator=v.frozenset_of(Theme))


def _many(kind: type) -> Any:
    return attrs.field(default=(), converter=v.to_tuple, validator=v.tuple_of(kind))


def _opt_ref(*kinds: str) -> Any:
    return attrs.field(default=None, validator=v.optional(v.reference), metadata={REF: kinds})


def _refs(*kinds: str) -> Any:
    return attrs.field(default=(), converter=v.to_tuple, validator=v.references, metadata={REF: kinds})


def _sources() -> Any:
    return attrs.field(converter=v.to_tuple, validator=v.tuple_of(Citation, non_empty=True))


@attrs.frozen(kw_only=True)
class Citation:
    """
    Where a fact comes from: a source, and the words in it that state the fact.

    Attributes:
        source: The id of a :class:`Source` in the same document.
        excerpt: The sentence or phrase of the source that states the fact, copied as written.
        locator: Where in the source, when it is long: a section, page or paragraph.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    source: str = attrs.field(validator=v.reference, metadata={REF: ("Source",)})
    excerpt: str | None = _opt_text()
    locator: str | None = _opt_text()


@attrs.frozen(kw_only=True)
class Source:
    """
    A document that states facts: a news post, a UN page, a UN document, an article.

    Attributes:
        id: Stable identifier, such as ``seed-003`` or ``unodc-news-2023-05-10``.
        title: The title as the source gives it.
        publisher: Who published it.
        date: When it was published, at the precision known; ``None`` when not known.
        url: Where it can be read; ``None`` when no address is known.
        reliability: The fact sheet's grade (A official, B reputable secondary, C corroboration).
        note: Anything a reader should know about the copy that was read.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    title: str = attrs.field(validator=v.text)
    publisher: str = attrs.field(validator=v.text)
    date: PartialDate | None = _opt_date()
    url: str | None = _opt_text()
    reliability: Reliability | None = _opt_enum(Reliability)
    note: str | None = _opt_text()


@attrs.frozen(kw_only=True)
class Organization:
    """
    A body that takes part in the review mechanism or its dialogues.

    Attributes:
        id: Stable identifier.
        name: The name as sources give it.
        kind: NGO, academia, private sector, government or intergovernmental.
        acronym: A short form the sources use, such as ``GI-TOC``.
        country: Where it is based, as an ISO 3166-1 alpha-2 code, when a source says.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    name: str = attrs.field(validator=v.text)
    kind: OrganizationKind = attrs.field(validator=v.instance(OrganizationKind))
    sources: tuple[Citation, ...] = _sources()
    acronym: str | None = _opt_text()
    country: str | None = _opt_country()


@attrs.frozen(kw_only=True)
class Person:
    """
    A named person: a chair, a speaker, a panellist, an official.

    What a person did, and in what post, belongs to the meeting (:class:`Participant`), since
    posts change: the same prosecutor is titled differently in 2020 and 2022.

    Attributes:
        id: Stable identifier.
        name: The name as sources give it, without honorifics.
        other_names: Other forms sources use, such as ``Virginia "Patt" Prugh``.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    name: str = attrs.field(validator=v.text)
    sources: tuple[Citation, ...] = _sources()
    other_names: tuple[str, ...] = _texts()


def _check_participant(instance: "Participant") -> None:
    if instance.person is None and instance.organization is None and instance.title is None:
        raise ValidationError.single("$", "a participant needs a person, an organization or a title")


@attrs.frozen(kw_only=True)
class Participant:
    """
    Someone who played a part at a meeting, in the post they held then.

    A source may name the post but not the person ("the newly appointed Permanent
    Representative of Mexico"), or the organization but not its speaker; the unknown part
    stays ``None``.

    Attributes:
        role: Chair, co-chair, panellist, speaker, ...
        person: The id of a :class:`Person`, when the source names one.
        organization: The id of the :class:`Organization` they spoke for, when known.
        title: Their post, as the source words it.
        country: The country they represented or came from, as an ISO 3166-1 alpha-2 code.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    role: Role = attrs.field(validator=v.instance(Role))
    sources: tuple[Citation, ...] = _sources()
    person: str | None = _opt_ref("Person")
    organization: str | None = _opt_ref("Organization")
    title: str | None = _opt_text()
    country: str | None = _opt_country()

    def __attrs_post_init__(self) -> None:
        _check_participant(self)


@attrs.frozen(kw_only=True)
class ParticipationFigure:
    """
    A count of who took part, with the source's own qualification.

    Attributes:
        id: Stable identifier, so that conflicting figures can be named.
        category: What was counted (NGOs, governments, all participants, ...).
        number: The number the source gives.
        qualifier: Whether the source says exactly, "over" or "about" that number.
        basis: Whether it counts registrations or attendance, or the source does not say.
        counted: What was counted, as the source words it.
        also_covers: Ids of other events the same count covers, when a source counts several
            meetings together ("over 150 ... across both dialogues"); the figure is recorded
            once, on the first of them.
        sources: Where the figure comes from.

    .. versionchanged:: 0.1.0 ``also_covers``.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    category: FigureCategory = attrs.field(validator=v.instance(FigureCategory))
    number: int = attrs.field(validator=v.minimum(0))
    sources: tuple[Citation, ...] = _sources()
    qualifier: FigureQualifier = attrs.field(
        default=FigureQualifier.EXACT, validator=v.instance(FigureQualifier)
    )
    basis: CountBasis = attrs.field(default=CountBasis.UNSPECIFIED, validator=v.instance(CountBasis))
    counted: str | None = _opt_text()
    also_covers: tuple[str, ...] = _refs(
        "ConstructiveDialogue", "WorkingGroupSession", "ConferenceSession", "Meeting"
    )


@attrs.frozen(kw_only=True)
class Quote:
    """
    Words someone said, as a source reports them.

    Attributes:
        text: The words, copied as the source prints them.
        speaker: The id of the :class:`Person` who said them, when named.
        organization: The id of the :class:`Organization` they spoke for, when known.
        sources: Where the quote comes from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    text: str = attrs.field(validator=v.text)
    sources: tuple[Citation, ...] = _sources()
    speaker: str | None = _opt_ref("Person")
    organization: str | None = _opt_ref("Organization")


@attrs.frozen(kw_only=True)
class Recommendation:
    """
    A recommendation made at a meeting, in the words of the source.

    Attributes:
        id: Stable identifier.
        text: The recommendation as the source words it; never paraphrased.
        status: Made by participants, agreed by a working group, not agreed, or adopted.
        made_by: Ids of the people or organizations who made it, when the source names them.
        made_by_description: Who made it, as the source describes them ("panellists and speakers").
        panel: The number of the panel it came from, within the same dialogue, when known.
        themes: Subjects it concerns.
        sources: Where it comes from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    text: str = attrs.field(validator=v.text)
    sources: tuple[Citation, ...] = _sources()
    status: RecommendationStatus = attrs.field(
        default=RecommendationStatus.MADE, validator=v.instance(RecommendationStatus)
    )
    made_by: tuple[str, ...] = _refs("Person", "Organization")
    made_by_description: str | None = _opt_text()
    panel: int | None = attrs.field(default=None, validator=v.optional(v.minimum(1)))
    themes: frozenset[Theme] = _themes()


@attrs.frozen(kw_only=True)
class Panel:
    """
    One panel discussion within a Constructive Dialogue.

    Attributes:
        number: Position of the panel within its dialogue, from 1.
        question: The question put to the panel, as the source words it.
        topic: The panel's topic, as the source words it, when it gives one.
        speakers: Who spoke on the panel, as far as sources name them.
        panellist_count: How many panellists it had, when a source says.
        themes: Subjects it concerns.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    number: int = attrs.field(validator=v.minimum(1))
    sources: tuple[Citation, ...] = _sources()
    question: str | None = _opt_text()
    topic: str | None = _opt_text()
    speakers: tuple[Participant, ...] = _many(Participant)
    panellist_count: int | None = _opt_count()
    themes: frozenset[Theme] = _themes()


@attrs.frozen(kw_only=True)
class AgendaItem:
    """
    An item on a meeting's agenda.

    Attributes:
        text: The item as the source words it.
        label: Its label in the source, such as ``a`` or ``(ii)``, when it has one.
        sources: Where it comes from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    text: str = attrs.field(validator=v.text)
    sources: tuple[Citation, ...] = _sources()
    label: str | None = _opt_text()


@attrs.frozen(kw_only=True)
class Resolution:
    """
    A resolution or decision of the General Assembly or the Conference of the Parties.

    Attributes:
        id: Stable identifier.
        symbol: Its number, such as ``9/1`` or ``55/25``.
        body: Who adopted it, such as ``Conference of the Parties`` or ``General Assembly``.
        kind: Resolution or decision.
        title: Its title, as the source words it.
        date: When it was adopted, at the precision known.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    symbol: str = attrs.field(validator=v.text)
    body: str = attrs.field(validator=v.text)
    sources: tuple[Citation, ...] = _sources()
    kind: ResolutionKind = attrs.field(
        default=ResolutionKind.RESOLUTION, validator=v.instance(ResolutionKind)
    )
    title: str | None = _opt_text()
    date: PartialDate | None = _opt_date()


@attrs.frozen(kw_only=True)
class PartyCount:
    """
    How many States had joined an instrument at a date, as one source reports it.

    Attributes:
        count: The number.
        kind: Parties, signatories, or instruments deposited.
        as_of: The date the count refers to, at the precision known; ``None`` if undated.
        note: How the source dates or qualifies it ("at present", in an article of January 2020).
        sources: Where the count comes from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    count: int = attrs.field(validator=v.minimum(0))
    sources: tuple[Citation, ...] = _sources()
    kind: PartyCountKind = attrs.field(default=PartyCountKind.PARTIES, validator=v.instance(PartyCountKind))
    as_of: PartialDate | None = _opt_date()
    note: str | None = _opt_text()


@attrs.frozen(kw_only=True)
class _Treaty:
    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    instrument: Instrument = attrs.field(validator=v.instance(Instrument))
    official_title: str = attrs.field(validator=v.text)
    sources: tuple[Citation, ...] = _sources()
    short_titles: tuple[str, ...] = _texts()
    adopted: PartialDate | None = _opt_date()
    adopting_resolution: str | None = _opt_ref("Resolution")
    entry_into_force: PartialDate | None = _opt_date()
    treaty_collection_reference: str | None = _opt_text()
    treaty_series: tuple[str, ...] = _texts()
    party_counts: tuple[PartyCount, ...] = _many(PartyCount)


@attrs.frozen(kw_only=True)
class Convention(_Treaty):
    """
    The United Nations Convention against Transnational Organized Crime.

    Attributes:
        id: Stable identifier.
        instrument: Always :attr:`Instrument.UNTOC`.
        official_title: The full title.
        short_titles: Other names sources use ("UNTOC", "Palermo Convention").
        adopted: Date of adoption.
        adopting_resolution: Id of the General Assembly :class:`Resolution` that adopted it.
        entry_into_force: Date it entered into force.
        treaty_collection_reference: The UN Treaty Collection (MTDSG) number, when a source gives it.
        treaty_series: Citations in treaty series ("2225 UNTS 209").
        party_counts: Every dated count of parties or signatories, each with its source.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    def __attrs_post_init__(self) -> None:
        if self.instrument is not Instrument.UNTOC:
            raise ValidationError.single(
                "$.instrument", f"a Convention must be untoc, got {self.instrument.value}"
            )


@attrs.frozen(kw_only=True)
class Protocol(_Treaty):
    """
    One of the three Protocols supplementing the Convention.

    Attributes:
        id: Stable identifier.
        instrument: Which Protocol.
        official_title: The full title.
        short_titles: Other names sources use ("Trafficking in Persons Protocol").
        adopted: Date of adoption.
        adopting_resolution: Id of the General Assembly :class:`Resolution` that adopted it.
        annex: Where the adopting resolution carries its text ("Annex II"), when known.
        entry_into_force: Date it entered into force.
        treaty_collection_reference: The UN Treaty Collection (MTDSG) number, when a source gives it.
        treaty_series: Citations in treaty series and documents.
        party_counts: Every dated count of parties or signatories, each with its source.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    annex: str | None = _opt_text()

    def __attrs_post_init__(self) -> None:
        if not self.instrument.is_protocol:
            raise ValidationError.single("$.instrument", "a Protocol cannot be the Convention (untoc)")


@attrs.frozen(kw_only=True)
class WorkingGroupSession:
    """
    A session of one of the working groups of the Conference of the Parties.

    Attributes:
        id: Stable identifier, such as ``wg-som-10``.
        group: Which working group.
        number: The session's number in the group's series, when a source gives it.
        dates: The days it met, at the precision known.
        venue: Where it met.
        mode: In person, online or hybrid, when known.
        chairs: Its chair or co-chairs.
        topics: Its topics, as sources word them.
        recommendations_adopted: How many recommendations it agreed, when a source says.
        notes: Other facts sources give, as sentences.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    group: WorkingGroup = attrs.field(validator=v.instance(WorkingGroup))
    sources: tuple[Citation, ...] = _sources()
    number: int | None = attrs.field(default=None, validator=v.optional(v.minimum(1)))
    dates: DateRange | None = _opt_range()
    venue: str | None = _opt_text()
    mode: Mode | None = _opt_enum(Mode)
    chairs: tuple[Participant, ...] = _many(Participant)
    topics: tuple[str, ...] = _texts()
    recommendations_adopted: int | None = _opt_count()
    notes: tuple[str, ...] = _texts()


@attrs.frozen(kw_only=True)
class ConferenceSession:
    """
    A session of the Conference of the Parties to the Convention.

    Attributes:
        id: Stable identifier, such as ``cop-11``.
        number: The session's number.
        dates: The days it met, at the precision known.
        venue: Where it met.
        mode: In person, online or hybrid, when known.
        president: Who presided, when a source says.
        resolutions: Ids of the resolutions and decisions it adopted that the catalogue records.
        resolutions_adopted: How many resolutions it adopted, when a source says.
        participation: Participation figures.
        notes: Other facts sources give, as sentences.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    number: int = attrs.field(validator=v.minimum(1))
    sources: tuple[Citation, ...] = _sources()
    dates: DateRange | None = _opt_range()
    venue: str | None = _opt_text()
    mode: Mode | None = _opt_enum(Mode)
    president: Participant | None = attrs.field(default=None, validator=v.optional(v.instance(Participant)))
    resolutions: tuple[str, ...] = _refs("Resolution")
    resolutions_adopted: int | None = _opt_count()
    participation: tuple[ParticipationFigure, ...] = _many(ParticipationFigure)
    notes: tuple[str, ...] = _texts()


def _check_panel_numbers(
    instance: "ConstructiveDialogue", attribute: "attrs.Attribute[Any]", value: Any
) -> None:
    v.tuple_of(Panel)(instance, attribute, value)
    for index, panel in enumerate(value):
        if panel.number != index + 1:
            raise ValidationError.single(
                f"$.panels[{index}].number",
                f"panels must be numbered 1 to {len(value)} in order, got {panel.number}",
            )


def _check_recommendation_panels(instance: "ConstructiveDialogue") -> None:
    for index, recommendation in enumerate(instance.recommendations):
        if recommendation.panel is not None and recommendation.panel > len(instance.panels):
            raise ValidationError.single(
                f"$.recommendations[{index}].panel",
                f"names panel {recommendation.panel}, but the dialogue has {len(instance.panels)} panel(s)",
            )


@attrs.frozen(kw_only=True)
class ConstructiveDialogue:
    """
    A Constructive Dialogue with non-governmental stakeholders after a working group session.

    Paragraph 53 of the Procedures and rules of the Review Mechanism provides for these
    dialogues "following the conclusion of the sessions of the working groups".

    Attributes:
        id: Stable identifier, such as ``cd-som-2023``.
        groups: The working group or groups whose topics it covered (the 2022 dialogue on
            international cooperation and technical assistance was joint).
        follows: Ids of the :class:`WorkingGroupSession` (or sessions) it followed.
        date: The day it was held, at the precision known.
        venue: Where it was held.
        mode: In person, online or hybrid, when known.
        chairs: Its chair or co-chairs, with their roles and countries.
        speakers: Who spoke outside the panels (an opening speaker, a survivor, a youth
            voice), or took part as a panellist on a panel the sources do not identify.
        agenda: Agenda items.
        panels: Panel discussions, numbered 1 to n.
        participation: Participation figures; several sources may count differently.
        themes: Subjects discussed.
        recommendations: Recommendations made, as the sources word them.
        quotes: Things said, as the sources report them.
        notes: Other facts sources give, as sentences.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    groups: tuple[WorkingGroup, ...] = attrs.field(
        converter=v.to_tuple, validator=v.tuple_of(WorkingGroup, non_empty=True, unique=True)
    )
    sources: tuple[Citation, ...] = _sources()
    follows: tuple[str, ...] = _refs("WorkingGroupSession")
    date: DateRange | None = _opt_range()
    venue: str | None = _opt_text()
    mode: Mode | None = _opt_enum(Mode)
    chairs: tuple[Participant, ...] = _many(Participant)
    speakers: tuple[Participant, ...] = _many(Participant)
    agenda: tuple[AgendaItem, ...] = _many(AgendaItem)
    panels: tuple[Panel, ...] = attrs.field(default=(), converter=v.to_tuple, validator=_check_panel_numbers)
    participation: tuple[ParticipationFigure, ...] = _many(ParticipationFigure)
    themes: frozenset[Theme] = _themes()
    recommendations: tuple[Recommendation, ...] = _many(Recommendation)
    quotes: tuple[Quote, ...] = _many(Quote)
    notes: tuple[str, ...] = _texts()

    def __attrs_post_init__(self) -> None:
        _check_recommendation_panels(self)

    @property
    def instruments(self) -> frozenset[Instrument]:
        """The instruments whose implementation the dialogue's groups deal with."""
        return frozenset(group.instrument for group in self.groups)


@attrs.frozen(kw_only=True)
class Meeting:
    """
    Another meeting of the review mechanism: an officials' gathering, a side event.

    Attributes:
        id: Stable identifier.
        title: Its name, as the source words it.
        date: When it was held, at the precision known.
        venue: Where it was held.
        mode: In person, online or hybrid, when known.
        speakers: Who spoke.
        participation: Participation figures.
        notes: Other facts sources give, as sentences.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    title: str = attrs.field(validator=v.text)
    sources: tuple[Citation, ...] = _sources()
    date: DateRange | None = _opt_range()
    venue: str | None = _opt_text()
    mode: Mode | None = _opt_enum(Mode)
    speakers: tuple[Participant, ...] = _many(Participant)
    participation: tuple[ParticipationFigure, ...] = _many(ParticipationFigure)
    notes: tuple[str, ...] = _texts()


@attrs.frozen(kw_only=True)
class Cluster:
    """
    A thematic cluster of articles examined by the Review Mechanism.

    Attributes:
        number: Its place in the order of review, 1 to 4.
        title: What it covers, as a source words it; ``None`` where no source was verified.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    number: int = attrs.field(validator=[v.minimum(1)])
    sources: tuple[Citation, ...] = _sources()
    title: str | None = _opt_text()


@attrs.frozen(kw_only=True)
class StatusReport:
    """
    A dated statement by a source about how the review process stands.

    Attributes:
        id: Stable identifier.
        statement: What the source says, as it words it.
        as_of: The date the statement refers to, at the precision known.
        sources: Where it comes from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    statement: str = attrs.field(validator=v.text)
    sources: tuple[Citation, ...] = _sources()
    as_of: PartialDate | None = _opt_date()


@attrs.frozen(kw_only=True)
class ReviewMechanism:
    """
    The Mechanism for the Review of the Implementation of the Convention and the Protocols.

    Attributes:
        name: Its full name.
        established_by: Id of the :class:`Resolution` that established it (9/1).
        launched_by: Id of the :class:`Resolution` that launched the review process (10/1).
        clusters: The thematic clusters, as far as sources verify them.
        status_reports: Dated statements on the state of the process.
        notes: Other facts sources give, as sentences.
        sources: Where the facts above come from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    name: str = attrs.field(validator=v.text)
    sources: tuple[Citation, ...] = _sources()
    established_by: str | None = _opt_ref("Resolution")
    launched_by: str | None = _opt_ref("Resolution")
    clusters: tuple[Cluster, ...] = _many(Cluster)
    status_reports: tuple[StatusReport, ...] = _many(StatusReport)
    notes: tuple[str, ...] = _texts()


@attrs.frozen(kw_only=True)
class Claim:
    """
    One side of a conflict: what one source says.

    Attributes:
        statement: What the source says, as a sentence.
        figure: Id of the :class:`ParticipationFigure` that records the claim, if any.
        sources: The source or sources that say it.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    statement: str = attrs.field(validator=v.text)
    sources: tuple[Citation, ...] = _sources()
    figure: str | None = _opt_ref("ParticipationFigure")


@attrs.frozen(kw_only=True)
class Conflict:
    """
    A fact on which sources disagree, with every side kept and none chosen silently.

    Attributes:
        id: Stable identifier.
        subject: Id of the entity the fact is about, when it is one in the catalogue.
        question: What is in doubt, as a short phrase ("Date of the 2024 SOM dialogue").
        claims: What each source says; at least two.
        assessment: What the fact sheet makes of it, if anything, as a sentence.
        sources: Where the assessment comes from.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=v.identifier)
    question: str = attrs.field(validator=v.text)
    claims: tuple[Claim, ...] = attrs.field(converter=v.to_tuple, validator=v.tuple_of(Claim))
    sources: tuple[Citation, ...] = _sources()
    subject: str | None = _opt_ref(
        "ConstructiveDialogue",
        "WorkingGroupSession",
        "ConferenceSession",
        "Convention",
        "Protocol",
        "Person",
        "Meeting",
    )
    assessment: str | None = _opt_text()

    def __attrs_post_init__(self) -> None:
        if len(self.claims) < 2:
            raise ValidationError.single(
                "$.claims", f"a conflict needs at least two claims, got {len(self.claims)}"
            )


def entity_fields(kind: type) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
    """
    The fields of the attrs class *kind* that a walk over entities visits, in order.

    Each is ``(name, kinds)``: *kinds* names the entity classes a reference field may point
    at, and is ``None`` for a field whose type can hold attrs objects. Fields that can hold
    only text, numbers, enums and collections of them are left out, as are fields that
    ``__init__`` does not take (a catalogue's indexes): most fields are, and leaving them out
    is what makes checking a catalogue's references cheap.
    """
    found = _ENTITY_FIELDS.get(kind)
    if found is None:  # two threads may both work it out; both get the same answer
        attrs.resolve_types(kind)
        found = tuple(
            (field.name, field.metadata.get(REF))
            for field in attrs.fields(kind)
            if field.init and (REF in field.metadata or _may_hold_attrs(field.type))
        )
        _ENTITY_FIELDS[kind] = found
    return found


_ENTITY_FIELDS: dict[type, tuple[tuple[str, tuple[str, ...] | None], ...]] = {}


def _may_hold_attrs(annotation: Any) -> bool:
    """Whether a value of the type *annotation* can be, or hold, an attrs object."""
    return attrs.has(annotation) or any(_may_hold_attrs(arg) for arg in get_args(annotation))


def walk(value: Any, path: str = "$") -> Iterator[tuple[str, Any, tuple[str, ...] | None]]:
    """
    Everything inside *value* that a document's checks look at, in document order.

    Yields ``(path, obj, None)`` for *value* and every attrs object inside it (an entity, a
    citation, a date), before what the object holds, and ``(path, id, kinds)`` for every
    reference, where *kinds* names the entity classes it may point at. *value* is an attrs
    object or a tuple of them; anything else holds nothing to walk.

    The walk keeps its own stack rather than recursing: nested generators would pass every
    item up through each level above it, which made checking a catalogue twice as slow.
    """
    stack: list[tuple[str, Any, tuple[str, ...] | None]] = [(path, value, None)]
    pop, push = stack.pop, stack.append
    while stack:
        where, item, kinds = pop()
        if kinds is not None:  # a reference field: one id, or a tuple of them
            if item.__class__ is tuple:
                for index, target in enumerate(item):
                    yield (f"{where}[{index}]", target, kinds)
            else:
                yield (where, item, kinds)
        elif isinstance(item, tuple):
            for index in range(len(item) - 1, -1, -1):
                push((f"{where}[{index}]", item[index], None))
        else:
            fields = _ENTITY_FIELDS.get(item.__class__)
            if fields is None:
                if not attrs.has(item.__class__):
                    continue
                fields = entity_fields(item.__class__)
            yield (where, item, None)
            for index in range(len(fields) - 1, -1, -1):
                name, field_kinds = fields[index]
                held = getattr(item, name)
                if held is not None:
                    push((f"{where}.{name}", held, field_kinds))


def iter_references(value: Any, path: str = "$") -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """
    Yield ``(path, id, kinds)`` for every reference held anywhere inside *value*.

    *kinds* names the entity classes the reference may point at.
    """
    for where, target, kinds in walk(value, path):
        if kinds is not None:
            yield where, target, kinds


def iter_citations(value: Any) -> Iterator[Citation]:
    """Yield every :class:`Citation` held anywhere inside *value*."""
    for _, item, kinds in walk(value):
        if kinds is None and item.__class__ is Citation:
            yield item


def collect_problems(checks: Iterator[Problem]) -> None:
    """Raise one :class:`ValidationError` listing every problem *checks* yields, if any."""
    problems = list(itertools.islice(checks, 1000))
    if problems:
        raise ValidationError(problems)
