"""
The facts the five seed texts state, one test per fact, checked against the bundled catalogue.

Every expected value below is typed in by hand from the seed text in ``../shared/seeds/``.
Each test checks the value and that the catalogue cites it to the seed that states it, with an
excerpt that occurs in that seed (white space aside) and contains the words that state it.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from untoc_dialogue import (
    Catalog,
    Claim,
    ConstructiveDialogue,
    CountBasis,
    FigureCategory,
    FigureQualifier,
    Instrument,
    Mode,
    PartialDate,
    ParticipationFigure,
    PartyCountKind,
    RecommendationStatus,
    Role,
    WorkingGroup,
    WorkingGroupSession,
    load_catalog,
    parse_date_range,
)

from ._seeds import seed_text, squash

CATALOG: Catalog = load_catalog()


def assert_cited(entity: Any, seed: str, *phrases: str) -> None:
    """*entity* cites *seed* with an excerpt that occurs in the seed and contains every phrase."""
    for phrase in phrases:
        assert squash(phrase) in seed_text(seed), f"the test's phrase is not in {seed}: {phrase!r}"
    for citation in entity.sources:
        if citation.source != seed or citation.excerpt is None:
            continue
        excerpt = squash(citation.excerpt)
        if excerpt in seed_text(seed) and all(squash(phrase) in excerpt for phrase in phrases):
            return
    pytest.fail(f"no citation of {seed} states {phrases!r}; citations: {entity.sources!r}")


def dialogue(identifier: str) -> ConstructiveDialogue:
    found = CATALOG.get(identifier)
    assert isinstance(found, ConstructiveDialogue)
    return found


def session(identifier: str) -> WorkingGroupSession:
    found = CATALOG.get(identifier)
    assert isinstance(found, WorkingGroupSession)
    return found


def figure(identifier: str) -> ParticipationFigure:
    found = CATALOG.get(identifier)
    assert isinstance(found, ParticipationFigure)
    return found


def name_of(identifier: str | None) -> str:
    """The name of the person or organization *identifier*, which must be given."""
    assert identifier is not None
    return str(CATALOG.get(identifier).name)


def names(participants: Any) -> list[tuple[str | None, str | None, Role]]:
    people = [None if p.person is None else CATALOG.get(p.person).name for p in participants]
    return [(name, p.country, p.role) for name, p in zip(people, participants, strict=True)]


# --- seed-000: Crime Alliance, 23 July 2024, on the 2024 dialogue on smuggling of migrants -----


def test_seed_000_is_the_crime_alliance_post_of_23_july_2024() -> None:
    """seed-000 is the Crime Alliance's "Constructive Dialogue on Smuggling of Migrants 2024" of 23 Jul 2024."""
    source = CATALOG.source("seed-000")
    assert (source.title, source.publisher, source.date, source.url) == (
        "Constructive Dialogue on Smuggling of Migrants 2024",
        "Crime Alliance",
        PartialDate(2024, 7, 23),
        "https://crimealliance.org/news/342",
    )


def test_alliance_dates_the_2024_som_dialogue_12_to_15_july() -> None:
    """The Alliance's "From the 12th of July and concluding on the 15th of July" is a claim in the date conflict."""
    conflict = CATALOG.get("conflict-som-2024-date")
    claims = [claim for claim in conflict.claims if any(c.source == "seed-000" for c in claim.sources)]
    assert len(claims) == 1
    assert_cited(claims[0], "seed-000", "From the 12th of July and concluding on the 15th of July")
    phrase = "From the 12th of July and concluding on the 15th of July"
    assert str(parse_date_range(phrase, default_year=2024)) == "2024-07-12/2024-07-15"
    assert conflict.subject == "cd-som-2024"


def test_review_process_remains_stuck_in_cluster_1_in_july_2024() -> None:
    """seed-000: "the process remains stuck in Cluster 1" is a status report of July 2024."""
    assert CATALOG.review_mechanism is not None
    (report,) = [r for r in CATALOG.review_mechanism.status_reports if r.id == "status-2024-07-cluster-1"]
    assert "remains stuck in Cluster 1" in report.statement
    assert report.as_of == PartialDate(2024, 7)
    assert_cited(report, "seed-000", "the process remains stuck in Cluster 1")


