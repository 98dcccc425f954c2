"""Tests for untoc_dialogue.assessment: worked cases, element results, notes and explanations."""

from __future__ import annotations

import attrs
import pytest

from untoc_dialogue import LocaleError, Reliability, ValidationError, from_json, to_dict, to_json
from untoc_dialogue._assessment import _translate
from untoc_dialogue.assessment import (
    AggravatingCircumstance,
    Aggravation,
    Assessment,
    CaseFacts,
    Characterisation,
    Element,
    ExploitationPurpose,
    Fact,
    Finding,
    Note,
    Provision,
    Reason,
    SmugglingConduct,
    TraffickingAct,
    TraffickingMeans,
    assess,
)

ENTRY = SmugglingConduct.PROCURED_ILLEGAL_ENTRY

#: One of the nine migrants of UNODC's Box 5 who paid US$10,000 and were released.
PAID_AND_RELEASED = CaseFacts(
    illegal_entry=True,
    is_national_or_permanent_resident=False,
    smuggling_conduct={ENTRY},
    financial_or_material_benefit=True,
    acts={TraffickingAct.TRANSPORTATION},
    means=set(),
    purposes=set(),
    age=30,
    consented=True,
)

#: A smuggling case with every smuggling element met and no aggravating circumstance.
SMUGGLED = CaseFacts(
    illegal_entry=True,
    is_national_or_permanent_resident=False,
    smuggling_conduct={ENTRY},
    financial_or_material_benefit=True,
)


def element(result: Assessment, which: Element) -> tuple[Finding, Reason, bool]:
    """The finding, reason and decisiveness of one element of *result*."""
    for offence in (result.smuggling, result.trafficking):
        for item in offence.elements:
            if item.element is which:
                return item.finding, item.reason, item.decisive
    raise AssertionError(which)


# --- Worked cases -------------------------------------------------------------------------


def test_box5_migrant_who_paid_is_smuggled_only() -> None:
    """A migrant who paid a smuggler and was released is smuggled, not trafficked."""
    assert assess(PAID_AND_RELEASED).characterisation is Characterisation.SMUGGLING_ONLY


def test_box5_tenth_migrant_without_known_means_is_undetermined() -> None:
    """Sold to a brothel owner, age and means unknown: trafficking is not yet decided."""
    tenth = attrs.evolve(
        PAID_AND_RELEASED,
        acts={TraffickingAct.TRANSPORTATION, TraffickingAct.TRANSFER},
        means=None,
        purposes={ExploitationPurpose.SEXUAL_EXPLOITATION},
        age=None,
    )
    result = assess(tenth)
    assert (result.trafficking.finding, result.characterisation) == (
        Finding.UNDETERMINED,
        Characterisation.UNDETERMINED,
    )


def test_box5_tenth_migrant_with_coercion_is_both() -> None:
    """Sold to a brothel owner under a tripled debt: smuggling that became trafficking."""
    tenth = attrs.evolve(
        PAID_AND_RELEASED,
        acts={TraffickingAct.TRANSPORTATION, TraffickingAct.TRANSFER},
        means={TraffickingMeans.OTHER_COERCION, TraffickingMeans.ABUSE_OF_VULNERABILITY},
        purposes={ExploitationPurpose.SEXUAL_EXPLOITATION},
    )
    result = assess(tenth)
    assert (result.characterisation, Note.SMUGGLING_BECAME_TRAFFICKING in result.notes) == (
        Characterisation.BOTH,
        True,
    )


def test_humanitarian_help_is_neither() -> None:
    """Help across a border without any benefit is outside the smuggling definition."""
    helped = attrs.evolve(SMUGGLED, financial_or_material_benefit=False, purposes=set())
    result = assess(helped)
    assert (result.characterisation, result.notes) == (
        Characterisation.NEITHER,
        (Note.NO_BENEFIT_HUMANITARIAN,),
    )


def test_child_recruited_for_exploitation_without_means_is_trafficked() -> None:
    """TIP art. 3(c): for a child, an act and a purpose of exploitation suffice."""
    child = CaseFacts(
        acts={TraffickingAct.RECRUITMENT},
        means=set(),
        purposes={ExploitationPurpose.FORCED_LABOUR_OR_SERVICES},
        age=15,
        consented=True,
    )
    assert assess(child).trafficking.finding is Finding.MET


