"""The patterns and cross-field rules the peer models share with ``untoc_dialogue``."""

from __future__ import annotations

from typing import Any

from untoc_dialogue._countries import ISO_3166_ALPHA2

__all__ = ["COUNTRY_CODES", "ID", "TEXT", "panel_rules", "participant_rule", "unique"]

#: An identifier (each library anchors the end its own way: ``$`` in Rust regex, ``\Z`` in Python).
ID = r"^[a-z0-9]+(?:[-.][a-z0-9]+)*"
#: A non-blank text without surrounding white space.
TEXT = r"^\S(?:[\s\S]*\S)?"
COUNTRY_CODES = tuple(sorted(ISO_3166_ALPHA2))


def panel_rules(panels: tuple[Any, ...], recommendations: tuple[Any, ...]) -> None:
    """Panels numbered 1..n; a recommendation's panel within range."""
    for index, panel in enumerate(panels):
        if panel.number != index + 1:
            raise ValueError(f"panels must be numbered 1 to {len(panels)} in order")
    for recommendation in recommendations:
        if recommendation.panel is not None and recommendation.panel > len(panels):
            raise ValueError("a recommendation names a panel the dialogue does not have")


def participant_rule(participant: Any) -> None:
    """A participant names a person, an organization or a title."""
    if participant.person is None and participant.organization is None and participant.title is None:
        raise ValueError("a participant needs a person, an organization or a title")


def unique(values: tuple[Any, ...], what: str) -> None:
    """No item twice."""
    if len(set(values)) != len(values):
        raise ValueError(f"{what} must not repeat an item")
