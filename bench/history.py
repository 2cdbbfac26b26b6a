"""Benchmark 3 — history at scale: ``Store.conversation(person, 20)`` with 10 thousand vs 10
million stored messages.

Each database is made by ``Store.open`` (the real migrations) in a temporary SQLite file, then
bulk-loaded with one ``INSERT … SELECT`` from a recursive CTE per table, with the secondary
indexes dropped during the load and re-created from their own definitions afterwards.
Messages are half inbound, half replies; message ``x`` belongs to person ``x mod P`` with
``P = N / 100``, so every person has 50 messages each way in both databases and their rows
are spread across the whole table. The two stores are then queried side by side (calls
interleaved) for random people; the files are deleted at the end.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import common
from bench.loadgen import percentile

INBOUND = "I have had a sore throat for two days, what can I do?"
OUTBOUND = "Sore throat: this can usually be looked after at home, and a pharmacist can help."
PER_PERSON = 100


def person(x: int) -> str:
    return f"+4477{x:08d}"


def load(path: Path, messages: int) -> dict[str, Any]:
    """A store at ``path`` holding ``messages`` messages; returns the load figures."""
    from selfcare.store import Store

    async def create() -> None:
        store = await Store.open(f"sqlite:///{path}")
        await store.close()

    asyncio.run(create())
    started = time.perf_counter()
    half, people = messages // 2, max(1, messages // PER_PERSON)
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA journal_mode=OFF")  # a scratch file: no journal while loading
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA cache_size=-262144")
        indexes = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
            "AND tbl_name IN ('inbox', 'outbox')"
        ).fetchall()
        for name, _ in indexes:
            db.execute(f"DROP INDEX {name}")
        at = "datetime(1700000000 + x, 'unixepoch')"
        series = f"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {half})"
        who = f"printf('+4477%08d', x % {people})"
        db.execute(
            f"{series} INSERT INTO inbox (id, channel, message_id, person, kind, body, event, "
            "sent_at, received_at, state, processed_at) "
            f"SELECT x, 'whatsapp', 'wamid.HIST' || x, {who}, 'text', ?, '{{}}', {at}, {at}, "
            f"'done', {at} FROM c",
            (INBOUND,),
        )
        db.execute(
            f"{series} INSERT INTO outbox (id, inbox_id, channel, person, payload, body, state, "
            "provider_id, attempts, due_at, created_at, received_at, sent_at, updated_at) "
            f"SELECT x, x, 'whatsapp', {who}, '{{}}', ?, 'delivered', 'wamid.OUT' || x, 1, {at}, "
            f"datetime(1700000000 + x, 'unixepoch', '+1 second'), {at}, {at}, {at} FROM c",
            (OUTBOUND,),
        )
        db.execute(
            "WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM c "
            f"WHERE x < {people - 1})"
            " INSERT INTO conversations (person, state, created_at, updated_at) "
            f"SELECT {who}, '{{}}', datetime(1700000000, 'unixepoch'), "
            "datetime(1700000000, 'unixepoch') FROM c"
        )
        db.commit()
        for _, sql in indexes:
            db.execute(sql)
        db.execute("ANALYZE")
        db.commit()
        rows = db.execute("SELECT (SELECT count(*) FROM inbox) + (SELECT count(*) FROM outbox)")
        total = int(rows.fetchone()[0])
    return {
        "messages": total,
        "people": people,
        "load_s": time.perf_counter() - started,
        "file_mb": path.stat().st_size / 2**20,
    }


async def _query(
    paths: Sequence[Path], people: Sequence[int], calls: int, seed: int
) -> list[list[float]]:
    """Latency (ms) of ``conversation(person, 20)``, calls interleaved across the stores."""
    from selfcare.store import Store

    stores = [await Store.open(f"sqlite:///{p}") for p in paths]
    rng = random.Random(seed)
    timings: list[list[float]] = [[] for _ in stores]
    try:
        for store, count in zip(stores, people, strict=True):  # warm: first connection, plans
            for _ in range(20):
                await store.conversation(person(rng.randrange(count)), 20)
        for _ in range(calls):
            for i, store in enumerate(stores):
                who = person(rng.randrange(people[i]))
                started = time.perf_counter()
                conversation = await store.conversation(who, 20)
                timings[i].append((time.perf_counter() - started) * 1000)
                assert len(conversation.history) == 20
    finally:
        for store in stores:
            await store.close()
    return [sorted(t) for t in timings]


def run(
    sizes: Sequence[int] = (10_000, 10_000_000), runs: int = 3, calls: int = 500
) -> dict[str, Any]:
    with common.workdir("history") as tmp:
        paths = [tmp / f"history-{n}.db" for n in sizes]
        loads = []
        for n, path in zip(sizes, paths, strict=True):
            figures = load(path, n)
            loads.append(figures)
            print(
                f"  history: loaded {figures['messages']:,} messages ({figures['people']:,} "
                f"people, {figures['file_mb']:,.0f} MiB) in {figures['load_s']:.1f} s",
                flush=True,
            )
        per_run = []
        for r in range(runs):
            timings = asyncio.run(_query(paths, [f["people"] for f in loads], calls, seed=r))
            per_run.append(
                [{"p50_ms": percentile(t, 50), "p95_ms": percentile(t, 95)} for t in timings]
            )
            print(
                "  history run "
                f"{r + 1}/{runs}: "
                + ", ".join(
                    f"{n:,}: p50 {x['p50_ms']:.2f} ms"
                    for n, x in zip(sizes, per_run[-1], strict=True)
                ),
                flush=True,
            )
    out: dict[str, Any] = {"runs": runs, "calls": calls, "sizes": []}
    for i, n in enumerate(sizes):
        out["sizes"].append(
            {
                "messages": n,
                **loads[i],
                "p50_ms": common.spread([r[i]["p50_ms"] for r in per_run]),
                "p95_ms": common.spread([r[i]["p95_ms"] for r in per_run]),
            }
        )
    out["ratio_p50"] = common.spread([r[-1]["p50_ms"] / r[0]["p50_ms"] for r in per_run])
    out["ratio_p95"] = common.spread([r[-1]["p95_ms"] / r[0]["p95_ms"] for r in per_run])
    return out


def verdicts(figures: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    small, big = figures["sizes"][0]["messages"], figures["sizes"][-1]["messages"]
    ratio = figures["ratio_p50"]
    return [
        (
            f"history fetch at {big:,} ÷ at {small:,} messages near 1 (p50)",
            common.fmt(ratio, 2, "×"),
            ratio["median"] < 1.5,
        )
    ]


def table(figures: dict[str, Any]) -> str:
    rows = [
        [
            f"{s['messages']:,}",
            f"{s['people']:,}",
            f"{s['file_mb']:,.0f}",
            f"{s['load_s']:.1f}",
            common.fmt(s["p50_ms"], 2),
            common.fmt(s["p95_ms"], 2),
        ]
        for s in figures["sizes"]
    ]
    rows.append(
        [
            "ratio (largest ÷ smallest)",
            "",
            "",
            "",
            common.fmt(figures["ratio_p50"], 2, "×"),
            common.fmt(figures["ratio_p95"], 2, "×"),
        ]
    )
    head = ["stored messages", "people", "file MiB", "load s", "p50 ms", "p95 ms"]
    return common.table(head, rows)


def plot(figures: dict[str, Any]) -> str:
    plt = common.pyplot()
    fig, ax = plt.subplots(figsize=(6, 3.8))
    labels = [f"{s['messages']:,} messages" for s in figures["sizes"]]
    width = 0.38
    for j, key in enumerate(("p50_ms", "p95_ms")):
        meds = [s[key]["median"] for s in figures["sizes"]]
        lo = [m - s[key]["min"] for m, s in zip(meds, figures["sizes"], strict=True)]
        hi = [s[key]["max"] - m for m, s in zip(meds, figures["sizes"], strict=True)]
        xs = [i + (j - 0.5) * width for i in range(len(labels))]
        ax.bar(xs, meds, width, yerr=[lo, hi], capsize=4, label=key.replace("_ms", ""))
    ax.set_xticks(range(len(labels)), labels)
    ax.set_ylabel("ms per Store.conversation(person, 20)")
    ax.set_title("Recent history: small vs large store (SQLite)")
    ax.legend()
    return common.save(fig, "history.png")
