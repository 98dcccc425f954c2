"""Shared test configuration: hypothesis profiles."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Whole generated catalogues are large and slow to draw by design; that is not a test smell here.
_BIG_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=_BIG_DATA,
)
settings.register_profile("dev", max_examples=50, deadline=None, suppress_health_check=_BIG_DATA)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
