"""
Marking and translating human-facing text.

``N_`` marks a message for extraction into the gettext catalogues without translating it
where it is defined; the text is translated where it is read, for a locale passed in by the
caller (never a global). This module is the one place the rest of the library asks for a
translation: :func:`gettext` for a message, :func:`label` for a vocabulary member.
"""

from __future__ import annotations

import enum

from .errors import LocaleError

__all__ = ["DEFAULT_LOCALE", "N_", "check_locale", "gettext", "label"]

#: The locale used when a caller does not name one.
DEFAULT_LOCALE = "en"


def N_(message: str) -> str:
    """Mark *message* for translation and return it unchanged."""
    return message


def check_locale(locale: str) -> str:
    """
    Return the supported locale that *locale* resolves to.

    Raises:
        LocaleError: the library cannot speak *locale*.
    """
    if locale != DEFAULT_LOCALE:
        raise LocaleError(f"unsupported locale {locale!r}; supported: {DEFAULT_LOCALE}")
    return locale


def gettext(message: str, locale: str = DEFAULT_LOCALE) -> str:
    """Return *message* (a msgid marked with :func:`N_`) translated into *locale*."""
    check_locale(locale)
    return message


def label(member: enum.Enum, locale: str = DEFAULT_LOCALE) -> str:
    """Return the human label of a vocabulary member in *locale*."""
    check_locale(locale)
    text = str(member.value).replace("_", " ")
    return text[:1].upper() + text[1:]