def test_som_2024_panel_1_question() -> None:
    """seed-000: the co-chair asked panel 1 about the factors driving the smuggling of migrants."""
    panel = dialogue("cd-som-2024").panels[0]
    assert panel.question == (
        "What are the underlying factors driving the smuggling of migrants, and how can they be "
        "addressed through targeted and meaningful interventions?"
    )
    assert_cited(panel, "seed-000", "The co-chair specifically asked", "What are the underlying factors")


def test_som_2024_panel_1_topic() -> None:
    """seed-000: Panel One focused on international cooperation while addressing root causes."""
    panel = dialogue("cd-som-2024").panels[0]
    assert panel.topic is not None
    assert panel.topic.startswith(
        "preventing and combating the smuggling of migrants through international cooperation "
        "while addressing its root causes"
    )
    assert_cited(panel, "seed-000", "Panel One focused on preventing and combating the smuggling of migrants")


def test_som_2024_panel_2_question() -> None:
    """seed-000: the second panel addressed the risks faced by women and children."""
    panel = dialogue("cd-som-2024").panels[1]
    assert panel.question == (
        "What are the main risks faced by women and children in smuggling, and what sort of "
        "assistance do they need?"
    )
    assert_cited(panel, "seed-000", "The second panel addressed the question")


def test_som_2024_panel_1_recommended_three_interventions() -> None:
    """seed-000: the panelists recommended labour migration programs, family reunification, more visas."""
    recommendations = [r for r in dialogue("cd-som-2024").recommendations if r.panel == 1]
    assert [r.text for r in recommendations] == [
        "Creating labor migration programs",
        "Facilitating family reunification",
        "Expanding visa options to reduce the need for irregular migration",
    ]
    for recommendation in recommendations:
        assert recommendation.status is RecommendationStatus.MADE
        assert_cited(recommendation, "seed-000", recommendation.text)
        assert_cited(recommendation, "seed-000", "recommended several possible interventions")


def test_som_2024_womens_pro_bono_initiative_recommendations() -> None:
    """seed-000: the Women's Pro Bono Initiative's recommendations on panel 2, as worded."""
    recommendations = [r for r in dialogue("cd-som-2024").recommendations if r.panel == 2]
    assert [r.text for r in recommendations] == [
        "the need for comprehensive and consultative bilateral or multilateral agreements between "
        "countries to ensure oversight",
        "the importance of enacting and reviewing national migration policies to protect migrants "
        "against violence and raise awareness, especially in the informal sector",
        "the need to strengthen the implementation of laws addressing gender discrimination, "
        "particularly concerning unpaid care work",
    ]
    for recommendation in recommendations:
        assert recommendation.made_by == ("org-womens-pro-bono-initiative",)
        assert_cited(recommendation, "seed-000", recommendation.text)


def test_womens_pro_bono_initiative_spoke_on_panel_2() -> None:
    """seed-000: the Women's Pro Bono Initiative presented recommendations on the second panel."""
    (speaker,) = dialogue("cd-som-2024").panels[1].speakers
    assert name_of(speaker.organization) == "Women’s Pro Bono Initiative"
    assert_cited(
        speaker, "seed-000", "The Women’s Pro Bono Initiative presented several important recommendations"
    )


def test_ian_tennant_spoke_at_the_2024_som_dialogue() -> None:
    """seed-000: "Our chair, Ian Tennant, emphasized the importance of civil society's role"."""
    (speaker,) = dialogue("cd-som-2024").speakers
    assert name_of(speaker.person) == "Ian Tennant"
    assert speaker.organization == "org-crime-alliance"
    assert_cited(speaker, "seed-000", "Our chair, Ian Tennant")


def test_som_2024_heard_two_panelists() -> None:
    """seed-000: members of the Alliance heard from two panelists."""
    som = dialogue("cd-som-2024")
    assert any("two panelists" in note for note in som.notes)
    assert_cited(som, "seed-000", "hear from two panelists")


# --- seed-001: ICLAIM, on the 2023 dialogue on smuggling of migrants ---------------------------


def test_som_2023_dialogue_held_on_9_october_2023() -> None:
    """seed-001: "On the 9 October 2023, ICLAIM participated in the second meeting"."""
    som = dialogue("cd-som-2023")
    assert str(som.date) == "2023-10-09"
    assert_cited(som, "seed-001", "On the 9 October 2023", "second meeting of the Constructive Dialogue")


