"""
Marking and translating human-facing text.

``N_`` marks a message for extraction into the gettext catalogues without translating it
where it is defined; ``NC_`` does the same for a message that needs a context (a short label
whose translation depends on what it labels). The text is translated where it is read, for a
locale passed in by the caller (never a global). This module is the one place the rest of the
library asks for a translation: :func:`gettext` and :func:`pgettext` for a message,
:func:`label` for a vocabulary member.

The catalogues are compiled gettext files, ``locale/<language>/LC_MESSAGES/untoc_dialogue.mo``
inside the package, read from the package's data the first time a language is asked
for and kept for the life of the process. Nothing is loaded, and babel is not imported, when
the package is imported.
"""

from __future__ import annotations

import enum
import functools
import gettext as _gettext
import io
from typing import TYPE_CHECKING

from ._resources import read_bundled
from .errors import LocaleError

if TYPE_CHECKING:
    import babel

__all__ = [
    "DEFAULT_LOCALE",
    "DOMAIN",
    "NC_",
    "N_",
    "SUPPORTED_LOCALES",
    "babel_locale",
    "check_locale",
    "gettext",
    "label",
    "pgettext",
]

#: The locale used when a caller does not name one.
DEFAULT_LOCALE = "en"

#: The languages the library speaks: the six official languages of the United Nations.
SUPPORTED_LOCALES = ("ar", "en", "es", "fr", "ru", "zh")

#: The gettext domain: the catalogues are ``locale/<language>/LC_MESSAGES/<DOMAIN>.mo``.
DOMAIN = "untoc_dialogue"

# The script each catalogue is written in. A locale asking for another script of a supported
# language (zh_Hant, zh_TW) gets the catalogue's script for dates and numbers as well as for
# words, so that one sentence never mixes Traditional and Simplified Chinese.
_SCRIPTS = {"ar": "Arab", "en": "Latn", "es": "Latn", "fr": "Latn", "ru": "Cyrl", "zh": "Hans"}


def N_(message: str) -> str:
    """Mark *message* for translation and return it unchanged."""
    return message


def NC_(context: str, message: str) -> str:
    """Mark *message*, in *context*, for translation and return *message* unchanged."""
    return message


def _unsupported(locale: object) -> LocaleError:
    return LocaleError(f"unsupported locale {locale!r}; supported: {', '.join(SUPPORTED_LOCALES)}")


@functools.lru_cache(maxsize=64)
def _parse(locale: str) -> babel.Locale:
    from babel import Locale, UnknownLocaleError  # deferred: babel's locale data is slow to load

    try:
        parsed = Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise _unsupported(locale) from None
    if parsed.language not in _SCRIPTS:
        raise _unsupported(locale)
    return parsed


def check_locale(locale: str) -> str:
    """
    Return the supported language that *locale* resolves to.

    A supported language is returned as it is. A regional or script variant falls back to
    its language: ``fr_CH`` and ``fr-CH`` to ``fr``, ``es_AR`` to ``es``, ``zh_Hant`` and
    ``zh_TW`` to ``zh`` (the Chinese catalogue is written in Simplified characters).

    Raises:
        LocaleError: the library cannot speak *locale*; the message names the six it can.
    """
    if locale in SUPPORTED_LOCALES:
        return locale
    if not isinstance(locale, str):
        raise _unsupported(locale)
    return str(_parse(locale).language)


def babel_locale(locale: str) -> babel.Locale:
    """
    Return the babel locale that dates, numbers, lists and country names are formatted in.

    A regional locale keeps its region (``es_AR`` formats as in Argentina) unless it asks for
    another script than the catalogue's, which falls back to the language. Plain ``en``
    formats as international English (CLDR ``en_001``: "9 October 2023"), as the United
    Nations write dates; ask for ``en_US`` for "October 9, 2023".

    Raises:
        LocaleError: the library cannot speak *locale*.
    """
    from babel import Locale

    language = check_locale(locale)
    if locale == "en":
        return Locale("en", territory="001")
    parsed = _parse(locale)
    if parsed.script not in (None, _SCRIPTS[language]):
        return babel_locale(language)
    return parsed


@functools.cache
def _translations(language: str) -> _gettext.GNUTranslations:
    file = f"locale/{language}/LC_MESSAGES/{DOMAIN}.mo"
    try:
        data = read_bundled(file)
    except OSError:
        raise LocaleError(
            f"the compiled catalogue for {language!r} is missing from this installation "
            f"(untoc_dialogue/{file}); "
            "run scripts/update_translations.py in a source checkout"
        ) from None
    return _gettext.GNUTranslations(io.BytesIO(data))


def gettext(message: str, locale: str = DEFAULT_LOCALE) -> str:
    """
    Return *message* (a msgid marked with :func:`N_`) translated into *locale*.

    Raises:
        LocaleError: the library cannot speak *locale*.
    """
    return _translations(check_locale(locale)).gettext(message)


def pgettext(context: str, message: str, locale: str = DEFAULT_LOCALE) -> str:
    """
    Return *message* (marked with :func:`NC_` in *context*) translated into *locale*.

    Raises:
        LocaleError: the library cannot speak *locale*.
    """
    return _translations(check_locale(locale)).pgettext(context, message)


def label(member: enum.Enum, locale: str = DEFAULT_LOCALE) -> str:
    """
    Return the human label of a vocabulary member in *locale*.

    >>> from untoc_dialogue import Mode
    >>> label(Mode.HYBRID, "fr")
    'Hybride'

    Raises:
        LocaleError: the library cannot speak *locale*.
        KeyError: *member* is not a member of one of the library's vocabularies.
    """
    from ._labels import LABELS

    return pgettext(type(member).__name__, LABELS[member], locale)
