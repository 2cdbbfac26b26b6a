"""Benchmark 1 — webhook acknowledgement under rising load.

Correctly signed, unique one-message webhooks, open loop at rising offered rates and then
closed loop (as fast as it answers), against three servers started side by side in each run:

- ``selfcare serve`` with ``RUN_WORKER=false`` (ingestion only: verify, parse, store durably);
- ``selfcare serve`` with default settings: the worker and sender on, in a process of their
  own on a multi-core machine, answering every webhook (each a new person) at full rate
  (replies go to the counting fake Graph API);
- a bare ASGI app that answers 200 on the same server stack (``bench.bare``): the ceiling.

After each server stops, its inbox rows are counted: every 200 must be a stored message.
Targets: closed-loop throughput ≥ 0.25 of the ceiling's with ``RUN_WORKER=false``, ≥ 0.15
with the worker on; p99 < 50 ms at 500 req/s with the worker on.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import common, loadgen

TARGETS = ("selfcare", "selfcare+worker", "bare")
LABELS = {
    "selfcare": "selfcare serve (RUN_WORKER=false)",
    "selfcare+worker": "selfcare serve (default: worker on)",
    "bare": "bare ASGI app on uvicorn (ceiling)",
}
TARGET_RATIOS = {"selfcare": 0.25, "selfcare+worker": 0.15}  # ÷ the bare ceiling
TARGET_P99_MS = 50.0
TARGET_RATE = 500
P99_TARGET = "selfcare+worker"  # the p99 target holds while the worker answers


def _step(result: loadgen.LoadResult) -> dict[str, Any]:
    return {
        "offered": result.offered_rate,
        "rps": result.rps,
        "p50_ms": result.pct(50),
        "p99_ms": result.pct(99),
        "ok": result.ok,
        "completed": result.completed,
        "errors": result.errors + result.completed - result.ok,
        "generator_cpu": result.cpu_share,
        "server_cpu": result.server_cpu_share,
        "others_cpu": result.others_cpu,
    }


def measure_target(
    target: str,
    tmp: Path,
    child: loadgen.Child,
    *,
    rates: Sequence[int],
    step_seconds: float,
    max_seconds: float,
    connections: int,
    tag: int,
    graph_port: int | None,
) -> dict[str, Any]:
    """One fresh server: each offered rate, then the closed loop; then count what it stored."""
    if target == "bare":
        server = common.bare_server(tmp)
    else:
        worker = "true" if target == "selfcare+worker" else "false"
        server = common.selfcare_server(
            tmp, graph_port=graph_port, RUN_WORKER=worker, SEND_RATE_PER_SECOND="100000"
        )  # with the worker on, WORKER_PROCESSES is left at its default
    steps: list[dict[str, Any]] = []
    with server:
        pids = server.pids()
        for i, rate in enumerate(rates):
            result = child.submit(
                server.port,
                common.SECRET,
                max(1, int(rate * step_seconds)),
                tag * 10 + i,
                rate=rate,
                connections=64,
                server_pids=pids,
            ).result()
            steps.append(_step(result))
        capacity = 80_000 if target == "bare" else 20_000
        result = child.submit(
            server.port,
            common.SECRET,
            max(50, int(capacity * max_seconds / 4)),
            tag * 10 + 9,
            rate=None,
            connections=connections,
            duration=max_seconds,
            server_pids=pids,
        ).result()
        closed = _step(result)
    acknowledged = sum(s["ok"] for s in [*steps, closed])
    stored = None
    if target != "bare":
        stored = common.sqlite_count(Path(server.env["DATABASE_URL"].removeprefix("sqlite:///")))
    return {"steps": steps, "max": closed, "acknowledged": acknowledged, "stored": stored}


def run(
    runs: int = 3,
    rates: Sequence[int] = (250, 500, 1000),
    step_seconds: float = 2.0,
    max_seconds: float = 2.0,
    connections: int = 32,
    targets: Sequence[str] = TARGETS,
) -> dict[str, Any]:
    raw: dict[str, list[dict[str, Any]]] = {t: [] for t in targets}
    with common.workdir("ack") as tmp, loadgen.Child() as child:
        graph = common.fake_graph(tmp).start() if "selfcare+worker" in targets else None
        try:
            for r in range(runs):
                for t, target in enumerate(targets):
                    figures = measure_target(
                        target,
                        tmp,
                        child,
                        rates=rates,
                        step_seconds=step_seconds,
                        max_seconds=max_seconds,
                        connections=connections,
                        tag=(r * len(targets) + t) % 100,
                        graph_port=graph.port if graph else None,
                    )
                    raw[target].append(figures)
                    print(
                        f"  ack run {r + 1}/{runs} {target:16} max {figures['max']['rps']:7.0f}"
                        f" req/s, p99 {figures['max']['p99_ms']:6.1f} ms; "
                        + ", ".join(
                            f"{s['offered']}/s p99 {s['p99_ms']:.1f} ms" for s in figures["steps"]
                        ),
                        flush=True,
                    )
        finally:
            if graph:
                graph.stop()
    return summarize(raw, rates, runs, step_seconds, max_seconds, connections)


def summarize(
    raw: dict[str, list[dict[str, Any]]],
    rates: Sequence[int],
    runs: int,
    step_seconds: float,
    max_seconds: float,
    connections: int,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "runs": runs,
        "rates": list(rates),
        "step_seconds": step_seconds,
        "max_seconds": max_seconds,
        "connections": connections,
        "targets": {},
    }
    for target, per_run in raw.items():
        steps = []
        for i, rate in enumerate(rates):
            each = [r["steps"][i] for r in per_run]
            steps.append(
                {
                    "offered": rate,
                    **{
                        k: common.spread([s[k] for s in each])
                        for k in ("rps", "p50_ms", "p99_ms", "generator_cpu", "server_cpu")
                    },
                    "others_cpu": common.spread([s["others_cpu"] for s in each]),
                    "errors": sum(s["errors"] for s in each),
                }
            )
        maxes = [r["max"] for r in per_run]
        out["targets"][target] = {
            "steps": steps,
            "max": {
                k: common.spread([m[k] for m in maxes])
                for k in ("rps", "p50_ms", "p99_ms", "generator_cpu", "server_cpu", "others_cpu")
            },
            "acknowledged": [r["acknowledged"] for r in per_run],
            "stored": [r["stored"] for r in per_run],
            "durable": all(r["stored"] in (None, r["acknowledged"]) for r in per_run),
            "raw_max_rps": [m["rps"] for m in maxes],
        }
    if "bare" in raw:
        ceiling = out["targets"]["bare"]["raw_max_rps"]
        for target in raw:
            if target != "bare":
                mine = out["targets"][target]["raw_max_rps"]
                out["targets"][target]["ratio"] = common.spread(
                    [m / c for m, c in zip(mine, ceiling, strict=True) if c > 0]
                )
    return out


def at_rate(figures: dict[str, Any], target: str, rate: int) -> dict[str, Any] | None:
    for step in figures["targets"].get(target, {}).get("steps", []):
        if step["offered"] == rate:
            return dict(step)
    return None


def verdicts(figures: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    """(target, measured, met) for each of the issue's targets."""
    out: list[tuple[str, str, bool | None]] = []
    for target, wanted in TARGET_RATIOS.items():
        ratio = figures["targets"].get(target, {}).get("ratio")
        if ratio:
            met = ratio["median"] >= wanted
            out.append((f"ack throughput ≥ {wanted:.2f}× the bare ceiling ({LABELS[target]})",
                        common.fmt(ratio, 2, "×"), met))  # fmt: skip
    step = at_rate(figures, P99_TARGET, TARGET_RATE)
    if step:
        met = step["p99_ms"]["median"] < TARGET_P99_MS
        out.append((f"ack p99 < {TARGET_P99_MS:.0f} ms at {TARGET_RATE} req/s "
                    f"({LABELS[P99_TARGET]})", common.fmt(step["p99_ms"], 1, " ms"),
                    met))  # fmt: skip
    durable = all(t["durable"] for t in figures["targets"].values())
    stored = sum(sum(s for s in t["stored"] if s) for t in figures["targets"].values())
    out.append(("every acknowledged message stored", f"{stored:,} of {stored:,} rows" if durable
                else "MISMATCH", durable))  # fmt: skip
    return out


