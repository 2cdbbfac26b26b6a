"""Benchmark 4 — the assistant: ``respond()`` latency, through the colleague's
``bench/bench_assistant.py`` (its ``run()`` is called as is, several times), plus the
distribution for the histogram, sampled with that module's own message, history and states.
"""

from __future__ import annotations

from typing import Any

from bench import bench_assistant, common
from bench.loadgen import percentile

KEYS = (
    "cold_load_s",
    "cold_load_cpu_s",
    "warm_load_s",
    "p50_ms",
    "p95_ms",
    "p99_ms",
    "max_ms",
    "mean_ms",
    "cpu_p50_ms",
    "cpu_p99_ms",
)


def distribution(iterations: int) -> list[float]:
    """``respond()`` latencies (ms) over ``bench_assistant``'s own inputs, for the histogram."""
    from selfcare.assistant import Assistant

    return bench_assistant.samples(Assistant("44"), iterations)[0]


def run(runs: int = 3, iterations: int = 1000, *, uncached: bool = True) -> dict[str, Any]:
    """``uncached``: the first run also times a first start with no compiled patterns kept."""
    per_run = []
    for r in range(runs):
        figures = bench_assistant.run(iterations, uncached=uncached and r == 0)
        per_run.append(figures)
        print(
            f"  assistant run {r + 1}/{runs}: p50 {figures['p50_ms']:.2f} ms, "
            f"p99 {figures['p99_ms']:.2f} ms, cold load {figures['cold_load_s']:.2f} s",
            flush=True,
        )
    samples = distribution(iterations)
    return {
        "runs": runs,
        "iterations": iterations,
        "message_chars": per_run[0]["message_chars"],
        "history_turns": per_run[0]["history_turns"],
        "kb_topics": per_run[0]["kb_topics"],
        **{k: common.spread([f[k] for f in per_run]) for k in KEYS},
        "uncached_load_s": common.spread([per_run[0]["uncached_load_s"]]),  # the first run only
        "meets_targets": [bool(f["meets_targets"]) for f in per_run],
        "histogram_ms": samples,
        "histogram_p99_ms": percentile(samples, 99),
    }


def verdicts(figures: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    p99, load = figures["p99_ms"], figures["cold_load_s"]
    return [
        (f"respond() p99 < {bench_assistant.TARGET_P99_MS:.0f} ms",
         common.fmt(p99, 2, " ms"), p99["median"] < bench_assistant.TARGET_P99_MS),
        (f"assistant load < {bench_assistant.TARGET_LOAD_S:.0f} s (cold, fresh interpreter)",
         common.fmt(load, 2, " s"), load["median"] < bench_assistant.TARGET_LOAD_S),
    ]  # fmt: skip


def table(figures: dict[str, Any]) -> str:
    rows = [
        ["load, cold (fresh interpreter)", common.fmt(figures["cold_load_s"], 2, " s")],
        ["  its CPU time", common.fmt(figures["cold_load_cpu_s"], 2, " s")],
        ["load, first start (no cache yet)", common.fmt(figures["uncached_load_s"], 2, " s")],
        ["load, warm (knowledge base re-read)", common.fmt(figures["warm_load_s"], 3, " s")],
        ["respond() p50", common.fmt(figures["p50_ms"], 2, " ms")],
        ["respond() p95", common.fmt(figures["p95_ms"], 2, " ms")],
        ["respond() p99", common.fmt(figures["p99_ms"], 2, " ms")],
        ["respond() max", common.fmt(figures["max_ms"], 2, " ms")],
        ["respond() mean", common.fmt(figures["mean_ms"], 2, " ms")],
        ["respond() CPU p50", common.fmt(figures["cpu_p50_ms"], 2, " ms")],
        ["respond() CPU p99", common.fmt(figures["cpu_p99_ms"], 2, " ms")],
    ]
    return common.table(["measure", "value"], rows)


def plot(figures: dict[str, Any]) -> str:
    plt = common.pyplot()
    fig, ax = plt.subplots(figsize=(6.5, 3.8))
    samples = figures["histogram_ms"]
    ax.hist(samples, bins=60, color="C0")
    ax.axvline(figures["histogram_p99_ms"], color="C1", ls="-", lw=1, label="p99")
    ax.axvline(bench_assistant.TARGET_P99_MS, color="red", ls="--", lw=1, label="target p99")
    ax.set_xlabel("respond() latency (ms)")
    ax.set_ylabel("calls")
    ax.set_title(
        f"Assistant.respond(): {len(samples):,} calls, {figures['message_chars']}-char message, "
        f"{figures['history_turns']} turns",
        fontsize=9,
    )
    ax.legend()
    return common.save(fig, "assistant.png")
