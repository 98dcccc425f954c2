"""The legal rules the assessment applies, checked as properties over generated case facts."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from untoc_dialogue import from_json, to_json
from untoc_dialogue._assessment_strategies import case_facts
from untoc_dialogue.assessment import (
    Assessment,
    CaseFacts,
    Characterisation,
    ExploitationPurpose,
    Finding,
    SmugglingConduct,
    TraffickingAct,
    TraffickingMeans,
    assess,
)

LEGAL = settings(max_examples=500)

#: Each fact's value that makes its element met, and the one that makes it not met.
MOST = {
    "illegal_entry": True,
    "is_national_or_permanent_resident": False,
    "smuggling_conduct": frozenset(SmugglingConduct),
    "financial_or_material_benefit": True,
    "acts": frozenset(TraffickingAct),
    "means": frozenset(TraffickingMeans),
    "purposes": frozenset(ExploitationPurpose),
    "age": 10,
}
LEAST = {
    "illegal_entry": False,
    "is_national_or_permanent_resident": True,
    "smuggling_conduct": frozenset(),
    "financial_or_material_benefit": False,
    "acts": frozenset(),
    "means": frozenset(),
    "purposes": frozenset(),
    "age": 30,
}


def fill(facts: CaseFacts, values: dict[str, object]) -> CaseFacts:
    """*facts* with each unknown fact named in *values* filled in from it."""
    unknown = {name: value for name, value in values.items() if getattr(facts, name) is None}
    return attrs.evolve(facts, **unknown)  # type: ignore[arg-type]


def findings(result: Assessment) -> tuple[Finding, Finding, Characterisation]:
    """What an assessment decided, leaving aside notes and aggravations."""
    return (result.smuggling.finding, result.trafficking.finding, result.characterisation)


# --- Smuggling of migrants ----------------------------------------------------------------


@LEGAL
@given(case_facts(), st.sampled_from([False, None]))
def test_smuggling_needs_a_benefit(facts: CaseFacts, benefit: bool | None) -> None:
    """
    SOM art. 3(a): smuggling is the procurement, "in order to obtain, directly or indirectly,
    a financial or other material benefit", of an illegal entry; never met without one.
    """
    result = assess(attrs.evolve(facts, financial_or_material_benefit=benefit))
    assert result.smuggling.finding is not Finding.MET


@LEGAL
@given(case_facts())
def test_smuggling_excludes_nationals_and_permanent_residents(facts: CaseFacts) -> None:
    """
    SOM art. 3(a): the illegal entry "into a State Party of which the person is not a national
    or a permanent resident"; a national or permanent resident is never smuggled.
    """
    result = assess(attrs.evolve(facts, is_national_or_permanent_resident=True))
    assert result.smuggling.finding is Finding.NOT_MET


@LEGAL
@given(case_facts())
def test_smuggling_needs_an_article_6_1_conduct(facts: CaseFacts) -> None:
    """
    SOM art. 6(1): the offences are "(a) The smuggling of migrants", (b) producing, procuring,
    providing or possessing a fraudulent document, and (c) enabling an illegal stay; with none
    of them there is no smuggling.
    """
    result = assess(attrs.evolve(facts, smuggling_conduct=frozenset()))
    assert result.smuggling.finding is Finding.NOT_MET


@LEGAL
@given(case_facts())
def test_procuring_a_legal_entry_is_not_smuggling(facts: CaseFacts) -> None:
    """
    SOM art. 3(b): "'Illegal entry' shall mean crossing borders without complying with the
    necessary requirements for legal entry"; procuring an entry that complied is not smuggling.
    """
    only_entry = frozenset({SmugglingConduct.PROCURED_ILLEGAL_ENTRY})
    result = assess(attrs.evolve(facts, smuggling_conduct=only_entry, illegal_entry=False))
    assert result.smuggling.finding is Finding.NOT_MET


@LEGAL
@given(case_facts())
def test_aggravations_only_with_smuggling(facts: CaseFacts) -> None:
    """
    SOM art. 6(3): circumstances are aggravating "to the offences established in accordance
    with paragraph 1"; none is reported when smuggling is not met, and each is conditional
    while smuggling is undetermined.
    """
    result = assess(facts)
    if result.smuggling.finding is Finding.NOT_MET:
        assert result.aggravations == ()
    if result.smuggling.finding is Finding.UNDETERMINED:
        assert all(a.conditional for a in result.aggravations)


# --- Trafficking in persons ---------------------------------------------------------------


@LEGAL
@given(case_facts())
def test_trafficking_needs_act_purpose_and_means_or_child(facts: CaseFacts) -> None:
    """
    TIP art. 3(a): "the recruitment, transportation, transfer, harbouring or receipt of
    persons, by means of ... for the purpose of exploitation"; art. 3(c) drops the means for a
    child. Trafficking is met only with an act, a purpose, and a means or a person under 18.
    """
    if assess(facts).trafficking.finding is Finding.MET:
        child = facts.age is not None and facts.age < 18
        assert facts.acts and facts.purposes and (facts.means or child)


@LEGAL
@given(case_facts(), st.sampled_from(["acts", "purposes"]))
def test_no_act_or_no_purpose_is_not_trafficking(facts: CaseFacts, missing: str) -> None:
    """
    TIP art. 3(a): the act and the purpose of exploitation are both required, for adults and
    children alike.
    """
    result = assess(attrs.evolve(facts, **{missing: frozenset()}))  # type: ignore[arg-type]
    assert result.trafficking.finding is Finding.NOT_MET


@LEGAL
@given(case_facts(child=False, with_means=False))
def test_adult_without_means_is_not_trafficked(facts: CaseFacts) -> None:
    """
    TIP art. 3(a): for an adult the act must be "by means of the threat or use of force or
    other forms of coercion, ..."; without any means the definition is not met.
    """
    assert assess(facts).trafficking.finding is Finding.NOT_MET


@LEGAL
@given(
    case_facts(child=True),
    st.frozensets(st.sampled_from(TraffickingAct), min_size=1),
    st.frozensets(st.sampled_from(ExploitationPurpose), min_size=1),
)
def test_means_are_never_required_for_a_child(
    facts: CaseFacts, acts: frozenset[TraffickingAct], purposes: frozenset[ExploitationPurpose]
) -> None:
    """
    TIP art. 3(c): the act "of a child for the purpose of exploitation shall be considered
    'trafficking in persons' even if this does not involve any of the means"; art. 3(d):
    "'Child' shall mean any person under eighteen years of age."
    """
    result = assess(attrs.evolve(facts, acts=acts, purposes=purposes))
    assert result.trafficking.finding is Finding.MET


@LEGAL
@given(case_facts(with_means=True), st.sampled_from([True, False, None]))
def test_consent_never_matters_where_means_were_used(facts: CaseFacts, consented: bool | None) -> None:
    """
    TIP art. 3(b): "The consent of a victim ... shall be irrelevant where any of the means set
    forth in subparagraph (a) have been used."
    """
    changed = assess(attrs.evolve(facts, consented=consented))
    assert findings(changed) == findings(assess(facts))


@LEGAL
@given(case_facts(child=True), st.sampled_from([True, False, None]))
def test_consent_of_a_child_never_matters(facts: CaseFacts, consented: bool | None) -> None:
    """
    TIP art. 3(c): a child's case is trafficking "even if this does not involve any of the
    means", so the child's consent cannot change it.
    """
    changed = assess(attrs.evolve(facts, consented=consented))
    assert findings(changed) == findings(assess(facts))


@LEGAL
@given(case_facts())
def test_trafficking_never_requires_a_border_crossing(facts: CaseFacts) -> None:
    """
    TIP art. 3(a) defines trafficking by act, means and purpose, with no border in it:
    "Trafficking can occur regardless of whether victims are taken to another country or only
    moved from one place to another within the same country" (UNODC).
    """
    domestic = attrs.evolve(facts, illegal_entry=False, transnational=False)
    assert assess(domestic).trafficking == assess(facts).trafficking


# --- Both definitions ---------------------------------------------------------------------


@LEGAL
@given(case_facts(), st.sampled_from([True, False, None]), st.sampled_from([True, False, None]))
def test_scope_facts_never_change_the_answer(
    facts: CaseFacts, transnational: bool | None, group: bool | None
) -> None:
    """
    UNTOC art. 34(2): the offences are established "independently of the transnational nature
    or the involvement of an organized criminal group"; SOM and TIP art. 4 make these the
    Protocols' scope of application, not elements of the offences.
    """
    changed = attrs.evolve(facts, transnational=transnational, organized_criminal_group=group)
    assert findings(assess(changed)) == findings(assess(facts))


@LEGAL
@given(
    case_facts(),
    st.frozensets(st.sampled_from(SmugglingConduct), min_size=1),
    st.frozensets(st.sampled_from(TraffickingAct), min_size=1),
    st.frozensets(st.sampled_from(TraffickingMeans), min_size=1),
    st.frozensets(st.sampled_from(ExploitationPurpose), min_size=1),
)
def test_smuggling_and_trafficking_can_both_be_met(
    facts: CaseFacts,
    conducts: frozenset[SmugglingConduct],
    acts: frozenset[TraffickingAct],
    means: frozenset[TraffickingMeans],
    purposes: frozenset[ExploitationPurpose],
) -> None:
    """
    SOM art. 3(a) and TIP art. 3(a) do not exclude each other: "what may begin as a case of
    migrant smuggling may then transform into one of trafficking in persons" (UNODC, E4J).
    """
    both = attrs.evolve(
        facts,
        illegal_entry=True,
        is_national_or_permanent_resident=False,
        smuggling_conduct=conducts,
        financial_or_material_benefit=True,
        acts=acts,
        means=means,
        purposes=purposes,
    )
    assert assess(both).characterisation is Characterisation.BOTH


@LEGAL
@given(case_facts(complete=True), st.sets(st.sampled_from([f.name for f in attrs.fields(CaseFacts)])))
def test_learning_a_fact_never_reverses_a_finding(facts: CaseFacts, forgotten: set[str]) -> None:
    """
    The definitions (SOM art. 3(a), 6(1); TIP art. 3) are conjunctions of elements: a finding
    made with facts unknown holds whatever they turn out to be, so learning them can only
    resolve an undetermined finding.
    """
    partial = attrs.evolve(facts, **dict.fromkeys(forgotten))
    for before, after in zip(findings(assess(partial)), findings(assess(facts)), strict=True):
        assert before in (after, Finding.UNDETERMINED, Characterisation.UNDETERMINED)


@LEGAL
@given(case_facts(complete=True))
def test_complete_facts_always_decide(facts: CaseFacts) -> None:
    """
    SOM art. 3(a), 6(1) and TIP art. 3 are decided by facts alone: with every fact known,
    nothing is undetermined.
    """
    assert Characterisation.UNDETERMINED is not assess(facts).characterisation


@LEGAL
@given(case_facts())
def test_undetermined_only_when_an_unknown_could_change_it(facts: CaseFacts) -> None:
    """
    SOM art. 3(a), 6(1); TIP art. 3(a), 3(c): a finding is undetermined only when filling in
    the unknown facts one way meets the definition and another way does not.
    """
    result, most, least = assess(facts), assess(fill(facts, MOST)), assess(fill(facts, LEAST))
    for offence in ("smuggling", "trafficking"):
        if getattr(result, offence).finding is Finding.UNDETERMINED:
            assert getattr(most, offence).finding is Finding.MET
            assert getattr(least, offence).finding is Finding.NOT_MET


@LEGAL
@given(case_facts())
def test_every_result_names_its_articles(facts: CaseFacts) -> None:
    """
    The issue's rule: every result names the articles that decided it (SOM art. 3, 5, 6;
    TIP art. 3; UNTOC art. 34(2)).
    """
    result = assess(facts)
    for offence in (result.smuggling, result.trafficking):
        assert offence.provisions
        assert all(e.provisions and e.decided_by for e in offence.elements)
    assert all(a.provisions for a in result.aggravations)
    assert all(note.provisions for note in result.notes)


# --- The strategy's knobs ----------------------------------------------------------------


@given(case_facts(complete=True, child=True, with_means=False))
def test_case_facts_knobs_are_respected(facts: CaseFacts) -> None:
    """complete leaves nothing unknown, child gives an age under 18, with_means=False no means."""
    values = [getattr(facts, field.name) for field in attrs.fields(CaseFacts)]
    assert (None in values, facts.age is not None and facts.age < 18, facts.means) == (
        False,
        True,
        frozenset(),
    )


# --- Explanation and serialisation --------------------------------------------------------


@settings(max_examples=300)
@given(case_facts())
def test_explain_always_ends_with_the_disclaimer(facts: CaseFacts) -> None:
    """Every explanation can be worded, and says it is not legal advice about national law."""
    assert assess(facts).explain().endswith("it is not legal advice about any national law.")


@settings(max_examples=300)
@given(case_facts())
def test_assessment_json_round_trip(facts: CaseFacts) -> None:
    """An assessment read back from its canonical JSON equals the original."""
    result = assess(facts)
    assert from_json(Assessment, to_json(result)) == result
