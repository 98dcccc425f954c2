"""The catalogue's queries, on the bundled data and on small catalogues built here."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from untoc_dialogue import (
    Catalog,
    Citation,
    ConstructiveDialogue,
    Instrument,
    NotFoundError,
    ParticipationFigure,
    Person,
    Role,
    Source,
    Theme,
    ValidationError,
    WorkingGroup,
    from_dict,
    load_catalog,
    to_dict,
)
from untoc_dialogue._catalog import event_dates

ROOT = Path(__file__).resolve().parent.parent
CATALOG = load_catalog()


def ids(items: Any) -> list[str]:
    return [item.id for item in items]


# --- look-ups -----------------------------------------------------------------------------------


def test_get_finds_a_top_level_entity() -> None:
    """get() returns the dialogue with the id."""
    found = CATALOG.get("cd-som-2023")
    assert isinstance(found, ConstructiveDialogue)
    assert str(found.date) == "2023-10-09"


def test_get_finds_a_nested_entity() -> None:
    """get() finds a figure held inside a dialogue."""
    found = CATALOG.get("fig-cd-som-2023-iclaim-ngos")
    assert isinstance(found, ParticipationFigure)
    assert found.number == 40


def test_get_of_an_unknown_id_raises_not_found() -> None:
    """An unknown id is a NotFoundError naming it."""
    with pytest.raises(NotFoundError, match="cd-som-1999"):
        CATALOG.get("cd-som-1999")


def test_instrument_returns_the_protocol() -> None:
    """instrument() returns the Protocol an Instrument names."""
    assert CATALOG.instrument(Instrument.FIREARMS_PROTOCOL).id == "firearms-protocol"


def test_owner_of_a_figure_is_its_event() -> None:
    """owner_of() names the event that holds a figure."""
    assert CATALOG.owner_of("fig-cop-11-closing-csos") == "cop-11"


# --- events and the timeline --------------------------------------------------------------------


def test_timeline_is_in_chronological_order_with_undated_events_last() -> None:
    """timeline() orders events by their earliest possible day; undated ones come last."""
    timeline = CATALOG.timeline()
    spans = [event_dates(event) for event in timeline]
    dated = [span for span in spans if span is not None]
    keys = [span.sort_key() for span in dated]
    assert keys == sorted(keys)
    assert spans[len(dated) :] == [None, None]
    assert ids(timeline[len(dated) :]) == ["wg-firearms-11", "wg-firearms-9"]


def test_timeline_begins_with_the_palermo_signing_and_lists_every_event() -> None:
    """The first event is the signing conference of December 2000; every event is listed once."""
    timeline = CATALOG.timeline()
    assert timeline[0].id == "meeting-palermo-signing-2000"
    every = [
        *CATALOG.conference_sessions,
        *CATALOG.working_group_sessions,
        *CATALOG.dialogues,
        *CATALOG.meetings,
    ]
    assert sorted(ids(timeline)) == sorted(ids(every))


def test_dialogues_by_working_group() -> None:
    """dialogues_where(group=...) gives that group's dialogues in date order."""
    found = CATALOG.dialogues_where(group=WorkingGroup.SMUGGLING_OF_MIGRANTS)
    assert ids(found) == ["cd-som-2022", "cd-som-2023", "cd-som-2024", "cd-som-2025"]


def test_joint_dialogue_matches_each_of_its_groups() -> None:
    """The joint 2022 dialogue on international cooperation and technical assistance matches both."""
    cooperation = CATALOG.dialogues_where(group=WorkingGroup.INTERNATIONAL_COOPERATION)
    assistance = CATALOG.dialogues_where(group=WorkingGroup.TECHNICAL_ASSISTANCE)
    assert "cd-ic-ta-2022" in ids(cooperation)
    assert "cd-ic-ta-2022" in ids(assistance)


def test_dialogues_by_instrument() -> None:
    """Dialogues on the Convention itself are those of the cooperation and assistance groups."""
    found = CATALOG.dialogues_where(instrument=Instrument.UNTOC)
    assert ids(found) == ["cd-ic-ta-2022", "cd-ta-2023", "cd-ic-2024", "cd-ta-2024"]


