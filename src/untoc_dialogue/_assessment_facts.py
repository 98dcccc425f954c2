"""
The facts an assessment reads: what is known about one person's case.

Every fact is tri-state (``True``, ``False``, or ``None`` for unknown); a set is ``None`` when
unknown and empty when it is known that there was none.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

import attrs

from ._methods import fields_eq, fields_hash, fields_repr
from ._validate import frozenset_of, instance, minimum, optional, to_frozenset
from .errors import ValidationError

__all__ = [
    "CaseFacts",
    "ExploitationPurpose",
    "Fact",
    "SmugglingConduct",
    "TraffickingAct",
    "TraffickingMeans",
]

#: The oldest age accepted, in years; anything above is taken for a typing error.
MAX_AGE = 150


# --- Vocabularies of facts ------------------------------------------------------------------


class SmugglingConduct(enum.Enum):
    """The conducts SOM Protocol art. 6(1) asks States to criminalise."""

    #: Art. 6(1)(a) with art. 3(a): procuring the illegal entry of the person.
    PROCURED_ILLEGAL_ENTRY = "procured_illegal_entry"
    #: Art. 6(1)(b)(i): producing a fraudulent travel or identity document.
    PRODUCED_FRAUDULENT_DOCUMENT = "produced_fraudulent_document"
    #: Art. 6(1)(b)(ii): procuring, providing or possessing such a document.
    PROVIDED_FRAUDULENT_DOCUMENT = "provided_fraudulent_document"
    #: Art. 6(1)(c): enabling the person to remain without complying with the requirements.
    ENABLED_ILLEGAL_STAY = "enabled_illegal_stay"


class TraffickingAct(enum.Enum):
    """The acts ("action" element) listed in TIP Protocol art. 3(a)."""

    RECRUITMENT = "recruitment"
    TRANSPORTATION = "transportation"
    TRANSFER = "transfer"
    HARBOURING = "harbouring"
    RECEIPT = "receipt"


class TraffickingMeans(enum.Enum):
    """The means listed in TIP Protocol art. 3(a)."""

    THREAT_OR_USE_OF_FORCE = "threat_or_use_of_force"
    OTHER_COERCION = "other_forms_of_coercion"
    ABDUCTION = "abduction"
    FRAUD = "fraud"
    DECEPTION = "deception"
    ABUSE_OF_POWER = "abuse_of_power"
    ABUSE_OF_VULNERABILITY = "abuse_of_a_position_of_vulnerability"
    #: Giving or receiving payments or benefits to achieve the consent of a person having
    #: control over another person.
    PAYMENTS_TO_PERSON_IN_CONTROL = "payments_to_a_person_having_control"


class ExploitationPurpose(enum.Enum):
    """The forms of exploitation TIP Protocol art. 3(a) lists "at a minimum"."""

    #: The exploitation of the prostitution of others or other forms of sexual exploitation.
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    FORCED_LABOUR_OR_SERVICES = "forced_labour_or_services"
    SLAVERY_OR_SIMILAR_PRACTICES = "slavery_or_similar_practices"
    SERVITUDE = "servitude"
    REMOVAL_OF_ORGANS = "removal_of_organs"
    #: Another form of exploitation: the list in art. 3(a) is a minimum, not a closed list.
    OTHER_EXPLOITATION = "other_exploitation"


class Fact(enum.Enum):
    """The facts a :class:`CaseFacts` records; each value is the name of its field."""

    ILLEGAL_ENTRY = "illegal_entry"
    IS_NATIONAL_OR_PERMANENT_RESIDENT = "is_national_or_permanent_resident"
    SMUGGLING_CONDUCT = "smuggling_conduct"
    FINANCIAL_OR_MATERIAL_BENEFIT = "financial_or_material_benefit"
    ACTS = "acts"
    MEANS = "means"
    PURPOSES = "purposes"
    AGE = "age"
    CONSENTED = "consented"
    TRANSNATIONAL = "transnational"
    ORGANIZED_CRIMINAL_GROUP = "organized_criminal_group"
    ENDANGERED_LIFE_OR_SAFETY = "endangered_life_or_safety"
    INHUMAN_OR_DEGRADING_TREATMENT = "inhuman_or_degrading_treatment"


# --- Validation -----------------------------------------------------------------------------


def _at_most(bound: int) -> Any:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value > bound:
            raise ValidationError.single(f"$.{attribute.name}", f"must be <= {bound}, got {value}")

    return check


def _fact() -> Any:
    """A tri-state fact: true, false, or None for unknown."""
    return attrs.field(default=None, validator=optional(instance(bool)))


def _to_members(value: Iterable[enum.Enum] | None) -> Any:
    """Accept a list, set or tuple of members from Python callers; the validator checks them."""
    return to_frozenset(value)


@attrs.frozen(kw_only=True)
class CaseFacts:
    """
    What is known about one person's case; ``None`` means unknown.

    A set is ``None`` when unknown and empty when it is known that there was none; a known
    set is taken to be complete. The facts describe one person, the conduct towards that
    person and, where it matters, the intent of the one who acted.

    Attributes:
        illegal_entry: Whether the person crossed a border without complying with the
            necessary requirements for legal entry into the receiving State (SOM art. 3(b)).
        is_national_or_permanent_resident: Whether the person is a national or a permanent
            resident of the State entered or stayed in (SOM art. 3(a), 6(1)(c)).
        smuggling_conduct: The art. 6(1) conducts that took place. A document conduct is
            recorded only if it was done to enable the smuggling of this person.
        financial_or_material_benefit: Whether the conduct was done in order to obtain,
            directly or indirectly, a financial or other material benefit (SOM art. 3(a), 6(1)).
        acts: The TIP art. 3(a) acts done to the person.
        means: The TIP art. 3(a) means used.
        purposes: The purposes of exploitation pursued (TIP art. 3(a)).
        age: The person's age in whole years at the time, from 0 to 150.
        consented: Whether the person consented (to the movement or to the exploitation).
        transnational: Whether the offence is transnational (UNTOC art. 3(2)).
        organized_criminal_group: Whether an organized criminal group was involved
            (UNTOC art. 2(a)).
        endangered_life_or_safety: Whether the conduct endangered, or was likely to endanger,
            the person's life or safety (SOM art. 6(3)(a)).
        inhuman_or_degrading_treatment: Whether the conduct entailed inhuman or degrading
            treatment of the person, including for exploitation (SOM art. 6(3)(b)).
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    illegal_entry: bool | None = _fact()
    is_national_or_permanent_resident: bool | None = _fact()
    smuggling_conduct: frozenset[SmugglingConduct] | None = attrs.field(
        default=None, converter=_to_members, validator=optional(frozenset_of(SmugglingConduct))
    )
    financial_or_material_benefit: bool | None = _fact()
    acts: frozenset[TraffickingAct] | None = attrs.field(
        default=None, converter=_to_members, validator=optional(frozenset_of(TraffickingAct))
    )
    means: frozenset[TraffickingMeans] | None = attrs.field(
        default=None, converter=_to_members, validator=optional(frozenset_of(TraffickingMeans))
    )
    purposes: frozenset[ExploitationPurpose] | None = attrs.field(
        default=None, converter=_to_members, validator=optional(frozenset_of(ExploitationPurpose))
    )
    age: int | None = attrs.field(
        default=None, validator=optional(attrs.validators.and_(minimum(0), _at_most(MAX_AGE)))
    )
    consented: bool | None = _fact()
    transnational: bool | None = _fact()
    organized_criminal_group: bool | None = _fact()
    endangered_life_or_safety: bool | None = _fact()
    inhuman_or_degrading_treatment: bool | None = _fact()