def test_som_2023_dialogue_was_hybrid_in_vienna() -> None:
    """seed-001: "The event was held in hybrid form, in Vienna and online"."""
    som = dialogue("cd-som-2023")
    assert (som.mode, som.venue) == (Mode.HYBRID, "Vienna")
    assert_cited(som, "seed-001", "held in hybrid form, in Vienna and online")


def test_som_2023_dialogue_followed_the_tenth_working_group_meeting() -> None:
    """seed-001: it took place immediately after the tenth meeting of the Working Group on SOM."""
    som = dialogue("cd-som-2023")
    assert som.follows == ("wg-som-10",)
    assert session("wg-som-10").number == 10
    assert_cited(som, "seed-001", "immediately after the conclusion of the tenth meeting")


def test_som_2023_dialogue_co_chairs_and_countries() -> None:
    """seed-001: chaired by Ms. Vasiliki Kakosimou (Greece) and Mr. Francesco Testa (Italy)."""
    chairs = dialogue("cd-som-2023").chairs
    assert names(chairs) == [
        ("Vasiliki Kakosimou", "GR", Role.CO_CHAIR),
        ("Francesco Testa", "IT", Role.CO_CHAIR),
    ]
    for chair in chairs:
        assert_cited(chair, "seed-001", "Ms. Vasiliki Kakosimou (Greece) and Mr. Francesco Testa (Italy)")


def test_som_2023_attended_by_40_ngos_according_to_iclaim() -> None:
    """seed-001: "the meeting was attended by 40 non-governmental organisations"."""
    count = figure("fig-cd-som-2023-iclaim-ngos")
    assert (count.number, count.category, count.qualifier, count.basis) == (
        40,
        FigureCategory.NGOS,
        FigureQualifier.EXACT,
        CountBasis.ATTENDED,
    )
    assert_cited(count, "seed-001", "attended by 40 non-governmental organisations")


def test_wg_som_10_met_in_vienna_on_5_and_6_october_2023() -> None:
    """seed-001: the tenth meeting "was held in Vienna from 5 to 6 October 2023"."""
    wg = session("wg-som-10")
    assert (wg.group, str(wg.dates), wg.venue) == (
        WorkingGroup.SMUGGLING_OF_MIGRANTS,
        "2023-10-05/2023-10-06",
        "Vienna",
    )
    assert_cited(wg, "seed-001", "held in Vienna from 5 to 6 October 2023")


def test_wg_som_10_agreed_sixteen_recommendations() -> None:
    """seed-001: "A total of sixteen recommendations were agreed upon by the Working Group"."""
    wg = session("wg-som-10")
    assert wg.recommendations_adopted == 16
    assert_cited(wg, "seed-001", "A total of sixteen recommendations were agreed upon by the Working Group")


def test_wg_som_10_co_chairs_are_the_dialogue_co_chairs() -> None:
    """seed-001: the dialogue was chaired by "the co-chairs of the Working Group"."""
    chairs = session("wg-som-10").chairs
    assert names(chairs) == [
        ("Vasiliki Kakosimou", "GR", Role.CO_CHAIR),
        ("Francesco Testa", "IT", Role.CO_CHAIR),
    ]
    for chair in chairs:
        assert_cited(chair, "seed-001", "the co-chairs of the Working Group")


def test_som_2023_panel_topics() -> None:
    """seed-001: the two panel topics, at sea and who is and who isn't a migrant smuggler."""
    panels = dialogue("cd-som-2023").panels
    assert [panel.topic for panel in panels] == [
        "developments, challenges and best practices in preventing and combatting the smuggling of migrants at sea",
        "determining who to charge with the crime of migrant smuggling – who is and who isn’t a migrant smuggler",
    ]
    for panel in panels:
        assert panel.topic is not None
        assert_cited(panel, "seed-001", panel.topic)


def test_som_2023_agenda_items_a_to_c() -> None:
    """seed-001: the three set agenda items a), b) and c)."""
    agenda = dialogue("cd-som-2023").agenda
    assert [(item.label, item.text) for item in agenda] == [
        (
            "a",
            "the role of civil society in the universalisation and implementation of the Protocol against the Smuggling of Migrants",
        ),
        ("b", "State Parties’ technical assistance needs and related civil society engagement/participation"),
        (
            "c",
            "gender, human rights and victim-centred approaches to countering organised crime, in particular the smuggling of migrants",
        ),
    ]
    for item in agenda:
        assert_cited(item, "seed-001", item.text)


