"""
The benchmark suite's correctness checks, without timing anything.

``python -m benchmarks`` checks these before it times a thing: every library decodes the same
JSON to equal objects and refuses what the others refuse, and ``untoc_dialogue``'s fast paths
(the generated readers and writers) give exactly what its reference paths give. The peers are
not in the test extra, so their checks are skipped where they are not installed; the fast-path
checks always run.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from benchmarks.checks import check_fast_paths
from benchmarks.peers import available_libraries, missing_peers
from benchmarks.run import check_fast_paths_on_samples, run_checks
from hypothesis import given
from hypothesis import strategies as st

from untoc_dialogue import Catalog, ValidationError, from_json, to_json
from untoc_dialogue import strategies as sts
from untoc_dialogue._convert import _reference_to_json, _structure, parse_json


def test_fast_paths_agree_with_the_reference_on_the_benchmark_data() -> None:
    """The generated dialogues and catalogue, valid and broken, read and write alike both ways."""
    assert check_fast_paths_on_samples(dialogues=30, events=30) == []


@pytest.mark.skipif(bool(missing_peers()), reason="pydantic and msgspec are in the bench extra only")
def test_peers_decode_equal_objects_and_refuse_alike() -> None:
    """Every library decodes the shared JSON to equal objects and refuses the same bad input."""
    problems, table = run_checks(available_libraries(), dialogues=20, events=20)
    assert problems == [], "\n".join(table)


@given(catalog=sts.catalogs())
def test_fast_writer_and_reader_match_the_reference(catalog: Catalog) -> None:
    """On generated catalogues the fast writer's bytes and the fast reader's value are the reference's."""
    text = to_json(catalog)
    assert text == _reference_to_json(catalog)
    assert check_fast_paths([catalog], []) == []


def _locations(value: Any) -> list[tuple[Any, Any]]:
    found: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((value, key))
            found.extend(_locations(item))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((value, index))
            found.extend(_locations(item))
    return found


_JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.sampled_from(["", " x", "gender", "2023-02-30", "seed-003", "IT"]),
    st.just([]),
    st.just({}),
    st.just(["gender", "gender"]),
)


@given(catalog=sts.catalogs(), data=st.data())
def test_broken_documents_give_the_reference_errors(catalog: Catalog, data: st.DataObject) -> None:
    """One value changed anywhere in a valid document: the fast path answers as the reference does."""
    document = json.loads(to_json(catalog))
    places = _locations(document)
    if places:
        container, key = data.draw(st.sampled_from(places))
        container[key] = data.draw(_JSON_VALUES)
    text = json.dumps(document)

    def outcome(read: Any) -> Any:
        try:
            return ("value", read())
        except ValidationError as error:
            return ("error", error.problems)

    assert outcome(lambda: from_json(Catalog, text)) == outcome(lambda: _structure(Catalog, parse_json(text)))
