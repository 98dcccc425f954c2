"""
Deterministic synthetic data: Constructive Dialogues and whole user catalogues.

Everything is generated from a seed with :class:`random.Random`, so two runs (and the peers in
one run) see the same bytes. The dicts are in the library's canonical form (defaults left out,
sets sorted), so ``to_dict(from_dict(d)) == d``.
"""

from __future__ import annotations

import random
from typing import Any

from untoc_dialogue._countries import ISO_3166_ALPHA2
from untoc_dialogue._vocabulary import (
    CountBasis,
    FigureCategory,
    FigureQualifier,
    Mode,
    RecommendationStatus,
    Reliability,
    Role,
    Theme,
    WorkingGroup,
)

__all__ = ["MARKERS", "MARKER_GROUP", "MARKER_THEME", "MARKER_YEAR", "catalog_dict", "dialogue_dicts"]

_WORDS = (
    "review",
    "mechanism",
    "constructive",
    "dialogue",
    "smuggling",
    "migrants",
    "trafficking",
    "persons",
    "protocol",
    "convention",
    "victims",
    "protection",
    "cooperation",
    "assistance",
    "evidence",
    "data",
    "civil",
    "society",
    "stakeholders",
    "panel",
    "working",
    "group",
    "session",
    "Vienna",
    "hybrid",
    "online",
    "prosecution",
    "prevention",
    "rights",
    "gender",
    "children",
    "youth",
    "technology",
    "capacity",
    "corruption",
    "routes",
    "sea",
    "borders",
    "identification",
    "referral",
    "non-punishment",
    "safeguards",
    "participation",
    "recommendation",
    "implementation",
    "Conference",
    "Parties",
    "secretariat",
)
_ACCENTED = ("Genève", "São Paulo", "Zürich", "Bogotá", "Dakar", "Kyiv", "Montréal", "Niš", "Łódź")
_COUNTRIES = sorted(ISO_3166_ALPHA2)
#: Used only by the few marker events of a catalogue (see catalog_dict), never at random, so
#: that a query for them returns the same handful of events at every catalogue size.
MARKER_GROUP = WorkingGroup.FIREARMS
MARKER_YEAR = 2030
MARKER_THEME = Theme.ORGAN_REMOVAL
MARKERS = 5
_THEMES = [theme for theme in Theme if theme is not MARKER_THEME]
_GROUPS = [group for group in WorkingGroup if group is not MARKER_GROUP]


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def words(self, low: int, high: int) -> str:
        rng = self.rng
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(low, high)))
        roll = rng.random()
        if roll < 0.15:
            text += f", in {rng.choice(_ACCENTED)}"
        elif roll < 0.2:
            text = f'"{text}", they said'
        return text[0].upper() + text[1:]

    def maybe(self, probability: float) -> bool:
        return self.rng.random() < probability

    def enum_set(self, kind: list[Any], high: int) -> list[str]:
        return sorted(member.value for member in self.rng.sample(kind, self.rng.randint(0, high)))

    def partial_date(self, year: int) -> str:
        roll = self.rng.random()
        if roll < 0.15:
            return f"{year:04d}"
        month = self.rng.randint(1, 12)
        if roll < 0.35:
            return f"{year:04d}-{month:02d}"
        return f"{year:04d}-{month:02d}-{self.rng.randint(1, 25):02d}"

    def date_range(self, year: int) -> str:
        start = self.partial_date(year)
        if len(start) == 10 and self.maybe(0.5):
            day = int(start[8:]) + self.rng.randint(1, 3)
            return f"{start}/{start[:8]}{day:02d}"
        return start

    def citations(self, sources: int, high: int = 2) -> list[dict[str, Any]]:
        rng = self.rng
        result = []
        for _ in range(rng.randint(1, high)):
            citation: dict[str, Any] = {"source": f"src-{rng.randrange(sources)}"}
            if self.maybe(0.7):
                citation["excerpt"] = self.words(5, 12)
            if self.maybe(0.3):
                citation["locator"] = f"para. {rng.randint(1, 120)}"
            result.append(citation)
        return result

    def participant(self, people: int, organizations: int, sources: int, role: Role) -> dict[str, Any]:
        rng = self.rng
        item: dict[str, Any] = {"role": role.value, "sources": self.citations(sources, 1)}
        if self.maybe(0.8):
            item["person"] = f"person-{rng.randrange(people)}"
        if self.maybe(0.5):
            item["organization"] = f"org-{rng.randrange(organizations)}"
        if "person" not in item or self.maybe(0.5):
            item["title"] = self.words(2, 6)
        if self.maybe(0.6):
            item["country"] = rng.choice(_COUNTRIES)
        return item

    def figure(self, ident: str, sources: int) -> dict[str, Any]:
        rng = self.rng
        item: dict[str, Any] = {
            "id": ident,
            "category": rng.choice(list(FigureCategory)).value,
            "number": rng.randint(0, 5000),
            "sources": self.citations(sources, 1),
        }
        qualifier = rng.choice(list(FigureQualifier))
        if qualifier is not FigureQualifier.EXACT:
            item["qualifier"] = qualifier.value
        basis = rng.choice(list(CountBasis))
        if basis is not CountBasis.UNSPECIFIED:
            item["basis"] = basis.value
        if self.maybe(0.4):
            item["counted"] = self.words(2, 5)
        return item


