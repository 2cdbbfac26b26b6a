"""Profiles of the hot paths under load, saved under ``docs/profiles/``.

- ``ack.txt``: ``selfcare serve`` with ``RUN_WORKER=false`` taking webhooks at a fixed open-loop
  rate (the ingestion path: HTTP → verify → parse → group-committed insert → 200);
- ``e2e.txt``: the same with the worker and sender on, replies going to the counting fake;
- ``e2e-postgres.txt``: that on PostgreSQL (when it is reachable).

pyinstrument samples the event-loop thread between SIGUSR1 and SIGUSR2 (``bench.profiled``);
each file starts with the CPU time of every thread of the server over the same window, which
shows the work done off the event loop (SQLite commits, the assistant's thread) and whether
the process was CPU-bound at all.
"""

from __future__ import annotations

import contextlib
import json
import signal
import time
from pathlib import Path
from typing import Any

from bench import common, loadgen


def threads(pid: int) -> dict[str, float]:
    """CPU seconds so far of each thread of ``pid`` (name-tid → seconds)."""
    out = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            stat = (task / "stat").read_text()
            name = stat[stat.index("(") + 1 : stat.rindex(")")]
            fields = stat.rsplit(")", 1)[1].split()
            out[f"{name}-{task.name}"] = (int(fields[11]) + int(fields[12])) / common.TICK
    return out


def _graph_calls(graph: common.Process) -> tuple[int, int, int]:
    """(reply sends, read receipts, people answered) the counting fake has seen so far."""
    _, body = common.http_get(graph.port, "/stats", timeout=10)
    data = json.loads(body)
    return int(data["sends"]), int(data["reads"]), len(data["count"])


def postgres_cpu() -> float:
    """CPU seconds so far of the PostgreSQL server's processes (0 when none run here)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if (entry / "comm").read_text().strip() == "postgres":
                    pids.append(int(entry.name))
    return common.cpu_seconds(pids)


def profile(
    name: str, *, worker: bool, rate: float, seconds: float, database_url: str | None = None
) -> dict[str, Any]:
    out = common.PROFILES / f"{name}.txt"
    common.PROFILES.mkdir(parents=True, exist_ok=True)
    with common.workdir(f"profile-{name}") as tmp, loadgen.Child() as child:
        graph = common.fake_graph(tmp).start()
        raw = tmp / "profile.txt"
        server = common.selfcare_server(
            tmp,
            database_url,
            graph_port=graph.port,
            argv_prefix=["-m", "bench.profiled", str(raw)],
            RUN_WORKER="true" if worker else "false",
            SEND_RATE_PER_SECOND="100000",
            # Everything in the one profiled process: the whole cost of an answered message.
            WORKER_PROCESSES="0",
        )
        try:
            with server:
                # Warm-up outside the window: the first answer builds the assistant's index.
                child.submit(server.port, common.SECRET, 5, 76, rate=10.0).result()
                time.sleep(2.0 if worker else 0.2)
                graph_before = _graph_calls(graph)
                before, started = threads(server.pid), time.monotonic()
                pg_before = postgres_cpu()
                assert server.proc is not None
                server.proc.send_signal(signal.SIGUSR1)
                result = child.submit(
                    server.port, common.SECRET, int(rate * seconds), 77, rate=rate,
                    server_pids=server.pids(),
                ).result()  # fmt: skip
                if worker:
                    time.sleep(2.0)  # the backlog keeps the worker busy after the last webhook
                server.proc.send_signal(signal.SIGUSR2)
                wall = time.monotonic() - started
                after = threads(server.pid)
                pg_share = (postgres_cpu() - pg_before) / wall
                graph_after = _graph_calls(graph)
                deadline = time.monotonic() + 20
                while not raw.exists() and time.monotonic() < deadline:
                    time.sleep(0.1)
                time.sleep(0.5)
        finally:
            graph.stop()
        per_thread = {k: (after[k] - before.get(k, 0.0)) / wall for k in after}
        cpu_total = sum(after[k] - before.get(k, 0.0) for k in after)
        sends = graph_after[0] - graph_before[0]
        reads = graph_after[1] - graph_before[1]
        answered = graph_after[2] - graph_before[2]  # each message is a new person's
        per_message = (
            f"# {answered} messages answered in the window ({sends} reply sends, {reads} read "
            f"receipts): {cpu_total / answered * 1000:.1f} ms of server CPU per answered message"
            if worker and answered
            else f"# {cpu_total / max(1, result.ok) * 1000:.2f} ms of server CPU per webhook"
        )
        busy = {k: v for k, v in sorted(per_thread.items(), key=lambda kv: -kv[1]) if v >= 0.005}
        header = [
            f"# {name}: selfcare serve ({'worker on' if worker else 'RUN_WORKER=false'}), "
            f"{rate:.0f} webhooks/s offered for {seconds:.0f} s, "
            f"{'SQLite' if database_url is None else 'PostgreSQL'}",
            f"# achieved {result.rps:.0f} req/s, ack p50 {result.pct(50):.1f} ms, "
            f"p99 {result.pct(99):.1f} ms; other processes used {result.others_cpu:.2f} cores",
            per_message,
            f"# server CPU by thread over the {wall:.1f} s window (1.00 = one core busy):",
            *(f"#   {k:28} {v:5.2f}" for k, v in busy.items()),
            f"# PostgreSQL's processes over the same window: {pg_share:.2f} cores"
            if database_url
            else "#",
            "# (the first thread is the event loop, SQLite statements included; the others "
            "are the default executor: SQLite commits, the assistant without worker processes)",
            "",
        ]
        text = raw.read_text() if raw.exists() else "(no profile written)\n"
    out.write_text("\n".join(header) + text)
    return {
        "file": str(out.relative_to(common.ROOT)),
        "cpu_ms_per_item": cpu_total / max(1, answered if worker else result.ok) * 1000,
        "threads": busy,
        "rps": result.rps,
        "p99_ms": result.pct(99),
        "rate": rate,
        "seconds": seconds,
        "worker": worker,
    }


def run(rate_ack: float = 500.0, rate_e2e: float = 100.0, seconds: float = 5.0) -> dict[str, Any]:
    out = {
        "ack": profile("ack", worker=False, rate=rate_ack, seconds=seconds),
        "e2e": profile("e2e", worker=True, rate=rate_e2e, seconds=seconds),
    }
    pg = common.postgres()
    if pg is not None:
        out["e2e-postgres"] = profile(
            "e2e-postgres", worker=True, rate=rate_e2e, seconds=seconds, database_url=pg
        )
    return out