def test_dialogues_by_year() -> None:
    """dialogues_where(year=2023) gives the four dialogues of 2023."""
    found = CATALOG.dialogues_where(year=2023)
    assert ids(found) == ["cd-firearms-2023", "cd-ta-2023", "cd-tip-2023", "cd-som-2023"]


def test_sessions_by_date_range() -> None:
    """sessions_where(since=..., until=...) keeps sessions that could overlap the span."""
    found = CATALOG.sessions_where(since=dt.date(2023, 10, 1), until=dt.date(2023, 10, 31))
    assert ids(found) == ["wg-tip-13", "wg-som-10"]


def test_sessions_by_group_and_year() -> None:
    """Filters combine: the trafficking working group's sessions of 2024."""
    found = CATALOG.sessions_where(group=WorkingGroup.TRAFFICKING_IN_PERSONS, year=2024)
    assert ids(found) == ["wg-tip-14"]


def test_month_precision_session_matches_a_day_in_that_month() -> None:
    """A session known only to the month (wg-som-11, July 2024) matches a span inside that month."""
    found = CATALOG.sessions_where(since=dt.date(2024, 7, 12), until=dt.date(2024, 7, 12))
    assert "wg-som-11" in ids(found)


def test_events_by_group_leave_out_conference_sessions() -> None:
    """Conference sessions belong to no working group, so a group filter leaves them out."""
    found = CATALOG.events(group=WorkingGroup.FIREARMS)
    assert ids(found) == [
        "cd-firearms-2022",
        "wg-firearms-10",
        "cd-firearms-2023",
        "cd-firearms-2024",
        "wg-firearms-11",
        "wg-firearms-9",
    ]


# --- recommendations, panels, figures -------------------------------------------------------------


def test_recommendations_by_theme() -> None:
    """recommendations(theme=...) gives each recommendation so tagged with its dialogue."""
    found = CATALOG.recommendations(theme=Theme.LEGAL_MIGRATION_PATHWAYS)
    assert [(d.id, r.id) for d, r in found] == [
        ("cd-som-2022", "rec-cd-som-2022-3"),
        ("cd-som-2024", "rec-cd-som-2024-1"),
        ("cd-som-2024", "rec-cd-som-2024-2"),
        ("cd-som-2024", "rec-cd-som-2024-3"),
    ]


def test_recommendations_by_group() -> None:
    """recommendations(group=...) keeps those made at that group's dialogues."""
    found = CATALOG.recommendations(group=WorkingGroup.TRAFFICKING_IN_PERSONS)
    assert {d.id for d, _ in found} == {"cd-tip-2022"}
    assert len(found) == 4


def test_panels_by_theme() -> None:
    """panels(theme=...) gives each panel so tagged with its dialogue."""
    found = CATALOG.panels(theme=Theme.SMUGGLING_AT_SEA)
    assert [(d.id, p.number) for d, p in found] == [("cd-som-2023", 1)]


def test_panels_by_year() -> None:
    """panels(year=2024) gives the panels of the 2024 dialogues in order."""
    found = CATALOG.panels(year=2024)
    assert [(d.id, p.number) for d, p in found] == [
        ("cd-firearms-2024", 1),
        ("cd-firearms-2024", 2),
        ("cd-som-2024", 1),
        ("cd-som-2024", 2),
    ]


def test_figures_of_one_event() -> None:
    """figures(event) gives that event's figures with the event."""
    found = CATALOG.figures("cd-som-2023")
    assert [(e.id, f.number) for e, f in found] == [
        ("cd-som-2023", 65),
        ("cd-som-2023", 38),
        ("cd-som-2023", 40),
    ]


def test_figures_of_a_non_event_raises() -> None:
    """figures() of a person's id is a NotFoundError."""
    with pytest.raises(NotFoundError, match="not an event"):
        CATALOG.figures("person-francesco-testa")


def test_every_figure_is_listed_once() -> None:
    """figures() lists every participation figure in the catalogue exactly once."""
    listed = [figure.id for _, figure in CATALOG.figures()]
    every = [
        identifier for identifier in CATALOG.ids() if isinstance(CATALOG.get(identifier), ParticipationFigure)
    ]
    assert sorted(listed) == sorted(every)