def _dialogue(
    gen: _Gen, index: int, *, people: int, organizations: int, sources: int, light: bool
) -> dict[str, Any]:
    rng = gen.rng
    ident = f"cd-{index:06d}"
    year = 2010 + index % 15
    scale = 0 if light else 1
    dialogue: dict[str, Any] = {
        "id": ident,
        "groups": [group.value for group in rng.sample(_GROUPS, rng.randint(1, 2))],
        "sources": gen.citations(sources, 1 + 2 * scale),
    }
    if gen.maybe(0.9):
        dialogue["date"] = gen.date_range(year)
    if gen.maybe(0.7):
        dialogue["venue"] = rng.choice(("Vienna", "Online", *_ACCENTED))
    if gen.maybe(0.8):
        dialogue["mode"] = rng.choice(list(Mode)).value
    dialogue["chairs"] = [
        gen.participant(people, organizations, sources, rng.choice((Role.CHAIR, Role.CO_CHAIR)))
        for _ in range(rng.randint(1, 2))
    ]
    if not light and gen.maybe(0.6):
        dialogue["speakers"] = [
            gen.participant(people, organizations, sources, Role.OPENING_SPEAKER)
            for _ in range(rng.randint(1, 2))
        ]
    if not light and gen.maybe(0.5):
        dialogue["agenda"] = [
            {"text": gen.words(3, 8), "sources": gen.citations(sources, 1), "label": f"({label})"}
            for label in "abc"[: rng.randint(1, 3)]
        ]
    panel_count = rng.randint(1, 2 if light else 4)
    panels = []
    for number in range(1, panel_count + 1):
        panel: dict[str, Any] = {"number": number, "sources": gen.citations(sources, 1)}
        if gen.maybe(0.8):
            panel["question"] = gen.words(6, 14) + "?"
        if gen.maybe(0.4):
            panel["topic"] = gen.words(2, 5)
        speakers = [
            gen.participant(people, organizations, sources, Role.PANELLIST)
            for _ in range(rng.randint(0 if light else 1, 1 if light else 3))
        ]
        if speakers:
            panel["speakers"] = speakers
        if gen.maybe(0.5):
            panel["panellist_count"] = rng.randint(len(speakers), 8)
        themes = gen.enum_set(_THEMES, 3)
        if themes:
            panel["themes"] = themes
        panels.append(panel)
    dialogue["panels"] = panels
    dialogue["participation"] = [
        gen.figure(f"{ident}-fig-{k}", sources) for k in range(rng.randint(1, 1 + 2 * scale))
    ]
    themes = gen.enum_set(_THEMES, 4)
    if themes:
        dialogue["themes"] = themes
    recommendations = []
    for k in range(rng.randint(0, 2 if light else 5)):
        recommendation: dict[str, Any] = {
            "id": f"{ident}-rec-{k}",
            "text": gen.words(8, 20),
            "sources": gen.citations(sources, 1),
        }
        status = rng.choice(list(RecommendationStatus))
        if status is not RecommendationStatus.MADE:
            recommendation["status"] = status.value
        makers = sorted({f"person-{rng.randrange(people)}" for _ in range(rng.randint(0, 2))})
        if makers:
            recommendation["made_by"] = makers
        if gen.maybe(0.3):
            recommendation["made_by_description"] = gen.words(2, 4)
        if gen.maybe(0.6):
            recommendation["panel"] = rng.randint(1, panel_count)
        themes = gen.enum_set(_THEMES, 3)
        if themes:
            recommendation["themes"] = themes
        recommendations.append(recommendation)
    if recommendations:
        dialogue["recommendations"] = recommendations
    if not light and gen.maybe(0.5):
        quote: dict[str, Any] = {"text": gen.words(8, 20), "sources": gen.citations(sources, 1)}
        if gen.maybe(0.7):
            quote["speaker"] = f"person-{rng.randrange(people)}"
        dialogue["quotes"] = [quote]
    if gen.maybe(0.5):
        dialogue["notes"] = [gen.words(8, 20) for _ in range(rng.randint(1, 2))]
    return dialogue


