"""
The UNTOC review mechanism, its Constructive Dialogues and the smuggling/trafficking
distinction as typed, cited data.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from ._catalog import Appearance, Catalog, Event
from ._convert import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from ._dates import DateRange, PartialDate, Precision, parse_date, parse_date_range
from ._limits import DEFAULT_LIMITS, Limits
from ._load import load_catalog
from ._model import (
    AgendaItem,
    Citation,
    Claim,
    Cluster,
    ConferenceSession,
    Conflict,
    ConstructiveDialogue,
    Convention,
    Meeting,
    Organization,
    Panel,
    Participant,
    ParticipationFigure,
    PartyCount,
    Person,
    Protocol,
    Quote,
    Recommendation,
    Resolution,
    ReviewMechanism,
    Source,
    StatusReport,
    WorkingGroupSession,
)
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
from .errors import LocaleError, NotFoundError, Problem, UntocDialogueError, ValidationError

try:
    __version__ = version("untoc-dialogue")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "DEFAULT_LIMITS",
    "SCHEMA_VERSION",
    "AgendaItem",
    "Appearance",
    "Catalog",
    "Citation",
    "Claim",
    "Cluster",
    "ConferenceSession",
    "Conflict",
    "ConstructiveDialogue",
    "Convention",
    "CountBasis",
    "DateRange",
    "Event",
    "FigureCategory",
    "FigureQualifier",
    "Instrument",
    "Limits",
    "LocaleError",
    "Meeting",
    "Mode",
    "NotFoundError",
    "Organization",
    "OrganizationKind",
    "Panel",
    "PartialDate",
    "Participant",
    "ParticipationFigure",
    "PartyCount",
    "PartyCountKind",
    "Person",
    "Precision",
    "Problem",
    "Protocol",
    "Quote",
    "Recommendation",
    "RecommendationStatus",
    "Reliability",
    "Resolution",
    "ResolutionKind",
    "ReviewMechanism",
    "Role",
    "Source",
    "StatusReport",
    "Theme",
    "UntocDialogueError",
    "ValidationError",
    "WorkingGroup",
    "WorkingGroupSession",
    "__version__",
    "from_dict",
    "from_json",
    "load_catalog",
    "parse_date",
    "parse_date_range",
    "to_dict",
    "to_json",
]
