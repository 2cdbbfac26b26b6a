"""The benchmark harness works: each benchmark's core function at a tiny size.

Not a timed test: nothing here asserts a latency or a throughput, only that the harness
measures what it claims (every acknowledged message stored, every message answered).
"""

from __future__ import annotations

import pytest

from bench import ack, common, e2e, history, httpclient, memory, report

pytestmark = pytest.mark.timeout(180)


def test_ack_counts_every_acknowledged_message_as_stored() -> None:
    figures = ack.run(
        runs=1, rates=(50,), step_seconds=0.5, max_seconds=0.5, connections=4,
        targets=("selfcare", "bare"),
    )  # fmt: skip
    selfcare = figures["targets"]["selfcare"]
    assert selfcare["acknowledged"][0] > 25
    assert selfcare["stored"] == selfcare["acknowledged"]
    assert selfcare["durable"]
    assert figures["targets"]["bare"]["max"]["rps"]["median"] > 0
    assert "ratio" in selfcare
    assert "selfcare serve" in ack.table(figures)
    assert report._section_ack(figures)


def test_e2e_matches_every_reply_to_its_webhook() -> None:
    figures = e2e.run(
        runs=1, configs=("sqlite", "pywa"), low_rate=10, low_seconds=1, high_rate=10,
        high_seconds=0.5, drain=30,
    )  # fmt: skip
    for config in ("sqlite", "pywa"):
        data = figures["configs"][config]
        low = data["low"]["counts"][0]
        assert low["acknowledged"] == low["sent"] == 10
        assert data["low"]["answered"] == [10]  # replies counted == messages sent
        assert low["complete"] == 10
        high = data["high"]["counts"][0]
        assert high["complete"] == high["sent"] == 5
    assert figures["configs"]["sqlite"]["parts"] >= 1
    assert figures["configs"]["pywa"]["parts"] == 1
    assert "pywa" in e2e.table(figures)


def test_history_loads_and_queries_both_sizes() -> None:
    figures = history.run(sizes=(1_000, 4_000), runs=1, calls=10)
    assert [s["messages"] for s in figures["sizes"]] == [1_000, 4_000]
    assert figures["ratio_p50"]["n"] == 1
    assert "ratio" in history.table(figures)


def test_memory_reads_rss_of_the_servers() -> None:
    figures = memory.run(runs=1, rate=20, seconds=0.5, settle=0.2)
    assert 10 < figures["idle"]["median"] <= figures["peak"]["median"]
    assert figures["bare"]["median"] > 0
    assert "RSS" in memory.table(figures)


def test_httpclient_times_both_clients_against_the_fake() -> None:
    figures = httpclient.run(runs=1, requests=20, warmup=2)
    for name in httpclient.CLIENTS:
        assert figures["cpu_ms"][name]["n"] == 1
        assert figures["cpu_ms"][name]["median"] > 0
    assert "aiohttp" in httpclient.table(figures)


def test_spread_and_format() -> None:
    s = common.spread([3.0, 1.0, 2.0])
    assert (s["median"], s["min"], s["max"]) == (2.0, 1.0, 3.0)
    assert common.fmt(s, 1, " ms") == "2.0 ms (1.0–3.0)"
    assert common.fmt(common.spread([])) == "—"
