"""
Hypothesis strategies that build valid instances of every entity.

Other projects can property-test their code against ours with these (install the
``hypothesis`` extra). Every strategy takes keyword-only knobs; entities that cite sources or
refer to people take the ids they may use, so that a whole :func:`catalogs` document is
consistent by construction.

    >>> from hypothesis import given
    >>> from untoc_dialogue import strategies
    >>> @given(strategies.dialogues())
    ... def test_has_a_group(dialogue):
    ...     assert dialogue.groups

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
from collections.abc import Sequence
from typing import Any, TypeVar

from hypothesis import strategies as st

from ._assessment_strategies import case_facts
from ._catalog import Catalog
from ._countries import ISO_3166_ALPHA2
from ._dates import DateRange, PartialDate
from ._model import (
    AgendaItem,
    Citation,
    Claim,
    Cluster,
    ConferenceSession,
    Conflict,
    ConstructiveDialogue,
    Convention,
    Meeting,
    Organization,
    Panel,
    Participant,
    ParticipationFigure,
    PartyCount,
    Person,
    Protocol,
    Quote,
    Recommendation,
    Resolution,
    ReviewMechanism,
    Source,
    StatusReport,
    WorkingGroupSession,
)
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

__all__ = [
    "agenda_items",
    "case_facts",
    "catalogs",
    "citations",
    "claims",
    "conference_sessions",
    "conflicts",
    "conventions",
    "countries",
    "date_ranges",
    "dialogues",
    "identifiers",
    "meetings",
    "organizations",
    "panels",
    "partial_dates",
    "participants",
    "participation_figures",
    "party_counts",
    "people",
    "protocols",
    "quotes",
    "recommendations",
    "resolutions",
    "review_mechanisms",
    "sources",
    "status_reports",
    "texts",
    "working_group_sessions",
]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

_DEFAULT_SOURCE_IDS = ("seed-000",)
_MIN_YEAR, _MAX_YEAR = 1990, 2040


def identifiers(*, prefix: str | None = None) -> st.SearchStrategy[str]:
    """Identifiers such as ``cd-som-2023``; with *prefix*, ``<prefix>-<suffix>``."""
    part = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=6)
    joined = st.lists(part, min_size=1, max_size=3).map("-".join)
    return joined if prefix is None else joined.map(lambda suffix: f"{prefix}-{suffix}")


def texts(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank text without surrounding white space, including non-Latin scripts."""
    alphabet = st.characters(
        codec="utf-8", categories=("L", "N", "P", "Zs"), exclude_characters="\u2028\u2029"
    )
    return st.text(alphabet=alphabet, min_size=1, max_size=max_size).map(str.strip).filter(bool)


