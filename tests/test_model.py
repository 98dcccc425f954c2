"""Invariants the entities enforce when they are built."""

from __future__ import annotations

from typing import Any

import pytest

from untoc_dialogue import (
    Citation,
    Claim,
    Conflict,
    ConstructiveDialogue,
    Convention,
    DateRange,
    FigureCategory,
    Instrument,
    Organization,
    OrganizationKind,
    Panel,
    Participant,
    ParticipationFigure,
    Protocol,
    Recommendation,
    Role,
    ValidationError,
    WorkingGroup,
)

CITE = (Citation(source="seed-003"),)


def first_problem(error: pytest.ExceptionInfo[ValidationError]) -> str:
    return str(error.value.problems[0])


def test_panels_must_be_numbered_without_gaps() -> None:
    """Panels 1 and 3 leave a gap at 2."""
    with pytest.raises(ValidationError) as caught:
        ConstructiveDialogue(
            id="cd-x",
            groups=(WorkingGroup.FIREARMS,),
            sources=CITE,
            panels=(Panel(number=1, sources=CITE), Panel(number=3, sources=CITE)),
        )
    assert first_problem(caught) == "$.panels[1].number: panels must be numbered 1 to 2 in order, got 3"


def test_panel_number_starts_at_one() -> None:
    """A panel numbered 0 is refused."""
    with pytest.raises(ValidationError) as caught:
        Panel(number=0, sources=CITE)
    assert first_problem(caught) == "$.number: must be >= 1, got 0"


def test_counts_cannot_be_negative() -> None:
    """A participation figure below zero is refused."""
    with pytest.raises(ValidationError) as caught:
        ParticipationFigure(id="fig-1", category=FigureCategory.NGOS, number=-1, sources=CITE)
    assert first_problem(caught) == "$.number: must be >= 0, got -1"


def test_every_entity_needs_a_source() -> None:
    """An empty tuple of sources is refused: every fact cites one."""
    with pytest.raises(ValidationError) as caught:
        Organization(id="org-x", name="X", kind=OrganizationKind.NGO, sources=())
    assert first_problem(caught) == "$.sources: must not be empty"


def test_recommendation_cannot_name_a_missing_panel() -> None:
    """A recommendation from panel 2 of a one-panel dialogue is refused."""
    with pytest.raises(ValidationError) as caught:
        ConstructiveDialogue(
            id="cd-x",
            groups=(WorkingGroup.FIREARMS,),
            sources=CITE,
            panels=(Panel(number=1, sources=CITE),),
            recommendations=(Recommendation(id="rec-1", text="Do more.", panel=2, sources=CITE),),
        )
    assert (
        first_problem(caught) == "$.recommendations[0].panel: names panel 2, but the dialogue has 1 panel(s)"
    )


def test_participant_needs_someone() -> None:
    """A participant with no person, organization or title says nothing."""
    with pytest.raises(ValidationError, match="needs a person, an organization or a title"):
        Participant(role=Role.CHAIR, sources=CITE)


def test_country_codes_are_checked_against_cldr() -> None:
    """'XX' is not a country; lower case gets a hint."""
    with pytest.raises(ValidationError, match="alpha-2"):
        Participant(role=Role.CHAIR, title="Chair", country="XX", sources=CITE)
    with pytest.raises(ValidationError, match="upper case"):
        Participant(role=Role.CHAIR, title="Chair", country="it", sources=CITE)


def test_identifiers_have_one_form() -> None:
    """Identifiers are lowercase words joined by hyphens or dots."""
    with pytest.raises(ValidationError, match="identifier"):
        Organization(id="Org X", name="X", kind=OrganizationKind.NGO, sources=CITE)


def test_text_is_never_blank() -> None:
    """A blank name is refused."""
    with pytest.raises(ValidationError, match="blank"):
        Organization(id="org-x", name="  ", kind=OrganizationKind.NGO, sources=CITE)


def test_a_convention_is_untoc() -> None:
    """A Convention built for a Protocol's instrument is refused."""
    with pytest.raises(ValidationError, match="untoc"):
        Convention(id="x", instrument=Instrument.FIREARMS_PROTOCOL, official_title="T", sources=CITE)


def test_a_protocol_is_not_the_convention() -> None:
    """A Protocol cannot be UNTOC itself."""
    with pytest.raises(ValidationError, match="cannot be the Convention"):
        Protocol(id="x", instrument=Instrument.UNTOC, official_title="T", sources=CITE)


def test_a_conflict_needs_two_sides() -> None:
    """One claim is not a conflict."""
    with pytest.raises(ValidationError, match="at least two claims"):
        Conflict(id="c", question="Q", claims=(Claim(statement="A", sources=CITE),), sources=CITE)


def test_a_dialogue_needs_a_group() -> None:
    """A dialogue follows at least one working group."""
    with pytest.raises(ValidationError, match="must not be empty"):
        ConstructiveDialogue(id="cd-x", groups=(), sources=CITE)


def test_types_are_checked_for_python_callers() -> None:
    """A string where a number belongs is refused when building in Python too."""
    with pytest.raises(ValidationError, match=r"\$\.number: expected an integer"):
        Panel(number="1", sources=CITE)  # type: ignore[arg-type]