# --- people and organizations -----------------------------------------------------------------------


def test_appearances_of_a_person() -> None:
    """appearances() lists every entity a person appears in, with their role there."""
    found = CATALOG.appearances("person-francesco-testa")
    assert [(a.entity_id, a.role) for a in found] == [
        ("wg-som-10", Role.CO_CHAIR),
        ("cd-som-2022", Role.CHAIR),
        ("cd-som-2023", Role.CO_CHAIR),
        ("cd-som-2023", None),
        ("conflict-testa-title", None),
    ]


def test_appearances_give_the_path_inside_the_entity() -> None:
    """An appearance as a quote's speaker carries the JSONPath of the quote."""
    found = CATALOG.appearances("person-kendall-alaimo")
    paths = [a.path for a in found]
    assert paths[0].endswith(".speakers[0].person")
    assert all(a.entity_id == "cd-tip-2022" for a in found)
    assert sum(".quotes[" in path for path in paths) == 3


def test_appearances_of_an_organization() -> None:
    """An organization appears where it spoke and where it made recommendations."""
    found = CATALOG.appearances("org-womens-pro-bono-initiative")
    assert {a.entity_id for a in found} == {"cd-som-2024"}
    assert len(found) == 4


def test_appearances_of_something_else_raises() -> None:
    """appearances() of a dialogue's id is a NotFoundError."""
    with pytest.raises(NotFoundError, match="not a person or organization"):
        CATALOG.appearances("cd-som-2023")


def test_named_ignores_case_and_accents() -> None:
    """named() matches names without regard to case or accents."""
    assert ids(CATALOG.named("ALCANTARA")) == ["person-alejandro-celorio-alcantara"]
    assert ids(CATALOG.named("testa")) == ["person-francesco-testa"]


def test_named_matches_other_names_and_acronyms() -> None:
    """named() searches other names and acronyms too."""
    assert ids(CATALOG.named("Virginia")) == ["person-patt-prugh"]
    assert ids(CATALOG.named("gi-toc")) == ["org-gi-toc"]


def test_named_of_blank_text_finds_nothing() -> None:
    """A blank search finds nobody rather than everybody."""
    assert CATALOG.named("  ") == ()


# --- sources, citations, conflicts -------------------------------------------------------------------


def test_sources_of_a_figure() -> None:
    """sources_of() gives the sources behind a figure."""
    assert ids(CATALOG.sources_of("fig-cd-som-2023-unodc-stakeholders")) == ["seed-003"]


def test_sources_of_an_event_include_those_of_its_parts() -> None:
    """sources_of() a dialogue includes the sources cited by its panels, figures and quotes."""
    found = ids(CATALOG.sources_of("cd-som-2023"))
    assert found[:3] == ["seed-001", "seed-003", "seed-002"]
    assert "mmc-event" in found


def test_evidence_pairs_each_citation_with_its_source() -> None:
    """evidence() gives, for a figure, the source and the sentence of it that states the figure."""
    ((citation, source),) = CATALOG.evidence("fig-cd-som-2023-unodc-governments")
    assert source.id == "seed-003"
    assert citation.excerpt is not None
    assert "representatives from 38 governments" in citation.excerpt


def test_conflicts_attribute_lists_every_conflict() -> None:
    """The conflicts attribute lists every fact on which sources disagree: thirteen."""
    assert len(CATALOG.conflicts) == 13
    assert CATALOG.conflicts_about() == CATALOG.conflicts


def test_conflicts_about_a_dialogue() -> None:
    """conflicts_about() a dialogue gives the conflicts whose subject it is."""
    assert ids(CATALOG.conflicts_about("cd-firearms-2024")) == [
        "conflict-firearms-2024-ordinal",
        "conflict-firearms-2024-participation",
    ]


def test_conflicts_about_finds_conflicts_through_their_figures() -> None:
    """A conflict without a subject is about the events whose figures its claims name."""
    assert ids(CATALOG.conflicts_about("cd-tip-2022")) == ["conflict-som-tip-2022-participation"]
    assert ids(CATALOG.conflicts_about("fig-cd-som-2022-unodc-som-and-tip")) == [
        "conflict-som-tip-2022-participation"
    ]


