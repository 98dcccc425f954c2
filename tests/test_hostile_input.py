"""Hostile and broken input: only our errors escape, nothing is lost, old documents keep loading."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from untoc_dialogue import SCHEMA_VERSION, Catalog, ValidationError, from_json, load_catalog, to_json

DATA = Path(__file__).resolve().parent / "data"
BAD = DATA / "bad"
GOLDEN = Path(__file__).resolve().parent / "golden"
EXPECTED: dict[str, list[str]] = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))


def test_every_bad_document_has_an_expectation() -> None:
    """The corpus and its expectations list the same files."""
    assert sorted(path.name for path in BAD.glob("*.json") if path.name != "expected.json") == sorted(
        EXPECTED
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_document_gives_its_error(name: str) -> None:
    """Each nasty document is refused with ValidationError at the expected path, saying the expected thing."""
    path, says = EXPECTED[name]
    with pytest.raises(ValidationError) as caught:
        load_catalog(BAD / name)
    assert any(problem.path == path and says in problem.message for problem in caught.value.problems), (
        caught.value
    )


def test_error_names_the_file() -> None:
    """A user's file that fails to load is named in the error's notes."""
    with pytest.raises(ValidationError) as caught:
        load_catalog(BAD / "panel-gap.json")
    assert any("panel-gap.json" in note for note in caught.value.__notes__)


def test_directory_is_refused(tmp_path: Path) -> None:
    """A directory is not a catalogue."""
    with pytest.raises(ValidationError, match="is a directory"):
        load_catalog(tmp_path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    """A file that does not exist is our error, not FileNotFoundError."""
    with pytest.raises(ValidationError, match="cannot read"):
        load_catalog(tmp_path / "nope.json")


@pytest.mark.parametrize("version", sorted(path.name for path in GOLDEN.iterdir()))
def test_golden_documents_still_load(version: str) -> None:
    """Documents written by every released schema version load, and current ones write back byte for byte."""
    for path in sorted((GOLDEN / version).glob("*.json")):
        text = path.read_text(encoding="utf-8")
        catalog = from_json(Catalog, text)
        if version == SCHEMA_VERSION:
            assert to_json(catalog) == text, path.name


def test_loading_from_many_threads_gives_equal_results() -> None:
    """Parsing the same document from eight threads at once gives eight equal catalogues."""
    text = (GOLDEN / SCHEMA_VERSION / "small-catalog.json").read_text(encoding="utf-8")
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: from_json(Catalog, text), range(32)))
    assert all(result == results[0] for result in results)


def test_bundled_catalogue_is_shared_safely_between_threads() -> None:
    """Every thread gets the same immutable bundled catalogue."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: load_catalog(), range(16)))
    assert all(result is results[0] for result in results)
