"""The assistant benchmark's harness works at a tiny size (bench/assistant.py wraps
bench/bench_assistant.py). Not a timed test: nothing here asserts a latency.

Its own file because it is pure CPU: `make test` runs it beside the assistant's tests, not in
the service half. The first start with no compiled patterns kept (``uncached``) is left out:
it compiles every pattern again (~45 s of CPU), which `make install` and
test_compiled_patterns.py already do; its figure is the benchmark's, not the harness's.
"""

from __future__ import annotations

import pytest

from bench import assistant

# A cold start in a fresh interpreter is seconds, minutes on a loaded 2-core machine beside
# the assistant's tests. The timeout is there to catch a hang.
pytestmark = pytest.mark.timeout(600)


def test_assistant_wraps_bench_assistant() -> None:
    figures = assistant.run(runs=1, iterations=20, uncached=False)
    assert len(figures["histogram_ms"]) == 20
    assert figures["p99_ms"]["n"] == 1
    assert assistant.verdicts(figures)