def test_domestic_trafficking_is_trafficking_only() -> None:
    """A national moved within one country for forced labour, by abuse of vulnerability."""
    domestic = CaseFacts(
        illegal_entry=False,
        is_national_or_permanent_resident=True,
        smuggling_conduct=set(),
        financial_or_material_benefit=True,
        acts={TraffickingAct.TRANSPORTATION, TraffickingAct.HARBOURING},
        means={TraffickingMeans.ABUSE_OF_VULNERABILITY},
        purposes={ExploitationPurpose.FORCED_LABOUR_OR_SERVICES},
        age=34,
        transnational=False,
    )
    result = assess(domestic)
    assert (result.characterisation, Note.NO_BORDER_NEEDED in result.notes) == (
        Characterisation.TRAFFICKING_ONLY,
        True,
    )


def test_nothing_known_is_undetermined() -> None:
    """With no facts at all, nothing can be said."""
    assert assess(CaseFacts()).characterisation is Characterisation.UNDETERMINED


# --- Smuggling elements -------------------------------------------------------------------


def test_no_benefit_decides_smuggling_alone() -> None:
    """Without a benefit, the benefit element is the only decisive one."""
    result = assess(attrs.evolve(SMUGGLED, financial_or_material_benefit=False))
    decisive = [e.element for e in result.smuggling.elements if e.decisive]
    assert decisive == [Element.FINANCIAL_OR_MATERIAL_BENEFIT]


def test_not_met_smuggling_cites_the_benefit_articles() -> None:
    """The articles that decided a not-met smuggling finding are those of the benefit element."""
    result = assess(attrs.evolve(SMUGGLED, financial_or_material_benefit=False))
    assert result.smuggling.provisions == (Provision.SOM_3_A, Provision.SOM_6_1)


def test_national_is_outside_smuggling() -> None:
    """SOM art. 3(a) covers only a person who is not a national or permanent resident."""
    result = assess(attrs.evolve(SMUGGLED, is_national_or_permanent_resident=True))
    assert element(result, Element.NOT_NATIONAL_OR_PERMANENT_RESIDENT) == (
        Finding.NOT_MET,
        Reason.NATIONAL,
        True,
    )


def test_procuring_a_legal_entry_is_not_a_conduct() -> None:
    """Procuring an entry that complied with the requirements is not smuggling (art. 3(b))."""
    result = assess(attrs.evolve(SMUGGLED, illegal_entry=False))
    conduct = result.smuggling.elements[2]
    assert (conduct.finding, conduct.reason, conduct.provisions, conduct.decided_by) == (
        Finding.NOT_MET,
        Reason.ENTRY_NOT_ILLEGAL,
        (Provision.SOM_3_A, Provision.SOM_3_B, Provision.SOM_6_1_A),
        (Fact.ILLEGAL_ENTRY, Fact.SMUGGLING_CONDUCT),
    )


def test_procured_entry_of_unknown_legality_is_undetermined() -> None:
    """Whether the entry was illegal decides whether procuring it is smuggling."""
    result = assess(attrs.evolve(SMUGGLED, illegal_entry=None))
    assert element(result, Element.SMUGGLING_CONDUCT) == (
        Finding.UNDETERMINED,
        Reason.ENTRY_UNKNOWN,
        True,
    )


def test_enabling_a_stay_counts_whatever_the_entry() -> None:
    """Art. 6(1)(c) needs no illegal entry; only the stay conduct is cited."""
    facts = attrs.evolve(
        SMUGGLED,
        illegal_entry=None,
        smuggling_conduct={ENTRY, SmugglingConduct.ENABLED_ILLEGAL_STAY},
    )
    conduct = assess(facts).smuggling.elements[2]
    assert (conduct.finding, conduct.provisions, conduct.decided_by) == (
        Finding.MET,
        (Provision.SOM_6_1_C,),
        (Fact.SMUGGLING_CONDUCT,),
    )


def test_producing_a_document_counts_without_an_illegal_entry() -> None:
    """Art. 6(1)(b)(i) needs the purpose of enabling smuggling, not a completed entry."""
    facts = attrs.evolve(
        SMUGGLED,
        illegal_entry=False,
        smuggling_conduct={SmugglingConduct.PRODUCED_FRAUDULENT_DOCUMENT},
    )
    assert assess(facts).smuggling.provisions == (
        Provision.SOM_3_A,
        Provision.SOM_3_C,
        Provision.SOM_6_1,
        Provision.SOM_6_1_B_I,
        Provision.SOM_6_1_C,
    )


def test_no_conduct_at_all_is_not_smuggling() -> None:
    """A known empty set of conducts leaves the smuggling definition unmet."""
    result = assess(attrs.evolve(SMUGGLED, smuggling_conduct=set()))
    assert element(result, Element.SMUGGLING_CONDUCT) == (Finding.NOT_MET, Reason.NO_CONDUCT, True)