# --- seed-002: Crime Alliance, 2 October 2023, on the 2022 dialogue on smuggling of migrants ---


def test_som_2022_dialogue_held_on_friday_1_july_2022() -> None:
    """seed-002: the first SOM dialogue "took place on Friday 1 July 2022"."""
    som = dialogue("cd-som-2022")
    assert str(som.date) == "2022-07-01"
    assert_cited(
        som, "seed-002", "The first Constructive Dialogue on the Smuggling of Migrants", "Friday 1 July 2022"
    )


def test_som_2022_dialogue_followed_the_ninth_working_group_session() -> None:
    """seed-002: it followed "the ninth session of the Working Group on the Smuggling of Migrants"."""
    som = dialogue("cd-som-2022")
    assert som.follows == ("wg-som-9",)
    wg = session("wg-som-9")
    assert (wg.group, wg.number) == (WorkingGroup.SMUGGLING_OF_MIGRANTS, 9)
    assert_cited(wg, "seed-002", "the ninth session of the Working Group on the Smuggling of Migrants")


def test_som_2022_thirty_seven_ngos_and_seven_other_stakeholders() -> None:
    """seed-002: 37 NGOs and seven other stakeholders (five from academia, two from the private sector)."""
    expected = {
        "fig-cd-som-2022-alliance-ngos": (37, FigureCategory.NGOS),
        "fig-cd-som-2022-alliance-other-stakeholders": (7, FigureCategory.OTHER_STAKEHOLDERS),
        "fig-cd-som-2022-alliance-academia": (5, FigureCategory.ACADEMIC_STAKEHOLDERS),
        "fig-cd-som-2022-alliance-private-sector": (2, FigureCategory.PRIVATE_SECTOR_STAKEHOLDERS),
    }
    for identifier, (number, category) in expected.items():
        count = figure(identifier)
        assert (count.number, count.category) == (number, category)
        assert_cited(count, "seed-002", "five from the academia and two from the private sector")


def test_som_2022_chaired_by_francesco_testa_of_italy() -> None:
    """seed-002: "the summary of the Chair, Mr. Francesco Testa (Italy)"."""
    (chair,) = dialogue("cd-som-2022").chairs
    assert names([chair]) == [("Francesco Testa", "IT", Role.CHAIR)]
    assert_cited(chair, "seed-002", "the Chair, Mr. Francesco Testa (Italy)")


def test_som_2022_held_under_paragraph_53_and_article_32_3_c() -> None:
    """seed-002: held under paragraph 53 of the Procedures and rules and article 32(3)(c) of the Convention."""
    som = dialogue("cd-som-2022")
    assert any("paragraph 53" in note and "article 32, paragraph 3 (c)" in note for note in som.notes)
    assert_cited(som, "seed-002", "in accordance with paragraph 53", "article 32, paragraph 3 (c)")


def test_som_2022_chair_summary_issues() -> None:
    """seed-002: the Chair's summary's issues: inclusion, data, rights-based approaches, technology, information."""
    som = dialogue("cd-som-2022")
    for capitals in [
        "INCLUSION",
        "DATA and EVIDENCE COLLECTION",
        "VICTIM-CENTRED",
        "TECHNOLOGY",
        "INFORMATION",
    ]:
        assert any(capitals in note for note in som.notes), capitals
        assert_cited(som, "seed-002", capitals)


def test_second_som_dialogue_announced_for_9_october_2023() -> None:
    """seed-002: the second SOM dialogue (9 October 2023) follows the tenth session of the Working Group."""
    som = dialogue("cd-som-2023")
    assert str(som.date) == "2023-10-09"
    assert_cited(
        som, "seed-002", "the second Constructive Dialogue on the Smuggling of Migrants (9 October 2023)"
    )


# --- seed-003: UNODC, 20 October 2023, on the 2023 dialogue on smuggling of migrants -----------


