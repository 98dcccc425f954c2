"""
Smuggling of migrants or trafficking in persons? An explainable assessment of case facts.

:func:`assess` applies the definitions of the Smuggling of Migrants Protocol (SOM art. 3(a),
6(1)) and of the Trafficking in Persons Protocol (TIP art. 3) to a :class:`CaseFacts`, element
by element, in three-valued logic: a fact left as ``None`` is unknown, and a finding is
:attr:`Finding.UNDETERMINED` exactly when some way of filling in the unknown facts could make
it met and another could make it not met. Each element is a read-once condition, so the
three-valued ("Kleene") conjunction and disjunction below are exact, and learning a fact never
turns a met finding into a not-met one or the reverse.

The helper applies the Protocols' definitions. It is not legal advice about any national law.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

import attrs

from ._assessment_facts import (
    CaseFacts,
    ExploitationPurpose,
    Fact,
    SmugglingConduct,
    TraffickingAct,
    TraffickingMeans,
)
from ._assessment_provisions import Provision
from ._i18n import DEFAULT_LOCALE, N_, gettext
from ._methods import fields_eq, fields_hash, fields_repr
from .errors import ValidationError

__all__ = [
    "AggravatingCircumstance",
    "Aggravation",
    "Assessment",
    "Characterisation",
    "Element",
    "ElementResult",
    "Finding",
    "Note",
    "Offence",
    "OffenceResult",
    "Reason",
    "assess",
]

#: TIP art. 3(d): "'Child' shall mean any person under eighteen years of age."
ADULT_AGE = 18


# --- Vocabularies of results ----------------------------------------------------------------


class Finding(enum.Enum):
    """Whether the facts meet a definition or one of its elements."""

    MET = "met"
    NOT_MET = "not_met"
    #: Unknown facts could make it either met or not met.
    UNDETERMINED = "undetermined"


class Characterisation(enum.Enum):
    """What the case is, on the facts given."""

    SMUGGLING_ONLY = "smuggling_only"
    TRAFFICKING_ONLY = "trafficking_only"
    BOTH = "both"
    NEITHER = "neither"
    #: An unknown fact could change the answer.
    UNDETERMINED = "undetermined"


class Offence(enum.Enum):
    """The two definitions an assessment applies."""

    #: SOM Protocol art. 3(a) and 6(1).
    SMUGGLING_OF_MIGRANTS = "smuggling_of_migrants"
    #: TIP Protocol art. 3(a) to (d).
    TRAFFICKING_IN_PERSONS = "trafficking_in_persons"


class Element(enum.Enum):
    """An element of one of the definitions."""

    #: SOM art. 3(a), 6(1): in order to obtain a financial or other material benefit.
    FINANCIAL_OR_MATERIAL_BENEFIT = "financial_or_material_benefit"
    #: SOM art. 3(a), 6(1)(c): the person is not a national or a permanent resident.
    NOT_NATIONAL_OR_PERMANENT_RESIDENT = "not_national_or_permanent_resident"
    #: SOM art. 6(1)(a) to (c): one of the conducts, with art. 3(b) for an illegal entry.
    SMUGGLING_CONDUCT = "smuggling_conduct"
    #: TIP art. 3(a): recruitment, transportation, transfer, harbouring or receipt.
    ACT = "act"
    #: TIP art. 3(a): one of the means.
    MEANS = "means"
    #: TIP art. 3(c), 3(d): a child, for whom no means are required.
    CHILD = "child"
    #: TIP art. 3(a): for the purpose of exploitation.
    PURPOSE = "purpose"


class Reason(enum.Enum):
    """Why an element has its finding; each has one sentence in :meth:`Assessment.explain`."""

    BENEFIT_SOUGHT = "benefit_sought"
    NO_BENEFIT = "no_benefit"
    BENEFIT_UNKNOWN = "benefit_unknown"
    NOT_NATIONAL = "not_national"
    NATIONAL = "national"
    NATIONALITY_UNKNOWN = "nationality_unknown"
    CONDUCT_SHOWN = "conduct_shown"
    NO_CONDUCT = "no_conduct"
    CONDUCT_UNKNOWN = "conduct_unknown"
    ENTRY_NOT_ILLEGAL = "entry_not_illegal"
    ENTRY_UNKNOWN = "entry_unknown"
    ACT_SHOWN = "act_shown"
    NO_ACT = "no_act"
    ACT_UNKNOWN = "act_unknown"
    MEANS_USED = "means_used"
    NO_MEANS = "no_means"
    MEANS_UNKNOWN = "means_unknown"
    CHILD = "child"
    ADULT = "adult"
    AGE_UNKNOWN = "age_unknown"
    PURPOSE_SHOWN = "purpose_shown"
    NO_PURPOSE = "no_purpose"
    PURPOSE_UNKNOWN = "purpose_unknown"


class AggravatingCircumstance(enum.Enum):
    """The aggravating circumstances of SOM Protocol art. 6(3)."""

    ENDANGERED_LIFE_OR_SAFETY = "endangered_life_or_safety"
    INHUMAN_OR_DEGRADING_TREATMENT = "inhuman_or_degrading_treatment"

    @property
    def provisions(self) -> tuple[Provision, ...]:
        """The articles that make it aggravating."""
        return (Provision.SOM_6_3, _CIRCUMSTANCE_PROVISION[self])


_CIRCUMSTANCE_PROVISION = {
    AggravatingCircumstance.ENDANGERED_LIFE_OR_SAFETY: Provision.SOM_6_3_A,
    AggravatingCircumstance.INHUMAN_OR_DEGRADING_TREATMENT: Provision.SOM_6_3_B,
}


class Note(enum.Enum):
    """A remark an assessment adds because the facts make it relevant."""

    #: Smuggling is met: the migrant is not liable for having been smuggled.
    MIGRANT_NOT_LIABLE = "migrant_not_liable"
    #: No benefit was sought: humanitarian or family help is outside the Protocol.
    NO_BENEFIT_HUMANITARIAN = "no_benefit_humanitarian"
    #: An aggravating circumstance is known but the only conduct is art. 6(1)(b)(ii).
    AGGRAVATION_NOT_FOR_DOCUMENT_POSSESSION = "aggravation_not_for_document_possession"
    #: The person consented, but means were used, so consent is irrelevant.
    CONSENT_IRRELEVANT_MEANS = "consent_irrelevant_means"
    #: The person consented, but was a child, for whom no means are required.
    CONSENT_IRRELEVANT_CHILD = "consent_irrelevant_child"
    #: An adult who consented and no means: consent is not what leaves the definition unmet.
    ADULT_WITHOUT_MEANS = "adult_without_means"
    #: Trafficking is met although no border crossing is known.
    NO_BORDER_NEEDED = "no_border_needed"
    #: Both definitions are met: smuggling that turned into trafficking.
    SMUGGLING_BECAME_TRAFFICKING = "smuggling_became_trafficking"
    #: Transnationality or an organized criminal group was given: scope, not offence.
    SCOPE_NOT_OFFENCE = "scope_not_offence"

    @property
    def provisions(self) -> tuple[Provision, ...]:
        """The articles the note rests on."""
        return _NOTE_PROVISIONS[self]


_NOTE_PROVISIONS: dict[Note, tuple[Provision, ...]] = {
    Note.MIGRANT_NOT_LIABLE: (Provision.SOM_5,),
    Note.NO_BENEFIT_HUMANITARIAN: (Provision.SOM_6_1, Provision.SOM_NOTE_88),
    Note.AGGRAVATION_NOT_FOR_DOCUMENT_POSSESSION: (Provision.SOM_6_3,),
    Note.CONSENT_IRRELEVANT_MEANS: (Provision.TIP_3_B,),
    Note.CONSENT_IRRELEVANT_CHILD: (Provision.TIP_3_C,),
    Note.ADULT_WITHOUT_MEANS: (Provision.TIP_3_A,),
    Note.NO_BORDER_NEEDED: (Provision.TIP_3_A,),
    Note.SMUGGLING_BECAME_TRAFFICKING: (Provision.SOM_3_A, Provision.TIP_3_A),
    Note.SCOPE_NOT_OFFENCE: (Provision.UNTOC_34_2, Provision.SOM_4, Provision.TIP_4),
}


# --- Results --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ElementResult:
    """
    How the facts stand against one element of a definition.

    Attributes:
        element: The element.
        finding: Whether the facts meet it.
        reason: Why, as a stable identifier that :meth:`Assessment.explain` words.
        provisions: The articles that decided this result, in a fixed order.
        decided_by: The facts this result was read from.
        decisive: Whether this result decided the finding on the whole definition.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    element: Element
    finding: Finding
    reason: Reason
    provisions: tuple[Provision, ...]
    decided_by: tuple[Fact, ...]
    decisive: bool = False


