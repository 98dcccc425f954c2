"""
Fuzzing the entry points that take outside data: whatever comes in, only our errors go out,
and whatever loads writes back without loss.

CI runs each fuzz test with 10,000 examples (the ``FUZZ_EXAMPLES`` environment variable
changes that); a local run uses the active profile's count.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from untoc_dialogue import (
    Catalog,
    ConstructiveDialogue,
    Panel,
    UntocDialogueError,
    ValidationError,
    from_dict,
    from_json,
    load_catalog,
    to_json,
)

GOLDEN = Path(__file__).resolve().parent / "golden" / "1.0" / "small-catalog.json"
BASE_TEXT = GOLDEN.read_text(encoding="utf-8")
BASE: dict[str, Any] = json.loads(BASE_TEXT)

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "10000" if os.environ.get("CI") else "0"))
    or settings().max_examples,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    deadline=None,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*path, index)))
    return found


BASE_PATHS = _paths(BASE)[1:]


def _parent(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        document = document[step]
    return document


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    """A valid catalogue with one to three mutations of the kinds hostile input takes."""
    document = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(BASE_PATHS))
        try:
            parent, key = _parent(document, path), path[-1]
            current = parent[key]
        except (KeyError, IndexError, TypeError):
            continue
        if not isinstance(parent, (dict, list)):
            continue
        operation = draw(
            st.sampled_from(
                ["drop", "rename", "swap", "misspell", "out-of-range", "bad-date", "dangle", "duplicate"]
            )
        )
        if operation == "drop":
            del parent[key]
        elif operation == "rename" and isinstance(parent, dict) and isinstance(key, str):
            parent[key + draw(st.sampled_from(["_", "s", "X"]))] = parent.pop(key)
        elif operation == "swap":
            parent[key] = draw(json_values)
        elif operation == "misspell" and isinstance(current, str):
            parent[key] = current[:-1] + draw(st.sampled_from(["x", "_", "É", ""]))
        elif operation == "out-of-range":
            parent[key] = draw(st.sampled_from([-1, 0, 10**25, -(10**25), 2**63]))
        elif operation == "bad-date":
            parent[key] = draw(
                st.sampled_from(["2023-02-30", "2023-13", "2023-00-10", "0000", "2023-10-05/2023-10-01"])
            )
        elif operation == "dangle":
            parent[key] = "missing-id"
        elif operation == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(current))
    return document


def _only_our_errors_and_no_loss(kind: type, load: Any) -> None:
    try:
        value = load()
    except ValidationError as error:
        assert error.problems
        assert all(problem.path.startswith("$") and problem.message for problem in error.problems)
        return
    text = to_json(value)
    assert to_json(from_json(kind, text)) == text


@FUZZ
@given(json_values)
def test_from_dict_with_any_json_value(data: Any) -> None:
    """Invariant: from_dict raises only ValidationError for arbitrary JSON values."""
    for kind in (Catalog, ConstructiveDialogue, Panel):
        _only_our_errors_and_no_loss(kind, lambda kind=kind: from_dict(kind, data))


@FUZZ
@given(st.one_of(st.text(max_size=200), st.binary(max_size=200)))
def test_from_json_with_any_text(text: str | bytes) -> None:
    """Invariant: from_json raises only ValidationError for any text or bytes."""
    _only_our_errors_and_no_loss(Catalog, lambda: from_json(Catalog, text))


@FUZZ
@given(mutated_documents())
def test_from_dict_with_mutated_documents(document: Any) -> None:
    """Invariant: a mutated valid catalogue either loads and round-trips, or raises ValidationError with paths."""
    _only_our_errors_and_no_loss(Catalog, lambda: from_dict(Catalog, document))


@FUZZ
@given(
    document=mutated_documents(),
    damage=st.sampled_from(["plain", "duplicate-key", "trailing", "truncated", "bom"]),
)
def test_load_catalog_with_mutated_files(
    document: Any, damage: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Invariant: load_catalog(path) raises only ValidationError, whatever the file holds."""
    text = json.dumps(document, ensure_ascii=False)
    if damage == "duplicate-key":
        text = text.replace('"id": ', '"id": "dup", "id": ', 1)
    elif damage == "trailing":
        text += " ]"
    elif damage == "truncated":
        text = text[: len(text) // 2]
    data = text.encode("utf-8", "surrogatepass")
    if damage == "bom":
        data = b"\xef\xbb\xbf" + data
    path = tmp_path_factory.mktemp("fuzz") / "catalog.json"
    path.write_bytes(data)
    _only_our_errors_and_no_loss(Catalog, lambda: load_catalog(path))


@FUZZ
@given(mutated_documents())
def test_merge_with_mutated_documents(document: Any) -> None:
    """Invariant: merging a valid catalogue with another document raises only our errors."""
    base = from_json(Catalog, BASE_TEXT)
    try:
        other = from_dict(Catalog, document)
        merged = base.merge(other)
    except UntocDialogueError as error:
        assert isinstance(error, ValidationError)
        return
    assert set(merged.ids()) >= set(base.ids())


CASE_KEYS = [
    "illegal_entry",
    "is_national_or_permanent_resident",
    "smuggling_conduct",
    "financial_or_material_benefit",
    "acts",
    "means",
    "purposes",
    "age",
    "consented",
    "transnational",
    "organized_criminal_group",
    "endangered_life_or_safety",
    "inhuman_or_degrading_treatment",
]

case_documents = st.dictionaries(
    st.sampled_from([*CASE_KEYS, "unknown_fact"]),
    json_values
    | st.lists(
        st.sampled_from(["recruitment", "fraud", "forced_labour_or_services", "procured_illegal_entry", "x"])
    ),
    max_size=8,
)


@FUZZ
@given(case_documents)
def test_case_facts_from_any_json_document(document: dict[str, Any]) -> None:
    """Invariant: CaseFacts from JSON raises only ValidationError, and what loads assesses and round-trips."""
    from untoc_dialogue.assessment import CaseFacts, assess

    try:
        facts = from_json(CaseFacts, json.dumps(document))
    except ValidationError as error:
        assert all(problem.path.startswith("$") for problem in error.problems)
        return
    assert from_json(CaseFacts, to_json(facts)) == facts
    assess(facts)


def _run_cli(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> int:
    """Run the command line in-process; anything but an exit code is a failure of the test."""
    from untoc_dialogue._cli import main

    code = main(arguments)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if code == 1:
        # `validate` reports problems on standard output; the other commands on standard error.
        assert (captured.err + captured.out).strip(), "exit 1 without a message"
    return code


@FUZZ
@given(document=mutated_documents())
def test_cli_validate_and_export_with_mutated_catalogues(
    document: Any, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """Invariant: `validate FILE` and `export --catalog FILE` exit 0 or 1 with a message, never a traceback."""
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "catalog.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    validated = _run_cli(["validate", str(path)], capsys)
    exported = _run_cli(
        ["export", "--catalog", str(path), "--format", "jsonl", "--output", str(folder / "out.jsonl")], capsys
    )
    assert validated in (0, 1)
    assert exported == validated


@FUZZ
@given(document=case_documents)
def test_cli_assess_with_any_facts_file(
    document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """Invariant: `assess --facts FILE` exits 0 or 1 with a message for any facts document, never a traceback."""
    path = tmp_path_factory.mktemp("assess") / "facts.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert _run_cli(["assess", "--facts", str(path), "--json"], capsys) in (0, 1)