# --- Trafficking elements -----------------------------------------------------------------


def test_seventeen_year_old_is_a_child() -> None:
    """TIP art. 3(d): a child is any person under eighteen."""
    assert element(assess(CaseFacts(age=17)), Element.CHILD)[:2] == (Finding.MET, Reason.CHILD)


def test_eighteen_year_old_is_an_adult() -> None:
    """TIP art. 3(d): at eighteen a person is no longer a child."""
    assert element(assess(CaseFacts(age=18)), Element.CHILD)[:2] == (Finding.NOT_MET, Reason.ADULT)


def test_child_without_means_is_decided_by_age_not_means() -> None:
    """When a child is trafficked without means, age is decisive and the means element is not."""
    child = CaseFacts(
        acts={TraffickingAct.RECEIPT},
        means=set(),
        purposes={ExploitationPurpose.SERVITUDE},
        age=12,
    )
    result = assess(child)
    assert (element(result, Element.MEANS)[2], element(result, Element.CHILD)[2]) == (False, True)


def test_adult_without_means_is_not_trafficked_even_with_consent() -> None:
    """Without means, the adult definition is not met; consent does not enter into it."""
    adult = CaseFacts(
        acts={TraffickingAct.RECRUITMENT},
        means=set(),
        purposes={ExploitationPurpose.FORCED_LABOUR_OR_SERVICES},
        age=25,
        consented=True,
    )
    result = assess(adult)
    assert (result.trafficking.finding, result.notes) == (
        Finding.NOT_MET,
        (Note.ADULT_WITHOUT_MEANS,),
    )


def test_unknown_means_for_an_adult_is_undetermined() -> None:
    """An adult with an act and a purpose: trafficking turns on whether means were used."""
    adult = CaseFacts(
        acts={TraffickingAct.RECRUITMENT},
        purposes={ExploitationPurpose.REMOVAL_OF_ORGANS},
        age=40,
    )
    result = assess(adult)
    assert [e.element for e in result.trafficking.elements if e.decisive] == [Element.MEANS]


def test_unknown_means_with_a_child_is_met() -> None:
    """For a child, unknown means do not matter."""
    child = CaseFacts(
        acts={TraffickingAct.HARBOURING},
        purposes={ExploitationPurpose.OTHER_EXPLOITATION},
        age=9,
    )
    assert assess(child).trafficking.finding is Finding.MET


def test_no_purpose_of_exploitation_is_not_trafficking() -> None:
    """TIP art. 3(a): without a purpose of exploitation there is no trafficking."""
    facts = CaseFacts(
        acts={TraffickingAct.TRANSPORTATION},
        means={TraffickingMeans.DECEPTION},
        purposes=set(),
    )
    assert assess(facts).trafficking.finding is Finding.NOT_MET


# --- Aggravating circumstances ------------------------------------------------------------


def test_endangering_life_aggravates_smuggling() -> None:
    """SOM art. 6(3)(a): endangering the migrant's life or safety aggravates the offence."""
    result = assess(attrs.evolve(SMUGGLED, endangered_life_or_safety=True))
    assert result.aggravations == (
        Aggravation(circumstance=AggravatingCircumstance.ENDANGERED_LIFE_OR_SAFETY, conditional=False),
    )


def test_aggravation_is_conditional_while_smuggling_is_undetermined() -> None:
    """With the benefit unknown, inhuman treatment would aggravate the offence if established."""
    facts = attrs.evolve(SMUGGLED, financial_or_material_benefit=None, inhuman_or_degrading_treatment=True)
    assert assess(facts).aggravations == (
        Aggravation(circumstance=AggravatingCircumstance.INHUMAN_OR_DEGRADING_TREATMENT, conditional=True),
    )


def test_no_aggravation_without_smuggling() -> None:
    """A circumstance aggravates nothing when the smuggling definition is not met."""
    facts = attrs.evolve(SMUGGLED, financial_or_material_benefit=False, endangered_life_or_safety=True)
    assert assess(facts).aggravations == ()


def test_document_possession_alone_is_not_aggravated() -> None:
    """SOM art. 6(3) lists paragraph 1 (a), (b)(i) and (c), not (b)(ii)."""
    facts = attrs.evolve(
        SMUGGLED,
        smuggling_conduct={SmugglingConduct.PROVIDED_FRAUDULENT_DOCUMENT},
        endangered_life_or_safety=True,
    )
    result = assess(facts)
    assert (result.aggravations, Note.AGGRAVATION_NOT_FOR_DOCUMENT_POSSESSION in result.notes) == (
        (),
        True,
    )


