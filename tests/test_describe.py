"""describe(): readable paragraphs about dialogues, sessions and treaties in the six UN languages."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from importlib import resources

import pytest
from babel.dates import format_date
from babel.numbers import format_decimal

from untoc_dialogue import (
    Catalog,
    Citation,
    ConferenceSession,
    ConstructiveDialogue,
    CountBasis,
    DateRange,
    FigureCategory,
    FigureQualifier,
    Instrument,
    LocaleError,
    Meeting,
    Mode,
    PartialDate,
    Participant,
    ParticipationFigure,
    PartyCount,
    Person,
    Protocol,
    Role,
    Source,
    Theme,
    ValidationError,
    WorkingGroup,
    WorkingGroupSession,
)
from untoc_dialogue._describe import describe
from untoc_dialogue._i18n import SUPPORTED_LOCALES, babel_locale, gettext, pgettext
from untoc_dialogue._labels import DIALOGUE_TOPICS, LABELS, OF_GROUP, OF_GROUP_CONTEXT, TOPIC_CONTEXT

SOURCES = (Citation(source="seed-003"),)
THEMES = (Theme.SMUGGLING_AT_SEA, Theme.HUMAN_RIGHTS)
CATEGORIES = (FigureCategory.NON_GOVERNMENTAL_STAKEHOLDERS, FigureCategory.GOVERNMENTS, FigureCategory.NGOS)
# Bidirectional embeddings, overrides and isolates: text in logical order needs none of them.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _session(**changes: object) -> WorkingGroupSession:
    fields: dict[str, object] = {
        "id": "wg-som-10",
        "group": WorkingGroup.SMUGGLING_OF_MIGRANTS,
        "number": 10,
        "dates": DateRange(start=PartialDate(2023, 10, 5), end=PartialDate(2023, 10, 6)),
        "venue": "Vienna",
        "mode": Mode.HYBRID,
        "recommendations_adopted": 16,
        "sources": SOURCES,
    }
    fields.update(changes)
    return WorkingGroupSession(**fields)  # type: ignore[arg-type]


def _dialogue(**changes: object) -> ConstructiveDialogue:
    fields: dict[str, object] = {
        "id": "cd-som-2023",
        "groups": [WorkingGroup.SMUGGLING_OF_MIGRANTS],
        "follows": ["wg-som-10"],
        "date": DateRange.single(2023, 10, 9),
        "venue": "Vienna",
        "mode": Mode.HYBRID,
        "chairs": [
            Participant(role=Role.CO_CHAIR, person="vasiliki-kakosimou", country="GR", sources=SOURCES),
            Participant(role=Role.CO_CHAIR, person="francesco-testa", country="IT", sources=SOURCES),
        ],
        "participation": [
            ParticipationFigure(id="f1", category=CATEGORIES[0], number=1500, sources=SOURCES),
            ParticipationFigure(id="f2", category=CATEGORIES[1], number=38, sources=SOURCES),
            ParticipationFigure(
                id="f3",
                category=CATEGORIES[2],
                number=40,
                qualifier=FigureQualifier.OVER,
                basis=CountBasis.ATTENDED,
                sources=SOURCES,
            ),
        ],
        "themes": THEMES,
        "sources": SOURCES,
    }
    fields.update(changes)
    return ConstructiveDialogue(**fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(
        data_version="test",
        sources=[Source(id="seed-003", title="UNODC news", publisher="UNODC")],
        people=[
            Person(id="francesco-testa", name="Francesco Testa", sources=SOURCES),
            Person(id="vasiliki-kakosimou", name="Vasiliki Kakosimou", sources=SOURCES),
        ],
        working_group_sessions=[_session()],
        dialogues=[_dialogue()],
    )


def _protocol() -> Protocol:
    return Protocol(
        id="som-protocol",
        instrument=Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        official_title="Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the "
        "United Nations Convention against Transnational Organized Crime",
        adopted=PartialDate(2000, 11, 15),
        entry_into_force=PartialDate(2004, 1, 28),
        party_counts=(
            PartyCount(count=149, as_of=PartialDate(2019, 7, 23), sources=SOURCES),
            PartyCount(count=151, as_of=PartialDate(2023, 10), sources=SOURCES),
        ),
        treaty_collection_reference="XVIII-12-b",
        sources=SOURCES,
    )


def test_dialogue_in_english(catalog: Catalog) -> None:
    """An English paragraph names the dialogue, its date, place, session, chairs, figures and themes."""
    assert describe(_dialogue(), catalog=catalog) == (
        "The Constructive Dialogue on the Smuggling of Migrants was held on 9 October 2023. "
        "The dialogue took place in Vienna and online. "
        "The dialogue followed session 10 of the Working Group on the Smuggling of Migrants. "
        "The dialogue was co-chaired by Vasiliki Kakosimou (Greece) and Francesco Testa (Italy). "
        "Participation, as the sources count it: Non-governmental stakeholders: 1,500, Governments: 38, "
        "NGOs: more than 40 (attended) (UNODC). Themes discussed: Human rights and Smuggling at sea."
    )


def _english_labels() -> dict[str, str]:
    """The English text of every label the sample dialogue uses, with a key to translate it."""
    group = WorkingGroup.SMUGGLING_OF_MIGRANTS
    labels = {LABELS[member]: f"label:{type(member).__name__}" for member in (*THEMES, *CATEGORIES)}
    labels[DIALOGUE_TOPICS[group]] = f"ctx:{TOPIC_CONTEXT}"
    labels[OF_GROUP[group]] = f"ctx:{OF_GROUP_CONTEXT}"
    labels["Vienna"] = "msg"
    labels.update({"Greece": "country:GR", "Italy": "country:IT"})
    labels.update(
        dict.fromkeys(
            ("The dialogue", "Constructive Dialogue", "was held", "as the sources count it"), "english"
        )
    )
    return labels


def _translated(text: str, key: str, language: str) -> str:
    kind, _, detail = key.partition(":")
    if kind == "label":
        return pgettext(detail, text, language)
    if kind == "ctx":
        return pgettext(detail, text, language)
    if kind == "msg":
        return gettext(text, language)
    if kind == "country":
        return str(babel_locale(language).territories[detail])
    return ""


@pytest.mark.parametrize("language", [language for language in SUPPORTED_LOCALES if language != "en"])
def test_no_english_label_leaks_into_a_translation(catalog: Catalog, language: str) -> None:
    """Besides proper names, a translated paragraph holds none of the English labels or phrases it uses."""
    text = describe(_dialogue(), language, catalog=catalog)
    leaks = [
        english
        for english, key in _english_labels().items()
        if english in text and english not in _translated(english, key, language)
    ]
    assert leaks == []
    assert "Francesco Testa" in text and "Vasiliki Kakosimou" in text


@pytest.mark.parametrize("language", SUPPORTED_LOCALES)
def test_dates_and_numbers_are_formatted_for_the_locale(catalog: Catalog, language: str) -> None:
    """The day is written by babel's long date format and the figures by babel's number format."""
    text = describe(_dialogue(), language, catalog=catalog)
    formats = babel_locale(language)
    assert format_date(dt.date(2023, 10, 9), "long", locale=formats) in text
    assert format_decimal(1500, locale=formats) in text


def test_arabic_text_is_in_logical_order_and_not_mangled(catalog: Catalog) -> None:
    """Arabic comes out NFC-normalised, in logical order, with no bidi controls, Latin names intact."""
    text = describe(_dialogue(), "ar", catalog=catalog)
    assert unicodedata.normalize("NFC", text) == text
    assert re.search("[\u0600-\u06ff]", text)
    assert not BIDI_CONTROLS.search(text)
    assert "Francesco Testa" in text and "إيطاليا" in text
    assert text.startswith("عُقد الحوار البنّاء")


def test_chinese_sentences_are_not_separated_by_spaces(catalog: Catalog) -> None:
    """Chinese sentences follow each other with no space after the full stop."""
    assert "。 " not in describe(_dialogue(), "zh", catalog=catalog)


def test_russian_date_abbreviation_ends_the_sentence(catalog: Catalog) -> None:
    """A Russian date ending in "г." is not followed by a second full stop."""
    assert ".." not in describe(_dialogue(), "ru", catalog=catalog)


@pytest.mark.parametrize(("regional", "language"), [("fr_CH", "fr"), ("es_AR", "es"), ("zh_Hant", "zh")])
def test_regional_locale_speaks_its_language(catalog: Catalog, regional: str, language: str) -> None:
    """A regional locale gives the words of its language."""
    expected = describe(_dialogue(), language, catalog=catalog)
    assert describe(_dialogue(), regional, catalog=catalog).split()[:3] == expected.split()[:3]


def test_traditional_chinese_request_gets_simplified_text(catalog: Catalog) -> None:
    """zh_Hant falls back to the Simplified catalogue, dates included."""
    assert describe(_dialogue(), "zh_Hant", catalog=catalog) == describe(_dialogue(), "zh", catalog=catalog)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (DateRange.single(2022, 6), "was held in June 2022."),
        (DateRange.single(2022), "was held in 2022."),
        (
            DateRange(start=PartialDate(2023, 10, 5), end=PartialDate(2023, 10, 6)),
            "was held on 5–6 October 2023.",
        ),
        (
            DateRange(start=PartialDate(2022, 6), end=PartialDate(2022, 7)),
            "was held in June\u2009–\u2009July 2022.",
        ),
        (None, "The date of the Constructive Dialogue on the Smuggling of Migrants is not known."),
    ],
)
def test_dates_keep_their_precision(catalog: Catalog, date: DateRange | None, expected: str) -> None:
    """A date known to the month or the year is written as a month or a year, never a guessed day."""
    text = describe(_dialogue(date=date, follows=[]), catalog=catalog)
    assert expected in text


def test_range_of_days_writes_the_month_in_full_in_every_language() -> None:
    """CLDR's abbreviated month in a range of days is widened: "5–6 octobre", not "5–6 oct."."""
    text = describe(_session(), "fr")
    assert "5–6 octobre 2023" in text


