"""
One measurement in a fresh process, so that each library's heap holds only its own objects.

``python -m benchmarks.worker TASK LIBRARY FILE EXTRA`` prints one JSON object: TASK is
``roundtrip`` or ``load`` (EXTRA: how many rounds), or ``memory`` or ``memory-rss`` (EXTRA:
``catalog`` or ``dialogues``).
"""

from __future__ import annotations

import contextlib
import gc
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from .peers import Library, MsgspecPeer, Ours, PydanticPeer
from .stats import time_call

__all__ = ["main"]


def _library(key: str) -> Library:
    return {"ours": Ours, "pydantic": PydanticPeer, "msgspec": MsgspecPeer}[key]()


def _roundtrip(library: Library, data: bytes, rounds: int) -> dict[str, Any]:
    objects = library.decode_dialogues(data)
    encoded = library.encode_dialogues(objects)
    result: dict[str, list[float]] = {}
    for _ in range(rounds):
        for collector in (True, False):
            mode = "on" if collector else "off"
            result.setdefault(f"roundtrip_{mode}", []).append(
                time_call(
                    lambda: library.decode_dialogues(library.encode_dialogues(objects)), collector=collector
                )
            )
            result.setdefault(f"decode_{mode}", []).append(
                time_call(lambda: library.decode_dialogues(encoded), collector=collector)
            )
            result.setdefault(f"encode_{mode}", []).append(
                time_call(lambda: library.encode_dialogues(objects), collector=collector)
            )
    return {"bytes": len(data), "encoded_bytes": len(encoded), **result}


def _per_call(function: Any, count: int) -> float:
    start = time.perf_counter()
    for _ in range(count):
        function()
    return (time.perf_counter() - start) / count


def _load(library: Library, data: bytes, rounds: int) -> dict[str, Any]:
    result: dict[str, Any] = {"load_on": [], "load_off": []}
    for _ in range(rounds):
        result["load_on"].append(time_call(lambda: library.decode_catalog(data), collector=True))
        result["load_off"].append(time_call(lambda: library.decode_catalog(data), collector=False))
    if library.key == "ours":
        from .data import MARKER_GROUP, MARKER_THEME, MARKER_YEAR

        catalog = library.decode_catalog(data)
        ids = sorted(catalog.ids())
        step = max(1, len(ids) // 1000)
        sample = ids[::step]
        queries = {
            "get": lambda: [catalog.get(identifier) for identifier in sample],
            # Each finds the same few marker events at every size: indexed, its time stays flat.
            "events(group=...)": lambda: catalog.events(group=MARKER_GROUP),
            "events(year=...)": lambda: catalog.events(year=MARKER_YEAR),
            "recommendations(theme=...)": lambda: catalog.recommendations(theme=MARKER_THEME),
        }
        count = {"get": 20}
        result["queries"] = {}
        for name, query in queries.items():
            calls = count.get(name, max(1, 2000 // max(1, len(ids) // 100)))
            seconds = min(_per_call(query, calls) for _ in range(3))
            if name == "get":
                seconds /= len(sample)
            result["queries"][name] = seconds
    return result


def _rss() -> int:
    """This process's resident memory now, in bytes."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def _reset_peak_rss() -> bool:
    """Start the peak resident memory (VmHWM) afresh from now; ``False`` where Linux cannot."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
    except OSError:
        return False
    return True


def _peak_rss() -> int:
    """The highest resident memory of this process since the last reset, in bytes."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _warm_up(decode: Any, catalog: bool) -> None:
    """Decode a tiny document first, so that one-off set-up (generated code) is not counted."""
    with contextlib.suppress(Exception):
        decode(b'{"schema_version": "1.0", "data_version": "x"}' if catalog else b"[]")


def _memory(library: Library, data: bytes, catalog: bool) -> dict[str, Any]:
    decode = library.decode_catalog if catalog else library.decode_dialogues
    _warm_up(decode, catalog)
    gc.collect()
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    value = decode(data)
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del value
    return {"graph": current - base, "peak": peak - base}


def _memory_rss(library: Library, data: bytes, catalog: bool) -> dict[str, Any]:
    decode = library.decode_catalog if catalog else library.decode_dialogues
    _warm_up(decode, catalog)
    gc.collect()
    before = _rss()
    _reset_peak_rss()
    value = decode(data)
    high = _peak_rss()
    gc.collect()
    after = _rss()
    del value
    return {"rss_graph": after - before, "rss_peak": high - before}


def main(argv: list[str]) -> int:
    task, key, file, extra = argv[:4]
    library = _library(key)
    data = Path(file).read_bytes()
    if task == "roundtrip":
        result = _roundtrip(library, data, int(extra))
    elif task == "load":
        result = _load(library, data, int(extra))
    elif task == "memory":
        result = _memory(library, data, catalog=extra == "catalog")
    elif task == "memory-rss":
        result = _memory_rss(library, data, catalog=extra == "catalog")
    else:
        raise SystemExit(f"unknown task {task}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