def countries() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 country codes known to CLDR."""
    return st.sampled_from(sorted(ISO_3166_ALPHA2))


@st.composite
def partial_dates(
    draw: st.DrawFn, *, min_year: int = _MIN_YEAR, max_year: int = _MAX_YEAR, precision: str | None = None
) -> PartialDate:
    """Dates known to the year, month or day (*precision* ``"year"``, ``"month"``, ``"day"``, or any)."""
    year = draw(st.integers(min_year, max_year))
    chosen = precision or draw(st.sampled_from(["year", "month", "day"]))
    if chosen == "year":
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if chosen == "month":
        return PartialDate(year, month)
    return PartialDate(year, month, draw(st.integers(1, calendar.monthrange(year, month)[1])))


@st.composite
def date_ranges(
    draw: st.DrawFn,
    *,
    min_year: int = _MIN_YEAR,
    max_year: int = _MAX_YEAR,
    single: bool | None = None,
    not_before: _dt.date | None = None,
) -> DateRange:
    """
    Valid ranges: the end is never before the start.

    Args:
        single: ``True`` for one-date ranges, ``False`` for longer ones, ``None`` for either.
        not_before: Every day the range could cover is on or after this day.
    """
    if not_before is not None:
        min_year = max(min_year, not_before.year + 1)
        max_year = max(max_year, min_year)
    start = draw(partial_dates(min_year=min_year, max_year=max_year))
    if single is True or (single is None and draw(st.booleans())):
        return DateRange(start=start, end=start)
    end = start.latest() + _dt.timedelta(days=draw(st.integers(1, 40)))
    return DateRange(start=start, end=PartialDate.from_date(end))


def _subset(values: Sequence[T], *, max_size: int = 3) -> st.SearchStrategy[tuple[T, ...]]:
    if not values:
        return st.just(())
    return st.lists(st.sampled_from(list(values)), max_size=max_size, unique=True).map(tuple)


def _enum_sets(kind: type[E], *, max_size: int = 4) -> st.SearchStrategy[frozenset[E]]:
    return st.frozensets(st.sampled_from(list(kind)), max_size=max_size)


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


@st.composite
def citations(draw: st.DrawFn, *, source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS) -> Citation:
    """Citations of one of *source_ids*."""
    return Citation(
        source=draw(st.sampled_from(list(source_ids))),
        excerpt=draw(_optional(texts())),
        locator=draw(_optional(texts(max_size=12))),
    )


def _citations(source_ids: Sequence[str]) -> st.SearchStrategy[tuple[Citation, ...]]:
    return st.lists(citations(source_ids=source_ids), min_size=1, max_size=2).map(tuple)


@st.composite
def sources(draw: st.DrawFn, *, id: str | None = None) -> Source:
    """Sources; *id* fixes the identifier."""
    return Source(
        id=id or draw(identifiers(prefix="src")),
        title=draw(texts()),
        publisher=draw(texts(max_size=20)),
        date=draw(_optional(partial_dates())),
        url=draw(_optional(identifiers().map(lambda slug: f"https://example.org/{slug}"))),
        reliability=draw(_optional(st.sampled_from(list(Reliability)))),
        note=draw(_optional(texts())),
    )


@st.composite
def organizations(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
) -> Organization:
    """Organizations citing *source_ids*."""
    return Organization(
        id=id or draw(identifiers(prefix="org")),
        name=draw(texts()),
        kind=draw(st.sampled_from(list(OrganizationKind))),
        acronym=draw(_optional(texts(max_size=8))),
        country=draw(_optional(countries())),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def people(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
) -> Person:
    """People citing *source_ids*."""
    return Person(
        id=id or draw(identifiers(prefix="person")),
        name=draw(texts()),
        other_names=tuple(draw(st.lists(texts(), max_size=2))),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def participants(
    draw: st.DrawFn,
    *,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
    person_ids: Sequence[str] = (),
    organization_ids: Sequence[str] = (),
    roles: Sequence[Role] = tuple(Role),
) -> Participant:
    """Participants naming one of *person_ids* or *organization_ids*, or only a title."""
    person = draw(_optional(st.sampled_from(list(person_ids)))) if person_ids else None
    organization = draw(_optional(st.sampled_from(list(organization_ids)))) if organization_ids else None
    title = draw(texts()) if person is None and organization is None else draw(_optional(texts()))
    return Participant(
        role=draw(st.sampled_from(list(roles))),
        person=person,
        organization=organization,
        title=title,
        country=draw(_optional(countries())),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def participation_figures(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
) -> ParticipationFigure:
    """Participation figures with every qualifier and basis."""
    return ParticipationFigure(
        id=id or draw(identifiers(prefix="fig")),
        category=draw(st.sampled_from(list(FigureCategory))),
        number=draw(st.integers(0, 5000)),
        qualifier=draw(st.sampled_from(list(FigureQualifier))),
        basis=draw(st.sampled_from(list(CountBasis))),
        counted=draw(_optional(texts())),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def quotes(
    draw: st.DrawFn,
    *,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
    person_ids: Sequence[str] = (),
    organization_ids: Sequence[str] = (),
) -> Quote:
    """Quotes, attributed to one of *person_ids* when given."""
    return Quote(
        text=draw(texts(max_size=80)),
        speaker=draw(_optional(st.sampled_from(list(person_ids)))) if person_ids else None,
        organization=draw(_optional(st.sampled_from(list(organization_ids)))) if organization_ids else None,
        sources=draw(_citations(source_ids)),
    )


@st.composite
def recommendations(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
    maker_ids: Sequence[str] = (),
    panel_count: int = 0,
) -> Recommendation:
    """Recommendations; *panel_count* bounds the panel they may name."""
    return Recommendation(
        id=id or draw(identifiers(prefix="rec")),
        text=draw(texts(max_size=80)),
        status=draw(st.sampled_from(list(RecommendationStatus))),
        made_by=draw(_subset(maker_ids)),
        made_by_description=draw(_optional(texts())),
        panel=draw(_optional(st.integers(1, panel_count))) if panel_count else None,
        themes=draw(_enum_sets(Theme)),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def panels(
    draw: st.DrawFn,
    *,
    number: int = 1,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
    person_ids: Sequence[str] = (),
    organization_ids: Sequence[str] = (),
) -> Panel:
    """Panels numbered *number*."""
    speakers = draw(
        st.lists(
            participants(source_ids=source_ids, person_ids=person_ids, organization_ids=organization_ids),
            max_size=3,
        )
    )
    return Panel(
        number=number,
        question=draw(_optional(texts(max_size=80))),
        topic=draw(_optional(texts())),
        speakers=tuple(speakers),
        panellist_count=draw(_optional(st.integers(0, 12))),
        themes=draw(_enum_sets(Theme)),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def agenda_items(draw: st.DrawFn, *, source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS) -> AgendaItem:
    """Agenda items."""
    return AgendaItem(
        text=draw(texts()), label=draw(_optional(texts(max_size=4))), sources=draw(_citations(source_ids))
    )


@st.composite
def resolutions(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
) -> Resolution:
    """Resolutions and decisions."""
    return Resolution(
        id=id or draw(identifiers(prefix="res")),
        symbol=draw(
            st.tuples(st.integers(1, 80), st.integers(1, 300)).map(lambda pair: f"{pair[0]}/{pair[1]}")
        ),
        body=draw(st.sampled_from(["General Assembly", "Conference of the Parties"])),
        kind=draw(st.sampled_from(list(ResolutionKind))),
        title=draw(_optional(texts())),
        date=draw(_optional(partial_dates())),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def party_counts(draw: st.DrawFn, *, source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS) -> PartyCount:
    """Dated (or undated) counts of parties or signatories."""
    return PartyCount(
        count=draw(st.integers(0, 200)),
        kind=draw(st.sampled_from(list(PartyCountKind))),
        as_of=draw(_optional(partial_dates())),
        note=draw(_optional(texts())),
        sources=draw(_citations(source_ids)),
    )


def _treaty_fields(
    draw: st.DrawFn, source_ids: Sequence[str], resolution_ids: Sequence[str]
) -> dict[str, Any]:
    return {
        "official_title": draw(texts(max_size=80)),
        "short_titles": tuple(draw(st.lists(texts(), max_size=2))),
        "adopted": draw(_optional(partial_dates())),
        "adopting_resolution": draw(_optional(st.sampled_from(list(resolution_ids))))
        if resolution_ids
        else None,
        "entry_into_force": draw(_optional(partial_dates())),
        "treaty_collection_reference": draw(_optional(texts(max_size=12))),
        "treaty_series": tuple(draw(st.lists(texts(max_size=20), max_size=2))),
        "party_counts": tuple(draw(st.lists(party_counts(source_ids=source_ids), max_size=3))),
        "sources": draw(_citations(source_ids)),
    }


@st.composite
def conventions(
    draw: st.DrawFn,
    *,
    id: str = "untoc",
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
    resolution_ids: Sequence[str] = (),
) -> Convention:
    """The Convention, with generated details."""
    return Convention(id=id, instrument=Instrument.UNTOC, **_treaty_fields(draw, source_ids, resolution_ids))


@st.composite
def protocols(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    instrument: Instrument | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
    resolution_ids: Sequence[str] = (),
) -> Protocol:
    """A Protocol (any of the three unless *instrument* is given)."""
    chosen = instrument or draw(st.sampled_from([item for item in Instrument if item.is_protocol]))
    return Protocol(
        id=id or chosen.value.replace("_", "-"),
        instrument=chosen,
        annex=draw(_optional(texts(max_size=12))),
        **_treaty_fields(draw, source_ids, resolution_ids),
    )


@st.composite
def working_group_sessions(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    group: WorkingGroup | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
    person_ids: Sequence[str] = (),
    organization_ids: Sequence[str] = (),
) -> WorkingGroupSession:
    """Working group sessions."""
    chairs = st.lists(
        participants(
            source_ids=source_ids,
            person_ids=person_ids,
            organization_ids=organization_ids,
            roles=(Role.CHAIR, Role.CO_CHAIR),
        ),
        max_size=3,
    )
    return WorkingGroupSession(
        id=id or draw(identifiers(prefix="wg")),
        group=group or draw(st.sampled_from(list(WorkingGroup))),
        number=draw(_optional(st.integers(1, 30))),
        dates=draw(_optional(date_ranges())),
        venue=draw(_optional(texts(max_size=20))),
        mode=draw(_optional(st.sampled_from(list(Mode)))),
        chairs=tuple(draw(chairs)),
        topics=tuple(draw(st.lists(texts(), max_size=3))),
        recommendations_adopted=draw(_optional(st.integers(0, 40))),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def conference_sessions(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
    person_ids: Sequence[str] = (),
    resolution_ids: Sequence[str] = (),
) -> ConferenceSession:
    """Sessions of the Conference of the Parties."""
    president = _optional(participants(source_ids=source_ids, person_ids=person_ids, roles=(Role.PRESIDENT,)))
    identifier = id or draw(identifiers(prefix="cop"))
    figure_ids = draw(st.lists(identifiers(prefix=f"{identifier}-fig"), max_size=2, unique=True))
    return ConferenceSession(
        id=identifier,
        number=draw(st.integers(1, 20)),
        dates=draw(_optional(date_ranges())),
        venue=draw(_optional(texts(max_size=20))),
        mode=draw(_optional(st.sampled_from(list(Mode)))),
        president=draw(president),
        resolutions=draw(_subset(resolution_ids)),
        resolutions_adopted=draw(_optional(st.integers(0, 20))),
        participation=tuple(draw(participation_figures(id=fid, source_ids=source_ids)) for fid in figure_ids),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def dialogues(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
    person_ids: Sequence[str] = (),
    organization_ids: Sequence[str] = (),
    follows: Sequence[WorkingGroupSession] = (),
    max_panels: int = 3,
) -> ConstructiveDialogue:
    """
    Constructive Dialogues, with panels numbered 1..n and recommendations naming real panels.

    Args:
        follows: Sessions the dialogue may follow; its date is then after their ends.
        max_panels: The most panels a dialogue gets.
    """
    identifier = id or draw(identifiers(prefix="cd"))
    followed = draw(_subset(list(follows), max_size=2))
    groups = {session.group for session in followed} or set(
        draw(st.lists(st.sampled_from(list(WorkingGroup)), min_size=1, max_size=2, unique=True))
    )
    ends = [session.dates.end.latest() for session in followed if session.dates is not None]
    date = draw(_optional(date_ranges(single=True, not_before=max(ends) if ends else None)))
    panel_count = draw(st.integers(0, max_panels))
    panel_list = tuple(
        draw(
            panels(number=n, source_ids=source_ids, person_ids=person_ids, organization_ids=organization_ids)
        )
        for n in range(1, panel_count + 1)
    )
    makers = [*person_ids, *organization_ids]
    rec_ids = draw(st.lists(identifiers(prefix=f"{identifier}-rec"), max_size=3, unique=True))
    fig_ids = draw(st.lists(identifiers(prefix=f"{identifier}-fig"), max_size=3, unique=True))
    return ConstructiveDialogue(
        id=identifier,
        groups=tuple(sorted(groups, key=lambda group: group.value)),
        follows=tuple(session.id for session in followed),
        date=date,
        venue=draw(_optional(texts(max_size=20))),
        mode=draw(_optional(st.sampled_from(list(Mode)))),
        chairs=tuple(
            draw(
                st.lists(
                    participants(
                        source_ids=source_ids,
                        person_ids=person_ids,
                        organization_ids=organization_ids,
                        roles=(Role.CHAIR, Role.CO_CHAIR),
                    ),
                    max_size=3,
                )
            )
        ),
        speakers=tuple(
            draw(
                st.lists(
                    participants(
                        source_ids=source_ids, person_ids=person_ids, organization_ids=organization_ids
                    ),
                    max_size=2,
                )
            )
        ),
        agenda=tuple(draw(st.lists(agenda_items(source_ids=source_ids), max_size=3))),
        panels=panel_list,
        participation=tuple(draw(participation_figures(id=fid, source_ids=source_ids)) for fid in fig_ids),
        themes=draw(_enum_sets(Theme)),
        recommendations=tuple(
            draw(recommendations(id=rid, source_ids=source_ids, maker_ids=makers, panel_count=panel_count))
            for rid in rec_ids
        ),
        quotes=tuple(
            draw(
                st.lists(
                    quotes(source_ids=source_ids, person_ids=person_ids, organization_ids=organization_ids),
                    max_size=2,
                )
            )
        ),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def meetings(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
    person_ids: Sequence[str] = (),
) -> Meeting:
    """Other meetings of the mechanism."""
    identifier = id or draw(identifiers(prefix="meeting"))
    fig_ids = draw(st.lists(identifiers(prefix=f"{identifier}-fig"), max_size=2, unique=True))
    return Meeting(
        id=identifier,
        title=draw(texts()),
        date=draw(_optional(date_ranges())),
        venue=draw(_optional(texts(max_size=20))),
        mode=draw(_optional(st.sampled_from(list(Mode)))),
        speakers=tuple(
            draw(st.lists(participants(source_ids=source_ids, person_ids=person_ids), max_size=2))
        ),
        participation=tuple(draw(participation_figures(id=fid, source_ids=source_ids)) for fid in fig_ids),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def status_reports(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
) -> StatusReport:
    """Dated statements on the review process."""
    return StatusReport(
        id=id or draw(identifiers(prefix="status")),
        statement=draw(texts(max_size=80)),
        as_of=draw(_optional(partial_dates())),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def review_mechanisms(
    draw: st.DrawFn, *, source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS, resolution_ids: Sequence[str] = ()
) -> ReviewMechanism:
    """The Review Mechanism with clusters numbered from 1."""
    cluster_count = draw(st.integers(0, 4))
    status_ids = draw(st.lists(identifiers(prefix="status"), max_size=2, unique=True))
    pick = _optional(st.sampled_from(list(resolution_ids))) if resolution_ids else st.none()
    return ReviewMechanism(
        name=draw(texts()),
        established_by=draw(pick),
        launched_by=draw(pick),
        clusters=tuple(
            Cluster(number=n, title=draw(_optional(texts())), sources=draw(_citations(source_ids)))
            for n in range(1, cluster_count + 1)
        ),
        status_reports=tuple(draw(status_reports(id=sid, source_ids=source_ids)) for sid in status_ids),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
        sources=draw(_citations(source_ids)),
    )


@st.composite
def claims(
    draw: st.DrawFn, *, source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS, figure_ids: Sequence[str] = ()
) -> Claim:
    """One side of a conflict."""
    return Claim(
        statement=draw(texts(max_size=80)),
        figure=draw(_optional(st.sampled_from(list(figure_ids)))) if figure_ids else None,
        sources=draw(_citations(source_ids)),
    )


@st.composite
def conflicts(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    source_ids: Sequence[str] = _DEFAULT_SOURCE_IDS,
    subject_ids: Sequence[str] = (),
    figure_ids: Sequence[str] = (),
) -> Conflict:
    """Conflicts with at least two claims."""
    return Conflict(
        id=id or draw(identifiers(prefix="conflict")),
        question=draw(texts()),
        subject=draw(_optional(st.sampled_from(list(subject_ids)))) if subject_ids else None,
        claims=tuple(
            draw(st.lists(claims(source_ids=source_ids, figure_ids=figure_ids), min_size=2, max_size=3))
        ),
        assessment=draw(_optional(texts())),
        sources=draw(_citations(source_ids)),
    )


def _names(prefix: str, count: int) -> list[str]:
    return [f"{prefix}-{index}" for index in range(count)]


@st.composite
def catalogs(
    draw: st.DrawFn,
    *,
    max_sources: int = 3,
    max_people: int = 3,
    max_organizations: int = 3,
    max_sessions: int = 3,
    max_dialogues: int = 3,
) -> Catalog:
    """
    Whole catalogue documents whose ids are unique and whose references all resolve.

    Ids are made unique by construction (a prefix per kind and a counter), so shrinking keeps
    examples readable.
    """
    source_ids = _names("src", draw(st.integers(1, max_sources)))
    person_ids = _names("person", draw(st.integers(0, max_people)))
    organization_ids = _names("org", draw(st.integers(0, max_organizations)))
    resolution_ids = _names("res", draw(st.integers(0, 2)))
    session_ids = _names("wg", draw(st.integers(0, max_sessions)))
    dialogue_ids = _names("cd", draw(st.integers(0, max_dialogues)))
    conference_ids = _names("cop", draw(st.integers(0, 2)))
    meeting_ids = _names("meeting", draw(st.integers(0, 1)))
    refs: dict[str, Any] = {"source_ids": source_ids}
    sessions = [
        draw(working_group_sessions(id=sid, person_ids=person_ids, organization_ids=organization_ids, **refs))
        for sid in session_ids
    ]
    dialogue_list = [
        draw(
            dialogues(
                id=did,
                person_ids=person_ids,
                organization_ids=organization_ids,
                follows=sessions,
                **refs,
            )
        )
        for did in dialogue_ids
    ]
    figure_ids = [figure.id for dialogue in dialogue_list for figure in dialogue.participation]
    protocol_instruments = draw(_subset([item for item in Instrument if item.is_protocol]))
    return Catalog(
        data_version=draw(st.sampled_from(["2026.11.0", "1.0.0", "test"])),
        title=draw(_optional(texts())),
        sources=tuple(draw(sources(id=sid)) for sid in source_ids),
        organizations=tuple(draw(organizations(id=oid, **refs)) for oid in organization_ids),
        people=tuple(draw(people(id=pid, **refs)) for pid in person_ids),
        resolutions=tuple(draw(resolutions(id=rid, **refs)) for rid in resolution_ids),
        convention=draw(_optional(conventions(resolution_ids=resolution_ids, **refs))),
        protocols=tuple(
            draw(protocols(instrument=item, resolution_ids=resolution_ids, **refs))
            for item in protocol_instruments
        ),
        review_mechanism=draw(_optional(review_mechanisms(resolution_ids=resolution_ids, **refs))),
        conference_sessions=tuple(
            draw(conference_sessions(id=cid, person_ids=person_ids, resolution_ids=resolution_ids, **refs))
            for cid in conference_ids
        ),
        working_group_sessions=tuple(sessions),
        dialogues=tuple(dialogue_list),
        meetings=tuple(draw(meetings(id=mid, person_ids=person_ids, **refs)) for mid in meeting_ids),
        conflicts=tuple(
            draw(
                conflicts(
                    id=f"conflict-{index}",
                    subject_ids=[*dialogue_ids, *session_ids],
                    figure_ids=figure_ids,
                    **refs,
                )
            )
            for index in range(draw(st.integers(0, 2)))
        ),
    )