def test_joint_dialogue_lists_its_topics(catalog: Catalog) -> None:
    """A dialogue of two working groups is titled with both topics, joined as the locale joins lists."""
    dialogue = _dialogue(
        groups=[WorkingGroup.INTERNATIONAL_COOPERATION, WorkingGroup.TECHNICAL_ASSISTANCE],
        follows=[],
        chairs=[],
    )
    assert describe(dialogue, catalog=catalog).startswith(
        "The Constructive Dialogue on International Cooperation and Technical Assistance was held"
    )
    assert "la coopération internationale et l'assistance technique" in describe(
        dialogue, "fr", catalog=catalog
    )


def test_unnamed_chair_is_described_without_inventing_a_name(catalog: Catalog) -> None:
    """A chair whose name no source gives is called unnamed, with their country."""
    chair = Participant(
        role=Role.CHAIR, title="the newly appointed Permanent Representative", country="MX", sources=SOURCES
    )
    text = describe(_dialogue(chairs=[chair], follows=[]), catalog=catalog)
    assert "The dialogue was chaired by a person the sources do not name (Mexico)." in text


def test_working_group_session() -> None:
    """A session's paragraph gives its number, group, dates, place and recommendations agreed."""
    assert describe(_session(), "en") == (
        "Session 10 of the Working Group on the Smuggling of Migrants was held on 5–6 October 2023. "
        "The session took place in Vienna and online. Recommendations agreed: 16."
    )


