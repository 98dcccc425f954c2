"""Loading the bundled catalogue and users' catalogue files."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import untoc_dialogue
from untoc_dialogue import Catalog, LocaleError, ValidationError, load_catalog, to_dict, to_json


def _user_catalog(**fields: Any) -> dict[str, Any]:
    return {
        "schema_version": "1.0",
        "data_version": "user-1",
        "sources": [{"id": "user-source", "title": "Meeting notes", "publisher": "A user"}],
        "dialogues": [
            {
                "id": "user-dialogue",
                "groups": ["firearms"],
                "date": "2026-05",
                "sources": [{"source": "user-source", "locator": "p. 1"}],
            }
        ],
        **fields,
    }


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_load_catalog_returns_the_bundled_catalogue() -> None:
    """load_catalog() with no path returns the bundled catalogue, data version 2026.11.0."""
    catalog = load_catalog()
    assert isinstance(catalog, Catalog)
    assert catalog.data_version == "2026.11.0"


def test_bundled_catalogue_is_read_once_and_shared() -> None:
    """Two calls return the very same object."""
    assert load_catalog() is load_catalog()


def test_bundled_catalogue_is_the_package_data_file() -> None:
    """The bundled catalogue is the package's data/catalog.json, as importlib.resources finds it."""
    text = resources.files("untoc_dialogue").joinpath("data", "catalog.json").read_text(encoding="utf-8")
    assert to_json(load_catalog()) == text


def test_load_catalog_is_exported_from_the_package() -> None:
    """untoc_dialogue.load_catalog is the loader."""
    assert untoc_dialogue.load_catalog is load_catalog


def test_load_catalog_reads_a_users_file(tmp_path: Path) -> None:
    """load_catalog(path) reads and validates a user's catalogue file."""
    catalog = load_catalog(_write(tmp_path / "mine.json", _user_catalog()))
    assert catalog.data_version == "user-1"
    assert [event.id for event in catalog.events()] == ["user-dialogue"]


def test_load_catalog_accepts_a_string_path(tmp_path: Path) -> None:
    """The path may be a string."""
    path = _write(tmp_path / "mine.json", _user_catalog())
    assert load_catalog(str(path)) == load_catalog(path)


def test_a_users_file_is_not_cached(tmp_path: Path) -> None:
    """A user's file is read again on every call, so edits are seen."""
    path = _write(tmp_path / "mine.json", _user_catalog())
    first = load_catalog(path)
    _write(path, _user_catalog(data_version="user-2"))
    assert (first.data_version, load_catalog(path).data_version) == ("user-1", "user-2")


def test_missing_file_is_a_validation_error_naming_it(tmp_path: Path) -> None:
    """A file that does not exist is a ValidationError that names it."""
    missing = tmp_path / "absent.json"
    with pytest.raises(ValidationError, match=r"cannot read .*absent\.json"):
        load_catalog(missing)


def test_directory_is_refused(tmp_path: Path) -> None:
    """A directory is not a catalogue file."""
    with pytest.raises(ValidationError, match="is a directory"):
        load_catalog(tmp_path)