def test_conflicts_about_an_unknown_id_raises() -> None:
    """conflicts_about() an unknown id is an error, not an empty answer."""
    with pytest.raises(NotFoundError):
        CATALOG.conflicts_about("cd-som-1999")


def test_example_script_prints_the_sentence_behind_a_figure() -> None:
    """examples/cited_figures.py prints the seed sentence that states a figure."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "cited_figures.py"), "fig-cd-som-2023-unodc-governments"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert "representatives from 38 governments" in result.stdout
    assert "https://unodc.org/unodc/en/organized-crime/news/2023/" in result.stdout


# --- small catalogues: merging ---------------------------------------------------------------------


def _source(identifier: str, title: str = "A title") -> dict[str, Any]:
    return {"id": identifier, "title": title, "publisher": "A publisher"}


def _dialogue(identifier: str, source: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": identifier,
        "groups": ["firearms"],
        "sources": [{"source": source, "locator": "p. 1"}],
        **extra,
    }


def _catalog(sources: list[dict[str, Any]], dialogues: list[dict[str, Any]] | None = None) -> Catalog:
    return from_dict(
        Catalog,
        {"schema_version": "1.0", "data_version": "1", "sources": sources, "dialogues": dialogues or []},
    )


def test_merge_adds_the_other_catalogues_entities() -> None:
    """merge() holds this catalogue's entities, then the other's."""
    mine = _catalog([_source("s-1")], [_dialogue("d-1", "s-1")])
    theirs = _catalog([_source("s-2")], [_dialogue("d-2", "s-2")])
    merged = mine.merge(theirs)
    assert ids(merged.sources) == ["s-1", "s-2"]
    assert ids(merged.dialogues) == ["d-1", "d-2"]
    assert merged.data_version == "1+1"


def test_merge_keeps_a_repeated_equal_entity_once() -> None:
    """An entity repeated unchanged in the other catalogue appears once."""
    mine = _catalog([_source("s-1")])
    theirs = _catalog([_source("s-1")], [_dialogue("d-2", "s-1")])
    merged = mine.merge(theirs, data_version="2")
    assert ids(merged.sources) == ["s-1"]
    assert merged.data_version == "2"


def test_merge_clash_names_both_places() -> None:
    """The same id for different content is an error naming the place in each catalogue."""
    mine = _catalog([_source("s-0"), _source("s-1")])
    theirs = _catalog([_source("s-1", title="Another title")])
    with pytest.raises(ValidationError) as caught:
        mine.merge(theirs)
    (problem,) = caught.value.problems
    assert problem.path == "$.sources[0]"
    assert "this catalogue has it at $.sources[1]" in problem.message
    assert "the other catalogue at $.sources[0]" in problem.message


def test_merge_clash_between_kinds_of_entity_is_found() -> None:
    """An id used for a source in one catalogue and a dialogue in the other clashes."""
    mine = _catalog([_source("x-1")])
    theirs = _catalog([_source("s-2")], [_dialogue("x-1", "s-2")])
    with pytest.raises(ValidationError, match=r"'x-1' clashes: this catalogue has it at \$\.sources\[0\]"):
        mine.merge(theirs)


def test_merge_clash_of_a_nested_id_is_found() -> None:
    """A figure id inside a dialogue that clashes with the other catalogue's is an error naming both."""
    figure = {"id": "f-1", "category": "ngos", "number": 3, "sources": [{"source": "s-1", "locator": "p. 2"}]}
    other_figure = {**figure, "number": 4}
    mine = _catalog([_source("s-1")], [_dialogue("d-1", "s-1", participation=[figure])])
    theirs = _catalog([_source("s-1")], [_dialogue("d-2", "s-1", participation=[other_figure])])
    with pytest.raises(ValidationError) as caught:
        mine.merge(theirs)
    (problem,) = caught.value.problems
    assert problem.path == "$.dialogues[0].participation[0]"
    assert "$.dialogues[0].participation[0]" in problem.message