# --- Notes --------------------------------------------------------------------------------


def test_smuggled_migrant_is_not_liable() -> None:
    """SOM art. 5: the migrant is not liable for having been smuggled."""
    assert assess(SMUGGLED).notes == (Note.MIGRANT_NOT_LIABLE,)


def test_consent_is_irrelevant_when_means_were_used() -> None:
    """TIP art. 3(b): the note appears when the person consented but means were used."""
    facts = CaseFacts(means={TraffickingMeans.FRAUD}, consented=True)
    assert assess(facts).notes == (Note.CONSENT_IRRELEVANT_MEANS,)


def test_consent_of_a_child_is_irrelevant() -> None:
    """TIP art. 3(c): a child's consent does not matter, means or not."""
    assert assess(CaseFacts(age=16, means=set(), consented=True)).notes == (Note.CONSENT_IRRELEVANT_CHILD,)


def test_no_consent_note_when_consent_is_unknown() -> None:
    """Consent notes answer a person's consent; with consent unknown nothing is said about it."""
    facts = CaseFacts(means={TraffickingMeans.FRAUD}, age=16)
    assert assess(facts).notes == ()


def test_scope_note_when_transnationality_is_given() -> None:
    """UNTOC art. 34(2): the note explains why transnationality did not count."""
    assert assess(CaseFacts(transnational=True)).notes == (Note.SCOPE_NOT_OFFENCE,)


def test_no_scope_note_when_scope_facts_are_unknown() -> None:
    """Nothing is said about scope when neither scope fact was given."""
    assert Note.SCOPE_NOT_OFFENCE not in assess(SMUGGLED).notes


def test_every_note_cites_a_provision() -> None:
    """Each note names the articles it rests on."""
    assert all(note.provisions for note in Note)


# --- Explanation --------------------------------------------------------------------------


def test_explain_humanitarian_case() -> None:
    """The explanation walks through every element and ends with the disclaimer."""
    helped = CaseFacts(
        illegal_entry=True,
        is_national_or_permanent_resident=False,
        smuggling_conduct={ENTRY},
        financial_or_material_benefit=False,
        acts={TraffickingAct.TRANSPORTATION},
        means=set(),
        purposes=set(),
        age=40,
    )
    assert assess(helped).explain() == "\n".join(
        [
            "Smuggling of migrants: the definition is not met.",
            "- The conduct was not done in order to obtain a financial or other material benefit"
            " (SOM Protocol art. 3(a); SOM Protocol art. 6(1)).",
            "- The person is neither a national nor a permanent resident of the State concerned"
            " (SOM Protocol art. 3(a); SOM Protocol art. 6(1)(c)).",
            "- The facts show conduct that the Protocol criminalises: procuring the illegal entry"
            " (SOM Protocol art. 3(a); SOM Protocol art. 3(b); SOM Protocol art. 6(1)(a)).",
            "Trafficking in persons: the definition is not met.",
            "- An act listed in the definition took place: transportation (TIP Protocol art. 3(a)).",
            "- None of the means listed in the definition was used (TIP Protocol art. 3(a)).",
            "- The person was eighteen or older, so one of the means is required"
            " (TIP Protocol art. 3(c); TIP Protocol art. 3(d)).",
            "- There was no purpose of exploitation (TIP Protocol art. 3(a)).",
            "On these facts this is neither smuggling of migrants nor trafficking in persons.",
            "- No financial or other material benefit was sought: help given for humanitarian"
            " reasons or on the basis of close family ties is outside the Protocol"
            " (SOM Protocol art. 6(1); Interpretative note on the SOM Protocol,"
            " A/55/383/Add.1, para. 88).",
            "This applies the definitions of the Protocols; it is not legal advice about any national law.",
        ]
    )


def test_explain_lists_only_conducts_that_count() -> None:
    """A procured entry that was legal is not listed among the conducts shown."""
    facts = attrs.evolve(
        SMUGGLED,
        illegal_entry=False,
        smuggling_conduct={ENTRY, SmugglingConduct.ENABLED_ILLEGAL_STAY},
    )
    assert (
        "- The facts show conduct that the Protocol criminalises: enabling an illegal stay"
        " (SOM Protocol art. 6(1)(c))." in assess(facts).explain().splitlines()
    )


def test_explain_words_a_conditional_aggravation() -> None:
    """An aggravation of a still-undetermined offence is worded as conditional."""
    facts = attrs.evolve(SMUGGLED, is_national_or_permanent_resident=None, endangered_life_or_safety=True)
    assert (
        "- If the unknown facts establish the smuggling, it is aggravated because it endangered,"
        " or was likely to endanger, the life or safety of the migrant"
        " (SOM Protocol art. 6(3); SOM Protocol art. 6(3)(a))." in assess(facts).explain().splitlines()
    )