def table(figures: dict[str, Any]) -> str:
    rows = []
    for target, data in figures["targets"].items():
        for step in data["steps"]:
            rows.append(
                [
                    LABELS[target],
                    f"{step['offered']:,}/s",
                    common.fmt(step["rps"], 0),
                    common.fmt(step["p50_ms"], 1),
                    common.fmt(step["p99_ms"], 1),
                    "",
                    common.fmt(step["server_cpu"], 2),
                    common.fmt(step["generator_cpu"], 2),
                    common.fmt(step["others_cpu"], 2),
                ]
            )
        m = data["max"]
        ratio = data.get("ratio")
        rows.append(
            [
                LABELS[target],
                f"max ({figures['connections']} conns)",
                common.fmt(m["rps"], 0),
                common.fmt(m["p50_ms"], 1),
                common.fmt(m["p99_ms"], 1),
                common.fmt(ratio, 2, "×") if ratio else ("1×" if target == "bare" else ""),
                common.fmt(m["server_cpu"], 2),
                common.fmt(m["generator_cpu"], 2),
                common.fmt(m["others_cpu"], 2),
            ]
        )
    head = [
        "server",
        "offered",
        "req/s",
        "p50 ms",
        "p99 ms",
        "÷ ceiling",
        "server CPU",
        "generator CPU",
        "other CPU",
    ]
    return common.table(head, rows)


