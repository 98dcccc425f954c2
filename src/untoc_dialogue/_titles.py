"""
What people call each entity: the titles and kind names that tables, calendars and CSV
files show, and the timeline's few words on an event's chairs and participation, in the
reader's language.

Every English text is a msgid marked here and translated where it is read, for the locale
the caller passes; sentences are whole templates with named placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from ._catalog import Catalog, Event
from ._i18n import N_, NC_, gettext, label, pgettext
from ._labels import DIALOGUE_TOPICS, OF_GROUP, OF_GROUP_CONTEXT, PLACES, TOPIC_CONTEXT
from ._model import (
    ConferenceSession,
    Conflict,
    ConstructiveDialogue,
    Convention,
    Meeting,
    Organization,
    Participant,
    ParticipationFigure,
    Person,
    Protocol,
    Recommendation,
    Resolution,
    Source,
    StatusReport,
    WorkingGroupSession,
)
from ._vocabulary import CountBasis, FigureQualifier

__all__ = [
    "KINDS",
    "SOURCES_SEPARATOR",
    "TITLE_CONTEXT",
    "chair_text",
    "entity_title",
    "event_chairs",
    "event_title",
    "kind_label",
    "kind_of",
    "participation_by_source",
    "venue",
]

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

# Translators: one chair of a meeting in the timeline: {role} is "Chair", "Co-chair" or
# "President", {person} their name (or the post a source gives when it does not name them).
_ROLE_PERSON = N_("{role}: {person}")
# Translators: a chair's name and the ISO code of the country they represented, such as
# "Vasiliki Kakosimou (GR)".
_WITH_COUNTRY = N_("{name} ({country})")
# Translators: in place of a chair's name that no source gives, nor their post: the source
# names only the organization they spoke for ("not named, from MMC").
_NOT_NAMED = NC_("chair", "not named, from {organization}")

# Translators: one count in the timeline's participation column, as a phrase inside a list
# such as "65 non-governmental stakeholders, 38 governments (UNODC)". {number} is in digits;
# {category} is what was counted, as its label with a lowercase initial ("non-governmental
# stakeholders", "NGOs"). Where your language would have to make the noun agree with the
# number, write "{category}: {number}" instead.
_COUNTS: Final[Mapping[tuple[FigureQualifier, CountBasis], str]] = {
    (FigureQualifier.EXACT, CountBasis.UNSPECIFIED): NC_("participation", "{number} {category}"),
    # Translators: the source says "over" or "more than" the number.
    (FigureQualifier.OVER, CountBasis.UNSPECIFIED): NC_("participation", "over {number} {category}"),
    # Translators: the source says "about" or "around" the number.
    (FigureQualifier.APPROXIMATE, CountBasis.UNSPECIFIED): NC_("participation", "about {number} {category}"),
    # Translators: the source counts who registered, not who attended.
    (FigureQualifier.EXACT, CountBasis.REGISTERED): NC_("participation", "{number} {category} registered"),
    (FigureQualifier.OVER, CountBasis.REGISTERED): NC_(
        "participation", "over {number} {category} registered"
    ),
    (FigureQualifier.APPROXIMATE, CountBasis.REGISTERED): NC_(
        "participation", "about {number} {category} registered"
    ),
    # Translators: the source counts who attended, not who registered.
    (FigureQualifier.EXACT, CountBasis.ATTENDED): NC_("participation", "{number} {category} attended"),
    (FigureQualifier.OVER, CountBasis.ATTENDED): NC_("participation", "over {number} {category} attended"),
    (FigureQualifier.APPROXIMATE, CountBasis.ATTENDED): NC_(
        "participation", "about {number} {category} attended"
    ),
}
# Translators: the counts one source gives ("65 non-governmental stakeholders, 38
# governments") and who published that source ("UNODC").
_COUNTED_BY = N_("{figures} ({publisher})")
# Translators: a count that a source gives for several meetings together: "over 150
# non-governmental stakeholders (together with cd-tip-2022)". {events} names the other meetings.
TOGETHER_WITH: Final = N_("{figure} (together with {events})")
# Translators: what separates the counts of one source: "65 non-governmental stakeholders, 38
# governments".
_FIGURES_SEPARATOR = NC_("list separator", ", ")
# Translators: what ends the counts of one source when another source's counts follow:
# "65 non-governmental stakeholders (UNODC); 40 NGOs (ICLAIM)".
SOURCES_SEPARATOR: Final = NC_("sources separator", ";")


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


def event_chairs(event: Event) -> tuple[Participant, ...]:
    """The chair or co-chairs of a session or dialogue, the president of a Conference session."""
    if isinstance(event, (WorkingGroupSession, ConstructiveDialogue)):
        return event.chairs
    if isinstance(event, ConferenceSession) and event.president is not None:
        return (event.president,)
    return ()


def chair_text(chair: Participant, catalog: Catalog, locale: str) -> str:
    """
    *chair* in one line, in *locale*: "Co-chair: Vasiliki Kakosimou (GR)".

    A chair no source names is shown by the post the source gives ("Chair: the newly appointed
    Permanent Representative of Mexico in Vienna (MX)"), or as not named, with the organization
    they spoke for: never by a guess.
    """
    if chair.person is not None:
        person = str(catalog.get(chair.person).name)
    elif chair.title is not None:
        person = chair.title
    else:  # a participant has a person, a title or an organization: here only the last
        organization = catalog.get(str(chair.organization))
        name = organization.name if organization.acronym is None else organization.acronym
        person = pgettext("chair", _NOT_NAMED, locale).format(organization=name)
    if chair.country is not None:
        person = gettext(_WITH_COUNTRY, locale).format(name=person, country=chair.country)
    return gettext(_ROLE_PERSON, locale).format(role=label(chair.role, locale), person=person)


def _in_phrase(text: str) -> str:
    """A label as it reads inside a phrase: "Governments" becomes "governments"; "NGOs" stays."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _count(figure: ParticipationFigure, locale: str) -> str:
    template = pgettext("participation", _COUNTS[figure.qualifier, figure.basis], locale)
    return template.format(number=figure.number, category=_in_phrase(label(figure.category, locale)))


def shared_with(figure: ParticipationFigure, catalog: Catalog, event: str | None) -> list[str]:
    """
    The ids of the other events a count that covers several covers, all but *event* (none for
    an ordinary count).
    """
    if not figure.also_covers:
        return []
    return [item for item in (catalog.owner_of(figure.id), *figure.also_covers) if item != event]


def participation_by_source(
    figures: Sequence[ParticipationFigure], catalog: Catalog, locale: str, *, event: str | None = None
) -> list[str]:
    """
    *figures* in a few words, one text for each source that counted, in *locale*.

    Figures from one source are listed together, followed by who published it, so that
    sources that count differently stay side by side: ["65 non-governmental stakeholders,
    38 governments (UNODC)", "40 NGOs attended (ICLAIM)"]. A figure counts for the first
    source it cites. A count that also covers other meetings names them (by id), all but
    *event*, the meeting the figures are listed for.
    """
    by_source: dict[str, list[str]] = {}
    for figure in figures:
        text = _count(figure, locale)
        others = shared_with(figure, catalog, event)
        if others:
            text = gettext(TOGETHER_WITH, locale).format(figure=text, events=", ".join(others))
        by_source.setdefault(figure.sources[0].source, []).append(text)
    separator = pgettext("list separator", _FIGURES_SEPARATOR, locale)
    return [
        gettext(_COUNTED_BY, locale).format(
            figures=separator.join(counts), publisher=catalog.source(source).publisher
        )
        for source, counts in by_source.items()
    ]
