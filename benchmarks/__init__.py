"""
Benchmarks of ``untoc_dialogue`` against the same model written with pydantic v2 and msgspec.

Run ``python -m benchmarks`` (``--quick`` for a smoke run); see ``docs/performance.md``.
"""
