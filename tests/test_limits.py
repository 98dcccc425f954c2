"""Limits on untrusted input: each is enforced with an error that names it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from untoc_dialogue import Limits, Panel, ValidationError, from_dict, from_json, load_catalog
from untoc_dialogue._limits import check_shape


def message(error: pytest.ExceptionInfo[ValidationError]) -> str:
    return str(error.value)


def test_text_larger_than_max_bytes_is_refused() -> None:
    """A text over max_bytes is refused before it is parsed."""
    with pytest.raises(ValidationError) as caught:
        from_json(Panel, b" " * 101, limits=Limits(max_bytes=100))
    assert "Limits.max_bytes" in message(caught)


def test_nesting_deeper_than_max_depth_is_refused() -> None:
    """Arrays nested 10 deep pass a limit of 10 but not of 9."""
    text = "[" * 10 + "]" * 10
    check_shape(json.loads(text), Limits(max_depth=10))
    with pytest.raises(ValidationError) as caught:
        from_json(Panel, text, limits=Limits(max_depth=9))
    assert "$[0][0][0][0][0][0][0][0][0]: nested deeper than the limit of 9" in message(caught)


def test_nesting_beyond_the_parser_is_our_error() -> None:
    """Nesting deeper than the JSON parser can go is still our error, naming the limit."""
    with pytest.raises(ValidationError, match=r"Limits\.max_depth"):
        from_json(Panel, "[" * 200_000 + "]" * 200_000)


def test_long_string_is_refused_at_its_path() -> None:
    """A string over max_string_length is refused where it stands."""
    with pytest.raises(ValidationError) as caught:
        from_dict(
            Panel, {"number": 1, "question": "x" * 11, "sources": []}, limits=Limits(max_string_length=10)
        )
    assert message(caught).startswith("$.question: string of 11 characters is longer than the limit of 10")


def test_integer_with_too_many_digits_is_refused() -> None:
    """An integer of thousands of digits is refused by the parser's hook, naming the limit."""
    with pytest.raises(ValidationError, match=r"Limits\.max_integer_digits"):
        from_json(Panel, '{"number": ' + "9" * 5000 + "}")


def test_large_python_integer_is_refused() -> None:
    """From Python data too, an integer over the digit limit is refused at its path."""
    with pytest.raises(ValidationError) as caught:
        from_dict(Panel, {"number": 10**30, "sources": []})
    assert message(caught).startswith("$.number: integer has more than 20 digits")


def test_lone_surrogate_is_refused() -> None:
    """A string that cannot be written back as UTF-8 is refused on the way in."""
    with pytest.raises(ValidationError, match="lone surrogate"):
        from_json(Panel, '{"number": 1, "question": "\\ud800", "sources": []}')


def test_non_json_python_values_are_refused() -> None:
    """A set is not JSON data."""
    with pytest.raises(ValidationError) as caught:
        from_dict(Panel, {"number": 1, "sources": {"seed-000"}})
    assert message(caught) == "$.sources: a set is not a JSON value"


def test_non_string_keys_are_refused() -> None:
    """Object keys are strings in JSON."""
    with pytest.raises(ValidationError, match="object key 1 is not a string"):
        from_dict(Panel, {1: 2})


@pytest.mark.parametrize("bad", [0, -1, True, "10"])
def test_limits_must_be_positive_whole_numbers(bad: object) -> None:
    """A limit of zero, a negative one, a bool or a string is refused."""
    with pytest.raises(ValidationError, match="max_depth"):
        Limits(max_depth=bad)  # type: ignore[arg-type]


def test_load_catalog_applies_the_limits(tmp_path: Path) -> None:
    """A user's file over a limit given to load_catalog is refused, naming the limit."""
    path = tmp_path / "catalog.json"
    path.write_text('{"schema_version": "1.0", "data_version": "' + "x" * 50 + '"}', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"Limits\.max_string_length"):
        load_catalog(path, limits=Limits(max_string_length=10))
    assert load_catalog(path).data_version == "x" * 50