def test_explain_refuses_unknown_locales() -> None:
    """A locale the library does not speak is a LocaleError."""
    with pytest.raises(LocaleError):
        assess(SMUGGLED).explain(locale="tlh")


def test_translate_goes_through_the_catalogues() -> None:
    """The single translation function returns the catalogue's French sentence, not the English one."""
    english = "Smuggling of migrants: the definition is met."
    assert _translate(english, "en") == english
    assert _translate(english, "fr") != english


# --- Structure and serialisation ----------------------------------------------------------


def test_assessment_to_dict_uses_wire_values() -> None:
    """The structured result serialises enums by their stable values."""
    data = to_dict(assess(PAID_AND_RELEASED))
    assert (data["characterisation"], data["smuggling"]["finding"], data["notes"]) == (
        "smuggling_only",
        "met",
        ["migrant_not_liable", "adult_without_means"],
    )


def test_assessment_json_round_trip() -> None:
    """An assessment read back from its JSON equals the original."""
    result = assess(attrs.evolve(PAID_AND_RELEASED, endangered_life_or_safety=True))
    assert from_json(Assessment, to_json(result)) == result


def test_case_facts_json_round_trip_keeps_unknowns() -> None:
    """Unknown facts stay unknown and known-empty sets stay empty through JSON."""
    facts = CaseFacts(means=set(), age=None, consented=False)
    assert from_json(CaseFacts, to_json(facts)) == facts


def test_fact_values_are_case_facts_fields() -> None:
    """Each Fact names a CaseFacts field, and every field has a Fact."""
    assert [fact.value for fact in Fact] == [field.name for field in attrs.fields(CaseFacts)]


# --- Validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"age": -1}, "$.age: must be >= 0, got -1"),
        ({"age": 151}, "$.age: must be <= 150, got 151"),
        ({"age": True}, "$.age: expected an integer, got true"),
        ({"consented": 1}, "$.consented: expected true or false, got 1"),
        ({"acts": ["recruitment"]}, "$.acts: expected a TraffickingAct, got 'recruitment'"),
        ({"means": "fraud"}, "$.means: expected a frozenset, got 'fraud'"),
    ],
)
def test_bad_facts_are_refused_with_a_path(changes: dict[str, object], problem: str) -> None:
    """Bad input raises the library's ValidationError naming the field."""
    with pytest.raises(ValidationError) as caught:
        CaseFacts(**changes)  # type: ignore[arg-type]
    assert [str(p) for p in caught.value.problems] == [problem]


def test_sets_accept_any_collection() -> None:
    """A list of members becomes the frozenset the field is typed as."""
    assert CaseFacts(acts=[TraffickingAct.RECEIPT]).acts == frozenset({TraffickingAct.RECEIPT})


def test_assess_refuses_a_non_facts_argument() -> None:
    """assess() takes a CaseFacts and says so otherwise."""
    with pytest.raises(ValidationError, match=r"\$: must be a CaseFacts, got dict"):
        assess({"age": 3})  # type: ignore[arg-type]


def test_case_facts_from_json_reports_paths() -> None:
    """Structuring facts from JSON reports a bad member at its path."""
    with pytest.raises(ValidationError, match=r"\$\.acts\[0\]: unknown TraffickingAct 'selling'"):
        from_json(CaseFacts, '{"acts": ["selling"]}')


# --- Provisions ---------------------------------------------------------------------------


def test_low_quality_sources_are_graded_c() -> None:
    """TIP art. 3(c), 3(d) and 4 were only seen verbatim in a blog copy (facts.md section 8)."""
    graded_c = {p for p in Provision if p.reliability is Reliability.C}
    assert graded_c == {Provision.TIP_3_C, Provision.TIP_3_D, Provision.TIP_4}


def test_untoc_34_2_is_a_paraphrase() -> None:
    """facts.md gives UNTOC art. 34(2) only as a paraphrase of the French text."""
    assert [p for p in Provision if not p.verbatim] == [Provision.UNTOC_34_2]


def test_provision_names_instrument_and_article() -> None:
    """A provision knows its instrument, article reference and citation."""
    p = Provision.SOM_6_1_C
    assert (p.instrument.value, p.reference, p.citation) == (
        "smuggling_of_migrants_protocol",
        "6(1)(c)",
        "SOM Protocol art. 6(1)(c)",
    )