@attrs.frozen(kw_only=True)
class OffenceResult:
    """
    How the facts stand against one definition, element by element.

    Attributes:
        offence: The definition applied.
        finding: Whether the facts meet it.
        elements: One result per element, in the order the definition gives them.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    offence: Offence
    finding: Finding
    elements: tuple[ElementResult, ...]

    @property
    def provisions(self) -> tuple[Provision, ...]:
        """The articles of the elements that decided :attr:`finding`."""
        return _ordered(p for e in self.elements if e.decisive for p in e.provisions)


@attrs.frozen(kw_only=True)
class Aggravation:
    """
    An aggravating circumstance of the smuggling offence (SOM art. 6(3)).

    Attributes:
        circumstance: The circumstance, known to have occurred.
        conditional: ``True`` when the offence it aggravates is still undetermined: the
            circumstance would aggravate it if the unknown facts establish it.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    circumstance: AggravatingCircumstance
    conditional: bool

    @property
    def provisions(self) -> tuple[Provision, ...]:
        """The articles that make the circumstance aggravating."""
        return self.circumstance.provisions


@attrs.frozen(kw_only=True)
class Assessment:
    """
    The answer to "smuggling of migrants or trafficking in persons?" for one case.

    Build one with :func:`assess`. It applies the Protocols' definitions and is not legal
    advice about any national law.

    Attributes:
        facts: The facts assessed.
        smuggling: The facts against the smuggling definition (SOM art. 3(a), 6(1)).
        trafficking: The facts against the trafficking definition (TIP art. 3).
        characterisation: What the case is; undetermined whenever either finding is.
        aggravations: Aggravating circumstances of the smuggling (SOM art. 6(3)), reported
            only while smuggling is met or undetermined.
        notes: Remarks the facts make relevant, each with the articles it rests on.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    facts: CaseFacts
    smuggling: OffenceResult
    trafficking: OffenceResult
    characterisation: Characterisation
    aggravations: tuple[Aggravation, ...]
    notes: tuple[Note, ...]

    def explain(self, locale: str = DEFAULT_LOCALE) -> str:
        """
        Say in plain language what the facts show and which articles decided it.

        Raises:
            LocaleError: the library cannot speak *locale*; it speaks ``ar``, ``en``, ``es``,
                ``fr``, ``ru`` and ``zh``, and regional variants fall back to these.
        """
        return _explain(self, locale)


# --- Three-valued logic ---------------------------------------------------------------------


def _known(value: bool | None) -> Finding:
    if value is None:
        return Finding.UNDETERMINED
    return Finding.MET if value else Finding.NOT_MET


def _all(findings: Iterable[Finding]) -> Finding:
    """Kleene conjunction: not met if any is, else undetermined if any is, else met."""
    seen = set(findings)
    if Finding.NOT_MET in seen:
        return Finding.NOT_MET
    return Finding.UNDETERMINED if Finding.UNDETERMINED in seen else Finding.MET


def _any(findings: Iterable[Finding]) -> Finding:
    """Kleene disjunction: met if any is, else undetermined if any is, else not met."""
    seen = set(findings)
    if Finding.MET in seen:
        return Finding.MET
    return Finding.UNDETERMINED if Finding.UNDETERMINED in seen else Finding.NOT_MET


def _ordered(provisions: Iterable[Provision]) -> tuple[Provision, ...]:
    wanted = set(provisions)
    return tuple(p for p in Provision if p in wanted)


def _by_finding(finding: Finding, met: Reason, not_met: Reason, undetermined: Reason) -> Reason:
    return {Finding.MET: met, Finding.NOT_MET: not_met, Finding.UNDETERMINED: undetermined}[finding]


def _offence(offence: Offence, groups: tuple[tuple[ElementResult, ...], ...]) -> OffenceResult:
    """Combine elements as a conjunction of disjunctive groups and mark the decisive ones.

    An element decided the finding when it and its group both have the offence's finding:
    every element of a met definition that is met, every element of a not-met group, every
    undetermined element of an undetermined group.
    """
    group_findings = [_any(e.finding for e in group) for group in groups]
    finding = _all(group_findings)
    elements = tuple(
        attrs.evolve(e, decisive=e.finding is finding and group_finding is finding)
        for group, group_finding in zip(groups, group_findings, strict=True)
        for e in group
    )
    return OffenceResult(offence=offence, finding=finding, elements=elements)


def _tri_element(
    element: Element,
    value: bool | None,
    reasons: tuple[Reason, Reason, Reason],
    provisions: tuple[Provision, ...],
    fact: Fact,
) -> ElementResult:
    finding = _known(value)
    return ElementResult(
        element=element,
        finding=finding,
        reason=_by_finding(finding, *reasons),
        provisions=provisions,
        decided_by=(fact,),
    )


def _set_element(
    element: Element,
    value: frozenset[Any] | None,
    reasons: tuple[Reason, Reason, Reason],
    fact: Fact,
) -> ElementResult:
    return _tri_element(element, None if value is None else bool(value), reasons, (Provision.TIP_3_A,), fact)


# --- Smuggling of migrants ------------------------------------------------------------------

_CONDUCT_PROVISIONS: dict[SmugglingConduct, tuple[Provision, ...]] = {
    SmugglingConduct.PROCURED_ILLEGAL_ENTRY: (
        Provision.SOM_3_A,
        Provision.SOM_3_B,
        Provision.SOM_6_1_A,
    ),
    SmugglingConduct.PRODUCED_FRAUDULENT_DOCUMENT: (Provision.SOM_3_C, Provision.SOM_6_1_B_I),
    SmugglingConduct.PROVIDED_FRAUDULENT_DOCUMENT: (Provision.SOM_3_C, Provision.SOM_6_1_B_II),
    SmugglingConduct.ENABLED_ILLEGAL_STAY: (Provision.SOM_6_1_C,),
}

#: The art. 6(1) offences that art. 6(3) says circumstances aggravate: "paragraph 1 (a),
#: (b) (i) and (c)", which leaves out (b)(ii).
_AGGRAVATED_CONDUCTS = frozenset(
    {
        SmugglingConduct.PROCURED_ILLEGAL_ENTRY,
        SmugglingConduct.PRODUCED_FRAUDULENT_DOCUMENT,
        SmugglingConduct.ENABLED_ILLEGAL_STAY,
    }
)


def _conduct_finding(conduct: SmugglingConduct, facts: CaseFacts) -> Finding:
    """Whether one recorded conduct counts.

    Procuring an entry counts only if the entry was illegal (art. 3(a), 3(b)). A document
    conduct counts without any entry: art. 6(1)(b) needs only the purpose of enabling
    smuggling, which :class:`CaseFacts` makes a condition of recording it. Enabling a stay
    (art. 6(1)(c)) needs no illegal entry either.
    """
    if conduct is SmugglingConduct.PROCURED_ILLEGAL_ENTRY:
        return _known(facts.illegal_entry)
    return Finding.MET


def _conducts_finding(facts: CaseFacts, among: Iterable[SmugglingConduct]) -> Finding:
    if facts.smuggling_conduct is None:
        return Finding.UNDETERMINED
    return _any(_conduct_finding(c, facts) for c in among if c in facts.smuggling_conduct)


def _conduct_element(facts: CaseFacts) -> ElementResult:
    conducts = facts.smuggling_conduct
    if not conducts:
        return ElementResult(
            element=Element.SMUGGLING_CONDUCT,
            finding=Finding.UNDETERMINED if conducts is None else Finding.NOT_MET,
            reason=Reason.CONDUCT_UNKNOWN if conducts is None else Reason.NO_CONDUCT,
            provisions=(Provision.SOM_6_1,),
            decided_by=(Fact.SMUGGLING_CONDUCT,),
        )
    findings = {c: _conduct_finding(c, facts) for c in conducts}
    finding = _any(findings.values())
    cited = [c for c in SmugglingConduct if findings.get(c) is finding]
    decided_by = [Fact.SMUGGLING_CONDUCT]
    if SmugglingConduct.PROCURED_ILLEGAL_ENTRY in cited:
        decided_by.insert(0, Fact.ILLEGAL_ENTRY)
    return ElementResult(
        element=Element.SMUGGLING_CONDUCT,
        finding=finding,
        # Only procuring an entry can fail or stay open, so those reasons are about the entry.
        reason=_by_finding(finding, Reason.CONDUCT_SHOWN, Reason.ENTRY_NOT_ILLEGAL, Reason.ENTRY_UNKNOWN),
        provisions=_ordered(p for c in cited for p in _CONDUCT_PROVISIONS[c]),
        decided_by=tuple(decided_by),
    )


def _smuggling(facts: CaseFacts) -> OffenceResult:
    benefit = _tri_element(
        Element.FINANCIAL_OR_MATERIAL_BENEFIT,
        facts.financial_or_material_benefit,
        (Reason.BENEFIT_SOUGHT, Reason.NO_BENEFIT, Reason.BENEFIT_UNKNOWN),
        (Provision.SOM_3_A, Provision.SOM_6_1),
        Fact.FINANCIAL_OR_MATERIAL_BENEFIT,
    )
    national = facts.is_national_or_permanent_resident
    not_national = _tri_element(
        Element.NOT_NATIONAL_OR_PERMANENT_RESIDENT,
        None if national is None else not national,
        (Reason.NOT_NATIONAL, Reason.NATIONAL, Reason.NATIONALITY_UNKNOWN),
        (Provision.SOM_3_A, Provision.SOM_6_1_C),
        Fact.IS_NATIONAL_OR_PERMANENT_RESIDENT,
    )
    return _offence(Offence.SMUGGLING_OF_MIGRANTS, ((benefit,), (not_national,), (_conduct_element(facts),)))


def _aggravations(facts: CaseFacts, smuggling: OffenceResult) -> tuple[Aggravation, ...]:
    base = _aggravable(facts, smuggling)
    if base is Finding.NOT_MET:
        return ()
    return tuple(
        Aggravation(circumstance=circumstance, conditional=base is Finding.UNDETERMINED)
        for circumstance in _circumstances(facts)
    )


def _circumstances(facts: CaseFacts) -> tuple[AggravatingCircumstance, ...]:
    """The aggravating circumstances known to have occurred."""
    known = {
        AggravatingCircumstance.ENDANGERED_LIFE_OR_SAFETY: facts.endangered_life_or_safety,
        AggravatingCircumstance.INHUMAN_OR_DEGRADING_TREATMENT: (facts.inhuman_or_degrading_treatment),
    }
    return tuple(circumstance for circumstance, value in known.items() if value is True)


def _aggravable(facts: CaseFacts, smuggling: OffenceResult) -> Finding:
    """Whether an offence that art. 6(3) aggravates is made out: art. 6(1)(b)(ii) is not."""
    others = (e.finding for e in smuggling.elements if e.element is not Element.SMUGGLING_CONDUCT)
    return _all((*others, _conducts_finding(facts, _AGGRAVATED_CONDUCTS)))


# --- Trafficking in persons -----------------------------------------------------------------


def _trafficking(facts: CaseFacts) -> OffenceResult:
    act = _set_element(
        Element.ACT,
        facts.acts,
        (Reason.ACT_SHOWN, Reason.NO_ACT, Reason.ACT_UNKNOWN),
        Fact.ACTS,
    )
    means = _set_element(
        Element.MEANS,
        facts.means,
        (Reason.MEANS_USED, Reason.NO_MEANS, Reason.MEANS_UNKNOWN),
        Fact.MEANS,
    )
    child = _tri_element(
        Element.CHILD,
        None if facts.age is None else facts.age < ADULT_AGE,
        (Reason.CHILD, Reason.ADULT, Reason.AGE_UNKNOWN),
        (Provision.TIP_3_C, Provision.TIP_3_D),
        Fact.AGE,
    )
    purpose = _set_element(
        Element.PURPOSE,
        facts.purposes,
        (Reason.PURPOSE_SHOWN, Reason.NO_PURPOSE, Reason.PURPOSE_UNKNOWN),
        Fact.PURPOSES,
    )
    # TIP art. 3(a) and 3(c): an act, and a means or a child victim, for exploitation.
    return _offence(Offence.TRAFFICKING_IN_PERSONS, ((act,), (means, child), (purpose,)))


# --- The assessment -------------------------------------------------------------------------


def _characterise(smuggling: Finding, trafficking: Finding) -> Characterisation:
    if Finding.UNDETERMINED in (smuggling, trafficking):
        return Characterisation.UNDETERMINED
    if smuggling is Finding.MET and trafficking is Finding.MET:
        return Characterisation.BOTH
    if smuggling is Finding.MET:
        return Characterisation.SMUGGLING_ONLY
    if trafficking is Finding.MET:
        return Characterisation.TRAFFICKING_ONLY
    return Characterisation.NEITHER


def _notes(facts: CaseFacts, smuggling: OffenceResult, trafficking: OffenceResult) -> tuple[Note, ...]:
    child = facts.age is not None and facts.age < ADULT_AGE
    adult = facts.age is not None and not child
    applies = {
        Note.MIGRANT_NOT_LIABLE: smuggling.finding is Finding.MET,
        Note.NO_BENEFIT_HUMANITARIAN: facts.financial_or_material_benefit is False,
        Note.AGGRAVATION_NOT_FOR_DOCUMENT_POSSESSION: (
            bool(_circumstances(facts))
            and smuggling.finding is not Finding.NOT_MET
            and _aggravable(facts, smuggling) is Finding.NOT_MET
        ),
        Note.CONSENT_IRRELEVANT_MEANS: bool(facts.means) and facts.consented is True,
        Note.CONSENT_IRRELEVANT_CHILD: (child and not facts.means and facts.consented is True),
        Note.ADULT_WITHOUT_MEANS: (adult and facts.means == frozenset() and facts.consented is True),
        Note.NO_BORDER_NEEDED: (
            trafficking.finding is Finding.MET
            and facts.illegal_entry is not True
            and facts.transnational is not True
        ),
        Note.SMUGGLING_BECAME_TRAFFICKING: (
            smuggling.finding is Finding.MET and trafficking.finding is Finding.MET
        ),
        Note.SCOPE_NOT_OFFENCE: (
            facts.transnational is not None or facts.organized_criminal_group is not None
        ),
    }
    return tuple(note for note in Note if applies[note])


def assess(facts: CaseFacts) -> Assessment:
    """
    Apply the smuggling and trafficking definitions to *facts*, element by element.

    Facts left unknown make a finding undetermined only where they could change it.
    """
    if not isinstance(facts, CaseFacts):
        raise ValidationError.single("$", f"must be a CaseFacts, got {type(facts).__name__}")
    smuggling = _smuggling(facts)
    trafficking = _trafficking(facts)
    return Assessment(
        facts=facts,
        smuggling=smuggling,
        trafficking=trafficking,
        characterisation=_characterise(smuggling.finding, trafficking.finding),
        aggravations=_aggravations(facts, smuggling),
        notes=_notes(facts, smuggling, trafficking),
    )


# --- Explanation ----------------------------------------------------------------------------
#
# One full sentence per message, with named placeholders, so that each translates whole.
# {citations} is a list of citations; {conducts}, {acts}, {means} and {purposes} are lists of
# the labels below.

_HEADINGS: dict[tuple[Offence, Finding], str] = {
    (Offence.SMUGGLING_OF_MIGRANTS, Finding.MET): N_("Smuggling of migrants: the definition is met."),
    (Offence.SMUGGLING_OF_MIGRANTS, Finding.NOT_MET): N_("Smuggling of migrants: the definition is not met."),
    (Offence.SMUGGLING_OF_MIGRANTS, Finding.UNDETERMINED): N_(
        "Smuggling of migrants: undetermined, because facts that could decide it are unknown."
    ),
    (Offence.TRAFFICKING_IN_PERSONS, Finding.MET): N_("Trafficking in persons: the definition is met."),
    (Offence.TRAFFICKING_IN_PERSONS, Finding.NOT_MET): N_(
        "Trafficking in persons: the definition is not met."
    ),
    (Offence.TRAFFICKING_IN_PERSONS, Finding.UNDETERMINED): N_(
        "Trafficking in persons: undetermined, because facts that could decide it are unknown."
    ),
}

_REASONS: dict[Reason, str] = {
    Reason.BENEFIT_SOUGHT: N_(
        "The conduct was done in order to obtain, directly or indirectly, a financial or "
        "other material benefit ({citations})."
    ),
    Reason.NO_BENEFIT: N_(
        "The conduct was not done in order to obtain a financial or other material benefit ({citations})."
    ),
    Reason.BENEFIT_UNKNOWN: N_(
        "It is not known whether the conduct was done in order to obtain a financial or "
        "other material benefit ({citations})."
    ),
    Reason.NOT_NATIONAL: N_(
        "The person is neither a national nor a permanent resident of the State concerned ({citations})."
    ),
    Reason.NATIONAL: N_(
        "The person is a national or a permanent resident of the State concerned, whom the "
        "definition leaves out ({citations})."
    ),
    Reason.NATIONALITY_UNKNOWN: N_(
        "It is not known whether the person is a national or a permanent resident of the "
        "State concerned ({citations})."
    ),
    Reason.CONDUCT_SHOWN: N_(
        "The facts show conduct that the Protocol criminalises: {conducts} ({citations})."
    ),
    Reason.NO_CONDUCT: N_("The facts show none of the conduct that the Protocol criminalises ({citations})."),
    Reason.CONDUCT_UNKNOWN: N_(
        "It is not known whether conduct that the Protocol criminalises took place ({citations})."
    ),
    Reason.ENTRY_NOT_ILLEGAL: N_(
        "Procuring an entry is smuggling only if the entry was illegal, and this one was not ({citations})."
    ),
    Reason.ENTRY_UNKNOWN: N_(
        "Procuring an entry is smuggling only if the entry was illegal, and it is not known "
        "whether this one was ({citations})."
    ),
    Reason.ACT_SHOWN: N_("An act listed in the definition took place: {acts} ({citations})."),
    Reason.NO_ACT: N_(
        "No recruitment, transportation, transfer, harbouring or receipt took place ({citations})."
    ),
    Reason.ACT_UNKNOWN: N_(
        "It is not known whether recruitment, transportation, transfer, harbouring or receipt "
        "took place ({citations})."
    ),
    Reason.MEANS_USED: N_("Means listed in the definition were used: {means} ({citations})."),
    Reason.NO_MEANS: N_("None of the means listed in the definition was used ({citations})."),
    Reason.MEANS_UNKNOWN: N_(
        "It is not known whether any of the means listed in the definition was used ({citations})."
    ),
    Reason.CHILD: N_("The person was a child, under eighteen, so no means are required ({citations})."),
    Reason.ADULT: N_("The person was eighteen or older, so one of the means is required ({citations})."),
    Reason.AGE_UNKNOWN: N_(
        "The person's age is unknown; for a child under eighteen no means would be required ({citations})."
    ),
    Reason.PURPOSE_SHOWN: N_("The purpose was exploitation: {purposes} ({citations})."),
    Reason.NO_PURPOSE: N_("There was no purpose of exploitation ({citations})."),
    Reason.PURPOSE_UNKNOWN: N_("It is not known whether the purpose was exploitation ({citations})."),
}

_AGGRAVATIONS: dict[tuple[AggravatingCircumstance, bool], str] = {
    (AggravatingCircumstance.ENDANGERED_LIFE_OR_SAFETY, False): N_(
        "Aggravating circumstance: the smuggling endangered, or was likely to endanger, the "
        "life or safety of the migrant ({citations})."
    ),
    (AggravatingCircumstance.ENDANGERED_LIFE_OR_SAFETY, True): N_(
        "If the unknown facts establish the smuggling, it is aggravated because it endangered, "
        "or was likely to endanger, the life or safety of the migrant ({citations})."
    ),
    (AggravatingCircumstance.INHUMAN_OR_DEGRADING_TREATMENT, False): N_(
        "Aggravating circumstance: the smuggling entailed inhuman or degrading treatment of "
        "the migrant, including for exploitation ({citations})."
    ),
    (AggravatingCircumstance.INHUMAN_OR_DEGRADING_TREATMENT, True): N_(
        "If the unknown facts establish the smuggling, it is aggravated because it entailed "
        "inhuman or degrading treatment of the migrant, including for exploitation "
        "({citations})."
    ),
}

_CHARACTERISATIONS: dict[Characterisation, str] = {
    Characterisation.SMUGGLING_ONLY: N_(
        "On these facts this is smuggling of migrants, not trafficking in persons."
    ),
    Characterisation.TRAFFICKING_ONLY: N_(
        "On these facts this is trafficking in persons, not smuggling of migrants."
    ),
    Characterisation.BOTH: N_(
        "On these facts this is both smuggling of migrants and trafficking in persons."
    ),
    Characterisation.NEITHER: N_(
        "On these facts this is neither smuggling of migrants nor trafficking in persons."
    ),
    Characterisation.UNDETERMINED: N_(
        "The facts given do not settle whether this is smuggling of migrants, trafficking in "
        "persons, both or neither: an unknown fact above could change the answer."
    ),
}

_NOTES: dict[Note, str] = {
    Note.MIGRANT_NOT_LIABLE: N_(
        "The smuggled person does not become liable to criminal prosecution under the Protocol "
        "for having been smuggled ({citations})."
    ),
    Note.NO_BENEFIT_HUMANITARIAN: N_(
        "No financial or other material benefit was sought: help given for humanitarian "
        "reasons or on the basis of close family ties is outside the Protocol ({citations})."
    ),
    Note.AGGRAVATION_NOT_FOR_DOCUMENT_POSSESSION: N_(
        "The aggravating circumstances of the Protocol do not apply to procuring, providing or "
        "possessing a fraudulent document, the only conduct shown here ({citations})."
    ),
    Note.CONSENT_IRRELEVANT_MEANS: N_("Consent is irrelevant because means were used ({citations})."),
    Note.CONSENT_IRRELEVANT_CHILD: N_(
        "Consent is irrelevant because the person was a child, for whom no means are required ({citations})."
    ),
    Note.ADULT_WITHOUT_MEANS: N_(
        "For an adult, trafficking requires one of the means, whether or not the person "
        "consented ({citations})."
    ),
    Note.NO_BORDER_NEEDED: N_(
        "Trafficking does not require crossing a border: it can happen within one country ({citations})."
    ),
    Note.SMUGGLING_BECAME_TRAFFICKING: N_(
        "The same facts meet both definitions: smuggling that turned into trafficking, so the "
        "person is also a victim of trafficking ({citations})."
    ),
    Note.SCOPE_NOT_OFFENCE: N_(
        "Transnationality and an organized criminal group decide the Protocols' scope of "
        "application, not whether the offence is made out ({citations})."
    ),
}

_DISCLAIMER = N_(
    "This applies the definitions of the Protocols; it is not legal advice about any national law."
)

_CONDUCT_LABELS: dict[SmugglingConduct, str] = {
    SmugglingConduct.PROCURED_ILLEGAL_ENTRY: N_("procuring the illegal entry"),
    SmugglingConduct.PRODUCED_FRAUDULENT_DOCUMENT: N_("producing a fraudulent travel or identity document"),
    SmugglingConduct.PROVIDED_FRAUDULENT_DOCUMENT: N_(
        "procuring, providing or possessing a fraudulent travel or identity document"
    ),
    SmugglingConduct.ENABLED_ILLEGAL_STAY: N_("enabling an illegal stay"),
}

_ACT_LABELS: dict[TraffickingAct, str] = {
    TraffickingAct.RECRUITMENT: N_("recruitment"),
    TraffickingAct.TRANSPORTATION: N_("transportation"),
    TraffickingAct.TRANSFER: N_("transfer"),
    TraffickingAct.HARBOURING: N_("harbouring"),
    TraffickingAct.RECEIPT: N_("receipt"),
}

_MEANS_LABELS: dict[TraffickingMeans, str] = {
    TraffickingMeans.THREAT_OR_USE_OF_FORCE: N_("the threat or use of force"),
    TraffickingMeans.OTHER_COERCION: N_("other forms of coercion"),
    TraffickingMeans.ABDUCTION: N_("abduction"),
    TraffickingMeans.FRAUD: N_("fraud"),
    TraffickingMeans.DECEPTION: N_("deception"),
    TraffickingMeans.ABUSE_OF_POWER: N_("the abuse of power"),
    TraffickingMeans.ABUSE_OF_VULNERABILITY: N_("the abuse of a position of vulnerability"),
    TraffickingMeans.PAYMENTS_TO_PERSON_IN_CONTROL: N_(
        "payments or benefits to achieve the consent of a person having control over the person"
    ),
}

_PURPOSE_LABELS: dict[ExploitationPurpose, str] = {
    ExploitationPurpose.SEXUAL_EXPLOITATION: N_(
        "the exploitation of the prostitution of others or other sexual exploitation"
    ),
    ExploitationPurpose.FORCED_LABOUR_OR_SERVICES: N_("forced labour or services"),
    ExploitationPurpose.SLAVERY_OR_SIMILAR_PRACTICES: N_("slavery or practices similar to slavery"),
    ExploitationPurpose.SERVITUDE: N_("servitude"),
    ExploitationPurpose.REMOVAL_OF_ORGANS: N_("the removal of organs"),
    ExploitationPurpose.OTHER_EXPLOITATION: N_("another form of exploitation"),
}

# Translators: the separator between items of a list of citations or labels.
_LIST_SEPARATOR = N_("; ")


def _translate(message: str, locale: str) -> str:
    """
    Translate one marked message into *locale*: the one place this module asks for a translation.

    Raises:
        LocaleError: the library cannot speak *locale*.
    """
    return gettext(message, locale)


def _explain(assessment: Assessment, locale: str) -> str:
    facts = assessment.facts
    counted = frozenset(c for c in facts.smuggling_conduct or () if _conduct_finding(c, facts) is Finding.MET)

    def listing(items: Iterable[str]) -> str:
        return _translate(_LIST_SEPARATOR, locale).join(_translate(i, locale) for i in items)

    def labels(table: dict[Any, str], members: frozenset[Any] | None) -> str:
        return listing(label for member, label in table.items() if member in (members or ()))

    def say(message: str, provisions: Iterable[Provision] = ()) -> str:
        return _translate(message, locale).format(
            citations=listing(p.citation for p in provisions),
            conducts=labels(_CONDUCT_LABELS, counted),
            acts=labels(_ACT_LABELS, facts.acts),
            means=labels(_MEANS_LABELS, facts.means),
            purposes=labels(_PURPOSE_LABELS, facts.purposes),
        )

    def section(offence: OffenceResult) -> list[str]:
        return [
            say(_HEADINGS[offence.offence, offence.finding]),
            *(f"- {say(_REASONS[e.reason], e.provisions)}" for e in offence.elements),
        ]

    return "\n".join(
        [
            *section(assessment.smuggling),
            *(
                f"- {say(_AGGRAVATIONS[a.circumstance, a.conditional], a.provisions)}"
                for a in assessment.aggravations
            ),
            *section(assessment.trafficking),
            say(_CHARACTERISATIONS[assessment.characterisation]),
            *(f"- {say(_NOTES[note], note.provisions)}" for note in assessment.notes),
            say(_DISCLAIMER),
        ]
    )