def dialogue_dicts(count: int, *, seed: int = 2023) -> list[dict[str, Any]]:
    """
    *count* full Constructive Dialogues as canonical JSON-ready dicts: panels with speakers,
    recommendations, participation figures, citations, partial dates and ranges, enums,
    tuples and sets. References point at ``person-N``, ``org-N`` and ``src-N`` ids.
    """
    gen = _Gen(seed)
    return [
        _dialogue(gen, index, people=200, organizations=100, sources=500, light=False)
        for index in range(count)
    ]


def catalog_dict(events: int, *, seed: int = 2024) -> dict[str, Any]:
    """
    A valid user catalogue with *events* events: working group sessions and the lighter
    Constructive Dialogues that follow them, with the sources, people and organizations
    they cite and refer to; and, at every size, the same few marker events (``MARKERS``
    sessions of ``MARKER_GROUP`` in ``MARKER_YEAR``, each followed by a dialogue with a
    recommendation on ``MARKER_THEME``), which nothing else uses.
    """
    gen = _Gen(seed)
    rng = gen.rng
    sources = max(10, events // 5)
    people = max(10, events // 4)
    organizations = max(5, events // 10)
    catalog: dict[str, Any] = {
        "schema_version": "1.0",
        "data_version": f"bench-{events}",
        "title": f"A generated catalogue of {events} events",
    }
    catalog["sources"] = [
        {
            "id": f"src-{k}",
            "title": gen.words(3, 9),
            "publisher": rng.choice(("UNODC", "GI-TOC", "Alliance of NGOs", "UN News")),
            "date": gen.partial_date(2010 + k % 15),
            "reliability": rng.choice(list(Reliability)).value,
        }
        for k in range(sources)
    ]
    catalog["organizations"] = [
        {
            "id": f"org-{k}",
            "name": gen.words(2, 5),
            "kind": "ngo",
            "sources": gen.citations(sources, 1),
        }
        for k in range(organizations)
    ]
    catalog["people"] = [
        {"id": f"person-{k}", "name": gen.words(2, 3), "sources": gen.citations(sources, 1)}
        for k in range(people)
    ]
    sessions = []
    dialogues = []
    for index in range(events):
        if index % 2 == 0:
            year = 2010 + index % 15
            month = 1 + index % 12
            session: dict[str, Any] = {
                "id": f"wg-{index:06d}",
                "group": rng.choice(_GROUPS).value,
                "sources": gen.citations(sources, 1),
                "number": 1 + index // 2,
                "dates": f"{year:04d}-{month:02d}-01/{year:04d}-{month:02d}-03",
            }
            if gen.maybe(0.7):
                session["venue"] = "Vienna"
            sessions.append(session)
        else:
            dialogue = _dialogue(
                gen, index, people=people, organizations=organizations, sources=sources, light=True
            )
            previous = sessions[-1]
            dialogue["follows"] = [previous["id"]]
            dialogue["date"] = previous["dates"][:8] + "10"
            dialogues.append(dialogue)
    # A few marker events, the same number at every size: a session of the marker group in the
    # marker year, and a dialogue after it with a recommendation on the marker theme.
    for marker in range(MARKERS):
        session = {
            "id": f"wg-marker-{marker}",
            "group": MARKER_GROUP.value,
            "sources": gen.citations(sources, 1),
            "dates": f"{MARKER_YEAR:04d}-{marker + 1:02d}-01/{MARKER_YEAR:04d}-{marker + 1:02d}-03",
        }
        dialogue = _dialogue(
            gen, events + marker, people=people, organizations=organizations, sources=sources, light=True
        )
        dialogue["id"] = f"cd-marker-{marker}"
        dialogue["groups"] = [MARKER_GROUP.value]
        dialogue["follows"] = [session["id"]]
        dialogue["date"] = f"{MARKER_YEAR:04d}-{marker + 1:02d}-10"
        dialogue["recommendations"] = [
            {
                "id": f"cd-marker-{marker}-rec",
                "text": gen.words(8, 20),
                "sources": gen.citations(sources, 1),
                "themes": [MARKER_THEME.value],
            }
        ]
        sessions.append(session)
        dialogues.append(dialogue)
    catalog["working_group_sessions"] = sessions
    catalog["dialogues"] = dialogues
    return catalog