def test_invalid_json_names_the_file(tmp_path: Path) -> None:
    """Text that is not JSON gives the line and column, and a note naming the file."""
    path = tmp_path / "broken.json"
    path.write_text('{"schema_version": "1.0",', encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid JSON") as caught:
        load_catalog(path)
    assert caught.value.__notes__ == [f"while reading {path}"]


def test_invalid_value_is_reported_at_its_path(tmp_path: Path) -> None:
    """A negative count in a user's file is reported at its JSONPath."""
    data = _user_catalog()
    data["dialogues"][0]["participation"] = [
        {
            "id": "f-1",
            "category": "ngos",
            "number": -1,
            "sources": [{"source": "user-source", "locator": "p. 2"}],
        }
    ]
    with pytest.raises(ValidationError) as caught:
        load_catalog(_write(tmp_path / "bad.json", data))
    assert [problem.path for problem in caught.value.problems] == ["$.dialogues[0].participation[0].number"]


def test_dangling_reference_is_reported_at_its_path(tmp_path: Path) -> None:
    """A dialogue following a session the file does not hold is reported at the reference."""
    data = _user_catalog()
    data["dialogues"][0]["follows"] = ["wg-missing"]
    with pytest.raises(ValidationError) as caught:
        load_catalog(_write(tmp_path / "bad.json", data))
    assert [problem.path for problem in caught.value.problems] == ["$.dialogues[0].follows[0]"]


def test_with_bundled_merges_a_users_catalogue_into_the_bundled_one(tmp_path: Path) -> None:
    """with_bundled=True returns the bundled catalogue plus the user's entities."""
    merged = load_catalog(_write(tmp_path / "mine.json", _user_catalog()), with_bundled=True)
    assert merged.get("user-dialogue").id == "user-dialogue"
    assert merged.get("cd-som-2023") == load_catalog().get("cd-som-2023")
    assert merged.data_version == "2026.11.0+user-1"


def test_with_bundled_accepts_repeated_bundled_entities(tmp_path: Path) -> None:
    """A user's catalogue may repeat a bundled source unchanged; it then appears once."""
    seed = to_dict(load_catalog().source("seed-003"))
    data = _user_catalog(sources=[seed, _user_catalog()["sources"][0]])
    merged = load_catalog(_write(tmp_path / "mine.json", data), with_bundled=True)
    assert [source.id for source in merged.sources].count("seed-003") == 1


def test_with_bundled_clash_names_both_places_and_the_file(tmp_path: Path) -> None:
    """A user's source with a bundled id but other content is an error naming both places and the file."""
    data = _user_catalog()
    data["sources"].insert(0, {"id": "seed-003", "title": "Something else", "publisher": "A user"})
    path = _write(tmp_path / "mine.json", data)
    with pytest.raises(ValidationError) as caught:
        load_catalog(path, with_bundled=True)
    (problem,) = caught.value.problems
    assert problem.path == "$.sources[0]"
    assert "this catalogue has it at $.sources[3]" in problem.message
    assert "the other catalogue at $.sources[0]" in problem.message
    assert caught.value.__notes__ == [f"while reading {path}"]


def test_bundled_files_are_read_from_the_package() -> None:
    """read_bundled gives a packaged file's bytes, and an OSError for a file that is not there."""
    from untoc_dialogue._resources import read_bundled

    expected = resources.files("untoc_dialogue").joinpath("locale", "fr", "LC_MESSAGES", "untoc_dialogue.mo")
    assert read_bundled("locale/fr/LC_MESSAGES/untoc_dialogue.mo") == expected.read_bytes()
    with pytest.raises(FileNotFoundError):
        read_bundled("data/no-such-file.json")


def test_a_missing_translation_file_is_a_locale_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """An installation without a compiled catalogue says which and how to make it."""
    from untoc_dialogue import _i18n

    def missing(path: str) -> bytes:
        raise FileNotFoundError(path)

    monkeypatch.setattr(_i18n, "read_bundled", missing)
    _i18n._translations.cache_clear()
    try:
        with pytest.raises(LocaleError, match=r"compiled catalogue for 'es' is missing.*update_translations"):
            _i18n.gettext("commands", "es")
    finally:
        monkeypatch.undo()
        _i18n._translations.cache_clear()


def test_the_bundled_catalogue_loads_from_a_zip_archive(tmp_path: Path) -> None:
    """Installed as a zip (zipimport), the package still finds its data and its translations."""
    import subprocess
    import sys
    import zipfile

    package = Path(untoc_dialogue.__file__).parent
    archive = tmp_path / "untoc_dialogue.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in package.rglob("*"):
            if file.is_file() and "__pycache__" not in file.parts:
                zipped.write(file, file.relative_to(package.parent).as_posix())
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import untoc_dialogue as u; "
        "from untoc_dialogue._i18n import gettext; "
        "print(u.__file__.startswith(sys.argv[1]), len(u.load_catalog().dialogues), gettext('commands', 'fr'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(archive)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    from_zip, dialogues, translated = result.stdout.split(maxsplit=2)
    assert (from_zip, int(dialogues)) == ("True", len(load_catalog().dialogues))
    from untoc_dialogue._i18n import gettext

    assert translated.strip() == gettext("commands", "fr") != "commands"