def test_seed_003_is_the_unodc_news_of_20_october_2023() -> None:
    """seed-003 is UNODC's news of 20 Oct 2023 at its unodc.org address."""
    source = CATALOG.source("seed-003")
    assert (source.publisher, source.date) == ("UNODC", PartialDate(2023, 10, 20))
    assert source.url == (
        "https://unodc.org/unodc/en/organized-crime/news/2023/"
        "protecting-human-rights-and-dignity-of-smuggled-migrants-at-the-core-of-discussions-of-the-constructive-dialogue.html"
    )


def test_som_protocol_has_151_parties_as_of_october_2023() -> None:
    """seed-003: "the Protocols records 151 Parties as of October 2023"."""
    protocol = CATALOG.instrument(Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL)
    counts = [c for c in protocol.party_counts if c.as_of == PartialDate(2023, 10)]
    assert len(counts) == 1
    assert (counts[0].count, counts[0].kind) == (151, PartyCountKind.PARTIES)
    assert_cited(counts[0], "seed-003", "151 Parties as of October 2023")


def test_som_protocol_treaty_collection_number_is_xviii_12_b() -> None:
    """seed-003: the footnote's UN Treaty Collection address names mtdsg_no=XVIII-12-b."""
    protocol = CATALOG.instrument(Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL)
    assert protocol.treaty_collection_reference == "XVIII-12-b"
    assert_cited(protocol, "seed-003", "mtdsg_no=XVIII-12-b")


def test_som_protocol_adopted_in_2000_and_in_force_in_2004() -> None:
    """seed-003: "Adopted in 2000 and entered into force in 2004"."""
    protocol = CATALOG.instrument(Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL)
    assert protocol.adopted is not None and protocol.entry_into_force is not None
    assert (protocol.adopted.year, protocol.entry_into_force.year) == (2000, 2004)
    assert_cited(protocol, "seed-003", "Adopted in 2000 and entered into force in 2004")


def test_som_2023_sixty_five_stakeholders_and_thirty_eight_governments() -> None:
    """seed-003: 65 non-governmental stakeholders and representatives from 38 governments."""
    stakeholders = figure("fig-cd-som-2023-unodc-stakeholders")
    governments = figure("fig-cd-som-2023-unodc-governments")
    assert (stakeholders.number, stakeholders.category) == (65, FigureCategory.NON_GOVERNMENTAL_STAKEHOLDERS)
    assert (governments.number, governments.category) == (38, FigureCategory.GOVERNMENTS)
    assert_cited(stakeholders, "seed-003", "65 non-governmental stakeholders")
    assert_cited(governments, "seed-003", "representatives from 38 governments")


def test_som_2023_held_in_vienna_on_9_october_per_unodc() -> None:
    """seed-003: the dialogue was "held in Vienna on 9 October"."""
    assert_cited(dialogue("cd-som-2023"), "seed-003", "held in Vienna on 9 October")


def test_kakosimou_co_chair_on_civil_society_as_watchdogs() -> None:
    """seed-003: Kakosimou, Co-Chair: civil society serves "as watchdogs, advocates, and service providers"."""
    quotes = [q for q in dialogue("cd-som-2023").quotes if q.speaker == "person-vasiliki-kakosimou"]
    assert any("as watchdogs, advocates, and service providers" in q.text for q in quotes)
    assert_cited(
        quotes[0], "seed-003", "as watchdogs, advocates, and service providers", "Vasiliki Kakosimou"
    )


def test_testa_co_chair_on_financial_investigations() -> None:
    """seed-003: Testa, Co-Chair, on investigations of financial transactions."""
    (quote,) = [q for q in dialogue("cd-som-2023").quotes if q.speaker == "person-francesco-testa"]
    assert quote.text.startswith(
        "Combating the smuggling of migrants calls for concerted actions among States"
    )
    assert_cited(
        quote,
        "seed-003",
        "to strengthen investigations on financial transactions",
        "Francesco Testa, Co-Chair",
    )


