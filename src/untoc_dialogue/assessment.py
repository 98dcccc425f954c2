"""
Smuggling of migrants or trafficking in persons? An explainable assessment of case facts.

Describe a case with :class:`CaseFacts` (leave what is unknown as ``None``), call
:func:`assess`, and read the :class:`Assessment`: a finding per definition with one result per
element, each naming the articles that decided it, a :class:`Characterisation`, aggravating
circumstances, notes, and :meth:`Assessment.explain` in plain language.

It applies the definitions of the Smuggling of Migrants and Trafficking in Persons Protocols;
it is not legal advice about any national law.
"""

from __future__ import annotations

from ._assessment import (
    AggravatingCircumstance,
    Aggravation,
    Assessment,
    Characterisation,
    Element,
    ElementResult,
    Finding,
    Note,
    Offence,
    OffenceResult,
    Reason,
    assess,
)
from ._assessment_facts import (
    CaseFacts,
    ExploitationPurpose,
    Fact,
    SmugglingConduct,
    TraffickingAct,
    TraffickingMeans,
)
from ._assessment_provisions import Provision

__all__ = [
    "AggravatingCircumstance",
    "Aggravation",
    "Assessment",
    "CaseFacts",
    "Characterisation",
    "Element",
    "ElementResult",
    "ExploitationPurpose",
    "Fact",
    "Finding",
    "Note",
    "Offence",
    "OffenceResult",
    "Provision",
    "Reason",
    "SmugglingConduct",
    "TraffickingAct",
    "TraffickingMeans",
    "assess",
]