def test_lists_are_accepted_and_frozen() -> None:
    """A list passed from Python becomes a tuple, so the entity stays immutable."""
    dialogue = ConstructiveDialogue(id="cd-x", groups=[WorkingGroup.FIREARMS], sources=CITE)
    assert dialogue.groups == (WorkingGroup.FIREARMS,)
    assert dialogue.instruments == frozenset({Instrument.FIREARMS_PROTOCOL})


def test_entities_are_frozen() -> None:
    """Assigning to a field raises."""
    panel = Panel(number=1, sources=CITE)
    with pytest.raises(AttributeError):
        panel.number = 2  # type: ignore[misc]


def test_date_range_single_day() -> None:
    """The end of a range defaults to its start."""
    assert DateRange.single(2023, 10, 9).end.day == 9


# --- The shared repr --------------------------------------------------------------------------


def _library_attrs_classes() -> list[type[Any]]:
    """Every attrs class the package defines, in every module (imported here if need be)."""
    import importlib
    import pkgutil

    import attrs

    import untoc_dialogue

    found: dict[str, type[Any]] = {}
    for module_info in pkgutil.iter_modules(untoc_dialogue.__path__, "untoc_dialogue."):
        if module_info.name.endswith("strategies"):
            continue  # needs the hypothesis extra; defines no attrs classes
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__:
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


def test_every_attrs_class_shares_the_methods() -> None:
    """One mechanism: no class of the library pays for a repr, eq or hash compiled for it alone."""
    from untoc_dialogue._methods import fields_eq, fields_hash, fields_repr

    classes = _library_attrs_classes()
    assert len(classes) > 30
    shared: dict[str, Any] = {"__repr__": fields_repr, "__eq__": fields_eq, "__hash__": fields_hash}
    unchanged: Any = object.__setattr__
    mutable = [cls for cls in classes if cls.__setattr__ is unchanged]  # not frozen
    assert [cls.__qualname__ for cls in mutable] == ["_QueryIndex"]
    for cls in classes:
        for name, method in shared.items():
            expected = None if name == "__hash__" and cls in mutable else method
            assert vars(cls).get(name) is expected, f"{cls.__qualname__}.{name}"


def test_the_shared_methods_are_the_ones_attrs_writes() -> None:
    """On every object of the bundled catalogue, repr, == and hash answer as attrs' own would."""
    import attrs

    from untoc_dialogue import load_catalog
    from untoc_dialogue._catalog import _walk

    references: dict[type[Any], type[Any]] = {}

    def twin(obj: Any) -> Any:
        # The same fields, in a class for which attrs writes its own methods.
        cls = type(obj)
        if cls not in references:
            references[cls] = attrs.make_class(
                cls.__qualname__,
                {field.name: attrs.field(repr=field.repr, eq=field.eq) for field in attrs.fields(cls)},
                frozen=True,
            )
        copy: Any = object.__new__(references[cls])
        for field in attrs.fields(cls):
            object.__setattr__(copy, field.name, getattr(obj, field.name))
        return copy

    catalog = load_catalog()
    objects: list[Any] = [catalog]
    for field in attrs.fields(type(catalog)):
        if field.init:
            objects += [obj for _, obj in _walk(getattr(catalog, field.name), f"$.{field.name}")]
    assert len({type(obj) for obj in objects}) > 15
    by_class: dict[type[Any], list[Any]] = {}
    for obj in objects:
        assert repr(obj) == repr(twin(obj))
        by_class.setdefault(type(obj), []).append(obj)
    equal_pairs = 0
    for same_class in by_class.values():
        for first, second in zip(same_class, [*same_class[1:], *same_class[:1]], strict=True):
            assert (first == second) == (twin(first) == twin(second))
            assert (first != second) == (twin(first) != twin(second))
            if first == second:
                equal_pairs += 1
                assert hash(first) == hash(second)
        rebuilt = attrs.evolve(same_class[0])
        assert rebuilt == same_class[0]
        assert hash(rebuilt) == hash(same_class[0])
        assert rebuilt != object()
    assert equal_pairs > 0  # the catalogue repeats some values (citations, dates)


def test_the_shared_methods_answer_as_attrs_on_the_edge_cases() -> None:
    """One compared field holding a NaN, an object of another class: answers as attrs' own methods."""
    import attrs

    from untoc_dialogue._methods import fields_eq, fields_hash, fields_repr

    @attrs.frozen
    class Shared:
        __repr__ = fields_repr
        __eq__ = fields_eq
        __hash__ = fields_hash

        value: float

    @attrs.frozen
    class Own:
        value: float

    nan = float("nan")
    for first, second in ((nan, nan), (1.0, 2.0), (1.0, 1.0)):
        assert (Shared(first) == Shared(second)) is (Own(first) == Own(second))
        assert (Shared(first) != Shared(second)) is (Own(first) != Own(second))
    assert fields_eq(Shared(1.0), Own(1.0)) is NotImplemented
    assert Shared(1.0) != Own(1.0)
    assert hash(Shared(nan)) == hash(Shared(nan))
