"""Timing helpers: every figure is a set of repeated measurements, summarised as min/median/max."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import attrs

__all__ = ["Summary", "fit_exponent", "flush_collector", "summarise", "time_call"]

#: Tracked allocations made after each timed call with the collector on, inside the timing, so
#: that collections a call put off (by pausing the collector, or by leaving a full young
#: generation) are paid for by that call and not by whatever runs next.
FLUSH_ALLOCATIONS = 100_000


def flush_collector() -> None:
    """Allocate enough tracked objects to trigger every collection that is due."""
    junk: list[list[Any]] = [[] for _ in range(FLUSH_ALLOCATIONS)]
    del junk


def time_call(function: Callable[[], Any], *, collector: bool) -> float:
    """
    Seconds one call of *function* takes, with the collector off during the call, or on.

    With the collector on, the collections the call leaves due (by pausing the collector, or
    by filling the young generations) are counted too: the call is followed, inside the
    timing, by :func:`flush_collector`, and the cost of the same flush after doing nothing,
    measured just before, is taken off. The result is never less than the call alone took.
    """
    was_enabled = gc.isenabled()
    try:
        if not collector:
            gc.collect()
            gc.disable()
            start = time.perf_counter()
            result = function()
            return time.perf_counter() - start
        gc.enable()
        gc.collect()
        start = time.perf_counter()
        flush_collector()
        baseline = time.perf_counter() - start
        gc.collect()
        start = time.perf_counter()
        result = function()
        returned = time.perf_counter()
        flush_collector()
        end = time.perf_counter()
        del result
        return max(end - start - baseline, returned - start)
    finally:
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


@attrs.frozen
class Summary:
    """Repeated measurements of one quantity."""

    values: tuple[float, ...]

    @property
    def min(self) -> float:
        return min(self.values)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def max(self) -> float:
        return max(self.values)

    def text(self, unit: str = "s", scale: float = 1.0, digits: int = 3) -> str:
        """``median (min .. max)``."""
        return (
            f"{self.median * scale:.{digits}f} ({self.min * scale:.{digits}f} .. "
            f"{self.max * scale:.{digits}f}) {unit}".rstrip()
        )


def summarise(values: Sequence[float]) -> Summary:
    return Summary(tuple(values))


def fit_exponent(sizes: Sequence[float], times: Sequence[float]) -> float:
    """The slope of log(time) against log(size), by least squares: 1.0 is linear."""
    xs = [math.log(size) for size in sizes]
    ys = [math.log(value) for value in times]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