def test_merge_with_the_bundled_catalogue_keeps_its_data() -> None:
    """Merging a user's catalogue into the bundled one keeps every bundled event."""
    theirs = _catalog([_source("user-source")], [_dialogue("user-dialogue", "user-source")])
    merged = CATALOG.merge(theirs)
    assert len(merged.events()) == len(CATALOG.events()) + 1
    assert merged.get("user-dialogue").groups == (WorkingGroup.FIREARMS,)


def test_conflict_subject_person_appears_in_the_conflict() -> None:
    """A person who is a conflict's subject appears there, with no role."""
    person = Person(id="p-1", name="A Person", sources=(Citation(source="s-1", locator="p. 3"),))
    catalog = from_dict(
        Catalog,
        {
            "schema_version": "1.0",
            "data_version": "1",
            "sources": [_source("s-1")],
            "people": [{"id": "p-1", "name": "A Person", "sources": [{"source": "s-1", "locator": "p. 3"}]}],
            "conflicts": [
                {
                    "id": "c-1",
                    "question": "Which title?",
                    "subject": "p-1",
                    "claims": [
                        {"statement": "One.", "sources": [{"source": "s-1", "locator": "p. 4"}]},
                        {"statement": "Two.", "sources": [{"source": "s-1", "locator": "p. 5"}]},
                    ],
                    "sources": [{"source": "s-1", "locator": "p. 6"}],
                }
            ],
        },
    )
    assert catalog.people == (person,)
    assert [(a.entity_id, a.path, a.role) for a in catalog.appearances("p-1")] == [
        ("c-1", "$.conflicts[0].subject", None)
    ]
    assert isinstance(catalog.source("s-1"), Source)


# --- bad arguments ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: CATALOG.dialogues_where(group="smuggling_of_migrants"), "group"),  # type: ignore[arg-type]
        (lambda: CATALOG.events(instrument="untoc"), "instrument"),  # type: ignore[arg-type]
        (lambda: CATALOG.sessions_where(year="2023"), "year"),  # type: ignore[arg-type]
        (lambda: CATALOG.events(year=True), "year"),
        (lambda: CATALOG.events(since=dt.datetime(2023, 1, 1)), "since"),
        (lambda: CATALOG.events(until="2023-12-31"), "until"),  # type: ignore[arg-type]
        (lambda: CATALOG.recommendations(theme="gender"), "theme"),  # type: ignore[arg-type]
        (lambda: CATALOG.panels(theme="gender"), "theme"),  # type: ignore[arg-type]
        (lambda: CATALOG.named(None), "text"),  # type: ignore[arg-type]
    ],
)
def test_a_filter_of_the_wrong_type_is_a_validation_error_naming_it(call: Any, name: str) -> None:
    """A filter of the wrong type (a string for an enum, a datetime for a date) is refused by name."""
    with pytest.raises(ValidationError) as caught:
        call()
    assert [problem.path for problem in caught.value.problems] == [name]


def test_merge_of_two_different_conventions_is_one_problem() -> None:
    """Two catalogues describing the Convention differently give one problem, at $.convention."""
    data = to_dict(CATALOG)
    other = from_dict(Catalog, {**data, "convention": {**data["convention"], "short_titles": ["UNTOC"]}})
    with pytest.raises(ValidationError) as caught:
        CATALOG.merge(other)
    assert [problem.path for problem in caught.value.problems] == ["$.convention"]


def test_a_figure_counting_two_dialogues_is_found_from_both() -> None:
    """seed-004's "over 150" covers both 1 July 2022 dialogues: it is recorded once, found from either."""
    own = [(event.id, figure.id) for event, figure in CATALOG.figures("cd-som-2022")]
    shared = [(event.id, figure.id) for event, figure in CATALOG.figures("cd-tip-2022")]
    assert ("cd-som-2022", "fig-cd-som-2022-unodc-som-and-tip") in own
    assert ("cd-som-2022", "fig-cd-som-2022-unodc-som-and-tip") in shared
    assert CATALOG.get("fig-cd-som-2022-unodc-som-and-tip").also_covers == ("cd-tip-2022",)
