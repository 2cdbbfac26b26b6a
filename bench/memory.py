"""Benchmark 5 — memory: resident set size (VmRSS from /proc/<pid>/status) of the server.

``selfcare serve`` (SQLite, worker on, replies to the counting fake) idle after start-up, at
its peak under a burst of webhooks (sampled every 50 ms), and once idle again; the bare ASGI
app and the pywa echo bot idle, for reference, started side by side in each run.
"""

from __future__ import annotations

import time
from typing import Any

from bench import common, loadgen


def measure_selfcare(
    tmp: Any,
    child: loadgen.Child,
    graph: common.Process,
    rate: float,
    seconds: float,
    tag: int,
    settle: float,
) -> dict[str, float]:
    with common.selfcare_server(
        tmp, graph_port=graph.port, SEND_RATE_PER_SECOND="100000"
    ) as server:
        time.sleep(1.0)
        idle = server.rss()
        pending = child.submit(server.port, common.SECRET, int(rate * seconds), tag, rate=rate)
        peak = idle
        while not pending.done():
            peak = max(peak, server.rss())
            time.sleep(0.05)
        result = pending.result()
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline:  # the worker drains the backlog
            peak = max(peak, server.rss())
            time.sleep(0.05)
        after = server.rss()
    return {"idle": idle, "peak": peak, "after": after, "acknowledged": result.ok}


def idle_rss(server: common.Process) -> float:
    with server:
        time.sleep(1.0)
        return server.rss()


def run(
    runs: int = 3, rate: float = 500.0, seconds: float = 4.0, settle: float = 3.0
) -> dict[str, Any]:
    raw: dict[str, list[float]] = {k: [] for k in ("idle", "peak", "after", "bare", "pywa")}
    with common.workdir("memory") as tmp, loadgen.Child() as child, common.fake_graph(tmp) as graph:
        for r in range(runs):
            figures = measure_selfcare(tmp, child, graph, rate, seconds, 60 + r, settle)
            for key in ("idle", "peak", "after"):
                raw[key].append(figures[key])
            raw["bare"].append(idle_rss(common.bare_server(tmp)))
            raw["pywa"].append(idle_rss(common.pywa_server(tmp, graph.port)))
            print(
                f"  memory run {r + 1}/{runs}: selfcare idle {figures['idle']:.0f} MiB, peak "
                f"{figures['peak']:.0f} MiB, after {figures['after']:.0f} MiB; bare "
                f"{raw['bare'][-1]:.0f} MiB, pywa {raw['pywa'][-1]:.0f} MiB",
                flush=True,
            )
    return {
        "runs": runs,
        "rate": rate,
        "seconds": seconds,
        "settle": settle,
        **{k: common.spread(v) for k, v in raw.items()},
    }


def table(figures: dict[str, Any]) -> str:
    burst = f"{figures['rate']:.0f} webhooks/s for {figures['seconds']:.0f} s"
    rows = [
        ["selfcare serve, idle after start-up", common.fmt(figures["idle"], 0)],
        [
            f"selfcare serve, peak during a burst ({burst}, worker on)",
            common.fmt(figures["peak"], 0),
        ],
        [
            f"selfcare serve, {figures['settle']:g} s after the burst",
            common.fmt(figures["after"], 0),
        ],
        ["bare ASGI app on uvicorn, idle", common.fmt(figures["bare"], 0)],
        ["pywa echo bot (FastAPI), idle", common.fmt(figures["pywa"], 0)],
    ]
    return common.table(["process", "RSS MiB"], rows)


def plot(figures: dict[str, Any]) -> str:
    plt = common.pyplot()
    fig, ax = plt.subplots(figsize=(6.5, 3.6))
    keys = ["bare", "pywa", "idle", "peak", "after"]
    labels = ["bare ASGI\nidle", "pywa echo\nidle", "selfcare\nidle", "selfcare\nburst peak",
              "selfcare\nafter burst"]  # fmt: skip
    meds = [figures[k]["median"] for k in keys]
    errs = [[m - figures[k]["min"] for m, k in zip(meds, keys, strict=True)],
            [figures[k]["max"] - m for m, k in zip(meds, keys, strict=True)]]  # fmt: skip
    ax.bar(labels, meds, yerr=errs, capsize=4, color=["C2", "C3", "C0", "C1", "C0"])
    ax.set_ylabel("resident memory (MiB)")
    ax.set_title("Server memory (VmRSS)")
    return common.save(fig, "memory.png")