def test_conference_session(catalog: Catalog) -> None:
    """A session of the Conference gives its president and resolutions adopted."""
    session = ConferenceSession(
        id="cop-11",
        number=11,
        dates=DateRange(start=PartialDate(2022, 10, 17), end=PartialDate(2022, 10, 21)),
        venue="Vienna",
        president=Participant(role=Role.PRESIDENT, title="Ambassador of Iraq", country="IQ", sources=SOURCES),
        resolutions_adopted=6,
        sources=SOURCES,
    )
    assert describe(session, "en", catalog=catalog) == (
        "Session 11 of the Conference of the Parties was held on 17–21 October 2022. "
        "The session took place in Vienna. The session was presided over by a person the sources do not name "
        "(Iraq). Resolutions adopted: 6."
    )


def test_protocol_in_english_uses_the_cited_title() -> None:
    """In English the title is the one the data cites; the latest dated count of parties is given."""
    assert describe(_protocol()) == (
        "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations "
        "Convention against Transnational Organized Crime (Smuggling of Migrants Protocol). It is one of the "
        "three Protocols supplementing the Convention. Adoption: 15 November 2000. Entry into force: "
        "28 January 2004. Parties: 151, as of October 2023. UN Treaty Collection reference: XVIII-12-b."
    )


def test_protocol_in_spanish_uses_the_catalogue_title() -> None:
    """In another language the title is the catalogue's translation."""
    assert describe(_protocol(), "es").startswith(
        "Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire, que complementa la Convención"
    )


