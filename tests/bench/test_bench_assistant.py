"""The assistant benchmark's harness works at a tiny size (bench/assistant.py wraps
bench/bench_assistant.py). Not a timed test: nothing here asserts a latency.

Its own file because it is pure CPU (a first start compiles every language's patterns with
no cache): `make test` runs it beside the assistant's tests, not in the service half.
"""

from __future__ import annotations

import pytest

from bench import assistant

pytestmark = pytest.mark.timeout(180)


def test_assistant_wraps_bench_assistant() -> None:
    figures = assistant.run(runs=1, iterations=20)
    assert len(figures["histogram_ms"]) == 20
    assert figures["p99_ms"]["n"] == 1
    assert assistant.verdicts(figures)