@pytest.mark.parametrize(
    ("person", "organization", "words"),
    [
        (
            "Fatiha Serour",
            "Africa Group for Justice and Accountability",
            "the eyes and ears of the Member States",
        ),
        ("Sulva Joshi", "People Forum for Human Rights", "a huge role in engaging with"),
        (
            "Sally Escutin",
            "Regional Support Office to the Bali Process",
            "Anti-smuggling legislation can uphold the rights",
        ),
        ("Anastasia Chalkia", "Center for the Study of Crime", "must be treated with dignity and respect"),
        (
            "Darren Brookbanks",
            "Global Initiative against Transnational Organized Crime",
            "Criminalization should be developed",
        ),
    ],
)
def test_som_2023_stakeholder_quoted_with_organization(person: str, organization: str, words: str) -> None:
    """seed-003: each stakeholder quoted at the 2023 SOM dialogue, with the organization they spoke from."""
    quotes = [
        q
        for q in dialogue("cd-som-2023").quotes
        if q.speaker is not None and CATALOG.get(q.speaker).name == person
    ]
    assert len(quotes) == 1
    assert quotes[0].organization is not None
    assert CATALOG.get(quotes[0].organization).name == organization
    assert words in quotes[0].text
    assert_cited(quotes[0], "seed-003", words, person)


@pytest.mark.parametrize(
    ("person", "organization"),
    [
        ("Fatiha Serour", "Africa Group for Justice and Accountability"),
        ("Sulva Joshi", "People Forum for Human Rights"),
        ("Sally Escutin", "Regional Support Office to the Bali Process"),
        ("Anastasia Chalkia", "Center for the Study of Crime"),
        ("Darren Brookbanks", "Global Initiative against Transnational Organized Crime"),
    ],
)
def test_som_2023_quoted_stakeholders_are_speakers(person: str, organization: str) -> None:
    """seed-003: each quoted stakeholder spoke at the 2023 SOM dialogue, so appears among its speakers."""
    speakers = [
        s
        for s in dialogue("cd-som-2023").speakers
        if s.person is not None and CATALOG.get(s.person).name == person
    ]
    assert len(speakers) == 1
    assert speakers[0].role is Role.SPEAKER
    assert speakers[0].organization is not None
    assert CATALOG.get(speakers[0].organization).name == organization
    assert_cited(speakers[0], "seed-003", person, organization)


# --- seed-004: UNODC, 4 July 2022, on the 2022 dialogues on SOM and TIP --------------------------


def test_som_2022_chair_title_european_delegated_prosecutor() -> None:
    """seed-004: the chairperson Francesco Testa, European Delegated Prosecutor, EPPO of Italy."""
    (chair,) = dialogue("cd-som-2022").chairs
    assert chair.title == "European Delegated Prosecutor, European Public Prosecutor’s Office of Italy"
    assert_cited(chair, "seed-004", "The chairperson Francesco Testa, European Delegated Prosecutor")


def test_tip_2022_co_chairs_prugh_and_monterrubio_villar() -> None:
    """seed-004: Patt Prugh (US Department of State) and Esther Monterrubio Villar (Spain) co-chaired."""
    chairs = dialogue("cd-tip-2022").chairs
    assert names(chairs) == [
        ("Patt Prugh", "US", Role.CO_CHAIR),
        ("Esther Monterrubio Villar", "ES", Role.CO_CHAIR),
    ]
    assert chairs[0].title == "Attorney Adviser at the US Department of State"
    assert (
        chairs[1].title
        == "Ambassador and Permanent Representative of Spain to the International Organizations in Vienna"
    )
    for chair in chairs:
        assert_cited(chair, "seed-004", "co-chaired the Constructive Dialogue on Trafficking in Persons")


def test_over_150_stakeholders_across_the_2022_som_and_tip_dialogues() -> None:
    """seed-004: "Over 150 non-governmental stakeholders ... participated both online and in-person"."""
    count = figure("fig-cd-som-2022-unodc-som-and-tip")
    assert (count.number, count.qualifier) == (150, FigureQualifier.OVER)
    assert count.counted is not None and "trafficking in persons" in count.counted
    assert_cited(count, "seed-004", "Over 150 non-governmental stakeholders")


def test_2022_som_and_tip_dialogues_were_hybrid() -> None:
    """seed-004: participants took part "both online and in-person"."""
    for identifier in ["cd-som-2022", "cd-tip-2022"]:
        assert dialogue(identifier).mode is Mode.HYBRID
        assert_cited(dialogue(identifier), "seed-004", "participated both online and in-person")