def test_unknown_locale_is_a_locale_error() -> None:
    """describe() refuses a locale it cannot speak."""
    with pytest.raises(LocaleError):
        describe(_session(), "de")


def test_other_entities_are_refused() -> None:
    """describe() raises the library's own error for what it does not describe."""
    meeting = Meeting(id="m", title="Side event", sources=SOURCES)
    with pytest.raises(ValidationError, match="describe\\(\\) takes"):
        describe(meeting)  # type: ignore[arg-type]


@pytest.mark.skipif(
    not resources.files("untoc_dialogue").joinpath("data", "catalog.json").is_file(),
    reason="the bundled catalogue is not there yet",
)
@pytest.mark.parametrize("language", SUPPORTED_LOCALES)
def test_bundled_dialogues_are_described_in_every_language(language: str) -> None:
    """Every dialogue of the bundled catalogue is described in every language without an error."""
    from untoc_dialogue import load_catalog

    catalog = load_catalog()
    for dialogue in catalog.dialogues:
        assert describe(dialogue, language, catalog=catalog)


def _explanation(language: str) -> str:
    from untoc_dialogue.assessment import (
        CaseFacts,
        SmugglingConduct,
        TraffickingAct,
        TraffickingMeans,
        assess,
    )

    facts = CaseFacts(
        illegal_entry=True,
        is_national_or_permanent_resident=False,
        smuggling_conduct={SmugglingConduct.PROCURED_ILLEGAL_ENTRY},
        financial_or_material_benefit=True,
        acts={TraffickingAct.TRANSPORTATION},
        means={TraffickingMeans.DECEPTION},
        purposes=set(),
        age=30,
    )
    return assess(facts).explain(language)


@pytest.mark.parametrize("language", [language for language in SUPPORTED_LOCALES if language != "en"])
def test_assessment_explains_itself_without_english(language: str) -> None:
    """Assessment.explain() uses the same catalogues: no English sentence or label is left in it."""
    english = _explanation("en")
    text = _explanation(language)
    for phrase in (
        "Smuggling of migrants:",
        "the definition is met",
        "transportation",
        "deception",
        "SOM Protocol",
    ):
        assert phrase in english
        assert phrase not in text
    assert unicodedata.normalize("NFC", text) == text and not BIDI_CONTROLS.search(text)


def test_a_shared_count_names_the_other_dialogue() -> None:
    """The trafficking dialogue of 1 July 2022 shows UNODC's joint count, saying it covers the other dialogue too."""
    from untoc_dialogue import load_catalog

    catalog = load_catalog()
    text = describe(catalog.get("cd-tip-2022"), catalog=catalog)
    assert (
        "Non-governmental stakeholders: more than 150 (attended) "
        "(together with Constructive Dialogue on the Smuggling of Migrants) (UNODC)" in text
    )
