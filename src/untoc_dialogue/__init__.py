"""
The UNTOC review mechanism, its Constructive Dialogues and the smuggling/trafficking
distinction as typed, cited data.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from ._describe import describe
    from ._i18n import SUPPORTED_LOCALES, label
    from ._schema import json_schema
    from .assessment import (
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

    __version__: str

# Names whose modules are loaded on first use, so that `import untoc_dialogue` stays fast:
# the assessment's texts and babel's locale data are only read by those who need them.
_LAZY = {
    "Assessment": "untoc_dialogue.assessment",
    "CaseFacts": "untoc_dialogue.assessment",
    "Characterisation": "untoc_dialogue.assessment",
    "ExploitationPurpose": "untoc_dialogue.assessment",
    "Finding": "untoc_dialogue.assessment",
    "SmugglingConduct": "untoc_dialogue.assessment",
    "TraffickingAct": "untoc_dialogue.assessment",
    "TraffickingMeans": "untoc_dialogue.assessment",
    "assess": "untoc_dialogue.assessment",
    "describe": "untoc_dialogue._describe",
    "json_schema": "untoc_dialogue._schema",
    "label": "untoc_dialogue._i18n",
    "SUPPORTED_LOCALES": "untoc_dialogue._i18n",
}


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("untoc-dialogue")
    except PackageNotFoundError:  # pragma: no cover - a source tree that is not installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value: Any = _installed_version()
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'untoc_dialogue' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "DEFAULT_LIMITS",
    "SCHEMA_VERSION",
    "SUPPORTED_LOCALES",
    "AgendaItem",
    "Appearance",
    "Assessment",
    "CaseFacts",
    "Catalog",
    "Characterisation",
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
    "ExploitationPurpose",
    "FigureCategory",
    "FigureQualifier",
    "Finding",
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
    "SmugglingConduct",
    "Source",
    "StatusReport",
    "Theme",
    "TraffickingAct",
    "TraffickingMeans",
    "UntocDialogueError",
    "ValidationError",
    "WorkingGroup",
    "WorkingGroupSession",
    "__version__",
    "assess",
    "describe",
    "from_dict",
    "from_json",
    "json_schema",
    "label",
    "load_catalog",
    "parse_date",
    "parse_date_range",
    "to_dict",
    "to_json",
]
