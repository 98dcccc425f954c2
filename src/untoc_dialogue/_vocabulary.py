"""
Controlled vocabularies.

Each is an :class:`enum.Enum` whose *value* is the stable wire format (lowercase, never
reused) and whose *name* is the Python API. Human labels live in the gettext catalogues,
not here.
"""

from __future__ import annotations

import enum

__all__ = [
    "CountBasis",
    "FigureCategory",
    "FigureQualifier",
    "Instrument",
    "Mode",
    "OrganizationKind",
    "PartyCountKind",
    "RecommendationStatus",
    "Reliability",
    "ResolutionKind",
    "Role",
    "Theme",
    "WorkingGroup",
]


class Instrument(enum.Enum):
    """The Convention and the three Protocols that supplement it."""

    UNTOC = "untoc"
    TRAFFICKING_IN_PERSONS_PROTOCOL = "trafficking_in_persons_protocol"
    SMUGGLING_OF_MIGRANTS_PROTOCOL = "smuggling_of_migrants_protocol"
    FIREARMS_PROTOCOL = "firearms_protocol"

    @property
    def is_protocol(self) -> bool:
        """Whether this is one of the Protocols rather than the Convention."""
        return self is not Instrument.UNTOC


class WorkingGroup(enum.Enum):
    """The five working groups of the Conference of the Parties to UNTOC."""

    TRAFFICKING_IN_PERSONS = "trafficking_in_persons"
    SMUGGLING_OF_MIGRANTS = "smuggling_of_migrants"
    FIREARMS = "firearms"
    INTERNATIONAL_COOPERATION = "international_cooperation"
    TECHNICAL_ASSISTANCE = "technical_assistance"

    @property
    def instrument(self) -> Instrument:
        """The instrument whose implementation the group's topics belong to."""
        return _GROUP_INSTRUMENT[self]


_GROUP_INSTRUMENT = {
    WorkingGroup.TRAFFICKING_IN_PERSONS: Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL,
    WorkingGroup.SMUGGLING_OF_MIGRANTS: Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
    WorkingGroup.FIREARMS: Instrument.FIREARMS_PROTOCOL,
    WorkingGroup.INTERNATIONAL_COOPERATION: Instrument.UNTOC,
    WorkingGroup.TECHNICAL_ASSISTANCE: Instrument.UNTOC,
}


class Mode(enum.Enum):
    """How people took part in a meeting."""

    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


class OrganizationKind(enum.Enum):
    """The kind of body an organization is."""

    NGO = "ngo"
    ACADEMIA = "academia"
    PRIVATE_SECTOR = "private_sector"
    GOVERNMENT = "government"
    INTERGOVERNMENTAL = "intergovernmental"


class Role(enum.Enum):
    """The part a person or body played at a meeting."""

    CHAIR = "chair"
    CO_CHAIR = "co_chair"
    PRESIDENT = "president"
    PANELLIST = "panellist"
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    OPENING_SPEAKER = "opening_speaker"


class Reliability(enum.Enum):
    """How far a source can be trusted, as the fact sheet grades it."""

    #: An official UN, UNODC or UN Treaty Collection page, or UN document text.
    A = "a"
    #: A reputable secondary source: an academic journal, a UN-affiliated NGO, a government.
    B = "b"
    #: A blog, mirror, wiki copy or NGO news post; corroboration only.
    C = "c"


class FigureQualifier(enum.Enum):
    """How exact a participation figure is, in the source's own terms."""

    EXACT = "exact"
    #: "over", "more than": the true number is larger.
    OVER = "over"
    #: "about", "around", "~".
    APPROXIMATE = "approximate"


class CountBasis(enum.Enum):
    """Whether a figure counts people or bodies who registered or who attended."""

    REGISTERED = "registered"
    ATTENDED = "attended"
    #: The source does not say.
    UNSPECIFIED = "unspecified"


class FigureCategory(enum.Enum):
    """What a participation figure counts."""

    PARTICIPANTS = "participants"
    NON_GOVERNMENTAL_STAKEHOLDERS = "non_governmental_stakeholders"
    NGOS = "ngos"
    ACADEMIC_STAKEHOLDERS = "academic_stakeholders"
    PRIVATE_SECTOR_STAKEHOLDERS = "private_sector_stakeholders"
    OTHER_STAKEHOLDERS = "other_stakeholders"
    ORGANIZATIONS = "organizations"
    GOVERNMENTS = "governments"
    COUNTRIES = "countries"
    INTERGOVERNMENTAL_ORGANIZATIONS = "intergovernmental_organizations"
    CIVIL_SOCIETY_ORGANIZATIONS = "civil_society_organizations"
    DELEGATES = "delegates"
    OFFICIALS = "officials"


class RecommendationStatus(enum.Enum):
    """How far a recommendation has gone."""

    #: Made by a participant, panellist or speaker; nobody adopted it.
    MADE = "made"
    #: Agreed by a working group and forwarded to the Conference of the Parties.
    AGREED_BY_WORKING_GROUP = "agreed_by_working_group"
    #: Put to a working group, which did not reach consensus on it.
    NOT_AGREED = "not_agreed"
    #: Adopted by the Conference of the Parties.
    ADOPTED_BY_CONFERENCE = "adopted_by_conference"


class PartyCountKind(enum.Enum):
    """What a count of States counts."""

    PARTIES = "parties"
    SIGNATORIES = "signatories"
    #: Instruments of ratification, acceptance, approval or accession deposited.
    INSTRUMENTS_DEPOSITED = "instruments_deposited"


class ResolutionKind(enum.Enum):
    """Whether a decision of a body is a resolution or a decision."""

    RESOLUTION = "resolution"
    DECISION = "decision"


class Theme(enum.Enum):
    """Subjects discussed or recommended, as tags for finding panels and recommendations."""

    CIVIL_SOCIETY_PARTICIPATION = "civil_society_participation"
    REVIEW_PROCESS = "review_process"
    DATA_AND_EVIDENCE = "data_and_evidence"
    HUMAN_RIGHTS = "human_rights"
    VICTIM_CENTRED_APPROACH = "victim_centred_approach"
    GENDER = "gender"
    CHILDREN = "children"
    YOUTH = "youth"
    TECHNOLOGY = "technology"
    INFORMATION_SHARING = "information_sharing"
    INTERNATIONAL_COOPERATION = "international_cooperation"
    TECHNICAL_ASSISTANCE = "technical_assistance"
    CAPACITY_BUILDING = "capacity_building"
    CORRUPTION = "corruption"
    ROOT_CAUSES = "root_causes"
    LEGAL_MIGRATION_PATHWAYS = "legal_migration_pathways"
    PROTECTION_AND_ASSISTANCE = "protection_and_assistance"
    SMUGGLING_AT_SEA = "smuggling_at_sea"
    CRIMINALIZATION = "criminalization"
    PROSECUTION = "prosecution"
    NON_PUNISHMENT = "non_punishment"
    HUMANITARIAN_ASSISTANCE = "humanitarian_assistance"
    ORGAN_REMOVAL = "organ_removal"
    PREVENTION = "prevention"
    PRIVATE_SECTOR = "private_sector"
    ILLICIT_FINANCIAL_FLOWS = "illicit_financial_flows"
    FIREARMS_DEFINITIONS = "firearms_definitions"
    NEW_TECHNOLOGIES_FIREARMS = "new_technologies_firearms"
    NATIONAL_STRATEGIES = "national_strategies"
    SMUGGLING_TRAFFICKING_DISTINCTION = "smuggling_trafficking_distinction"
