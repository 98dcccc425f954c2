"""
The English labels of the controlled vocabularies, marked for the gettext catalogues.

Each label is a msgid in the context of its vocabulary's class name (``NC_("Mode", "Hybrid")``),
so that two vocabularies may share an English word that other languages translate
differently. :func:`untoc_dialogue._i18n.label` looks members up here and translates them.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Final

from ._i18n import N_, NC_
from ._vocabulary import (
    CountBasis,
    FigureCategory,
    FigureQualifier,
    Instrument,
    Mode,
    OrganizationKind,
    PartyCountKind,
    RecommendationStatus,
    Reliability,
    ResolutionKind,
    Role,
    Theme,
    WorkingGroup,
)

__all__ = [
    "DIALOGUE_TOPICS",
    "INSTRUMENT_TITLES",
    "LABELS",
    "OF_GROUP",
    "OF_GROUP_CONTEXT",
    "PLACES",
    "TITLE_CONTEXT",
    "TOPIC_CONTEXT",
]

# Translators: the short names of the Convention and the Protocols. The English ones are the
# short names the sources use (facts.md 1.1; "Organized Crime Convention": SEED-002).
_INSTRUMENTS: dict[enum.Enum, str] = {
    Instrument.UNTOC: NC_("Instrument", "Organized Crime Convention"),
    Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL: NC_("Instrument", "Trafficking in Persons Protocol"),
    Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL: NC_("Instrument", "Smuggling of Migrants Protocol"),
    Instrument.FIREARMS_PROTOCOL: NC_("Instrument", "Firearms Protocol"),
}

# Translators: the names of the five working groups of the Conference of the Parties (facts.md 2.5).
_GROUPS: dict[enum.Enum, str] = {
    WorkingGroup.TRAFFICKING_IN_PERSONS: NC_("WorkingGroup", "Working Group on Trafficking in Persons"),
    WorkingGroup.SMUGGLING_OF_MIGRANTS: NC_("WorkingGroup", "Working Group on the Smuggling of Migrants"),
    WorkingGroup.FIREARMS: NC_("WorkingGroup", "Working Group on Firearms"),
    WorkingGroup.INTERNATIONAL_COOPERATION: NC_("WorkingGroup", "Working Group on International Cooperation"),
    WorkingGroup.TECHNICAL_ASSISTANCE: NC_(
        "WorkingGroup", "Working Group of Government Experts on Technical Assistance"
    ),
}

_MODES: dict[enum.Enum, str] = {
    Mode.IN_PERSON: NC_("Mode", "In person"),
    Mode.ONLINE: NC_("Mode", "Online"),
    Mode.HYBRID: NC_("Mode", "Hybrid"),
}

_ORGANIZATION_KINDS: dict[enum.Enum, str] = {
    OrganizationKind.NGO: NC_("OrganizationKind", "NGO"),
    OrganizationKind.ACADEMIA: NC_("OrganizationKind", "Academia"),
    OrganizationKind.PRIVATE_SECTOR: NC_("OrganizationKind", "Private sector"),
    OrganizationKind.GOVERNMENT: NC_("OrganizationKind", "Government"),
    OrganizationKind.INTERGOVERNMENTAL: NC_("OrganizationKind", "Intergovernmental organization"),
}

_ROLES: dict[enum.Enum, str] = {
    Role.CHAIR: NC_("Role", "Chair"),
    Role.CO_CHAIR: NC_("Role", "Co-chair"),
    Role.PRESIDENT: NC_("Role", "President"),
    Role.PANELLIST: NC_("Role", "Panellist"),
    Role.SPEAKER: NC_("Role", "Speaker"),
    Role.MODERATOR: NC_("Role", "Moderator"),
    Role.OPENING_SPEAKER: NC_("Role", "Opening speaker"),
}

_RELIABILITY: dict[enum.Enum, str] = {
    Reliability.A: NC_("Reliability", "A: official UN source"),
    Reliability.B: NC_("Reliability", "B: reputable secondary source"),
    Reliability.C: NC_("Reliability", "C: corroboration only"),
}

_QUALIFIERS: dict[enum.Enum, str] = {
    FigureQualifier.EXACT: NC_("FigureQualifier", "Exact"),
    FigureQualifier.OVER: NC_("FigureQualifier", "More than"),
    FigureQualifier.APPROXIMATE: NC_("FigureQualifier", "About"),
}

_BASES: dict[enum.Enum, str] = {
    CountBasis.REGISTERED: NC_("CountBasis", "Registered"),
    CountBasis.ATTENDED: NC_("CountBasis", "Attended"),
    CountBasis.UNSPECIFIED: NC_("CountBasis", "Not specified"),
}

_CATEGORIES: dict[enum.Enum, str] = {
    FigureCategory.PARTICIPANTS: NC_("FigureCategory", "Participants"),
    FigureCategory.NON_GOVERNMENTAL_STAKEHOLDERS: NC_("FigureCategory", "Non-governmental stakeholders"),
    FigureCategory.NGOS: NC_("FigureCategory", "NGOs"),
    FigureCategory.ACADEMIC_STAKEHOLDERS: NC_("FigureCategory", "Academic stakeholders"),
    FigureCategory.PRIVATE_SECTOR_STAKEHOLDERS: NC_("FigureCategory", "Private-sector stakeholders"),
    FigureCategory.OTHER_STAKEHOLDERS: NC_("FigureCategory", "Other stakeholders"),
    FigureCategory.ORGANIZATIONS: NC_("FigureCategory", "Organizations"),
    FigureCategory.GOVERNMENTS: NC_("FigureCategory", "Governments"),
    FigureCategory.COUNTRIES: NC_("FigureCategory", "Countries"),
    FigureCategory.INTERGOVERNMENTAL_ORGANIZATIONS: NC_("FigureCategory", "Intergovernmental organizations"),
    FigureCategory.CIVIL_SOCIETY_ORGANIZATIONS: NC_("FigureCategory", "Civil society organizations"),
    FigureCategory.DELEGATES: NC_("FigureCategory", "Delegates"),
    FigureCategory.OFFICIALS: NC_("FigureCategory", "Officials"),
}

_STATUSES: dict[enum.Enum, str] = {
    RecommendationStatus.MADE: NC_("RecommendationStatus", "Made by participants"),
    RecommendationStatus.AGREED_BY_WORKING_GROUP: NC_("RecommendationStatus", "Agreed by the working group"),
    RecommendationStatus.NOT_AGREED: NC_("RecommendationStatus", "Not agreed"),
    RecommendationStatus.ADOPTED_BY_CONFERENCE: NC_("RecommendationStatus", "Adopted by the Conference"),
}

_PARTY_COUNT_KINDS: dict[enum.Enum, str] = {
    PartyCountKind.PARTIES: NC_("PartyCountKind", "Parties"),
    PartyCountKind.SIGNATORIES: NC_("PartyCountKind", "Signatories"),
    PartyCountKind.INSTRUMENTS_DEPOSITED: NC_("PartyCountKind", "Instruments deposited"),
}

_RESOLUTION_KINDS: dict[enum.Enum, str] = {
    ResolutionKind.RESOLUTION: NC_("ResolutionKind", "Resolution"),
    ResolutionKind.DECISION: NC_("ResolutionKind", "Decision"),
}

_THEMES: dict[enum.Enum, str] = {
    Theme.CIVIL_SOCIETY_PARTICIPATION: NC_("Theme", "Civil society participation"),
    Theme.REVIEW_PROCESS: NC_("Theme", "Review process"),
    Theme.DATA_AND_EVIDENCE: NC_("Theme", "Data and evidence"),
    Theme.HUMAN_RIGHTS: NC_("Theme", "Human rights"),
    Theme.VICTIM_CENTRED_APPROACH: NC_("Theme", "Victim-centred approach"),
    Theme.GENDER: NC_("Theme", "Gender"),
    Theme.CHILDREN: NC_("Theme", "Children"),
    Theme.YOUTH: NC_("Theme", "Youth"),
    Theme.TECHNOLOGY: NC_("Theme", "Technology"),
    Theme.INFORMATION_SHARING: NC_("Theme", "Information sharing"),
    Theme.INTERNATIONAL_COOPERATION: NC_("Theme", "International cooperation"),
    Theme.TECHNICAL_ASSISTANCE: NC_("Theme", "Technical assistance"),
    Theme.CAPACITY_BUILDING: NC_("Theme", "Capacity building"),
    Theme.CORRUPTION: NC_("Theme", "Corruption"),
    Theme.ROOT_CAUSES: NC_("Theme", "Root causes"),
    Theme.LEGAL_MIGRATION_PATHWAYS: NC_("Theme", "Legal migration pathways"),
    Theme.PROTECTION_AND_ASSISTANCE: NC_("Theme", "Protection and assistance"),
    Theme.SMUGGLING_AT_SEA: NC_("Theme", "Smuggling at sea"),
    Theme.CRIMINALIZATION: NC_("Theme", "Criminalization"),
    Theme.PROSECUTION: NC_("Theme", "Prosecution"),
    Theme.NON_PUNISHMENT: NC_("Theme", "Non-punishment of victims"),
    Theme.HUMANITARIAN_ASSISTANCE: NC_("Theme", "Humanitarian assistance"),
    Theme.ORGAN_REMOVAL: NC_("Theme", "Trafficking for the removal of organs"),
    Theme.PREVENTION: NC_("Theme", "Prevention"),
    Theme.PRIVATE_SECTOR: NC_("Theme", "Private sector"),
    Theme.ILLICIT_FINANCIAL_FLOWS: NC_("Theme", "Illicit financial flows"),
    Theme.FIREARMS_DEFINITIONS: NC_("Theme", "Firearms definitions and scope"),
    Theme.NEW_TECHNOLOGIES_FIREARMS: NC_("Theme", "New technologies and firearms"),
    Theme.NATIONAL_STRATEGIES: NC_("Theme", "National strategies"),
    Theme.SMUGGLING_TRAFFICKING_DISTINCTION: NC_("Theme", "Distinguishing smuggling from trafficking"),
}

#: Every vocabulary member's English label; the msgctxt of each is its class's name.
LABELS: Final[Mapping[enum.Enum, str]] = {
    **_INSTRUMENTS,
    **_GROUPS,
    **_MODES,
    **_ORGANIZATION_KINDS,
    **_ROLES,
    **_RELIABILITY,
    **_QUALIFIERS,
    **_BASES,
    **_CATEGORIES,
    **_STATUSES,
    **_PARTY_COUNT_KINDS,
    **_RESOLUTION_KINDS,
    **_THEMES,
}

#: The msgctxt of the full titles of the Convention and the Protocols.
TITLE_CONTEXT: Final = "title"

# Translators: the full titles of the Convention and the Protocols. The English ones are the
# official titles (facts.md 1.1). Use an official title in your language only where a source
# gives it, and say which in a translator comment; otherwise translate, and say in a
# translator comment that the text is a translation, not an official title.
INSTRUMENT_TITLES: Final[Mapping[Instrument, str]] = {
    Instrument.UNTOC: NC_("title", "United Nations Convention against Transnational Organized Crime"),
    Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL: NC_(
        "title",
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
        "Children, supplementing the United Nations Convention against Transnational Organized Crime",
    ),
    Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL: NC_(
        "title",
        "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the "
        "United Nations Convention against Transnational Organized Crime",
    ),
    Instrument.FIREARMS_PROTOCOL: NC_(
        "title",
        "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts "
        "and Components and Ammunition, supplementing the United Nations Convention against "
        "Transnational Organized Crime",
    ),
}

#: The msgctxt of the topics of Constructive Dialogues.
TOPIC_CONTEXT: Final = "dialogue topic"

# Translators: what a Constructive Dialogue is on, as it fits in "Constructive Dialogue on
# {topics}" (a list of one or two of these); inflect them for that sentence.
DIALOGUE_TOPICS: Final[Mapping[WorkingGroup, str]] = {
    WorkingGroup.TRAFFICKING_IN_PERSONS: NC_("dialogue topic", "Trafficking in Persons"),
    WorkingGroup.SMUGGLING_OF_MIGRANTS: NC_("dialogue topic", "the Smuggling of Migrants"),
    WorkingGroup.FIREARMS: NC_("dialogue topic", "Firearms"),
    WorkingGroup.INTERNATIONAL_COOPERATION: NC_("dialogue topic", "International Cooperation"),
    WorkingGroup.TECHNICAL_ASSISTANCE: NC_("dialogue topic", "Technical Assistance"),
}

#: The msgctxt of the working groups' names as they follow "session {number}".
OF_GROUP_CONTEXT: Final = "of the working group"

# Translators: the name of a working group as it follows "session {number}" ("Session {number}
# {of_group}", "The dialogue followed session {number} {of_group}."): use the case and the
# preposition your language needs there.
OF_GROUP: Final[Mapping[WorkingGroup, str]] = {
    WorkingGroup.TRAFFICKING_IN_PERSONS: NC_(
        "of the working group", "of the Working Group on Trafficking in Persons"
    ),
    WorkingGroup.SMUGGLING_OF_MIGRANTS: NC_(
        "of the working group", "of the Working Group on the Smuggling of Migrants"
    ),
    WorkingGroup.FIREARMS: NC_("of the working group", "of the Working Group on Firearms"),
    WorkingGroup.INTERNATIONAL_COOPERATION: NC_(
        "of the working group", "of the Working Group on International Cooperation"
    ),
    WorkingGroup.TECHNICAL_ASSISTANCE: NC_(
        "of the working group", "of the Working Group of Government Experts on Technical Assistance"
    ),
}

# Translators: names of places where meetings of the review mechanism were held. A venue the
# data gives in exactly one of these words is translated; any other venue is shown as written.
PLACES: Final = (N_("Vienna"), N_("New York"), N_("Palermo"))
