"""Country codes against babel's CLDR territory list."""

from __future__ import annotations

import babel

from untoc_dialogue._countries import CLDR_CODES_NOT_IN_ISO_3166_1, ISO_3166_ALPHA2


def test_codes_match_cldr() -> None:
    """The written-out code set is CLDR's two-letter territories minus the non-ISO ones."""
    codes = [str(code) for code in babel.Locale("en").territories]
    cldr = {code for code in codes if len(code) == 2 and code.isalpha()}
    assert cldr - CLDR_CODES_NOT_IN_ISO_3166_1 == ISO_3166_ALPHA2


def test_iso_has_249_codes() -> None:
    """ISO 3166-1 assigns 249 alpha-2 codes."""
    assert len(ISO_3166_ALPHA2) == 249