def test_2022_som_and_tip_dialogues_had_three_panellists_each() -> None:
    """seed-004: "the two meetings featured panel discussions, with three panellists each"."""
    for identifier in ["cd-som-2022", "cd-tip-2022"]:
        assert any("three panellists each" in note for note in dialogue(identifier).notes)
        assert_cited(dialogue(identifier), "seed-004", "with three panellists each")


def test_som_2022_recommendations_as_worded() -> None:
    """seed-004: the four recommendations made at the 2022 SOM dialogue, split from the source's list."""
    recommendations = dialogue("cd-som-2022").recommendations
    assert [r.text for r in recommendations] == [
        "assessment of the knowledge gap in legal instruments and policy among judiciaries",
        "deployment of material and human resources into border communities",
        "address the drivers of migration and ensure access to legal migration paths with providing diverse options and integration strategies",
        "work more directly, deeply, efficiently with governments and multi-stakeholders on both local and global levels",
    ]
    for recommendation in recommendations:
        assert recommendation.status is RecommendationStatus.MADE
        assert_cited(
            recommendation,
            "seed-004",
            "Some recommendations made during the dialogue include",
            recommendation.text,
        )


def test_tip_2022_recommendations_as_worded() -> None:
    """seed-004: the four recommendations made at the 2022 TIP dialogue, split from the source's list."""
    recommendations = dialogue("cd-tip-2022").recommendations
    assert [r.text for r in recommendations] == [
        "the need to foster national and international collaborations",
        "to focus on protection and rehabilitation of victims of trafficking",
        "the creation of sustainable prevention strategies – including the development of regional cross-sector bodies to monitor and to safeguard safe migration",
        "the establishment of standards for the implementation of the Trafficking in Persons Protocol",
    ]
    for recommendation in recommendations:
        assert recommendation.status is RecommendationStatus.MADE
        assert_cited(
            recommendation,
            "seed-004",
            "Some recommendations made during the dialogue also include",
            recommendation.text,
        )


def test_ishaan_shah_was_the_youth_voice_at_som_2022() -> None:
    """seed-004: Ishaan Shah, a 19-year-old Founder of Stolen Dreams, spoke at the SOM dialogue."""
    (speaker,) = dialogue("cd-som-2022").speakers
    assert name_of(speaker.person) == "Ishaan Shah"
    assert name_of(speaker.organization) == "Stolen Dreams"
    assert_cited(speaker, "seed-004", "featured youth voices", "Founder of Stolen Dreams")


def test_kendall_alaimo_quoted_at_tip_2022() -> None:
    """seed-004: Kendall Alaimo's three quoted sentences."""
    quotes = dialogue("cd-tip-2022").quotes
    assert [q.text for q in quotes] == [
        "Let’s come together, let’s work together, let’s bring these survivors home",
        "We should always believe in hope and have faith as we witness the world coming together to create innovative solutions that will drive pathways to freedom for many in need.",
        "After the rain there is always a fruitful harvest",
    ]
    for quote in quotes:
        assert quote.speaker == "person-kendall-alaimo"
        assert_cited(quote, "seed-004", quote.text)


def test_testa_title_conflict_cites_seed_004() -> None:
    """seed-004's title for Testa is one side of the conflict with UNODC's 2020 "Chief Prosecutor" title."""
    conflict = CATALOG.get("conflict-testa-title")
    assert conflict.subject == "person-francesco-testa"
    sides: list[Claim] = [c for c in conflict.claims if any(s.source == "seed-004" for s in c.sources)]
    assert len(sides) == 1
    assert_cited(
        sides[0], "seed-004", "European Delegated Prosecutor, European Public Prosecutor’s Office of Italy"
    )


def test_first_dialogues_focused_on_firearms() -> None:
    """seed-004 links "The first Constructive Dialogues on UNTOC review focuses on Firearms"."""
    firearms = dialogue("cd-firearms-2022")
    assert firearms.groups == (WorkingGroup.FIREARMS,)
    assert CATALOG.dialogues_where()[0] is firearms
    assert_cited(firearms, "seed-004", "The first Constructive Dialogues on UNTOC review focuses on Firearms")


def test_seed_excerpt_helper_squashes_white_space_only() -> None:
    """The helper treats runs of white space as one space and changes nothing else."""
    assert squash("a \n\t b  c ") == "a b c"
    assert re.fullmatch(r"\S+( \S+)*", seed_text("seed-001"))
