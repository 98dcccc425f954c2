"""
Marking and translating human-facing text.

``N_`` marks a message for extraction into the gettext catalogues without translating it
where it is defined; the text is translated where it is read, for a locale passed in by the
caller (never a global).
"""

from __future__ import annotations

__all__ = ["N_"]


def N_(message: str) -> str:
    """Mark *message* for translation and return it unchanged."""
    return message
