"""
Hypothesis strategies for the assessment's inputs.

:func:`case_facts` builds valid :class:`~untoc_dialogue.assessment.CaseFacts` by construction;
its keyword-only knobs pin down the facts a property is about.
"""

from __future__ import annotations

import enum
from typing import TypeVar

from hypothesis import strategies as st

from ._assessment import ADULT_AGE
from ._assessment_facts import (
    MAX_AGE,
    CaseFacts,
    ExploitationPurpose,
    SmugglingConduct,
    TraffickingAct,
    TraffickingMeans,
)

__all__ = ["case_facts"]

E = TypeVar("E", bound=enum.Enum)


def _fact(complete: bool) -> st.SearchStrategy[bool | None]:
    return st.booleans() if complete else st.one_of(st.none(), st.booleans())


def _facts_set(kind: type[E], complete: bool) -> st.SearchStrategy[frozenset[E] | None]:
    known = st.frozensets(st.sampled_from(kind))
    return known if complete else st.one_of(st.none(), known)


def _age(child: bool | None, complete: bool) -> st.SearchStrategy[int | None]:
    children = st.integers(0, ADULT_AGE - 1)
    adults = st.integers(ADULT_AGE, MAX_AGE)
    if child is not None:
        return children if child else adults
    known = st.one_of(children, adults)
    return known if complete else st.one_of(st.none(), known)


def _means(with_means: bool | None, complete: bool) -> st.SearchStrategy[frozenset[TraffickingMeans] | None]:
    if with_means is None:
        return _facts_set(TraffickingMeans, complete)
    if with_means:
        return st.frozensets(st.sampled_from(TraffickingMeans), min_size=1)
    return st.just(frozenset())


def case_facts(
    *,
    complete: bool = False,
    child: bool | None = None,
    with_means: bool | None = None,
) -> st.SearchStrategy[CaseFacts]:
    """
    Valid case facts, any fact of which may be unknown.

    Args:
        complete: Leave no fact unknown.
        child: ``True`` for a person under eighteen, ``False`` for an adult, ``None`` for any
            age (or an unknown one unless *complete*).
        with_means: ``True`` for at least one TIP art. 3(a) means, ``False`` for none known to
            have been used, ``None`` for anything (or unknown unless *complete*).
    """
    fact = _fact(complete)
    return st.builds(
        CaseFacts,
        illegal_entry=fact,
        is_national_or_permanent_resident=fact,
        smuggling_conduct=_facts_set(SmugglingConduct, complete),
        financial_or_material_benefit=fact,
        acts=_facts_set(TraffickingAct, complete),
        means=_means(with_means, complete),
        purposes=_facts_set(ExploitationPurpose, complete),
        age=_age(child, complete),
        consented=fact,
        transnational=fact,
        organized_criminal_group=fact,
        endangered_life_or_safety=fact,
        inhuman_or_degrading_treatment=fact,
    )
