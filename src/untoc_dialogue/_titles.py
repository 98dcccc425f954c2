"""
What people call each entity: the titles and kind names that tables, calendars and CSV
files show, in the reader's language.

Every English text is a msgid marked here and translated where it is read, for the locale
the caller passes; sentences are whole templates with named placeholders.
"""

from __future__ import annotations

from typing import Any, Final

from ._catalog import Event
from ._i18n import N_, NC_, gettext, label, pgettext
from ._labels import DIALOGUE_TOPICS, OF_GROUP, OF_GROUP_CONTEXT, PLACES, TOPIC_CONTEXT
from ._model import (
    ConferenceSession,
    Conflict,
    ConstructiveDialogue,
    Convention,
    Meeting,
    Organization,
    ParticipationFigure,
    Person,
    Protocol,
    Recommendation,
    Resolution,
    Source,
    StatusReport,
    WorkingGroupSession,
)
from ._vocabulary import FigureQualifier

__all__ = ["KINDS", "TITLE_CONTEXT", "entity_title", "event_title", "kind_label", "kind_of", "venue"]

#: Every kind of entity that has an id: its name in files and options, and its label.
KINDS: Final[dict[type, tuple[str, str]]] = {
    Source: ("source", N_("Source")),
    Organization: ("organization", N_("Organization")),
    Person: ("person", N_("Person")),
    Resolution: ("resolution", N_("Resolution")),
    Convention: ("convention", N_("Convention")),
    Protocol: ("protocol", N_("Protocol")),
    ConferenceSession: ("conference_session", N_("Conference session")),
    WorkingGroupSession: ("working_group_session", N_("Working group session")),
    ConstructiveDialogue: ("constructive_dialogue", N_("Constructive Dialogue")),
    Meeting: ("meeting", N_("Meeting")),
    Recommendation: ("recommendation", N_("Recommendation")),
    ParticipationFigure: ("participation_figure", N_("Participation figure")),
    StatusReport: ("status_report", N_("Status report")),
    Conflict: ("conflict", N_("Conflict")),
}

#: The msgctxt of events' titles as they stand alone: a table cell, a calendar entry's summary.
TITLE_CONTEXT: Final = "event title"

# Translators: titles of events as they stand alone, in a table cell or as a calendar entry's
# summary (not inside a sentence).
_COP_SESSION = NC_("event title", "Session {number} of the Conference of the Parties")
_GROUP_SESSION = NC_("event title", "Session {number} {of_group}")
# Translators: a working group session whose number no source gives.
_GROUP_SESSION_UNNUMBERED = NC_("event title", "Session {of_group}")
_DIALOGUE = NC_("event title", "Constructive Dialogue on {topics}")
# Translators: two topics of one Constructive Dialogue, as they fit in "Constructive Dialogue on {topics}".
_TWO_TOPICS = N_("{first} and {second}")
_RESOLUTION = N_("{kind} {symbol}")
_ACRONYM = N_("{name} ({acronym})")
_FIGURE = N_("{category}: {number}")
_FIGURE_QUALIFIED = N_("{category}: {qualifier} {number}")


def kind_of(entity: Any) -> str:
    """The name of *entity*'s kind in files and options, such as ``constructive_dialogue``."""
    return KINDS[type(entity)][0]


def kind_label(entity: Any, locale: str) -> str:
    """The name of *entity*'s kind for people, in *locale*."""
    return gettext(KINDS[type(entity)][1], locale)


def _topics(dialogue: ConstructiveDialogue, locale: str) -> str:
    topics = [pgettext(TOPIC_CONTEXT, DIALOGUE_TOPICS[group], locale) for group in dialogue.groups]
    if len(topics) == 2:
        return gettext(_TWO_TOPICS, locale).format(first=topics[0], second=topics[1])
    if len(topics) == 1:
        return topics[0]
    # Deferred: babel is slow to import, and no dialogue the sources know covers three groups.
    from babel.lists import format_list

    from ._i18n import babel_locale

    return format_list(topics, locale=babel_locale(locale))


def event_title(event: Event, locale: str) -> str:
    """The title of *event* in *locale*: "Session 10 of the Working Group on ..."."""
    if isinstance(event, ConferenceSession):
        return pgettext(TITLE_CONTEXT, _COP_SESSION, locale).format(number=event.number)
    if isinstance(event, WorkingGroupSession):
        of_group = pgettext(OF_GROUP_CONTEXT, OF_GROUP[event.group], locale)
        if event.number is None:
            return pgettext(TITLE_CONTEXT, _GROUP_SESSION_UNNUMBERED, locale).format(of_group=of_group)
        return pgettext(TITLE_CONTEXT, _GROUP_SESSION, locale).format(number=event.number, of_group=of_group)
    if isinstance(event, ConstructiveDialogue):
        return pgettext(TITLE_CONTEXT, _DIALOGUE, locale).format(topics=_topics(event, locale))
    return event.title


def _figure_title(figure: ParticipationFigure, locale: str) -> str:
    category = label(figure.category, locale)
    if figure.qualifier is FigureQualifier.EXACT:
        return gettext(_FIGURE, locale).format(category=category, number=figure.number)
    return gettext(_FIGURE_QUALIFIED, locale).format(
        category=category, qualifier=label(figure.qualifier, locale), number=figure.number
    )


def entity_title(entity: Any, locale: str) -> str:
    """A one-line name of any entity that has an id, in *locale*."""
    if isinstance(entity, (ConferenceSession, WorkingGroupSession, ConstructiveDialogue, Meeting)):
        return event_title(entity, locale)
    if isinstance(entity, Organization):
        if entity.acronym is None:
            return entity.name
        return gettext(_ACRONYM, locale).format(name=entity.name, acronym=entity.acronym)
    if isinstance(entity, Resolution):
        return gettext(_RESOLUTION, locale).format(kind=label(entity.kind, locale), symbol=entity.symbol)
    if isinstance(entity, (Convention, Protocol)):
        return label(entity.instrument, locale)
    if isinstance(entity, ParticipationFigure):
        return _figure_title(entity, locale)
    if isinstance(entity, Conflict):
        return entity.question
    if isinstance(entity, Recommendation):
        return entity.text
    if isinstance(entity, StatusReport):
        return entity.statement
    if isinstance(entity, Source):
        return entity.title
    return str(entity.name)


def venue(text: str | None, locale: str) -> str:
    """*text*, translated when it is one of the place names the catalogues know, else as written."""
    if text is None:
        return ""
    return gettext(text, locale) if text in PLACES else text
