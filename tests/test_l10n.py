"""The gettext catalogues: complete, consistent with the code, compiled, and resolved by locale."""

from __future__ import annotations

import enum
import gettext as gettext_module
import importlib.util
import string
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from untoc_dialogue import Instrument, LocaleError, Mode, WorkingGroup, _vocabulary
from untoc_dialogue._i18n import SUPPORTED_LOCALES, babel_locale, check_locale, gettext, label
from untoc_dialogue._labels import INSTRUMENT_TITLES, LABELS, TITLE_CONTEXT

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "src" / "untoc_dialogue" / "locale"
TEMPLATE = LOCALE_DIR / "untoc_dialogue.pot"
TRANSLATED = [language for language in SUPPORTED_LOCALES if language != "en"]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _po(language: str) -> Catalog:
    with (LOCALE_DIR / language / "LC_MESSAGES" / "untoc_dialogue.po").open("rb") as file:
        return read_po(file)


def _messages(catalog: Catalog) -> list[Message]:
    return [message for message in catalog if message.id]


def _texts(value: object) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, (tuple, list)) else (str(value),)


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_every_supported_language_has_a_catalogue() -> None:
    """There is one catalogue folder for each of the six UN languages and no other."""
    folders = {path.name for path in LOCALE_DIR.iterdir() if path.is_dir()}
    assert folders == set(SUPPORTED_LOCALES)


@pytest.mark.parametrize("language", SUPPORTED_LOCALES)
def test_catalogue_is_fully_translated(language: str) -> None:
    """Every message of the catalogue has a translation, none fuzzy, and nothing is obsolete."""
    catalog = _po(language)
    untranslated = [m.id for m in _messages(catalog) if not all(_texts(m.string))]
    fuzzy = [m.id for m in _messages(catalog) if m.fuzzy]
    assert (untranslated, fuzzy, list(catalog.obsolete), catalog.fuzzy) == ([], [], [], False)


@pytest.mark.parametrize("language", SUPPORTED_LOCALES)
def test_translations_keep_every_placeholder(language: str) -> None:
    """Each translation uses exactly the named placeholders of its msgid, so format() cannot fail."""
    wrong = [
        (m.id, text)
        for m in _messages(_po(language))
        for text in _texts(m.string)
        if _placeholders(text) != _placeholders(_texts(m.id)[0])
    ]
    assert wrong == []


@pytest.mark.parametrize("language", SUPPORTED_LOCALES)
def test_catalogue_holds_the_template_messages(language: str) -> None:
    """A catalogue has every message of the template and no other (update has been run)."""
    with TEMPLATE.open("rb") as file:
        template = read_po(file)
    expected = {(m.context, m.id) for m in _messages(template)}
    assert {(m.context, m.id) for m in _messages(_po(language))} == expected


def test_template_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Extracting the package again gives the committed template: no message skipped the catalogues."""
    script = _script()
    fresh = tmp_path / "untoc_dialogue.pot"
    script.run_extract(fresh)
    missing = script.messages(fresh) - script.messages(TEMPLATE)
    stale = script.messages(TEMPLATE) - script.messages(fresh)
    assert (missing, stale) == (set(), set()), "run python scripts/update_translations.py"


@pytest.mark.parametrize("language", SUPPORTED_LOCALES)
def test_compiled_catalogue_matches_its_po_file(language: str) -> None:
    """The committed .mo file holds exactly the translations of its .po file (compile has been run)."""
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    source = _messages(_po(language))
    with (folder / "untoc_dialogue.mo").open("rb") as file:
        compiled = gettext_module.GNUTranslations(file)
    with (folder / "untoc_dialogue.mo").open("rb") as file:
        count = len(_messages(read_mo(file)))
    looked_up = {
        (m.context, m.id): compiled.pgettext(m.context, str(m.id))
        if m.context
        else compiled.gettext(str(m.id))
        for m in source
    }
    assert (count, looked_up) == (len(source), {(m.context, m.id): m.string for m in source})


@pytest.mark.parametrize("language", TRANSLATED)
def test_titles_say_they_are_translations(language: str) -> None:
    """A title that is not cited from a source says so in a translator comment."""
    titles = [m for m in _messages(_po(language)) if m.context == TITLE_CONTEXT]
    assert len(titles) == len(INSTRUMENT_TITLES)
    for message in titles:
        comment = " ".join(message.user_comments)
        assert "not an official title" in comment or "Source:" in comment, message.id


def _vocabularies() -> list[type[enum.Enum]]:
    return [getattr(_vocabulary, name) for name in _vocabulary.__all__]


def test_every_vocabulary_member_has_a_label() -> None:
    """Every member of every controlled vocabulary has an English label in the catalogues."""
    members = {member for vocabulary in _vocabularies() for member in vocabulary}
    assert set(LABELS) == members


def test_labels_are_msgids_in_their_vocabulary_context() -> None:
    """Each label is a msgid whose context is its vocabulary's class name."""
    with TEMPLATE.open("rb") as file:
        template = {(m.context, m.id) for m in _messages(read_po(file))}
    assert {(type(member).__name__, text) for member, text in LABELS.items()} <= template


def test_english_labels_are_the_marked_text() -> None:
    """In English a label is its msgid."""
    assert label(Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL) == "Smuggling of Migrants Protocol"
    assert label(Mode.HYBRID, "en") == "Hybrid"


@pytest.mark.parametrize("member", [*Instrument, *WorkingGroup, *Mode])
def test_labels_differ_per_language(member: enum.Enum) -> None:
    """The names of instruments, working groups and modes are different in each of the six languages."""
    labels = [label(member, language) for language in SUPPORTED_LOCALES]
    assert len(set(labels)) == len(SUPPORTED_LOCALES)


def test_gettext_translates_a_message() -> None:
    """A marked message comes back in the language asked for."""
    assert gettext("Vienna", "fr") == "Vienne"


@pytest.mark.parametrize(
    ("asked", "language"),
    [
        ("fr", "fr"),
        ("fr_CH", "fr"),
        ("fr-CH", "fr"),
        ("es_AR", "es"),
        ("zh_Hant", "zh"),
        ("zh_TW", "zh"),
        ("en_GB", "en"),
        ("ar_EG", "ar"),
        ("ru_RU", "ru"),
    ],
)
def test_regional_locales_fall_back_to_their_language(asked: str, language: str) -> None:
    """A regional or script variant of a supported language uses that language's catalogue."""
    assert check_locale(asked) == language


@pytest.mark.parametrize("asked", ["de", "pt_BR", "xx", "", "not a locale", None, 42])
def test_unknown_or_unsupported_locale_is_a_clear_error(asked: object) -> None:
    """A locale the library cannot speak raises LocaleError naming the six it can."""
    with pytest.raises(LocaleError, match="supported: ar, en, es, fr, ru, zh"):
        check_locale(asked)  # type: ignore[arg-type]


def test_formatting_keeps_the_region_but_not_another_script() -> None:
    """es_AR formats as in Argentina; zh_Hant formats in the Simplified script of the catalogue."""
    assert (babel_locale("es_AR").territory, babel_locale("zh_Hant").script) == ("AR", None)
    assert str(babel_locale("en")) == "en_001"


def test_importing_the_package_loads_neither_babel_nor_a_catalogue() -> None:
    """Catalogues and babel are loaded on first use, not at import time."""
    code = (
        "import sys, untoc_dialogue; print('babel' in sys.modules, 'untoc_dialogue._labels' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]