def durability_table(figures: dict[str, Any]) -> str:
    rows = []
    for target, data in figures["targets"].items():
        if target == "bare":
            continue
        rows.append(
            [
                LABELS[target],
                ", ".join(f"{a:,}" for a in data["acknowledged"]),
                ", ".join(f"{s:,}" for s in data["stored"] if s is not None),
                "yes" if data["durable"] else "NO",
            ]
        )
    return common.table(["server", "200s per run", "inbox rows per run", "equal"], rows)


def plot(figures: dict[str, Any]) -> str:
    plt = common.pyplot()
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for target, data in figures["targets"].items():
        xs = [s["offered"] for s in data["steps"]]
        ys = [s["p99_ms"]["median"] for s in data["steps"]]
        lo = [y - s["p99_ms"]["min"] for y, s in zip(ys, data["steps"], strict=True)]
        hi = [s["p99_ms"]["max"] - y for y, s in zip(ys, data["steps"], strict=True)]
        left.errorbar(xs, ys, yerr=[lo, hi], marker="o", capsize=3, label=LABELS[target])
    left.axhline(TARGET_P99_MS, color="red", ls="--", lw=1, label=f"target {TARGET_P99_MS:.0f} ms")
    left.set_yscale("log")
    left.set_xlabel("offered rate (webhooks/s, open loop)")
    left.set_ylabel("p99 ack latency (ms, log)")
    left.set_title("Ack latency under rising load")
    left.legend(fontsize=8)
    names = list(figures["targets"])
    meds = [figures["targets"][t]["max"]["rps"]["median"] for t in names]
    errs = [
        [m - figures["targets"][t]["max"]["rps"]["min"] for m, t in zip(meds, names, strict=True)],
        [figures["targets"][t]["max"]["rps"]["max"] - m for m, t in zip(meds, names, strict=True)],
    ]
    right.bar([LABELS[t].split(" (")[0] + "\n(" + LABELS[t].split(" (")[1] for t in names],
              meds, yerr=errs, capsize=4, color=["C0", "C1", "C2"][: len(names)])  # fmt: skip
    right.set_ylabel("requests/s (closed loop)")
    right.set_title("Most acknowledged per second")
    right.tick_params(axis="x", labelsize=8)
    return common.save(fig, "ack.png")
