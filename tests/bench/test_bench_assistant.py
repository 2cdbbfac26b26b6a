"""The assistant benchmark's harness works at a tiny size (bench/assistant.py wraps
bench/bench_assistant.py). Not a timed test: nothing here asserts a latency.

Its own file because it is pure CPU (a first start compiles every language's patterns with
no cache): `make test` runs it beside the assistant's tests, not in the service half.
"""

from __future__ import annotations

import pytest

from bench import assistant

# A first start compiles every pattern: about 40 s of CPU, minutes on a loaded 2-core machine
# beside the assistant's tests. The timeout is there to catch a hang.
pytestmark = pytest.mark.timeout(600)


def test_assistant_wraps_bench_assistant() -> None:
    figures = assistant.run(runs=1, iterations=20)
    assert len(figures["histogram_ms"]) == 20
    assert figures["p99_ms"]["n"] == 1
    assert assistant.verdicts(figures)
